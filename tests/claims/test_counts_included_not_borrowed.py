""""X was nominated for ten Oscars, including best picture, and won six": the second verb
borrows the show of the first clause, but not the prize listed under "including", which is one
of the nominations counted, not a win. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_a_true_win_count_after_an_including_list_holds(default_kb):
    got = claims("Villeneuve's Dune earned ten Oscar nominations, including best picture, "
                 "and won six.", default_kb)
    assert got and all(c.verdict == "supported" for c in got)
    assert [c.predicate for c in got if c.text.startswith("won")] == ["award_count"]


def test_won_none_after_an_including_list_counts_nothing(default_kb):
    got = claims("Scorsese's The Irishman was up for ten Oscars, including best picture, and "
                 "won none.", default_kb)
    assert got and all(c.verdict == "supported" for c in got)
