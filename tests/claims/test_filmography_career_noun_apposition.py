"""A career noun that stands for a film ("breakout", like "debut") is one of the lexicon's
title nouns: a title in apposition to a person's breakout credits that person with it.
Sentences written for these tests; facts from the default KB (Sean Baker directed The Florida
Project, 2017, and not Scream)."""
from __future__ import annotations

from credit_claims import credits


def test_title_after_the_breakout(default_kb):
    got = credits("Sean Baker's breakout, The Florida Project, opened in 2017.", default_kb)
    assert ("sean-baker", "the-florida-project", "supported") in got


def test_breakout_after_the_title(default_kb):
    got = credits("The Florida Project, Sean Baker's breakout, opened in 2017.", default_kb)
    assert ("sean-baker", "the-florida-project", "supported") in got


def test_another_person_s_work_is_not_supported(default_kb):
    got = credits("Sean Baker's breakout, The Florida Project, opened in 2017; Scream did not.",
                  default_kb)
    assert not any(s == "sean-baker" and w == "scream-2022-film" and v == "supported"
                   for s, w, v in got)
    assert ("sean-baker", "the-florida-project", "supported") in got
