"""Where a story moves from is where it is set as much as where it moves to: "the plot
shifts from X to Y" makes a setting claim of X, so a wrong X is not passed over by a right Y.

Sentences are written for these tests; the facts are the default KB's (Anora is set, in full,
in Brighton Beach, Mill Basin, Brooklyn, Manhattan, New York City and Las Vegas)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in American cinemas in October 2024. "


def settings(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.predicate == "narrative_location"
            and c.start >= len(LEAD)]


def test_a_wrong_starting_place_is_refuted(default_kb):
    got = settings("Halfway through, the narrative relocates from Phoenix to Las Vegas.",
                   default_kb)
    assert "refuted" in [c.verdict for c in got]
    assert any(c.slots.get("place") == "phoenix" and c.verdict == "refuted" for c in got)


def test_a_right_starting_place_is_its_own_supported_claim(default_kb):
    got = settings("Halfway through, the narrative relocates from Brooklyn to Las Vegas.",
                   default_kb)
    assert sorted(c.slots.get("place") for c in got) == ["brooklyn", "las-vegas"]
    assert all(c.verdict == "supported" for c in got)
