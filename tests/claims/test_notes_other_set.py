"""Where a story deed happens is a slot a note must hold: a span setting its deed at one of the
story's sets (`plot.set_nouns`) that the note does not name, where the note names another, is
not the note's (claims/note_conflicts._other_set): Vanya runs off from the mansion, not the
club. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings, supported_texts


def test_a_deed_at_another_set_is_not_the_notes(default_kb):
    for text in ("Vanya runs off from the club when the henchmen arrive.",
                 "Vanya escapes from the club when the henchmen arrive."):
        got = plot_readings(text, default_kb)
        assert not supported_texts(got), (text, got)
        assert "refuted" not in [v for v, _ in got], (text, got)


def test_the_notes_own_set_is_supported(default_kb):
    got = plot_readings("Vanya runs off from the mansion when the henchmen arrive.", default_kb)
    assert any("runs off" in t for t in supported_texts(got)), got
