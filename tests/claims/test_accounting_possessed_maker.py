"""A person's possessive on a film title another claim is about ("Brady Corbet's Anora won the
Palme d'Or") says whose film it is: a slot of that claim. It is judged when the KB ties the
person to the film (a credit, a prize for it, a career note on it); else the claim is left
open rather than supported on its other words. Sentences written for these tests; facts from
the default KB (Anora: Sean Baker's; Amour: Michael Haneke's). The maker after a film noun in
apposition ("Anora, the new film by X") is the same slot."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text", [
    "Brady Corbet's Anora won the Palme d'Or.",
    "Sean Baker's Amour won the Palme d'Or.",
    "Anora, the new film by Brady Corbet, won the Palme d'Or.",
    "Anora, the latest feature from Brady Corbet, premiered at Cannes.",
    "Anora, a Brady Corbet film, won the Palme d'Or.",
])
def test_a_maker_the_kb_does_not_tie_to_the_film_leaves_it_open(default_kb, text):
    got = verdicts(text, default_kb)
    assert got and all(v == "not_enough_info" for _c, v in got)


def test_a_director_title_on_the_possessor_states_the_credit(default_kb):
    # the title says which credit the possessive is: the film's full director credit
    # refutes it (tests/claims/test_crew_title_on_the_films_possessor.py)
    got = verdicts("Director Brady Corbet's Anora took Best Picture.", default_kb)
    assert ("crew", "refuted") in got


@pytest.mark.parametrize("text", [
    "Sean Baker's Anora won the Palme d'Or.",
    "Michael Haneke's Amour won the Palme d'Or.",
    "Writer-director Sean Baker's Anora took Best Picture.",
    "Anora, the new film by Sean Baker, won the Palme d'Or.",
    "Anora, a Sean Baker film, won the Palme d'Or.",
])
def test_the_film_s_own_maker_is_judged(default_kb, text):
    assert ("award", "supported") in verdicts(text, default_kb)
    assert "refuted" not in [v for _c, v in verdicts(text, default_kb)]
