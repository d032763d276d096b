"""The festival and place battery (tests/data/festival_places_battery.py): each row's claim of
that predicate (and slot value) has the expected verdict, or, for "open" rows, no such claim is
supported or refuted. Rows the engine does not read yet are expected failures, each naming the
mechanism it lacks."""
from __future__ import annotations

import pytest

from battery import check_slot_row, data_module, slot_rows

_battery = data_module("festival_places_battery.py")

# text -> the mechanism it lacks
KNOWN_MISSES = {
    "Baker unveiled Anora at Cannes, where it competed for the Palme d'Or.":
        "'unveil' is no showing verb (a film's unveiling is told by its object only)",
    "Baker unveiled Anora at Toronto, where it competed for the top prize.":
        "'unveil' is no showing verb (a film's unveiling is told by its object only)",
    "Anora went on to screen at the Toronto International Film Festival.":
        "the tagger reads 'to screen' after 'went on' as a noun; 'go on to' is no aspect verb",
    "Anora was part of the main slate of the New York Film Festival.":
        "membership in a festival's line-up ('part of the slate') is no cue",
    "Anora was among the films shown at the London Film Festival in October.":
        "the KB holds no run (start and end days) for the London edition",
    "The film screened at the Toronto International Film Festival before its release. Anora":
        "'before its release' is an unread slot that leaves the screening open",
    "Anora opened this week. It first screened in Venice, in the main competition.":
        "a festival town after 'in' stands for no festival (it may be the town)",
    "The Dolby Theatre ceremony crowned Anora Best Picture at the 97th Academy Awards.":
        "a venue as the modifier of 'ceremony' states no event place",
    "The 77th Cannes Film Festival closing ceremony was held in the Lumière Theatre.":
        "the KB holds no Lumière Theatre (a venue inside the Palais)",
    "Anora opened this week. Production took place in Brighton Beach.":
        "'production' is no filming noun (it may be the company)",
    "Anora opened this week. Its second act is set in Las Vegas.":
        "a part of the film ('its second act') set somewhere is not the film's setting",
    "Anora played in San Sebastian's Perlak section.":
        "a festival as the possessor of a section is no festival role of 'play in'",
    "Anora opened this week. Ani works at a Coney Island strip club.":
        "a place modifying a story place ('a Coney Island strip club') is a plot fact only",
    "ANORA WORLD PREMIERE SET FOR CANNES COMPETITION":
        "an all-capitals headline with a verbless premiere noun and 'set for' is not read",
    "Anora stars Mikey Madison as a Brighton Beach dancer.":
        "a place modifying a character noun after 'as' is not read as the story's place",
}


@pytest.mark.parametrize("text, pred, key, value, expected",
                         slot_rows(_battery, KNOWN_MISSES))
def test_battery_row(default_kb, text, pred, key, value, expected):
    check_slot_row(default_kb, text, pred, key, value, expected)
