"""Dates and places of events beside a show: another event the show's name only modifies (its
nominations announcement, its luncheon) is not the show's date; the day a show was first
scheduled for, said with an adverb of the first plan, is its `planned_date`; a venue that is
the subject of a hosting verb is where the event was held."""
from __future__ import annotations

import reelcheck


def claims(text, kb, pred):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == pred]


def test_a_side_event_of_the_show_is_not_the_show_date(default_kb):
    assert claims("The 97th Academy Awards nominations announcement took place on January 23, "
                  "2025.", default_kb, "ceremony_date") == []
    assert claims("The 97th Academy Awards luncheon was held on February 10, 2025.",
                  default_kb, "ceremony_date") == []
    # the show itself, said with a noun of its own, still is
    assert [v for v, _ in claims("The 97th Academy Awards ceremony took place on March 9, "
                                 "2025.", default_kb, "ceremony_date")] == ["refuted"]


def test_the_first_planned_day_of_a_moved_show(default_kb):
    got = claims("The 30th Critics Choice Awards, initially slated for January 12, were "
                 "pushed back because of the fires.", default_kb, "planned_date")
    assert [v for v, _ in got] == ["supported"]
    got = claims("The 30th Critics Choice Awards were originally scheduled for January 19, "
                 "2025.", default_kb, "planned_date")
    assert [v for v, _ in got] == ["refuted"]


def test_a_scheduled_day_without_a_first_plan_is_no_planned_date(default_kb):
    assert claims("The 30th Critics Choice Awards were scheduled for February 7, 2025.",
                  default_kb, "planned_date") == []
    # and a show the KB holds no moved day for stays open
    got = claims("The 97th Academy Awards were originally set for March 2, 2025.", default_kb,
                 "planned_date")
    assert [v for v, _ in got] == ["not_enough_info"]


def test_a_venue_as_the_subject_of_a_hosting_verb(default_kb):
    got = claims("The Royal Festival Hall in London hosted the 78th British Academy Film "
                 "Awards.", default_kb, "event_location")
    assert got and all(v == "supported" for v, _ in got)
    assert "78th British Academy Film Awards" in got[0][1]
    assert [v for v, _ in claims("The Beverly Hilton hosted the 78th British Academy Film "
                                 "Awards.", default_kb, "event_location")] == ["refuted"]
