""""X, whose A won a prize, is back with a Tokyo-set thriller": an indefinite work noun brings
in a film of its own, so its setting is not the film the sentence named before (which was
refuted with the new film's place). Said of a film by apposition or a copula it still is.
Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def places(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "narrative_location"]


def test_an_indefinite_new_film_is_not_the_earlier_one(default_kb):
    got = places("Sean Baker, whose Anora took the top prize at Cannes, comes back next year "
                 "with a Tokyo-set thriller.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_an_indefinite_film_set_somewhere_by_participle(default_kb):
    got = places("Sean Baker, whose Anora took the top prize at Cannes, is now shooting a "
                 "romance set in Tokyo.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_an_apposed_description_still_sets_the_named_film(default_kb):
    got = places("Anora, a Tokyo-set romance, took the top prize at Cannes.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("anora-2024-film", "refuted")]


def test_a_predicated_description_still_sets_the_named_film(default_kb):
    got = places("Anora is a romance set in Tokyo.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("anora-2024-film", "refuted")]
