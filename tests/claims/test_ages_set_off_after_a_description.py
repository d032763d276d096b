"""An age set off by commas after a description ("The Darkest Hour star, 59, thanked ...",
"the actress, 48,") is the age of the person the description stands for: the one fitting
person the sentence names before it, else the one the passage is about (a reading, so it may
support but never refute; two who fit make no reading). Sentences are written for these
tests; the facts are the default KB's (Gary Oldman, born 21 March 1958, won Best Actor at the
90th Academy Awards, 4 March 2018; Regina King, born 15 January 1971, won Best Supporting
Actress at the 91st, 24 February 2019)."""
from __future__ import annotations

import pytest
from age_claims import ages, one

OLDMAN = ("Gary Oldman won Best Actor at the 90th Academy Awards. The Darkest Hour star, {}, "
          "thanked his mother.")
KING = ("Regina King won Best Supporting Actress at the 91st Academy Awards, and the actress, "
        "{}, thanked her mother.")


@pytest.mark.parametrize("text", [OLDMAN.format(59), KING.format(48)])
def test_the_age_of_the_person_described_holds(text, default_kb):
    assert one(text, default_kb).verdict == "supported"


@pytest.mark.parametrize("text", [OLDMAN.format(60), OLDMAN.format(54), KING.format(47),
                                  KING.format(40)])
def test_another_age_is_left_open(text, default_kb):
    got = one(text, default_kb)
    assert got.verdict == "not_enough_info" and got.slots["subject"] in (
        "gary-oldman", "regina-king")


def test_two_who_fit_make_no_reading(default_kb):
    assert ages("Regina King beat Amy Adams at the 91st Academy Awards, and the actress, 48, "
                "thanked her mother.", default_kb) == []
    assert one(KING.format(48), default_kb).slots["subject"] == "regina-king"
