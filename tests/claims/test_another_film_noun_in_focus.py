"""A film noun its words mark as another film ("his previous film", "her earlier picture") is
not the film in focus for a setting or a rating either (claims/frames.py, another_film; used by
claims/locations.py and claims/records.py): Anora's settings and its R rating are held, so
reading these as Anora refuted true sentences. Sentences are written for these tests; the
facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "Anora swept the Oscars for Sean Baker. "


def _claims(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [(c.subject.label if c.subject else None, c.predicate, c.verdict) for c in r.claims
            if c.start >= len(LEAD)]


def test_a_previous_film_has_its_own_setting(default_kb):
    got = _claims("His previous picture takes place in a small Texas town.", default_kb)
    assert all(s != "Anora" for s, _, _ in got), got


def test_an_earlier_film_has_its_own_rating(default_kb):
    got = _claims("Her earlier film was rated PG-13 by the MPA.", default_kb)
    assert all(s != "Anora" for s, _, _ in got), got


def test_the_film_in_focus_keeps_its_setting_and_rating(default_kb):
    got = _claims("The film is set in a small Texas town and was rated PG-13.", default_kb)
    assert ("Anora", "narrative_location", "refuted") in got, got
    assert ("Anora", "mpa_rating", "refuted") in got, got


def test_a_previous_film_has_its_own_prizes(default_kb):
    # Anora's five Oscars and its Palme are the KB's; "his earlier picture" is not Anora
    got = _claims("His earlier picture took home three Oscars.", default_kb)
    assert all(s != "Anora" for s, _, _ in got), got
    got = _claims("His previous feature took the Palme d'Or.", default_kb)
    assert all(s != "Anora" for s, _, _ in got), got


def test_the_film_in_focus_keeps_its_prizes(default_kb):
    got = _claims("The film took home three Oscars.", default_kb)
    assert ("Anora", "award_count", "refuted") in got, got
