"""A wire story's dateline run into its lead ("LOS ANGELES, March 3, 2025 -- Anora won ..."):
a place and a day before the dash of a verbless leading label give the day the piece was
filed, which is no date of the event the clause tells (claims/parse.py _dateline_days). A
date in the clause itself still dates it, and a label that is only a date (a timeline entry)
still does. Sentences written for this test; the 97th Academy Awards were held on
2025-03-02."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_dateline_day_is_not_the_ceremony_day(default_kb):
    got = _verdicts("LOS ANGELES, March 3, 2025 \u2014 Anora won Best Picture at Sunday's "
                    "Oscars.", default_kb)
    assert ("award", "supported") in got and all(v != "refuted" for _c, v in got)
    got = _verdicts("Los Angeles (March 3, 2025) \u2014 Anora won Best Picture at the Oscars.",
                    default_kb)
    assert got == [("award", "supported")]


def test_dates_after_the_dateline_still_count(default_kb):
    got = _verdicts("Los Angeles, March 3, 2025 \u2013 Anora won Best Picture at the Oscars on "
                    "March 9, 2025.", default_kb)
    assert ("date", "refuted") in got
    assert ("date", "supported") in _verdicts(
        "March 2, 2025 \u2014 Anora won Best Picture at the Oscars.", default_kb)
