"""The Wikidata importer on real dump lines and a real API entity (../shared/fixtures/wikidata).

Skipped only when the shared folder is not beside the project.
"""
from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from reelcheck.kb.importers import import_wikidata
from reelcheck.kb.importers.wikidata_model import convert
from reelcheck.kb.store import KB

SHARED = Path(__file__).resolve().parents[4] / "shared" / "fixtures" / "wikidata"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared fixtures absent")


def test_dump_head_reads_all_49_entities_and_keeps_no_film_domain(tmp_path):
    dump = SHARED / "dump-head-49-entities.json"
    stats = import_wikidata(dump, tmp_path / "h.kb", progress=False, prefilter=False)
    assert stats.lines == 49
    assert stats.entities_seen == 49          # every line parsed as an entity, none malformed
    assert stats.malformed == 0
    assert stats.kept.get("film", 0) == 0 and stats.kept.get("person", 0) == 0
    assert stats.entities_kept <= 3
    with_prefilter = import_wikidata(dump, tmp_path / "p.kb", progress=False)
    assert with_prefilter.lines == 49 and with_prefilter.malformed == 0
    assert with_prefilter.kept == stats.kept


@pytest.fixture(scope="module")
def q42():
    return json.loads((SHARED / "entity-Q42.json").read_text(encoding="utf-8"))


def test_api_entity_value_types(q42):
    rec = convert(q42, "person")
    assert rec.label == "Douglas Adams"
    assert ("imdb", "nm0010930") in rec.external
    by_pred: dict = {}
    for f in rec.facts:
        by_pred.setdefault(f.predicate, []).append(f)
    assert [f.value for f in by_pred["imdb_id"]] == ["nm0010930"]
    dob = by_pred["date_of_birth"]
    assert [(f.value, f.precision) for f in dob] == [("1952-03-11", "day")]
    noms = by_pred["nominated_for"]
    assert noms, "P1411 nominations are mapped"
    hugo = [f for f in noms if f.qualifiers.get("for_work") == "Q3521267"]
    assert hugo and hugo[0].qualifiers["year"] == 1979     # "+1979-00-00", precision 9
    assert by_pred["place_of_birth"][0].value_type == "entity"


def test_api_entity_through_the_dump_reader(tmp_path, q42):
    """Wrapped in dump framing and credited as a film's screenwriter, Q42 is kept in pass 2."""
    film = {"type": "item", "id": "Q990001",
            "labels": {"en": {"language": "en", "value": "A Test Film"}},
            "claims": {"P31": [{"mainsnak": {"snaktype": "value", "property": "P31",
                                              "datavalue": {"value": {"entity-type": "item",
                                                                      "numeric-id": 11424,
                                                                      "id": "Q11424"},
                                                            "type": "wikibase-entityid"}},
                                "type": "statement", "rank": "normal"}],
                       "P58": [{"mainsnak": {"snaktype": "value", "property": "P58",
                                              "datavalue": {"value": {"entity-type": "item",
                                                                      "numeric-id": 42,
                                                                      "id": "Q42"},
                                                            "type": "wikibase-entityid"}},
                                "type": "statement", "rank": "normal"}]}}
    dump = tmp_path / "q42.json"
    dump.write_bytes(b"[\n" + orjson.dumps(film) + b",\n" + orjson.dumps(q42) + b"\n]\n")
    stats = import_wikidata(dump, tmp_path / "q.kb", progress=False)
    assert stats.malformed == 0
    kb = KB(tmp_path / "q.kb")
    assert kb.entity("wd:Q42").type == "person"
    assert [f.value for f in kb.facts(subject="wd:Q990001", predicate="screenwriter")] == [
        "wd:Q42"]
    assert kb.entity_by_external("imdb", "nm0010930").id == "wd:Q42"
    dob = kb.facts(subject="wd:Q42", predicate="date_of_birth")
    assert [(f.value, f.precision) for f in dob] == [("1952-03-11", "day")]
