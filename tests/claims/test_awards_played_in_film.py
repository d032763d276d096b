"""A prize said to be for a part in a named film ("nominated ... for playing X in F"): the
prize for that film is the one whose part is judged, never another film's prize that names
the part. Sentences are written for these tests; the facts are the default KB's Oscar record
(Al Pacino: Best Actor nominations as Frank Serpico for Serpico and as Michael Corleone for
The Godfather Part II)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award"]


def test_the_part_of_another_films_prize_does_not_support(default_kb):
    got = awards("Back then, Al Pacino earned a Best Actor nomination from the Academy for "
                 "playing Frank Serpico in The Godfather Part II.", default_kb)
    assert got and "supported" not in got


def test_the_part_of_the_named_films_prize_still_supports(default_kb):
    assert awards("Back then, Al Pacino earned a Best Actor nomination from the Academy for "
                  "playing Michael Corleone in The Godfather Part II.", default_kb) == ["supported"]
