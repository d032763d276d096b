"""A festival edition has one jury president: a name the KB does not know, said to preside at
an edition whose president the KB holds, is refuted; without an edition, or as a juror, it is
not. Sentences and the name Jane Plimpton written for these tests."""
from __future__ import annotations

import reelcheck


def _festival(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "festival"]


def test_an_unknown_president_of_a_known_edition_is_refuted(default_kb):
    for text in ("Jane Plimpton presided over the jury at the 77th Cannes Film Festival.",
                 "Jane Plimpton, the jury president, praised Anora at the 2024 Cannes Film "
                 "Festival."):
        ((verdict, why),) = _festival(text, default_kb)
        assert verdict == "refuted" and "Greta Gerwig, not Jane Plimpton" in why


def test_a_misspelt_president_is_not_refuted(default_kb):
    got = _festival("Greta Gerwg presided over the jury at the 77th Cannes Film Festival.",
                    default_kb)
    assert got and all(v != "refuted" for v, _ in got)


def test_no_edition_or_no_presidency_refutes_nothing(default_kb):
    for text in ("Jane Plimpton presided over the Cannes jury.",
                 # (a member, not the president: the 77th's jury is listed whole now, so
                 # a juror off it is refuted there; an edition with no jury listed is open)
                 "Jane Plimpton sat on the jury at the 72nd Cannes Film Festival."):
        assert all(v != "refuted" for v, _ in _festival(text, default_kb)), text
