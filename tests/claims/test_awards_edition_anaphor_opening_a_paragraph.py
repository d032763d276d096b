""""That night" / "at that ceremony" in a paragraph that names no edition of its own: the
edition the paragraph before named, as a reader carries it on, not dropped for the edition of
the film the clause names (claims/awards/ `_when`). Sentences are written for these tests;
the facts are the default KB's (96th Academy Awards: Best Actress to Emma Stone for Poor
Things; her La La Land win was at the 89th)."""
from __future__ import annotations

import reelcheck


def stone(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims
           if c.slots.get("kind") == "award" and c.slots.get("subject") == "emma-stone"]
    assert got, [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims]
    return got[-1]


def test_the_wrong_film_at_that_ceremony_is_refuted(default_kb):
    c = stone("Oppenheimer collected seven statuettes at the 96th Academy Awards.\n\n"
              "Emma Stone was handed the best actress statuette for La La Land at that "
              "ceremony.", default_kb)
    assert c.verdict == "refuted" and "not La La Land" in c.explanation, c.explanation


def test_the_right_film_that_night_is_supported(default_kb):
    c = stone("Oppenheimer collected seven statuettes at the 96th Academy Awards.\n\n"
              "Emma Stone was handed the best actress statuette for Poor Things that night.",
              default_kb)
    assert c.verdict == "supported", c.explanation
