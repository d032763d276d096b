"""A part of a place ("the south of France", "the outskirts of Las Vegas") says more than the
place: the KB's place supports no such claim, and a wrong place still refutes it. Sentences
written for these tests."""
from __future__ import annotations

import reelcheck


def _places(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "location"]


def test_a_part_of_the_right_place_is_left_open(default_kb):
    for text, part in (("The 77th Cannes Film Festival was held in the north of France.",
                        "north"),
                       ("Anora was shot in the outskirts of Las Vegas.", "outskirts")):
        ((verdict, why),) = _places(text, default_kb)
        assert verdict == "not_enough_info" and part in why, (text, why)


def test_a_part_of_a_wrong_place_is_refuted(default_kb):
    ((verdict, _),) = _places("The 77th Cannes Film Festival was held in the south of Italy.",
                              default_kb)
    assert verdict == "refuted"


def test_the_place_itself_is_still_supported(default_kb):
    assert [v for v, _ in _places("The 77th Cannes Film Festival was held in France.",
                                  default_kb)] == ["supported"]
