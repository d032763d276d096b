"""Places said in ways the parse misreads or that sit on a noun rather than a verb. Sentences
written for these tests; facts from the default KB (Anora is set in Brooklyn's Brighton Beach and
Mill Basin, Manhattan and Las Vegas, a list declared complete; the 97th Academy Awards were held
at the Dolby Theatre in Hollywood, the 34th Gotham Awards at Cipriani Wall Street in Manhattan,
the 30th Critics Choice Awards at the Barker Hangar in Santa Monica; Mikey Madison was born in
Los Angeles)."""
from __future__ import annotations

import pytest

import reelcheck


def places(text, kb, pred):
    return sorted((c.slots.get("place"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
                  if c.predicate == pred)


@pytest.mark.parametrize("text, want", [
    # the tagger reads "set" after a hyphen, before a title, as part of a name
    ("The Brooklyn-set Anora was the toast of Cannes.", [("brooklyn", "supported")]),
    ("The Chicago-set Anora was the toast of Cannes.", [("chicago", "refuted")]),
    # a fronted participle with an adverb, which the parser makes the main verb's subject
    ("Set mostly in Brooklyn, Sean Baker's Anora is a screwball tragedy.",
     [("brooklyn", "supported")]),
    ("Set mostly in Houston, Sean Baker's Anora is a screwball tragedy.",
     [("houston", "refuted")]),
    # the main clause's subject is the heroine's name, which is also the film's title: only
    # a work is set somewhere, so it is the film
    ("Set largely in Brighton Beach, Anora moves to Las Vegas for a wedding.",
     [("brighton-beach", "supported")]),
    ("Set largely in Boston, Anora moves to Las Vegas for a wedding.",
     [("boston", "refuted")]),
    # "between" two places: each is a setting
    ("Anora, set between Brooklyn and Las Vegas, plays like a screwball comedy.",
     [("brooklyn", "supported"), ("las-vegas", "supported")]),
    ("Anora, set between Detroit and Las Vegas, plays like a screwball comedy.",
     [("detroit", "refuted"), ("las-vegas", "supported")]),
])
def test_story_settings(default_kb, text, want):
    assert places(text, default_kb, "narrative_location") == want


@pytest.mark.parametrize("text, want", [
    # the place phrase on the event noun the show's name modifies
    ("The 97th Academy Awards ceremony at the Dolby Theatre ran well past midnight.",
     [("dolby-theatre", "supported")]),
    ("The 97th Academy Awards ceremony at the Beverly Hilton ran well past midnight.",
     [("beverly-hilton", "refuted")]),
    ("The 34th Gotham Awards ceremony in Los Angeles saw Anora leave empty-handed.",
     [("los-angeles", "refuted")]),
    # a set-off participle after a fronted show's name, tagged as a past verb
    ("At the 30th Critics Choice Awards, staged at the Barker Hangar, Anora took Best Picture.",
     [("barker-hangar", "supported")]),
    ("At the 30th Critics Choice Awards, staged at the Dolby Theatre, Anora took Best Picture.",
     [("dolby-theatre", "refuted")]),
    # a venue the KB lacks, put in a town that is not where the show was: wrong either way
    ("The 34th Gotham Awards were held at the Edison Ballroom in Los Angeles.",
     [(None, "refuted")]),
    # ... and in the right town, or with no town, it stays open
    ("The 34th Gotham Awards were held at the Edison Ballroom in New York.",
     [(None, "not_enough_info")]),
    ("The 82nd Golden Globes were held at the Beverly Wilshire.", [(None, "not_enough_info")]),
])
def test_event_venues(default_kb, text, want):
    assert places(text, default_kb, "event_location") == want


@pytest.mark.parametrize("text, want", [
    ("Madison, a Miami native, trained as an equestrian before acting.", [("miami", "refuted")]),
    ("Madison, a Los Angeles native, trained as an equestrian before acting.",
     [("los-angeles", "supported")]),
])
def test_native_set_off_after_a_name(default_kb, text, want):
    assert places(text, default_kb, "place_of_birth") == want
