""""The ceremony" with an aside set off by commas ("The ceremony, first slated for January
12, ...") is still the plain description of the show the paragraph named: its venue is that
edition's (claims/locations.py `_event`), support only, as for "the ceremony" alone."""
from __future__ import annotations

import reelcheck


def places(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "event_location"]


LEAD = "Chelsea Handler returned to host the 30th Critics Choice Awards. "


def test_the_venue_of_the_described_show_supports(default_kb):
    assert "supported" in places(LEAD + "The ceremony, originally planned for mid-January, "
                                 "was eventually staged at the Barker Hangar.", default_kb)
    assert "supported" in places(LEAD + "The ceremony, which had been set for January 12, "
                                 "was held at the Barker Hangar in Santa Monica.", default_kb)
    # another venue is left open: the description might mean another show
    assert "refuted" not in places(LEAD + "The ceremony, which had been set for January 12, "
                                   "was held at the Beverly Hilton.", default_kb)
