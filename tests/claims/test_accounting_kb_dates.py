"""A date the KB writes as "YYYY-MM-DD" judges a stated date and its year, never a count or an
ordinal that happens to equal its month or day (claims/accounting.py, _atoms). Sentences are
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims]


def test_an_ordinal_equal_to_the_days_month_is_not_judged_by_the_date(default_kb):
    # Anora's Palme is dated 2024-05-25: "fifth" is no part of that date
    got = _verdicts("Sean Baker's Anora became the fifth Palme d'Or winner.", default_kb)
    assert got and all(v != "supported" for v, _ in got), got


def test_a_stated_day_is_still_judged_by_the_kb_date(default_kb):
    got = _verdicts("Anora had its world premiere on May 21, 2024, at Cannes.", default_kb)
    assert any(v == "supported" for v, _ in got), got
