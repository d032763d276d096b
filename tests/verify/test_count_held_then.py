"""An "N-time" holder said of someone at a night ("At the 97th Academy Awards, three-time
nominee X ...") counts the holder's record as of that night, with it or before it, as writers
count either way; never the one night's own nominations. Sentences written for these tests;
the facts are the Oscar record in the default KB (Ralph Fiennes: nominated at the 66th, 69th
and 97th)."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def test_a_holder_count_at_a_night_is_the_record_up_to_it(default_kb):
    for n in ("three", "two"):   # with the 97th's nomination, or before it
        got = counts(f"At the 97th Academy Awards, {n}-time nominee Ralph Fiennes lost best "
                     "actor to Adrien Brody.", default_kb)
        assert [c.verdict for c in got] == ["supported"], n
        assert "97th" in got[0].explanation


def test_a_count_neither_way_is_refuted_by_the_complete_record(default_kb):
    got = counts("At the 97th Academy Awards, five-time nominee Ralph Fiennes lost best actor "
                 "to Adrien Brody.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "3" in got[0].explanation
