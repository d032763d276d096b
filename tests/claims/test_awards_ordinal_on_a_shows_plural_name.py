""""at the 78th BAFTAs", "At the 82nd Globes, ...": an ordinal on a show's name said in the
plural (its nights) is that show's edition of that number, as "the 76th Festival de Cannes"
is; the winner list of that edition, which the KB holds complete, decides the claim. An
ordinal on the singular prize noun counts a person's wins ("her 1st Oscar"), no edition.

Sentences written for these tests; the facts are the default KB's (Mikey Madison won the
BAFTA for Leading Actress at the 78th awards; Emilia Pérez won the Globe for Musical or
Comedy at the 82nd)."""
from __future__ import annotations

import pytest

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


@pytest.mark.parametrize("text", [
    "At the 78th BAFTAs, Demi Moore won Leading Actress.",
    "Demi Moore took Leading Actress at the 78th BAFTAs, beating out a strong field.",
])
def test_wrong_winner_at_a_numbered_plural_show_refutes(text, default_kb):
    assert _awards(text, default_kb) == ["refuted"]


@pytest.mark.parametrize("text", [
    "At the 78th BAFTAs, Mikey Madison won Leading Actress.",
    "Mikey Madison won her 1st Oscar in 2025.",
])
def test_true_twins_hold(text, default_kb):
    assert _awards(text, default_kb) == ["supported"]
