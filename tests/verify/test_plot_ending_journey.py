"""A journey of the ending's people at the story's end ("In the final scene Igor drives Ani to
X"): the KB's ending takes them home, and home is where the story's facts say they live
(verify/plot.py `_ending_journey`): a place inside it is supported, one apart from it refuted.
Sentences written for these tests; in the KB's story Igor drives Ani home at the end, and Ani
lives in Brighton Beach."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "At the end, Igor drives Ani back to Brighton Beach.",
    "In the last scene Igor drives Ani to her place in Brighton Beach.",
])
def test_the_drive_home_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "In the final scene, Igor drives Ani to Las Vegas.",
    "At the end, Igor takes Ani to Manhattan.",
])
def test_a_drive_elsewhere_at_the_end_is_refuted(text, default_kb):
    got = plot_readings(text, default_kb)
    assert any(v == "refuted" for v, _t in got) and not supported_texts(got), got


@pytest.mark.parametrize("text", [
    "Early on, Igor drives Ani to Manhattan.",
    "At the end, Vanya flies back to Russia.",
    "In the end Igor drives Ani to the airport.",
])
def test_other_journeys_are_not_the_endings(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not any(v == "refuted" for v, _t in got), got
