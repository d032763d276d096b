""""Parasite won the Palme d'Or at the Academy Awards": a prize said won at a show of another
family than its own (the KB's part_of) never was: the show does not give it. The claim used
to be supported by the real win, the show named ignored. Refuted, naming where the win was;
a sentence naming both shows for two prizes (or two clauses) is untouched.

Sentences written for these tests; the facts are the default KB's (Parasite won the Palme d'Or
at Cannes in 2019 and Best Picture at the 92nd Academy Awards; Anora won Best Picture at the
97th Academy Awards)."""
from __future__ import annotations

import pytest

import reelcheck


def _awards(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


@pytest.mark.parametrize("text,where", [
    ("Parasite won the Palme d'Or at the Academy Awards.", "72nd Cannes"),
    ("In a night to remember, Sean Baker picked up the Palme d'Or at the Oscars.", "77th Cannes"),
    ("Anora won the Oscar for Best Picture at the BAFTAs.", "97th Academy Awards"),
])
def test_a_prize_said_won_at_another_show_refutes(text, where, default_kb):
    got = _awards(text, default_kb)
    assert [v for v, _ in got] == ["refuted"]
    assert where in got[0][1]


@pytest.mark.parametrize("text", [
    "Parasite won the Palme d'Or at Cannes and Best Picture at the Oscars.",
    "Sean Baker won the Palme d'Or and Best Director at the Oscars.",
    "Parasite won the Palme d'Or, and at the Academy Awards it won Best Picture.",
    "At the Oscars, Anora won Best Picture, having already won the Palme d'Or.",
])
def test_two_shows_for_two_prizes_are_not_refuted(text, default_kb):
    got = [v for v, _ in _awards(text, default_kb)]
    assert got and "refuted" not in got
