"""An age "when he won" with no prize of its own is the age at the win the sentence before
told (support only: another sentence's), and "when he won his first" at the first win of that
show; a time clause the parser hangs on the number ("He was 42 when he won") is the verb's.
Sentences written for these tests; the facts are the default KB's (Gene Hackman, born January
30, 1930: best actor at the 44th Academy Awards, April 10, 1972, supporting actor at the 65th)."""
from __future__ import annotations

import reelcheck


def ages(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "age"]


LEAD = "Gene Hackman won best actor for The French Connection. "


def test_the_age_when_he_won_is_at_the_win_told_before(default_kb):
    got = ages(LEAD + "He was 42 when he won.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
    assert "44th" in got[0][1]


def test_a_wrong_age_is_shown_but_not_refuted_through_another_sentence(default_kb):
    got = ages(LEAD + "He was 45 when he won.", default_kb)
    assert [v for v, _ in got] == ["not_enough_info"]
    assert "42" in got[0][1]


def test_when_he_won_his_first_is_the_first_win(default_kb):
    got = ages("Gene Hackman won best supporting actor for Unforgiven. He was 42 when he won "
               "his first.", default_kb)
    assert [v for v, _ in got] == ["supported"]
    assert "44th" in got[0][1]
