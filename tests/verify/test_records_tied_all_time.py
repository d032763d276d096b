""""X tied (matched, shared) the record for most nominations": a verb of sharing over the
all-time record noun (claims/records.py `_tied_record`) is the all-time superlative judged as
a tie (verify/records.py `_most_of_all_time`): supported when the film's tally equals the
highest of every edition up to its own, refuted when another film had more, open when the
film stood alone; the films it is said to share the record with must be the ones level with
it, and a denied tie is a denial. Sentences are written for these tests; the facts are the
default KB's complete Oscar record."""
from __future__ import annotations

from award_claims import record_verdicts


def test_a_tied_all_time_record(default_kb):
    for text in ("La La Land tied the record for the most Oscar nominations with 14.",
                 "La La Land matched the record for most Oscar nominations.",
                 "Titanic tied the record for most Oscar nominations, set by All About Eve.",
                 "Oppenheimer did not tie the record for most Oscar nominations."):
        assert record_verdicts(text, default_kb) == ["supported"], text
    assert record_verdicts("Oppenheimer matched the record for most nominations.",
                           default_kb) == ["refuted"]
    for text in ("Titanic tied the record for most Oscar nominations, set by Ben-Hur.",
                 "All About Eve tied the record for most Oscar nominations.",
                 "La La Land tied the record for the most Oscar nominations with 13."):
        assert record_verdicts(text, default_kb) == ["not_enough_info"], text
