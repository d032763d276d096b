"""An award fact that names its film only by title belongs to the film of that title whose
year fits the fact's films' year: the 1969 "True Grit"'s Best Actor is no prize of the 2010
remake. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_remake_does_not_take_the_originals_acting_prize(default_kb):
    got = awards("Quiz answer: at the Academy Awards the 2010 True Grit won best actor, "
                 "for Jeff Bridges.", default_kb)
    assert got and all(c.verdict != "supported" for c in got)


def test_the_original_keeps_its_acting_prize(default_kb):
    got = awards("At the Academy Awards the 1969 True Grit won best actor, for John Wayne.",
                 default_kb)
    assert got and [c.verdict for c in got] == ["supported"]
