"""Two readings of spun award prose. A category's modifier that the parser took for a verb
("clinched Supporting Actress", "Supporting" read as a gerund with "Actress" its object) is
mended into the category phrase; and a show's top prize said in other words ("the night's
biggest honour") is its top category (lexicon `categories.top.words`). Sentences written for
these tests; facts from the 92nd Academy Awards in the default KB."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_category_read_as_a_gerund_and_its_object(default_kb):
    got = awards("Laura Dern clinched Supporting Actress for Marriage Story.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Best Supporting Actress" in got[0].explanation


def test_the_mended_category_refutes_a_wrong_winner(default_kb):
    got = awards("At the 2020 Oscars, Scarlett Johansson clinched Supporting Actress for "
                 "Marriage Story.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_gerund_before_no_category_head_is_left_alone(default_kb):
    assert awards("At the 2020 Oscars, the crew kept supporting artists backstage.",
                  default_kb) == []


def test_the_biggest_honour_is_the_top_prize(default_kb):
    got = awards("At the 2020 Oscars, Joker snagged the night's biggest honour.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Best Picture" in got[0].explanation and "Parasite" in got[0].explanation
