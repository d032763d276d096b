"""An age on a description set off after a character's name is that character's age also when
the description opens with a possessive ("Vanya, the oligarch's 19-year-old son"): the phrase
starts at the possessive's first word, right after the comma. Plot notes of the default KB
give Ani's age (23) and Vanya's (21); sentences written for these tests."""
from __future__ import annotations

import pytest
import reelcheck


def plot_ages(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "age"]


@pytest.mark.parametrize("text,verdict", [
    ("Eydelshteyn plays Vanya, the oligarch's 21-year-old son.", "supported"),
    ("Eydelshteyn plays Vanya, the oligarch's 18-year-old son.", "refuted"),
    ("Vanya, the oligarch's 19-year-old son, marries Ani in Las Vegas.", "refuted"),
    ("Madison plays Ani, Vanya's 23-year-old bride.", "supported"),
    ("Madison plays Ani, Vanya's 25-year-old bride.", "refuted"),
])
def test_a_possessive_description_after_a_character(text, verdict, default_kb):
    got = plot_ages(text, default_kb)
    assert [v for v, _e in got] == [verdict], got


def test_a_possessive_trade_description_is_the_actors(default_kb):
    got = plot_ages("Mikey Madison, Anora's 25-year-old star, won Best Actress.", default_kb)
    assert [v for v, _e in got] in ([], ["supported"]), got
    assert all("Mikey Madison" in e for _v, e in got), got
