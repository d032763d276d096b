"""Note matching (claims/statements.py `_LIGHT`, lexicon notes.colour_words): a reviewer's words
of manner and mood ("quietly", "furious", "whirlwind") tell how a story is told, not what
happens in it, so a note need not hold them for a clause to say what the note says. A word of
fact still must be the note's (a colour: "a blue scarf" is not the note's red one).
Sentences written for this test; the default KB's notes: at the end Igor drives Ani home and
gives back her wedding ring; Vanya's parents fly from Russia (Moscow) to New York to get the
marriage annulled; she is gagged with a red scarf."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts

from reelcheck.claims.statements import terms_of


def test_manner_words_are_no_content():
    assert terms_of("Igor quietly gives back the ring").words == terms_of(
        "Igor gives back the ring").words


@pytest.mark.parametrize("text", [
    "Igor quietly gives back the ring and tells her not to say a word.",
    "His furious parents jet from Moscow to New York to undo the wedding.",
])
def test_told_with_manner_words(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and all(v != "refuted" for v, _t in got), got


def test_a_word_of_fact_still_counts(default_kb):
    got = plot_readings("She is furiously gagged with a blue scarf.", default_kb)
    assert not supported_texts(got), got
