"""The cheap gate that picks the sentences worth parsing knows the plural of a prize noun in
consonant + "y" ("trophies", "victories"), as it knows "statuettes": a sentence whose only
award word is such a plural is read (claims/parse.py `_gate_words`). Sentences are written
for these tests; the facts are the default KB's (Joker: two wins at the 92nd Academy
Awards)."""
from __future__ import annotations

import reelcheck
from reelcheck.claims.parse import is_candidate

LEAD = "At the 92nd Academy Awards, Joker was up for eleven prizes. "


def counts(text, kb):
    return [(c.text, c.verdict, c.explanation) for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def test_the_gate_opens_on_a_plural_in_ies():
    assert is_candidate("Its rival carried off two trophies.", [])
    assert is_candidate("The drama notched up three victories.", [])


def test_a_count_of_trophies_is_read(default_kb):
    got = counts("The film carried off two trophies.", default_kb)
    assert got[-1][:2] == ("film carried off two trophies", "supported"), got
    got = counts("The film carried off four trophies.", default_kb)
    assert got[-1][1] == "refuted" and "not 4" in got[-1][2], got
