"""A spelled fraction after a whole ("two and a half hours", "five and a half weeks") is read
as one figure, and a figure said in a coarser unit than the one checked is as exact as its
unit: "shot in five weeks" of a 37-day shoot is 35 days only to the nearest week, so it is not
refuted (nor supported), while "six weeks" (42 days, beyond half a week off) still is. Sentences
written for this test; the default KB holds Anora's 37-day shoot and its runtime (139 minutes
per most sources, disputed)."""
from __future__ import annotations

import pytest

import reelcheck


def _q(text, kb, pred):
    return [(c.verdict, c.slots.get("value")) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == pred]


def test_a_spelled_fraction_is_part_of_the_figure(default_kb):
    assert _q("Review: Anora clocks in at just under two and a half hours, and earns them.",
              default_kb, "runtime") == [("supported", 150.0)]
    assert _q("Sean Baker shot Anora in two and a half weeks.", default_kb,
              "shooting_days") == [("refuted", 17.5)]


@pytest.mark.parametrize("true,mutant", [
    ("Sean Baker shot Anora in five weeks.", "Sean Baker shot Anora in six weeks."),
    ("The Anora shoot wrapped in five and a half weeks.",
     "The Anora shoot wrapped in four and a half weeks."),
])
def test_a_coarse_unit_is_as_exact_as_its_step(default_kb, true, mutant):
    assert [v for v, _ in _q(true, default_kb, "shooting_days")] == ["not_enough_info"]
    assert [v for v, _ in _q(mutant, default_kb, "shooting_days")] == ["refuted"]
