"""A counted title noun with its maker after "from"/"by" said of a title by a copula ("X is the
second feature from Jane Roe"), as in apposition ("X, the second feature from Jane Roe"):
credits the maker with X and says which of their films it is. Sentences written for these
tests; facts from the default KB (Anora is Sean Baker's eighth feature)."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    return [(c.slots.get("subject"), c.slots.get("ordinal"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "notable_work"]


def test_the_right_place_among_the_maker_s_films(default_kb):
    assert credits("Anora is the eighth feature from Sean Baker.", default_kb) == [
        ("sean-baker", 8, "supported")]


def test_another_place_is_not_supported(default_kb):
    got = credits("Anora is the sixth feature from Sean Baker.", default_kb)
    assert got == [("sean-baker", 6, "not_enough_info")]
