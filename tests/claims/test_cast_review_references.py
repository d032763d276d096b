"""Review prose names a part by reference: a pronoun for the character just introduced ("Mikey
Madison plays her"), a relation noun with no owner ("Serebryakov plays the father"), and a
relation set off after the part by a comma that the parser hangs on the verb ("plays Toros,
Vanya's godfather"). Sentences are written for these tests; the facts are the default KB's
Anora cast and story ties (Nikolai is Vanya's father, Galina his mother, Toros his
godfather)."""
from __future__ import annotations

import pytest
import reelcheck

LEAD = "Anora is a 2024 film by Sean Baker. "


def found(text, kb, category=None):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [(c.category, c.slots.get("kind"), c.verdict) for c in r.claims
            if c.start >= len(LEAD) and (category is None or c.category == category)]


def played(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [(c.subject.id, c.verdict) for c in r.claims
            if c.start >= len(LEAD) and c.slots.get("kind") == "played_by"]


# -- a pronoun for the character the paragraph last named, of the player's gender ------------
# (each true sentence with a one-slot mutant: the mutant is never confirmed, nor refuted on a
# pronoun's reading)
@pytest.mark.parametrize("text, char, mutant", [
    ("Its heroine is Ani, a dancer who hustles for tips. Mikey Madison, who took the Oscar "
     "for the part, plays her with fury.", "anora-mikheeva",
     # the pronoun's gender is not the actor's
     "Its heroine is Ani, a dancer who hustles for tips. Mikey Madison plays him with fury."),
    ("Ani falls for Vanya, a rich boy on a bender. Mark Eydelshteyn plays him as an "
     "overgrown puppy.", "ivan-zakharov",
     # the last character of that gender is not the actor's part
     "Ani falls for Vanya, a rich boy on a bender. Yura Borisov plays him as a puppy."),
    # the latest character of the pronoun's gender, past one of the other gender
    ("Vanya hires Ani for the week. Eydelshteyn plays him with a grin.", "ivan-zakharov",
     # nothing named before it in the paragraph
     "Mark Eydelshteyn plays him with a grin."),
])
def test_a_pronoun_part_is_the_last_named_character_of_its_gender(text, char, mutant,
                                                                   default_kb):
    assert played(text, default_kb) == [(char, "supported")], text
    assert played(mutant, default_kb) == [], mutant


# -- a relation noun with no owner: the one character the story gives that tie ---------------
@pytest.mark.parametrize("text, char, mutant", [
    ("Aleksei Serebryakov plays the father, a man who has never been told no.",
     "nikolai-zakharov",
     "Yura Borisov plays the father, a man who has never been told no."),
    ("As for the parents, Darya Ekamasova plays the mother with icy precision.",
     "galina-zakharova",
     "As for the parents, Mikey Madison plays the mother with icy precision."),
    ("Karren Karagulian, as the harried godfather, gets the film's biggest laughs.",
     "toros",
     "Mark Eydelshteyn, as the harried godfather, gets the film's biggest laughs."),
])
def test_the_father_is_the_storys_one_father(text, char, mutant, default_kb):
    assert played(text, default_kb) == [(char, "supported")], text
    # a reading of "the father", not a name: another player is no claim of the part
    assert played(mutant, default_kb) == [], mutant


# -- a relation set off by a comma after the part, hung on the verb ---------------------------
@pytest.mark.parametrize("text, mutant", [
    ("Karren Karagulian plays Toros, Vanya's godfather, with weary comic timing.",
     "Karren Karagulian plays Toros, Vanya's father, with weary comic timing."),
    ("Karren Karagulian is terrific as Toros, Vanya's godfather, a priest with places to be.",
     "Karren Karagulian is terrific as Toros, Vanya's father, a priest with places to be."),
])
def test_a_set_off_relation_after_the_part(text, mutant, default_kb):
    got = found(text, default_kb, "plot")
    assert ("plot", "relation", "supported") in got, (text, got)
    got = found(mutant, default_kb, "plot")
    assert ("plot", "relation", "refuted") in got, (mutant, got)


# -- a pronoun as the part of a passive cast clause or of a fronted participle -----------------
@pytest.mark.parametrize("text, char, mutant", [
    ("Igor barely says a word all film. Played by Yura Borisov, he is the one who listens.",
     "igor",
     "Igor barely says a word all film. Played by Mark Eydelshteyn, he is the one who listens."),
    ("Ani never backs down from a fight. She is played by Mikey Madison.", "anora-mikheeva",
     "Ani never backs down from a fight. She is played by Darya Ekamasova's co-star Yura "
     "Borisov."),
])
def test_a_pronoun_part_of_a_passive_or_fronted_cast_clause(text, char, mutant, default_kb):
    assert played(text, default_kb) == [(char, "supported")], text
    assert played(mutant, default_kb) == [], mutant
