"""Two ways review prose tells the story's events without naming who or where in the usual
slots. A journey that ends in an event: the event happens where the journey went, and to the
journey's people ("their trip to Las Vegas ends in a wedding"; lexicon `plot.outcome_verbs`,
`plot.journey_nouns`). Kin nouns owned by a pronoun that stands for a character ("His mother
and father arrive from Russia" after Vanya is named): the story's people, as "his parents" are.
Sentences written for these tests; in the KB's story Ani and Vanya marry at a chapel in Las
Vegas, and Vanya's parents fly from Russia to New York."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text, mutant", [
    ("Ani and Vanya's trip to Las Vegas ends in a wedding nobody planned.",
     "Ani and Vanya's trip to Miami ends in a wedding nobody planned."),
    ("By dawn, Ani and Vanya's Vegas weekend has culminated with a wedding.",
     "By dawn, Ani and Vanya's Reno weekend has culminated with a wedding."),
])
def test_a_journey_that_ends_in_a_wedding(text, mutant, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), (text, got)
    got = plot_readings(mutant, default_kb)
    assert not supported_texts(got), (mutant, got)


def test_a_journey_without_its_people_only_confirms(default_kb):
    got = plot_readings("The trip to Las Vegas ends with a wedding.", default_kb)
    assert supported_texts(got), got
    got = plot_readings("The trip to Atlantic City ends with a wedding.", default_kb)
    assert not any(v in ("supported", "refuted") for v, _t in got), got


@pytest.mark.parametrize("text", [
    "Vanya, it turns out, has been lying about his age. His mother and father arrive from "
    "Russia by private jet.",
    "Nobody tells Vanya anything. Soon his mother and father fly in from Russia, furious.",
])
def test_pronoun_owned_kin_are_the_storys_people(text, default_kb):
    got = plot_readings(text, default_kb)
    assert any("mother and father" in t for t in supported_texts(got)), got
