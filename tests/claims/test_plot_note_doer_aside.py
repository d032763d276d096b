"""The doer of a note's deed is its subject without the asides on it: "Toros, Vanya's godfather,
is sent ..." is said of Toros, so "Vanya is sent ..." is another's deed the note does not tell
(claims/note_conflicts.py `_own_names`). Sentences are written for these tests; in the KB's
story Toros is sent with Garnick and Igor to end the marriage."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


def test_a_deed_of_the_one_an_aside_names_is_not_supported(default_kb):
    got = plot_readings("Vanya is sent by the family to end the marriage.", default_kb)
    assert not supported_texts(got), got


@pytest.mark.parametrize("text", [
    "Toros is sent by the family to end the marriage.",
    "Garnick is sent by the family to end the marriage.",
])
def test_the_notes_own_doers_are_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got), got
