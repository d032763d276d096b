"""A premiere said to be in a place is supported only where the premiere the KB holds is
there (its venue or festival names the place); of a premiere elsewhere, the day holds but the
place does not, so the claim stays open rather than supported.

Sentences are written for these tests; the facts are the default KB's (Oppenheimer premiered
2023-07-11 at Le Grand Rex, Paris; Barbie 2023-07-09 at the Shrine Auditorium, Los Angeles)."""
from __future__ import annotations

import reelcheck


def premieres(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "premiere_date"]


def test_a_premiere_in_another_city_than_the_kb_venue_is_not_supported(default_kb):
    got = premieres("Christopher Nolan's Oppenheimer premiered in Berlin on July 11, 2023.",
                    default_kb)
    assert [v for v, _ in got] == ["not_enough_info"]
    assert "Paris" in got[0][1]


def test_a_premiere_in_the_kb_venue_city_is_supported(default_kb):
    assert [v for v, _ in premieres("Christopher Nolan's Oppenheimer premiered in Paris on "
                                    "July 11, 2023.", default_kb)] == ["supported"]
    assert [v for v, _ in premieres("Barbie premiered in Los Angeles on July 9, 2023.",
                                    default_kb)] == ["supported"]
