"""A plot note's deed said of another story person than the one the note says did it is not
the note's (claims/note_conflicts.py, _other_doer): the doer is a slot. The doer is read from
the parse even where the tagger takes a name for a common noun ("Igor" opening a sentence) or
takes a verb for a noun with the name as its compound ("Ani hosts a party"), and a verb the
plot paraphrases file under the note's ("flees" for "runs off") is the note's verb. Sentences
are written for these tests; the notes are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings as _plot, supported_texts as _supported


def test_the_party_hosted_by_another_is_not_the_notes(default_kb):
    got = _plot("Ani hosts a New Year's Eve party.", default_kb)
    assert not _supported(got), got


def test_the_host_of_the_note_still_reads_it(default_kb):
    got = _plot("Vanya hosts a lavish New Year's Eve party.", default_kb)
    assert _supported(got), got


def test_who_flees_and_who_is_left_behind_are_slots(default_kb):
    got = _plot("Once the henchmen turn up, Ani flees and leaves Vanya with Garnick and Igor.",
                default_kb)
    assert not _supported(got), got


def test_the_notes_runaway_in_other_words_is_supported(default_kb):
    got = _plot("Once the henchmen turn up, Vanya flees and leaves Ani with Garnick and Igor.",
                default_kb)
    assert _supported(got), got


def test_a_name_opening_the_sentence_is_still_a_doer(default_kb):
    # the note: Ani breaks down in the car (Igor drives her)
    got = _plot("Igor breaks down in the car.", default_kb)
    assert not _supported(got), got
    got = _plot("Ani breaks down in the car.", default_kb)
    assert _supported(got), got
