"""A relative clause on a common noun set in apposition to a name is said of the name: "X, the
filmmaker who was born in ...", "Y, the festival winner that went on to win ...". Before, the
clause's subject was the common noun, which names nothing, and the claim was dropped.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _rows(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict, c.explanation) for c in r.claims]


def test_a_birth_year_in_a_relative_clause_on_an_apposition(default_kb):
    got = _rows("Sean Baker, the New Jersey director who was born in 1969, "
                "spoke to the press.", default_kb)
    assert [v for _, v, _ in got if "born" in _] == ["refuted"]
    assert any("1971" in e for _, v, e in got if v == "refuted")
    got = _rows("Sean Baker, the New Jersey director who was born in 1971, "
                "spoke to the press.", default_kb)
    assert "refuted" not in [v for _, v, _ in got]


def test_a_later_win_in_a_relative_clause_on_an_apposition(default_kb):
    text = ("Neon then handled Parasite, the 2019 Palme d'Or winner that went on to take Best "
            "Picture at the 91st Academy Awards.")
    got = [(s, v, e) for s, v, e in _rows(text, default_kb) if "Best Picture" in s]
    assert [v for _, v, _ in got] == ["refuted"]
    text = ("Neon then handled Parasite, the 2019 Palme d'Or winner that went on to take Best "
            "Picture at the 92nd Academy Awards.")
    got = [(s, v, e) for s, v, e in _rows(text, default_kb) if "Best Picture" in s]
    assert [v for _, v, _ in got] == ["supported"]
