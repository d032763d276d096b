"""A plain film noun said of a named film by a copula, with its maker after "by"/"from"
("Tangerine is a 2015 film by X"), names the film's director: support only (an actor's or a
producer's film is not "a film by" them, so a credit of another kind never supports it, and
nothing is refuted). A year on the noun is a slot of the credit. A noun that says which of the
maker's films it is ("the latest film by X") is left unread. Sentences written for these
tests; facts from the default KB (Sean Baker directed Tangerine, 2015; Yura Borisov acted in
Compartment No. 6)."""
from __future__ import annotations

import reelcheck


def crew(text, kb):
    return [(c.predicate, c.slots.get("person"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


def test_a_film_by_its_director(default_kb):
    assert crew("Tangerine is a 2015 film by Sean Baker.", default_kb) == [
        ("director", "sean-baker", "supported")]
    # an actor's film is not a film by them; which of the maker's films is left unread
    got = reelcheck.check("Compartment No. 6 is a film by Yura Borisov.", kb=default_kb).claims
    assert all(c.verdict != "supported" for c in got)
    assert crew("Tangerine is the newest film by Sean Baker.", default_kb) == []


def test_the_year_on_the_noun_is_checked(default_kb):
    assert crew("Tangerine is a 2019 film by Sean Baker.", default_kb) == [
        ("director", "sean-baker", "not_enough_info")]
