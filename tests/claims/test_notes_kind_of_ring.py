"""What kind a thing is, by the noun compounded on it, is a slot of a note (claims/
note_conflicts.py `_contrary`, kinds): a lower-case word the tagger takes for a name is such a
noun ("an emerald ring" against the note's "diamond ring"), and a measure compounded on the
thing ("4-carat", whose number the numbers judge) is no kind both share. Sentences written for
these tests; the note is the default KB's (Vanya gives Ani a 4-carat diamond ring)."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "Vanya gives Ani a 4-carat ruby ring.",
    "Vanya gives Ani a ruby ring.",
])
def test_another_stone_is_not_the_notes_ring(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got), got


def test_the_notes_ring_is_supported(default_kb):
    got = plot_readings("Vanya gives Ani a 4-carat diamond ring.", default_kb)
    assert supported_texts(got), got
