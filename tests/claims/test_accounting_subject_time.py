"""A claim said in a noun phrase that is its clause's subject owns the time the clause's verb
states (claims/accounting.py, _subject_time): "her part in X arrived in YEAR" must not be
supported while YEAR goes unjudged. Sentences are written for these tests; the facts are the
default KB's."""
from __future__ import annotations

import reelcheck


def _credit(text, kb, work):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "notable_work" and work in c.text]


def test_a_wrong_year_on_the_verb_keeps_the_part_from_support(default_kb):
    got = _credit("Mikey Madison's part in Scream arrived in 2020, well before the Oscar.",
                  default_kb, "Scream")
    assert got and all(v != "supported" for v, _ in got), got
    assert any("2020" in e for _, e in got), got


def test_a_wrong_year_on_an_apposed_title_keeps_it_from_support(default_kb):
    got = _credit("Sean Baker's earlier picture, Red Rocket, was finished in 2018.",
                  default_kb, "Red Rocket")
    assert got and all(v != "supported" for v, _ in got), got


def test_the_right_year_on_the_verb_still_supports(default_kb):
    got = _credit("Mikey Madison's part in Scream arrived in 2022.", default_kb, "Scream")
    assert got and all(v == "supported" for v, _ in got), got


def test_a_time_on_a_verb_the_noun_does_not_govern_is_not_taken(default_kb):
    # the year is when the interview took place, said in a clause of its own
    got = _credit("When we met in 2020, Mikey Madison's part in Scream had made her known.",
                  default_kb, "Scream")
    assert got and all(v == "supported" for v, _ in got), got


def test_a_span_the_verb_lasted_is_not_the_noun_phrase_s_time(default_kb):
    # "for two decades" is how long the making went on, not a time of the Palme d'Or win
    got = [c for c in reelcheck.check("Palme d'Or-winning filmmaker Sean Baker has cast "
                                      "first-time actors for two decades.", kb=default_kb).claims
           if c.category == "award"]
    assert [c.verdict for c in got] == ["supported"], [(c.verdict, c.explanation) for c in got]
