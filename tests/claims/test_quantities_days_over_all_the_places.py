"""Days of shooting said of a list of places ("37 days in New York and Las Vegas") are the
whole shoot's when every place the KB has the film shot in lies in one of those listed: the
figure is then checked as the shoot's length and holds. A list that leaves out a place the KB
has (Las Vegas) stays a part of the shoot, open; days beyond the whole shoot are still refuted.
Sentences written for this test; the default KB holds Anora's 37-day shoot in New York City
(Brighton Beach, Coney Island, Mill Basin, Manhattan) and Las Vegas."""
from __future__ import annotations

import reelcheck


def _days(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "shooting_days"]


def test_days_over_every_place_are_the_whole_shoot(default_kb):
    assert _days("Production notes: Anora's shoot spanned 37 days in New York and Las Vegas.",
                 default_kb) == ["supported"]
    assert _days("Production notes: Anora's shoot spanned 47 days in New York and Las Vegas.",
                 default_kb) == ["refuted"]
    assert _days("Anora was shot over 37 days in New York and Miami.",
                 default_kb) == ["not_enough_info"]
    assert _days("Anora was shot over 37 days in Brooklyn.", default_kb) == ["not_enough_info"]
