"""A count "that night" where the passage names no edition ("He won three Oscars that night",
after a sentence on a film) is one edition's count, whichever it was, not the career's.
Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_count"]


def test_a_count_that_night_is_one_editions(default_kb):
    # Francis Ford Coppola: five competitive Oscars in all, three of them at the 47th ceremony
    got = counts("Francis Ford Coppola carried off three Oscars that night.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "47th" in got[0].explanation


def test_a_comparison_that_night_is_not_the_counts(default_kb):
    got = counts("Anora won best picture at the 97th Academy Awards.\n\nAnora won five, more "
                 "than any other film that night.", default_kb)
    assert got and got[0].text.endswith("five")
