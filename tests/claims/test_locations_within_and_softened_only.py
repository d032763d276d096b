"""A place "within" a phrase of the shoot ("much of it within a few blocks of the boardwalk at
Brighton Beach", the phrase set off after the clause), and an exclusive adverb softened by
another ("almost entirely in New York City"), which closes no list of places.

Sentences are written for these tests; the facts are the default KB's (Anora was shot in New
York City, Brighton Beach and Las Vegas among other places)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in American cinemas in October 2024. "


def places(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.category == "location" and c.start >= len(LEAD)]


def test_a_place_within_a_phrase_set_off_after_the_clause(default_kb):
    got = places("Baker shot most of it in New York, much of it within a few blocks of the "
                 "boardwalk at Brighton Beach.", default_kb)
    assert ("brighton-beach", "supported") in [(c.object.id, c.verdict) for c in got]


def test_a_softened_exclusive_adverb_closes_no_list(default_kb):
    got = places("Anora was filmed almost entirely in New York City.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = places("Anora was filmed entirely in Brooklyn.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
