""""X followed A with B": a succession verb whose person subject made its object says B came
right after A among that person's films (the reading "A, X's follow-up to ..." gets). Sentences
written for these tests; facts from the default KB (Sean Baker: Tangerine 2015, The Florida
Project 2017, Red Rocket 2021, Anora 2024)."""
from __future__ import annotations

import pytest

import reelcheck


def rows(text, kb):
    return [(c.slots.get("work"), c.slots.get("after"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]


@pytest.mark.parametrize("text, row", [
    ("Sean Baker followed Tangerine with The Florida Project.",
     ("the-florida-project", "tangerine", "supported")),
    ("Baker followed up Red Rocket with Anora.", ("anora-2024-film", "red-rocket", "supported")),
    ("Baker followed Tangerine with Red Rocket.", ("red-rocket", "tangerine", "refuted")),
    ("Sean Baker followed Red Rocket with The Florida Project.",
     ("the-florida-project", "red-rocket", "refuted")),
])
def test_the_later_work_is_placed_after_the_object(default_kb, text, row):
    assert row in rows(text, default_kb)


def test_an_actor_s_films_are_not_placed(default_kb):
    got = rows("Mikey Madison followed Scream with Anora.", default_kb)
    assert got and all(v == "not_enough_info" for _w, _a, v in got)


def test_no_maker_no_succession(default_kb):
    claims = reelcheck.check("Audiences followed Tangerine with interest.", kb=default_kb).claims
    assert not [c for c in claims if c.slots.get("after")]
