"""A clause the story's ending is the subject of shows the ending's deed ("The final scene finds
Igor driving her home", "the ending has him drive her home"): the deed is the ending's, whose
doer the KB's fact names (claims/plot.py `_ending_clause`, `_moment_noun`); the opening's is
another moment, and the end of something else ("the end of the night") is no ending. Sentences
written for these tests; in the KB's story Igor drives Ani home at the end."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "The final scene finds Garnick driving Ani home.",
    "The ending has Toros drive Ani home.",
])
def test_another_driver_in_the_ending_is_refuted(text, default_kb):
    got = plot_readings(text, default_kb)
    assert any(v == "refuted" for v, _t in got), got


def test_the_endings_driver_is_supported(default_kb):
    got = plot_readings("The closing scene finds Igor driving Ani home.", default_kb)
    assert supported_texts(got), got
    assert not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "The opening scene finds Garnick driving Ani home.",
    "The end of the night finds Garnick driving Ani home.",
])
def test_another_moment_is_never_refuted(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not any(v == "refuted" for v, _t in got), got
