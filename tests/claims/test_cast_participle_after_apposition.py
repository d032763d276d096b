""""played by X" set off after a name's apposition ("Vanya, the son of an oligarch, played by
X") is said of that name, not of a noun further back that the parser may hang it on (the
heroine the sentence began with). Sentences written for these tests; the facts are the
default KB's (Anora: Mark Eydelshteyn plays Vanya, Mikey Madison plays Ani)."""
from __future__ import annotations

import reelcheck


def cast(text, kb):
    return [(c.subject.label if c.subject else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "played_by"]


LEAD = "In Anora, Mikey Madison plays Ani, a dancer who marries Vanya, the son of a rich "


def test_the_participle_is_the_named_character_s(default_kb):
    got = cast(LEAD + "Russian, played by Mark Eydelshteyn.", default_kb)
    assert ("refuted") not in [v for _, v in got]
    assert ("Ivan Zakharov", "supported") in got


def test_a_wrong_actor_is_refuted_for_that_character(default_kb):
    got = cast(LEAD + "Russian, played by Yura Borisov.", default_kb)
    assert ("Ivan Zakharov", "refuted") in got
    assert ("Anora Mikheeva", "refuted") not in got
