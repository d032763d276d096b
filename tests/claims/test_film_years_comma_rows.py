"""A ranked or bulleted row that sets a year off after its title with a comma ("3. Amour,
2012 (Michael Haneke)"), in a list under a heading of one prize's winners, states the item's
year as "- Titane (2021)" does: the year of the edition it won at or the film's, checked
against the prize's record. Before, only a bracketed year was read and such rows were left
unread, a wrong year included. A comma year outside such a list stays unread.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _years(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.subject.label if c.subject else None, c.object)
            for c in r.claims if c.slots.get("kind") == "work_year"]


def test_comma_years_in_a_ranked_list_of_winners(default_kb):
    text = ("Every Palme d'Or winner of the last decade, ranked by this critic\n\n"
            "1. Shoplifters, 2018 (Hirokazu Kore-eda). Gentle and devastating.\n\n"
            "2. Blue Is the Warmest Colour, 2014 (Abdellatif Kechiche). Long, raw, divisive.\n\n"
            "3. Dheepan, 2015 (Jacques Audiard).\n")
    got = _years(text, default_kb)
    assert ("supported", "Shoplifters", 2018) in got
    assert ("supported", "Dheepan", 2015) in got
    assert ("refuted", "Blue Is the Warmest Colour", 2014) in got


def test_a_comma_year_in_a_list_that_is_not_of_winners_is_not_read(default_kb):
    text = ("Films I rewatched this winter\n\n"
            "1. Blue Is the Warmest Colour, 2014 (Abdellatif Kechiche).\n")
    assert _years(text, default_kb) == []
