"""The place battery (tests/data/locations_battery.py): each row's claim of that predicate and
place has the expected verdict, or, for "open" rows, no claim of it is supported or refuted.
Rows the engine does not read yet are marked as expected failures, each with the mechanism it
lacks, so a fix shows up as an unexpected pass (as the Title Case headline row did when
headlines were parsed in sentence case)."""
from __future__ import annotations

import pytest

import reelcheck

from battery import data_module

_battery = data_module("locations_battery.py")

# text -> the mechanism it lacks
KNOWN_MISSES = {
    _battery.A + "Cameras rolled in Mill Basin, where a mansion doubled as the oligarch's home.":
        "an idiom of filming ('cameras rolled') is no cue",
    _battery.A + "Much of the shoot happened in Manhattan.":
        "a filming noun under a partitive subject ('much of the shoot') gets no light verb",
    "Anora follows a Brighton Beach stripper who marries an oligarch's son.":
        "a place modifying a story person is not read as the story's place",
    "Anora follows a stripper from Brighton Beach who marries an oligarch's son.":
        "a place modifying a story person is not read as the story's place",
    "Armenian-born Karren Karagulian plays Toros.":
        "no demonym -> country table for a hyphened birthplace",
}


def _rows():
    for text, pred, place, expected in _battery.BATTERY:
        marks = [pytest.mark.xfail(reason=KNOWN_MISSES[text])] if text in KNOWN_MISSES else []
        yield pytest.param(text, pred, place, expected, marks=marks)


@pytest.mark.parametrize("text, pred, place, expected", list(_rows()))
def test_battery_row(default_kb, text, pred, place, expected):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
           if c.predicate == pred and c.slots.get("place") == place]
    if expected == "open":
        assert not {"supported", "refuted"} & set(got), got
    else:
        assert expected in got, got
