"""A finite verb after "and" that the parser hangs on a copula's predicate ("Ani is 25 and
works in ...": "works" taken for a conjunct of the number) is the second verb of the copula's
subject (claims/attach.py `_verbs_joined_to_a_predicate`): both clauses are read. Sentences
are written for these tests; the facts are the default KB's (in Anora, Ani is 23 and works in
Manhattan; Vanya is 21 and marries Ani in Las Vegas)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def story(text, kb):
    return [(c.text, c.verdict) for c in after_lead(
        text, kb, lambda c: c.predicate in ("plot", "age"))]


@pytest.mark.parametrize("text,age,rest", [
    ("Ani is 25 and works in Manhattan.", "Ani is 25", "works in Manhattan"),
    ("Vanya is twenty and flies to Las Vegas.", "Vanya is twenty", "flies to Las Vegas"),
])
def test_an_age_and_the_verb_after_it(text, age, rest, default_kb):
    got = story(text, default_kb)
    assert (age, "refuted") in got, got
    assert any(t.endswith(rest) and v == "supported" for t, v in got), got


def test_the_verb_is_mended_and_a_noun_after_and_is_not(default_kb):
    from reelcheck.claims.attach import _attach_low
    from reelcheck.nlp import parse
    doc = _attach_low(next(iter(parse(["Igor is 25 and lives in Brighton Beach."]))))
    assert next(t for t in doc if t.lower_ == "lives").head.lower_ == "is"
    # a noun after "and" stays a member of the predicate's list
    doc = _attach_low(next(iter(parse(["Toros is a priest and a godfather."]))))
    assert next(t for t in doc if t.lower_ == "godfather").head.lower_ == "priest"
