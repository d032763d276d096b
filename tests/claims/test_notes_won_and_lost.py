"""A note that a film won a prize does not support a clause saying it lost that prize: winning
and losing are contrary deeds (lexicon `notes.contrary_deeds`, now pairs of sides and read for
every note, not only the story's). Words of a title a note names ("after The Lost Weekend") are
that film, not words of the note. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _supported(text, kb):
    return [c.text for c in reelcheck.check(text, kb=kb).claims if c.verdict == "supported"]


def test_losing_the_prize_a_note_says_was_won_is_not_supported(default_kb):
    assert _supported("Anora lost the prize.", default_kb) == []


def test_winning_it_is_still_read(default_kb):
    assert _supported("Like The Lost Weekend, Marty and Parasite before it, Anora won both top "
                      "prizes.", default_kb)
