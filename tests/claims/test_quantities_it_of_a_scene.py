"""A figure said of "it" when the clause before named a scene: the scene's figure, not the
film's. Sentences are written for these tests; the facts are the default KB's (Anora was shot
in 37 days; its home-invasion sequence is the scene a note says took eight days)."""
from __future__ import annotations

import reelcheck


def days(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.predicate == "shooting_days"]


def test_it_after_a_scene_is_the_scene_not_the_film(default_kb):
    text = ("Anora is set in Brighton Beach. Its raid sequence, which Toros leads, lasts "
            "about 27 minutes on screen, and the director recalls it took eleven days to film.")
    assert not [c for c in days(text, default_kb) if c.verdict == "refuted"]


def test_it_after_the_film_is_still_the_film(default_kb):
    text = ("Anora is set in Brighton Beach. The picture lasts 139 minutes, and the director "
            "recalls it took 29 days to shoot.")
    got = days(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"]
