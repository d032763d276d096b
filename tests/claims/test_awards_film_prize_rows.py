"""Under a heading over a list of a prize given to films (Best Picture winners), a row
"Year – Film (Person)" is a win of the film: the person beside it is the film's credit, held by
the KB tying them to the film (a director's nomination for it, a producer's Best Picture), never
the winner. A name in brackets after a film's title in prose is the same slot.

Sentences written for these tests; facts from the Academy's record in the default KB."""
from __future__ import annotations

import pytest

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


@pytest.mark.parametrize("row, film", [
    ("2010 – The Hurt Locker (Kathryn Bigelow)", "the-hurt-locker"),
    ("2013 – Argo (Ben Affleck)", "argo"),           # a producer, no director's nomination
    ("2017 – Moonlight (Barry Jenkins)", "moonlight"),
])
def test_a_best_picture_row_is_the_films_win(default_kb, row, film):
    got = awards(f"Every Best Picture winner of the 2010s\n\n{row}\n", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].subject.id.startswith(film)


def test_a_losing_film_in_such_a_row_is_refuted_as_the_film(default_kb):
    got = awards("Best Picture winners of the decade\n\n2017 – La La Land (Damien Chazelle)\n",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert got[0].subject.id.startswith("la-la-land")
    assert "Moonlight" in got[0].explanation


@pytest.mark.parametrize("right, wrong", [
    ("2017 – Moonlight (Barry Jenkins)", "2017 – Moonlight (Damien Chazelle)"),
    ("2011 – The King's Speech (Tom Hooper)", "2011 – The King's Speech (Michel Hazanavicius)"),
])
def test_the_person_beside_the_film_is_a_slot(default_kb, right, wrong):
    ok = awards(f"Best Picture winners of the 2010s\n\n{right}\n", default_kb)
    got = awards(f"Best Picture winners of the 2010s\n\n{wrong}\n", default_kb)
    assert [c.verdict for c in ok] == ["supported"]
    assert "directed by" not in ok[0].explanation   # (the film's win, not the director's)
    assert got and all(c.verdict == "not_enough_info" for c in got)


def test_a_bracketed_director_after_a_film_in_prose_is_checked(default_kb):
    ok = awards("Gladiator (Ridley Scott) won Best Picture at the 2001 Oscars.", default_kb)
    wrong = awards("Gladiator (Ron Howard) won Best Picture at the 2001 Oscars.", default_kb)
    assert [c.verdict for c in ok] == ["supported"]
    assert [c.verdict for c in wrong] == ["not_enough_info"]
