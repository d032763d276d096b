"""A "for <title>" phrase set off by commas right after a prize clause on the subject ("X,
who was nominated for Best Director just once before, for Dunkirk, now has ...") names the
work of that clause's prize; the parser hangs it on the name, and a count in the main clause
then took the work as its own scope and was judged at that film's ceremony. The phrase is
the relative clause's (claims/attach.py, _phrases_after_a_relative_clause; lexicon
qualifiers.work_prepositions_after_clause), so the main clause's count is the career's.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _rows(rep):
    return [(c.verdict, c.text, c.explanation) for c in rep.claims]


def test_a_career_count_after_the_aside_is_not_judged_at_the_aside_film(default_kb):
    rep = reelcheck.check('Christopher Nolan, who was nominated for best director just once '
                          'before, for "Dunkirk," now has eight Oscar nominations over his '
                          'career.', kb=default_kb)
    counts = [r for r in _rows(rep) if "eight" in r[1]]
    assert counts and counts[0][0] == "supported", _rows(rep)


def test_a_wrong_career_count_is_still_refuted_by_the_career(default_kb):
    rep = reelcheck.check('Christopher Nolan, who was nominated for best director just once '
                          'before, for "Dunkirk," now has ten Oscar nominations over his '
                          'career.', kb=default_kb)
    counts = [r for r in _rows(rep) if "ten Oscar" in r[1]]
    assert counts and counts[0][0] == "refuted" and "90th" not in counts[0][2], _rows(rep)


def test_the_aside_prize_keeps_its_film(default_kb):
    rep = reelcheck.check('Christopher Nolan, who was nominated for best director just once '
                          'before, for "Dunkirk," now has eight Oscar nominations over his '
                          'career.', kb=default_kb)
    aside = [r for r in _rows(rep) if "best director" in r[1]]
    assert aside and aside[0][0] == "supported" and "90th" in aside[0][2], _rows(rep)
