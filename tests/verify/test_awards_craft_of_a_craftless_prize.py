"""A category read from the making of a work ("won an Oscar for directing X") is not refuted when
the subject's prize at that edition names no craft (an animated feature's, a documentary's): its
maker may be said to have won it for that craft. A category the subject did win is still
supported. Sentences written for these tests."""
from __future__ import annotations

from tests.helpers.award_claims import readings


def test_a_documentary_win_told_as_directing_is_not_refuted(default_kb):
    got = readings("Mstyslav Chernov won an Oscar for directing 20 Days in Mariupol.", default_kb)
    assert [v for v, _ in got] == ["not_enough_info"]
    assert "Documentary Feature" in got[0][1]


def test_an_animated_feature_win_told_as_directing_is_not_refuted(default_kb):
    got = readings("Pete Docter won an Oscar for directing Soul.", default_kb)
    assert [v for v, _ in got] == ["not_enough_info"]


def test_the_craft_category_itself_still_holds(default_kb):
    got = readings("Christopher Nolan won an Oscar for directing Oppenheimer.", default_kb)
    assert [v for v, _ in got] == ["supported"]
