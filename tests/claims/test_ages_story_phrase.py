"""A character's age said in a clause that opens with where the age holds ("In the film, Ani
is 23") or with a name the parser takes for an adverb before a set-off word ("Vanya,
meanwhile, is the 20-year-old son"): the age is the story's, judged by the KB's plot facts (Ani is
23, Vanya 21 in the default KB). Sentences are written for these tests."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def ages(text, kb):
    return [(c.verdict, c.explanation) for c in after_lead(
        text, kb, lambda c: c.slots.get("kind") == "age")]


@pytest.mark.parametrize("text,verdict", [
    ("In the movie, Ani is 27.", "refuted"),
    ("In the film, Vanya is 21.", "supported"),
    ("In the story, Ani is 23.", "supported"),
])
def test_an_age_in_the_story(text, verdict, default_kb):
    got = ages(text, default_kb)
    assert [v for v, _e in got] == [verdict], (text, got)


@pytest.mark.parametrize("text,verdict", [
    ("Vanya, meanwhile, is the 18-year-old heir of an oligarch.", "refuted"),
    ("Vanya, however, is the 21-year-old heir of an oligarch.", "supported"),
])
def test_a_name_before_a_set_off_adverb_is_the_subject(text, verdict, default_kb):
    got = ages(text, default_kb)
    assert [v for v, _e in got] == [verdict], (text, got)


def test_a_place_phrase_is_no_story_phrase(default_kb):
    # "in Brooklyn" says where, not that the age is the story's: no copula age is read
    assert ages("In Brooklyn, Ani is 27.", default_kb) == []
