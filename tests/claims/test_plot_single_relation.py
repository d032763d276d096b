"""A tie one person alone holds ("Vanya's father"): when the story's KB facts name its holder,
another character named to it is refuted; ties many may hold ("uncle", "brother") stay open.
Sentences are written for these tests; the facts are the default KB's Anora story (Nikolai
Zakharov is Ivan's father, Galina Zakharova his mother)."""
from __future__ import annotations

import reelcheck


def ties(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.slots.get("kind") == "relation"]


def test_another_character_named_as_the_father_is_refuted(default_kb):
    text = "Anora unfolds in Brooklyn. In this telling, Garnick is the father of Vanya."
    got = ties(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Nikolai" in got[0].explanation


def test_a_denied_wrong_mother_is_a_true_denial(default_kb):
    text = "Anora unfolds in Brooklyn. Ani, of course, is not Vanya's mother."
    assert [c.verdict for c in ties(text, default_kb)] == ["supported"]


def test_the_story_mother_named_is_still_supported(default_kb):
    text = "Anora unfolds in Brooklyn. Galina, frosty and exact, is Vanya's mother."
    assert [c.verdict for c in ties(text, default_kb)] == ["supported"]


def test_a_tie_many_may_hold_stays_open(default_kb):
    text = "Anora unfolds in Brooklyn. Igor, silent in the back seat, is Toros's brother."
    assert all(c.verdict == "not_enough_info" for c in ties(text, default_kb))
