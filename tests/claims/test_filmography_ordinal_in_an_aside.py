"""A place among its maker's films said in an aside on a film ("Anora, Sean Baker's fourth
feature, won ...", "won the Palme with Anora, his eighth feature") is a claim of its own, even
inside an award claim (claims/__init__.py keeps an aside with an ordinal); "his" is the one
person named before it when the KB does not say their gender (claims/filmography.py
`_person`); the parser's second object is mended into the aside (claims/attach.py
`_second_objects_set_off_after_a_phrase`); and the ordinal on a film noun never counts the
prizes (claims/awards/ `_career_ordinal`). Sentences are written for these tests; the facts
are the default KB's (Anora is Sean Baker's eighth feature by one source, his sixth by
another; he won the Palme d'Or for it in 2024, his first)."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text, kb):
    return sorted((c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims)


@pytest.mark.parametrize("text", [
    "Anora, Sean Baker's fourth feature, won the Palme d'Or.",
    "Sean Baker won the Palme d'Or with Anora, his fourth feature.",
])
def test_a_wrong_place_in_an_aside_is_refuted(text, default_kb):
    got = verdicts(text, default_kb)
    assert ("filmography", "refuted") in got, got
    assert ("award", "supported") in got, got


@pytest.mark.parametrize("text", [
    "Anora, Sean Baker's eighth feature, won the Palme d'Or.",
    "Sean Baker won the Palme d'Or with Anora, his eighth feature.",
])
def test_the_right_place_is_supported_and_no_prize_is_counted(text, default_kb):
    assert verdicts(text, default_kb) == [("award", "supported"), ("filmography", "supported")]


def test_an_object_pronoun_is_not_the_subject_before_it(default_kb):
    text = ("Mikey Madison grew up in Los Angeles. In 2019 Quentin Tarantino cast her as Sadie "
            "Atkins in Once Upon a Time in Hollywood.")
    got = [(c.category, c.verdict) for c in reelcheck.check(text, kb=default_kb).claims]
    assert ("filmography", "supported") in got, got
