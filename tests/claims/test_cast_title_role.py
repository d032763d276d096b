"""A person set "in the title role" (lexicon cast `part_preps` with a role noun its title word
qualifies) plays the film's title character, as an 'as' phrase says: "Anora stars Jane Roe in
the title role" holds when the KB has her play the one character the title names, and is
refuted when it has another play it. A person inside another preposition's phrase ("with Jane
Roe in the title role") may only be confirmed.

Sentences written for these tests; the facts are the default KB's (Anora's title character,
Anora "Ani" Mikheeva, is played by Mikey Madison)."""
from __future__ import annotations

import reelcheck


def _parts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "played_by"]


def test_the_title_role_holds_for_its_player(default_kb):
    for text in ("Anora stars Mikey Madison in the title role.",
                 "Anora, starring Mikey Madison in the titular role, took the Palme.",
                 "With Mikey Madison in the title role, Anora is a blast."):
        got = _parts(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), (text, [
            (c.text, c.verdict) for c in got])


def test_another_player_in_the_title_role_is_refuted(default_kb):
    for text in ("Anora stars Yura Borisov in the title role.",
                 "Neon's Anora, starring Mark Eydelshteyn in the titular role, took the "
                 "Palme."):
        got = _parts(text, default_kb)
        assert any(c.verdict == "refuted" and "Mikey Madison" in c.explanation
                   for c in got), (text, [(c.text, c.verdict) for c in got])


def test_a_title_role_inside_a_with_phrase_is_never_refuted(default_kb):
    got = reelcheck.check("Anora, with Karren Karagulian in the title role, won the Palme "
                          "d'Or.", kb=default_kb).claims
    assert not any(c.verdict == "refuted" for c in got)
    got = _parts("Anora, with Mikey Madison in the title role, won the Palme d'Or.",
                 default_kb)
    assert got and got[0].verdict == "supported"
