"""An adverb that closes a clause's list of places ("shot entirely in A", "filmed only in A and
B"): a place the KB holds outside all of them refutes the clause, and one place it holds no
longer confirms it alone (it had been supported with the adverb unread). Sentences are written
for these tests; the places are the default KB's for Anora."""
from __future__ import annotations

import pytest

import reelcheck


def _places(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "place"]


@pytest.mark.parametrize("text", [
    "Baker's crew shot Anora entirely in Las Vegas.",
    "Fans assume Anora was filmed exclusively in Nevada, but it was not.",
    "Anora is set solely in Las Vegas.",
])
def test_a_place_outside_the_closed_list_refutes_it(default_kb, text):
    got = _places(text, default_kb)
    assert got and got[0][0] == "refuted", got
    assert "Brighton Beach" in got[0][1] or "Brooklyn" in got[0][1] or \
        "New York" in got[0][1], got


def test_without_the_adverb_one_place_still_confirms(default_kb):
    got = _places("Baker's crew shot Anora in Las Vegas.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
