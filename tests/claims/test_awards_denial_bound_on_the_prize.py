"""A time bound the parser hangs on the denied prize rather than on the verb ("had never been
nominated for an Oscar before Anora") bounds the denial all the same: nominations after the
bound do not refute it. An unbounded denial still does. Sentences written for these tests;
the facts are the default KB's (Sean Baker's Oscar nominations all came for Anora, at the
97th Academy Awards)."""
from __future__ import annotations

import pytest
import reelcheck


def award_verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


@pytest.mark.parametrize("text", [
    "Sean Baker had never been nominated for an Oscar before Anora.",
    "Sean Baker had not been nominated for an Academy Award until Anora.",
    "Sean Baker had never won an Oscar before this year.",
])
def test_a_bound_on_the_prize_bounds_the_denial(text, default_kb):
    got = award_verdicts(text, default_kb)
    assert got and "refuted" not in got, got


def test_an_unbounded_denial_still_refutes(default_kb):
    assert award_verdicts("Sean Baker has never been nominated for an Oscar.",
                          default_kb) == ["refuted"]
