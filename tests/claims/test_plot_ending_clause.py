"""A deed set at the story's ending by a clause on a verb of the film's ending ("The film
closes as Igor drives her home", "Anora ends with Igor driving her home", "the movie ends when
..."; claims/plot.py `_ending_clause`): the ending's deed, whose doer the KB's fact names. A
clause on a verb of its opening ("opens with") sets it at the start. Sentences written for
these tests; in the KB's story Igor drives Ani home at the end."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "The film closes as Igor drives Ani home through the snow.",
    "The movie ends when Igor drives Ani home.",
    "The story wraps up with Igor driving Ani back to her house.",
])
def test_the_endings_doer_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "The film closes as Toros drives Ani home through the snow.",
    "Anora ends with Garnick driving Ani home.",
    "The movie ends when Vanya drives Ani home.",
])
def test_another_doer_at_the_end_is_refuted(text, default_kb):
    got = plot_readings(text, default_kb)
    assert any(v == "refuted" for v, _t in got) and not supported_texts(got), got


@pytest.mark.parametrize("text", [
    "The film opens with Igor driving Ani home.",
    "Vanya ends up with Toros driving him home.",
])
def test_other_moments_are_not_the_ending(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got) and not any(v == "refuted" for v, _t in got), got
