"""A journey back to where the story's people come from is not refuted by the story's places:
the story is set only in New York and Las Vegas, but Vanya's parents come from Russia, and a
return there ("takes him back to Russia", "returns to Moscow") or a journey there of the people
who came from it is one the KB does not list (verify/plot.py; claims/plot.py marks a return by
lexicon `plot.returns`). Not supported either: a note telling the journey out does not speak
for the journey home. A place no one of the story comes from is still refuted. Sentences are
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def verdicts(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot")]


@pytest.mark.parametrize("text", [
    "Ani meets Vanya at the club. At dawn the parents drag Vanya back to Russia.",
    "Ani meets Vanya at the club. In the end Vanya returns to Moscow, sulking.",
    "Ani meets Vanya at the club. Afterwards the boy is flown home to Moscow.",
])
def test_a_return_home_is_left_open(text, default_kb):
    got = verdicts(text, default_kb)
    assert got and set(got) == {"not_enough_info"}, (text, got)


@pytest.mark.parametrize("text", [
    "Ani meets Vanya at the club. Afterwards the newlyweds sail back to Miami.",
    "Ani meets Vanya at the club. Later the newlyweds are whisked off to Moscow.",
])
def test_a_journey_no_one_of_the_story_comes_from_is_refuted(text, default_kb):
    assert verdicts(text, default_kb) == ["refuted"], text


@pytest.mark.parametrize("text", [
    "Ani meets Vanya at the club. When it is over, Vanya flies to Moscow.",
    "Ani meets Vanya at the club. In the final reel Vanya is jetting off to Moscow.",
])
def test_a_journey_there_of_the_family_of_those_who_came_from_it_is_left_open(text, default_kb):
    # Vanya's parents flew in from Russia; the story's relation facts make him their son, so
    # his journey there may be going home (plot.family_ties), not a place the story never goes
    got = verdicts(text, default_kb)
    assert got and set(got) == {"not_enough_info"}, (text, got)


def test_a_journey_there_of_someone_not_of_that_family_is_still_refuted(default_kb):
    # Toros is Vanya's godfather: no tie of family, and no journey of his starts in Russia
    text = "Ani meets Vanya at the club. When it is over, Toros flies to Moscow."
    assert verdicts(text, default_kb) == ["refuted"], text
