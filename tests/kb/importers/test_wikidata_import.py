"""The Wikidata importer on a hand-written dump in the real line format (fixtures/)."""
from __future__ import annotations

import bz2
import gzip
import random
import shutil
from pathlib import Path

import pytest

from reelcheck.kb.importers import import_wikidata
from reelcheck.kb.importers.wikidata import WikidataImport
from reelcheck.kb.importers.wikidata_model import parse_time
from reelcheck.kb.store import KB, KBWriter

FIXTURES = Path(__file__).parent / "fixtures"
DUMP = FIXTURES / "wikidata-sample.json"


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    out = tmp_path_factory.mktemp("wd") / "wd.kb"
    stats = import_wikidata(DUMP, out, progress=False)
    return stats, KB(out)


def facts_by(kb: KB, subject: str, predicate: str):
    return sorted(kb.facts(subject=subject, predicate=predicate), key=lambda f: f.id)


def test_keeps_the_film_domain_and_nothing_else(imported):
    stats, kb = imported
    assert stats.kept == {"film": 3, "award": 3, "ceremony": 1, "festival": 1, "person": 4,
                          "character": 1, "organization": 2, "place": 3, "other": 1}
    assert kb.entity("wd:Q900001").type == "film"
    assert kb.entity("wd:Q900001").year == 2019
    assert kb.entity("wd:Q900004") is None          # a genre that only names a film class
    assert kb.entity("wd:Q900801") is None          # irrelevant item
    assert kb.entity("wd:Q900104") is None          # only named by a deprecated statement
    assert kb.entity("wd:Q900106") is None          # a person with a non-film award
    assert kb.entity("wd:Q900105").type == "person"  # a person with a kept film award
    assert kb.entity("wd:Q900201").type == "character"
    assert kb.entity("wd:Q900401").type == "organization"
    # names only for a birthplace first seen in pass 2 (pass 3)
    assert kb.entity("wd:Q900303").label == "Vila Serra"
    assert kb.facts(subject="wd:Q900301") == []     # places carry names, no facts


def test_malformed_lines_are_reported_by_number_and_the_import_goes_on(imported):
    stats, _ = imported
    assert stats.malformed == 2
    assert [n for _, n, _ in stats.malformed_lines] == [6, 7]
    assert "invalid JSON" in stats.malformed_lines[1][2]
    assert "6" in stats.summary() and "malformed" in stats.summary()


def test_credits_ranks_and_character_qualifiers(imported):
    _, kb = imported
    directors = facts_by(kb, "wd:Q900001", "director")
    assert [f.value for f in directors] == ["wd:Q900101"]           # deprecated one dropped
    assert directors[0].sources == ["wikidata:Q900001", "https://example.org/lantern-keeper-review"]
    cast = facts_by(kb, "wd:Q900001", "cast_member")
    assert [(f.value, f.qualifiers["character"]) for f in cast] == [
        ("wd:Q900102", "wd:Q900201"), ("wd:Q900103", "The Ferryman")]


def test_preferred_rank_wins_for_functional_values_and_units_convert(imported):
    _, kb = imported
    runtime = facts_by(kb, "wd:Q900001", "runtime")
    assert [(f.value, f.unit) for f in runtime] == [(101.0, "minute")]
    assert [(f.value, f.unit) for f in facts_by(kb, "wd:Q900002", "runtime")] == [(90.0, "minute")]
    assert [(f.value, f.unit) for f in facts_by(kb, "wd:Q900003", "runtime")] == [(90.0, "minute")]
    budget = facts_by(kb, "wd:Q900001", "budget")
    assert [(f.value, f.unit) for f in budget] == [(2_500_000.0, "USD")]
    box = facts_by(kb, "wd:Q900001", "box_office")
    assert [(f.value, f.unit, f.qualifiers) for f in box] == [
        (1_200_000.0, "EUR", {"as_of": "2020-03-01"}), (950_000.0, "Q25224", {})]
    assert [(f.value, f.unit) for f in facts_by(kb, "wd:Q900003", "budget")] == [(40000.0, None)]


def test_dates_follow_the_precision_field_not_the_string(imported):
    _, kb = imported
    rel = facts_by(kb, "wd:Q900001", "release_date")
    assert [(f.value, f.precision, f.qualifiers) for f in rel] == [
        ("2019-09-14", "day", {"country": "wd:Q900301"}), ("2019", "year", {})]
    prem = facts_by(kb, "wd:Q900001", "premiere_date")
    assert [(f.value, f.precision) for f in prem] == [("2019-05", "month")]
    # "+1931-01-01" with precision 9 is the year 1931, not January 1st
    assert [(f.value, f.precision) for f in facts_by(kb, "wd:Q900003", "release_date")] == [
        ("1931", "year")]
    assert [(f.value, f.precision) for f in facts_by(kb, "wd:Q900102", "date_of_birth")] == [
        ("1980", "year")]
    dob = facts_by(kb, "wd:Q900101", "date_of_birth")
    assert [(f.value, f.precision) for f in dob] == [("1975-06-02", "day")]
    assert "https://example.org/mara-bio" in dob[0].sources


