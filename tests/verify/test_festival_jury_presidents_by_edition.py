"""Who presided over each Cannes jury from 2015 to 2025 (factsheets/juries.yaml, the
`jury_president` facts of an edition, declared complete): a president said of an edition is
checked against that edition's, whichever way the sentence names it (by number, by year, by the
film its jury crowned, by the festival's prize and a year). Before, only the 77th's president
was known, so every other edition stayed open, and a year given with a prize but no festival
was ignored (another year's president supported it). Sentences written for these tests; the
facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _juries(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "jury_president"]


# (a true sentence, its mutant with one slot changed)
PAIRS = [
    ("Ruben Östlund was president of the jury at the 76th Cannes Film Festival.",
     "Ruben Östlund was president of the jury at the 75th Cannes Film Festival."),
    ("Pedro Almodóvar chaired the Cannes jury in 2017.",
     "Pedro Almodóvar chaired the Cannes jury in 2016."),
    ("Cate Blanchett headed the jury that crowned Shoplifters.",
     "Cate Blanchett headed the jury that crowned Parasite."),
    ("Jury president Alejandro G. Iñárritu handed the Palme d'Or to Parasite in 2019.",
     "Jury president Pedro Almodóvar handed the Palme d'Or to Parasite in 2019."),
    ("The jury, led by Spike Lee, gave the Palme d'Or to Titane.",
     "The jury, led by Vincent Lindon, gave the Palme d'Or to Titane."),
    ("Juliette Binoche was the president of the 2025 Cannes jury.",
     "Juliette Binoche was the president of the 2024 Cannes jury."),
]


@pytest.mark.parametrize("true, mutant", PAIRS)
def test_each_edition_has_its_president(true, mutant, default_kb):
    got = _juries(true, default_kb)
    assert got and all(v == "supported" for v in got), (true, got)
    got = _juries(mutant, default_kb)
    assert got and all(v == "refuted" for v in got), (mutant, got)


def test_a_shared_presidency_supports_either_president(default_kb):
    got = _juries("Joel Coen presided over the jury at Cannes in 2015.", default_kb)
    assert got == ["supported"], got
    got = _juries("George Miller presided over the jury at Cannes in 2015.", default_kb)
    assert got == ["refuted"], got


def test_the_jury_that_gave_a_win_is_the_win_s_not_the_year_s(default_kb):
    # the year is the win's to check (wrong here); the jury that gave the win is the one of
    # the edition the film won at, whose president it names
    got = {(c.category, c.verdict) for c in reelcheck.check(
        "Anatomy of a Fall had taken the Palme d'Or in 2022 from Ruben Östlund's jury.",
        kb=default_kb).claims}
    assert ("festival", "supported") in got and ("award", "refuted") in got, got
    assert ("festival", "refuted") not in got, got
