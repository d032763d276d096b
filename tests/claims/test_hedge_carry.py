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


def test_an_unnamed_source_and_a_reported_sum_hedge_their_clause_only(default_kb):
    def rows(text):
        got = reelcheck.check(text, kb=default_kb).claims
        return [(c.text.split()[-1], c.hedged) for c in got]
    # "according to a crew member": an unnamed source hedges the clause it is attached to
    assert rows("Anora was shot in 37 days, according to a crew member.") == [("days", True)]
    # a named outlet is a source, not a hedge
    assert rows("Anora was shot in 37 days, according to Variety.") == [("days", False)]
    # "a reported $6 million" hedges the sum
    assert [h for _, h in rows("Anora was made for a reported $6 million.")] == [True]
    # a coordinated clause with a subject of its own is told as fact
    got = reelcheck.check("Anora reportedly cost $6 million, and it runs 139 minutes.",
                          kb=default_kb).claims
    assert [(c.text.split()[-1], c.hedged) for c in got] == [("million", True),
                                                            ("minutes", False)]
