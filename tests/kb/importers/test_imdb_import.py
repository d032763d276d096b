"""The IMDb importer on hand-written TSV files with the datasets' traps (fixtures/imdb)."""
from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from reelcheck.kb.importers import import_imdb
from reelcheck.kb.store import KB

IMDB = Path(__file__).parent / "fixtures" / "imdb"


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    out = tmp_path_factory.mktemp("imdb") / "imdb.kb"
    return import_imdb(IMDB, out, progress=False), KB(out)


def test_film_titles_only_and_an_unclosed_quote_swallows_nothing(imported):
    stats, kb = imported
    films = {e.id for e in (kb.entity(f"imdb:tt990000{i}") for i in range(1, 8)) if e}
    # tvSeries (3) and videoGame (5) are not films; row 6 has too few fields
    assert films == {"imdb:tt9900001", "imdb:tt9900002", "imdb:tt9900004", "imdb:tt9900007"}
    assert kb.entity("imdb:tt9900002").label == '"Quiet Harbour'
    assert kb.entity("imdb:tt9900002").description == "short film (2021)"
    assert kb.entity("imdb:tt9900001").year == 2019
    assert kb.entity("imdb:tt9900004").year is None                 # \N start year
    assert stats.kept == {"film": 4, "person": 6}


def test_malformed_rows_are_reported_with_file_and_line(imported):
    stats, _ = imported
    assert sorted(stats.malformed_lines) == [
        ("title.basics.tsv", 7, "expected 9 tab-separated fields, got 6"),
        ("title.principals.tsv", 8, "characters is not a JSON array"),
    ]


def test_runtime_and_nulls(imported):
    _, kb = imported
    rt = kb.facts(subject="imdb:tt9900001", predicate="runtime")
    assert [(f.value, f.unit, f.sources) for f in rt] == [(101.0, "minute", ["imdb:tt9900001"])]
    assert kb.facts(subject="imdb:tt9900004", predicate="runtime") == []


def test_cast_with_characters_and_crew_from_two_files_once(imported):
    _, kb = imported
    cast = sorted(kb.facts(subject="imdb:tt9900001", predicate="cast_member"),
                  key=lambda f: f.value)
    assert [(f.value, f.qualifiers.get("character")) for f in cast] == [
        ("imdb:nm9900002", "Edda's Brother"), ("imdb:nm9900003", "The Ferryman"),
        ("imdb:nm9900007", None)]
    assert cast[1].qualifiers["characters"] == ["The Ferryman", "Narrator"]
    gull = kb.facts(subject="imdb:tt9900002", predicate="cast_member")
    assert gull[0].qualifiers["character"] == '"Gull" the Keeper'
    # principals and crew both list the director: one fact
    assert [f.value for f in kb.facts(subject="imdb:tt9900001", predicate="director")] == [
        "imdb:nm9900001"]
    writers = {f.value for f in kb.facts(subject="imdb:tt9900001", predicate="screenwriter")}
    assert writers == {"imdb:nm9900004", "imdb:nm9900001"}
    assert [f.value for f in kb.facts(subject="imdb:tt9900001", predicate="composer")] == [
        "imdb:nm9900005"]
    # 'self' appearances are not cast
    assert kb.entity("imdb:nm9900006") is None


def test_people_named_by_kept_titles_only(imported):
    _, kb = imported
    assert kb.entity("imdb:nm9900001").label == "Mara Velloso"
    assert kb.entity("imdb:nm9900008") is None      # credited on a TV series only
    assert kb.entity("imdb:nm9900009") is None      # credited nowhere
    dob = kb.facts(subject="imdb:nm9900001", predicate="date_of_birth")
    assert [(f.value, f.precision, f.sources) for f in dob] == [
        ("1975", "year", ["imdb:nm9900001"])]
    assert kb.facts(subject="imdb:nm9900003", predicate="date_of_birth") == []   # \N
    assert kb.facts(subject="imdb:nm9900005", predicate="date_of_birth") == []   # 0


def test_akas_become_names(imported):
    _, kb = imported
    names = set(kb.aliases_of("imdb:tt9900001"))
    assert ("Lyktevokteren", "translation") in names
    assert ("Le Gardien de la lanterne", "translation") in names
    assert ("Lantern Keeper", "alias") in names
    assert kb.external_ids("imdb:tt9900001") == [("imdb", "tt9900001")]
    assert kb.stats()["external_ids_by_source"] == {"imdb": 10}


def test_gzipped_files_and_limit(tmp_path, imported):
    _, plain = imported
    gz = tmp_path / "gz"
    gz.mkdir()
    for p in IMDB.glob("*.tsv"):
        with open(p, "rb") as src, gzip.open(gz / (p.name + ".gz"), "wb") as dst:
            shutil.copyfileobj(src, dst)
    import_imdb(gz, tmp_path / "gz.kb", progress=False)
    assert KB(tmp_path / "gz.kb").stats()["facts"] == plain.stats()["facts"]
    stats = import_imdb(IMDB, tmp_path / "lim.kb", limit=1, progress=False)
    assert stats.kept == {"film": 1, "person": 1}


def test_bad_directories_fail_in_one_line(tmp_path):
    with pytest.raises(ValueError, match="not found"):
        import_imdb(tmp_path / "missing", tmp_path / "x.kb", progress=False)
    with pytest.raises(ValueError, match="no title.basics"):
        import_imdb(tmp_path, tmp_path / "x.kb", progress=False)
    (tmp_path / "title.basics.tsv").write_text("just\tsome\tcolumns\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing column"):
        import_imdb(tmp_path, tmp_path / "x.kb", progress=False)
    assert not (tmp_path / "x.kb").exists()
