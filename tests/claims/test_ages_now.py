"""An age said as the person's age now ("Jane Roe, 53,") in a piece that reports a prize as won
is at least the age on that prize's night: the piece was written after it. The age that night
(or a year on) holds; another is left open, never refuted (the day the piece was written is a
guess). Sentences are written for these tests; the facts are the default KB's (Sean Baker was
born on 26 February 1971; Mikey Madison's best actress Oscar was won on 2 March 2025)."""
from __future__ import annotations

import pytest
from age_claims import one

WON = "Mikey Madison won the best actress Oscar for Anora.\n\n"
RECORD = "Sean Baker, {}, became the first person to win four Oscars for one film in one night."


def test_the_age_on_the_night_of_the_reported_win_holds(default_kb):
    got = one(WON + RECORD.format(54), default_kb)
    assert got.verdict == "supported" and "the latest event the piece reports" in got.explanation


@pytest.mark.parametrize("n", [53, 57])
def test_another_age_is_left_open(n, default_kb):
    # he turned 54 four days before that night: 53 is not his age after it (and was supported
    # by the year alone), 57 may be years later; neither is refuted
    got = one(WON + RECORD.format(n), default_kb)
    assert got.verdict == "not_enough_info" and "54" in got.explanation


def test_without_a_reported_win_the_year_bounds_the_age(default_kb):
    got = one("Sean Baker, 53, has a new film in the works, he said in 2024.", default_kb)
    assert got.verdict == "supported" and "2024" in got.explanation


def test_an_age_on_a_bare_win_is_not_another_clauses_win(default_kb):
    # "won again at 51" hangs on a win of its own; the relative clause's first win (at 29,
    # for The Pianist) is not it, so the 51 is not judged at that night
    from age_claims import ages
    got = ages("Adrien Brody, who was 29 when he won his first Oscar for The Pianist, won "
               "again at 51.", default_kb)
    assert [c.verdict for c in got][0] == "supported"
    assert all("not 51" not in c.explanation for c in got)
