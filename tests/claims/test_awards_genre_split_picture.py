"""A picture prize a show splits by the kind of film is named by the kinds alone: "best
musical or comedy" is the Golden Globes' Best Motion Picture - Musical or Comedy, a category
phrase like any other, so a win, a loss and a nomination in it are judged."""
from __future__ import annotations

import reelcheck


def _award_verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_winner_over_a_nominee(default_kb):
    assert _award_verdicts(
        "Emilia Pérez beat Anora for best musical or comedy at the Golden Globes.", default_kb) \
        == ["supported"]


def test_a_win_the_globes_record_denies(default_kb):
    assert "refuted" in _award_verdicts(
        "At the Globes in January, Anora won best musical or comedy.", default_kb)


def test_a_nomination(default_kb):
    assert _award_verdicts(
        "Anora was nominated for best musical or comedy at the Golden Globes.", default_kb) \
        == ["supported"]


def test_one_kind_alone_is_not_read_so(default_kb):
    # ("best comedy" alone may be another show's prize of that name: left as it was read)
    assert "refuted" not in _award_verdicts("Anora won the Oscar for best comedy.", default_kb)
