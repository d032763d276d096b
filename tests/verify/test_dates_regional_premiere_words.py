"""A premiere named by a region ("its US premiere", "its London premiere") on the day of the
world premiere is supported only where the KB's world premiere is placed in that region (its
venue or festival names it); elsewhere the day is the world premiere's, not the regional one's,
so the claim stays open. A festival named on the premiere ("its Cannes premiere") is no region.

Sentences are written for these tests; the facts are the default KB's (Anora's world premiere
2024-05-21 at the 77th Cannes Film Festival; Barbie's 2023-07-09 at the Shrine Auditorium, Los
Angeles)."""
from __future__ import annotations

import reelcheck


def premieres(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "premiere_date"]


def test_a_region_the_world_premiere_was_not_in_is_open(default_kb):
    assert premieres("Sean Baker's Anora had its American premiere on May 21, 2024.",
                     default_kb) == ["not_enough_info"]
    assert premieres("Greta Gerwig's Barbie had its Toronto premiere on July 9, 2023.",
                     default_kb) == ["not_enough_info"]


def test_the_region_of_the_world_premiere_is_supported(default_kb):
    assert premieres("Greta Gerwig's Barbie had its Los Angeles premiere on July 9, 2023.",
                     default_kb) == ["supported"]
    assert premieres("Sean Baker's Anora had its Cannes premiere on May 21, 2024.",
                     default_kb) == ["supported"]
