"""The festival-prize battery (tests/data/festival_prizes_battery.py): each row's claim of that
predicate (and slot value) has the expected verdict, or, for "open" rows, no such claim is
supported or refuted. Rows the engine does not read yet are expected failures, each naming the
mechanism it lacks."""
from __future__ import annotations

import pytest

import reelcheck

from battery import data_module

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


def _rows():
    for text, pred, key, value, expected in _battery.BATTERY:
        marks = [pytest.mark.xfail(reason=KNOWN_MISSES[text], strict=True)] \
            if text in KNOWN_MISSES else []
        yield pytest.param(text, pred, key, value, expected, marks=marks)


@pytest.mark.parametrize("text, pred, key, value, expected", list(_rows()))
def test_battery_row(default_kb, text, pred, key, value, expected):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
           if c.predicate == pred and (not value or c.slots.get(key) == value)]
    if expected == "open":
        assert not {"supported", "refuted"} & set(got), got
    else:
        assert expected in got, got
