"""A show's prize said to be of a class of its categories -- by a class word on the prize noun
("an acting Oscar", "a writing Oscar") or by the craft of the making its "for" names ("an Oscar
for writing X", "for shooting X") -- is met only by a prize of that class: another category the
same person (or film) won that night does not bear it out, and with the night's winners all
known (the Oscar record is complete per ceremony and category) none of the class refutes it.
Sentences written for these tests; facts of the default KB's Oscar record (Nolan's 96th-ceremony
wins were Best Director and Best Picture, his Adapted Screenplay nomination lost; Baker's 97th
wins include Original Screenplay and Film Editing; Conclave's one win was Adapted Screenplay;
Borisov's one nomination was Supporting Actor)."""
from __future__ import annotations

import pytest

from tests.helpers.award_claims import only_award


@pytest.mark.parametrize("text", [
    "The director went home with an Oscar for writing Oppenheimer, Christopher Nolan said.",
    "Christopher Nolan picked up an Oscar for shooting Oppenheimer.",
    "Christopher Nolan collected an acting Oscar for Oppenheimer.",
    "At the 96th Academy Awards, Christopher Nolan took an acting Oscar.",
    "Kieran Culkin collected an Oscar for writing A Real Pain.",
    "Sean Baker earned an Oscar for scoring Anora.",
    "Conclave picked up an acting Oscar.",
])
def test_a_prize_of_another_class_that_night_is_refuted(text, default_kb):
    c = only_award(text, default_kb)
    assert c.verdict == "refuted", (c.text, c.explanation)


def test_a_nomination_of_another_class_is_refuted(default_kb):
    c = only_award("Yura Borisov was nominated for an Oscar for writing Anora.", default_kb)
    assert c.verdict == "refuted", (c.text, c.explanation)
    assert "Supporting Actor" in c.explanation


@pytest.mark.parametrize("text, category", [
    ("Sean Baker picked up an Oscar for writing Anora.", "Original Screenplay"),
    ("Sean Baker picked up an Oscar for producing Anora.", "Best Picture"),
    ("Hoyte van Hoytema took an Oscar for shooting Oppenheimer.", "Cinematography"),
    ("Cillian Murphy took home an acting Oscar for Oppenheimer.", "Best Actor"),
    ("Conclave picked up a writing Oscar.", "Adapted Screenplay"),
    ("Sean Baker won a writing Oscar for Anora.", "Original Screenplay"),
])
def test_a_prize_of_the_class_is_supported_by_that_category(text, category, default_kb):
    c = only_award(text, default_kb)
    assert c.verdict == "supported", (c.text, c.explanation)
    assert category in c.explanation, c.explanation


def test_a_bare_writing_prize_is_no_title_writing_prize(default_kb):
    # "writing" is a class (screenplays, story, the first ceremony's title writing), not the
    # one category whose label holds the word
    c = only_award("Christopher Nolan won a writing Oscar for Oppenheimer.", default_kb)
    assert c.verdict == "refuted", (c.text, c.explanation)
    assert "Title Writing" not in c.explanation, c.explanation


def test_a_year_said_with_the_class_leaves_it_open(default_kb):
    # a year may be the films' (the ceremony is the year after): no edition to hold it against
    c = only_award("Christopher Nolan took an acting Oscar for Oppenheimer in 2023.", default_kb)
    assert c.verdict != "supported", (c.text, c.explanation)


def test_a_prize_no_craft_names_leaves_the_class_open(default_kb):
    # a documentary's or an animated feature's prize goes to makers of several crafts (its
    # director, producer, cinematographer): the class said is neither met nor refuted there
    c = only_award("Jimmy Chin collected an acting Oscar for Free Solo.", default_kb)
    assert c.verdict == "not_enough_info", (c.text, c.explanation)
    c = only_award("Pete Docter picked up an Oscar for producing Soul.", default_kb)
    assert c.verdict != "refuted", (c.text, c.explanation)
