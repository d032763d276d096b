"""Who cast a part ("Tarantino cast her in X") is a slot of the credit: the film's director or
casting director as the KB holds them, else open. The slot is read where the tagger takes the
past tense "cast" for a participle (its subject is still who cast), and from the agent of a
passive ("Madison, cast by Tarantino in X"). Sentences written for these tests; facts of the
default KB (Tarantino directed Once Upon a Time in Hollywood, not Scream)."""
from __future__ import annotations

import reelcheck


def _credits(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]


def _show(got):
    return [(c.text, c.verdict, c.explanation, c.slots.get("caster")) for c in got]


def test_a_caster_misread_as_an_adjective_is_still_a_slot(default_kb):
    got = _credits("Tarantino cast Madison in Scream.", default_kb)
    assert got and not any(c.verdict == "supported" for c in got), _show(got)
    got = _credits("Tarantino cast Madison in Once Upon a Time in Hollywood.", default_kb)
    assert got and all(c.verdict == "supported" and c.slots.get("caster") == "quentin-tarantino"
                       for c in got), _show(got)


def test_the_agent_of_a_passive_cast_is_the_caster(default_kb):
    got = _credits("Mikey Madison, cast by Tarantino in Once Upon a Time in Hollywood, was "
                   "barely out of her teens.", default_kb)
    assert got and all(c.verdict == "supported" and c.slots.get("caster") == "quentin-tarantino"
                       for c in got), _show(got)
