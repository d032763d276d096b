"""A full verb the parser hung as the auxiliary of a participle that modifies its object ("won
adapted screenplay": "won" read as the auxiliary of "adapted") is mended into the clause's verb
(claims/parse.py, _participle_read_as_a_verb). Sentences are written for these tests; the facts
are the default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.nlp import parse


def _awards(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_the_mended_verb_heads_its_clause():
    from reelcheck.claims.parse import _participle_read_as_a_verb
    doc = _participle_read_as_a_verb(next(iter(parse(
        ["Taika Waititi won adapted screenplay for Jojo Rabbit."]))))
    won = doc[2]
    assert won.dep_ == "ROOT" and won.lemma_ == "win", [(t.text, t.dep_, t.lemma_) for t in doc]
    assert doc[3].dep_ == "amod" and doc[3].head.i == 4
    assert doc[4].head.i == 2 and doc[4].dep_ == "dobj"


def test_a_participle_read_as_the_complement_is_mended_too():
    from reelcheck.claims.parse import _participle_read_as_a_verb
    doc = _participle_read_as_a_verb(next(iter(parse(
        ["Greta Gerwig was overlooked; Sarah Polley won adapted screenplay for Women Talking."]))))
    won = next(t for t in doc if t.text == "won")
    assert doc[won.i + 1].dep_ == "amod" and doc[won.i + 2].head.i == won.i, [
        (t.text, t.dep_, t.head.i) for t in doc]


def test_a_true_auxiliary_is_left_alone():
    from reelcheck.claims.parse import _participle_read_as_a_verb
    doc = _participle_read_as_a_verb(next(iter(parse(["The editors had trimmed footage."]))))
    assert doc[2].dep_ == "aux" and doc[3].dep_ == "ROOT"


def test_a_win_of_a_category_after_a_participle_is_checked(default_kb):
    got = _awards("Sarah Polley won adapted screenplay for Women Talking.", default_kb)
    assert ("supported", "Sarah Polley won adapted screenplay for Women Talking") in got, got


def test_the_same_shape_with_another_film_is_not_supported(default_kb):
    got = _awards("Sarah Polley won adapted screenplay for Oppenheimer.", default_kb)
    assert got and all(v != "supported" for v, _ in got), got
