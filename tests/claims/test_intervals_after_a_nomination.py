"""An interval measured from a nomination ("four decades after her first nomination, for A")
runs to the night A was nominated, not to A's release year (claims/intervals.py marks the side
told as a nomination; verify/dates.py takes its edition); a span in decades also states its
years ("four decades" says 40: lexicon accounting.scales). Sentences are written for these
tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _intervals(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "interval"]


def test_the_span_from_a_nomination_is_from_its_night(default_kb):
    got = _intervals("At the Oscars, Amy Madigan won best supporting actress for Weapons four "
                     "decades after her first nomination, for Twice in a Lifetime.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
    assert "1986" in got[0][1], got


def test_a_wrong_span_from_a_nomination_is_refuted(default_kb):
    got = _intervals("At the Oscars, Amy Madigan won best supporting actress for Weapons three "
                     "decades after her first nomination, for Twice in a Lifetime.", default_kb)
    assert [v for v, _ in got] == ["refuted"], got
