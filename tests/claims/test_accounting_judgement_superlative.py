"""Slot accounting of superlatives (claims/accounting.py `_degree`): one on a noun of judgement
("the closest race", "the biggest upset") is an opinion, no record; a record said in a
described apposition ("the lowest-grossing winner in decades") is one the win does not vouch
for. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def award_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_superlative_of_judgement_is_no_slot(default_kb):
    for text in ("In the tightest contest of the evening, Cillian Murphy won best actor at the "
                 "96th Academy Awards.",
                 "In the biggest upset of the 97th Academy Awards, Mikey Madison took best "
                 "actress."):
        got = award_claims(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), [
            (c.text, c.explanation) for c in got]


def test_a_superlative_record_still_is_one(default_kb):
    got = award_claims("At the 96th Academy Awards, Cillian Murphy was the oldest winner of "
                       "best actor.", default_kb)
    assert not [c for c in got if c.verdict == "supported"], [(c.text, c.explanation) for c in got]


def test_a_record_in_an_adverb_superlative_apposition_is_not_the_wins(default_kb):
    got = award_claims("Anora, the lowest-grossing winner in decades, took best picture at the "
                       "97th Academy Awards.", default_kb)
    supported = [c for c in got if c.verdict == "supported"]
    assert supported and all("lowest" not in c.text for c in supported), [
        (c.text, c.verdict) for c in got]
