"""One entity per real thing: imports attach to entities that already hold the external id."""
from __future__ import annotations

from pathlib import Path

import pytest

from reelcheck.cli import main as cli_main
from reelcheck.kb.importers import import_imdb, import_wikidata
from reelcheck.kb.store import KB, Fact, KBWriter

FIXTURES = Path(__file__).parent / "fixtures"
DUMP = FIXTURES / "wikidata-sample.json"
IMDB = FIXTURES / "imdb"


@pytest.fixture()
def factsheet_kb(tmp_path) -> Path:
    """A small fact-sheet KB declaring the film's Wikidata id and a curated runtime."""
    path = tmp_path / "sheet.kb"
    w = KBWriter(path, name="sheet")
    w.add_entity("the-lantern-keeper-2019-film", "film", "The Lantern Keeper",
                 "curated description", 2019)
    w.add_alias("the-lantern-keeper-2019-film", "Lantern", "nickname")
    w.add_external_id("the-lantern-keeper-2019-film", "wikidata", "Q900001")
    w.add_entity("mara-velloso", "person", "Mara Velloso")
    w.add_external_id("mara-velloso", "imdb", "nm9900001")
    w.add_fact(Fact("sheet-runtime", "the-lantern-keeper-2019-film", "runtime", 102.0,
                    "quantity", unit="minute", sources=["https://example.org/sheet"]))
    w.add_fact(Fact("sheet-director", "the-lantern-keeper-2019-film", "director",
                    "mara-velloso", sources=["https://example.org/sheet"]))
    w.commit()
    return path


def test_wikidata_facts_attach_to_the_factsheet_entity(tmp_path, factsheet_kb):
    out = tmp_path / "merged.kb"
    stats = import_wikidata(DUMP, out, base=factsheet_kb, progress=False)
    kb = KB(out)
    film = "the-lantern-keeper-2019-film"
    assert kb.entity("wd:Q900001") is None
    e = kb.entity(film)
    assert (e.label, e.description, e.type) == ("The Lantern Keeper", "curated description",
                                                "film")
    assert sorted(kb.external_ids(film)) == [("imdb", "tt9900001"), ("wikidata", "Q900001")]
    # the curated runtime stays the only one: the import's functional value is dropped
    assert [f.id for f in kb.facts(subject=film, predicate="runtime")] == ["sheet-runtime"]
    # Mara merged late through her IMDb id (P345): earlier references were re-pointed
    assert kb.entity("wd:Q900101") is None
    assert [f.id for f in kb.facts(subject=film, predicate="director")] == ["sheet-director"]
    awards = kb.facts(subject=film, predicate="award_received")
    assert awards[0].qualifiers["recipients"] == ["mara-velloso"]
    harbour = kb.facts(subject="wd:Q900002", predicate="director")
    assert [f.value for f in harbour] == ["mara-velloso"]
    assert [f.value for f in kb.facts(subject="mara-velloso", predicate="date_of_birth")] == [
        "1975-06-02"]
    assert sorted(kb.external_ids("mara-velloso")) == [("imdb", "nm9900001"),
                                                       ("wikidata", "Q900101")]
    # the film gained names, other facts, and kept its nickname
    names = {a for a, _ in kb.aliases_of(film)}
    assert {"Lantern", "Lantern Keeper", "Lyktevokteren"} <= names
    assert kb.facts(subject=film, predicate="budget")[0].value == 2_500_000.0
    assert stats.merged == 2 and stats.skipped_conflicts >= 2
    # the base file itself was not touched
    assert KB(factsheet_kb).stats()["facts"] == 2


def test_imdb_maps_onto_wikidata_entities_with_p345(tmp_path):
    wd = tmp_path / "wd.kb"
    import_wikidata(DUMP, wd, progress=False)
    stats = import_imdb(IMDB, wd, base=wd, progress=False)     # extend in place
    kb = KB(wd)
    assert kb.entity("imdb:tt9900001") is None and kb.entity("imdb:nm9900001") is None
    assert kb.entity_by_external("imdb", "tt9900001").id == "wd:Q900001"
    assert kb.entity_by_external("imdb", "nm9900002").id == "wd:Q900102"
    # the same director from both sources is one credit; IMDb adds the one Wikidata lacks
    directors = kb.facts(subject="wd:Q900001", predicate="director")
    assert [f.value for f in directors] == ["wd:Q900101"]
    writers = {f.value for f in kb.facts(subject="wd:Q900001", predicate="screenwriter")}
    assert writers == {"imdb:nm9900004", "wd:Q900101"}
    # runtime: Wikidata came first, IMDb's is not added beside it
    assert [f.source for f in kb.facts(subject="wd:Q900001", predicate="runtime")] == [
        "wikidata:Q900001"]
    # films without a Wikidata twin stay IMDb entities
    assert kb.entity("imdb:tt9900007").label == "Salt and Ash"
    assert stats.merged == 3
    by_source = kb.stats()["external_ids_by_source"]
    assert by_source["wikidata"] == 19 and by_source["imdb"] == 3 + 7


def test_cli_import_commands(tmp_path, capsys):
    out = tmp_path / "cli.kb"
    assert cli_main(["kb", "import", "wikidata", str(DUMP), "-o", str(out), "--limit", "5",
                     "--no-progress"]) == 0
    text = capsys.readouterr().out
    assert "kept" in text and str(out) in text
    assert cli_main(["kb", "import", "imdb", str(IMDB), "--base", str(out),
                     "--no-progress"]) == 0
    assert KB(out).stats()["external_ids_by_source"]["imdb"] >= 4
    assert cli_main(["kb", "stats", "--kb", str(out)]) == 0
    assert "external ids by source: imdb" in capsys.readouterr().out
    assert cli_main(["kb", "import", "wikidata", str(tmp_path / "none.json"),
                     "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reelcheck: error:") and len(err.strip().splitlines()) == 1
