"""The length of a shoot (Anora: 37 days in the default KB) against two things a sentence may
add to its figure. Days said of one place are a part of the shoot, which the whole neither gives
nor rules out -- unless they are more than the whole ("shot over 45 days in Brooklyn"): those
refute (verify/quantities.py). Bound words before a figure of days ("in under 45 days", "fewer
than 40 days") make it a bound (claims/quantities.py reads the money bounds of the lexicon for
other quantities too); "over" before days says the span, as before. Sentences are written for
these tests."""
from __future__ import annotations

import pytest

import reelcheck

ROWS = [
    ("On a tiny budget, Anora was filmed over 45 days in New York and Las Vegas.", "refuted"),
    ("On a tiny budget, Anora was filmed over 12 days in Las Vegas.", "not_enough_info"),
    ("Anora's 39-day shoot took place in Brighton Beach and Las Vegas.", "refuted"),
    ("Made for $6 million, Anora was shot in under 45 days.", "supported"),
    ("Made for $6 million, Anora was shot in under 30 days.", "refuted"),
    ("Baker wrapped Anora in fewer than 40 days of shooting.", "supported"),
    ("The Anora shoot lasted fewer than 35 days.", "refuted"),
    ("Anora was filmed over 37 days.", "supported"),
    ("Anora was filmed over 30 days.", "refuted"),
]


@pytest.mark.parametrize("text,want", ROWS)
def test_shoot_days_with_a_place_or_a_bound(default_kb, text, want):
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.predicate == "shooting_days"]
    assert [c.verdict for c in got] == [want], [(c.text, c.verdict, c.explanation) for c in got]
