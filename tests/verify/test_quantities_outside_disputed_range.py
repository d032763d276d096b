"""A length the sources disagree on (Anora's runtime: 139 or 135 minutes) still rules out a
value further from every source than the sources are from each other (and than a tenth of the film): a content-farm "118
minutes" is refuted, a value inside or near the sources' range stays open, a hedged one is
not refuted. Sentences written for these tests; facts from the default KB's Anora
factsheet."""
from __future__ import annotations

import reelcheck


def runtime(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims if c.category == "runtime"]
    assert len(got) == 1, [(c.text, c.verdict) for c in got]
    return got[0]


def test_a_runtime_far_outside_the_disputed_sources_is_refuted(default_kb):
    for s in ("Anora runs 118 minutes.",
              "At 101 minutes, Anora is short for a comedy.",
              "Clocking in at 165 minutes, Anora never drags."):
        c = runtime(s, default_kb)
        assert c.verdict == "refuted", (s, c.explanation)


def test_values_inside_or_near_the_sources_range_are_not_refuted(default_kb):
    for s in ("Anora runs 139 minutes.", "Anora runs 135 minutes.", "Anora runs 141 minutes.",
              "Anora runs 2 hours and 19 minutes.", "Anora runs 150 minutes."):
        c = runtime(s, default_kb)
        assert c.verdict != "refuted", (s, c.explanation)
