""""took Cannes' top prize, the Grand Prix": a prize named in apposition to a rank phrase
("top prize", "highest honour") is the prize said won. When it is not the prize of that
rank, the claim is about the named prize: a film the complete Palme list holds as that
year's winner did not take the Grand Prix, so the claim is refuted rather than supported
by the film's Palme. The rank's own prize named beside it still holds, as does a year when
the Grand Prix was Cannes' top prize.

Sentences written for these tests; the facts are the default KB's Cannes record (Anora won
the Palme d'Or in 2024, Anatomy of a Fall in 2023, The Lost Weekend the Grand Prix, then the
top prize, in 1946)."""
from __future__ import annotations

import pytest

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


@pytest.mark.parametrize("text", [
    "The Cannes jury handed Anora its highest honor, the Grand Prix.",
    "Anatomy of a Fall took Cannes' top prize, the Grand Prix, in 2023.",
])
def test_a_second_prize_named_as_the_top_one_is_judged_as_named(text, default_kb):
    assert _awards(text, default_kb) == ["refuted"]


@pytest.mark.parametrize("text", [
    "The Cannes jury handed Parasite its highest honour, the Palme d'Or, in 2019.",
    "The Lost Weekend took the festival's top prize, the Grand Prix, at Cannes in 1946.",
])
def test_the_prize_of_that_rank_still_holds(text, default_kb):
    assert _awards(text, default_kb) == ["supported"]
