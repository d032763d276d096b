"""An ordinal before a category's name ("his third best actor nomination") counts the prize
noun, not the category: the parser may hang it on "best" as in a ranking. Sentences written
for these tests; the facts are the Oscar record in the default KB (Ralph Fiennes: nominated
for supporting actor for Schindler's List, best actor for The English Patient and Conclave;
Frances McDormand: best actress for Fargo, Three Billboards ... and Nomadland)."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


def test_an_ordinal_before_a_category_is_checked_and_a_wrong_one_refuted(default_kb):
    # Conclave was his second best-actor nomination (his third nomination in all)
    got = verdicts("Ralph Fiennes earned his third best actor nomination for Conclave.",
                   default_kb)
    assert "refuted" in got and "supported" not in got
    assert "refuted" not in verdicts(
        "Ralph Fiennes earned his second best actor nomination for Conclave.", default_kb)
    assert "refuted" in verdicts(
        "Frances McDormand collected her fourth best actress Oscar for Nomadland.", default_kb)


def test_a_ranking_with_no_prize_noun_is_left_alone(default_kb):
    # "third best" ranks an opening weekend; no prize is counted
    assert "refuted" not in verdicts("Anora had the third best opening weekend of any Neon "
                                     "release in 2024.", default_kb)
