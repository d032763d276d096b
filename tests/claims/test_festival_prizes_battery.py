"""The festival-prize battery (tests/data/festival_prizes_battery.py): each row's claim of that
predicate (and slot value) has the expected verdict, or, for "open" rows, no such claim is
supported or refuted. Rows the engine does not read yet are expected failures, each naming the
mechanism it lacks."""
from __future__ import annotations

import pytest

from battery import check_slot_row, data_module, slot_rows

_battery = data_module("festival_prizes_battery.py")

# text -> the mechanism it lacks
KNOWN_MISSES = {
    "It Was Just an Accident, the latest Palme d'Or winner, is Jafar Panahi's film.":
        "a winner noun in an apposition with a superlative ('the latest winner') builds no "
        "award frame",
    "Titane, Julia Ducournau's second feature, took home the Grand Prix at Cannes.":
        "an ordinal in the subject's apposition ('her second feature') leaves the clause "
        "with no win frame",
}


@pytest.mark.parametrize("text, pred, key, value, expected",
                         slot_rows(_battery, KNOWN_MISSES))
def test_battery_row(default_kb, text, pred, key, value, expected):
    check_slot_row(default_kb, text, pred, key, value, expected)
