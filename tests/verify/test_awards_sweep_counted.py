""""won all three Oscars it was nominated for": a sweep of the subject's nominations that the
clause counts. The show named in the clause is enough when the subject was in the running at
one edition of it; the number counts the nominations (each a win). "all" may stand before an
article ("all the Oscars she was up for") or hang on the number; the parser may hang the
relative clause on the verb ("won every Oscar it was nominated for").

Sentences written for these tests; the facts are the default KB's (CODA: three nominations,
three wins at the 94th; Moonlight: eight nominations, three wins at the 89th; Meryl Streep:
nominations at many ceremonies)."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


def test_a_counted_sweep_of_a_film_holds(default_kb):
    for text in ("CODA won all three Oscars it was nominated for.",
                 "CODA won every Oscar it was nominated for.",
                 "CODA won all 3 Oscars it was nominated for."):
        assert _verdicts(text, default_kb) == ["supported"], text


def test_a_wrong_count_or_a_lost_nomination_refutes(default_kb):
    assert _verdicts("CODA won all four Oscars it was nominated for.",
                     default_kb) == ["refuted"]
    for text in ("Moonlight won all three Oscars it was nominated for.",
                 "Moonlight won all 3 Oscars it was nominated for.",
                 "Moonlight won every Oscar it was nominated for."):
        assert _verdicts(text, default_kb) == ["refuted"], text


def test_a_subject_of_many_editions_stays_open(default_kb):
    got = _verdicts("Meryl Streep won all the Oscars she was nominated for.", default_kb)
    assert "supported" not in got and "refuted" not in got, got
