"""A denied win with no prize of its own ("X has yet to win", "Y has never won") after a
sentence about another's category and night denies every prize of that show, not the category
the passage named. Sentences written for these tests."""
from __future__ import annotations

import reelcheck

LEAD = 'Paul Newman finally won best actor for "The Color of Money" at the 59th Academy Awards. '


def denials(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "award_received" and "Newman" not in c.text]


def test_a_winner_of_other_categories_is_not_said_to_have_never_won(default_kb):
    # Meryl Streep won three Oscars, none of them Best Actor
    got = denials(LEAD + "Meryl Streep, a nominee 21 times over, has yet to win.", default_kb)
    assert got and all(c.verdict != "supported" for c in got)


def test_a_nominee_who_never_won_any_prize_is_still_supported(default_kb):
    got = denials(LEAD + "Glenn Close, a nominee eight times over, has yet to win.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "no Oscar" in got[0].explanation
