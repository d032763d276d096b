"""A plural crew title with its film ("the editors of X, A and B, ..."): the parser may read the
names set off after the film as the film's conjuncts; they are the title's holders. Sentences
written for these tests; facts from the default KB (Elvis's editing nomination names Matt Villa
and Jonathan Redmond)."""
from __future__ import annotations

import reelcheck


def crew(text, kb):
    return [(c.slots.get("person"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


def test_the_names_after_the_film_hold_the_title(default_kb):
    got = crew("The editors of Elvis, Matt Villa and Jonathan Redmond, were praised.",
               default_kb)
    assert got == [("matt-villa", "supported"), ("jonathan-redmond", "supported")]
    # films after the film are no holders
    assert crew("The editors of Elvis, Parasite and Anora were praised.", default_kb) == []
