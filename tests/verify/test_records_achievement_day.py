"""When an achievement was done, said by its day alone ("made history on Sunday", "on March
2"): with no year, the day of the holder's ceremony decides it (verify/records.py
`achievement_date`); a day that does not match stays open, naming the day it was. Sentences
written for this test; the default KB holds Sean Baker's four Oscars for Anora at the 97th
Academy Awards (Sunday, 2 March 2025)."""
from __future__ import annotations

import reelcheck


def dates(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "achievement_date"]


RECORD = ", becoming the first person to win four Oscars for the same film in one night."


def test_the_day_of_the_holders_night_supports(default_kb):
    got = dates("Sean Baker made history at the 97th Academy Awards on Sunday" + RECORD,
                default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = dates("Sean Baker made history on March 2" + RECORD, default_kb)
    assert [v for v, _e in got] == ["supported"], got


def test_another_day_is_left_open_naming_the_day(default_kb):
    got = dates("Sean Baker made history at the 97th Academy Awards on Monday" + RECORD,
                default_kb)
    assert [v for v, _e in got] == ["not_enough_info"], got
    assert "March 2, 2025" in got[0][1]
