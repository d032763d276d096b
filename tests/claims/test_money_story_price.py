"""A price in a film's story ("A night with Ani costs $1,000") is no budget of the film: a cost
or gross whose subject's phrase names one of the story's characters and no film is said of
the story (claims/quantities.py `_of_the_story`). Before this it was read as Anora's budget
and refuted by its $6 million. Sentences written for these tests."""
from __future__ import annotations

import pytest
import reelcheck


def money(text, kb):
    return [c.verdict for c in reelcheck.check("Anora is set in New York. " + text,
                                                kb=kb).claims if c.category == "money"]


@pytest.mark.parametrize("story,film", [
    ("A single night with Ani costs $1,000.", "The film cost $6 million."),
    ("Vanya's week with Ani costs him $15,000.", "Anora cost $6 million to make."),
])
def test_a_story_price_is_no_budget(story, film, default_kb):
    assert money(story, default_kb) == [], money(story, default_kb)
    assert money(film, default_kb) == ["supported"], money(film, default_kb)
