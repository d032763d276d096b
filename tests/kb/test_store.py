"""The KB store: real SQLite files, read-only readers, atomic writers, completeness."""
from __future__ import annotations

import sqlite3

import pytest

from reelcheck.kb.store import KB, Fact, KBError, KBWriter


def small_kb(path):
    w = KBWriter(path, name="tiny")
    w.add_entity("film-a", "film", "Film A", "a test film", 2020)
    w.add_entity("ann", "person", "Ann Example")
    w.add_alias("ann", "Annie Example", "alias")
    w.add_fact(Fact("", "film-a", "director", "ann", sources=["https://example.org/a"]))
    w.add_fact(Fact("", "film-a", "runtime", 101.0, "quantity", unit="minute",
                    sources=["https://example.org/b"]))
    w.add_completeness("director", subject="film-a", note="full credit")
    w.add_completeness("award_received", subject="film-a", qualifier_key="ceremony",
                       qualifier_value="cer-1")
    w.commit()
    return KB(path)


def test_roundtrip_entities_aliases_facts(tmp_path):
    kb = small_kb(tmp_path / "kb.sqlite")
    assert kb.entity("film-a").label == "Film A" and kb.entity("film-a").year == 2020
    assert [e.id for e in kb.entities_by_name("annie example")] == ["ann"]
    d = kb.facts(subject="film-a", predicate="director")
    assert len(d) == 1 and d[0].value == "ann" and d[0].source == "https://example.org/a"
    rt = kb.facts(subject="film-a", predicate="runtime")[0]
    assert rt.value == 101.0 and rt.unit == "minute"
    assert kb.facts(object_entity="ann")[0].subject == "film-a"
    assert kb.stats()["facts"] == 2
    assert "tiny" in kb.describe()


def test_completeness_matching(tmp_path):
    kb = small_kb(tmp_path / "kb.sqlite")
    assert kb.is_complete("director", subject="film-a") == "full credit"
    assert kb.is_complete("director", subject="other") is None
    assert kb.is_complete("producer", subject="film-a") is None
    # a qualified declaration matches only with that qualifier value
    assert kb.is_complete("award_received", subject="film-a") is None
    assert kb.is_complete("award_received", subject="film-a", qualifiers={"ceremony": "cer-1"})
    assert kb.is_complete("award_received", subject="film-a",
                          qualifiers={"ceremony": "cer-2"}) is None


def test_search_uses_fts(tmp_path):
    kb = small_kb(tmp_path / "kb.sqlite")
    assert [e.id for e in kb.search("annie")] == ["ann"]
    assert kb.search("") == []


def test_reader_is_read_only(tmp_path):
    kb = small_kb(tmp_path / "kb.sqlite")
    with pytest.raises(sqlite3.OperationalError):
        kb._con().execute("DELETE FROM facts")


def test_writer_swaps_atomically_and_abort_leaves_old(tmp_path):
    path = tmp_path / "kb.sqlite"
    small_kb(path)
    w = KBWriter(path, name="half-built")
    w.add_entity("x", "film", "X")
    w.abort()
    assert KB(path).meta["name"] == "tiny"
    assert not list(tmp_path.glob("*.tmp-*"))


def test_not_a_kb_is_a_clear_error(tmp_path):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"this is not sqlite at all" * 10)
    with pytest.raises(KBError, match="not a reelcheck KB"):
        KB(bogus)
    with pytest.raises(KBError, match="not found"):
        KB(tmp_path / "missing.sqlite")


def test_kb_pickles_by_path(tmp_path):
    import pickle
    kb = small_kb(tmp_path / "kb.sqlite")
    kb2 = pickle.loads(pickle.dumps(kb))
    assert kb2.entity("ann").label == "Ann Example"


def test_extending_a_kb_keeps_its_facts(tmp_path):
    base = tmp_path / "base.sqlite"
    small_kb(base)
    out = tmp_path / "ext.sqlite"
    w = KBWriter(out, name="extended", base=base)
    w.add_fact(Fact("", "film-a", "producer", "ann", sources=["https://example.org/c"]))
    w.commit()
    kb = KB(out)
    assert kb.stats()["facts"] == 3
    assert kb.facts(subject="film-a", predicate="director")[0].value == "ann"
