"""A negation word inside a title the linker found ("No Time to Die", "Boys Don't Cry") denies
nothing: the clause the title is the subject of is said, not denied. A "no" on a prize that is
the subject still denies ("No Palme d'Or was handed to X"). Sentences written for these tests;
facts from the 94th Academy Awards in the default KB (No Time to Die was nominated for Visual
Effects and won Original Song; Dune won Visual Effects)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_title_opening_with_no_is_not_a_denial(default_kb):
    got = awards("No Time to Die was nominated for Best Visual Effects at the 94th Academy "
                 "Awards but lost to Dune.", default_kb)
    assert got and all(c.verdict == "supported" for c in got)
    assert not any(c.slots.get("negated") for c in got)


def test_a_wrong_prize_of_such_a_title_is_refuted_as_said(default_kb):
    got = awards("No Time to Die was nominated for Best Visual Effects at the 95th Academy "
                 "Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "denies" not in got[0].explanation


def test_a_prize_said_with_no_is_still_denied(default_kb):
    got = awards("No Palme d'Or was handed to Anora in 2023.", default_kb)
    assert got and all(c.slots.get("negated") for c in got)
