"""An age hung on a bare win ("having won at 21") in a clause set off from the one that names the
prize is the age at that prize's win. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _ages(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "age"]


def test_the_right_age_at_the_win_the_main_clause_names(default_kb):
    text = "Marlee Matlin is still the youngest best actress winner, having won at 21."
    assert _ages(text, default_kb) == ["supported"]


def test_a_wrong_age_at_that_win_is_refuted(default_kb):
    text = "Marlee Matlin is still the youngest best actress winner, having won at 23."
    assert _ages(text, default_kb) == ["refuted"]


def test_a_bare_win_with_no_prize_anywhere_decides_nothing(default_kb):
    text = "Mikey Madison, having won at 27, thanked the sex-worker community."
    assert _ages(text, default_kb) == ["not_enough_info"]
