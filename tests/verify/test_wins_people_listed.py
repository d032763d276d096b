"""A prize whose winners are works that name their people (a screenplay's writers) refutes a
person no winner names at a ceremony whose list is complete, and credits a person it names or a
director of the winning film (verify/wins.py, _people_listed). Sentences are written for these
tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_a_writer_the_list_leaves_out_is_refuted(default_kb):
    got = _awards("Spike Lee won best adapted screenplay at the 92nd Academy Awards.", default_kb)
    assert [v for v, _ in got] == ["refuted"], got
    assert "Jojo Rabbit" in got[0][1] and "Taika Waititi" in got[0][1]


def test_a_writer_the_list_names_is_supported(default_kb):
    got = _awards("Spike Lee won best adapted screenplay at the 91st Academy Awards.", default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_the_director_of_the_winning_picture_is_not_refuted(default_kb):
    got = _awards("Tom Hooper won Best Picture at the 83rd Academy Awards.", default_kb)
    assert got and all(v != "refuted" for v, _ in got), got


def test_a_ceremony_the_kb_lacks_refutes_nothing(default_kb):
    got = _awards("Spike Lee won best adapted screenplay at the 99th Academy Awards.", default_kb)
    assert all(v != "refuted" for v, _ in got), got
