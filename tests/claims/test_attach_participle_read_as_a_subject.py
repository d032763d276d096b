"""An opening participle whose phrase a comma closes ("Nominated for 13 Oscars, X won four")
describes the main clause's subject: the parser may hang it on the main verb as a first
subject, but its count is the participle's (nominations), never the verb's (wins).

Sentences written for these tests; the facts are the default KB's (The Shape of Water: 13
nominations and four wins at the 90th Academy Awards)."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "count"]


def test_the_participles_count_is_the_nominations(default_kb):
    got = _counts("Nominated for 13 Oscars, The Shape of Water won four.", default_kb)
    assert got and all(v == "supported" for _t, v in got), got
    assert len(got) == 2, got


def test_one_wrong_count_refutes_its_own_slot_only(default_kb):
    got = dict(_counts("Nominated for 12 Oscars, The Shape of Water won four.", default_kb))
    assert sorted(got.values()) == ["refuted", "supported"], got
    assert got.get("Nominated for 12 Oscars") == "refuted", got
    got = dict(_counts("Nominated for 13 Oscars, The Shape of Water won five.", default_kb))
    assert sorted(got.values()) == ["refuted", "supported"], got
