"""A film that opens (or closes) a festival is shown there that day: "X opened Venice on D"
is a claim about the film, not the festival's opening day. The KB holds the film's world
premiere only, so a day before it refutes (nothing is shown before its first showing), its
day supports, and a later day stays open.

Sentences are written for these tests; the facts are the default KB's (Birdman premiered
2014-08-27, Gravity 2013-08-28, La La Land 2016-08-31, all at Venice)."""
from __future__ import annotations

import reelcheck


def premieres(text, kb):
    return [(c.subject.label, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "premiere_date"]


def test_an_opening_film_on_its_premiere_day_is_supported(default_kb):
    got = premieres("That summer Birdman opened the Venice Film Festival on August 27, 2014.",
                    default_kb)
    assert [(s, v) for s, v, _ in got] == [("Birdman", "supported")]


def test_an_opening_film_before_its_first_showing_is_refuted(default_kb):
    got = premieres("Alfonso Cuarón's Gravity opened Venice on August 28, 2012.", default_kb)
    assert [(s, v) for s, v, _ in got] == [("Gravity", "refuted")]
    assert "2013" in got[0][2]


def test_an_opening_film_after_its_premiere_stays_open(default_kb):
    got = premieres("La La Land opened the Venice Film Festival on August 30, 2017.",
                    default_kb)
    assert [(s, v) for s, v, _ in got] == [("La La Land", "not_enough_info")]
