"""Verbs that pile prizes up ("racked up 13 nominations", "raked in seven Oscars", "pocketed
five", "amassed", "reaped", "notched", "lifted the Palme d'Or") are win cues in the lexicon,
yielding to the relation noun they take as the other light verbs do. Sentences written for
these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

from award_claims import readings


@pytest.mark.parametrize("text", [
    "Oppenheimer raked in seven Oscars at the 96th Academy Awards.",
    "Poor Things racked up 11 nominations at the 96th Academy Awards.",
    "Everything Everywhere All at Once amassed 11 nominations at the 95th Academy Awards.",
    "Jafar Panahi lifted the Palme d'Or in 2025.",
])
def test_a_piling_up_verb_states_the_count_or_the_win(text, default_kb):
    got = readings(text, default_kb, ("award", "count"))
    assert got and all(v == "supported" for v, _ in got), got


def test_a_wrong_count_after_such_a_verb_is_refuted(default_kb):
    got = readings("The Brutalist pocketed four Oscars at the 97th Academy Awards.", default_kb,
                   ("award", "count"))
    assert got and got[0][0] == "refuted" and "3" in got[0][1], got
