"""A record whose win is counted in times ("the only man to win Best Actor three times"): the
holder has won the prize at least so often, which the complete record checks; the record words
stay unchecked (claims/awards/ `_record_win`). Sentences are written for these tests; the
facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "The Academy Awards have a long memory.\n\n"


def award_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category in ("award", "count")]


def test_a_count_the_holder_reaches_leaves_only_the_record_open(default_kb):
    got = award_claims(LEAD + "Daniel Day-Lewis is the only actor to take best actor three "
                       "times.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"], [(c.text, c.explanation) for c in got]
    assert "three times" in got[0].explanation and "only" in got[0].explanation


def test_a_count_the_holder_falls_short_of_is_refuted(default_kb):
    got = award_claims(LEAD + "Tom Hanks is the only actor to take best actor three times.",
                       default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "2" in got[0].explanation


def test_remain_says_the_subject_holds_the_record_as_is_does(default_kb):
    got = award_claims(LEAD + "Tom Hanks remains the only actor to take best actor three times.",
                       default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
