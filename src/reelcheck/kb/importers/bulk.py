"""A KB writer for millions of rows, and the rule that keeps one entity per real thing.

`BulkKBWriter` extends `KBWriter` (same aside-file and atomic swap) with batched `executemany`,
speed PRAGMAs, and secondary indexes dropped during the load and rebuilt once at the end, which
is several times faster than maintaining them row by row.

Merging: an imported record whose external id (Wikidata Q-id, IMDb tt/nm) is already in the
base KB's `external_ids` table is written onto that existing entity, not a new one. Its label
becomes an alias, the existing label/type/description stay, and its functional facts are dropped
where the existing entity already answers them from another source (first source wins, so a
curated fact sheet is never contradicted by its own KB).
"""
from __future__ import annotations

import os
import time
from typing import Iterable, Optional

import orjson

from ...link.variants import name_norm
from ..schema import PREDICATES
from ..store import KBWriter

_SECONDARY_INDEXES = ("facts_sp", "facts_op", "aliases_norm", "external_ids_entity")

_ENTITY_SQL = (
    "INSERT INTO entities VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
    "type=excluded.type, label=excluded.label, "
    "description=CASE WHEN excluded.description != '' THEN excluded.description "
    "ELSE entities.description END, year=coalesce(excluded.year, entities.year)")


def dumps(obj) -> str:
    return orjson.dumps(obj).decode()


