"""An event noun as the subject of a verb that tells where it happens ("Ani's marriage to Vanya
takes place in X", "the wedding ... is held in X"; lexicon `plot.occurrence_verbs`): the verb's
place is the wedding's (claims/plot.py `_occurrence_places`). Sentences written for these tests;
in the KB's story Ani and Vanya marry at a chapel in Las Vegas."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "Ani's marriage to Vanya takes place in Las Vegas.",
    "The wedding of Ani and Vanya is held in a Las Vegas chapel.",
])
def test_the_weddings_place_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "Ani's marriage to Vanya takes place in Moscow.",
    "The wedding of Ani and Vanya is held in Miami.",
])
def test_another_place_is_refuted(text, default_kb):
    got = plot_readings(text, default_kb)
    assert any(v == "refuted" for v, _t in got) and not supported_texts(got), got
