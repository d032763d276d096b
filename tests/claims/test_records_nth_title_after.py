"""An "after" that is a word of a film's title ("One Battle After Another") is no "after"
phrase naming the earlier prizes' works: "... for One Battle After Another, his third Oscar"
counts the holder's prizes and names no earlier work. Sentences are written for these tests;
facts are the default KB's (Sean Penn won Best Actor for Mystic River at the 76th and for Milk
at the 81st, and Best Supporting Actor for One Battle after Another at the 98th)."""
from __future__ import annotations

import reelcheck


def nth(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "nth_prize"]


def test_a_title_with_after_is_not_an_after_phrase(default_kb):
    got = nth("Penn collected the supporting actor Oscar for One Battle After Another, "
              "his third Oscar.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_the_count_is_still_checked_beside_such_a_title(default_kb):
    got = nth("Sean Penn collected the supporting actor Oscar for One Battle After Another, "
              "his second Oscar.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "number 3" in got[0].explanation
