"""A festival's own name with a number the parser hangs on it ("the 76th Festival de Cannes",
a name the KB holds for the festival, not for any one edition) is that festival's edition of
the number: in a premiere's place, in a win's place, and as the place a "where" clause's win
took place. Before, the number was left unread: the premiere stayed open and the win in the
"where" clause was supported whatever the edition. Sentences written for these tests; the
facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _verdicts(text, kb, category):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == category]


# (the true sentence, its one-number mutant, the claim family that must tell them apart)
PAIRS = [
    ("Sean Baker's Anora bowed at the 77th Festival de Cannes, where it won the top prize.",
     "Sean Baker's Anora bowed at the 76th Festival de Cannes, where it won the top prize.",
     "award"),
    ("Sean Baker's Anora bowed at the 77th Festival de Cannes, where it won the top prize.",
     "Sean Baker's Anora bowed at the 76th Festival de Cannes, where it won the top prize.",
     "festival"),
    ("Haneke's Amour screened at the 65th Festival de Cannes, where it took the Palme d'Or.",
     "Haneke's Amour screened at the 64th Festival de Cannes, where it took the Palme d'Or.",
     "award"),
    ("Julia Ducournau's Titane won the Palme d'Or at the 74th Festival de Cannes.",
     "Julia Ducournau's Titane won the Palme d'Or at the 75th Festival de Cannes.", "award"),
]


@pytest.mark.parametrize("true, mutant, category", PAIRS)
def test_the_number_decides_the_edition(true, mutant, category, default_kb):
    got = _verdicts(true, default_kb, category)
    assert got and all(v == "supported" for v in got), (true, got)
    got = _verdicts(mutant, default_kb, category)
    assert got and all(v == "refuted" for v in got), (mutant, got)
