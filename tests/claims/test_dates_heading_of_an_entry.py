"""A dated list ("This week in history") heads each entry with its day and a colon: the day
is the entry's clause's time, so a wrong ceremony day is read and the win is not supported
past it. Sentences written for these tests; facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [(c.text, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_a_wrong_day_heading_an_entry_is_read(default_kb):
    # the 66th Academy Awards were held on March 21, 1994, not the 22nd; the day was a
    # fragment of its own and the win was supported past it
    got = claims("March 22, 1994: Holly Hunter took Best Actress for The Piano.", default_kb)
    assert any(v == "refuted" and "March 22, 1994" in t for t, v, _ in got), got
    assert not any(v == "supported" for t, v, _ in got), got


def test_the_right_day_heading_an_entry_supports(default_kb):
    got = claims("March 26, 1990: Jessica Tandy took Best Actress for Driving Miss Daisy.",
                 default_kb)
    assert any(v == "supported" and "March 26, 1990" in t for t, v, _ in got), got
    assert got and all(v == "supported" for t, v, _ in got), got


def test_a_heading_that_is_not_a_date_is_left_alone(default_kb):
    got = claims("Best Picture: Driving Miss Daisy won it at the 62nd Academy Awards.",
                 default_kb)
    assert not any(v == "refuted" for t, v, _ in got), got
