"""A noun of place under a release or premiere verb's venue preposition ("opened in four
locations in New York") says where the film played, not where it was shot: no filming claim
(`claims/locations.py`, `_release_venue`, from the lexicon's `dates.events`). Sentences in the
project's own words about facts the default KB holds (Anora was shot in New York City)."""
import reelcheck


def _places(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "location"]


def test_where_a_release_played_is_no_filming_place(default_kb):
    for text in ("Neon opened Anora in just four locations in New York and Los Angeles.",
                 "Anora was released in six locations in New York before it went wide."):
        assert _places(text, default_kb) == [], text


def test_filming_locations_are_still_read(default_kb):
    assert ("filming_location", "supported") in _places(
        "Anora was shot on locations in New York and Las Vegas.", default_kb)
    assert ("filming_location", "supported") in _places(
        "Anora was filmed in Brighton Beach, with locations in Las Vegas.", default_kb)
