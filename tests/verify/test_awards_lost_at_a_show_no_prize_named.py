""""X lost at the 97th Academy Awards", no prize named (verify `_lost_some`): "lost" is true
when X was in the running there for a prize it did not win, whatever else it won there; it is
refuted only when X won every nomination it had there. A clause set inside another ("Best
Picture was one of the prizes X lost ...") may take its prize from the words before it: left
open. Sentences written for this test; the facts are the Academy's record in the default KB
(Anora: five wins of six nominations at the 97th; The Return of the King: 11 of 11 at the
76th)."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_film_that_lost_one_of_its_categories_lost(default_kb):
    assert verdicts("Anora lost at the 97th Academy Awards.", default_kb) == ["supported"]


def test_a_film_that_won_every_nomination_did_not_lose(default_kb):
    assert verdicts("The Return of the King lost at the 76th Academy Awards.",
                    default_kb) == ["refuted"]


def test_a_loss_inside_a_clause_that_names_a_prize_stays_open(default_kb):
    got = verdicts("Best Picture was one of the prizes Anora lost at the 97th Academy Awards.",
                   default_kb)
    assert got and "supported" not in got and "refuted" not in got, got
