""""Earned seven nominations, including Best Director, and won none": the none is of the
counted pool, not a win of the one prize the pool's "including" names. Sentences written for
these tests."""
from __future__ import annotations

import reelcheck


def test_none_after_a_counted_pool_with_an_including_list(default_kb):
    got = reelcheck.check('"The Godfather Part III" picked up seven Oscar nominations, including '
                          'best director, and won none.', kb=default_kb).claims
    assert all(c.verdict != "refuted" for c in got)
    zero = [c for c in got if c.predicate == "award_count"]
    assert [c.verdict for c in zero] == ["supported"]
