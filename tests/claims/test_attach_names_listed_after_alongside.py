""""nominated alongside A, B, C and D": the parser may break a list of names after a
preposition of sharing (one name an apposition of the first, the rest hung on the verb). The
names are one list, each a companion the KB must hold with the same result at that show; one
who does not leaves the claim open, and the rest, all nominated there, let it hold.

Sentences written for these tests; the facts are the default KB's (96th Academy Awards, Best
Actor nominees: Cillian Murphy, Bradley Cooper, Colman Domingo, Paul Giamatti, Jeffrey
Wright; Brendan Fraser was nominated the year before)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_companion_from_another_year_leaves_the_nomination_open(default_kb):
    got = _awards("Cillian Murphy was nominated for Best Actor alongside Bradley Cooper, "
                  "Colman Domingo, Paul Giamatti and Brendan Fraser.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got), [
        (c.text, c.verdict, c.explanation) for c in got]


def test_companions_all_nominated_hold(default_kb):
    for text in ("Cillian Murphy was nominated for Best Actor alongside Bradley Cooper, "
                 "Colman Domingo, Paul Giamatti and Jeffrey Wright.",
                 "Cillian Murphy was nominated for Best Actor alongside Bradley Cooper, "
                 "Colman Domingo, Paul Giamatti, and Jeffrey Wright."):
        got = _awards(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), text
