"""Wins counted out of nominations are of a show that hands out nominations: where the clause
names no show and the passage's show is a festival ("Marty won two of its eight nominations"
in a paragraph on its Palme and its Oscars), the count is of the one other show the passage
names; and in a text naming no show at all, wins out of nominations are read as the Oscars',
to support only (as a bare "won Best Picture" is). Before, the first was read as the
festival's record and the second was left with no show.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.slots.get("family"), c.slots.get("family_assumed"))
            for c in r.claims if c.slots.get("kind") in ("award_count", "nomination_count")]


def test_a_tally_out_of_nominations_beside_a_festival_is_the_other_show_s(default_kb):
    text = ("Cannes Champions\n\n"
            "Delbert Mann's Marty took the Palme in 1955, and Parasite collected four Oscars. "
            "Marty won two of its eight nominations.\n")
    got = _counts(text, default_kb)
    assert ("refuted", "academy-awards", False) in got
    assert not any(f == "cannes-film-festival" for _v, f, _a in got)


def test_a_tally_out_of_nominations_in_a_text_naming_no_show_supports_only(default_kb):
    text = ("Big nights, by the numbers\n\n"
            "The Last Emperor, 1988: won 9 of 9.\n\n"
            "Everything Everywhere All at Once, 2023: won 7 of 12.\n")
    got = _counts(text, default_kb)
    assert ("supported", "academy-awards", True) in got
    assert not any(v == "refuted" for v, _f, _a in got)
