"""A verb read by a cue with a preposition ("play at" a festival) whose preposition names
nothing the KB knows is read by the verb alone when that is a cue of another family ("plays
Igor at the height of his powers": a part). Sentences are written for these tests; the facts
are the default KB's (Anora's cast: Yura Borisov is Igor, Luna Sofía Miranda is Lulu)."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text, kb, category):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == category]


@pytest.mark.parametrize("text, verdict", [
    ("Yura Borisov plays Igor at the height of his powers.", "supported"),
    ("Lindsey Normington plays Lulu, one of the dancers' co-workers at the strip club.",
     "refuted"),
])
def test_a_part_played_at_a_place_is_a_cast_claim(default_kb, text, verdict):
    assert verdicts(text, default_kb, "cast") == [verdict]


def test_a_film_played_at_a_festival_is_still_a_screening(default_kb):
    got = reelcheck.check("Sean Baker's Anora played at Cannes that May.", kb=default_kb).claims
    assert got and not [c for c in got if c.category == "cast"]
