"""Who goes on a journey is a slot: when the story tells that journey of the same characters (by
name, or by their tie to a named one: "Vanya's parents"), it must go where the sentence says;
that the story is set in the place does not say they go there. Never refuted (a story may hold
other journeys). Sentences are written for these tests; the facts are the default KB's (in
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
