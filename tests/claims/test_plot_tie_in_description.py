"""A tie between two characters the KB tells only in a character's description ("Lulu: in
Anora, Ani's friend at the club") supports a relation claim of it (verify/plot.py `relation`,
claims/context.py `tie_in_description`); a tie to another character is left open. Sentences
are written for these tests."""
from __future__ import annotations

import pytest
from story_claims import MAKER_LEAD, after_lead


def plot(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot", MAKER_LEAD)]


@pytest.mark.parametrize("text", [
    "Lulu is Ani's friend.",
    "Ani's friend Lulu tries to talk her out of it.",
])
def test_a_tie_the_description_tells_is_supported(text, default_kb):
    got = plot(text, default_kb)
    assert "supported" in got and "refuted" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "Lulu is Vanya's friend.",
    "Lulu is Ani's sister.",
    "Lulu is not Ani's friend.",
])
def test_another_tie_is_left_open(text, default_kb):
    got = plot(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)


def test_a_described_tie_on_a_wrong_player_is_one_refuted_row(default_kb):
    # the tie and the cast clause are one statement: the wrong player refutes it, and the
    # tie's support is not a second, supported row of it
    got = after_lead("Lulu, Ani's friend, is played by Mikey Madison.", default_kb,
                     lambda c: c.category in ("plot", "cast"), MAKER_LEAD)
    rows: dict = {}
    for c in got:   # a group's row is refuted when one of its parts is
        rows.setdefault(c.slots.get("group") or id(c), set()).add(c.verdict)
    verdicts = ["refuted" if "refuted" in v else "supported" if v == {"supported"} else "open"
                for v in rows.values()]
    assert verdicts == ["refuted"], got
