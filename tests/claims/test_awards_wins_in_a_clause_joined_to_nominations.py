"""A win count in a clause joined to one that counts the same subject's nominations
("earned six nominations, winning five", "picked up 13 nods and went on to win seven",
"X, which had 13 nominations, won seven of them") counts wins out of those nominations: read
as the same show's, the Oscars when the text names no show -- a reading, so it supports but
never refutes (claims/awards/readings.py `_joined_nomination_count`). A clause with a subject
of its own is not joined. Default KB facts: Anora six nominations and five wins at the 97th
Academy Awards, Oppenheimer 13 and seven at the 96th. Sentences written for these tests."""
from __future__ import annotations

import pytest
import reelcheck


def win_counts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count" and c.slots.get("polarity") == "won"]


@pytest.mark.parametrize("text,verdict", [
    ("Anora earned six nominations, winning five.", "supported"),
    ("Oppenheimer picked up 13 nods and went on to win seven.", "supported"),
    ("Oppenheimer, which had 13 nominations, won seven of them.", "supported"),
    ("Anora earned six nominations, winning four.", "not_enough_info"),
    ("Oppenheimer picked up 13 nods and went on to win eight.", "not_enough_info"),
    ("Oppenheimer, which had 13 nominations, won six of them.", "not_enough_info"),
])
def test_wins_joined_to_nominations(text, verdict, default_kb):
    assert win_counts(text, default_kb) == [verdict], text


def test_a_clause_with_its_own_subject_is_not_joined(default_kb):
    got = win_counts("Anora earned six nominations and Oppenheimer won seven.", default_kb)
    assert "supported" not in got and "refuted" not in got
