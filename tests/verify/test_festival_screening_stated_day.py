"""A screening at a festival whose sentence gives a month or day ("played at Telluride on May
24, 2024"): the day is part of the claim. It may hold only within the edition's run as the KB
dates it, and not before the film's first showing; elsewhere (or with the run undated) nothing
says the film screened then, so it is not supported. Before, the day was ignored. Sentences
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _screenings(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "festival_screening"]


@pytest.mark.parametrize("text", [
    "Anora played at Telluride on May 24, 2024.",       # Telluride runs around Labor Day
    "Anora unspooled at Telluride in May 2024.",
    "Anora unspooled at Cannes on May 18, 2024.",       # before its May 21 world premiere
])
def test_a_screening_day_the_kb_cannot_place_is_not_supported(text, default_kb):
    got = _screenings(text, default_kb)
    assert got and all(v == "not_enough_info" for v, _ in got), got


@pytest.mark.parametrize("text", [
    "Anora unspooled at Cannes on May 24, 2024.",       # within the 77th edition's run
    "Anora played at Cannes in 2024.",
])
def test_a_screening_within_the_run_holds(text, default_kb):
    got = _screenings(text, default_kb)
    assert got and all(v == "supported" for v, _ in got), got
