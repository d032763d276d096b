"""Two lists in a cast clause (claims/cast.py _apposed / _pairs): a common noun with the
characters' names in apposition ("play the mother and father, A and B") stands for each name,
so the actors pair with them in order; without "respectively" a pair crossed inside the list
(the KB gives the part to the other listed actor) is read to support only. Sentences written
for these tests; "Jane Roe", "John Doe", "Maren" and "Olga" are invented."""
from __future__ import annotations

import pytest

import reelcheck


def pairs(text, kb):
    return sorted((c.subject.id, c.slots.get("actor"), c.verdict)
                  for c in reelcheck.check(text, kb=kb).claims
                  if c.slots.get("kind") == "played_by")


@pytest.mark.parametrize("text", [
    "Aleksei Serebryakov and Darya Ekamasova play Vanya's parents, Nikolai and Galina.",
    "Aleksei Serebryakov and Darya Ekamasova turn up late as the boy's parents, Nikolai and Galina.",
    "Aleksei Serebryakov and Darya Ekamasova portray the parents, Nikolai and Galina.",
])
def test_a_noun_with_names_in_apposition_pairs_each_name_in_order(default_kb, text):
    got = pairs(text, default_kb)
    assert ("nikolai-zakharov", "aleksei-serebryakov", "supported") in got
    assert not any(v == "refuted" for _c, _a, v in got)


def test_a_coordination_read_for_the_apposition_pairs_too(default_kb):
    got = pairs("Karren Karagulian and Vache Tovmasyan play the henchmen, Toros and Garnick.",
                default_kb)
    assert got == [("garnick", "vache-tovmasyan", "supported"),
                   ("toros", "karren-karagulian", "supported")]


def test_wrong_actors_for_the_named_parts_are_refuted(default_kb):
    got = pairs("Yura Borisov and Mark Eydelshteyn play the brothers, Toros and Garnick.",
                default_kb)
    assert {v for _c, _a, v in got} == {"refuted"} and len(got) == 2


@pytest.mark.parametrize("text", [
    "Darya Ekamasova and Aleksei Serebryakov play Nikolai and Galina.",
    "Vache Tovmasyan and Karren Karagulian play the two brothers, Toros and Garnick.",
])
def test_a_crossed_pair_without_respectively_is_never_refuted(default_kb, text):
    assert not any(v == "refuted" for _c, _a, v in pairs(text, default_kb))


def test_a_crossed_pair_with_respectively_is_refuted(default_kb):
    got = pairs("Darya Ekamasova and Aleksei Serebryakov play Nikolai and Galina, respectively.",
                default_kb)
    assert ("nikolai-zakharov", "darya-ekamasova", "refuted") in got


def test_invented_names_in_the_lists_are_never_refuted(default_kb):
    assert not any(v == "refuted" for _c, _a, v in pairs(
        "Jane Roe and John Doe play the sisters, Maren and Olga.", default_kb))
