"""Whom a note's deed is done to or for is a slot: a story person in a verb's role (its direct
object, or a preposition's) where the note puts other people in that role is not the note's
("search Brooklyn for Ani" against "search Brooklyn for Vanya"; "drives Toros home" against
"drives Ani home", which the tagger reads as one object "Ani home"). Names are matched as the
KB's people (an alias is the same one); a verb the tagger reads as a noun with a subject still
governs its objects (claims/note_conflicts.py, _other_named_object). Sentences are written for
these tests; the notes are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings as _plot, supported_texts as _supported


def test_searching_for_another_is_not_the_notes_search(default_kb):
    got = _plot("All night, Vanya's parents search Brooklyn for Ani.", default_kb)
    assert not _supported(got), got


def test_searching_for_him_by_another_name_is(default_kb):
    got = _plot("Ani and the henchmen search Brooklyn for Ivan overnight.", default_kb)
    assert _supported(got), got


def test_driving_another_home_is_not_the_ending(default_kb):
    got = _plot("At the end Igor drives Toros home.", default_kb)
    assert not _supported(got), got
    got = _plot("At the end Igor drives Ani home.", default_kb)
    assert _supported(got), got
