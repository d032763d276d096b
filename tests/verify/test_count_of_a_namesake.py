"""A count said of a title two KB films share, with neither the film's year nor an edition
stated, is not refuted with one film's record when it holds of the other ("West Side Story
won one Oscar" may mean the remake); a count neither film has is still refuted. Sentences
written for these tests."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "count"]


def test_a_count_that_fits_the_remake_is_not_refuted(default_kb):
    got = counts("Steven Spielberg's West Side Story won just one Oscar, while Robert Wise's "
                 "version swept the 34th Academy Awards.", default_kb)
    one = [c for c in got if "one Oscar" in c.text]
    assert one and all(c.verdict != "refuted" for c in one)


def test_a_count_that_fits_no_namesake_is_refuted(default_kb):
    got = counts("West Side Story won twelve Oscars.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_stated_year_keeps_the_refute(default_kb):
    got = counts("The 1961 West Side Story won one Oscar.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
