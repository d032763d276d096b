"""A count of a person's prizes at one edition said "for" a film counts the prizes for that film
only: another film's haul that night does not bear it out, and with the person's record of the
night complete a count the film's prizes do not reach is refuted. Before, the film was dropped
once an edition (or a year naming one) was stated. Sentences written for these tests; facts of
the default KB's Oscar record (Baker's four 97th-ceremony wins were all for Anora; Nolan's two
96th-ceremony wins for Oppenheimer)."""
from __future__ import annotations

import pytest

from tests.helpers.award_claims import awards


def _count(text, kb):
    got = [c for c in awards(text, kb) if c.slots.get("kind") == "award_count"]
    assert len(got) == 1, [(c.text, c.verdict, c.explanation) for c in awards(text, kb)]
    return got[0]


@pytest.mark.parametrize("text", [
    "At the 97th Academy Awards, Sean Baker collected four Oscars for The Florida Project.",
    "Sean Baker took four Academy Awards for Tangerine in 2025.",
    "Christopher Nolan won two Oscars for Dunkirk at the 96th Academy Awards.",
])
def test_another_film_s_count_at_the_edition_is_refuted(text, default_kb):
    c = _count(text, default_kb)
    assert c.verdict == "refuted", (c.text, c.explanation)


@pytest.mark.parametrize("text, film", [
    ("At the 97th Academy Awards, Sean Baker collected four Oscars for Anora.", "Anora"),
    ("Christopher Nolan won two Oscars for Oppenheimer at the 96th Academy Awards.",
     "Oppenheimer"),
])
def test_the_film_s_own_count_is_supported_and_named(text, film, default_kb):
    c = _count(text, default_kb)
    assert c.verdict == "supported", (c.text, c.explanation)
    assert f"for {film}" in c.explanation, c.explanation
