"""A winner named by a surname the KB shares among several people, or by "X's film" (h46j).

A lone surname ("Baker": eleven KB people) is the one person tied to what the text names: by a
fact naming it, else through a film both worked on ("Baker and Drew Daniels": the director and
the cinematographer of Anora), else by a prize the text names that the KB records for one of
them (link/surnames.py `_tied_to_document`). "Baker's film", naming none of his films, is the
one of them the KB records the clause's prize for: a reading, which may support but never
refute (claims/awards `_owned_film`). Sentences are written for these tests."""
from __future__ import annotations

import reelcheck
from award_claims import all_verdicts, only_award


def _linked(text, kb, word):
    return [m.entity.id for m in reelcheck.check(text, kb=kb).names if m.text == word]


def test_a_surname_tied_through_a_shared_film(default_kb):
    assert _linked("Baker and Drew Daniels shared the Best Picture Oscar.", default_kb,
                   "Baker") == ["sean-baker"]
    # Drew Daniels shot Anora; he won no Best Picture: never supported
    assert "supported" not in all_verdicts(
        "Baker and Drew Daniels shared the Best Picture Oscar.", default_kb)


def test_a_surname_tied_by_the_prize_named(default_kb):
    assert _linked("Baker won the Palme d'Or.", default_kb, "Baker") == ["sean-baker"]
    # a show named as a whole ties no one of the eleven
    assert _linked("Baker won an Oscar.", default_kb, "Baker") == []


def test_a_persons_film_picked_by_the_prize(default_kb):
    ok = only_award("Baker's film took the Palme d'Or.", default_kb)
    assert ok.verdict == "supported", ok.explanation
    assert "Anora" in ok.explanation
    ok = only_award("Sean Baker's film won the Best Picture Oscar.", default_kb)
    assert ok.verdict == "supported", ok.explanation
    # a reading: a slot it does not hold leaves it open, never refuted
    c = only_award("Baker's film took the Palme d'Or in 2021.", default_kb)
    assert c.verdict == "not_enough_info", c.explanation
