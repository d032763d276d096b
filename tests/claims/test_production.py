"""Production and other facts: how a film was made, financed and sold, and what the KB's sourced
notes say about the people who made it.

Sentences are written for these tests; the facts are the default KB's (Anora's notes: Mikey
Madison took Russian lessons to prepare; Mark Eydelshteyn was recommended by Yura Borisov;
Karren Karagulian quit acting in 2017). Names the KB lacks (Ilse Varga) are invented.
"""
from __future__ import annotations

import reelcheck


def claims(text, kb, lead=""):
    r = reelcheck.check(lead + text, kb=kb)
    return [c for c in r.claims if c.start >= len(lead)]


def noted(text, kb, lead=""):
    return [(c.text, c.verdict) for c in claims(text, kb, lead) if c.predicate == "statement"]


# -- a clause borrows the subject the parse gives its verb -------------------------------------
def test_a_conjunct_verb_is_said_of_the_subject_of_the_clause_before_it(default_kb):
    lead = "Mikey Madison landed the lead in Anora. "
    got = noted("She moved to Brooklyn for a while and took Russian lessons.", default_kb, lead)
    assert [v for t, v in got if "Russian lessons" in t] == ["supported"]


def test_a_name_the_kb_lacks_lends_no_note_to_its_conjunct(default_kb):
    lead = "Ilse Varga landed a part in a Danish drama. "
    assert noted("She moved to Brooklyn for a while and took Russian lessons.",
                 default_kb, lead) == []
    assert noted("Ilse Varga, a Danish stage actress, moved to Brooklyn and took Russian "
                 "lessons.", default_kb) == []


def test_a_subject_named_in_another_clause_binds_the_predicate_after_an_aside(default_kb):
    got = noted("Mark Eydelshteyn, who grew up far from Moscow, was recommended by Yura "
                "Borisov.", default_kb)
    assert [v for t, v in got] == ["supported"] and got[0][0].startswith("was recommended")


def test_a_borrowed_subject_speaks_only_for_a_note_about_it(default_kb):
    # the note is about Eydelshteyn (recommended by Borisov): the roles swapped say something
    # else, which the note does not support
    assert noted("Yura Borisov, who grew up far from Moscow, was recommended by Mark "
                 "Eydelshteyn.", default_kb) == []


def test_a_pronoun_elsewhere_in_the_sentence_means_the_person_a_note_is_about(default_kb):
    lead = "Mikey Madison was cast in Anora. "
    got = noted("Baker wrote the title role for her and offered it without an audition.",
                default_kb, lead)
    assert ("and offered it without an audition", "supported") in got


def test_a_number_the_note_does_not_hold_is_not_supported(default_kb):
    lead = "Karren Karagulian acted for years. "
    assert [v for _t, v in noted("In 2017 he quit acting and sold home furnishings.",
                                 default_kb, lead)] == ["supported"]
    assert noted("In 2019 he quit acting and sold home furnishings.", default_kb, lead) == []
