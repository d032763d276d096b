"""A title whose number in its series differs from a KB title's is another film of the series,
not that title misspelt (sentences written for these tests)."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


@pytest.mark.parametrize("text", [
    "Dune: Part One won six Oscars; Dune: Part Two won two.",
    "Denis Villeneuve is planning Dune: Part Three after Dune: Part Two.",
    "The Godfather Part IV was never made, though The Godfather Part III was nominated.",
])
def test_another_film_of_the_series_is_not_flagged(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text, wrong, right", [
    # a word of the title misspelt beside its number is still a slip
    ("Dune: Part Two won two Oscars. Later, Dnue: Part Two was released on disc.",
     "Dnue: Part Two", "Dune: Part Two"),
])
def test_a_slip_beside_the_number_is_flagged(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)
