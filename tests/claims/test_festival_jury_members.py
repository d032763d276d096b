"""Who sat on a festival's jury (claims/festivals.py `_jury_members`, verify/festivals.py
`jury_member`, the 77th Cannes jury listed whole in kb/factsheets/juries.yaml): members
named after "included", "sat on the jury" or "jury member" are checked against the edition's
complete jury, names the KB lacks included; an edition the KB lists no jury for leaves them
open. Sentences are written for these tests."""
from __future__ import annotations

import reelcheck


def members(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "jury_member"]


def test_members_of_a_jury_named_by_its_president(default_kb):
    got = members("The 77th Cannes Film Festival closed on May 25. Greta Gerwig's jury, which "
                  "also included Omar Sy, Eva Green and Tilda Swinton, gave Anora the Palme.",
                  default_kb)
    assert [v for v, _t in got] == ["supported", "supported", "refuted"], got


def test_members_in_their_own_clause_and_unknown_names(default_kb):
    got = dict((t, v) for v, t in members(
        "At Cannes in 2024, the jury was led by Greta Gerwig, and its members included "
        "Nadine Labaki and Jane Roe.", default_kb))
    assert got.get("included Nadine Labaki") == "supported", got
    assert got.get("Jane Roe") == "refuted", got
    assert [v for v, _t in members("Ebru Ceylan sat on the jury at the 77th Cannes Film "
                                   "Festival.", default_kb)] == ["supported"]


def test_an_edition_with_no_jury_listed_stays_open(default_kb):
    got = members("In 2019, the Cannes jury included Elle Fanning.", default_kb)
    assert [v for v, _t in got] == ["not_enough_info"], got
