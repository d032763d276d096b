"""A relative clause set off by a comma right after a name is that name's, when the parser hung it
on a word further back: in "X, which won A, is older than Up, which won B" the parser takes the
one-word title for a particle and gives the second clause to X, whose prize B then refuted it.
The pronoun must agree with the name ("which" a film, "who" a person). Sentences are written for
these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


LEAD = ("The Lord of the Rings: The Return of the King, which won the Oscar for Best Picture in "
        "2004, is older than Up, which won the Oscar for Best Animated Feature at the ")


def test_the_second_relative_clause_is_the_later_name_s(default_kb):
    got = _verdicts(LEAD + "82nd ceremony.", default_kb)
    assert [v for v, _t, _e in got] == ["supported", "supported"], got
    assert got[1][1].startswith("Up"), got


def test_a_wrong_ceremony_refutes_the_later_name_not_the_first(default_kb):
    got = _verdicts(LEAD + "83rd ceremony.", default_kb)
    assert [v for v, _t, _e in got][0] == "supported", got
    assert [t.startswith("Up") for v, t, _e in got if v == "refuted"] == [True], got


def test_who_after_a_film_stays_with_the_person_before(default_kb):
    got = _verdicts("Sean Baker, director of Anora, who won four Oscars in one night, thanked "
                    "his cast.", default_kb)
    assert any(v == "supported" and "Sean Baker won 4" in e for v, _t, e in got), got
