""""X screened at Cannes on May 24": a festival shows a film more than once, so a day of a
plain screening after the world premiere is one of its showings the KB may not list (open), a
day before the premiere refutes, and "first screened" / "its first screening" is the premiere
itself. Sentences written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _premiere_rows(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "premiere_date"]


def test_a_later_screening_day_is_open(default_kb):
    got = _premiere_rows("Sean Baker's Anora screened again at Cannes on May 23, 2024.",
                         default_kb)
    assert got and all(v == "not_enough_info" for v, _ in got), got


def test_a_day_before_the_first_showing_refutes(default_kb):
    got = _premiere_rows("Sean Baker's Anora screened at Cannes on May 15, 2024.", default_kb)
    assert got and all(v == "refuted" for v, _ in got), got


def test_the_first_screening_is_the_premiere(default_kb):
    got = _premiere_rows("Sean Baker's Anora first screened at Cannes on May 23, 2024.",
                         default_kb)
    assert got and all(v == "refuted" for v, _ in got), got
