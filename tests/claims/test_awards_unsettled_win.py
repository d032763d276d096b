"""A prize an adverb says did not stand ("the mix-up that briefly handed Best Picture to X")
is no win of X, nor a denial: the clause is not read as one.

Sentences are written for these tests; the facts are the default KB's (Moonlight won Best
Picture at the 89th Academy Awards; La La Land was nominated)."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [(c.subject.label if c.subject else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_received"]


def test_a_briefly_handed_prize_is_not_a_refutable_win(default_kb):
    got = wins("People still talk about the 2017 Oscars and the card mix-up that momentarily "
               "gave Best Picture to La La Land.", default_kb)
    assert ("La La Land", "refuted") not in got


def test_a_plain_handed_prize_is_still_read(default_kb):
    got = wins("At the 2017 Oscars the Academy gave Best Picture to La La Land.", default_kb)
    assert ("La La Land", "refuted") in got
