"""Where an event itself took place ("were held in New York") is a slot of the claim about the
event: a date claim whose facts do not name the place is left open, never supported with the
place ignored (claims/accounting.py `_event_place`). A place that sets the scene of a win is not
one. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_a_ceremonys_place_the_kb_does_not_hold_leaves_its_date_open(default_kb):
    for text in ("The 95th Academy Awards were held in Chicago on March 12, 2023.",
                 "The 95th Academy Awards were staged at a hotel in Chicago on March 12, 2023."):
        got = [c for c in claims(text, default_kb) if c.predicate == "ceremony_date"]
        assert [c.verdict for c in got] == ["not_enough_info"], [(c.text, c.explanation)
                                                                   for c in got]
        assert "Chicago" in got[0].explanation


def test_the_same_date_with_no_place_holds(default_kb):
    got = [c for c in claims("The 95th Academy Awards were held on March 12, 2023.", default_kb)
           if c.predicate == "ceremony_date"]
    assert [c.verdict for c in got] == ["supported"]


def test_a_place_that_sets_the_scene_of_a_win_is_no_slot(default_kb):
    got = [c for c in claims("In Los Angeles, Everything Everywhere All at Once won best picture "
                             "at the 95th Academy Awards.", default_kb) if c.category == "award"]
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
