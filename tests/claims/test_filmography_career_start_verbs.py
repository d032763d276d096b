"""Verbs of a career's start and of working with someone name a credit, as "starred in" does:
"broke through with Tangerine", "first got noticed in Scream", "Baker noticed him in
Compartment No. 6", "worked with Baker on Red Rocket", "reunited with him for Starlet" (the
lexicon's filmography `credit_verbs`). Sentences written for these tests; the credits are the
default KB's."""
from __future__ import annotations

import pytest

from tests.helpers.credit_claims import credits


@pytest.mark.parametrize("text, who, work", [
    ("Baker broke through with Tangerine.", "sean-baker", "tangerine"),
    ("Madison first got noticed in Once Upon a Time in Hollywood.", "mikey-madison",
     "once-upon-a-time-in-hollywood"),
    ("Borisov is Igor. Baker first noticed him in Compartment No. 6.", "yura-borisov",
     "compartment-no-6"),
    ("Karagulian previously worked with Baker on Tangerine.", "karren-karagulian", "tangerine"),
    ("Sean Baker reunited with Karagulian for Starlet.", "sean-baker", "starlet"),
    ("Borisov's breakthrough came with Compartment No. 6.", "yura-borisov", "compartment-no-6"),
    ("Madison's big break came with Once Upon a Time in Hollywood.", "mikey-madison",
     "once-upon-a-time-in-hollywood"),
])
def test_a_career_verb_credits_its_subject(default_kb, text, who, work):
    assert (who, work, "supported") in credits(text, default_kb)


def test_a_work_the_person_was_not_on_is_left_open(default_kb):
    got = credits("Mikey Madison worked on Tangerine.", default_kb)
    assert got and all(v == "not_enough_info" for _, _, v in got)


def test_a_debut_is_not_read_as_a_plain_credit(default_kb):
    # the first it states is the claim; the credit alone would support a wrong debut
    assert credits("Baker made his feature debut in Tangerine.", default_kb) == []
