"""When a story deed happens is a slot of its clause: a span of a plot note that leaves out a
time phrase on its own verb ("| before the wedding") is not matched alone (claims/notes.py
_time_left_out); the span holding the phrase is the one matched against the note. Sentences
are written for these tests; the facts are the default KB's (Ani quits the club after the
wedding)."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings, supported_texts


def test_a_deed_at_another_time_is_not_the_notes(default_kb):
    got = plot_readings("Ani walks out of the club for good before the wedding.", default_kb)
    got += plot_readings("Ani quits the club before the wedding.", default_kb)
    assert not supported_texts(got), got
    assert "refuted" not in [v for v, _ in got], got


def test_the_notes_time_is_supported(default_kb):
    got = plot_readings("Ani quits the club after the wedding.", default_kb)
    assert any("after the wedding" in t for t in supported_texts(got)), got
