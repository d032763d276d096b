"""A journey said with both ends ("fly from Armenia to New York") states each: the claim for
either end holds only when the story's journey also has the other (the KB: Vanya's parents fly
from Russia to New York). Sentences written for these tests; facts of the default KB."""
from __future__ import annotations

import reelcheck


def _plot(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "plot"]


def test_a_wrong_origin_is_not_carried_by_the_right_destination(default_kb):
    got = _plot("In Anora, Vanya's parents take a plane from Armenia to New York.",
                default_kb)
    assert got and all(c.verdict != "supported" for c in got), [
        (c.text, c.verdict, c.explanation) for c in got]


def test_a_wrong_destination_is_not_carried_by_the_right_origin(default_kb):
    got = _plot("In Anora, Vanya's parents take a plane from Russia to Miami.", default_kb)
    assert got and all(c.verdict != "supported" for c in got), [
        (c.text, c.verdict, c.explanation) for c in got]


def test_both_ends_of_the_story_s_journey_hold(default_kb):
    got = _plot("In Anora, Vanya's parents take a plane from Russia to New York.",
                default_kb)
    assert got and all(c.verdict == "supported" for c in got), [
        (c.text, c.verdict, c.explanation) for c in got]
