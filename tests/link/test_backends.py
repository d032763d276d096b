"""The two name-index backends: the same mentions, and the SQLite one never loads the KB's names.

The memory backend (automaton over every alias) and the SQLite backend (span lookups against
the KB file) must link identically; big KBs get the SQLite one automatically.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from reelcheck.kb.store import KB, KBWriter
from reelcheck.link import clear_cache, link_names
from reelcheck.link import index as link_index
from reelcheck.link import sqlindex
from reelcheck.link.keys import has_name_keys, write_name_keys
from reelcheck.model import Document

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "devset" / "articles").glob("*.txt"))


@pytest.fixture(autouse=True)
def link_backend():
    """This module picks backends explicitly (overrides the conftest's env-var switch)."""
    return None


def _as_rows(mentions):
    return [(m.start, m.end, m.text, m.entity.id, m.entity_type, m.issue, m.suggestion, m.score,
             m.how) for m in mentions]


@pytest.fixture(scope="module")
def default_kb_file(default_kb) -> Path:
    """The session's default KB file (tests/conftest.py builds it in a private cache)."""
    return Path(default_kb.path)


@pytest.fixture(scope="module")
def default_kb_without_keys(default_kb_file, tmp_path_factory) -> Path:
    """A KB written before writers stored name_keys (the tables dropped from a copy)."""
    import shutil
    import sqlite3
    p = tmp_path_factory.mktemp("old") / "old.sqlite"
    shutil.copyfile(default_kb_file, p)
    con = sqlite3.connect(p)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name LIKE 'name_keys%'").fetchall():
        con.execute(f"DROP TABLE {name}")
    con.commit()
    con.close()
    return p


@pytest.fixture(scope="module")
def default_kb_with_keys(default_kb_file, tmp_path_factory) -> KB:
    """The default KB extended through KBWriter with the name_keys table a big import has."""
    w = KBWriter(tmp_path_factory.mktemp("keyed") / "keyed.sqlite", name="default + keys",
                 base=default_kb_file)
    assert write_name_keys(w.con) > 0
    return KB(w.commit())


def test_devset_has_articles():
    assert len(ARTICLES) >= 10


@pytest.mark.parametrize("which", ["plain", "with_name_keys"])
def test_backends_link_devset_articles_identically(which, default_kb_without_keys,
                                                  default_kb_with_keys):
    kb = KB(default_kb_without_keys) if which == "plain" else default_kb_with_keys
    assert has_name_keys(kb._con(), kb.stats()["aliases"]) == (which == "with_name_keys")
    total = 0
    for path in ARTICLES:
        doc = Document(id=path.stem, text=path.read_text(encoding="utf-8"))
        mem = _as_rows(link_names(doc, kb, backend="memory"))
        sql = _as_rows(link_names(doc, kb, backend="sqlite"))
        assert sql == mem, path.name
        total += len(mem)
    assert total > 300          # the articles really are full of names
    assert any(r[5] == "misspelled" for path in ARTICLES
               for r in _as_rows(link_names(Document(id="x", text=path.read_text(
                   encoding="utf-8")), kb, backend="sqlite")))


# -- a KB with many names --------------------------------------------------------------------
SYL = ["ka", "lo", "mi", "ra", "ve", "sto", "len", "dor", "bra", "nis", "tha", "zel", "mar",
       "fen", "gar", "hol", "kri", "per", "sal", "tov", "bel", "cor", "dru", "esk", "gim"]


@pytest.fixture(scope="module")
def many_names_kb(tmp_path_factory) -> KB:
    """~50k aliases: 24k invented people (label + a reversed-order alias), 450 people sharing
    the first name "Sean" (so that word is too common to say anything), and the real cast."""
    r = random.Random(5)
    w = KBWriter(tmp_path_factory.mktemp("many") / "many.sqlite", name="many names")

    def word() -> str:
        return "".join(r.choice(SYL) for _ in range(r.randint(2, 4))).title()

    for i in range(24_000):
        first, last = word(), word()
        w.add_entity(f"p{i}", "person", f"{first} {last}")
        w.add_alias(f"p{i}", f"{last} {first}", "alias")
    for i in range(450):
        w.add_entity(f"sean{i}", "person", f"Sean {word()}")
    w.add_entity("sean-baker", "person", "Sean Baker")
    w.add_entity("karren-karagulian", "person", "Karren Karagulian")
    w.add_entity("mikey-madison", "person", "Mikey Madison")
    w.add_entity("anora-2024-film", "film", "Anora", "2024 film", 2024)
    write_name_keys(w.con)
    return KB(w.commit())


def test_many_names_kb_is_big_enough(many_names_kb):
    assert many_names_kb.stats()["aliases"] >= 48_000


def test_sqlite_backend_on_many_names(many_names_kb, monkeypatch):
    # Treat the KB as big: full-text lists get truncated like on a million-name KB.
    monkeypatch.setattr(sqlindex, "SMALL_KB_ALIASES", 1_000)
    # ... but test the blocking keys alone, not the big-KB rule that a misspelled name must be
    # tied to the text (this KB has names but no facts)
    from reelcheck.link import linker
    monkeypatch.setattr(linker._Linker, "BIG_KB_ALIASES", 10**9)
    clear_cache()
    text = ("Sean Baker's new film opened in May. Critics praised Mikey Madison, and "
            "Karagullian was a scene stealer. Later, Baker thanked Mikey Maddison's family.")
    ms = link_names(Document(id="d", text=text), many_names_kb, backend="sqlite")
    got = {(m.text, m.entity.id, m.issue, m.how) for m in ms}
    assert ("Sean Baker", "sean-baker", "none", "alias") in got          # possessive cut off
    assert ("Mikey Madison", "mikey-madison", "none", "alias") in got
    assert ("Karagullian", "karren-karagulian", "misspelled", "fuzzy") in got   # name_keys
    assert ("Mikey Maddison", "mikey-madison", "misspelled", "fuzzy") in got
    assert ("Baker", "sean-baker", "none", "partial") in got
    assert all(m.text != "Sean" for m in ms)
    assert text[ms[0].start:ms[0].end] == "Sean Baker"
    # the SQLite backend answered everything: no in-memory index was built
    assert link_index.cached_backends() == ["sqlite"]
    clear_cache()


def test_invented_names_link_the_same_with_both_backends(many_names_kb):
    r = random.Random(9)
    people = [many_names_kb.entity(f"p{r.randrange(24_000)}").label for _ in range(40)]
    text = " ".join(f"{p} met {q.split()[1]}'s agent." for p, q in zip(people, people[1:]))
    doc = Document(id="d", text=text)
    mem = _as_rows(link_names(doc, many_names_kb, backend="memory"))
    sql = _as_rows(link_names(doc, many_names_kb, backend="sqlite"))
    assert sql == mem
    assert len(mem) >= 40


def test_auto_backend_follows_the_alias_count(many_names_kb, monkeypatch):
    monkeypatch.delenv("REELCHECK_LINK_BACKEND", raising=False)
    assert link_index.choose_backend(many_names_kb) == "memory"
    monkeypatch.setattr(link_index, "SQLITE_BACKEND_MIN_ALIASES", 10_000)
    assert link_index.choose_backend(many_names_kb) == "sqlite"
    monkeypatch.setenv("REELCHECK_LINK_BACKEND", "memory")
    assert link_index.choose_backend(many_names_kb) == "memory"
    assert link_index.choose_backend(many_names_kb, "sqlite") == "sqlite"
    monkeypatch.setenv("REELCHECK_LINK_BACKEND", "disk")
    with pytest.raises(ValueError, match="REELCHECK_LINK_BACKEND"):
        link_index.choose_backend(many_names_kb)


def test_kb_without_name_keys_still_links_misspellings_of_names_in_the_text(tmp_path,
                                                                           monkeypatch):
    """An old big KB (no name_keys): a long misspelled surname is caught once the person is
    named in the document, and no misspelling is invented when they are not."""
    monkeypatch.setattr(sqlindex, "SMALL_KB_ALIASES", 0)
    w = KBWriter(tmp_path / "old.sqlite")
    w.add_entity("karren-karagulian", "person", "Karren Karagulian")
    w.add_entity("sean-baker", "person", "Sean Baker")
    path = w.commit()
    import sqlite3
    con = sqlite3.connect(path)  # writers now store name_keys: drop them to make an "old" KB
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name LIKE 'name_keys%'").fetchall():
        con.execute(f"DROP TABLE {name}")
    con.commit()
    con.close()
    kb = KB(path)
    clear_cache()
    alone = link_names(Document(id="a", text="Later, Karagullian smiled."), kb, backend="sqlite")
    assert alone == []
    named = link_names(Document(
        id="b", text="Karren Karagulian arrived. Later, Karagullian smiled."), kb,
        backend="sqlite")
    assert [(m.text, m.issue) for m in named] == [("Karren Karagulian", "none"),
                                                  ("Karagullian", "misspelled")]
    clear_cache()


def test_kb_extended_after_its_name_keys_ignores_them(default_kb_with_keys, tmp_path):
    """A KB extended with KBWriter after name_keys were written: the stored name facts no
    longer cover every alias, so the SQLite backend rescans instead of trusting them (a new
    lower-case alias and a new long name are found)."""
    # KBWriter rebuilds name_keys on commit, so extend the file behind its back, as another
    # tool might: the stored name facts then no longer cover every alias.
    import shutil
    import sqlite3

    from reelcheck.link.variants import name_norm
    path = tmp_path / "extended.sqlite"
    shutil.copyfile(default_kb_with_keys.path, path)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO entities VALUES ('dardenne-brothers', 'person', "
                "'Jean-Pierre and Luc Dardenne Collective', '', NULL)")
    for alias, kind in (("Jean-Pierre and Luc Dardenne Collective", "label"),
                        ("the brothers dardenne", "alias")):
        # norm as every KB writer computes it (folded, hyphens as spaces)
        con.execute("INSERT INTO aliases VALUES ('dardenne-brothers', ?, ?, ?)",
                    (alias, name_norm(alias), kind))
    con.commit()
    con.close()
    kb = KB(path)
    clear_cache()
    idx = link_index.index_for(kb, "sqlite")
    assert not idx.has_keys
    text = ("We met the brothers dardenne at Cannes, where the Jean-Pierre and Luc Dardenne "
            "Collective showed a short.")
    doc = Document(id="d", text=text)
    sql = _as_rows(link_names(doc, kb, backend="sqlite"))
    assert sql == _as_rows(link_names(doc, kb, backend="memory"))
    assert [r[2] for r in sql if r[3] == "dardenne-brothers"] == [
        "the brothers dardenne", "Jean-Pierre and Luc Dardenne Collective"]
    clear_cache()


@pytest.mark.parametrize("which", ["plain", "with_name_keys"])
def test_names_longer_than_span_lookups_still_link(which, default_kb_file, default_kb_with_keys):
    """Spans are looked up up to SPAN_WORDS words; longer KB names come from the small
    automaton, with or without the stored name facts."""
    from reelcheck.link.keys import SPAN_WORDS
    kb = KB(default_kb_file) if which == "plain" else default_kb_with_keys
    clear_cache()
    long_name = "PGA Darryl F. Zanuck Award for Outstanding Producer of Theatrical Motion Pictures"
    assert len(long_name.split()) > SPAN_WORDS
    text = (f"Anora's producers won the {long_name} in February, the year after "
            "The Lord of the Rings: The Return of the King was shown again in cinemas.")
    doc = Document(id="d", text=text)
    sql = _as_rows(link_names(doc, kb, backend="sqlite"))
    assert sql == _as_rows(link_names(doc, kb, backend="memory"))
    assert long_name in [r[2] for r in sql]
    assert "The Lord of the Rings: The Return of the King" in [r[2] for r in sql]
    clear_cache()
