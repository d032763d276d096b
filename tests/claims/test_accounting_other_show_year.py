"""A second year set after a win in its own phrase ("won X in 2015 and in 2019") is a slot of
the win; the date claim that merely says a show was held that year does not judge it, unless
the win was judged at that show. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_second_year_no_win_was_in_is_not_judged_by_that_years_show(default_kb):
    # Iñárritu's directing Oscars came in 2015 and 2016; 2019 was never checked, yet the
    # sentence was supported because "the 2019 show was held in 2019" held
    got = wins("Alejandro G. Inarritu took home the Oscar for best director in 2015 and "
               "in 2019.", default_kb)
    assert got and all(c.verdict != "supported" for c in got)


def test_both_years_of_real_wins_still_hold(default_kb):
    got = wins("Alejandro G. Inarritu took home the Oscar for best director in 2015 and "
               "in 2016.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
