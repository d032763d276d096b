"""A profile names the festival prize of an actor's earlier film ("Borisov, whose Compartment
No. 6 took the Grand Prix at Cannes in 2021"): the KB holds that win (74th Cannes, shared with
A Hero), so the aside is decided. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_grand_prix_of_compartment_no_6(default_kb):
    got = awards("Borisov, whose Compartment No. 6 took the Grand Prix at Cannes in 2021, "
                 "now plays Igor.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = awards("Compartment No. 6 won the Grand Prix in 2023.", default_kb)
    assert all(c.verdict != "supported" for c in got)
