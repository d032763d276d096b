"""'N of its M nominations' in a relative clause on the film ("Anora, which won five of its
six Oscar nominations, ...") is read as in a main clause: N wins out of M nominations at the
show the pool names. The nomination noun inside the verb's own clause is no description set
on the winner (awards._aside), and a nomination count whose prize is the show itself is not
a count of one category (verify.awards._nomination_count: it said 'nominated for the Academy
Awards 0 times' and refuted). Sentences written for these tests; the facts are the default
KB's (Anora: six nominations and five wins at the 97th Academy Awards)."""
from __future__ import annotations

import pytest
import reelcheck


def readings(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "count")]


@pytest.mark.parametrize("text,verdict", [
    ("Anora, which won five of its six Oscar nominations, is now streaming on Hulu.",
     "supported"),
    ("Anora, which won three of its six Oscar nominations, is now streaming on Hulu.",
     "refuted"),
    ("Anora, which won five of its eight Oscar nominations, is now streaming on Hulu.",
     "refuted"),
])
def test_a_pool_in_a_relative_clause(text, verdict, default_kb):
    got = readings(text, default_kb)
    assert [v for v, _t in got] == [verdict], got


def test_a_true_pool_is_never_refuted(default_kb):
    got = readings("Anora, which won five of its six Oscar nominations, opened in October.",
                   default_kb)
    assert "refuted" not in [v for v, _t in got], got
