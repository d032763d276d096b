"""A place a story's journey passes through ("sends his men through Brooklyn", "drag her
across Manhattan"): the story is there, but no journey ends there, so it is only ever
confirmed by the story's places, never refuted by them.

Sentences are written for these tests; the facts are the default KB's (Anora's story is set,
in full, in Brooklyn and Manhattan in New York City, and in Las Vegas)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora is Sean Baker's 2024 comedy. "


def story(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.start >= len(LEAD) and c.slots.get("route")]


def test_a_place_the_journey_passes_is_a_story_place(default_kb):
    got = story("Toros sends his men through Brooklyn in search of Vanya.", default_kb)
    assert [(c.slots["place"], c.verdict) for c in got] == [("brooklyn", "supported")]
    got = story("The henchmen drag Ani across Manhattan looking for the groom.", default_kb)
    assert [(c.slots["place"], c.verdict) for c in got] == [("manhattan", "supported")]


def test_a_route_outside_the_storys_places_is_not_refuted(default_kb):
    got = story("The henchmen drag Ani through Queens looking for the groom.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
