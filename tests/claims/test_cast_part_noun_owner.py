"""A noun of a played part ("turn", "role", "performance") with an 'as' phrase names its player
as its possessor, whatever clause the noun sits in: "A's turn as X, ..., is the film's secret
weapon" says A plays X. A possessive pronoun ("her turn as X") stands for the actor the passage
is about, a reading that may support, never refute. Sentences are written for these tests; the
facts are the default KB's Anora cast."""
from __future__ import annotations

import reelcheck


def parts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.subject.id, c.verdict) for c in r.claims if c.predicate == "played_by"]


def test_a_possessed_turn_with_the_wrong_part_is_refuted(default_kb):
    text = ("Anora is set in Brooklyn. Lindsey Normington's turn as Lulu, a dancer at the "
            "club, is brief but sharp.")
    assert parts(text, default_kb) == [("lulu", "refuted")]


def test_a_possessed_role_with_the_right_part_is_supported(default_kb):
    text = ("In Anora, Karren Karagulian's role as Toros, the gruff fixer, was written "
            "with him in mind.")
    assert parts(text, default_kb) == [("toros", "supported")]


def test_the_possessor_not_another_person_of_the_clause_is_the_player(default_kb):
    # the clause's own subject (Baker) is not who plays the part
    text = ("In Anora, Sean Baker praised Karren Karagulian's turn as Igor, the "
            "family's fixer.")
    assert parts(text, default_kb) == [("igor", "refuted")]


def test_a_pronoun_owner_supports_and_never_refutes(default_kb):
    right = ("Anora belongs to Mikey Madison. Her turn as Ani, the dancer at its centre, "
             "is fearless.")
    wrong = ("Anora belongs to Mikey Madison. Her turn as Lulu, a dancer from the club, "
             "is fearless.")
    assert parts(right, default_kb) == [("anora-mikheeva", "supported")]
    assert "refuted" not in {v for _, v in parts(wrong, default_kb)}


def test_a_hyphen_split_co_star_verb_takes_its_subject(default_kb):
    # the parser splits "co-stars" and hangs "stars" (and its 'as' phrase) on the prefix
    wrong = "Anora is a comedy. Lindsey Normington co-stars as Lulu, a dancer at the club."
    right = "Anora is a comedy. Luna Sofía Miranda co-stars as Lulu, a dancer at the club."
    assert parts(wrong, default_kb) == [("lulu", "refuted")]
    assert parts(right, default_kb) == [("lulu", "supported")]


def test_whose_part_is_the_antecedents(default_kb):
    right = ("Anora is a comedy. Karren Karagulian, whose Toros is a priest as well as a "
             "fixer, gets the biggest laughs.")
    wrong = ("Anora is a comedy. Also in the cast is Luna Sofía Miranda, whose character "
             "Diamond is Ani's rival.")
    assert parts(right, default_kb) == [("toros", "supported")]
    assert parts(wrong, default_kb) == [("diamond", "refuted")]


def test_whose_part_of_a_maker_is_no_casting(default_kb):
    text = "Anora is a comedy. Sean Baker, whose Ani is a dancer, wrote it."
    assert parts(text, default_kb) == []


def test_a_pronoun_owner_that_can_only_be_the_clauses_subject(default_kb):
    wrong = "Anora is a comedy. Yura Borisov, with his turn as Garnick, adds a quiet menace."
    right = "Anora is a comedy. Yura Borisov adds a quiet menace with his turn as Igor."
    assert parts(wrong, default_kb) == [("garnick", "refuted")]
    assert parts(right, default_kb) == [("igor", "supported")]


def test_a_pronoun_owner_of_another_gender_or_among_two_people_never_refutes(default_kb):
    other_gender = "Anora is a comedy. Mikey Madison adds a quiet menace with his turn as Garnick."
    two_people = ("Anora is a comedy. Sean Baker says Yura Borisov adds menace with his turn "
                  "as Garnick.")
    for text in (other_gender, two_people):
        assert "refuted" not in {v for _, v in parts(text, default_kb)}
