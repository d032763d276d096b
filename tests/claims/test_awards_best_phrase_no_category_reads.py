"""A "best" phrase in the place of the work a prize was for ("won the Oscar for best comedy")
names a category; when no category the KB has reads it, the claim states a slot nothing
checked, so it is not supported (claims/awards/ `_unchecked`). A category the KB has, in any
case, is read as before. Sentences are written for these tests; the facts are the default
KB's (Anora won Best Picture at the 97th Academy Awards; the Oscars have no comedy prize)."""
from __future__ import annotations

import pytest

import reelcheck


def award(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


@pytest.mark.parametrize("text,verdict", [
    ("Anora won the Oscar for best comedy.", "not_enough_info"),
    ("Anora won the Oscar for best romance.", "not_enough_info"),
    ("Anora won the Oscar for best picture.", "supported"),
    ("Mikey Madison won the Oscar for best actress for Anora.", "supported"),
])
def test_a_best_phrase_no_category_reads(text, verdict, default_kb):
    assert award(text, default_kb) == [verdict]
