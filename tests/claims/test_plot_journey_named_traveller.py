"""Who makes a journey is a slot even when one of the movers is no one the KB can name: a
character named by name among them still travels ("In Anora, Toros, ... flies in", where the
parser takes the title for a subject beside him), so the parents' flight is no flight of his
(claims/plot.py `_travellers`). Sentences written for these tests; in the KB's story Vanya's
parents fly from Russia to New York."""
from __future__ import annotations

import reelcheck


def _journeys(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "plot_place"]


def test_a_named_traveller_beside_an_unnamed_one_is_a_slot(default_kb):
    got = _journeys("In Anora, Toros, Vanya's father, flies in from Russia.", default_kb)
    assert got and all(c.verdict != "supported" for c in got), [(c.verdict, c.text) for c in got]


def test_the_parent_who_flies_in_is_supported(default_kb):
    got = _journeys("In Anora, Nikolai, Vanya's father, flies in from Russia.", default_kb)
    assert any(c.verdict == "supported" for c in got), [(c.verdict, c.text) for c in got]
