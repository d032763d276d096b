"""A prize said of a film's director named through the film as its owner (sentences written for
reelcheck's tests): "Anora's director won three Oscars at the 97th Academy Awards" formed no
claim ("the Anora director" and "the director of Anora" were read); the owner names the film,
whose one KB director is the winner, so counts and categories are checked against that
person's complete record."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text: str, kb) -> list[str]:
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text, want", [
    ("Anora's director won four Oscars at the 97th Academy Awards.", "supported"),
    ("Anora's director won three Oscars at the 97th Academy Awards.", "refuted"),
    ("In the end, Anora's filmmaker took Best Director at the 97th Academy Awards.",
     "supported"),
    ("Anora's director took Best Actor at the 97th Academy Awards.", "refuted"),
    ("Emilia Pérez's director was nominated for Best Director at the 97th Academy Awards.",
     "supported"),
])
def test_owned_director_noun_is_the_films_director(default_kb, text, want):
    got = verdicts(text, default_kb)
    assert want in got, got
    if want != "refuted":
        assert "refuted" not in got, got
