"""The character-relations battery (tests/data/character_relations_battery.py): cast lines with
a character's description, descriptions standing for the character, relative clauses, and ties
told by a verb or a predicate. A true row gives a supported claim and no refuted one; a mutant
of one slot (actor, character, relation, description) never leaves every claim of it supported
(the mutated slot is refuted or left open). Rows not read yet are in `NOT_YET` with the
mechanism they lack (expected failures, listed, not hidden); a wrong refute fails on any row."""
from __future__ import annotations

import pytest
from battery import check_true_or_mutant, data_module
from story_claims import MAKER_LEAD, after_lead

ROWS = data_module("character_relations_battery.py").BATTERY
NOT_YET = {
    # a relation noun as the object of "in" on the predicate ("in Toros's employ")
    "Igor is a henchman in Toros's employ.",
    # a headline in title case with a gerund: no clause is read
    "Karren Karagulian on Playing Vanya's Godfather Toros",
}


@pytest.mark.parametrize("key, kind, text", ROWS)
def test_character_relations_row(default_kb, key, kind, text):
    got = [c.verdict for c in after_lead(text, default_kb, lambda c: True, MAKER_LEAD)]
    check_true_or_mutant(got, kind, text, NOT_YET)
