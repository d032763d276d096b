"""A hedge framing a sentence ("Legend has it ...", "Rumours say ...") covers the sentences of
its paragraph after it; a hedging adverb inside a clause ("an ovation that reportedly lasted
ten minutes") hedges that clause only, and the next sentence is told as fact. Sentences are
written for these tests."""
from __future__ import annotations

import reelcheck


def last_claim(text, kb):
    got = reelcheck.check(text, kb=kb).claims
    return got[-1]


def test_an_adverb_hedge_does_not_reach_the_next_sentence(default_kb):
    c = last_claim("The applause reportedly went on for ages. Parasite won the Palme d'Or "
                   "in 2019.", default_kb)
    assert not c.hedged and c.verdict == "supported"
    c = last_claim("Its budget was allegedly tiny. Titane won the Palme d'Or in 2019.",
                   default_kb)
    assert not c.hedged and c.verdict == "refuted"


def test_a_framing_hedge_still_covers_its_paragraph(default_kb):
    c = last_claim("Rumours say the jury argued for hours. Parasite won the Palme d'Or in "
                   "2019.", default_kb)
    assert c.hedged


def test_apparently_hedges_its_own_clause(default_kb):
    c = last_claim("Apparently, Titane won the Palme d'Or in 2019.", default_kb)
    assert c.hedged and c.verdict == "refuted"
    c = last_claim("The jury was apparently split. Titane won the Palme d'Or in 2021.",
                   default_kb)
    assert not c.hedged and c.verdict == "supported"