class BulkKBWriter(KBWriter):
    """KBWriter with buffered inserts and deferred indexes; `prefix` marks this importer's rows
    (entity ids "wd:Q1", fact ids "wd:...") so merges and conflict checks can tell them apart."""

    FLUSH_ROWS = 50_000

    def __init__(self, path: str | os.PathLike, name: str, base=None, *, source: str,
                 prefix: str):
        super().__init__(path, name=name, base=base)
        self.source = source
        self.prefix = prefix
        con = self.con
        con.commit()  # PRAGMAs like synchronous cannot change inside the open transaction
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = MEMORY",
                       "cache_size = -131072", "locking_mode = EXCLUSIVE"):
            con.execute(f"PRAGMA {pragma}")
        # External ids present before this import: the merge targets.
        self.base_ids: dict[str, dict[str, str]] = {}
        for src, ext, eid in con.execute("SELECT source, external_id, entity_id FROM external_ids"):
            self.base_ids.setdefault(src, {})[ext] = eid
        for ix in _SECONDARY_INDEXES:
            con.execute(f"DROP INDEX IF EXISTS {ix}")
        self._entities: list[tuple] = []
        self._aliases: list[tuple] = []
        self._facts: list[tuple] = []
        self._external: list[tuple] = []
        self.merged_subjects: set[str] = set()
        self.n_facts = 0
        self.n_aliases = 0
        self.sqlite_seconds = 0.0     # time spent in SQLite inserts (for benchmarks)

    def is_own(self, eid: str) -> bool:
        return eid.startswith(self.prefix)

    # -- rows --------------------------------------------------------------------------------
    def put_entity(self, eid: str, etype: str, label: str, description: str = "",
                   year: Optional[int] = None, aliases: Iterable[tuple[str, str]] = (),
                   external: Iterable[tuple[str, str]] = ()) -> bool:
        """Write one entity with its names and external ids. Returns True when it merged into
        an entity that existed before this import under another id scheme."""
        merged = not self.is_own(eid)
        if merged:
            self.merged_subjects.add(eid)
            known = {n for (n,) in self.con.execute(
                "SELECT norm FROM aliases WHERE entity_id = ?", (eid,))}
            names = [(label, "alias"), *aliases]
            for alias, kind in names:
                a = alias.strip()
                if a and (n := name_norm(a)) not in known:
                    known.add(n)
                    self._aliases.append((eid, a, n, kind))
        else:
            self._entities.append((eid, etype, label, description, year))
            seen = {name_norm(label)}
            self._aliases.append((eid, label, next(iter(seen)), "label"))
            for alias, kind in aliases:
                a = alias.strip()
                if a and (n := name_norm(a)) not in seen:
                    seen.add(n)
                    self._aliases.append((eid, a, n, kind))
        for src, ext in external:
            self._external.append((eid, src, ext))
        if len(self._aliases) >= self.FLUSH_ROWS:
            self.flush()
        return merged

    def put_alias(self, eid: str, alias: str, kind: str) -> None:
        """One more name for an entity written earlier in this import (or merged into)."""
        a = alias.strip()
        if not a:
            return
        n = name_norm(a)
        if not self.is_own(eid) and self.con.execute(
                "SELECT 1 FROM aliases WHERE entity_id = ? AND norm = ?", (eid, n)).fetchone():
            return
        self._aliases.append((eid, a, n, kind))
        if len(self._aliases) >= self.FLUSH_ROWS:
            self.flush()

    def put_fact(self, fid: str, subject: str, predicate: str, value, value_type: str,
                 precision: Optional[str] = None, unit: Optional[str] = None,
                 qualifiers: Optional[dict] = None, sources: Optional[list] = None,
                 note: str = "") -> None:
        oent = value if value_type == "entity" else None
        oval = None if value_type == "entity" or value is None else str(value)
        self._facts.append((fid, subject, predicate, oent, oval, value_type, precision, unit,
                            dumps(qualifiers) if qualifiers else "{}", "sourced", None,
                            dumps(sources or []), note))
        if len(self._facts) >= self.FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        t0 = time.perf_counter()
        try:
            self._flush()
        finally:
            self.sqlite_seconds += time.perf_counter() - t0

    def _flush(self) -> None:
        con = self.con
        if self._entities:
            con.executemany(_ENTITY_SQL, self._entities)
            self._entities.clear()
        if self._aliases:
            before = con.total_changes
            con.executemany("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?, ?)", self._aliases)
            self.n_aliases += con.total_changes - before
            self._aliases.clear()
        if self._facts:
            con.executemany("INSERT OR REPLACE INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                            self._facts)
            self.n_facts += len(self._facts)
            self._facts.clear()
        if self._external:  # first mapping wins: never steal an id another entity holds
            con.executemany("INSERT OR IGNORE INTO external_ids VALUES (?, ?, ?)", self._external)
            self._external.clear()

    # -- finishing ---------------------------------------------------------------------------
    def remap(self, mapping: dict[str, str]) -> None:
        """Point already-written references at entities merged late (found equal only when
        their own record was read, after facts naming them were written)."""
        if not mapping:
            return
        con = self.con
        con.executemany("UPDATE facts SET object_entity = ? WHERE object_entity = ?",
                        [(new, old) for old, new in mapping.items()])
        rows = con.execute("SELECT id, qualifiers FROM facts WHERE id LIKE ? AND qualifiers "
                           "!= '{}'", (self.prefix + "%",)).fetchall()
        updates = []
        for fid, q in rows:
            quals = orjson.loads(q)
            changed = False
            for k, v in quals.items():
                if isinstance(v, str) and v in mapping:
                    quals[k] = mapping[v]; changed = True
                elif isinstance(v, list) and any(isinstance(x, str) and x in mapping for x in v):
                    quals[k] = [mapping.get(x, x) if isinstance(x, str) else x for x in v]
                    changed = True
            if changed:
                updates.append((dumps(quals), fid))
        con.executemany("UPDATE facts SET qualifiers = ? WHERE id = ?", updates)

    def drop_conflicts(self) -> int:
        """Delete this import's facts on merged entities that the base already holds from
        another source: functional facts with the same predicate and key qualifiers, and cast
        or crew credits naming the same person."""
        con = self.con
        doomed = []
        for subj in self.merged_subjects:
            theirs: set[tuple] = set()
            ours: list[tuple[str, tuple]] = []
            for fid, pred, q, obj in con.execute(
                    "SELECT id, predicate, qualifiers, object_entity FROM facts "
                    "WHERE subject = ?", (subj,)):
                p = PREDICATES.get(pred)
                if p is None:
                    continue
                if not p.functional:
                    if obj is None or p.category not in ("cast", "crew"):
                        continue
                    key: tuple = (pred, obj)   # the same credit from two sources: keep one
                    if self.is_own(fid):
                        ours.append((fid, key))
                    else:
                        theirs.add(key)
                    continue
                quals = orjson.loads(q) if q and q != "{}" else {}
                key = (pred, *(str(quals.get(k)) for k in p.keys))
                if self.is_own(fid):
                    ours.append((fid, key))
                else:
                    theirs.add(key)
            doomed.extend(fid for fid, key in ours if key in theirs)
        con.executemany("DELETE FROM facts WHERE id = ?", [(f,) for f in doomed])
        return len(doomed)

    def finish(self, remap: Optional[dict[str, str]] = None) -> int:
        """Flush, rebuild indexes, apply late merges and conflict rules. Returns the number
        of facts dropped as conflicts (call `commit()` afterwards)."""
        self.flush()
        from ..schema import DDL
        self.con.executescript(DDL)  # recreates the dropped indexes (IF NOT EXISTS)
        # Readers also ask for all facts of one predicate (ceremonies, records): without this
        # index that is a scan of every fact, which a big imported KB cannot afford.
        self.con.execute("CREATE INDEX IF NOT EXISTS facts_predicate ON facts(predicate)")
        self.remap(remap or {})
        dropped = self.drop_conflicts()
        self.n_facts -= dropped
        # Blocking keys for misspelled one-word names: lets the linker's SQLite backend find
        # "Karagullian" without holding every surname in memory (readers feature-detect it).
        from ...link.keys import write_name_keys
        write_name_keys(self.con)
        from ..store import rebuild_fact_roles  # entities named in qualifiers, indexed
        rebuild_fact_roles(self.con)
        return dropped
