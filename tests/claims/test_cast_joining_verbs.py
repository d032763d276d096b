"""A verb of joining, rounding out or leading a cast (lexicon `cast.joining_verbs`) says its
people are in that cast: its subject, its object, its agent, its 'with' phrase, and the names a
copula it fronts presents ("Rounding out the cast are A and B") (claims/cast.py
`_joined_cast`). Each is a member claim, which can only be confirmed. Sentences written for
these tests; the casts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def members(text, kb):
    return sorted((c.slots.get("subject"), c.slots.get("work"), c.verdict)
                  for c in reelcheck.check(text, kb=kb).claims
                  if c.category == "cast" and c.predicate == "notable_work")


@pytest.mark.parametrize("text, people", [
    ("Rounding out the cast of Anora are Yura Borisov and Karren Karagulian.",
     ["karren-karagulian", "yura-borisov"]),
    ("Filling out the cast of Anora are Vache Tovmasyan and Karren Karagulian.",
     ["karren-karagulian", "vache-tovmasyan"]),
    ("Joining Mikey Madison in the cast of Anora are Mark Eydelshteyn and Yura Borisov.",
     ["mark-eydelshteyn", "mikey-madison", "yura-borisov"]),
    ("Led by Mikey Madison, the cast of Anora includes Yura Borisov.",
     ["mikey-madison", "yura-borisov"]),
    ("The cast of Anora is rounded out by Yura Borisov and Karren Karagulian.",
     ["karren-karagulian", "yura-borisov"]),
    ("Listicle time: Mark Eydelshteyn and Yura Borisov round out Anora's ensemble.",
     ["mark-eydelshteyn", "yura-borisov"]),
    ("Mikey Madison, who heads the cast of Anora, is only 25.", ["mikey-madison"]),
])
def test_the_people_of_a_joining_verb_are_in_the_cast(default_kb, text, people):
    assert members(text, default_kb) == [(x, "anora-2024-film", "supported") for x in people]


def test_the_one_who_rounded_out_the_cast_is_not_in_it(default_kb):
    got = members("Sean Baker rounded out the cast of Anora with Yura Borisov.", default_kb)
    assert got == [("yura-borisov", "anora-2024-film", "supported")]


@pytest.mark.parametrize("text", [
    "Sean Baker led the cast and crew of Anora up the steps at Cannes.",
    "Mikey Madison has joined the cast of Sean Baker's next feature.",
    "Mikey Madison joined an ensemble of unknowns.",
])
def test_no_member_without_a_definite_cast_of_the_film(default_kb, text):
    assert members(text, default_kb) == []


def test_another_film_s_cast_does_not_confirm(default_kb):
    assert members("Rounding out the cast of Tangerine is Mikey Madison.", default_kb) in (
        [], [("mikey-madison", "tangerine", "not_enough_info")])


def test_a_bare_cast_after_the_one_film_of_the_sentence_is_its_cast(default_kb):
    got = members("Anora stars Mikey Madison; rounding out the cast are Yura Borisov and "
                  "Karren Karagulian.", default_kb)
    assert ("yura-borisov", "anora-2024-film", "supported") in got
    assert ("karren-karagulian", "anora-2024-film", "supported") in got


def test_a_joined_member_whose_part_is_named_is_said_by_the_pair(default_kb):
    claims = reelcheck.check("Anora is Baker's eighth feature. Rounding out the ensemble, Yura "
                             "Borisov, who plays Igor, is a Russian star.", kb=default_kb).claims
    cast = [(c.predicate, c.verdict) for c in claims if c.category == "cast"]
    assert cast == [("played_by", "supported")]
