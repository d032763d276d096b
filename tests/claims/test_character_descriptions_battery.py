"""The character-descriptions battery (tests/data/character_descriptions_battery.py): a
character's age, nickname, trade, kin, nationality or home stated beside the character or its
actor (apposition, bracket, relative clause, "the N-year-old X", "a stripper named X", a name
with a title before it). A true row gives a supported claim and no refuted one; a mutant of one
slot never leaves every claim of it supported (the mutated slot is refuted or left open). Rows
not read yet are in `NOT_YET` with the mechanism they lack (expected failures, listed, not
hidden); a wrong refute fails on any row."""
from __future__ import annotations

import pytest
from battery import check_true_or_mutant, data_module
from story_claims import MAKER_LEAD, after_lead

ROWS = data_module("character_descriptions_battery.py").BATTERY
NOT_YET = {
    # a bracketed clause of its own naming the nickname ("(she prefers Ani)"): not read
    "Anora (she prefers Ani) dances at a Manhattan club.",
    "Anora (she prefers Anya) dances at a Manhattan club.",
    # a hyphenated "X-turned-Y" title before the name: the sentence is no candidate
    "Stripper-turned-bride Ani is played by Mikey Madison.",
    # a kin noun described in a "whose" relative clause ("whose father is a ..."): not read
    "Mark Eydelshteyn plays Vanya, whose father is a Russian general.",
    # an age on a description standing for the character ("the 26-year-old oligarch's son")
    "The 26-year-old oligarch's son is played by Mark Eydelshteyn.",
}


@pytest.mark.parametrize("key, kind, text", ROWS)
def test_character_descriptions_row(default_kb, key, kind, text):
    got = [c.verdict for c in after_lead(text, default_kb, lambda c: True, MAKER_LEAD)]
    check_true_or_mutant(got, kind, text, NOT_YET)


def test_not_yet_lists_only_battery_rows():
    texts = {t for _k, _e, t in ROWS}
    assert NOT_YET <= texts, NOT_YET - texts
