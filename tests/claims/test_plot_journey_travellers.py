"""Who goes on a journey is a slot: when the story tells that journey of the same characters (by
name, or by their tie to a named one: "Vanya's parents"), it must go where the sentence says;
that the story is set in the place does not say they go there. Not refuted by their journey
elsewhere (a story may hold other journeys); only a place the story, whose places the KB holds
in full, never goes to at all is refuted, for them as for anyone. Sentences are written for these tests; the facts are the default KB's (in
Anora, Vanya's parents Nikolai and Galina fly from Russia to New York; the story also goes to
Las Vegas)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def verdicts(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot")]


@pytest.mark.parametrize("text", [
    "Vanya's parents fly to Las Vegas.",
    "Nikolai and Galina fly to Las Vegas.",
])
def test_their_journey_elsewhere_is_not_supported(text, default_kb):
    got = verdicts(text, default_kb)
    assert got and "supported" not in got and "refuted" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "Vanya's parents fly to New York.",
    "Vanya's parents travel to New York to annul the marriage.",
    "Ani and Vanya fly to Las Vegas.",
    # names of the places the KB holds: "the States" (the United States), "the Big Apple"
    "Vanya's parents fly to the States to annul the marriage.",
    "Vanya's parents fly to the Big Apple.",
])
def test_their_journey_or_the_storys_place(text, default_kb):
    assert verdicts(text, default_kb) == ["supported"], text


@pytest.mark.parametrize("text,place,verdict", [
    # the story is never in Los Angeles: no journey of its people goes there
    ("Nikolai and Galina fly from Moscow to Los Angeles.", "los-angeles", "refuted"),
    ("Vanya's parents head to Los Angeles to annul the marriage.", "los-angeles", "refuted"),
    # where they come from, they may go back to (a return the KB does not list)
    ("Vanya's parents fly back to Moscow.", "moscow", "not_enough_info"),
])
def test_their_journey_to_a_place_the_story_never_goes(text, place, verdict, default_kb):
    got = [c.verdict for c in after_lead(text, default_kb, lambda c: c.category == "plot"
                                         and c.slots.get("place") == place)]
    assert got == [verdict], (text, got)