def test_parse_time_precisions():
    def t(s, p):
        return parse_time({"time": s, "precision": p})
    assert t("+1979-00-00T00:00:00Z", 9) == ("1979", "year")
    assert t("+1931-01-01T00:00:00Z", 9) == ("1931", "year")
    assert t("+2019-05-00T00:00:00Z", 10) == ("2019-05", "month")
    assert t("+2019-05-17T00:00:00Z", 11) == ("2019-05-17", "day")
    assert t("+1970-00-00T00:00:00Z", 8) is None      # a decade is not a year
    assert t("-0044-03-15T00:00:00Z", 11) is None     # BCE


def test_awards_with_qualifiers_and_special_values(imported):
    _, kb = imported
    won = facts_by(kb, "wd:Q900001", "award_received")
    assert [(f.value, f.qualifiers) for f in won] == [
        ("wd:Q900601", {"year": 2020, "ceremony": "wd:Q900701", "recipients": ["wd:Q900101"]})]
    assert kb.facts_with_qualifier("award_received", "ceremony", "wd:Q900701")[0].subject \
        == "wd:Q900001"
    nom = facts_by(kb, "wd:Q900001", "nominated_for")
    assert [(f.value, f.qualifiers) for f in nom] == [("wd:Q900602", {"year": 2020})]
    editor = facts_by(kb, "wd:Q900001", "film_editor")
    composer = facts_by(kb, "wd:Q900001", "composer")
    assert (editor[0].value_type, editor[0].value, editor[0].qualifiers["snaktype"]) == (
        "string", "unknown value", "somevalue")
    assert (composer[0].value, composer[0].qualifiers["snaktype"]) == ("no value", "novalue")
    assert [(f.value, f.precision) for f in facts_by(kb, "wd:Q900701", "ceremony_date")] == [
        ("2020-02-09", "day")]


def test_names_and_external_ids(imported):
    _, kb = imported
    names = set(kb.aliases_of("wd:Q900001"))
    assert ("The Lantern Keeper", "label") in names
    assert ("Lantern Keeper", "alias") in names
    assert ("Lyktevokteren", "translation") in names
    assert ("The Lantern Keeper", "alias") not in names      # title equal to the label
    assert sorted(kb.external_ids("wd:Q900101")) == [("imdb", "nm9900001"),
                                                     ("wikidata", "Q900101")]
    assert kb.entity_by_external("imdb", "tt9900001").id == "wd:Q900001"
    assert [f.value for f in facts_by(kb, "wd:Q900001", "imdb_id")] == ["tt9900001"]
    assert ("Mara Inês Velloso", "birth_name") in kb.aliases_of("wd:Q900101")
    assert [e.id for e in kb.entities_by_name("lantern keeper")] == ["wd:Q900001"]
    assert [e.id for e in kb.search("Velloso")] == ["wd:Q900101", "wd:Q900603"]
    stats = kb.stats()
    assert stats["external_ids_by_source"] == {"wikidata": 19, "imdb": 3}


@pytest.mark.parametrize("codec", ["gz", "bz2"])
def test_compressed_dumps_read_the_same(tmp_path, imported, codec):
    _, plain = imported
    packed = tmp_path / f"dump.json.{codec}"
    opener = gzip.open if codec == "gz" else bz2.open
    with open(DUMP, "rb") as src, opener(packed, "wb") as dst:
        shutil.copyfileobj(src, dst)
    stats = import_wikidata(packed, tmp_path / "c.kb", progress=False)
    kb = KB(tmp_path / "c.kb")
    assert stats.malformed == 2
    assert kb.stats()["facts"] == plain.stats()["facts"]
    assert kb.stats()["entities_by_type"] == plain.stats()["entities_by_type"]


def test_closed_array_and_single_line_framing(tmp_path):
    lines = DUMP.read_text(encoding="utf-8").splitlines()
    entity_lines = [l for l in lines[1:] if l.startswith('{"type":"item","id":"Q9000')]
    closed = tmp_path / "closed.json"
    body = ",\n".join(l.rstrip(",") for l in entity_lines)
    closed.write_text("[\n" + body + "\n]\n", encoding="utf-8")
    s1 = import_wikidata(closed, tmp_path / "a.kb", progress=False)
    assert s1.malformed == 0 and s1.kept["film"] == 3
    inline = tmp_path / "inline.json"      # "[" glued to the first entity, "]" to the last
    inline.write_text("[" + body + "]", encoding="utf-8")
    s2 = import_wikidata(inline, tmp_path / "b.kb", progress=False)
    assert s2.malformed == 0 and s2.kept == s1.kept


