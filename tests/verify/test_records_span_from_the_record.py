""""The first X in almost five decades": the span a record states is counted back from the
holder's own record (the edition the KB dates it at, or a film holder's year), not only from
the year the piece names (verify/records.py), so a piece that names no year is still checked;
a span that does not fit stays open, never refuted. Sentences are written for these tests;
the facts are the default KB's record lists."""
from __future__ import annotations

from award_claims import record_verdicts


def test_a_span_is_counted_from_the_record_supported_when_it_fits(default_kb):
    for text in ("Yura Borisov is the first Russian actor in almost five decades to earn an "
                 "Oscar nomination.",
                 "Yura Borisov is the first Russian actor in more than 40 years to earn an "
                 "Oscar nomination.",
                 "Anora is the first American film in 13 years to win the Palme d'Or."):
        assert record_verdicts(text, default_kb) == ["supported"], text
    # ... and one that does not fit stays open
    for text in ("Yura Borisov is the first Russian actor in almost three decades to earn an "
                 "Oscar nomination.",
                 "Anora is the first American film in 20 years to win the Palme d'Or."):
        assert record_verdicts(text, default_kb) == ["not_enough_info"], text
