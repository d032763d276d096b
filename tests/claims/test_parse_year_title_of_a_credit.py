"""A lone year that a crew credit is said of ("the cinematographer behind 1917", "who
photographed 1917") is a film's title, not a date: read as a date it became the year slot of
the sentence's count and left a true career count open. Sentences are written for these
tests; the facts are the default KB's Oscar record (Roger Deakins: 16 nominations, 2 wins)."""
from __future__ import annotations

import pytest
import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "count"]


@pytest.mark.parametrize("text", [
    "Roger Deakins, the British director of photography behind 1917, has sixteen Oscar "
    "nominations to his name.",
    "Roger Deakins, who photographed 1917 for Sam Mendes, has won the Academy Award twice.",
])
def test_a_year_a_credit_is_said_of_is_a_title(text, default_kb):
    got = counts(text, default_kb)
    assert got and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
    assert all(c.slots.get("year") != 1917 for c in got)


def test_a_wrong_count_is_still_caught(default_kb):
    got = counts("Roger Deakins, the British director of photography behind 1917, has "
                 "won the Academy Award five times.", default_kb)
    assert any(c.verdict == "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
