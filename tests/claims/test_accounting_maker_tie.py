"""Whose film a sentence says it is -- a possessor ("Ron Howard's Gladiator"), a noun set
beside the title ("Gladiator, Ron Howard's epic", "the Ron Howard film Gladiator", "Anora, the
latest from X"), a lone surname ("Howard's Gladiator"), a name in brackets with the film's year
("Gladiator (Ridley Scott, 2000)") -- is a slot held only by the KB tying the person to the film:
a director's nomination for it, a producer on its Best Picture, a credit, a prize. The Oscar
record names most directors only through such a nomination, so a KB without a director fact
for the film no longer lets any name pass; an untied name leaves the claim open, never refuted.

Sentences written for these tests; facts from the Academy's record in the default KB."""
from __future__ import annotations

import pytest

import reelcheck


def claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category in ("award", "count")]


@pytest.mark.parametrize("right, wrong, who", [
    ("Ridley Scott's Gladiator won Best Picture at the 2001 Oscars.",
     "Ron Howard's Gladiator won Best Picture at the 2001 Oscars.", "Ron Howard"),
    ("James Cameron's Titanic won 11 Academy Awards.",
     "Ridley Scott's Titanic won 11 Academy Awards.", "Ridley Scott"),
    ("Francis Ford Coppola's The Godfather won Best Picture at the 45th Academy Awards.",
     "Martin Scorsese's The Godfather won Best Picture at the 45th Academy Awards.",
     "Martin Scorsese"),
    ("Ben Affleck's Argo took Best Picture.",          # a producer of its Best Picture
     "Chloé Zhao's Argo took Best Picture.", "Chloé Zhao"),
    ("Greta Gerwig's Lady Bird was nominated for Best Picture.",
     "Jordan Peele's Lady Bird was nominated for Best Picture.", "Jordan Peele"),
    ("Kathryn Bigelow's The Hurt Locker beat Avatar for Best Picture.",
     "Kathryn Bigelow's Avatar lost Best Picture.", "Kathryn Bigelow"),
])
def test_a_possessor_the_record_does_not_tie_to_the_film_is_open(default_kb, right, wrong, who):
    ok, got = claims(right, default_kb), claims(wrong, default_kb)
    assert ok and all(c.verdict == "supported" for c in ok)
    assert got and all(c.verdict == "not_enough_info" for c in got)
    assert any(who in (c.slots.get("unjudged") or ()) for c in got)


@pytest.mark.parametrize("right, wrong", [
    ("Gladiator, Ridley Scott's sword-and-sandal epic, won Best Picture.",
     "Gladiator, Ron Howard's sword-and-sandal epic, won Best Picture."),
    ("The Ridley Scott film Gladiator won Best Picture.",
     "The Ron Howard film Gladiator won Best Picture."),
    ("Anora, the latest from Sean Baker, won the Palme d'Or.",
     "Anora, the latest from Brady Corbet, won the Palme d'Or."),
])
def test_a_maker_said_beside_the_title_is_the_same_slot(default_kb, right, wrong):
    assert [c.verdict for c in claims(right, default_kb)] == ["supported"]
    assert [c.verdict for c in claims(wrong, default_kb)] == ["not_enough_info"]


@pytest.mark.parametrize("right, wrong", [
    ("Scott's Oscar-winning Gladiator won Best Picture.",
     "Howard's Oscar-winning Gladiator won Best Picture."),
    ("Hitchcock's Rebecca won Best Picture.", "Wyler's Rebecca won Best Picture."),
])
def test_a_lone_surname_owning_the_film_is_held_by_its_people(default_kb, right, wrong):
    assert {c.verdict for c in claims(right, default_kb)} == {"supported"}
    assert {c.verdict for c in claims(wrong, default_kb)} == {"not_enough_info"}
    # (a word no KB person bears, a studio's possessive, is read as before)
    got = claims("Lionsgate's La La Land won six Oscars.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_bracketed_credit_with_the_film_s_year(default_kb):
    ok = claims("Gladiator (Ridley Scott, 2000) won Best Picture.", default_kb)
    wrong = claims("Gladiator (Ron Howard, 2000) won Best Picture.", default_kb)
    assert [c.verdict for c in ok] == ["supported"]
    assert [c.verdict for c in wrong] == ["not_enough_info"]
