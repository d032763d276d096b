"""A journey told by the vehicle one takes (lexicon plot.story travel cues 'board plane',
'catch flight'): "board a plane from X to Y" is a journey from X to Y as "fly from X to Y" is,
with the same checks (the vehicle is no traveller). Sentences written for this test; the default
KB: Vanya's parents fly from Russia to New York."""
from __future__ import annotations

from story_claims import plot_readings, supported_texts


def test_boarding_a_plane_is_the_flight(default_kb):
    got = plot_readings("Vanya's parents board a plane from Russia to New York.", default_kb)
    assert supported_texts(got) and all(v != "refuted" for v, _t in got), got


def test_another_destination_is_not_supported(default_kb):
    got = plot_readings("Vanya's parents catch a flight to Las Vegas.", default_kb)
    assert got and not supported_texts(got), got


def test_boarding_a_jet_is_the_flight(default_kb):
    got = plot_readings("Back in Moscow, Nikolai and Galina board a private jet for New York.",
                        default_kb)
    assert supported_texts(got) and all(v != "refuted" for v, _t in got), got
    got = plot_readings("Nikolai and Galina catch a jet to Los Angeles.", default_kb)
    assert got and not supported_texts(got), got
