"""A credit verb whose "in" phrase the parser hangs on a described role ("played a grieving
cook in The Holdovers") credits its subject with the work, the role a slot the KB may not
judge; in a relative clause on a prize winner it is a claim of its own, beside the win.
Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_a_described_role_still_credits_the_work(default_kb):
    got = [c for c in claims("Da'Vine Joy Randolph played a grieving cook in The Holdovers.",
                             default_kb) if c.slots.get("kind") == "filmography"]
    assert got and got[0].slots.get("work") == "the-holdovers-2023-film"
    assert got[0].verdict == "not_enough_info" and "cook" in got[0].explanation


def test_the_relative_clause_of_a_winner_is_its_own_claim(default_kb):
    got = claims("Da'Vine Joy Randolph, who played a grieving cook in The Zone of Interest, "
                 "was named best supporting actress at the 96th Academy Awards.", default_kb)
    credit = [c for c in got if c.slots.get("kind") == "filmography"]
    assert credit and credit[0].verdict != "supported"
    assert credit[0].slots.get("work") == "the-zone-of-interest-2023-film"
