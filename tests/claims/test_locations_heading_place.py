"""A location list's item under a heading that is a place alone ("2. Mill Basin, Brooklyn"):
"here", or a definite place noun ("the neighborhood is where ..."), in the item's clause of
shooting or setting stands for the heading's place.

Sentences are written for these tests; the facts are the default KB's (Anora was shot in
Brighton Beach and Mill Basin; its story is set, in full, in Brooklyn and Manhattan in New York
City, and in Las Vegas)."""
from __future__ import annotations

import reelcheck


def places(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.predicate, c.object.id, c.verdict) for c in r.claims if c.category == "location"]


def test_here_under_a_place_heading_is_that_place(default_kb):
    text = ("Anora on location: a field guide\n\n1. Brighton Beach, Brooklyn\n\n"
            "The seaside neighborhood is where much of the film was shot.\n\n"
            "2. Mill Basin, Brooklyn\n\n"
            "The Zakharov mansion scenes were filmed at a private home here.\n")
    assert places(text, default_kb) == [
        ("filming_location", "brighton-beach", "supported"),
        ("filming_location", "mill-basin", "supported")]


def test_a_story_set_here_under_a_borough_it_never_visits(default_kb):
    text = "Anora on location: a field guide\n\n1. Queens\n\nMuch of the story is set here.\n"
    assert places(text, default_kb) == [("narrative_location", "queens", "refuted")]
    # (a heading of something else names no place for "here")
    text = ("Anora on location: a field guide\n\n1. The wedding chapel in Queens\n\n"
            "Much of the story is set here.\n")
    assert places(text, default_kb) == []
