"""A count adverb the parser hangs on the gerund that names the category ("nominated for
directing only once"): it is a count of the clause, not a word the claim may leave out (the
claim had been supported on the nomination alone). Sentences are written for these tests; the
facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_the_count_is_not_left_out(default_kb):
    got = _verdicts("At the Oscars, Denis Villeneuve has been nominated for directing only "
                    "once.", default_kb)
    # (his directing record is one nomination, his Oscar record four: not settled here)
    assert got and all(v != "supported" for v, _ in got), got
    got = _verdicts("At the Oscars, Steven Spielberg has won for directing twice.", default_kb)
    assert [v for v, _ in got] == ["supported"] and "twice" in got[0][1], got
