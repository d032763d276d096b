"""A premiere said to be where the KB's world premiere was (its venue or festival names every
place said) is that premiere, so a wrong day refutes it; a premiere of a region ("its UK
premiere") or in another place may be a later one and stays open.

Sentences are written for these tests; the facts are the default KB's (Barbie premiered
2023-07-09 at the Shrine Auditorium, Los Angeles; Top Gun: Maverick 2022-05-04 aboard the USS
Midway and at the San Diego Civic Theatre, San Diego)."""
from __future__ import annotations

import reelcheck


def premieres(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "premiere_date"]


def test_a_wrong_day_at_the_kb_venue_is_refuted(default_kb):
    assert premieres("Greta Gerwig's Barbie was first unveiled at a premiere at the Shrine "
                     "Auditorium in Los Angeles on July 16, 2023.", default_kb) == ["refuted"]
    assert premieres("The film Top Gun: Maverick premiered in San Diego on May 11, 2022.",
                     default_kb) == ["refuted"]


def test_the_right_day_at_the_kb_venue_is_still_supported(default_kb):
    assert premieres("The film Top Gun: Maverick premiered in San Diego on May 4, 2022.",
                     default_kb) == ["supported"]


def test_a_regional_or_elsewhere_premiere_on_another_day_stays_open(default_kb):
    assert premieres("The film Top Gun: Maverick had its US premiere in San Diego on "
                     "May 11, 2022.", default_kb) == ["not_enough_info"]
    assert premieres("Barbie premiered in Sydney on July 20, 2023.",
                     default_kb) == ["not_enough_info"]
