"""A place a clause names must be a place the note names, as whole words: "LA" (a name of Los
Angeles) is not in a note because "Galina" holds the letters. Plot sentences of our own."""
from __future__ import annotations

import pytest

import reelcheck


@pytest.mark.parametrize("text", [
    "In Anora, the marriage is annulled in Los Angeles.",
    "In Anora, Vanya's parents have the marriage annulled in Los Angeles.",
])
def test_a_place_the_note_lacks_is_no_support(text, default_kb):
    got = [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=default_kb).claims
           if c.category == "plot"]
    assert all(v != "supported" for v, _ in got), got


def test_the_note_still_speaks_for_its_own_places(default_kb):
    got = [c.verdict for c in reelcheck.check(
        "In Anora, Vanya's parents fly from Russia to New York to have the marriage annulled.",
        kb=default_kb).claims if c.category == "plot"]
    assert got and set(got) == {"supported"}
