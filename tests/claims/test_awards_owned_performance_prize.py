""""X's Oscar-winning turn in F": a performance noun whose owner is a person says the person
won (or was nominated) for F, not merely that F won something. Before, "Emma Stone's
Oscar-winning turn in The Favourite" was supported by the film's Best Actress win (Olivia
Colman's). Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def prizes(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("award_received", "nominated_for")]


def test_a_performance_that_did_not_win_is_refuted_for_its_owner(default_kb):
    got = prizes("Nobody forgets Emma Stone's Oscar-winning turn in The Favourite.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("emma-stone", "refuted")]


def test_a_performance_that_won_is_supported_for_its_owner(default_kb):
    got = prizes("Nobody forgets Cate Blanchett's Oscar-winning performance in Blue Jasmine.",
                 default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("cate-blanchett", "supported")]


def test_a_nominated_performance_names_its_owner(default_kb):
    got = prizes("Nobody forgets Emma Stone's Oscar-nominated turn in Birdman.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("emma-stone", "supported")]


def test_a_performance_with_no_owner_is_still_the_films(default_kb):
    got = prizes("Nobody forgets the Oscar-winning performance in Anora.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("anora-2024-film", "supported")]
