"""A claim read from a question and its answer ("Which director has won the most Oscars for
directing? John Ford, with five wins.") accounts for the slots of both, as any claim does
(claims/__init__.py records them; claims/accounting.py): a superlative or count the claim did
not judge keeps it from being supported. Sentences are written for these tests; the facts are
the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_an_unjudged_superlative_in_the_question_is_not_supported(default_kb):
    got = _claims("Which filmmaker has won the most Oscars for directing?\nJohn Ford, with "
                  "six wins.", default_kb)
    assert got and all(v != "supported" for v, _ in got), got


def test_a_plain_answer_is_still_supported(default_kb):
    got = _claims("Who won best actress at the 96th Academy Awards?\nEmma Stone, for Poor "
                  "Things.", default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_a_wrong_plain_answer_is_still_refuted(default_kb):
    got = _claims("Who won best actress at the 96th Academy Awards?\nLily Gladstone, for "
                  "Killers of the Flower Moon.", default_kb)
    assert [v for v, _ in got] == ["refuted"], got
