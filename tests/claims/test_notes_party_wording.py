"""A retelling's word for the note's deed counts as the note's word where the plot paraphrases
file it so ("throws a party" for "hosts a party", "handle" for "deal with"), while the occasion
a thing is named for stays a slot: a party named for another occasion ("a Christmas party"
against the note's New Year's Eve party) is another party (claims/note_conflicts.py, _contrary).
Sentences are written for these tests; the notes are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings as _plot, supported_texts as _supported


def test_throwing_the_party_is_hosting_it(default_kb):
    got = _plot("Vanya throws a New Year's Eve party at the mansion.", default_kb)
    assert _supported(got), got


def test_a_party_for_another_occasion_is_another_party(default_kb):
    got = _plot("Vanya hosts a Halloween party.", default_kb)
    assert not _supported(got), got
    got = _plot("Vanya throws a Christmas party.", default_kb)
    assert not _supported(got), got


def test_handling_the_marriage_is_dealing_with_it(default_kb):
    got = _plot("Toros, an Armenian priest, is pulled away from a christening to handle the "
                "marriage.", default_kb)
    assert _supported(got), got
