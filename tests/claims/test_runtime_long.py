"""A length said with a copula and "long" ("the film is 139 minutes long") is the film's
runtime, as "runs 139 minutes" is; the same words about a scene stay the scene's length.
Sentences written for this test; default KB (Anora's runtime and home-invasion scene)."""
from __future__ import annotations

import reelcheck


def quantities(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("runtime", "scene_length")]


def test_a_film_that_is_n_minutes_long_states_its_runtime(default_kb):
    got = quantities("Sean Baker's comedy Anora is 139 minutes long, credits included.",
                     default_kb)
    assert [(c.predicate, c.verdict) for c in got] == [("runtime", "supported")], \
        [(c.text, c.predicate, c.verdict) for c in got]
    got = quantities("Anora is two hours and nineteen minutes long.", default_kb)
    assert [(c.predicate, c.verdict) for c in got] == [("runtime", "supported")], \
        [(c.text, c.predicate, c.verdict) for c in got]
    # a scene's length keeps to the scene
    got = quantities("In Anora, the home invasion is 28 minutes long.", default_kb)
    assert [c.predicate for c in got] == ["scene_length"], [(c.text, c.predicate) for c in got]
