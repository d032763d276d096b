"""A shoot's length said as time spent doing it ("the crew spent 37 days filming Anora"): the
cue verb completes the verb that takes the figure, and its own object is what was shot, while
the subject is who shot it (claims/quantities.py `_film`). An object that is no film and no
word for one (a scene) is a part, not the film; a place on the cue verb makes the days a part
of the shoot. Sentences are written for these tests; the facts are the default KB's (Anora was
shot in 37 days)."""
from __future__ import annotations

import reelcheck


def days(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "shooting_days"]


def test_days_spent_filming_the_film_are_its_shoot(default_kb):
    for text, verdict in (("The crew spent 37 days filming Anora.", "supported"),
                          ("Anora's cast and crew spent 37 days shooting the film.", "supported"),
                          ("The crew spent 60 days filming Anora.", "refuted")):
        assert [c.verdict for c in days(text, default_kb)] == [verdict], text


def test_days_spent_on_a_part_or_in_one_place_are_not_the_whole_shoot(default_kb):
    assert days("Anora's crew spent 20 days shooting a single scene.", default_kb) == []
    got = days("The Anora team spent 20 days shooting the movie in Brooklyn.", default_kb)
    assert "refuted" not in {c.verdict for c in got}
    assert got, "the Brooklyn days are read, and left open"
