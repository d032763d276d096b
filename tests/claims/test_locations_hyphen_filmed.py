"""A place joined by a hyphen to a filming participle that modifies the film ("the
Brooklyn-filmed Anora") says where it was filmed, as "the Brooklyn-set comedy" says where it is
set (the `filmed` relation's `prefix` role). Sentences written for these tests; facts from the
default KB (Anora was filmed in Brighton Beach, Brooklyn, among other places)."""
from __future__ import annotations

import pytest

import reelcheck

LEAD = "Anora is a 2024 film by Sean Baker. "


def filmed(text, kb):
    return [(c.slots.get("place"), c.verdict) for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.predicate == "filming_location"]


@pytest.mark.parametrize("text, want", [
    ("Baker's Brooklyn-filmed Anora won the Palme d'Or.", [("brooklyn", "supported")]),
    ("Baker's Toronto-filmed Anora won the Palme d'Or.", [("toronto", "not_enough_info")]),
])
def test_a_hyphened_place_on_a_filming_participle(default_kb, text, want):
    assert filmed(text, default_kb) == want
