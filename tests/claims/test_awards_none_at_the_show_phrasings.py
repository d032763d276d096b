"""A relation of none at a show in more of the words coverage uses ("came up empty", "was
frozen out"), and a category race hung on the cue's own adjective ("went home empty-handed in
the Best Supporting Actor race"): that is a denial of that one prize, never a count of none at
the show. Sentences are written for these tests; facts are the default KB's (Anora won no
Golden Globe or Gotham Award, two BAFTAs, five Oscars; not Best Supporting Actor)."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_came_up_empty_is_none_at_the_show(default_kb):
    got = verdicts("Anora came up empty at the Gotham Awards.", default_kb)
    assert [v for v, *_ in got] == ["supported"], got
    got = verdicts("Sean Baker's Anora came up empty at the BAFTAs.", default_kb)
    assert [v for v, *_ in got] == ["refuted"], got


def test_frozen_out_is_none_at_the_show(default_kb):
    got = verdicts("Come January, Anora was frozen out at the Golden Globes.", default_kb)
    assert [v for v, *_ in got] == ["supported"], got
    got = verdicts("Anora was frozen out at the Oscars.", default_kb)
    assert [v for v, *_ in got] == ["refuted"], got


def test_a_race_on_the_adjective_denies_that_prize_only(default_kb):
    got = verdicts("Anora went home empty-handed in the Best Supporting Actor race at the "
                   "Oscars.", default_kb)
    assert got and all(v == "supported" for v, *_ in got), got
    got = verdicts("At the Oscars, Anora came up empty in the Best Actress race.", default_kb)
    assert [v for v, *_ in got] == ["refuted"], got
