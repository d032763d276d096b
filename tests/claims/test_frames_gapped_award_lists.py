"""Gapped award lists (claims/frames.py `_gapped_datives`; claims/awards/reader.py): "X won
A, Y B and Z C", which the parser reads with Y as a second object (a dative) of "won", is
three clauses, each winner with its own prize; "A went to X, B to Y and C to Z" gives each
listed prize its own "to" winner, never the first item's. A value from another clause never
refutes. Sentences written for this test; the facts are the 97th Academy Awards."""
from __future__ import annotations

import reelcheck

AT = "At the 97th Academy Awards, "


def awards(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_a_gapped_winner_after_a_comma_is_its_own_clause(default_kb):
    got = awards(AT + "Mikey Madison won best actress, Adrien Brody best actor and Zoe Saldaña "
                 "best supporting actress.", default_kb)
    assert [v for v, _t in got] == ["supported"] * 3, got
    got = awards(AT + "Mikey Madison won best actress, Timothée Chalamet best actor and Zoe "
                 "Saldaña best supporting actress.", default_kb)
    assert [v for v, _t in got] == ["supported", "refuted", "supported"], got
    assert "Chalamet" in got[1][1]


def test_each_listed_prize_keeps_its_own_to_winner(default_kb):
    got = awards(AT + "best actress went to Mikey Madison for Anora, best actor to Adrien Brody "
                 "for The Brutalist and best supporting actor to Kieran Culkin for A Real "
                 "Pain.", default_kb)
    assert got and "refuted" not in [v for v, _t in got], got


def test_a_bare_category_after_a_modified_one_never_refutes(default_kb):
    # "best supporting actor and actress": the second may share the first one's words
    got = awards(AT + "Kieran Culkin and Zoe Saldaña won best supporting actor and actress, "
                 "respectively.", default_kb)
    assert got and "refuted" not in [v for v, _t in got], got


def test_a_modifier_sharing_the_next_head_never_refutes(default_kb):
    # "the adapted and original screenplay awards": two categories, one head said once
    got = awards(AT + "Conclave and Anora won the adapted and original screenplay awards.",
                 default_kb)
    assert got and "refuted" not in [v for v, _t in got], got


def test_a_prize_past_a_semicolon_is_the_next_clauses(default_kb):
    got = awards("Best actor went to Adrien Brody at the 97th Academy Awards; best actress, to "
                 "Mikey Madison.", default_kb)
    assert got and "refuted" not in [v for v, _t in got], got
