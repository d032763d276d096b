"""A weekday alone said of a show's day whose edition the sentence names ("the 77th Cannes Film
Festival wrapped on a Wednesday") is checked: the show was held on one day, whose weekday holds,
the next or the one before may be a far time zone's, and any other is wrong (claims/dates.py
`WEEKDAY_SHOW_DAYS`, verify/dates.py `_weekday_only`); so is a film's world premiere at a
festival, one showing. A wire dateline whose town the linker
reads as its festival ("CANNES, France, May 26, 2024 —") is the day the piece was filed, not the
day of the clause after it. Sentences are written for these tests; the facts are the default
KB's (the 77th Cannes Film Festival ran from Tuesday, May 14, to Saturday, May 25, 2024; the
97th Academy Awards were held on Sunday, March 2, 2025, their nominations announced on
Thursday, January 23; the 30th Critics Choice Awards on Friday, February 7, 2025, some sources
say February 8)."""
from __future__ import annotations

import pytest

import reelcheck


def dates(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "date"]


@pytest.mark.parametrize("text, verdict, named", [
    # a festival's first and last day
    ("The 77th Cannes Film Festival wrapped on Saturday with a jury of nine.", "supported",
     "May 25, 2024"),
    ("The 77th Cannes Film Festival wrapped on Wednesday with a jury of nine.", "refuted",
     "May 25, 2024"),
    ("Cannes 2024 kicked off on a Tuesday.", "supported", "May 14, 2024"),
    ("Cannes 2024 kicked off on a Friday.", "refuted", "May 14, 2024"),
    # a ceremony's night, in a recap and in a listicle row
    ("The 82nd Golden Globe Awards took place on a Sunday, as they usually do.", "supported",
     "January 5, 2025"),
    ("The 82nd Golden Globe Awards took place on a Thursday, as they usually do.", "refuted",
     "January 5, 2025"),
    ("HOLLYWOOD — Anora swept the 97th Academy Awards on Wednesday night.", "refuted",
     "March 2, 2025"),
    # a film's world premiere at a festival: one showing (Anora's on Tuesday, May 21, 2024)
    ("Anora premiered on a Friday at Cannes, to a long ovation.", "refuted", "May 21, 2024"),
    ("Anora premiered on a Tuesday at Cannes, to a long ovation.", "supported", "May 21, 2024"),
    # a nominations morning
    ("The 97th Academy Awards nominations, twice delayed, were unveiled on a Tuesday.",
     "refuted", "January 23, 2025"),
    ("The 97th Academy Awards nominations, twice delayed, were unveiled on a Thursday.",
     "supported", "January 23, 2025"),
])
def test_a_weekday_of_a_named_show(text, verdict, named, default_kb):
    got = [c for c in dates(text, default_kb) if c.predicate not in ("dateline", "premiered_at")]
    assert [c.verdict for c in got] == [verdict], text
    assert named in got[0].explanation


@pytest.mark.parametrize("text", [
    # a day from the show's own: a far time zone's (the Oscars' Sunday is Monday in Asia)
    "The 2025 Oscars, held on a Monday in Tokyo's time, crowned Anora.",
    "The 77th Cannes Film Festival wrapped on a Sunday.",
    # sources give two days (February 7 and 8): a Thursday is a day from one of them
    "The 30th Critics Choice Awards were handed out on Thursday at Barker Hangar.",
    # a weekday that is a word of a film's title (the 51st Academy Awards fell on a Monday)
    "Paul Jabara won Best Original Song for Thank God It's Friday at the 51st Academy Awards.",
    # the show borrowed from the sentence before ("the show"): it may support, never refute
    "Anora dominated the 2025 Oscars. The show was staged on a Thursday.",
])
def test_a_weekday_that_may_hold_is_not_refuted(text, default_kb):
    assert all(c.verdict != "refuted" for c in dates(text, default_kb)), text


def test_a_festival_town_s_dateline_is_not_the_day_of_the_clause(default_kb):
    # filed the day after the festival closed: the closing day is not the dateline's
    text = ("CANNES, France, May 26, 2024 — The 77th Cannes Film Festival closed on Saturday "
            "with the top prize going to Anora.")
    got = dates(text, default_kb)
    assert all(c.verdict != "refuted" for c in got), [(c.text, c.verdict) for c in got]
    assert [c.verdict for c in got if c.predicate == "end_date"] == ["supported"]
