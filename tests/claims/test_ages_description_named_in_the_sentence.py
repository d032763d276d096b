"""An age description that stands for a person the same sentence has just named: "X took Best
Actor; the 45-year-old actor thanked ..." and "When X won Best Actress, she was 60". The
description (or the pronoun after a fronted when-clause) is the one person named before it
whose KB gender does not clash (and, for "actor"/"actress", whom the KB knows as a performer);
when two fit it is no one. A reading, so it may support but never refute. Sentences are
written for these tests; the facts are the default KB's (Joaquin Phoenix, born 28 October
1974, won Best Actor at the 92nd Academy Awards, 9 February 2020; Frances McDormand, born 23
June 1957, won Best Actress at the 90th, 4 March 2018; Olivia Colman, born 30 January 1974,
won Best Actress at the 91st, 24 February 2019)."""
from __future__ import annotations

import pytest
from age_claims import ages, one

PHOENIX = ("Joaquin Phoenix took Best Actor for Joker at the 92nd Academy Awards, and the "
           "{}-year-old actor used his speech to talk about animals.")
MCDORMAND = "When Frances McDormand won Best Actress at the 90th Academy Awards, she was {}."


@pytest.mark.parametrize("text", [PHOENIX.format(45), MCDORMAND.format(60),
                                  "Joaquin Phoenix won Best Actor for Joker at the 92nd Academy "
                                  "Awards; the 45-year-old gave a long speech."])
def test_the_person_just_named_holds_the_age(text, default_kb):
    got = one(text, default_kb)
    assert got.verdict == "supported" and got.slots["subject"] in (
        "joaquin-phoenix", "frances-mcdormand")


@pytest.mark.parametrize("text", [PHOENIX.format(46), PHOENIX.format(50),
                                  MCDORMAND.format(59), MCDORMAND.format(55)])
def test_another_age_is_not_supported_nor_refuted(text, default_kb):
    got = one(text, default_kb)
    assert got.verdict == "not_enough_info"


def test_two_who_fit_make_no_reading(default_kb):
    # with Adam Driver (an actor too) named beside him, "the actor" may be either: no claim,
    # where the same sentence naming Joaquin Phoenix alone gives one
    alone = ("Joaquin Phoenix won Best Actor at the 92nd Academy Awards, and the 45-year-old "
             "actor thanked his late brother.")
    two = ("Joaquin Phoenix beat Adam Driver for Best Actor at the 92nd Academy Awards, and "
           "the 45-year-old actor thanked his late brother.")
    assert one(alone, default_kb).verdict == "supported"
    assert ages(two, default_kb) == []
