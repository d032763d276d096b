"""Story relations said through a partitive (claims/cast.py `_relations`, lexicon
cast.partitive_heads): "X, one of Y's henchmen" and "X is one of Y's henchmen" say that X is Y's
henchman, as "X, Y's henchman" does. Sentences written for this test; the default KB holds that
Igor is Toros's henchman and names no henchman of Vanya."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def relations(text, kb):
    return [(c.verdict, c.slots.get("x"), c.slots.get("y"))
            for c in after_lead(text, kb, lambda c: c.slots.get("kind") == "relation")]


@pytest.mark.parametrize("text", [
    "Igor, one of Toros's henchmen, is the only one who treats her gently.",
    "The quiet one, Igor is one of Toros's henchmen.",
])
def test_one_of_the_owners_henchmen(text, default_kb):
    assert ("supported", "igor", "toros") in relations(text, default_kb), text


def test_one_of_another_owners_henchmen_is_not_supported(default_kb):
    got = relations("Igor, one of Vanya's henchmen, sits by the door.", default_kb)
    assert got and all(v == "not_enough_info" for v, _x, _y in got)


def test_one_among_the_owners_henchmen(default_kb):
    # the partitive's preposition may be "among" (lexicon cast.partitive_preps)
    text = "Igor, the quiet one among Toros's henchmen, barely speaks until the final scene."
    assert ("supported", "igor", "toros") in relations(text, default_kb), text
    mutant = "Igor, the quiet one among Vanya's henchmen, barely speaks until the final scene."
    assert not any(v == "supported" for v, _x, _y in relations(mutant, default_kb)), mutant
