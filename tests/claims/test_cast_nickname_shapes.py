"""The name a character goes by, told by shapes beyond "who goes by X": a nickname noun after a
preposition ("insists on the nickname X"), a participle set beside the name ("Ivan Zakharov,
nicknamed X,", "known to everyone as X"), and a relative pronoun the naming verb takes as its
object ("whom everyone calls X"). Each is a nickname claim of its own beside the cast pair
(claims/cast.py _nicknames). Sentences are written for these tests; the KB's Ani goes by Ani or
Anora (a complete list), its Ivan Zakharov by Vanya (a list not declared complete)."""
from __future__ import annotations

import pytest
from story_claims import MAKER_LEAD, after_lead


def _nicknames(text, kb):
    return [(c.verdict, c.slots["name"]) for c in after_lead(
        text, kb, lambda c: c.slots.get("kind") == "nickname", MAKER_LEAD)]


@pytest.mark.parametrize("text, name", [
    ("Mikey Madison plays Anora, who insists on the nickname Ani.", "Ani"),
    ("Anora Mikheeva, known to everyone as Ani, is a stripper.", "Ani"),
    ("Ivan Zakharov, nicknamed Vanya, is played by Mark Eydelshteyn.", "Vanya"),
    ("Mark Eydelshteyn plays Ivan, whom everyone calls Vanya.", "Vanya"),
])
def test_a_true_nickname_is_supported(default_kb, text, name):
    assert _nicknames(text, default_kb) == [("supported", name)]


@pytest.mark.parametrize("text, name", [
    ("Mikey Madison plays Anora, who insists on the nickname Annie.", "Annie"),
    ("Anora Mikheeva, known to everyone as Nora, is a stripper.", "Nora"),
])
def test_a_nickname_outside_a_complete_list_is_refuted(default_kb, text, name):
    assert _nicknames(text, default_kb) == [("refuted", name)]


@pytest.mark.parametrize("text", [
    "Ivan Zakharov, nicknamed Sasha, is played by Mark Eydelshteyn.",
    "Mark Eydelshteyn plays Ivan, whom everyone calls Misha.",
])
def test_a_nickname_the_kb_does_not_list_is_left_open(default_kb, text):
    got = _nicknames(text, default_kb)
    assert len(got) == 1 and got[0][0] == "not_enough_info", got


def test_the_nickname_claim_spans_the_whole_name(default_kb):
    got = after_lead("Ivan Zakharov, nicknamed Vanya, is played by Mark Eydelshteyn.", default_kb,
                     lambda c: c.slots.get("kind") == "nickname", MAKER_LEAD)
    assert got and got[0].text.startswith("Ivan Zakharov"), got
