"""A craft's title said in passing of a person on the film in focus ("cinematographer Jane
Roe") is refuted when the film's credit for that craft is whole in the KB and every crew credit
the KB holds of the person is another craft of that film: the title can only be her job there,
misnamed (verify/people.py `_wrong_craft`). A craft whose credit is not whole, or a person with
credits elsewhere, is left open. Sentences written for these tests; the credits are the default
KB's (Anora: its director of photography, editor and casting director credits are whole; its
production designer and composer credits are not)."""
from __future__ import annotations

import pytest

import reelcheck


def crew(text, kb):
    return [(c.predicate, c.slots.get("person"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


@pytest.mark.parametrize("text, pred, person", [
    ("Anora hit theaters in October. Cinematographer Stephen Phelps built the mansion set.",
     "director_of_photography", "stephen-phelps"),
    ("Anora hit theaters in October. Editor Drew Daniels trimmed the wedding night.",
     "film_editor", "drew-daniels"),
    ("Anora hit theaters in October. Casting director Matthew Hearon-Smith found its lead.",
     "casting_director", "matthew-hearon-smith"),
])
def test_a_craft_misnamed_on_the_film_in_focus_is_refuted(default_kb, text, pred, person):
    assert (pred, person, "refuted") in crew(text, default_kb)


@pytest.mark.parametrize("text", [
    "Anora hit theaters in October. Cinematographer Drew Daniels lit the mansion.",
    "Anora hit theaters in October. Production designer Stephen Phelps built the mansion set.",
])
def test_the_true_craft_is_supported(default_kb, text):
    got = crew(text, default_kb)
    assert got and all(v == "supported" for _p, _w, v in got)


@pytest.mark.parametrize("text", [
    # the production designer and composer credits are not whole in the KB
    "Anora hit theaters in October. Production designer Drew Daniels dressed the mansion.",
    "Anora hit theaters in October. Composer Drew Daniels wrote the theme.",
    # a person the KB credits on other films may be named by another job of his
    "Anora hit theaters in October. Cinematographer Sean Baker framed the last shot.",
    # no film in focus: two are named
    "Anora and Tangerine are both Baker films. Editor Drew Daniels worked on them.",
])
def test_no_refute_without_a_whole_credit_and_a_craft_of_this_film(default_kb, text):
    assert all(v != "refuted" for _p, _w, v in crew(text, default_kb))
