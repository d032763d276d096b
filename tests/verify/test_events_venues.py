"""Where the 2024-25 season's ceremonies were held (factsheet events.yaml) and how an event's
place is judged: the KB's venue, or a place it lies in, supports; a place in another region
refutes; the larger centre of the venue's area (Los Angeles said for a hotel in Beverly
Hills) is left open."""
from __future__ import annotations

import reelcheck


def places(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "event_location"]


def test_the_season_venues_support(default_kb):
    for s in ["The 78th British Academy Film Awards were held at the Royal Festival Hall.",
              "The 82nd Golden Globe Awards took place at the Beverly Hilton.",
              "The 30th Critics Choice Awards were staged at the Barker Hangar.",
              "The 34th Gotham Awards took place at Cipriani Wall Street in New York.",
              "The 77th Directors Guild of America Awards were held in Beverly Hills."]:
        assert "supported" in places(s, default_kb), s


def test_a_city_in_another_region_refutes(default_kb):
    assert places("The 78th British Academy Film Awards were held in Manchester.",
                  default_kb) == ["refuted"]


def test_the_metropolitan_area_of_the_venue_is_not_judged(default_kb):
    # the Beverly Hilton is in Beverly Hills, which writers often fold into Los Angeles
    assert places("The 82nd Golden Globe Awards were held in Los Angeles.",
                  default_kb) == ["not_enough_info"]
    assert places("The 30th Critics Choice Awards took place in Los Angeles.",
                  default_kb) == ["not_enough_info"]
    # ... but not the other way round: a Hollywood show said to be in Beverly Hills, a smaller
    # town beside it, is wrong
    assert places("The 97th Academy Awards were held in Beverly Hills.",
                  default_kb) == ["refuted"]
