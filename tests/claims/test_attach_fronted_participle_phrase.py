"""A phrase set off by commas after an opening participle's own phrases, still before the main
clause's subject, is the participle's: "Born in Moscow, in 1966, X ..." states the birth year,
not the year of the main clause's event.

Sentences are written for these tests; the facts are the default KB's (Sean Baker born
1971-02-26 in Summit, New Jersey, directed Anora (2024); Aleksei Serebryakov born 1964-07-03 in
Moscow)."""
from __future__ import annotations

import reelcheck


def by_category(text, kb):
    out = {}
    for c in reelcheck.check(text, kb=kb).claims:
        out.setdefault(c.category, []).append(c.verdict)
    return out


def test_the_year_after_the_birthplace_is_the_birth_year(default_kb):
    got = by_category("Born in Summit, New Jersey, in 1968, Sean Baker went on to make Anora.",
                      default_kb)
    assert got.get("date") == ["refuted"]
    got = by_category("Born in Summit, New Jersey, in 1971, Sean Baker directed Anora.",
                      default_kb)
    assert got.get("date") == ["supported"]
    assert got.get("crew") == ["supported"]


def test_the_main_verb_does_not_take_the_participles_year(default_kb):
    got = by_category("Born in Moscow, in 1964, Aleksei Serebryakov was cast in Anora.",
                      default_kb)
    assert got.get("date") == ["supported"]
    assert "refuted" not in [v for vs in got.values() for v in vs]