def test_limit_reads_only_the_first_entities(tmp_path):
    stats = import_wikidata(DUMP, tmp_path / "l.kb", limit=2, progress=False)
    kb = KB(tmp_path / "l.kb")
    assert stats.kept.get("film") == 2
    assert kb.entity("wd:Q900003") is None
    # referenced people beyond the limit are not read: facts point at ids with no entity yet
    assert kb.entity("wd:Q900101") is None
    assert facts_by(kb, "wd:Q900001", "director")[0].value == "wd:Q900101"


def test_without_prefilter_the_result_is_the_same(tmp_path, imported):
    _, plain = imported
    import_wikidata(DUMP, tmp_path / "np.kb", progress=False, prefilter=False)
    assert KB(tmp_path / "np.kb").stats()["facts"] == plain.stats()["facts"]


class _Interrupted(WikidataImport):
    def write(self, rec, etype):
        if len(self.kept) >= 2:
            raise KeyboardInterrupt
        super().write(rec, etype)


def test_an_interrupted_import_leaves_the_old_kb_in_place(tmp_path):
    out = tmp_path / "kb.sqlite"
    w = KBWriter(out, name="before")
    w.add_entity("old-film", "film", "Old Film")
    w.commit()
    with pytest.raises(KeyboardInterrupt):
        _Interrupted(DUMP, out, base=out, progress=False).run()
    kb = KB(out)
    assert kb.meta["name"] == "before" and kb.stats()["entities"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["kb.sqlite"]     # no half-written file
    fresh = tmp_path / "fresh.kb"
    with pytest.raises(KeyboardInterrupt):
        _Interrupted(DUMP, fresh, progress=False).run()
    assert not fresh.exists()


def test_missing_and_binary_inputs_fail_in_one_line(tmp_path):
    with pytest.raises(ValueError, match="not found"):
        import_wikidata(tmp_path / "nope.json", tmp_path / "x.kb", progress=False)
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\x00\xff\xfe garbage\n\x89PNG\r\n")
    stats = import_wikidata(junk, tmp_path / "x.kb", progress=False)
    assert stats.malformed == 2 and stats.entities_kept == 0


@pytest.mark.parametrize("external", ["", "1"])
def test_a_truncated_gzip_imports_what_it_holds(tmp_path, monkeypatch, external):
    """A dump still downloading: the gzip stream stops mid-member. Both the external gzip and
    Python's own decompressor end the input cleanly and say so once."""
    monkeypatch.setenv("REELCHECK_NO_EXTERNAL_DECOMPRESS", external)
    full = tmp_path / "full.json.gz"
    rnd = random.Random(5)
    filler = "".join(
        '{"type":"item","id":"Q8%05d","labels":{"en":{"language":"en","value":"%s"}}},\n'
        % (i, "%x" % rnd.getrandbits(80_000)) for i in range(300))   # ~6 MB, incompressible
    with gzip.open(full, "wb", compresslevel=1) as f:
        f.write(DUMP.read_bytes() + filler.encode())
    cut = tmp_path / "cut.json.gz"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    stats = import_wikidata(cut, tmp_path / "t.kb", progress=False)
    assert stats.kept.get("film") == 3
    assert any("ends early or is corrupt" in m for _, _, m in stats.malformed_lines)


def test_old_dumps_without_id_in_item_values_still_import(tmp_path):
    """Dumps before 2015 wrote item values as {"entity-type":"item","numeric-id":11424}; the
    byte prefilter looks for "Q11424", so the importer must notice and parse every line."""
    import re as _re
    text = DUMP.read_text(encoding="utf-8")
    old = _re.sub(r'("numeric-id":\d+),"id":"Q\d+"', r"\1", text)
    assert '"id":"Q11424"' not in old
    dump = tmp_path / "old.json"
    dump.write_text(old, encoding="utf-8")
    stats = import_wikidata(dump, tmp_path / "old.kb", progress=False)
    assert stats.kept.get("film") == 3
    assert KB(tmp_path / "old.kb").entity("wd:Q900105") is not None   # person with an award
    assert [f.value for f in KB(tmp_path / "old.kb").facts(subject="wd:Q900001",
                                                           predicate="director")] == [
        "wd:Q900101"]
