"""Where a show was held, said with the noun "venue" (the copula or an apposition sets the place
beside it), with "played host to" (the venue as the host), or with where it was broadcast
from. Sentences written for these tests; facts from the default KB (the 97th Academy Awards
were held at the Dolby Theatre in Hollywood, the 78th BAFTA Film Awards at the Royal Festival
Hall in London, the 40th Independent Spirit Awards in Santa Monica)."""
from __future__ import annotations

import pytest

import reelcheck


def venues(text, kb):
    return sorted((c.slots.get("subject"), c.slots.get("place"), c.verdict)
                  for c in reelcheck.check(text, kb=kb).claims
                  if c.predicate == "event_location")


OSCARS, BAFTA, SPIRIT = ("97th-academy-awards", "78th-british-academy-film-awards",
                         "40th-independent-spirit-awards")


@pytest.mark.parametrize("text, want", [
    ("Once again, the Dolby Theatre was the venue for the 97th Academy Awards.",
     [(OSCARS, "dolby-theatre", "supported")]),
    ("Once again, the Beverly Hilton was the venue for the 97th Academy Awards.",
     [(OSCARS, "beverly-hilton", "refuted")]),
    ("The venue for the 40th Independent Spirit Awards was a big tent on the sand in Santa "
     "Monica.", [(SPIRIT, "santa-monica", "supported")]),
    ("The Royal Festival Hall, the venue for the 78th BAFTA Film Awards, sits on the South Bank.",
     [(BAFTA, "royal-festival-hall", "supported")]),
    ("The Royal Festival Hall played host to the 78th BAFTA Film Awards.",
     [(BAFTA, "royal-festival-hall", "supported")]),
    ("The Beverly Hilton played host to the 78th BAFTA Film Awards.",
     [(BAFTA, "beverly-hilton", "refuted")]),
    ("The 97th Academy Awards, broadcast live from the Dolby Theatre, drew a bigger audience.",
     [(OSCARS, "dolby-theatre", "supported")]),
    ("The 97th Academy Awards, broadcast live from the Barker Hangar, drew a bigger audience.",
     [(OSCARS, "barker-hangar", "refuted")]),
])
def test_show_venues(default_kb, text, want):
    assert venues(text, default_kb) == want


@pytest.mark.parametrize("text", [
    # a person playing host names no venue; a film broadcast from somewhere is no show held
    "Conan O'Brien played host to the 97th Academy Awards.",
    "Anora was broadcast from a studio in Atlanta last night.",
    # the venue of something that is no show the KB holds
    "The venue for Anora's New York premiere was a cinema in Manhattan.",
])
def test_no_venue_claim(default_kb, text):
    assert venues(text, default_kb) == []


@pytest.mark.parametrize("text, want", [
    # a caption's "at the show at the venue": the parser hangs the venue on the verb
    ("Sean Baker arrives at the 97th Academy Awards at the Dolby Theatre in Hollywood.",
     [(OSCARS, "dolby-theatre", "supported")]),
    ("Sean Baker arrives at the 97th Academy Awards at the Beverly Hilton.",
     [(OSCARS, "beverly-hilton", "refuted")]),
])
def test_caption_show_then_venue(default_kb, text, want):
    assert venues(text, default_kb) == want


def test_caption_show_then_no_place(default_kb):
    assert venues("Mikey Madison won Best Actress at the 97th Academy Awards at age 25.",
                  default_kb) == []


@pytest.mark.parametrize("text, want", [
    ("The 40th Independent Spirit Awards were held on the sand in Santa Monica.",
     [(SPIRIT, "santa-monica", "supported")]),
    ("The 40th Independent Spirit Awards were held on the Las Vegas Strip.",
     [(SPIRIT, "las-vegas", "refuted")]),
    ("The 97th Academy Awards were held inside the Dolby Theatre.",
     [(OSCARS, "dolby-theatre", "supported")]),
    ("The 97th Academy Awards were held inside the Royal Festival Hall.",
     [(OSCARS, "royal-festival-hall", "refuted")]),
    # "on" a day is no place
    ("The 97th Academy Awards were held on March 2, 2025.", []),
])
def test_held_on_and_inside(default_kb, text, want):
    assert venues(text, default_kb) == want


CCA = "30th-critics-choice-awards"
LEAD = "Anora won Best Picture at the 30th Critics Choice Awards. "


@pytest.mark.parametrize("text, want", [
    # "the event", "the show": the edition the paragraph named, read for support only
    ("The event, which was hosted in the Barker Hangar in Santa Monica, ran long.",
     [(CCA, "barker-hangar", "supported"), (CCA, "santa-monica", "supported")]),
    ("The show took place at the Barker Hangar.", [(CCA, "barker-hangar", "supported")]),
    ("The event was hosted in Las Vegas.", [(CCA, "las-vegas", "not_enough_info")]),
    # a show "set" somewhere is a story's setting, not a venue
    ("The show is set in Santa Monica.", []),
])
def test_plain_event_nouns_borrow_the_edition(default_kb, text, want):
    assert venues(LEAD + text, default_kb) == want
