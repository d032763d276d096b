"""The KB as one SQLite file: a read-only reader for checking and a writer for builders.

Readers open the file with `mode=ro` and `immutable=1`, so any number of processes, threads or
Ray actors can share it without locks. Writers never touch a KB in place: they write
`<path>.tmp-<pid>` and rename it over the target when done, so an interrupted build leaves the
old KB intact.
"""
from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from ..sqlite_ro import ReadOnlyDB
from ..link.variants import name_norm, show_variants, title_variants
from ..textutil import fold
from .schema import DDL, ENTITY_QUALIFIERS, SCHEMA_VERSION

_CACHE_MAX = 50_000
_MADE_MAX = 200_000     # Facts kept by id (`_row_to_fact`)


class KBError(Exception):
    """A KB file that cannot be opened or is not a reelcheck KB."""


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    label: str
    description: str = ""
    year: Optional[int] = None


@dataclass(slots=True)
class Fact:
    """One statement. `value` is an entity id, an ISO date (with `precision`), a number or text."""
    id: str
    subject: str
    predicate: str
    value: Any
    value_type: str = "entity"           # entity | date | quantity | string
    precision: Optional[str] = None      # day | month | year (dates)
    unit: Optional[str] = None           # quantities
    qualifiers: dict = field(default_factory=dict)
    confidence: str = "sourced"          # sourced | disputed
    disputed_values: Optional[list] = None
    sources: list = field(default_factory=list)
    note: str = ""

    @property
    def object_entity(self) -> Optional[str]:
        return self.value if self.value_type == "entity" else None

    @property
    def disputed(self) -> bool:
        return self.confidence == "disputed"

    @property
    def source(self) -> Optional[str]:
        return self.sources[0] if self.sources else None


_FACT_COLS = ("id, subject, predicate, object_entity, object_value, value_type, precision, unit, "
              "qualifiers, confidence, disputed_values, sources, note")


def _row_to_fact(r: tuple, made: Optional[dict] = None) -> Fact:
    """The Fact of a `_FACT_COLS` row; with `made` (fact id -> Fact, a reader's own), the
    Fact already made of that row: a fact found by several queries (as a film's subject, as a
    person's recipient ...) has its JSON columns read once."""
    if made is not None:
        got = made.get(r[0])
        if got is not None:
            return got
        if len(made) >= _MADE_MAX:
            made.clear()
        got = made[r[0]] = _row_to_fact(r)
        return got
    (fid, subj, pred, oent, oval, vtype, prec, unit, quals, conf, disp, srcs, note) = r
    if vtype == "entity":
        value: Any = oent
    elif vtype == "quantity":
        value = float(oval) if oval is not None else None
    else:
        value = oval
    return Fact(fid, subj, pred, value, vtype, prec, unit, json.loads(quals), conf,
                json.loads(disp) if disp else None, json.loads(srcs), note)


def file_stamp(path) -> str:
    """A KB file's identity on disk (inode, modification time, size): a KB rebuilt at the same
    path has a new one; "" when there is no file."""
    try:
        st = os.stat(path)
    except OSError:
        return ""
    return f"{st.st_ino}:{st.st_mtime_ns}:{st.st_size}"


