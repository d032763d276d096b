"""Where a film was shot, said with "on" ("on the streets of Brighton Beach", "on Staten
Island") or "throughout", and with a participle the tagger lemmatises as "shot" when it opens
the sentence ("Shot in Coney Island, Anora ..."): cues and roles of the lexicon's `filmed`
relation. A place the KB's (incomplete) filming list lacks stays open. Sentences written for
these tests."""
from __future__ import annotations

import pytest

import reelcheck


def filmed(text, kb):
    return [(c.slots.get("place"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "filming_location"]


@pytest.mark.parametrize("text, place", [
    ("Anora was filmed on the streets of Brighton Beach.", "brighton-beach"),
    ("Baker's crew shot Anora throughout New York.", "new-york-city"),
    ("Shot in Coney Island, Anora feels lived-in.", "coney-island"),
    ("Shot on a shoestring in Mill Basin, Anora looks expensive.", "mill-basin"),
])
def test_the_place_is_read(default_kb, text, place):
    assert (place, "supported") in filmed(text, default_kb)


@pytest.mark.parametrize("text", [
    "Anora was filmed on Staten Island.",
    "Anora was shot throughout Chicago.",
])
def test_a_place_outside_the_incomplete_list_stays_open(default_kb, text):
    assert filmed(text, default_kb)
    assert not any(v in ("supported", "refuted") for _p, v in filmed(text, default_kb))
