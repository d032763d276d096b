"""A description matched against a story note whose noun, in the phrase it is "of", is another
than the note's ("the son of a Russian general" against the note's "son of a Russian oligarch"):
the note does not speak for it (claims/note_conflicts.py `_other_noun_of`). A noun the note sets
in apposition to its own ("a Moscow billionaire") is the note's too. Sentences written for these
tests."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "The 21-year-old son of a Russian oligarch, Vanya lives for parties and video games.",
    "Vanya, the son of a Moscow billionaire, treats money as if it were nothing.",
])
def test_the_notes_noun_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "The 21-year-old son of a Russian general, Vanya lives for parties and video games.",
    "Vanya, the son of a Moscow plumber, treats money as if it were nothing.",
])
def test_another_noun_is_not_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not any("son of" in t for t in supported_texts(got)), got
