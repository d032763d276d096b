"""The order of two ceremonies or festivals, the clause's own said by a verb of holding ("the
82nd Golden Globe Awards were held before the 97th Academy Awards", "took place two weeks
before"): the edition the verb's subject names is the clause's event, checked against the other
edition's days. A measure the parser hangs on the verb right before the direction word ("were
held a month before") is the measure of that order. Sentences written for this test; the
nights are the default KB's (82nd Golden Globes January 5, 2025; 78th BAFTAs February 16;
31st SAG Awards February 23; 97th Academy Awards March 2, 2025; the 77th Cannes Film Festival
closed May 25, 2024)."""
from __future__ import annotations

import reelcheck


def gaps(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "gap"]


def test_the_order_of_two_editions_held(default_kb):
    assert gaps("The 82nd Golden Globe Awards were held before the 97th Academy Awards.",
                default_kb) == [("before the 97th Academy Awards", "supported")]
    assert gaps("The 82nd Golden Globe Awards were held after the 97th Academy Awards.",
                default_kb) == [("after the 97th Academy Awards", "refuted")]
    assert gaps("The 97th Academy Awards took place before the 78th BAFTA Film Awards.",
                default_kb) == [("before the 78th BAFTA Film Awards", "refuted")]
    assert gaps("The 77th Cannes Film Festival took place before the 97th Academy Awards.",
                default_kb) == [("before the 97th Academy Awards", "supported")]


def test_the_measure_between_two_editions_held(default_kb):
    assert gaps("The 78th BAFTA Film Awards took place two weeks before the 97th Academy "
                "Awards.", default_kb) == [
        ("two weeks before the 97th Academy Awards", "supported")]
    assert gaps("The 78th BAFTA Film Awards took place five weeks before the 97th Academy "
                "Awards.", default_kb) == [
        ("five weeks before the 97th Academy Awards", "refuted")]
    # the measure hung on the verb is still the order's: a week holds, a month is not said
    # to hold, three months is wrong
    assert gaps("The 31st Screen Actors Guild Awards were held a week before the 97th "
                "Academy Awards.", default_kb) == [
        ("a week before the 97th Academy Awards", "supported")]
    assert [v for _, v in gaps("The 31st Screen Actors Guild Awards were held a month "
                               "before the 97th Academy Awards.", default_kb)] != ["supported"]
    assert gaps("The 31st Screen Actors Guild Awards were held three months before the 97th "
                "Academy Awards.", default_kb) == [
        ("three months before the 97th Academy Awards", "refuted")]


def test_a_show_without_its_edition_is_no_side(default_kb):
    # which Oscars and which Globes: no edition named, nothing to order
    assert gaps("The Oscars were held after the Golden Globes.", default_kb) == []
