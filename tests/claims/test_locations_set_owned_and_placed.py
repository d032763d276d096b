"""A set of the film said to be somewhere: owned by one of the story's people ("Vanya's
mansion", "the Zakharovs' house"), placed by a verb of its own ("is located in", "sits in")
or put on screen by a participle ("the mansion used in the film"); a place the sentence denies
("not Sheepshead Bay") is none of its places.

Sentences are written for these tests; the facts are the default KB's (Anora was shot in Mill
Basin, Brooklyn; its filming locations are not declared complete)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in American cinemas in October 2024. "


def places(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.category == "location" and c.start >= len(LEAD)]


def test_a_set_owned_by_the_storys_family_is_where_it_was_shot(default_kb):
    got = places("The Zakharovs' sprawling mansion, where the parties go on for days, is in "
                 "fact a private home in Mill Basin.", default_kb)
    assert [(c.predicate, c.object.id, c.verdict) for c in got] == [
        ("filming_location", "mill-basin", "supported")]
    got = places("Vanya's parents' mansion is actually in Mill Basin.", default_kb)
    assert [(c.object.id, c.verdict) for c in got] == [("mill-basin", "supported")]
    # (a real person's home, or one a pronoun owns, is no set of the film)
    assert places("Sean Baker's home is a real house in Las Vegas.", default_kb) == []
    assert places("Her apartment is a real apartment in Manhattan.", default_kb) == []


def test_a_set_placed_by_a_verb_of_its_own(default_kb):
    got = places("The mansion seen in the movie is located in Mill Basin.", default_kb)
    assert [(c.predicate, c.object.id, c.verdict) for c in got] == [
        ("filming_location", "mill-basin", "supported")]


def test_a_denied_place_is_none_of_the_sets_places(default_kb):
    got = places("Vanya's family mansion is actually a real house in Mill Basin, not "
                 "Sheepshead Bay.", default_kb)
    assert [(c.object.id, c.verdict) for c in got] == [("mill-basin", "supported")]
