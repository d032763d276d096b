"""A weekday and a month of a year said of one event ("premiered on a Friday in May 2024") are
one date: the days of that month that fall on that weekday (claims/dates.py
`_weekday_of_month`). Before, the month was a claim of its own that the KB's day supported while
the weekday beside it went unchecked. Sentences are written for these tests; the facts are the
default KB's (Cannes premiere Tuesday 21 May 2024, 97th Academy Awards Sunday 2 March 2025,
French release Wednesday 30 October 2024)."""
from __future__ import annotations

import pytest

import reelcheck

ROWS = [
    ("Sean Baker's Anora premiered in Cannes on a Tuesday in May 2024.", "supported"),
    ("Sean Baker's Anora premiered in Cannes on a Friday in May 2024.", "refuted"),
    ("Sean Baker's Anora premiered in Cannes on a Tuesday in June 2024.", "refuted"),
    ("The 97th Academy Awards were held on a Sunday in March 2025.", "supported"),
    ("The 97th Academy Awards were held on a Monday in March 2025.", "refuted"),
    ("Anora opened in French cinemas on a Wednesday in October 2024.", "supported"),
    ("Anora opened in French cinemas on a Friday in October 2024.", "refuted"),
]


@pytest.mark.parametrize("text,want", ROWS)
def test_a_weekday_in_a_month_is_one_date(default_kb, text, want):
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "date"]
    assert [c.verdict for c in got] == [want], [(c.text, c.verdict, c.explanation) for c in got]
