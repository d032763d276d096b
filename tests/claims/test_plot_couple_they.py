"""A "they" after a noun for the story's couple in its own sentence ("The newlyweds jet to
Reno, where they wed") stands for that couple (claims/plot.py `_story_noun_before`,
`plot.couple_nouns`), so the wedding it tells is the story's and its place is judged; a couple
of real people named before the noun ("X and Y, a couple for years, ...") is who the noun
describes, and their wedding is no claim of the story. Sentences are written for these tests;
the facts are the default KB's (in Anora, Ani and Vanya marry in Las Vegas)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def weddings(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot"
                                          and c.slots.get("action") == "marry")]


@pytest.mark.parametrize("text,verdict", [
    ("The newlyweds fly to Las Vegas, where they wed in a tiny chapel.", "supported"),
    ("The pair fly to Atlantic City, where they wed in a tiny chapel.", "refuted"),
])
def test_they_is_the_couple_named_before_it(text, verdict, default_kb):
    assert weddings(text, default_kb) == [verdict], text


def test_a_real_couple_is_not_the_storys(default_kb):
    text = "Sean Baker and Samantha Quan, a couple for years, fly to Las Vegas, where they wed."
    assert weddings(text, default_kb) == [], weddings(text, default_kb)
