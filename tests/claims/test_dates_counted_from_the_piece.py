"""Times counted from the piece's own date: "last month", "earlier this month", "this year",
"last May" (claims/dates.py `_calendar`), and a weekday alone ("on Sunday"), which means the
one within a week of the piece. The piece's date is the one ingest found, else a wire
dateline's. Such a time can support a date but never refute it (a page's date may be the day
it was updated). Sentences written for this test; KB: Anora premiered at Cannes on
2024-05-21, opened in the UK on 2024-11-01 and in France on 2024-10-30; the 97th Academy
Awards were held on 2025-03-02, their nominations announced on 2025-01-23."""
from __future__ import annotations

import pytest

import reelcheck
from reelcheck.model import Document


def _got(text, kb, day=None):
    return [(c.category, c.predicate, c.verdict)
            for c in reelcheck.check(Document(id="t", text=text, date=day), kb=kb).claims]


@pytest.mark.parametrize("text,day", [
    ("Sean Baker's Anora premiered at Cannes last month.", "2024-06-12"),
    ("Anora, which premiered last May at the Cannes Film Festival, is an Oscar frontrunner.",
     "2025-01-05"),
    ("The comedy-drama Anora opened in British cinemas earlier this month.", "2024-11-20"),
    ("Le Pacte put Anora in French theaters last month.", "2024-11-04"),
    ("Anora hit German cinemas last month, a day after its French opening.", "2024-11-15"),
    ("The 97th Academy Awards took place earlier this year.", "2025-10-01"),
    ("The 97th Academy Awards were held last year at the Dolby Theatre.", "2026-02-01"),
])
def test_a_time_counted_from_a_dated_piece_supports(text, day, default_kb):
    got = _got(text, default_kb, day)
    assert any(c == "date" and v == "supported" for c, _p, v in got), got
    assert not any(v == "refuted" for *_x, v in got)


@pytest.mark.parametrize("text,day", [
    ("Sean Baker's Anora premiered at Cannes last month.", "2024-08-12"),
    ("Anora, which premiered last June at the Cannes Film Festival, is an Oscar frontrunner.",
     "2025-01-05"),
    ("The comedy-drama Anora opened in British cinemas earlier this month.", "2024-12-20"),
    ("The 97th Academy Awards took place earlier this year.", "2026-10-01"),
])
def test_a_wrong_time_counted_from_the_piece_is_left_open(text, day, default_kb):
    got = _got(text, default_kb, day)
    assert any(c == "date" for c, _p, _v in got), got
    assert all(v == "not_enough_info" for c, _p, v in got if c == "date"), got


def test_a_prize_won_at_a_time_counted_from_the_piece(default_kb):
    # the award claim's own time: a win at an edition held then stands, else it is unchecked
    line = "Mikey Madison won the Oscar for best actress earlier this month."
    assert ("award", "award_received", "supported") in _got(line, default_kb, "2025-03-25")
    assert ("award", "award_received", "not_enough_info") in _got(line, default_kb,
                                                                   "2024-03-25")
    line = "Anora won the Palme d'Or last month."
    assert ("award", "award_received", "supported") in _got(line, default_kb, "2024-06-03")
    assert ("award", "award_received", "not_enough_info") in _got(line, default_kb,
                                                                   "2024-10-03")


def test_a_weekday_alone_is_the_one_near_the_piece(default_kb):
    line = "Anora won best picture at the Academy Awards on Sunday night."
    assert ("date", "ceremony_date", "supported") in _got(line, default_kb, "2025-03-03")
    assert ("date", "ceremony_date", "not_enough_info") in _got(line, default_kb, "2025-03-12")
    got = _got("Anora landed six Oscar nominations on Thursday.", default_kb, "2025-02-07")
    assert ("date", "nominations_announced", "supported") not in got


def test_a_wire_dateline_dates_an_undated_piece_and_nothing_else_does(default_kb):
    line = "{} \u2014 Anora won best picture at the Academy Awards on Sunday night."
    assert ("date", "ceremony_date", "supported") in _got(
        line.format("LOS ANGELES, March 3, 2025"), default_kb)
    assert ("date", "ceremony_date", "not_enough_info") in _got(
        line.format("LOS ANGELES, March 12, 2025"), default_kb)
    assert ("date", "premiere_date", "supported") in _got(
        "Cannes, France \u2013 14 June 2024\nBaker's Anora premiered at the festival last "
        "month.", default_kb)
    # no date to count from; "the last month of", "last year's": no time of an event
    assert not any(c == "date" for c, *_ in _got(
        "Sean Baker's Anora premiered at Cannes last month.", default_kb))
    for text in ("The last month of the awards race was hard on the Brutalist team.",
                 "Last year's winner, Oppenheimer, had swept the Oscars."):
        assert not any(c == "date" for c, *_ in _got(text, default_kb, "2025-03-20"))
