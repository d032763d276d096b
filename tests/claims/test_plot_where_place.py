"""The place a "where" clause says. After a copula, the copula's subject is where the clause's
deed happens ("Brighton Beach is where Ani lives": claims/plot.py); and a note matched to a
clause opening with "where" or "there" must hold the place named before it, the place that word
stands for ("Reno is where Ani and Vanya marry" is no note's Las Vegas wedding:
claims/statements.py `_place_before`). Sentences are written for these tests; the KB's Ani lives
in Brighton Beach and works in Manhattan, and she and Vanya marry in Las Vegas."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "Brighton Beach is where Ani lives.",
    "Manhattan is where Ani works.",
    "Las Vegas is where Ani and Vanya marry.",
    "They fly to Las Vegas, where Ani and Vanya marry.",
])
def test_the_place_of_a_where_clause_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got), got


@pytest.mark.parametrize("text", [
    "Staten Island is where Ani lives.",
    "Reno is where Ani and Vanya marry.",
    "They fly to Reno, where Ani and Vanya marry.",
])
def test_another_place_of_a_where_clause_is_not_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got), got
