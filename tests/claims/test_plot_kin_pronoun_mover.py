"""A subject pronoun that stands for a kin noun of a character named as the subject of an
earlier clause of its sentence ("When Vanya's parents learn of it, they fly in"): the journey's
travellers are that kin (claims/plot.py `_kin_subject_before`), so a kin the story does not tell
("Ani's parents") leaves the journey open instead of taking another's. Sentences written for
these tests; in the KB's story Vanya's parents fly from Russia to New York."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "When Vanya's parents get word of the wedding, they fly from Russia to New York.",
    "As soon as Ivan's parents find out, they board a plane to New York.",
])
def test_the_told_kin_journey_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "When Ani's parents get word of the wedding, they fly from Russia to New York.",
    "Once Ani's mother finds out, she flies to New York from Russia.",
])
def test_an_untold_kin_journey_is_left_open(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not any("fl" in t for t in supported_texts(got)), got
    assert not any(v == "refuted" for v, _t in got), got
