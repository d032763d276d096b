"""A relative clause or an apposition describing a named rival ("beating Jane, who had been the
favourite since the Golden Globes") names that rival's story: its show is not the show of the
prize the verb names, which the passage gives (the 97th Academy Awards). Sentences written for
these tests; facts of the default KB's Oscar record and Golden Globe sheet."""
from __future__ import annotations

import reelcheck

LEAD = "Anora took five Oscars at the 97th Academy Awards on Sunday night. "


def _claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_a_rival_s_relative_clause_does_not_move_the_win_to_its_show(default_kb):
    got = _claims(LEAD + "Mikey Madison took best actress for Ani, edging out Demi Moore, "
                  "who had looked unbeatable ever since the Golden Globes.", default_kb)
    wins = [c for c in got if c.predicate == "award_received" and "Madison" in c.text]
    assert not [c for c in got if c.verdict == "refuted"], [
        (c.text, c.explanation) for c in got if c.verdict == "refuted"]
    assert any(c.verdict == "supported" and "Best Actress" in c.explanation
               and "97th Academy Awards" in c.explanation for c in wins)


def test_a_rival_s_apposition_does_not_give_the_race_its_show(default_kb):
    got = _claims(LEAD + "Mikey Madison took best actress, edging out Demi Moore, the "
                  "front-runner ever since the Golden Globes.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"], [
        (c.text, c.explanation) for c in got if c.verdict == "refuted"]


def test_the_rival_s_own_prize_is_still_read_in_its_clause(default_kb):
    # the clause about the rival keeps its show: Moore did win at the Globes
    got = _claims("Mikey Madison won best actress at the Oscars, beating Demi Moore, who had "
                  "won at the Golden Globes.", default_kb)
    assert any(c.verdict == "supported" and "Golden Globe" in c.explanation
               and "Demi Moore" in c.text for c in got)
    assert not [c for c in got if c.verdict == "refuted"]
