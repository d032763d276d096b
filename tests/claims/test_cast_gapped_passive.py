"""A passive cast clause whose verb the next clause leaves out ("A is played by X, and B by Y"):
the second part renews the passive's subject (the part) and its own "by" names the actor.
Sentences are written for these tests; the facts are the default KB's cast of Anora."""
from __future__ import annotations

import reelcheck


def _cast(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "cast"]


def test_the_gapped_part_is_a_cast_claim_of_its_own(default_kb):
    got = _cast("In Anora, Toros is played by Karren Karagulian, and Igor by Yura Borisov.",
                default_kb)
    assert ("Igor by Yura Borisov", "supported") in got, got
    assert len(got) == 2, got


def test_the_gapped_part_keeps_its_own_actor(default_kb):
    got = _cast("In Anora, Toros is played by Karren Karagulian and Garnik by Yura Borisov.",
                default_kb)
    assert ("Garnik by Yura Borisov", "refuted") in got, got
    assert ("Toros is played by Karren Karagulian", "supported") in got, got
