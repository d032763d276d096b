"""An 'as' phrase the parser reads as a conjunction opening a clause ("As Ani, Jane Roe is ...",
"Jane Roe as Ani is ..."): the character right after 'as', subject of the clause it opens, is
the part, its player the person apposed to it or the name right before 'as'
(claims/cast.py, _as_misread). A repair of the parse, so support only. Sentences are written
for these tests; the cast is the default KB's."""
from __future__ import annotations

import reelcheck


def _cast(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "cast"]


def test_as_the_part_opening_the_sentence(default_kb):
    got = _cast("As Ani, Mikey Madison is ferocious in Anora.", default_kb)
    assert ("supported" in {v for v, _ in got}), got


def test_as_the_part_after_the_player(default_kb):
    got = _cast("In Anora, Yura Borisov as Igor is the film's quiet heart.", default_kb)
    assert ("supported" in {v for v, _ in got}), got


def test_a_real_as_clause_is_no_part(default_kb):
    got = _cast("In Anora, as Ani is dragged off, Vanya hides.", default_kb)
    assert not got, got
