"""'Brody won Best Actor for The Brutalist in 2025, 22 years after he won it for The Pianist':
the measure ("22 years") hangs on the "after" clause's verb, so that clause's award claim
listed it as a slot it does not check and stayed open, and the gap claim over the two wins,
which needs both sides borne out, was dropped. The measure is the gap's slot
(verify/event_days.py `measured_sides`): the event is read without it to date the gap, and
once the gap has judged it, the event's claim is judged without it too. Sentences are written
for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_the_years_between_two_clauses_wins(default_kb):
    got = _claims("Adrien Brody won Best Actor for The Brutalist in 2025, 22 years after he won "
                  "it for The Pianist.", default_kb)
    assert got == [("award", "supported"), ("date", "supported"), ("award", "supported")], got


def test_a_measure_the_gap_does_not_bear_out_leaves_the_clause_open(default_kb):
    got = _claims("Adrien Brody won Best Actor for The Brutalist in 2025, 20 years after he won "
                  "it for The Pianist.", default_kb)
    assert ("date", "supported") not in got and ("award", "refuted") not in got, got
    assert [v for c, v in got if c == "award"].count("supported") == 1, got


def test_a_wrong_year_of_the_earlier_win_is_not_read_as_its_day(default_kb):
    # (the "after" clause's own year does not hold: its facts date no gap)
    got = _claims("Adrien Brody won Best Actor for The Brutalist in 2025, 22 years after he won "
                  "it for The Pianist in 2001.", default_kb)
    assert ("date", "supported") not in got, got
