"""A prize said to be "one of N" the subject won (parsed with "one of" modifying the count):
the "one" is membership in the set the count counts, which the win itself states, not a number
left unchecked (claims/awards/ `_unchecked`). Sentences are written for these tests; the facts
are the default KB's."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_count"]


def test_one_of_the_right_count_holds(default_kb):
    got = counts("Gladiator won best picture at the 73rd Academy Awards, one of five Oscars "
                 "it took home that night.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_one_of_the_wrong_count_is_refuted(default_kb):
    got = counts("Gladiator won best picture at the 73rd Academy Awards, one of six Oscars "
                 "it took home that night.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
