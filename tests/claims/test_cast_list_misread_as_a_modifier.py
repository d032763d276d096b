"""A cast list the parser misreads ("A, B and C" as A with C apposed and B hung on C's name as
its modifier) still names every member: a name inside the apposition reached only through the
links a list is made of. Sentences written for these tests; facts from the default KB (Poor
Things: Emma Stone and Mark Ruffalo, both nominated for it; the KB does not place Willem Dafoe in it)."""
from __future__ import annotations

import reelcheck


def members(text, kb):
    return [(c.slots.get("subject"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "cast"]


def test_every_name_of_the_list_is_a_member(default_kb):
    got = members("Poor Things stars Emma Stone, Mark Ruffalo and Willem Dafoe.", default_kb)
    assert ("emma-stone", "supported") in got
    assert ("mark-ruffalo", "supported") in got
    # a member the KB does not place in the film is its own claim, never supported
    assert ("willem-dafoe", "not_enough_info") in got
