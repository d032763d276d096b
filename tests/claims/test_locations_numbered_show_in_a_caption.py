"""A show's name an ordinal numbers, with the lexicon's `plot.edition_fillers` between them
("the 97th Annual Oscars", as photo agencies caption their pictures), is that edition: a venue
phrase on it says where that edition was held (claims/locations.py `_edition_places`)."""
from __future__ import annotations

import reelcheck


def places(text, kb):
    return [(c.verdict, c.subject.id, c.object.id if hasattr(c.object, "id") else c.object)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "event_location"]


def test_a_venue_on_a_numbered_annual_show(default_kb):
    s = "Presenter Emma Stone walks onstage during the 97th Annual Academy Awards at {} on " \
        "March 2, 2025."
    assert places(s.format("Dolby Theatre"), default_kb) == [
        ("supported", "97th-academy-awards", "dolby-theatre")]
    assert places(s.format("the Barker Hangar"), default_kb) == [
        ("refuted", "97th-academy-awards", "barker-hangar")]
    s = "Guests mingle at the 78th Annual BAFTAs at the {} in London."
    assert ("supported", "78th-british-academy-film-awards", "royal-festival-hall") in places(
        s.format("Royal Festival Hall"), default_kb)
    assert ("refuted", "78th-british-academy-film-awards", "beverly-hilton") in places(
        s.format("Beverly Hilton"), default_kb)
