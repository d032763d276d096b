""""X was the biggest winner of the night" in a passage that names no edition: the night is the
one edition the film ran at (claims/records.py slot `own_night`, lexicon
`records.night_words`), of the show the passage names if it names one. A reading, so it
supports the film with the most wins there and never refutes another; a passage about
another show (the Globes, BAFTA) is not that night. Sentences are written for these tests;
the facts are the default KB's complete Oscar record (Oppenheimer seven wins at the 96th,
Poor Things four)."""
from __future__ import annotations

import pytest

from award_claims import record_verdicts


@pytest.mark.parametrize("text", [
    "Oppenheimer was the biggest winner of the night.",
    "Oppenheimer won seven Oscars. It was the night's biggest winner.",
    "The Oscars were a coronation for Christopher Nolan. Oppenheimer won the most Oscars of "
    "the night.",
])
def test_the_top_of_the_film_s_one_night_is_supported(text, default_kb):
    assert record_verdicts(text, default_kb) == ["supported"], text


@pytest.mark.parametrize("text", [
    "Poor Things was the biggest winner of the night.",
    "At the Golden Globes, Oppenheimer was the night's biggest winner.",
    "Oppenheimer swept the BAFTAs. It was the biggest winner of the night.",
])
def test_another_film_or_another_show_s_night_is_left_open(text, default_kb):
    got = record_verdicts(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)
