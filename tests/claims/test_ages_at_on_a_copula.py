"""An "at N" on a copula ("At 25, she is one of the youngest winners of the prize") tells no
event of its own: right after a sentence that told the holder's win it is the age at that win,
read from another sentence, so it may support but never refute. Default KB: Mikey Madison was
25 at the 97th Academy Awards. Sentences written for these tests."""
from __future__ import annotations

import reelcheck

WIN = "Mikey Madison won the Oscar for Best Actress. "


def ages(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "age"]


def test_the_age_at_the_win_told_before(default_kb):
    got = ages(WIN + "At 25, she is one of the youngest winners of the prize.", default_kb)
    assert [v for v, _e in got] == ["supported"], got


def test_a_wrong_age_there_is_not_refuted(default_kb):
    got = ages(WIN + "At 21, she is one of the youngest winners of the prize.", default_kb)
    assert [v for v, _e in got] == ["not_enough_info"], got
    assert "25" in got[0][1], got
