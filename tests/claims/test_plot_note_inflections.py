"""A word the notes use, filed in `plot.paraphrases` with the words a retelling uses for it, is
read as itself in every inflection the note writes it in: the note's "culminating" is the
"culminate" that a retelling's "ends" is read as (claims/statements.py `_paraphrases`).
Sentences are written for these tests; the note is the default KB's (the search for Vanya
culminates at Ani's Manhattan club)."""
from __future__ import annotations

from story_claims import after_lead


def statements(text, kb):
    return [(c.text, c.verdict)
            for c in after_lead(text, kb, lambda c: c.slots.get("kind") == "statement")]


def test_the_notes_inflected_word_is_its_paraphrase(default_kb):
    got = statements("Eventually the hunt ends at Ani's club in Manhattan.", default_kb)
    assert any("ends at Ani's club" in t and v == "supported" for t, v in got), got


def test_another_place_of_the_same_words_is_not_the_notes(default_kb):
    got = statements("Eventually the hunt ends at a diner in Queens.", default_kb)
    assert not any(v == "supported" for _t, v in got), got
