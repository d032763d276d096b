"""Import the film domain of a Wikidata JSON dump (CC0) into a KB, streaming, in 2-3 passes.

Dump framing: a "[" line, one entity per line ending in "," (except the last), a "]" line.
A truncated dump (no "]", last line still ending in ",") reads the same.

Passes (each a sequential read of the dump, constant memory apart from the id sets):
1. keep films, awards, ceremonies and festivals (by P31) and note every id they reference;
2. keep the referenced entities (people, characters, companies, places, languages) and people
   with an award kept in pass 1; places and languages get names only;
3. names only for ids first referenced in pass 2 (birthplaces, awards of people), if any.

Speed: most lines are irrelevant. Pass 1 only parses lines whose P31 statements contain one of
the class ids as bytes (`"Q11424"`); passes 2-3 read the entity id at the start of the line
(`{"type":"item","id":"Q42",...` as in the dumps) and parse only wanted ids. Lines the prefilter
skips are checked for framing only, so a line broken inside but without a film-domain id is not
reported; `prefilter=False` parses every line (and is chosen automatically for old dumps whose
item values carry only "numeric-id").
"""
from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Callable, Optional

import orjson

from .bulk import BulkKBWriter
from .common import ImportStats, Progress, open_lines, read_lines_safely
from .wikidata_model import (PASS1_CLASSES, Record, Ref, classify, convert, p31, snak_value,
                             statements)

SOURCE = "wikidata"
PREFIX = "wd:"
_ITEM_HEAD = b'{"type":"item","id":"'
_PASS1_RE = re.compile(b'"(?:' + b"|".join(q.encode() for q in sorted(PASS1_CLASSES)) + b')"')
_AWARD_PROPS = (b'"P166"', b'"P1411"')
_P31_LIST = b'"P31":[{"mainsnak"'       # compact dump form: a property's statement list
_NEXT_LIST = b':[{"mainsnak"'           # the next property's list ends P31's
_OLD_VALUE = re.compile(rb'"numeric-id":\d+\}')   # pre-2015 dumps: item values without "id"


def _is_human(p31_bytes: bytes) -> bool:
    return b'"Q5"' in p31_bytes or b'"numeric-id":5}' in p31_bytes


def p31_region(line: bytes) -> bytes:
    """The bytes of the P31 statements (what the class prefilter looks at), or b"" when the
    line has no P31. Lines not in the compact dump form give the whole line."""
    i = line.find(_P31_LIST)
    if i < 0:
        return line if b'"P31"' in line else b""
    j = line.find(_NEXT_LIST, i + len(_P31_LIST))
    return line[i:j] if j > 0 else line[i:]


def iter_entity_lines(path: str | os.PathLike, limit: Optional[int], progress: Optional[Progress],
                      counter_box: list, on_error: Optional[Callable[[str], None]] = None):
    """(line number, entity line without framing) for each entity line of the dump."""
    stream, counter, _size = open_lines(path)
    counter_box.append(counter)
    n = 0
    try:
        for lineno, line in enumerate(read_lines_safely(stream, on_error or (lambda m: None)),
                                      1):
            if progress is not None:
                progress.update(counter.count)
            line = line.strip()
            if line.endswith(b","):
                line = line[:-1]
            if line.startswith(b"["):
                line = line[1:].lstrip()
            if line.endswith(b"]") and not line.endswith(b"}]"):
                line = line[:-1].rstrip()
            elif line.endswith(b"}]"):
                line = line[:-1]
            if not line:
                continue
            yield lineno, line
            n += 1
            if limit is not None and n >= limit:
                break
    finally:
        stream.close()


