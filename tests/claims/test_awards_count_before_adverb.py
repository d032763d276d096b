"""A count told up to an earlier time by an adverb on its verb ("had been nominated six times
before", "had previously collected two") is not the whole record: the whole record's larger
total does not refute it (claims/awards/: the lexicon's qualifiers.count_bound_adverbs make
the count bounded). A count without such a word is still judged against the whole record.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "Martin Scorsese finally took Best Director for The Departed at the 79th Academy Awards. "


def _counts(rep):
    return [(c.verdict, c.explanation) for c in rep.claims if "Departed" not in c.text]


def test_a_count_up_to_then_is_not_refuted_by_the_career_total(default_kb):
    rep = reelcheck.check(LEAD + "The director had been nominated five times before.",
                          kb=default_kb)
    got = _counts(rep)
    assert got and all(v != "refuted" for v, _ in got), got


def test_a_noun_count_with_previously_is_not_refuted(default_kb):
    rep = reelcheck.check(LEAD + "The director had previously collected three nominations.",
                          kb=default_kb)
    got = _counts(rep)
    assert got and all(v != "refuted" for v, _ in got), got


def test_a_count_with_no_such_word_is_still_judged_in_full(default_kb):
    rep = reelcheck.check(LEAD + "The director has been nominated five times.", kb=default_kb)
    got = _counts(rep)
    assert got and got[0][0] == "refuted" and "16" in got[0][1], got
