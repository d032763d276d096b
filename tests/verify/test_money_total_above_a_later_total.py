"""A running total only grows: a gross the KB dates after the whole time a sentence gives (its
day, month or year) is the most the film can have grossed by then, so a figure well above it
is refuted ("by February 2025 it had grossed $90 million", when the KB has $41 million
worldwide as of March 5, 2025); a lower figure, or one bounded from above ("nearly"), stays
open. Sentences written for these tests; facts from the default KB (Anora's dated totals)."""
from __future__ import annotations

import pytest

import reelcheck

LEAD = "Anora is a 2024 film by Sean Baker. "


def gross(text, kb):
    return [c.verdict for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.predicate == "box_office"]


@pytest.mark.parametrize("text", [
    "By February 2025, Anora had grossed $90 million worldwide.",
    "By February 10, 2025, Anora had earned $80 million domestically.",
    "In 2024, the film earned over $70 million in the U.S.",
])
def test_a_total_far_above_a_later_one_is_refuted(default_kb, text):
    assert gross(text, default_kb) == ["refuted"]


@pytest.mark.parametrize("text", [
    "By February 10, 2025, Anora had earned $14 million domestically.",
    "In 2024, the film earned nearly $70 million worldwide.",
    "By February 2025, Anora had grossed $90 million.",   # no scope said
    "By mid-March the film had grossed $90 million worldwide.",   # no year: not dated
    "The film grossed $90 million worldwide by March 31, 2025.",  # no KB total after it
])
def test_a_total_the_later_ones_do_not_bound_stays_open(default_kb, text):
    assert "refuted" not in gross(text, default_kb)
