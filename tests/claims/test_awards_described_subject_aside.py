"""A description set off by commas between a subject and its verb ("X, the Palme d'Or winner,
earned five nominations") describes the subject: the parser's second subject is mended into an
apposition (claims/parse.py, _second_subjects), and its show is not the show of the nouns the
verb takes (claims/awards/, _aside). Sentences are written for these tests; the facts are the
default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.nlp import parse

LEAD = "The 96th Academy Awards nominations were read out on a cold morning. "


def test_a_set_off_description_is_the_subjects_apposition():
    from reelcheck.claims.parse import _attach_low
    doc = _attach_low(next(iter(parse(
        ["Past Lives, the festival favourite, earned two nominations."]))))
    fav = next(t for t in doc if t.text == "favourite")
    assert fav.dep_ == "appos" and fav.head.text == "Lives", [(t.text, t.dep_) for t in doc]


def test_the_descriptions_show_is_not_the_count_s(default_kb):
    rep = reelcheck.check(LEAD + "Anatomy of a Fall, the Palme d'Or winner, earned five "
                          "nominations.", kb=default_kb)
    got = [(c.verdict, c.explanation) for c in rep.claims if "nominations" in c.text]
    assert got and got[0][0] == "supported" and "96th" in got[0][1], got


def test_a_wrong_count_beside_the_description_is_refuted(default_kb):
    rep = reelcheck.check(LEAD + "Anatomy of a Fall, the Palme d'Or winner, earned seven "
                          "nominations.", kb=default_kb)
    got = [(c.verdict, c.explanation) for c in rep.claims if "nominations" in c.text]
    assert got and got[0][0] == "refuted" and "5" in got[0][1], got
