"""A category whose "best" the parser hangs on its modifier ("won best adapted screenplay for X",
"best" an adverb of "adapted"), or said without "best" ("won original screenplay for X"), is
the prize; the "for" phrase on it is the work, not what "screenplay" stands for. Sentences are
written for these tests; the facts are the default KB's (Cord Jefferson won Best Adapted
Screenplay for American Fiction at the 96th Academy Awards)."""
from __future__ import annotations

import pytest
import reelcheck


def awards(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


@pytest.mark.parametrize("text,verdict", [
    ("Cord Jefferson won adapted screenplay for American Fiction at the 96th Academy Awards.",
     "supported"),
    ("Cord Jefferson won best adapted screenplay for American Fiction at the 96th Academy "
     "Awards.", "supported"),
    ("Cord Jefferson won original screenplay for American Fiction at the 96th Academy Awards.",
     "refuted"),
])
def test_the_category_is_the_prize(text, verdict, default_kb):
    got = awards(text, default_kb)
    assert [v for v, _e in got] == [verdict], got


def test_a_screenplay_with_no_category_word_is_still_the_work(default_kb):
    got = awards("Cord Jefferson won an Oscar for his screenplay for American Fiction.",
                 default_kb)
    assert [v for v, _e in got] == ["supported"], got
