"""A film's count of Oscars that leaves out a Special Achievement Award (given by the board,
not in competition) counts as writers do. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_count"]


def test_a_count_without_the_special_achievement_award_holds(default_kb):
    # Raiders of the Lost Ark: four competitive Oscars and a Special Achievement Award
    for n, want in (("four", "supported"), ("five", "supported"), ("two", "refuted")):
        got = counts(f'Back then "Raiders of the Lost Ark" collected {n} Academy Awards.',
                     default_kb)
        assert [c.verdict for c in got] == [want], n