class KB:
    """Read-only access to a KB file. Thread-safe: one connection per thread."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if not self.path.is_file():
            raise KBError(f"KB file not found: {self.path}")
        # the file as opened: caches keyed by `cache_key` are this file's, not a later one's
        self.file_stamp = file_stamp(self.path)
        self.cache_key = f"{self.path}|{self.file_stamp}"
        self._db = ReadOnlyDB(self.path, immutable=True, error=KBError, what="KB")
        con = self._con()
        try:
            rows = con.execute("SELECT key, value FROM meta").fetchall()
        except sqlite3.DatabaseError as e:
            raise KBError(f"{self.path} is not a reelcheck KB ({e})") from None
        self.meta = dict(rows)
        if "schema_version" not in self.meta:
            raise KBError(f"{self.path} is not a reelcheck KB (no schema_version)")
        self._entity_cache: dict[str, Optional[Entity]] = {}
        self._fact_cache: dict[tuple, list[Fact]] = {}
        self._made: dict[str, Fact] = {}   # fact id -> its Fact (a KB file never changes)
        self._has_roles = bool(self._con().execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'fact_roles'").fetchone())

    def _con(self) -> sqlite3.Connection:
        return self._db.con()

    def close(self) -> None:
        self._db.close()

    def __getstate__(self):  # picklable for process pools / Ray: reopen on the other side
        return {"path": str(self.path)}

    def __setstate__(self, state):
        self.__init__(state["path"])

    # -- description ---------------------------------------------------------------------
    def describe(self) -> str:
        name = self.meta.get("name", self.path.stem)
        built = self.meta.get("built_at", "?")
        return f"{name} (built {built}, {self.meta.get('fact_count', '?')} facts)"

    def stats(self) -> dict:
        con = self._con()
        by_type = dict(con.execute("SELECT type, count(*) FROM entities GROUP BY type"))
        by_conf = dict(con.execute("SELECT confidence, count(*) FROM facts GROUP BY confidence"))
        by_source = dict(con.execute(
            "SELECT source, count(*) FROM external_ids GROUP BY source"))
        return {
            "path": str(self.path), "meta": self.meta,
            "entities": sum(by_type.values()), "entities_by_type": by_type,
            "facts": sum(by_conf.values()), "facts_by_confidence": by_conf,
            "aliases": con.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "complete_sets": con.execute("SELECT count(*) FROM completeness").fetchone()[0],
            "external_ids_by_source": by_source,
        }

    # -- entities ------------------------------------------------------------------------
    def entity(self, eid: str) -> Optional[Entity]:
        if eid in self._entity_cache:
            return self._entity_cache[eid]
        r = self._con().execute(
            "SELECT id, type, label, description, year FROM entities WHERE id = ?", (eid,)
        ).fetchone()
        e = Entity(*r) if r else None
        if len(self._entity_cache) < 200_000:
            self._entity_cache[eid] = e
        return e

    def label(self, eid: str) -> str:
        e = self.entity(eid)
        return e.label if e else eid

    def entities_by_name(self, name: str, type: Optional[str] = None) -> list[Entity]:
        """Entities with this exact name (after `name_norm`: folded, hyphens as spaces) as label or alias, optionally of one
        type. Cached: a title shared by thousands of films in a big KB is read once."""
        key = ("byname", name_norm(name), type)
        got = self._fact_cache.get(key)
        if got is not None:
            return got  # type: ignore[return-value]
        if type is None:
            rows = self._con().execute(
                "SELECT DISTINCT entity_id FROM aliases WHERE norm = ?", (key[1],)).fetchall()
        else:
            rows = self._con().execute(
                "SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE a.norm = ? AND e.type = ?", (key[1], type)).fetchall()
        got = [e for (eid,) in rows if (e := self.entity(eid))]
        self._fact_cache[key] = got  # type: ignore[assignment]
        return got

    def entity_by_external(self, source: str, external_id: str) -> Optional[Entity]:
        r = self._con().execute(
            "SELECT entity_id FROM external_ids WHERE source = ? AND external_id = ?",
            (source, external_id)).fetchone()
        return self.entity(r[0]) if r else None

    def external_ids(self, eid: str) -> list[tuple[str, str]]:
        return self._con().execute(
            "SELECT source, external_id FROM external_ids WHERE entity_id = ?", (eid,)).fetchall()

    def aliases(self) -> Iterator[tuple[str, str, str]]:
        """Every (alias, entity_id, kind): what the linker scans text for."""
        yield from self._con().execute("SELECT alias, entity_id, kind FROM aliases")

    def aliases_of(self, eid: str) -> list[tuple[str, str]]:
        return self._con().execute(
            "SELECT alias, kind FROM aliases WHERE entity_id = ?", (eid,)).fetchall()

    def search(self, query: str, limit: int = 20) -> list[Entity]:
        """Full-text name search (FTS5), best first; falls back to prefix match."""
        q = " ".join(f'"{t}"*' for t in fold(query).replace('"', " ").split() if t)
        if not q:
            return []
        try:
            rows = self._con().execute(
                "SELECT entity_id FROM entity_search WHERE entity_search MATCH ? "
                "ORDER BY rank LIMIT ?", (q, limit)).fetchall()
        except sqlite3.OperationalError:
            rows = []
        return [e for (eid,) in rows if (e := self.entity(eid))]

    # -- facts ---------------------------------------------------------------------------
    def facts(self, subject: Optional[str] = None, predicate: Optional[str] = None,
              object_entity: Optional[str] = None) -> list[Fact]:
        """Facts matching the given fields. Results are cached: a KB file never changes."""
        key = (subject, predicate, object_entity)
        got = self._fact_cache.get(key)
        if got is None:
            got = self._facts(subject, predicate, object_entity)
            if len(self._fact_cache) >= _CACHE_MAX:
                self._fact_cache.clear()
            self._fact_cache[key] = got
        return got

    def facts_involving(self, entity: str, predicate: Optional[str] = None) -> list[Fact]:
        """Facts with `entity` as subject, object, or named in a qualifier (recipient, film...)."""
        key = ("involving", entity, predicate)
        got = self._fact_cache.get(key)
        if got is not None:
            return got
        out = {f.id: f for f in self.facts(subject=entity, predicate=predicate)}
        for f in self.facts(predicate=predicate, object_entity=entity):
            out[f.id] = f
        if self._has_roles:
            sql = (f"SELECT {_FACT_COLS} FROM facts WHERE id IN "
                   "(SELECT fact_id FROM fact_roles WHERE entity_id = ?)")
            args: list = [entity]
            if predicate is not None:
                # the fact ids first, then each one's predicate ("+": not the predicate's
                # index, which would walk every fact of that predicate, ten thousand
                # nominations, for each entity), in the order that walk gave (rowid order)
                sql += " AND +predicate = ? ORDER BY rowid"
                args.append(predicate)
            out.update((r[0], _row_to_fact(r, self._made)) for r in self._con().execute(sql, args))
        got = list(out.values())
        self._fact_cache[key] = got
        return got

    def _facts(self, subject: Optional[str], predicate: Optional[str],
               object_entity: Optional[str]) -> list[Fact]:
        where, args = [], []
        if subject is not None:
            where.append("subject = ?"); args.append(subject)
        if predicate is not None:
            where.append("predicate = ?"); args.append(predicate)
        if object_entity is not None:
            where.append("object_entity = ?"); args.append(object_entity)
        sql = f"SELECT {_FACT_COLS} FROM facts"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_row_to_fact(r, self._made) for r in self._con().execute(sql, args)]

    def fact(self, fid: str) -> Optional[Fact]:
        r = self._con().execute(f"SELECT {_FACT_COLS} FROM facts WHERE id = ?", (fid,)).fetchone()
        return _row_to_fact(r, self._made) if r else None

    def facts_with_qualifier(self, predicate: str, key: str, value: str) -> list[Fact]:
        """Facts of a predicate whose qualifier `key` equals `value` (e.g. all awards of a
        ceremony)."""
        rows = self._con().execute(
            f"SELECT {_FACT_COLS} FROM facts WHERE predicate = ? "
            "AND json_extract(qualifiers, '$.' || ?) = ?", (predicate, key, value))
        return [_row_to_fact(r, self._made) for r in rows]

    def is_complete(self, predicate: str, subject: Optional[str] = None,
                    object_entity: Optional[str] = None,
                    qualifiers: Optional[dict] = None) -> Optional[str]:
        """Whether the KB declared this set complete; returns the declaration's note or None.

        A declaration matches when each of its non-null fields equals the query's; a
        declaration with a qualifier only matches a query carrying that qualifier value.
        """
        qualifiers = qualifiers or {}
        key = ("complete", predicate)
        by_so = self._fact_cache.get(key)
        if by_so is None:  # a KB file never changes: each predicate's declarations are read once
            # indexed by (subject, object): the full Oscar record declares tens of thousands
            by_so = {}
            for n, (s, o, qk, qv, note) in enumerate(self._con().execute(
                    "SELECT subject, object_entity, qualifier_key, qualifier_value, note "
                    "FROM completeness WHERE predicate = ? ORDER BY rowid", (predicate,))):
                by_so.setdefault((s, o), []).append((n, qk, qv, note))
            self._fact_cache[key] = by_so  # type: ignore[assignment]
        best = None
        for so in {(subject, object_entity), (subject, None), (None, object_entity),
                   (None, None)}:
            for n, qk, qv, note in by_so.get(so, ()):
                if qk is not None and str(qualifiers.get(qk)) != qv:
                    continue
                if best is None or n < best[0]:
                    best = (n, note)
                break
        return None if best is None else (best[1] or "declared complete")


class KBWriter:
    """Builds a KB file aside and swaps it into place on `commit()`."""

    def __init__(self, path: str | os.PathLike, name: str = "reelcheck KB",
                 base: Optional[str | os.PathLike] = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(f"{self.path.name}.tmp-{os.getpid()}")
        if self.tmp.exists():
            self.tmp.unlink()
        if base is not None:  # extend an existing KB: copy it aside first
            import shutil
            shutil.copyfile(base, self.tmp)
        self.con = sqlite3.connect(self.tmp)
        self.con.executescript(DDL)
        self.con.execute("PRAGMA synchronous = OFF")
        self.set_meta("schema_version", str(SCHEMA_VERSION))
        self.set_meta("name", name)
        # automatic fact ids continue after a base KB's own, never overwrite them
        row = self.con.execute("SELECT max(CAST(substr(id, 2) AS INTEGER)) FROM facts "
                               "WHERE id GLOB 'f[0-9]*'").fetchone()
        self._fact_seq = int(row[0] or 0)

    def set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def add_entity(self, eid: str, etype: str, label: str, description: str = "",
                   year: Optional[int] = None) -> None:
        self.con.execute(
            "INSERT INTO entities VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "type=excluded.type, label=excluded.label, "
            "description=CASE WHEN excluded.description != '' THEN excluded.description "
            "ELSE entities.description END, year=coalesce(excluded.year, entities.year)",
            (eid, etype, label, description, year))
        self.add_alias(eid, label, "label")

    def has_entity(self, eid: str) -> bool:
        return self.con.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone() is not None

    def add_alias(self, eid: str, alias: str, kind: str = "alias") -> None:
        alias = alias.strip()
        if alias:
            self.con.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?, ?)",
                             (eid, alias, name_norm(alias), kind))
            if kind in ("label", "alias") and (variants := title_variants(alias)) and \
                    self.con.execute("SELECT 1 FROM entities WHERE id = ? AND type = 'film'",
                                     (eid,)).fetchone():
                for v in variants:   # "The Godfather Part III" for "The Godfather, Part III"
                    self.add_alias(eid, v, "alias")
            if kind in ("label", "alias") and (variants := show_variants(alias)) and \
                    self.con.execute("SELECT 1 FROM entities WHERE id = ? AND type = 'award'",
                                     (eid,)).fetchone():
                for v in variants:   # "Screen Actors Guild Award" for "... Guild Awards"
                    self.add_alias(eid, v, "alias")

    def add_external_id(self, eid: str, source: str, external_id: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO external_ids VALUES (?, ?, ?)",
                         (eid, source, external_id))

    def entity_for_external(self, source: str, external_id: str) -> Optional[str]:
        r = self.con.execute("SELECT entity_id FROM external_ids WHERE source=? AND external_id=?",
                             (source, external_id)).fetchone()
        return r[0] if r else None

    def add_fact(self, fact: Fact) -> str:
        if not fact.id:
            self._fact_seq += 1
            fact.id = f"f{self._fact_seq}"
        oent = fact.value if fact.value_type == "entity" else None
        oval = None if fact.value_type == "entity" else (
            None if fact.value is None else str(fact.value))
        self.con.execute(
            "INSERT OR REPLACE INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (fact.id, fact.subject, fact.predicate, oent, oval, fact.value_type, fact.precision,
             fact.unit, json.dumps(fact.qualifiers, ensure_ascii=False, default=str),
             fact.confidence,
             json.dumps(fact.disputed_values, ensure_ascii=False, default=str)
             if fact.disputed_values else None,
             json.dumps(fact.sources, ensure_ascii=False), fact.note))
        for k, v in fact.qualifiers.items():
            if k in ENTITY_QUALIFIERS and v:
                for x in (v if isinstance(v, list) else [v]):
                    if isinstance(x, str):
                        self.con.execute("INSERT OR IGNORE INTO fact_roles VALUES (?, ?, ?)",
                                         (x, fact.id, k))
        return fact.id

    def add_facts(self, facts: Iterable[Fact]) -> None:
        """Many facts in one statement (their qualifier roles are indexed on commit)."""
        rows = []
        for fact in facts:
            if not fact.id:
                self._fact_seq += 1
                fact.id = f"f{self._fact_seq}"
            oent = fact.value if fact.value_type == "entity" else None
            oval = None if fact.value_type == "entity" else (
                None if fact.value is None else str(fact.value))
            rows.append((fact.id, fact.subject, fact.predicate, oent, oval, fact.value_type,
                         fact.precision, fact.unit,
                         json.dumps(fact.qualifiers, ensure_ascii=False, default=str),
                         fact.confidence,
                         json.dumps(fact.disputed_values, ensure_ascii=False, default=str)
                         if fact.disputed_values else None,
                         json.dumps(fact.sources, ensure_ascii=False), fact.note))
        self.con.executemany("INSERT OR REPLACE INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                             rows)

    def add_completeness_many(self, rows: Iterable[tuple]) -> None:
        """(predicate, subject, object, qualifier_key, qualifier_value, note, source) rows."""
        self.con.executemany("INSERT INTO completeness VALUES (?,?,?,?,?,?,?)",
                             [(r[1], r[0], r[2], r[3], r[4], r[5], r[6]) for r in rows])

    def add_completeness(self, predicate: str, subject: Optional[str] = None,
                         object_entity: Optional[str] = None, qualifier_key: Optional[str] = None,
                         qualifier_value: Optional[str] = None, note: str = "",
                         source: Optional[str] = None) -> None:
        self.con.execute("INSERT INTO completeness VALUES (?,?,?,?,?,?,?)",
                         (subject, predicate, object_entity, qualifier_key, qualifier_value, note,
                          source))

    def commit(self) -> Path:
        """Index names for search, record counts and build time, and swap the file in."""
        con = self.con
        rebuild_fact_roles(con)
        from ..link.keys import write_name_keys  # blocking keys for misspelled names
        write_name_keys(con)
        con.execute("DELETE FROM entity_search")
        con.execute(
            "INSERT INTO entity_search(entity_id, names) "
            "SELECT entity_id, group_concat(norm, ' | ') FROM aliases GROUP BY entity_id")
        self.set_meta("fact_count", str(con.execute("SELECT count(*) FROM facts").fetchone()[0]))
        self.set_meta("entity_count",
                      str(con.execute("SELECT count(*) FROM entities").fetchone()[0]))
        self.set_meta("built_at", datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
        con.commit()
        con.execute("VACUUM") if self._small() else None
        con.close()
        os.replace(self.tmp, self.path)
        return self.path

    def _small(self) -> bool:
        return self.tmp.stat().st_size < 256 * 1024 * 1024

    def abort(self) -> None:
        try:
            self.con.close()
        finally:
            if self.tmp.exists():
                self.tmp.unlink()


def rebuild_fact_roles(con: sqlite3.Connection) -> None:
    """Index every entity a fact's qualifiers name (recipients, for_work, character...).

    Done in SQL over the JSON qualifiers, so writers that bulk-insert facts (the importers)
    get the same index as facts added one by one.
    """
    keys = ",".join(f"'{k}'" for k in sorted(ENTITY_QUALIFIERS))
    con.execute(
        "INSERT OR IGNORE INTO fact_roles(entity_id, fact_id, role) "
        "SELECT j.value, f.id, j.key FROM facts f, json_each(f.qualifiers) j "
        f"WHERE f.qualifiers != '{{}}' AND j.key IN ({keys}) AND j.type = 'text'")
    con.execute(
        "INSERT OR IGNORE INTO fact_roles(entity_id, fact_id, role) "
        "SELECT a.value, f.id, j.key FROM facts f, json_each(f.qualifiers) j, json_each(j.value) a "
        f"WHERE f.qualifiers != '{{}}' AND j.key IN ({keys}) AND j.type = 'array' "
        "AND a.type = 'text'")


def iter_batches(it: Iterable, n: int) -> Iterator[list]:
    buf: list = []
    for x in it:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf
