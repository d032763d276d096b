"""A festival premiere dated by a year counted from the piece's own date ("premiered at Cannes
last year" in a piece filed in March 2025): the festival claim read no such date and said
"the date given is not checked". It now takes the year the date reader counted from the
piece's date (a dateline here); a piece's date may be when it was updated, so the counted
year only supports. Sentences are written for these tests; the facts are the default KB's
(Anora: world premiere at Cannes, May 21, 2024)."""
from __future__ import annotations

import reelcheck

LEAD = ("HOLLYWOOD, March 5, 2025 -- Anora, which premiered at Cannes {}, took Best Picture "
        "at the Academy Awards on Sunday.")


def _festival(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims if c.category == "festival"]
    assert len(got) == 1, [(c.text, c.explanation) for c in got]
    return got[0]


def test_last_year_is_the_year_before_the_dateline(default_kb):
    c = _festival(LEAD.format("last year"), default_kb)
    assert c.verdict == "supported", c.explanation
    assert "2024" in c.explanation


def test_a_counted_year_that_does_not_fit_stays_open(default_kb):
    c = _festival(LEAD.format("this year"), default_kb)
    assert c.verdict == "not_enough_info"
    assert "not checked" not in c.explanation
