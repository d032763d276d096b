"""A noun phrase set off after a whole clause ("..., her first win in that category, and ...")
is said of that clause, not the subject of the clause after the "and". Sentences written for
these tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") in ("award", "nth_prize")]


def test_an_aside_after_a_clause_is_not_the_next_clauses_subject(default_kb):
    # the parser takes "his first win" for the subject of "won Best Actress" (or joins the
    # next winner to it): the aside was judged a win of the other clause's prize and refuted
    for text in ("Bong Joon Ho won Best Director for the class satire, his first win in that "
                 "category, and Renée Zellweger won Best Actress at the 92nd Academy Awards.",
                 "Ang Lee won Best Director for the tiger drama, his second win in that "
                 "category, and Anne Hathaway won Best Supporting Actress at the 85th Academy "
                 "Awards."):
        got = awards(text, default_kb)
        assert "refuted" not in [c.verdict for c in got], text
        aside = [c for c in got if c.text.startswith("his ")]
        assert aside and all(c.slots.get("award") == "academy-award-for-best-director"
                             for c in aside), text
    # the other clause is still read as its own
    got = awards("Bong Joon Ho won Best Director for the class satire, his first win in that "
                 "category, and Renée Zellweger won Best Actress at the 92nd Academy Awards.",
                 default_kb)
    assert [c.verdict for c in got if c.text.startswith("Renée")] == ["supported"]
