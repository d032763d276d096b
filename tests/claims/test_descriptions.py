"""A description that states a credit: "the Scream actress" says the person it names has
Scream among her credits. Sentences are written for these tests; the facts are the default
KB's (Mikey Madison's credits, Sean Baker's Anora)."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "filmography" and c.text.lower().startswith("the ")]


def test_a_description_names_the_person_the_passage_is_about(default_kb):
    text = ("Mikey Madison won Best Actress at the 97th Academy Awards. "
            "The Scream actress then thanked her director.")
    got = credits(text, default_kb)
    assert [(c.subject.id, c.slots["work"], c.verdict) for c in got] == [
        ("mikey-madison", "scream-2022-film", "supported")]


def test_a_title_inside_the_noun_phrase_and_a_name_beside_it(default_kb):
    got = credits("The Anora director Sean Baker thanked the crowd.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("sean-baker", "supported")]


def test_a_credit_the_kb_does_not_hold_is_left_open(default_kb):
    text = "Demi Moore lost the race for Best Actress. The Scream actress was gracious."
    got = credits(text, default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
