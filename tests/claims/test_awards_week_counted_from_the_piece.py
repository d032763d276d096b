"""A week counted from a dated piece's day ("earlier this week", "this past weekend"): a win
said to fall then was supported whatever the piece's day, the week ignored. Now a win at an
edition held on none of that week's days (a day's slack for time zones) leaves the week
unchecked; one held then is supported. Sentences are written for these tests; the facts are
the default KB's (97th Academy Awards: Sunday, March 2, 2025)."""
from __future__ import annotations

import pytest

import reelcheck


def _prize(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims if c.category in ("award", "count")]
    assert len(got) == 1, [(c.text, c.explanation) for c in got]
    return got[0]


@pytest.mark.parametrize("text", [
    "HOLLYWOOD, {} -- Mikey Madison won the Oscar for Best Actress earlier this week.",
    "HOLLYWOOD, {} -- Sean Baker took home four Oscars this past weekend.",
])
def test_the_week_is_checked_against_the_night(default_kb, text):
    near = _prize(text.format("March 4, 2025"), default_kb)
    assert near.verdict == "supported", near.explanation
    far = _prize(text.format("March 20, 2025"), default_kb)
    assert far.verdict == "not_enough_info", far.explanation
    assert "week" in far.explanation
