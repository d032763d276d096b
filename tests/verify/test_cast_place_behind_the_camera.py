"""A place in a film's cast ("stars opposite X", "Starring: A, X") said of someone whose every
credit on the film the KB holds is behind the camera is not confirmed by those credits: the
claim is left open (no cast list in the KB is complete enough to refute it). A cast member
still holds.

Sentences written for these tests; the facts are the default KB's (Anora: Sean Baker directed,
wrote, edited, produced and cast it; Mikey Madison and Yura Borisov are in
its cast)."""
from __future__ import annotations

import reelcheck


def _cast(text, kb):
    return {c.text: c for c in reelcheck.check(text, kb=kb).claims if c.category == "cast"}


def _about(got, name):
    hit = [c for t, c in got.items() if name in t]
    assert hit, (name, list(got))
    return hit[0]


def test_a_director_is_no_co_star(default_kb):
    got = _cast("In Anora, Yura Borisov stars opposite Sean Baker.", default_kb)
    c = _about(got, "Sean Baker")
    assert c.verdict == "not_enough_info", (c.text, c.verdict, c.explanation)
    assert "behind the camera" in c.explanation
    got = _cast("In Anora, Mikey Madison stars opposite Yura Borisov.", default_kb)
    assert _about(got, "Yura Borisov").verdict == "supported"


def test_a_director_listed_in_the_cast_is_not_confirmed(default_kb):
    got = _cast("Anora is a hit.\n\nStarring: Mikey Madison, Sean Baker, Yura Borisov.",
                default_kb)
    assert _about(got, "Sean Baker").verdict == "not_enough_info"
    assert _about(got, "Mikey Madison").verdict == "supported"
    assert _about(got, "Yura Borisov").verdict == "supported"


def test_a_note_on_the_film_does_not_speak_for_the_director_s_place(default_kb):
    got = _cast("Anora's cast includes Mikey Madison, Sean Baker and Karren Karagulian.",
                default_kb)
    c = _about(got, "Sean Baker")
    assert c.verdict == "not_enough_info", (c.text, c.verdict, c.explanation)
