"""A run of wins of one prize at consecutive editions ("back-to-back", "consecutive",
"successive", "two years in a row", "two years running", "second straight") is a claim of its
own, judged on the KB's complete Oscar record: Tom Hanks (Best Actor, 66th and 67th), Jason
Robards (Best Supporting Actor, 49th and 50th) and Alejandro G. Iñárritu (Best Director, 87th
and 88th) won at consecutive ceremonies; Denzel Washington, Mahershala Ali and Clint Eastwood
won theirs years apart. Sentences written for these tests; facts of the default KB."""
from __future__ import annotations

import pytest

import reelcheck


def _streaks(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "streak"]


@pytest.mark.parametrize("text", [
    "Tom Hanks won Best Actor two years in a row.",
    "Tom Hanks won consecutive Best Actor Oscars in 1994 and 1995.",
    "Jason Robards won Best Supporting Actor in back-to-back years.",
    "Iñárritu, who took the directing Oscar two years running, followed Birdman with The "
    "Revenant.",
    "In 1995, Tom Hanks took home Best Actor for the second year in a row.",
    "In 1938, Luise Rainer took Best Actress for the second year running.",
    "Tom Hanks won his second straight Best Actor Oscar for Forrest Gump.",
])
def test_a_run_the_record_holds_is_supported(default_kb, text):
    got = _streaks(text, default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


@pytest.mark.parametrize("text", [
    "Denzel Washington won Best Actor two years in a row.",
    "Mahershala Ali won Best Supporting Actor in back-to-back years.",
    "Clint Eastwood, who took the directing Oscar two years running, followed Unforgiven "
    "with Million Dollar Baby.",
    "Dustin Hoffman won the Academy Award for Best Actor in consecutive years.",
])
def test_no_run_in_a_complete_record_is_refuted(default_kb, text):
    got = _streaks(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]


def test_a_run_of_three_is_not_a_run_of_two(default_kb):
    got = _streaks("Tom Hanks won Best Actor three years in a row.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]


def test_years_said_outside_the_run_are_not_supported(default_kb):
    got = _streaks("Tom Hanks won consecutive Best Actor Oscars in 1994 and 1996.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got), [
        (c.text, c.explanation) for c in got]


@pytest.mark.parametrize("text", [
    "Anora won the Palme d'Or and went straight on to win Best Picture.",
    "Sean Baker won back-to-back prizes at Cannes and the Oscars.",
    "Anora won back-to-back Best Picture awards.",
])
def test_one_after_another_in_a_season_is_no_run(default_kb, text):
    got = reelcheck.check(text, kb=default_kb).claims
    assert not [c for c in got if c.predicate == "streak"] and all(
        c.verdict != "refuted" for c in got), [(c.text, c.verdict) for c in got]
