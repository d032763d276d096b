""""X, whose A won ..., is developing a new thriller. The film ...": a verb's object that brings
in a film of its own by an indefinite noun is what "the film" after it may mean; the film the
KB knows, named before, is no longer the one in focus (before, its budget and setting were
refuted with the new project's). A description said of the film ("It is a comedy", "call A
a comedy") is not a new film. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_the_film_after_a_new_project_is_not_the_named_one(default_kb):
    got = claims("Sean Baker, fresh from Anora, is now writing a new heist picture. The film "
                 "has a budget of $30 million.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_new_project_joined_by_preposition(default_kb):
    got = claims("After her Oscar for Anora, Mikey Madison has signed on to a new horror movie. "
                 "The movie is set in Tokyo.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_description_of_the_named_film_keeps_it_in_focus(default_kb):
    got = claims("Sean Baker directed Anora. It is a comedy about a dancer. The film has a "
                 "budget of $30 million.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got if c.predicate == "budget"] == \
        [("anora-2024-film", "refuted")]
