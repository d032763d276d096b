"""A count of prizes "for A, B and C" lists the works the prizes were for: the parser may join
B and C to the prize noun instead of to A, leaving A alone as the count's work (its one night).
A proper name joined to a prize noun after that noun's own "for" phrase is a conjunct of the
phrase's object (claims/parse.py, _names_off_a_prize), so the count is of the listed works, not
of A's night. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.nlp import parse


def test_the_later_titles_join_the_first_title():
    from reelcheck.claims.parse import _attach_low
    doc = _attach_low(next(iter(parse(["Over her career Meryl Streep has collected three Oscars "
                                       "for Kramer vs. Kramer, Sophie's Choice and The Iron "
                                       "Lady."]))))
    choice = next(t for t in doc if t.text == "Choice")
    assert choice.head.text == "Kramer" and choice.dep_ == "conj", \
        [(t.text, t.dep_, t.head.i) for t in doc]


def test_a_count_over_listed_titles_is_not_one_nights(default_kb):
    rep = reelcheck.check("Over her career Meryl Streep has collected three Oscars for Kramer "
                          "vs. Kramer, Sophie's Choice and The Iron Lady.", kb=default_kb)
    got = [(c.verdict, c.explanation) for c in rep.claims if "three" in c.text]
    assert got and got[0][0] == "supported", got


def test_a_wrong_count_over_listed_titles_is_still_refuted(default_kb):
    rep = reelcheck.check("Over her career Meryl Streep has collected five Oscars for Kramer "
                          "vs. Kramer, Sophie's Choice and The Iron Lady.", kb=default_kb)
    got = [(c.verdict, c.explanation) for c in rep.claims if "five" in c.text]
    assert got and got[0][0] != "supported", got
