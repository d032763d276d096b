"""A person's count of nominations that leaves out a Best Picture nomination held as one of
the film's producers (as writers often count an actor's nominations) may hold: it is not
refuted, as for wins (verify/counts.py). A count that fits neither reading is still refuted.
Sentences are written for these tests; the facts are the default KB's (Timothée Chalamet:
three acting nominations and one as a producer of Marty Supreme)."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


LEAD = "The Academy Awards came and went in March. "


def test_count_without_the_producer_nomination_is_not_refuted(default_kb):
    got = counts(LEAD + "Timothée Chalamet has been an Oscar nominee three times now.",
                 default_kb)
    assert got and all(c.verdict != "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_count_fitting_no_reading_is_refuted(default_kb):
    got = counts(LEAD + "Timothée Chalamet has been an Oscar nominee six times now.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]


def test_count_with_the_producer_nomination_holds(default_kb):
    got = counts(LEAD + "Timothée Chalamet has been an Oscar nominee four times now.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
