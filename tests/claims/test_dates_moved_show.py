"""A show moved to another day: a date under `from` on a verb that moves it is a day it was
planned for, one under `to` a day it was moved to, and a show may be moved more than once, so
neither may refute; the day the move was made is no date of the show (lexicon dates
`reschedule`, claims/dates.py `_moved`). Sentences are written for these tests; the facts are
the default KB's (the 30th Critics Choice Awards, first set for January 12, 2025, held
February 7)."""
from __future__ import annotations

import reelcheck


def dated(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "date"]


def test_the_day_a_show_was_moved_from_is_its_first_plan(default_kb):
    for text in ("The Critics Choice Awards were pushed back from January 12, 2025, after "
                 "fires swept through Los Angeles.",
                 "Organizers postponed the ceremony, and the Critics Choice Awards were moved "
                 "from January 12, 2025, to February 7, 2025."):
        got = dated(text, default_kb)
        assert got and {c.verdict for c in got} == {"supported"}, [
            (c.text, c.verdict, c.explanation) for c in got]
        assert any(c.predicate == "planned_date" for c in got)


def test_other_days_of_a_move_are_left_open(default_kb):
    got = dated("The Critics Choice Awards were moved from January 19, 2025, to "
                "February 9, 2025.", default_kb)
    assert got and {c.verdict for c in got} == {"not_enough_info"}, [
        (c.text, c.verdict, c.explanation) for c in got]


def test_the_day_of_the_move_itself_is_no_date_of_the_show(default_kb):
    assert dated("The Critics Choice Awards were postponed on January 8, 2025.",
                 default_kb) == []


def test_a_move_said_as_a_span_of_two_days_is_no_run(default_kb):
    # "from January 12 to February 7" on a verb that moves the show: the day planned and the
    # day moved to, not the days a festival ran from and to
    got = dated("The 30th Critics Choice Awards, hit by the wildfires, were postponed from "
                "January 12 to February 7.", default_kb)
    assert sorted((c.predicate, c.verdict) for c in got) == [
        ("ceremony_date", "supported"), ("planned_date", "supported")], [
        (c.text, c.verdict, c.explanation) for c in got]
    got = dated("The 30th Critics Choice Awards, hit by the wildfires, were postponed from "
                "January 12 to February 21.", default_kb)
    assert all(c.verdict != "refuted" for c in got)
