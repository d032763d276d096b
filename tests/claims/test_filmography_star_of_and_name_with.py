"""Credit words of the lexicon's filmography section: "the star of X" (and "the lead of X")
credits the person the noun is said of with X; "made his name with X" credits its subject.
Sentences written for these tests; facts from the default KB (Yura Borisov: Compartment No. 6;
Sean Baker: Tangerine; neither holds a credit on Leviathan)."""
from __future__ import annotations

from credit_claims import credits


def test_the_star_of_a_film_in_apposition(default_kb):
    got = credits("Yura Borisov, the star of Compartment No. 6, plays a henchman.", default_kb)
    assert ("yura-borisov", "compartment-no-6", "supported") in got


def test_the_star_of_a_film_after_a_copula(default_kb):
    got = credits("Yura Borisov is the star of Leviathan.", default_kb)
    assert got and all(v != "supported" for _, _, v in got)


def test_made_his_name_with_a_film(default_kb):
    got = credits("Sean Baker made his name with Tangerine.", default_kb)
    assert ("sean-baker", "tangerine", "supported") in got
