"""A clause that names no prize borrows one only from its own clause: "X won A, while Y earned a
nomination for B but lost to Z" -- "lost" takes B (the prize of the nomination its verb
carries), never A, which is X's clause's. Before, the loss was checked against A and refuted
(a value from another clause).

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _losses(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.explanation) for c in r.claims
            if c.slots.get("kind") == "award" and "lost" in text[c.start:c.end]]


def test_a_loss_takes_the_prize_of_the_nomination_its_verb_carries(default_kb):
    text = ("At the 97th Academy Awards, Adrien Brody collected Best Actor, while Yura Borisov "
            "picked up a nomination for Best Supporting Actor but lost to Kieran Culkin.")
    got = _losses(text, default_kb)
    assert [v for v, _ in got] == ["supported"]
    assert "Best Actor at" not in got[0][1]
    text = ("At the 97th Academy Awards, Adrien Brody collected Best Actor, while Yura Borisov "
            "picked up a nomination for Best Supporting Actor but lost to Guy Pearce.")
    got = _losses(text, default_kb)
    assert [v for v, _ in got] == ["refuted"]
    assert "Kieran Culkin" in got[0][1]


def test_a_loss_under_a_clause_with_its_own_subject_borrows_nothing_above_it(default_kb):
    text = ("At the 97th Academy Awards, Adrien Brody collected Best Actor, and Yura Borisov "
            "was nominated too but lost to Kieran Culkin.")
    got = _losses(text, default_kb)
    assert "refuted" not in [v for v, _ in got]
