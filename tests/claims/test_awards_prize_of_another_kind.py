"""A word before a named category that makes it a prize of another kind ("an honorary Palme
d'Or"; lexicon qualifiers `prize_kind_modifiers`): the claim is about a prize the KB does not
hold, never about the named prize's winners (an honorary Palme was refuted with that year's
competition winner). A show's own name still takes the word as its category ("an honorary
Oscar" is the Oscars' Honorary Award). Sentences are written for these tests."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_an_honorary_palme_is_not_the_competition_s_palme(default_kb):
    got = _verdicts("Tom Cruise, who was handed an honorary Palme d'Or in 2022, flew in for "
                    "the gala.", default_kb)
    assert got and all(v == "not_enough_info" for v, _ in got), got


def test_the_competition_s_palme_still_refutes(default_kb):
    got = _verdicts("Tom Cruise, who was handed the Palme d'Or in 2022, flew in for the gala.",
                    default_kb)
    assert [v for v, _ in got] == ["refuted"], got


def test_an_honorary_oscar_is_the_academy_s_honorary_award(default_kb):
    got = _verdicts("Angela Bassett received an honorary Oscar in 2024.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
