"""The bundled default KB: every reference sheet, typed, sourced, with its complete sets."""
from __future__ import annotations

from reelcheck.kb.default import FACTSHEETS_DIR, default_kb_path


def test_default_kb_builds_once_and_is_cached(default_kb):
    assert default_kb_path() == default_kb.path
    assert default_kb.meta["name"] == "reelcheck default KB"


def test_every_fact_has_a_source(default_kb):
    con = default_kb._con()
    assert con.execute("SELECT count(*) FROM facts WHERE sources = '[]'").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM facts").fetchone()[0] > 1000


def test_anora_core_facts(default_kb):
    kb = default_kb
    assert [f.value for f in kb.facts("anora-2024-film", "director")] == ["sean-baker"]
    assert kb.facts("anora-mikheeva", "played_by")[0].value == "mikey-madison"
    assert kb.facts("anora-2024-film", "shooting_days")[0].value == 37
    rt = kb.facts("anora-2024-film", "runtime")[0]
    assert rt.disputed and rt.value == 139            # disputed stays disputed
    assert kb.is_complete("award_received", subject="anora-2024-film",
                          qualifiers={"ceremony": "97th-academy-awards"})
    wins = [f for f in kb.facts("anora-2024-film", "award_received")
            if f.qualifiers.get("ceremony") == "97th-academy-awards"]
    assert len({f.value for f in wins}) == 5


def test_awards_history_lists_are_complete(default_kb):
    kb = default_kb
    # Cannes' top prize for every year 1946-2025, and each Oscar ceremony's main categories
    for year in (1946, 1968, 2019, 2020, 2024):
        assert kb.is_complete("award_received", object_entity="palme-d-or",
                              qualifiers={"year": year})
    bp = [f for f in kb.facts(predicate="award_received",
                              object_entity="academy-award-for-best-picture")]
    # ceremonies 1-97 from the awards history, the 98th from the Oscar record
    assert len({f.qualifiers["ceremony"] for f in bp}) == 98
    assert kb.facts("97th-academy-awards", "ceremony_date")[0].value == "2025-03-02"
    # the 98th's day comes from the ceremonies factsheet, with the pages that state it
    got = kb.facts("98th-academy-awards", "ceremony_date")
    assert [f.value for f in got] == ["2026-03-15"] and len(got[0].sources) >= 2


def test_memory_facts_stay_out():
    text = "\n".join(p.read_text(encoding="utf-8") for p in FACTSHEETS_DIR.glob("*.yaml"))
    assert "confidence: memory" not in text
