"""A player in brackets right after the second of two coordinated names is that name's player,
even where the parser hangs the bracket on the first: "Vanya and Ani (Actor)" states who plays
Ani and nothing about Vanya. Sentences are written for these tests; the facts are the default
KB's Anora cast."""
from __future__ import annotations

import reelcheck


def cast(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.predicate == "played_by"]


def test_the_bracket_is_not_the_first_conjuncts(default_kb):
    text = ("Anora unfolds in Brooklyn. The chaos swallows Vanya and Ani (Mikey Madison) "
            "before dawn.")
    got = cast(text, default_kb)
    assert not [c for c in got if c.verdict == "refuted"]
    assert [(c.subject.id, c.verdict) for c in got] == [("anora-mikheeva", "supported")]


def test_a_wrong_player_after_the_second_conjunct_is_refuted_for_it(default_kb):
    text = ("Anora unfolds in Brooklyn. The chaos swallows Vanya and Ani (Darya Ekamasova) "
            "before dawn.")
    got = cast(text, default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("anora-mikheeva", "refuted")]
