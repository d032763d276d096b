"""A prize a festival gives only to films of its main competition (`festivals.
competition_prizes`: the Palme d'Or) says where the film played: at the edition it won it, in
the main competition. So a section the sentence gives a premiere the KB holds without one is
decided ("premiered in competition" supported, "out of competition" refuted), and a
screening the KB does not list is supported at the edition of the win (in its year, in a month
the edition ran in). Before, all of these were not_enough_info. Sentences written for these
tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _festival(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "festival"]


# (a sentence the win decides, a near one it does not: another year or month, another section
# with the edition left open)
@pytest.mark.parametrize("text, near", [
    ("Bong Joon Ho's Parasite premiered in competition at the 72nd Cannes Film Festival.",
     "Taxi Driver screened in Cannes Classics at Cannes."),
    ("Michael Haneke's Amour screened in the main competition at Cannes in 2012.",
     "Amour screened at Cannes in 2011."),
    ("Anatomy of a Fall played at Cannes in May 2023.",
     "Anatomy of a Fall played at Cannes in June 2023."),
    ("Taxi Driver was shown in competition at Cannes in 1976.",
     "Taxi Driver was shown in competition at Cannes in 2016."),
])
def test_a_win_of_a_competition_prize_places_the_film(text, near, default_kb):
    got = _festival(text, default_kb)
    assert got and all(v == "supported" for v, _ in got), got
    got = _festival(near, default_kb)
    assert all(v == "not_enough_info" for v, _ in got), (near, got)


@pytest.mark.parametrize("text", [
    "Parasite premiered out of competition at the 72nd Cannes Film Festival.",
    "Parasite had its world premiere in Un Certain Regard at Cannes in 2019.",
])
def test_another_section_for_the_premiere_is_refuted(text, default_kb):
    got = _festival(text, default_kb)
    assert got and all(v == "refuted" for v, _ in got), got
