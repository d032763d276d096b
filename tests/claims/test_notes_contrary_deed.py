"""A note does not support a clause that does the contrary of the note's deed to the same thing
(`notes.contrary_deeds`: taking or keeping a ring against the note's returning it), nor one
whose verb the note has only as a phrasal verb of another sense ("breaks someone's nose"
against the note's "breaks down") (claims/note_conflicts.py, _contrary_deed). Sentences are
written for these tests; the notes are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings as _plot, supported_texts as _supported


def test_taking_the_ring_is_not_returning_it(default_kb):
    got = _plot("In the last scene Igor takes Ani's ring.", default_kb)
    assert not _supported(got), got


def test_handing_it_back_is_returning_it(default_kb):
    got = _plot("In the last scene Igor hands back her wedding ring.", default_kb)
    assert _supported(got), got


def test_breaking_a_nose_is_not_breaking_down(default_kb):
    got = _plot("Ani breaks Igor's nose.", default_kb)
    assert not _supported(got), got
