"""A count of wins set beside a count of nominations in one verbless list ("Anora: six
nominations, five wins", "Emilia Pérez (13 nods, two wins)") counts wins out of those
nominations, read as the same show's as a verb's "won five of its six nominations" is: the
Oscars, when the text names no show -- a reading, so it supports but never refutes. Default
KB facts: Anora six nominations and five wins at the 97th Academy Awards; Emilia Pérez 13 and
two. Sentences written for these tests."""
from __future__ import annotations

import pytest
import reelcheck


def win_counts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count" and c.slots.get("polarity") == "won"]


@pytest.mark.parametrize("text,verdict", [
    ("Anora: six nominations, five wins.", "supported"),
    ("Anora (six nominations, five wins) was the big winner.", "supported"),
    ("Emilia Pérez (13 nods, two wins) had a rough night.", "supported"),
    ("Anora: six nominations, four wins.", "not_enough_info"),
    ("Emilia Pérez (13 nods, five wins) had a rough night.", "not_enough_info"),
])
def test_wins_beside_nominations(text, verdict, default_kb):
    got = win_counts(text, default_kb)
    assert [v for v, _e in got] == [verdict], got


def test_wins_alone_name_no_show(default_kb):
    got = win_counts("Anora had five wins.", default_kb)
    assert "supported" not in [v for v, _e in got] and "refuted" not in [v for v, _e in got]
