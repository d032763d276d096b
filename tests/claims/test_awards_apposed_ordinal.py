"""An owned ordinal set in apposition to the prize ("won the directing Oscar for X, his
second") tells which of the owner's prizes this one is, as "his second Oscar" does on the noun
(claims/awards/ _apposed_ordinal): a bare ordinal may count the show's prizes or the
category's, so it holds if either count makes it so and is wrong only when neither does.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _award(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_a_true_apposed_ordinal_is_supported(default_kb):
    got = _award("Ang Lee won the directing Oscar for Life of Pi, his second.", default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_a_wrong_apposed_ordinal_is_refuted(default_kb):
    got = _award("Ang Lee won the directing Oscar for Life of Pi, his third.", default_kb)
    assert [v for v, _ in got] == ["refuted"], got


def test_an_apposed_ordinal_is_not_ignored(default_kb):
    # Frances McDormand's best actress win for Nomadland was her third in the category
    got = _award("Frances McDormand won the best actress Oscar for Nomadland, her second.",
                 default_kb)
    assert got and all(v != "supported" for v, _ in got), got
