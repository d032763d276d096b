""""An N-time <category> winner/nominee": the category written between the count and the
holder noun is what is counted, not the person's whole Oscar record. Before, "two-time Best
Actress winner Cate Blanchett" was supported by her two Oscars in all (one is supporting),
"three-time Best Actress nominee Emma Stone" refuted by her total of nominations, and a count
the parser hung on the noun ("four-time best supporting actress nominee") was not read at all.
Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category in ("award", "count")]


def test_a_category_win_count_is_not_the_total(default_kb):
    got = claims("At the Oscars, the evening belonged to two-time Best Actress winner Cate "
                 "Blanchett.", default_kb)
    assert got and not [c for c in got if c.verdict == "supported"]


def test_a_lowercase_category_win_count_is_read(default_kb):
    got = claims("The Oscars telecast opened with three-time best actress winner Frances "
                 "McDormand.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "three times" in got[0].explanation


def test_a_true_category_nomination_count_is_not_refuted_by_the_total(default_kb):
    got = claims("The Oscars telecast opened with three-time Best Actress nominee Emma Stone.",
                 default_kb)
    assert got and [c.verdict for c in got] == ["supported"]


def test_a_wrong_category_nomination_count_is_refuted(default_kb):
    got = claims("The Oscars telecast opened with four-time best supporting actress nominee "
                 "Cate Blanchett.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "three times" in got[0].explanation


def test_a_plain_show_count_is_still_the_total(default_kb):
    got = claims("The Oscars telecast opened with two-time Oscar winner Cate Blanchett.",
                 default_kb)
    assert [(c.predicate, c.verdict) for c in got] == [("award_count", "supported")]
