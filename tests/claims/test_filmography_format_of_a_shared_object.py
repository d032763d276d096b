"""The film a second shooting verb is said of when it has no object of its own: the object of the
verb it is joined to ("directed Tangerine, shot on an iPhone, and ..."), not the film the
passage is about. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

PASSAGE = "Anora is the newest film by Sean Baker, who made it in New York. "


def _formats(text, kb):
    return [c for c in reelcheck.check(PASSAGE + text, kb=kb).claims
            if c.slots.get("kind") == "format"]


def test_a_joined_participle_is_said_of_the_object_before_it(default_kb):
    got = _formats("Baker had earlier directed Tangerine, shot on an iPhone 5s, and The Florida "
                   "Project.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("tangerine", "supported")], \
        [(c.text, c.explanation) for c in got]


def test_a_second_verb_without_object_shares_the_first_ones(default_kb):
    got = _formats("Baker directed Tangerine and shot on 35mm film.", default_kb)
    assert got and all(c.subject.id == "tangerine" and c.verdict != "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
