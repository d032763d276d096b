""", not Y" after a cast clause's part (claims/cast.py): the set-off 'not' contrasts the name
after it, it does not deny the clause. "Plays X, not Y" says X and denies Y, wherever the
parser hangs the 'not'."""
from __future__ import annotations

import reelcheck


def _cast(kb, text):
    return {(c.slots.get("subject"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "cast"}


def test_the_part_said_stands_when_another_is_contrasted(default_kb):
    got = _cast(default_kb, "Vache Tovmasyan plays Toros, not Garnick.")
    assert ("toros", "refuted") in got           # Toros is Karagulian's part: the sentence is wrong
    got = _cast(default_kb, "Darya Ekamasova plays Diamond, not Galina.")
    assert ("diamond", "refuted") in got
    assert ("diamond", "supported") not in got   # never "correctly denied"


def test_the_true_part_with_a_contrasted_wrong_one(default_kb):
    got = _cast(default_kb, "Darya Ekamasova plays Galina, not Diamond.")
    assert ("galina-zakharova", "supported") in got
    assert not [v for _s, v in got if v == "refuted"]
    got = _cast(default_kb, "Karagulian plays Toros, not Garnick.")
    assert ("toros", "supported") in got
    assert not [v for _s, v in got if v == "refuted"]


def test_the_contrasted_part_is_denied(default_kb):
    # Tovmasyan plays Garnick: "not Garnick" denies a true pairing
    got = _cast(default_kb, "Tovmasyan plays Toros, not Garnick.")
    assert ("garnick", "supported") not in got
