""""the BAFTA Rising Star Award", "the Cannes Jury Prize": a show's name on a prize noun with
other proper words between them names a prize of that show with a name of its own, one the
KB does not hold. The claim is that prize, never the show's prizes at large: a film or person
who won some other prize at that show is no support. The show's name said with words that
name no prize ("a BAFTA Film Award", "the Golden Globe Award") still means the show's prizes.

Sentences written for these tests; the facts are the default KB's (Anora won the Palme d'Or at
Cannes in 2024; Mikey Madison won the BAFTA for Leading Actress in 2025)."""
from __future__ import annotations

import pytest

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


@pytest.mark.parametrize("text", [
    "Anora won the Cannes Jury Prize in 2024.",
    "In 2024, Sean Baker's Anora took home the Cannes Jury Prize.",
    "Mikey Madison won the BAFTA Rising Star Award in 2025.",
    "Breakout star Mikey Madison collected the BAFTA Rising Star award this year.",
    "Anora won the BAFTA Outstanding British Film award in 2025.",
])
def test_a_prize_named_after_the_show_is_not_the_shows_prizes(text, default_kb):
    got = _awards(text, default_kb)
    assert got and "supported" not in got and "refuted" not in got


@pytest.mark.parametrize("text", [
    "Mikey Madison won a BAFTA Film Award in 2025.",
    "Mikey Madison won the BAFTA Film Award for Leading Actress in 2025.",
    "Anora won the Cannes Palme d'Or in 2024.",
])
def test_the_shows_own_name_still_names_its_prizes(text, default_kb):
    assert _awards(text, default_kb) == ["supported"]
