""""Bring a part to life" is the lexicon's `play` relation (claims/lexicon.yaml): a cue whose
noun follows its preposition ("is brought to life by") is matched through the preposition's
object (claims/frames.py `_match_cue`)."""
from __future__ import annotations

import pytest

import reelcheck


@pytest.mark.parametrize("text, expect", [
    ("Garnick is brought to life by Vache Tovmasyan.", "supported"),
    ("Garnick is brought to life by Karren Karagulian.", "refuted"),
    ("Galina, brought to life by Darya Ekamasova, flies in from Moscow.", "supported"),
    ("Galina, brought to life by Luna Sofia Miranda, flies in from Moscow.", "refuted"),
    ("Yura Borisov brings Igor to life with very few words.", "supported"),
    ("Yura Borisov brings Toros to life with very few words.", "refuted"),
])
def test_brought_to_life(default_kb, text, expect):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims if c.category == "cast"]
    assert expect in got
    if expect == "supported":
        assert "refuted" not in got


def test_a_place_or_story_brought_to_life_is_no_part(default_kb):
    for text in ("Sean Baker brings Brighton Beach to life.", "The film brings the story to life."):
        assert not [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "cast"]
