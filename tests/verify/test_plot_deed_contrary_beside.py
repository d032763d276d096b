"""A story deed's clause coordinated with another that does the contrary of the fact's text to
the same thing ("drives her home and keeps her ring" against the fact's "... returns her wedding
ring") is not supported by that fact: the sentence's other deed is a slot the fact tells
otherwise (claims/plot.py slot `beside`; verify/plot.py _contrary_beside). Sentences are written
for these tests; the facts are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings as _plot


def test_keeping_the_ring_beside_the_ride_home(default_kb):
    got = _plot("In the closing scene Igor drives Ani home and keeps her wedding ring.",
                default_kb)
    assert got and not {v for v, _ in got} & {"supported", "refuted"}, got


def test_handing_it_back_beside_the_ride_home(default_kb):
    got = _plot("In the closing scene Igor drives Ani home and hands back her ring.", default_kb)
    assert "supported" in {v for v, _ in got}, got
