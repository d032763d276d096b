"""A crew credit the Oscar record states: a film's Best Director, Cinematography and Film
Editing nominees are its whole credit for that job, so they support the right name and refute
another; its screenplay, score and Best Picture nominees only support (a credit may be larger
than the Academy's list). Sentences are written for this test; the facts are the default KB's
(the 66th Academy Awards' nominations for Schindler's List and the 45th's for The Godfather)."""
from __future__ import annotations

import reelcheck


def crew(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]
    assert len(got) == 1, [(c.text, c.verdict) for c in got]
    return got[0]


def test_directing_and_editing_nominees_are_the_whole_credit(default_kb):
    assert crew("Steven Spielberg directed Schindler's List.", default_kb).verdict == "supported"
    wrong = crew("Schindler's List was directed by Martin Scorsese.", default_kb)
    assert wrong.verdict == "refuted" and "Steven Spielberg" in wrong.explanation
    assert crew("Schindler's List was edited by Michael Kahn.", default_kb).verdict == "supported"
    assert crew("Schindler's List was edited by Thelma Schoonmaker.",
                default_kb).verdict == "refuted"


def test_writing_nominees_support_but_never_refute(default_kb):
    assert crew("The Godfather was written by Mario Puzo.", default_kb).verdict == "supported"
    other = crew("The Godfather was written by Robert Towne.", default_kb)
    assert other.verdict == "not_enough_info"
