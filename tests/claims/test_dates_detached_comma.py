"""A date whose comma a scraped page sets off with spaces ("May 25 , 1975"): the year is still
the date's, so a birth date is checked whole; read without it, the day alone held and the
year went unjudged.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.claims.text import find_dates


def _dates(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "date"]


def test_a_year_after_a_comma_set_off_by_spaces_belongs_to_the_date():
    got = find_dates("the star was born on May 25 , 1976 in Cork")
    assert [(d.year, d.month, d.day) for d in got] == [(1976, 5, 25)]


def test_a_birth_date_with_a_detached_comma_is_checked_with_its_year(default_kb):
    text = "Cillian Murphy won Best Actor for Oppenheimer. Murphy was born on May 25 , 1975 ."
    assert [c.verdict for c in _dates(text, default_kb)] == ["refuted"]
    text = "Cillian Murphy won Best Actor for Oppenheimer. Murphy was born on May 25 , 1976 ."
    assert [c.verdict for c in _dates(text, default_kb)] == ["supported"]
