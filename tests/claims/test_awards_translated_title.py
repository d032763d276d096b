"""Translated press names a film as "the film of <director>, <Title>,": the title set off after
the director's name is the film the clause is about, not a person's other name, and never the
film an earlier paragraph was about. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def palmes(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if "Palme" in c.text or "Palme" in (c.explanation or "")]


def test_title_after_the_film_of_a_director_is_the_subject(default_kb):
    text = ("Last spring Anora took the Palme d'Or in Cannes.\n\n"
            "Years before, the film of Bong Joon Ho, Parasite, took the Palme d'Or in 2019.\n\n"
            "And the film of Hirokazu Kore-eda, Shoplifters, took the Palme d'Or in 2024.")
    got = palmes(text, default_kb)
    parasite = [c for c in got if "Parasite, took" in c.text]
    assert [c.verdict for c in parasite] == ["supported"]
    shop = [c for c in got if "Shoplifters, took" in c.text]
    # before: read as Anora's win, so supported by Anora's 2024 Palme
    assert [c.verdict for c in shop] == ["refuted"]
    assert "not Shoplifters" in shop[0].explanation
