"""A film written by the first part of a winner's title ("Spider-Man" for "Spider-Man: Into
the Spider-Verse") may be the winner shortened, as writers do: the record at that night does
not refute it (verify/wins.py _subtitled_winner); a title no winner begins with still is.
Sentences are written for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _award(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_a_title_the_winner_begins_with_is_not_refuted(default_kb):
    got = _award("At the 91st Academy Awards, Spider-Man won Best Animated Feature.", default_kb)
    assert [v for v, _ in got] == ["not_enough_info"], got
    assert "Into the Spider-Verse" in got[0][1], got


def test_a_title_no_winner_begins_with_is_refuted(default_kb):
    got = _award("At the 91st Academy Awards, Spider-Man won Best Visual Effects.", default_kb)
    assert [v for v, _ in got] == ["refuted"], got
