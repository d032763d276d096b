"""A count of times with a bare "for" phrase naming a class of categories ("nominated three
times for acting"; lexicon categories.classes) counts that class's prizes only, as "three
acting nominations" does (claims/awards/ `_for_class`). Sentences are written for these
tests; the facts are the default KB's (Timothée Chalamet: three acting nominations and one as
a producer of Marty Supreme)."""
from __future__ import annotations

import reelcheck

LEAD = "The Academy Awards came and went in March. "


def counts(text, kb):
    return [c for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def test_the_class_count_holds(default_kb):
    got = counts("Timothée Chalamet has been up three times for acting.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_the_whole_record_s_count_is_not_the_class_s(default_kb):
    # four in all, counting the producer's nomination: not four for acting
    got = counts("Timothée Chalamet has been nominated four times for acting.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
