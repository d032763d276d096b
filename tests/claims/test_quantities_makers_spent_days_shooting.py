"""The people who make a film (lexicon `plot.production_movers` that are no film word: crew,
team, cast, unit) as the subject of a span of shooting ("the crew spent 37 days filming"):
they shot it, so the span is the film's own their phrase names, else the one in focus; a
purpose infinitive the parser hangs as a clause ("needed 37 days to shoot it") is the span's
cue too. Sentences written for these tests; facts from the default KB (Anora was shot in 37
days)."""
from __future__ import annotations

import pytest

import reelcheck

LEAD = "Sean Baker's Anora won the Palme d'Or in 2024. "


def days(text, kb):
    return [(c.slots.get("subject"), c.slots.get("value"), c.verdict)
            for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.predicate == "shooting_days"]


@pytest.mark.parametrize("text, verdict", [
    ("The crew spent 37 days filming, moving between Coney Island and Mill Basin.", "supported"),
    ("The crew spent 52 days filming, moving between Coney Island and Mill Basin.", "refuted"),
    ("The cast and crew needed just 37 days to shoot it.", "supported"),
    ("The team needed just 20 days to shoot it.", "refuted"),
    ("The crew of Anora spent 37 days filming.", "supported"),
])
def test_the_makers_span_is_the_film_s(default_kb, text, verdict):
    got = days(text, default_kb)
    assert [(s, v) for s, _n, v in got] == [("anora-2024-film", verdict)]


@pytest.mark.parametrize("text", [
    "The sequel's crew spent 40 days filming.",
    "Another film's crew spent 40 days filming.",
    "The crew of Conclave spent 40 days filming.",
])
def test_another_work_s_makers_are_not_the_film_s(default_kb, text):
    assert not [g for g in days(text, default_kb) if g[0] == "anora-2024-film"]
    assert not [c for c in reelcheck.check(LEAD + text, kb=default_kb).claims
                if c.verdict == "refuted"]
