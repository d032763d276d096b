"""A count up to an earlier event or time ("had previously been nominated nine times", "had
won it three times before") counts part of the record, so it is at most the whole record's
count: where the record is complete and holds fewer, the count is refuted; a count below the
whole record's says nothing (verify/__init__.py _count_beyond_record). Sentences are written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _award(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "count")]


def test_an_earlier_count_of_nominations_above_the_whole_record_is_refuted(default_kb):
    got = _award("By then Cate Blanchett had previously been nominated for an Oscar eleven "
                 "times.", default_kb)
    assert got and got[0][0] == "refuted" and "8" in got[0][2], got


def test_an_earlier_count_of_wins_above_the_whole_record_is_refuted(default_kb):
    got = _award("Martin Scorsese had previously collected the Academy Award for Best "
                 "Director four times.", default_kb)
    assert got and got[0][0] == "refuted", got


def test_an_earlier_count_below_the_whole_record_is_not_refuted(default_kb):
    got = _award("By then Cate Blanchett had previously been nominated for an Oscar six "
                 "times.", default_kb)
    assert got and all(v != "refuted" for v, *_ in got), got
