"""Two readings of a journey in a story (claims/plot.py `_at_end`, verify/plot.py): a deed in a
relative clause on an ending noun ("the ending, in which Ani ...") is the ending's deed, judged
by the ending's fact; and a return ("Ani returns to X") is a journey of its own, which the
story merely being set in X does not support. Sentences are written for these tests; the
facts are the default KB's."""
from __future__ import annotations

from story_claims import story_verdicts


def test_a_deed_in_a_relative_clause_on_the_ending_is_the_endings(default_kb):
    assert story_verdicts("Fans keep talking about the film's hidden ending, in which Ani "
                          "returns to Las Vegas alone.", default_kb) == ["refuted"]
    assert story_verdicts("Fans keep talking about the film's ending, in which Igor drives Ani "
                          "home to Brighton Beach.", default_kb) == ["supported"]


def test_a_return_is_not_supported_by_the_setting_alone(default_kb):
    assert story_verdicts("Later, Ani returns to Las Vegas alone.", default_kb) == [
        "not_enough_info"]


def test_going_home_to_a_place_says_where_they_live(default_kb):
    assert story_verdicts("After her shifts Ani goes home to Brighton Beach, where she shares a "
                          "small house with her sister.", default_kb)[:1] == ["supported"]
