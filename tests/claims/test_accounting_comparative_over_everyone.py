"""A comparison against everyone ("more statuettes than anybody", "more than any other
director") states a record the win or the count alone does not judge: the claim that holds
without it stays open. A comparison with one named rival is a comparison claim of its own.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category in ("award", "count")]


def test_more_prizes_than_anybody_is_not_vouched_for_by_one_win(default_kb):
    got = claims("Sean Baker has collected more Oscars than anybody.", default_kb)
    assert got and not [c for c in got if c.verdict == "supported"]


def test_a_count_then_more_than_any_other_is_left_open(default_kb):
    got = claims("Frances McDormand took three best actress Oscars, more than any other "
                 "living actress.", default_kb)
    assert got and not [c for c in got if c.verdict == "supported"]


def test_the_count_alone_still_holds(default_kb):
    got = claims("Frances McDormand took three best actress Oscars.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_named_rival_is_still_compared(default_kb):
    got = claims("Ben-Hur won more Oscars than Gigi.", default_kb)
    assert any(c.verdict == "supported" for c in got)
