"""Where an event was held, said as a venue and the town it lies in ("at the X in London"): the
venue is the place the sentence states. A venue the KB lacks leaves the claim open, never
supported by its town alone; the town is where the venue is said to lie. A show's name dated
on the same verb ("the Producers Guild Awards were held ... on February 8, 2025") names that
year's edition (claims/locations.py `_event_places`, `_dated_edition`). Sentences are written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def places(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "event_location"]


def test_a_venue_the_kb_lacks_is_not_confirmed_by_its_town(default_kb):
    for text in ("The 78th BAFTA Film Awards were staged at the Royal Albert Hall in London.",
                 "The 78th BAFTA Film Awards took place at the Royal Albert Hall in London."):
        got = places(text, default_kb)
        assert got and all(c.verdict == "not_enough_info" for c in got), [
            (c.text, c.verdict, c.explanation) for c in got]


def test_the_right_venue_in_its_town_holds(default_kb):
    got = places("The 78th BAFTA Film Awards took place at the Royal Festival Hall in London.",
                 default_kb)
    assert got and {c.verdict for c in got} == {"supported"}
    assert any(c.slots.get("place") == "royal-festival-hall" for c in got)
    # the same venue put in another town is not confirmed
    moved = places("The 78th BAFTA Film Awards took place at the Royal Festival Hall in Paris.",
                   default_kb)
    assert moved and "supported" not in {c.verdict for c in moved}


def test_a_show_dated_on_its_verb_names_that_years_edition(default_kb):
    text = ("The Producers Guild Awards were held at the Fairmont Century Plaza in Los Angeles "
            "on February 8, 2025.")
    got = reelcheck.check(text, kb=default_kb).claims
    assert {c.verdict for c in got} == {"supported"}, [(c.text, c.explanation) for c in got]
    assert any(c.predicate == "event_location" and c.slots.get("subject") ==
               "36th-producers-guild-of-america-awards" for c in got)
    wrong = places("The Producers Guild Awards were held at the Beverly Hilton on "
                   "February 8, 2025.", default_kb)
    assert [c.verdict for c in wrong] == ["refuted"]
    # with no date on the verb, the show's name names no edition
    assert places("The Producers Guild Awards were held at the Beverly Hilton.", default_kb) == []



def test_a_numbered_show_names_that_edition(default_kb):
    assert [c.verdict for c in places("Judd Apatow hosted the 77th DGA Awards at the Beverly "
                                      "Hilton.", default_kb)] == ["supported"]
    assert [c.verdict for c in places("The 36th PGA Awards were held at the Beverly Hilton.",
                                      default_kb)] == ["refuted"]
    # an edition the KB does not hold: no claim
    assert places("The 76th DGA Awards were held at the Beverly Hilton.", default_kb) == []