class WikidataImport:
    """One import run: the writer, id resolution across passes, and the statistics."""

    def __init__(self, dump: str | os.PathLike, out_kb: str | os.PathLike, *,
                 limit: Optional[int] = None, base=None, progress: bool = True,
                 prefilter: bool = True, name: Optional[str] = None):
        self.dump = Path(dump)
        self.limit = limit
        self.show_progress = progress
        self.prefilter = prefilter
        self.stats = ImportStats(source=f"wikidata {self.dump.name}")
        self.w = BulkKBWriter(out_kb, name=name or "reelcheck KB", base=base, source=SOURCE,
                              prefix=PREFIX)
        if base is None:
            self.w.set_meta("name", name or f"Wikidata film domain ({self.dump.name})")
        self.ids: dict[str, str] = dict(self.w.base_ids.get(SOURCE, {}))  # merged Q -> id
        self.base_imdb = self.w.base_ids.get("imdb", {})
        self.late: dict[str, str] = {}      # "wd:Q1" -> id it turned out to be
        self.kept: set[str] = set()         # Q-ids written
        self.kept_awards: set[str] = set()
        self.wanted: dict[str, str] = {}    # Q-id -> role type, for the next pass

    # -- ids ---------------------------------------------------------------------------------
    def resolve(self, qid: str) -> str:
        return self.ids.get(qid) or PREFIX + qid

    def _resolve_value(self, v):
        if isinstance(v, Ref):
            return self.resolve(v)
        if isinstance(v, list):
            return [self._resolve_value(x) for x in v]
        return v

    # -- writing -----------------------------------------------------------------------------
    def write(self, rec: Record, etype: str) -> None:
        qid = rec.qid
        target = self.ids.get(qid)
        if target is None:
            for tt in rec.imdb_ids:
                if tt in self.base_imdb:
                    target = self.ids[qid] = self.base_imdb[tt]
                    self.late[PREFIX + qid] = target
                    break
        target = target or PREFIX + qid
        merged = self.w.put_entity(target, etype, rec.label, rec.description, rec.year,
                                   rec.aliases, rec.external)
        self.stats.keep(etype)
        self.stats.merged += merged
        self.stats.skipped_values += rec.skipped
        self.kept.add(qid)
        if etype == "award":
            self.kept_awards.add(qid)
        for f in rec.facts:
            quals = {k: self._resolve_value(v) for k, v in f.qualifiers.items()}
            self.w.put_fact(f.fid, target, f.predicate, self._resolve_value(f.value),
                            f.value_type, f.precision, f.unit, quals, f.sources, f.note)

    def _want(self, rec: Record) -> None:
        for q, role in rec.refs.items():
            if q not in self.kept:
                self.wanted.setdefault(q, role)

    # -- passes ------------------------------------------------------------------------------
    def _lines(self, label: str, report: bool = False):
        size = self.dump.stat().st_size if self.dump.exists() else 0
        prog = Progress(label, size, enabled=self.show_progress,
                        extra=lambda: f"kept {len(self.kept)}")
        box: list = []

        def on_error(msg: str) -> None:
            if report:
                self.stats.bad_line(self.dump.name, self.stats.lines + 1, msg)
        try:
            yield from iter_entity_lines(self.dump, self.limit, prog, box, on_error)
        finally:
            prog.close()
            self.stats.passes += 1

    def _parse(self, lineno: int, line: bytes, report: bool):
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            if report:
                self.stats.bad_line(self.dump.name, lineno, f"invalid JSON: {e}")
            return None
        if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
            if report:
                self.stats.bad_line(self.dump.name, lineno, "not an entity object")
            return None
        return obj

    def _convert(self, lineno: int, obj: dict, etype: str, facts: bool, report: bool):
        try:
            return convert(obj, etype, facts=facts)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as e:
            if report:
                self.stats.bad_line(self.dump.name, lineno,
                                    f"unexpected structure: {type(e).__name__}: {e}")
            return None

    def pass1(self) -> None:
        st = self.stats
        for lineno, line in self._lines("wikidata pass 1 (films, awards)", report=True):
            st.lines += 1
            st.bytes_read += len(line) + 2
            if not (line.startswith(b"{") and line.endswith(b"}")):
                st.bad_line(self.dump.name, lineno, "not a JSON object line")
                continue
            if self.prefilter and _OLD_VALUE.search(line):
                self.prefilter = False      # the byte patterns need "id" in item values
            if self.prefilter:
                region = p31_region(line)
                if not _PASS1_RE.search(region):
                    continue
            obj = self._parse(lineno, line, True)
            if obj is None:
                continue
            st.entities_seen += 1
            if obj["id"] in self.kept:      # the same entity twice: the first one stands
                continue
            try:
                etype = classify(p31(obj.get("claims") or {}))
            except (TypeError, AttributeError) as e:
                st.bad_line(self.dump.name, lineno, f"unexpected structure: {e}")
                continue
            if etype not in ("film", "award", "ceremony", "festival"):
                continue
            rec = self._convert(lineno, obj, etype, True, True)
            if rec is not None:
                self.write(rec, etype)
                self._want(rec)

    def _wanted_pass(self, label: str, people_with_awards: bool, facts: bool) -> None:
        wanted = {q.encode(): role for q, role in self.wanted.items() if q not in self.kept}
        self.wanted = {}
        if not wanted and not (people_with_awards and self.kept_awards):
            return
        head = len(_ITEM_HEAD)
        for lineno, line in self._lines(label):
            if line.startswith(_ITEM_HEAD):
                end = line.find(b'"', head)
                qid_b = line[head:end]
                role = wanted.get(qid_b)
                if role is None and not (people_with_awards and _is_human(p31_region(line))
                                         and any(p in line for p in _AWARD_PROPS)):
                    continue
            elif line.startswith(b'{"type":"property"') or not line.startswith(b"{"):
                continue
            else:   # unusual key order: parse to learn the id
                role = None
            obj = self._parse(lineno, line, False)
            if obj is None:
                continue
            qid = obj["id"]
            if qid in self.kept:
                continue
            role = role or wanted.get(qid.encode())
            claims = obj.get("claims") if isinstance(obj.get("claims"), dict) else {}
            etype = classify(p31(claims)) if claims else None
            if role is None:
                if not (people_with_awards and etype == "person"
                        and self._has_kept_award(claims)):
                    continue
                etype = "person"
            if etype is None:
                etype = role or "other"
            rec = self._convert(lineno, obj, etype, facts, False)
            if rec is not None:
                self.write(rec, etype)
                if facts:
                    self._want(rec)

    def _has_kept_award(self, claims: dict) -> bool:
        for pid in ("P166", "P1411"):
            for _, s in statements(claims, pid, False):
                kind, v = snak_value(s["mainsnak"])
                if kind == "entity" and str(v) in self.kept_awards:
                    return True
        return False

    def run(self) -> ImportStats:
        t0 = time.monotonic()
        try:
            self.pass1()
            t1 = time.monotonic()
            self._wanted_pass("wikidata pass 2 (people, characters, companies)", True, True)
            t2 = time.monotonic()
            self._wanted_pass("wikidata pass 3 (names of places, awards)", False, False)
            t3 = time.monotonic()
            self.stats.skipped_conflicts = self.w.finish(self.late)
            self.stats.facts = self.w.n_facts
            self.stats.aliases = self.w.n_aliases
            self.w.set_meta("import.wikidata", self.dump.name)
            self.stats.out = str(self.w.commit())
            t4 = time.monotonic()
        except BaseException:
            self.w.abort()
            raise
        self.stats.timings = {"pass1": t1 - t0, "pass2": t2 - t1, "pass3": t3 - t2,
                              "index_and_commit": t4 - t3,
                              "sqlite_inserts (within passes)": self.w.sqlite_seconds}
        self.stats.seconds = t4 - t0
        return self.stats


def import_wikidata(dump_path: str | os.PathLike, out_kb: str | os.PathLike,
                    limit: Optional[int] = None, base: Optional[str | os.PathLike] = None,
                    progress: bool = True, prefilter: bool = True) -> ImportStats:
    """Import the film domain of a Wikidata JSON dump (.json, .json.gz, .json.bz2) into
    `out_kb`, extending `base` if given (may be the same path). The output file appears only
    when the import completed; `limit` reads only the first N entity lines (for trials)."""
    dump = Path(dump_path)
    open_lines(dump)[0].close()   # fail early, in one line, on a missing/unreadable input
    return WikidataImport(dump, out_kb, limit=limit, base=base, progress=progress,
                          prefilter=prefilter).run()
