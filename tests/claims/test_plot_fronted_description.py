"""A description set before the character it describes (claims/plot.py
`_fronted_description_of`, read by `_description_claims`): "A sex worker from Brighton Beach,
Ani meets ..." is parsed with the description as a second subject of the verb; it describes the
subject after the comma, as "Ani, a sex worker from Brighton Beach, ..." does, and its place is
where she lives (confirmed by the KB's facts, never refuted). Sentences written for this test;
the default KB: Ani lives in Brighton Beach."""
from __future__ import annotations

from story_claims import after_lead


def lives(text, kb):
    return [(c.verdict, c.slots.get("place")) for c in after_lead(
        text, kb, lambda c: c.slots.get("kind") == "plot_lives")]


def test_a_fronted_description(default_kb):
    assert lives("A sex worker from Brighton Beach, Ani meets Vanya at the club.",
                 default_kb) == [("supported", "brighton-beach")]


def test_a_fronted_description_of_another_place_is_never_supported(default_kb):
    got = lives("A sex worker from Las Vegas, Ani meets Vanya at the club.", default_kb)
    assert all(v == "not_enough_info" for v, _p in got), got


def test_two_subjects_with_no_comma_are_not_a_description(default_kb):
    # (no comma between them: not a description set off before its subject)
    assert lives("The dancer from Brighton Beach and Ani meet Vanya.", default_kb) in (
        [], [("not_enough_info", "brighton-beach")])
