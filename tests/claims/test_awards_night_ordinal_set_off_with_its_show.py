"""An owned ordinal set off after a win, with the show named on it (sentences written for
reelcheck's tests): "Baker's editing win, his fifth of the night at the 97th Academy Awards"
had been supported with "fifth" ignored, since the "at" phrase on the ordinal kept it from
being read. The phrase says where the night's prizes were given, not which of them: the
ordinal counts that night's prizes, refuted past the night's complete tally, open within it
(the KB does not order one night's prizes)."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text: str, kb) -> list[str]:
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text", [
    "Baker's editing win, his fifth of the night at the 97th Academy Awards, made history.",
    "Sean Baker's screenplay win, his sixth of the evening at the 97th Academy Awards, "
    "drew a standing ovation.",
])
def test_night_ordinal_past_the_tally_is_refuted(default_kb, text):
    assert "refuted" in verdicts(text, default_kb)


@pytest.mark.parametrize("text", [
    "Baker's editing win, his fourth of the night at the 97th Academy Awards, made history.",
    "Sean Baker's screenplay win, his second of the evening at the 97th Academy Awards, "
    "drew a standing ovation.",
])
def test_night_ordinal_within_the_tally_is_not_refuted(default_kb, text):
    assert "refuted" not in verdicts(text, default_kb)
