"""Running totals coordinated in one clause, the verb said once: each figure is dated by its
own date ("$15 million by D1, and $20 million by D2"), and one date after the last figure
dates them all ("$20 million at home and $52 million worldwide by D").

Sentences are written for these tests; the facts are the default KB's (Anora: domestic $15
million on 2025-02-17 and $20 million on 2025-03-16; worldwide $52 million on 2025-03-16)."""
from __future__ import annotations

import reelcheck


def grosses(text, kb):
    return [(c.slots.get("as_of"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "box_office"]


def test_each_coordinated_total_keeps_its_own_date(default_kb):
    got = grosses("In North America, Anora had taken $15 million by February 17, 2025, and "
                  "$20 million by March 16, 2025.", default_kb)
    assert got == [([2025, 2, 17], "supported"), ([2025, 3, 16], "supported")]


def test_one_date_after_coordinated_totals_dates_them_all(default_kb):
    got = grosses("Anora grossed $20 million domestically and $52 million worldwide "
                  "by March 16, 2025.", default_kb)
    assert [v for _d, v in got] == ["supported", "supported"]
    assert all(d == [2025, 3, 16] for d, _v in got)
