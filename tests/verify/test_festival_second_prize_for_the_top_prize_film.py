""""Michael Haneke won the Grand Prix at Cannes for The White Ribbon": a show's second prize
said of a person for a film the KB records as that show's top-prize winner. A film takes one
of the two (the top prize), so the film named is what the claim is about, and the Palme list
is complete: refuted, naming the film's real prize. Said of a person alone, or for a film
that did take the second prize, it is not refuted.

Sentences written for these tests; the facts are the default KB's Cannes record (Winter Sleep
took the Palme d'Or in 2014, Anora in 2024, Anatomy of a Fall in 2023; A Prophet took the
Grand Prix in 2009, The Wonders in 2014)."""
from __future__ import annotations

import pytest

import reelcheck


def _awards(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


@pytest.mark.parametrize("text,film", [
    ("Nuri Bilge Ceylan won the Grand Prix at Cannes for Winter Sleep.", "Winter Sleep"),
    ("Sean Baker took home the Cannes Grand Prix for Anora in 2024.", "Anora"),
    ("Back in 2023, Justine Triet collected the Grand Prix at Cannes for Anatomy of a Fall.",
     "Anatomy of a Fall"),
])
def test_second_prize_for_the_top_prize_film_refutes(text, film, default_kb):
    got = _awards(text, default_kb)
    assert [v for v, _ in got] == ["refuted"]
    assert film in got[0][1] and "Palme d'Or" in got[0][1]


@pytest.mark.parametrize("text", [
    "Jacques Audiard won the Grand Prix at Cannes for A Prophet in 2009.",
    "Alice Rohrwacher won the Grand Prix at Cannes for The Wonders in 2014.",
    "Sean Baker won the Grand Prix at Cannes in 2024.",
])
def test_a_true_second_prize_or_a_person_alone_is_not_refuted(text, default_kb):
    assert "refuted" not in [v for v, _ in _awards(text, default_kb)]
