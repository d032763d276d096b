"""A story cue that tells its event only as a participle after a copula (lexicon
plot.participle_cues, claims/plot.py `frames`): "the two get hitched in Las Vegas" is the
wedding, checked like "get married" (its place refutes); "hitches a ride to Reno" is no wedding at
all. Sentences written for this test; the default KB: Ani and Vanya marry at a chapel in Las
Vegas."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def weddings(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.slots.get("action") == "marry")]


@pytest.mark.parametrize("text,verdicts", [
    ("Ani and Vanya get hitched at a Las Vegas chapel.", ["supported"]),
    ("On a whim, the dancer and the oligarch's son get hitched in Las Vegas.", ["supported"]),
    ("Ani and Vanya got hitched in Reno.", ["refuted"]),
])
def test_get_hitched_is_the_wedding(text, verdicts, default_kb):
    assert weddings(text, default_kb) == verdicts, text


@pytest.mark.parametrize("text", [
    "Ani hitches a ride to Reno.",
    "Ani hitched a ride to Las Vegas with Igor.",
])
def test_an_active_hitch_is_no_wedding(text, default_kb):
    assert weddings(text, default_kb) == [], text
