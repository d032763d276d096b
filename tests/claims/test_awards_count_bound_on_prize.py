"""A count bounded by an event the parser hangs on the prize noun rather than the verb
("had been nominated for an Oscar eight times before Tár": "before" under "Oscar") is still a
count up to that event, not the whole record: never supported by the whole record's count,
refuted only where the whole record holds fewer (claims/awards/, the event bound; the
whole-record check of verify/__init__.py _count_beyond_record reads it past the unchecked
bound). Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _count(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "count")]


def test_a_count_up_to_a_film_is_not_supported_by_the_whole_record(default_kb):
    got = _count("Cate Blanchett had been nominated for an Oscar eight times before Tár.",
                 default_kb)
    assert got and all(v != "supported" for v, *_ in got), got


def test_a_count_up_to_a_film_above_the_whole_record_is_refuted(default_kb):
    got = _count("Cate Blanchett had been nominated for an Oscar eleven times before Carol.",
                 default_kb)
    assert got and got[0][0] == "refuted" and "cannot exceed" in got[0][2], got
