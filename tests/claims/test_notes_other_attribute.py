"""A thing the note describes, described otherwise in the sentence, is another thing: a colour
where the note gives another (`notes.exclusive_modifiers`), a kin owner where the note names
another ("his uncle's mansion" against the note's parents' mansion; a group noun counts its
members, `plot.group_kin`), a people or language on a hyphened modifier ("Russian-speaking")
where the sentence names another people (claims/note_conflicts.py, _contrary). Sentences are
written for these tests; the notes are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings as _plot, supported_texts as _supported


def test_another_colour_is_another_gag(default_kb):
    got = _plot("Ani is tied up and then gagged with a green scarf.", default_kb)
    assert not [t for t in _supported(got) if "scarf" in t], got
    got = _plot("Ani is tied up and then gagged with a red scarf.", default_kb)
    assert [t for t in _supported(got) if "scarf" in t], got


def test_another_relatives_house_is_not_the_notes(default_kb):
    got = _plot("Vanya is living in his aunt's mansion in Brooklyn.", default_kb)
    assert not _supported(got), got


def test_one_parent_is_of_the_notes_parents(default_kb):
    got = _plot("Vanya is living in his mother's mansion in Brooklyn.", default_kb)
    assert _supported(got), got


def test_a_client_of_another_people_is_not_the_notes(default_kb):
    got = _plot("Since Ani speaks some Russian, the club assigns her to a Georgian client.",
                default_kb)
    assert not [t for t in _supported(got) if "client" in t], got
