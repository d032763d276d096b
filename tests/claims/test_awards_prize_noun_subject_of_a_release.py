"""A prize noun in the subject of a release's or premiere's verb ("The Palme d'Or winner Anora
opens in France on October 30"), or of a figure's ("... grossed $20 million by mid-March
2025"), does not take that verb's date: the day is the release's, and
the prize's night (May 25, 2024 in the default KB) is never refuted with it. A date on the
prize's own verb ("Anora took the Palme d'Or on May 18") still dates the win. Sentences written
for this test."""
from __future__ import annotations

import pytest

import reelcheck


def _got(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text", [
    "The Palme d'Or winner Anora opens in France on October 30.",
    "Sean Baker's Palme d'Or winner opens in France on Wednesday, October 30.",
    "Weekend guide: the Palme d'Or winner Anora arrives in German cinemas on October 31.",
    "Box office: the Palme d'Or winner Anora grossed $20 million in North America by "
    "mid-March 2025.",
])
def test_the_release_day_is_not_the_prizes(default_kb, text):
    got = _got(text, default_kb)
    assert all(v != "refuted" for _, v in got), got


def test_the_release_day_is_still_the_releases(default_kb):
    got = _got("The Palme d'Or winner Anora opens in France on November 6.", default_kb)
    assert ("release_date", "refuted") in got
    assert not [v for p, v in got if p != "release_date" and v == "refuted"], got
    assert ("award_received", "refuted") in _got("Anora took the Palme d'Or on May 18.",
                                                 default_kb)
