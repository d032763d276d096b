"""A place said of a second event inside the clause ("premiered in May 2024 before opening in
the US in October", "... ahead of its US opening") is that event's, not the first verb's:
the premiere was read as a premiere in the US, which the KB does not place it in, and the
true sentence stayed open. Sentences are written for these tests; the facts are the default
KB's (Anora: world premiere at Cannes, May 21, 2024; US release October 18, 2024)."""
from __future__ import annotations

import pytest

import reelcheck


def _premiere(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims
           if c.category == "date" and c.predicate == "premiere_date"]
    assert got, text
    return got[0]


@pytest.mark.parametrize("text", [
    "Sean Baker's Anora premiered in May 2024 before opening in the US in October.",
    "Anora, Sean Baker's comedy, premiered in May 2024 before opening in the US in October.",
])
def test_the_place_of_the_opening_is_not_the_premieres(default_kb, text):
    c = _premiere(text, default_kb)
    assert c.verdict == "supported", c.explanation
    assert not c.slots.get("premiere_places")


def test_a_wrong_year_is_still_refuted(default_kb):
    c = _premiere("Sean Baker's Anora premiered in May 2023 before opening in the US in "
                  "October.", default_kb)
    assert c.verdict == "refuted", c.explanation


def test_a_place_of_the_premiere_itself_is_kept(default_kb):
    c = _premiere("Sean Baker's Anora premiered in the US in May 2024 before opening in "
                  "France in October.", default_kb)
    assert c.verdict != "supported"
    assert c.slots.get("premiere_places") == ["US"]
