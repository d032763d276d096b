"""A description set beside a character's name ("Toros, an Armenian priest, ...") is said of that
character: a note telling it of them supports it, and one telling it of another does not
(claims/notes.py `_borrowed`, for a span with no verb and no name of its own). Sentences are
written for these tests; in the KB's story Vanya is the son of a Russian oligarch and Toros an
Armenian priest."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "Vanya, the son of an oligarch, meets Ani at the club.",
    "Toros, an Armenian priest, arrives at the mansion.",
])
def test_a_description_beside_its_character_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got), got


@pytest.mark.parametrize("text", [
    "Igor, the son of an oligarch, meets Ani at the club.",
    "Toros, a Greek priest, arrives at the mansion.",
    "Igor, an Armenian priest, arrives at the mansion.",
])
def test_a_description_beside_another_character_is_not_supported(text, default_kb):
    # (the deed the sentence tells of the character, "Igor arrives at the mansion", is a
    # claim of its own: the description is what must not be supported)
    got = plot_readings(text, default_kb)
    assert not [t for t in supported_texts(got) if "priest" in t or "son of" in t], got
