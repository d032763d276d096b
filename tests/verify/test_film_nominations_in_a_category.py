"""A film's nominations in one category count each of its people nominated there: three of its
actors up for Best Actor the same night are three nominations, not one. Sentences written for
these tests."""
from __future__ import annotations

import reelcheck


def noms(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") in ("award", "award_count")
            and c.slots.get("polarity") == "nominated"]


def test_a_films_nominations_in_an_acting_category_count_its_actors(default_kb):
    # On the Waterfront had three of its actors up for Best Supporting Actor at one ceremony
    got = noms("On the Waterfront landed three Best Supporting Actor nominations.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Karl Malden" in got[0].explanation
    got = noms("Mutiny on the Bounty is the only picture to land three Best Actor "
               "nominations.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # a wrong number is still refuted, by the count of its nominees
    got = noms("At the Oscars, On the Waterfront landed five Best Supporting Actor nominations.",
               default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "three times" in got[0].explanation
