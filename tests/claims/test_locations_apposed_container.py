"""A place with the place that holds it apposed after it ("Mill Basin, Brooklyn") says where
the first lies; where the KB's geography has it elsewhere ("Mill Basin, Manhattan"), the
claim is not supported by the film's place alone: it is left open (a namesake may lie there).

Sentences are written for these tests; the facts are the default KB's (Anora's filming and
story places; Brighton Beach and Mill Basin lie in Brooklyn)."""
from __future__ import annotations

import pytest

import reelcheck

LEAD = "Anora opened in American cinemas in October 2024. "


def places(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.category == "location" and c.start >= len(LEAD)]


@pytest.mark.parametrize("text", [
    "The waterfront house scenes were filmed in Mill Basin, Manhattan.",
    "Most of the drama unfolds in Brighton Beach, Queens.",
])
def test_a_wrong_container_is_not_supported(default_kb, text):
    got = places(text, default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
    assert all("Brooklyn" in c.explanation for c in got)


def test_a_right_container_still_supports(default_kb):
    got = places("Most of the drama unfolds in Brighton Beach, Brooklyn.", default_kb)
    assert got and all(c.verdict == "supported" for c in got)
