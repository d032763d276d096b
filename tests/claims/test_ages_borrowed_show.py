"""An age at a win whose prize the clause does not name ("she was 28 when she won for La La
Land"), told after a paragraph on another category, is the age at that film's win at the show
the passage is about -- not at the passage's category, which she never won -- as "took the
prize for Room at 26" is (test_ages). Sentences are written for these tests; facts
are the default KB's (Emma Stone, born 6 November 1988, won Best Actress for La La Land at the
89th Academy Awards on 26 February 2017; Brody won Best Actor for The Pianist at the 75th)."""
from __future__ import annotations

import reelcheck

LEAD = "The Pianist brought Adrien Brody the Best Actor Oscar at the 75th Academy Awards.\n\n"


def ages(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "age"]


def test_the_age_at_the_films_win_is_supported(default_kb):
    got = ages(LEAD + "Stone was 28 when she triumphed for La La Land.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    assert "89th" in got[0].explanation


def test_a_wrong_age_at_the_films_win_is_refuted_at_its_edition(default_kb):
    got = ages(LEAD + "Emma Stone was 31 when she won for La La Land.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "89th" in got[0].explanation and "75th" not in got[0].explanation

