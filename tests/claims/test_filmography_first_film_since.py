""""His first film since X" says which film came right after X among the person's films (a
succession, as "his follow-up to X"), and is no first feature: a debut check never reads it.
A film the KB lists between the two refutes the succession (a film it lacks could only add
to them). Sentences written for these tests; facts from the default KB (Sean Baker's films:
... Tangerine 2015, The Florida Project 2017, Red Rocket 2021, Anora 2024)."""
from __future__ import annotations

import pytest

import reelcheck


def film_rows(text, kb):
    return [(c.predicate, c.slots.get("after"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]


def test_first_film_since_the_one_before_is_supported(default_kb):
    assert ("notable_work", "red-rocket", "supported") in film_rows(
        "Anora is Sean Baker's first feature since Red Rocket.", default_kb)


@pytest.mark.parametrize("text, after", [
    ("Anora, Sean Baker's first film since Tangerine, took the Palme d'Or.", "tangerine"),
    ("Anora is Baker's first feature since The Florida Project.", "the-florida-project"),
    ("Anora, Sean Baker's follow-up to The Florida Project, screened at Cannes.",
     "the-florida-project"),
])
def test_films_listed_in_between_refute(default_kb, text, after):
    assert ("notable_work", after, "refuted") in film_rows(text, default_kb)


@pytest.mark.parametrize("text", [
    "Anora is Sean Baker's first film since 2021.",
    "Anora is Sean Baker's first film since Red Rocket to play in competition.",
    "Anora, Baker's first film since Red Rocket to win a prize, screened in May.",
])
def test_a_first_since_is_no_debut(default_kb, text):
    claims = reelcheck.check(text, kb=default_kb).claims
    assert not [c for c in claims if c.verdict == "refuted"]
    assert not [c for c in claims if c.predicate == "debut_feature"]
