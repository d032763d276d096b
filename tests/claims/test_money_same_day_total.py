"""A running total dated to a day the KB also dates a total of the same scope to is that day's
figure: one well above it is refuted; a lower one (a total passes it on the way) stays open;
a figure whose date is only a month, or whose scope is not said, is never refuted.

Sentences are written for these tests; the facts are the default KB's (Anora: domestic $15
million on 2025-02-17 and $20 million on 2025-03-16; worldwide $52 million on 2025-03-16)."""
from __future__ import annotations

import pytest

import reelcheck


def grosses(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "box_office"]


@pytest.mark.parametrize("text", [
    "Counting to February 17, 2025, Anora had pulled in $27 million domestically.",
    "Anora's takings stood at $70 million worldwide as of March 16, 2025.",
    "By March 16, 2025, Anora had brought in $31 million domestically.",
])
def test_a_total_well_above_that_days_figure_is_refuted(default_kb, text):
    assert grosses(text, default_kb) == ["refuted"]


def test_a_total_matching_that_days_figure_holds(default_kb):
    assert grosses("By February 17, 2025, Anora had brought in $15 million domestically.",
                   default_kb) == ["supported"]


@pytest.mark.parametrize("text", [
    # lower than the day's figure: a running total passes it on the way
    "By March 16, 2025, Anora had brought in $44 million worldwide.",
    # a little above it: another tracker's estimate of the same day
    "By March 16, 2025, Anora had brought in $57 million worldwide.",
    # a month, not a day
    "By mid-March 2025, Anora had brought in $70 million worldwide.",
    # no scope said
    "By March 16, 2025, Anora had brought in $70 million.",
])
def test_other_totals_are_not_refuted(default_kb, text):
    assert grosses(text, default_kb) in ([], ["not_enough_info"], ["supported"])
