"""'With Anora, his eighth feature, Baker finally reached the Oscars': a possessive pronoun no
one before it stands for, in a phrase set before the main clause, is the main clause's subject
when that is a person of a fitting gender (claims/filmography.py `_fronted_for`); and a noun
phrase set off by commas right after a title, which the parser left unattached, is the title's
apposition (`_title_of`). A subject of another gender, or a clause of its own between them,
takes nothing. Sentences are written for these tests."""
from __future__ import annotations

import reelcheck


def _film(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "filmography"]


def test_the_subject_after_the_phrase_owns_the_film(default_kb):
    assert [v for v, _ in _film("With Anora, his eighth feature, Baker finally reached the "
                                "Oscars.", default_kb)] == ["supported"]
    assert [v for v, _ in _film("In Anora, his eighth feature, Sean Baker follows a stripper.",
                                default_kb)] == ["supported"]


def test_a_wrong_place_is_refuted(default_kb):
    assert [v for v, _ in _film("With Anora, his ninth feature, Baker finally reached the "
                                "Oscars.", default_kb)] == ["refuted"]


def test_a_subject_of_another_gender_is_not_the_owner(default_kb):
    got = _film("With Anora, his eighth feature, Madison won an Oscar.", default_kb)
    assert all(v == "not_enough_info" for v, _ in got), got


def test_a_clause_between_them_breaks_the_tie(default_kb):
    got = _film("After Anora, his ninth feature, was announced, Baker thanked his cast.",
                default_kb)
    assert "refuted" not in [v for v, _ in got], got
