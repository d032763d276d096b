"""A count of nominations whose noun refers back to a category ("on each of her three
nominations in that category", "two nods in the same race") counts that one category, not the
subject's whole record: the career total must not refute it (claims/awards/,
_category_anaphor; lexicon qualifiers.category_anaphors). With the category in the clause it
is judged as a count of that category; with none there, it is not read as a career count.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "The Academy Awards have been kind to her. "


def _count_rows(rep):
    return [(c.verdict, c.explanation) for c in rep.claims if "nomination" in c.text]


def test_a_count_in_that_category_is_not_refuted_by_the_career_total(default_kb):
    rep = reelcheck.check(LEAD + "Frances McDormand took best actress on every one of her three "
                          "nominations in that category.", kb=default_kb)
    assert all(c.verdict != "refuted" for c in rep.claims), \
        [(c.verdict, c.text, c.explanation) for c in rep.claims]


def test_the_category_count_is_judged_against_that_category(default_kb):
    rep = reelcheck.check(LEAD + "Frances McDormand has won best actress on each of her five "
                          "nominations in that category.", kb=default_kb)
    got = _count_rows(rep)
    assert got and got[0][0] == "refuted" and "Best Actress three times" in got[0][1], got


def test_a_true_category_count_is_supported(default_kb):
    rep = reelcheck.check(LEAD + "Frances McDormand has won best actress on each of her three "
                          "nominations in that category.", kb=default_kb)
    got = _count_rows(rep)
    assert got and got[0][0] == "supported", got


def test_a_category_said_only_in_another_sentence_is_no_career_count(default_kb):
    rep = reelcheck.check(LEAD + "Frances McDormand first won best actress for Fargo. She has "
                          "since received three nominations in that category.", kb=default_kb)
    assert all("in all" not in c.explanation for c in rep.claims), \
        [(c.verdict, c.text, c.explanation) for c in rep.claims]
