"""Two wins in one clause whose second verb is left out ("won her first Oscar for A at the 19th
and her second for B at the 22nd", "... and again for B in 1950"): the second part is a win of
its own, with its own work, night and ordinal; the first keeps neither, and the second does not
take the first's ordinal. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_received"]


def test_an_owners_next_ordinal_opens_a_part_of_its_own(default_kb):
    got = wins('Olivia de Havilland took her first Oscar for "To Each His Own" at the 19th '
               'Academy Awards and her second for "The Heiress" at the 22nd Academy Awards.',
               default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    got = wins('Olivia de Havilland took her first Oscar for "To Each His Own" at the 19th '
               'Academy Awards and her third for "The Heiress" at the 22nd Academy Awards.',
               default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"]
    assert "not the third" in got[1].explanation


def test_again_does_not_repeat_the_first_parts_ordinal(default_kb):
    got = wins('Olivia de Havilland took her first Oscar for "To Each His Own" in 1947 and won '
               'again for "The Heiress" in 1950.', default_kb) + wins(
        'Olivia de Havilland took her first Oscar for "To Each His Own" in 1947 and again for '
        '"The Heiress" in 1950.', default_kb)
    assert got and all(c.verdict == "supported" for c in got)
