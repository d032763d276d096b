"""A clause that ranks by taste ("the best thing he has made", "his most moving film") is an
opinion: no KB note makes it a claim, whatever words they share (claims/notes.py `_judged`,
lexicon `notes.taste_*`). A measurable superlative stays a claim. Sentences are written for
these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "Sean Baker's Anora opened in New York in October 2024. "


def later_claims(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.start >= len(LEAD)]


def test_a_superlative_of_taste_is_no_claim(default_kb):
    for text in ("Frankly, it is the best thing Baker has made.",
                 "It is his most moving film yet, and his funniest."):
        got = later_claims(text, default_kb)
        assert not got, [(c.text, c.verdict, c.explanation) for c in got]


def test_a_measurable_superlative_stays_a_claim(default_kb):
    got = later_claims("It is the highest-grossing film of Baker's career.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
