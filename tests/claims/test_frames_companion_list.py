"""A list a preposition of no role takes ("accepted the prize alongside Baker and Coco at the
96th") is no series of gapped clauses: its last name and the night after it stay in the main
clause, whose claim accounts for that night (claims/frames.py, _remnants). Sentences are written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "Alex Coco produced Anora with Sean Baker and Samantha Quan. "


def _claims(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.category == "award"]


def test_the_wrong_night_after_the_companions_is_not_supported(default_kb):
    got = _claims("Samantha Quan collected the best picture Oscar alongside Baker and Coco at "
                  "the 96th Academy Awards.", default_kb)
    assert got and all(v != "supported" for v, _ in got), got


def test_the_right_night_after_the_companions_is(default_kb):
    got = _claims("Samantha Quan collected the best picture Oscar alongside Baker and Coco at "
                  "the 97th Academy Awards.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
