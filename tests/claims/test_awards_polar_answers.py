"""A yes/no question answered by a bare "Yes" or "No" ("Did X win Y? Yes, in 2019.") asserts
or denies the question's clause: the question and the answer are read as one text (claims/
parse.py, _polar_answered; lexicon qualifiers polar_question_words, polar_answers) and the
frame of the verb the opening auxiliary inverts is asserted, negated by "No" (claims/frames.py,
_answered). A clause under that verb ("Did anyone expect X to win?") is not what the answer
says. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _claims(rep):
    return [(c.verdict, c.text, c.explanation) for c in rep.claims]


def test_a_yes_with_the_right_year_is_supported(default_kb):
    rep = reelcheck.check("Did Titane take the Palme d'Or?\nYes, in 2021.", kb=default_kb)
    got = _claims(rep)
    assert got and got[0][0] == "supported" and "74th" in got[0][2], got


def test_a_yes_with_a_wrong_year_is_refuted(default_kb):
    rep = reelcheck.check("Did Titane take the Palme d'Or?\nYes, in 2022.", kb=default_kb)
    got = _claims(rep)
    assert got and got[0][0] == "refuted" and "Triangle of Sadness" in got[0][2], got


def test_a_no_denies_the_question(default_kb):
    rep = reelcheck.check("Did The Irishman win Best Picture at the 92nd Academy Awards?\nNo.",
                          kb=default_kb)
    got = _claims(rep)
    assert got and got[0][0] == "supported" and "Parasite" in got[0][2], got
    rep = reelcheck.check("Did Parasite win Best Picture at the 92nd Academy Awards?\nNo.",
                          kb=default_kb)
    got = _claims(rep)
    assert got and got[0][0] == "refuted", got


def test_an_answer_about_a_clause_under_the_question_verb_says_nothing(default_kb):
    rep = reelcheck.check("Did critics expect Parasite to win Best Picture at the 92nd Academy "
                          "Awards?\nNo.", kb=default_kb)
    assert not [c for c in rep.claims if c.verdict == "refuted"], _claims(rep)


def test_a_no_before_a_clause_of_its_own_denies_the_question_alone(default_kb):
    rep = reelcheck.check("Did The Holdovers win Best Picture at the 96th Academy Awards?\n"
                          "\nNo. It won one Oscar, for Best Supporting Actress.", kb=default_kb)
    got = _claims(rep)
    assert not [c for c in got if c[0] == "refuted"], got
    assert any(v == "supported" and "Oppenheimer" in e for v, _, e in got), got


def test_a_yes_that_lists_several_films_asserts_the_question_alone(default_kb):
    rep = reelcheck.check("Q: Has Daniel Day-Lewis won three Oscars?\nA: Yes, for My Left Foot, "
                          "There Will Be Blood and Lincoln.", kb=default_kb)
    got = _claims(rep)
    assert got and got[0][0] == "supported" and "in all" in got[0][2], got
