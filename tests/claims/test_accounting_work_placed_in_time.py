"""A person's work placed by a word of order in time ("his previous film, X", "her latest
feature, X") says which of their films X is, relative to the time of writing or to another
film: a slot the credit alone does not judge, so the credit is not supported over it.
Sentences are written for these tests."""
from __future__ import annotations

from credit_claims import filmography_claims as films


def test_an_order_word_on_the_work_noun_is_not_judged_by_the_credit(default_kb):
    for text in ("Sean Baker's latest film, Red Rocket, opened to raves.",
                 "Sean Baker's previous film, Tangerine, starred Simon Rex."):
        got = films(text, default_kb)
        assert got and all(c.verdict == "not_enough_info" for c in got), (text, got)


def test_a_plain_or_dated_credit_noun_still_supports(default_kb):
    got = films("Baker's breakout film, Tangerine, opened to raves.", default_kb)
    assert got and all(c.verdict == "supported" for c in got), got
