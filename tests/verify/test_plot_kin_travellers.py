"""Who makes a journey of the story is a slot, and a kin noun of a character names its
traveller through the story's relation facts.

- "Vanya's father", "Vanya's mother and father" move in the story: the kin noun of a named
  character is the one character the KB's relations give that tie (claims/plot.py
  _kin_of_character); a tie the story does not tell ("Ani's mother"), or one such noun among
  the movers, leaves the claim open.
- A journey told of others (the parents' flight to New York) does not support the same journey
  said of someone else ("Igor flies to New York"): verify/plot._journey leaves it open.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings, supported_texts


def _verdicts(got):
    return [v for v, _ in got]


def test_a_characters_father_and_mother_are_the_storys(default_kb):
    got = plot_readings("Vanya's mother and father fly in from Russia.", default_kb)
    assert any("mother and father fly in from Russia" in t for t in supported_texts(got)), got


def test_a_journey_of_others_is_not_this_travellers(default_kb):
    for text in ("Igor flies to New York.", "Ani flies in from Russia.",
                 "Vanya's mother and Igor fly to New York."):
        got = plot_readings(text, default_kb)
        assert got and "supported" not in _verdicts(got) and "refuted" not in _verdicts(got), \
            (text, got)


def test_a_tie_the_story_does_not_tell_leaves_the_journey_open(default_kb):
    for text in ("Vanya's mother and Ani's father fly to New York.",
                 "Ani's mother flies to New York.",
                 "Vanya's mother and father fly to Las Vegas."):
        got = plot_readings(text, default_kb)
        assert "supported" not in _verdicts(got) and "refuted" not in _verdicts(got), (text, got)


def test_head_for_is_a_journey_to_its_place(default_kb):
    # `plot.story` travel verbs: "head for", "make for" name where one goes with "for"
    got = plot_readings("Vanya's parents head for New York.", default_kb)
    assert any("head for New York" in t for t in supported_texts(got)), got
    got = plot_readings("Vanya's parents head for Las Vegas.", default_kb)
    assert got and "supported" not in _verdicts(got) and "refuted" not in _verdicts(got), got
