"""An ordinal prize noun owned by a definite description of a person ("the actress's second
Oscar", "the star's first Oscar") counts the prizes of the person it stands for: the winner
of the sentence's own prize, else the one person the passage is about (of the noun's gender),
none when two fit. A reading: it may support, never refute.

Sentences are written for these tests; facts are the default KB's (Emma Stone won Best
Actress at the 89th and 96th Academy Awards; Cillian Murphy's Best Actor at the 96th is his
first Oscar)."""
from __future__ import annotations

import reelcheck


def nth(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "nth_prize"]


STONE = "At the 96th Academy Awards, Emma Stone won Best Actress for Poor Things. "


def test_the_description_owns_the_passage_s_winner_s_prizes(default_kb):
    got = nth(STONE + "It was the actress's second Oscar.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("emma-stone", "supported")], \
        [c.explanation for c in got]
    assert got[0].text.startswith("the actress's")
    got = nth("Cillian Murphy won Best Actor at the 96th Academy Awards. It was the star's "
              "first Oscar.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("cillian-murphy", "supported")], \
        [c.explanation for c in got]
    # a wrong ordinal is not refuted on a reading
    got = nth(STONE + "It was the actress's third Oscar.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"], [c.explanation for c in got]
