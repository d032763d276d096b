"""A place set before a filming noun says where the film was shot ("its Brooklyn shoot", "the
Las Vegas shooting of ..."): the lexicon's `filmed` relation gives the noun's compound the
place role. A place the KB's (incomplete) list lacks stays open. Sentences written for these
tests."""
from __future__ import annotations

import pytest

import reelcheck


def filmed(text, kb):
    return [(c.slots.get("place"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "filming_location"]


@pytest.mark.parametrize("text, place", [
    ("Anora's Las Vegas shoot took only a few days.", "las-vegas"),
    ("Anora premiered in May. Its Coney Island shoot had wrapped the winter before.",
     "coney-island"),
])
def test_the_compound_place_is_where_it_was_shot(default_kb, text, place):
    assert (place, "supported") in filmed(text, default_kb)


def test_a_place_the_list_lacks_stays_open(default_kb):
    got = filmed("Anora's Chicago shoot took only a few days.", default_kb)
    assert got and not any(v in ("supported", "refuted") for _p, v in got)
