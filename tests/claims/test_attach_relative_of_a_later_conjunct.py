""""A, which premiered at T, and B, which premiered at N": the parser may hang the second
relative clause on the first conjunct; it is the later conjunct's, the one its pronoun follows.
Sentences written for these tests; premieres from the default KB (12 Years a Slave at
Telluride in 2013, Life of Pi at the New York Film Festival in 2012)."""
from __future__ import annotations

import reelcheck


def premieres(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") in ("festival", "date")]


def test_each_relative_clause_is_its_own_titles(default_kb):
    got = premieres("12 Years a Slave, which premiered at Telluride, and Life of Pi, which "
                    "premiered at the New York Film Festival, both went on to Oscar glory.",
                    default_kb)
    assert {c.slots.get("subject") for c in got} == {"12-years-a-slave-2013-film",
                                                    "life-of-pi-2012-film"}
    assert got and all(c.verdict == "supported" for c in got)


def test_a_wrong_festival_is_refuted_for_its_own_title(default_kb):
    got = premieres("12 Years a Slave, which premiered at Telluride, and Life of Pi, which "
                    "premiered at Telluride as well, both went on to Oscar glory.", default_kb)
    wrong = [c for c in got if c.verdict == "refuted"]
    assert [c.slots.get("subject") for c in wrong] == ["life-of-pi-2012-film"]
