"""A prize named only by its rank ("the top prize", "top honours") in a clause that names no
show takes its show from the passage: a reading, since the sentence may mean another show's top
prize. It may support, never refute. A show the clause names itself is its own and refutes as
before. Sentences written for these tests; facts from the Palme d'Or list and the Academy's
record in the default KB."""
from __future__ import annotations

import pytest

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


@pytest.mark.parametrize("text", [
    "Parasite won the Palme d'Or in 2019. The film took the top prize in 2020 as well.",
    "Shoplifters won the Palme d'Or in 2018. It then took the top prize in 2019.",
])
def test_a_top_prize_of_another_year_is_not_refuted_with_the_passages_show(default_kb, text):
    got = awards(text, default_kb)
    assert got[0].verdict == "supported"
    assert got[1].verdict == "not_enough_info"
    assert "only by rank" in got[1].explanation


def test_the_show_the_clause_names_still_decides(default_kb):
    ok = awards("Parasite won the Palme d'Or in 2019. It took the top prize at the Oscars in "
                "2020.", default_kb)
    wrong = awards("Moonlight won Best Picture at the 89th Academy Awards. Later that year it "
                   "took the top prize at Cannes.", default_kb)
    lent = awards("Parasite won the Palme d'Or in 2019. It took the top prize in 2020 too.",
                  default_kb)
    assert [c.verdict for c in ok] == ["supported", "supported"]
    assert [c.verdict for c in wrong] == ["supported", "refuted"]
    assert lent[1].verdict == "not_enough_info"
    # a clause with no time of its own is at the night the passage names; "the festival's"
    # names the kind of show the passage's is: those still refute
    for text in ("The 80th Academy Awards were held in February 2008. The top prize went to "
                 "There Will Be Blood.",
                 "Bong Joon Ho made history at Cannes. Parasite took the festival's top prize "
                 "in 2018."):
        assert awards(text, default_kb)[-1].verdict == "refuted"

