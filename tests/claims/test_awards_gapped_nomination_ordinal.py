"""A clause whose verb was left out ("won her first Oscar on her second nomination, and her
second for B") has only the nomination ordinal it says itself: the first clause's "on her
second nomination" is not the gapped clause's (claims/awards/ _nomination_ordinal_at), and
the gapped clause's own "on her n-th nomination", hung on its own words, is read and checked.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _award(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_the_first_clause_nomination_ordinal_is_not_the_gapped_clause_one(default_kb):
    got = _award("Blanchett took her first Oscar on her second nomination, for The Aviator, "
                 "and her second for Blue Jasmine, a film by Woody Allen.", default_kb)
    assert got and all(v == "supported" for v, *_ in got), got


def test_a_gapped_clause_own_true_nomination_ordinal_is_supported(default_kb):
    got = _award("Blanchett took her first Oscar on her second nomination, for The Aviator, "
                 "and her second for Blue Jasmine on her sixth nomination.", default_kb)
    jasmine = [g for g in got if "Jasmine" in g[1]]
    assert jasmine and jasmine[0][0] == "supported", got


def test_a_gapped_clause_own_wrong_nomination_ordinal_is_refuted_by_its_own_number(default_kb):
    got = _award("Blanchett took her first Oscar on her second nomination, for The Aviator, "
                 "and her second for Blue Jasmine on her fifth nomination.", default_kb)
    jasmine = [g for g in got if "Jasmine" in g[1]]
    assert jasmine and jasmine[0][0] == "refuted" and "not the fifth" in jasmine[0][2], got
