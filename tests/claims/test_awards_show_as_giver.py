"""A show named as the one who gave the prize, the subject of a giving verb or the agent of a
passive one, is the show the prize is of: "the DGA honoured X" states a DGA win even though
"honour" states a win only with its prize named, and a body the KB knows as the presenter of
one show ("the Critics Choice Association") stands for that show."""
from __future__ import annotations

import reelcheck


def _award_verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_show_as_the_subject_of_honour(default_kb):
    assert "supported" in _award_verdicts(
        "Last winter the DGA honoured Sean Baker for his work on Anora.", default_kb)
    assert "supported" in _award_verdicts(
        "The BAFTAs honoured Mikey Madison for Anora.", default_kb)


def test_a_loss_the_kb_holds_is_refuted(default_kb):
    assert "refuted" in _award_verdicts(
        "The Golden Globes honoured Mikey Madison for Anora.", default_kb)


def test_the_presenting_body_as_the_agent(default_kb):
    assert "supported" in _award_verdicts(
        "Anora was honoured by the Critics Choice Association.", default_kb)
    assert "supported" in _award_verdicts(
        "Mikey Madison was honoured by the British Academy of Film and Television Arts for "
        "Anora.", default_kb)


def test_a_giver_without_the_record_stays_open(default_kb):
    vs = _award_verdicts(
        "The Directors Guild of America honoured Brady Corbet for The Brutalist.", default_kb)
    assert "refuted" not in vs and "supported" not in vs


def test_a_giver_that_is_no_show_states_no_win(default_kb):
    vs = _award_verdicts("The jury honoured Sean Baker for Anora.", default_kb)
    assert "refuted" not in vs and "supported" not in vs
