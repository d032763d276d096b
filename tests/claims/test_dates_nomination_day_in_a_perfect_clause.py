"""A day said of nominations in a clause in the perfect ("who have landed Oscar nominations
Thursday") is the day the nominations were announced, as without the auxiliary: "have" is
no prize held (claims/dates.py `_edition_event`). Sentences written for this test; KB: the
97th Academy Awards' nominations were announced on Thursday, 2025-01-23."""
from __future__ import annotations

import reelcheck


def _dates(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "date"]


def test_nominations_landed_in_a_perfect_clause(default_kb):
    got = _dates("Mikey Madison and Sean Baker, who have landed Oscar nominations on Thursday, "
                 "January 23, 2025, toasted the news in Brooklyn.", default_kb)
    assert got == [("nominations_announced", "supported")], got
    got = _dates("Mikey Madison and Sean Baker, who have landed Oscar nominations on Thursday, "
                 "January 30, 2025, toasted the news in Brooklyn.", default_kb)
    assert got == [("nominations_announced", "refuted")], got
    got = _dates("Yura Borisov, who has picked up his first Oscar nomination Thursday, was in "
                 "Moscow.", default_kb)
    assert got == [("nominations_announced", "supported")], got
