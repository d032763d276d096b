"""A verb whose direct object is a festival states a screening there, not a part played
(lexicon `object_kind_cues`, claims/frames.py `_object_kind_cue`): "Anora played Telluride"
is read like "screened at Telluride", a city that hosts a festival stands for it as that
object ("played Toronto"), and a list of them distributes. "played Ani" stays a part.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def claims(text, kb, category):
    return [(c.verdict, c.object.label if hasattr(c.object, "label") else c.object)
            for c in reelcheck.check(text, kb=kb).claims if c.category == category]


def test_a_festival_as_the_object_of_played_is_a_screening(default_kb):
    got = claims("Before awards season, Anora played Telluride.", default_kb, "festival")
    assert [v for v, _ in got] == ["supported"], got
    assert claims("Before awards season, Anora played Telluride.", default_kb, "cast") == []


def test_a_list_of_festivals_played_distributes(default_kb):
    got = claims("Anora played Telluride, Toronto and the New York Film Festival.", default_kb,
                 "festival")
    assert [v for v, _ in got] == ["supported"] * 3, got


def test_a_part_played_is_still_a_part(default_kb):
    got = claims("In the film, Mark Eydelshteyn played Ani.", default_kb, "cast")
    assert [v for v, _ in got] == ["refuted"], got
    assert claims("In the film, Mark Eydelshteyn played Ani.", default_kb, "festival") == []
