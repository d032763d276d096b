"""One category said won (or nominated) "for A and B": a win for each work, each judged as its
own; the claim holds only if every work does and is refuted when one is. Sentences written
for these tests; the facts are the Oscar record in the default KB (Iñárritu: best director for
Birdman and The Revenant, nominated for Babel)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_every_work_must_hold(default_kb):
    got = awards("Alejandro González Iñárritu won the best director Oscar for Birdman and "
                 "The Revenant.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "87th" in got[0].explanation and "88th" in got[0].explanation


def test_one_work_the_prize_was_not_for_refutes(default_kb):
    got = awards("Alejandro González Iñárritu won the best director Oscar for Birdman and "
                 "Babel.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Babel" in got[0].explanation


def test_each_nomination_of_a_list(default_kb):
    got = awards("Alejandro González Iñárritu was nominated for the best director Oscar for "
                 "Babel and Birdman.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
