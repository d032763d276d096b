"""Write trusted sources: index documents (passages + the quotes in them), remove, dedupe.

Only the `reelcheck sources` commands open a store read-write. Inside a KB file the store is
written aside and swapped in (KB readers open files as immutable, so a KB is never changed in
place); a separate sources file is updated in a normal SQLite transaction.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
import re
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from .loader import SourceRecord
from .passages import split_passages
from .schema import DDL, SOURCES_SCHEMA_VERSION
from .terms import words

_SPEAKER_LINE = re.compile(r"([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}):\s+\S")


def content_hash(text: str) -> str:
    """Same words, same hash: whitespace differences do not make a new document."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class SourceStore:
    """Read-write access to the src_* tables of one file."""

    def __init__(self, path: str | os.PathLike, *, in_kb: bool, kb=None):
        self.path = Path(path).expanduser()
        self.in_kb = in_kb
        self.kb = kb
        self.tmp: Optional[Path] = None
        if in_kb:
            if not self.path.is_file():
                raise FileNotFoundError(f"KB file not found: {self.path}")
            self.tmp = self.path.with_name(f"{self.path.name}.src-{os.getpid()}")
            shutil.copyfile(self.path, self.tmp)
            target = self.tmp
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            target = self.path
        self.con = sqlite3.connect(target, timeout=30)
        if not in_kb:
            self.con.execute("PRAGMA journal_mode = DELETE")
        self.con.executescript(DDL)
        self.con.execute("INSERT OR REPLACE INTO src_meta VALUES ('schema_version', ?)",
                         (str(SOURCES_SCHEMA_VERSION),))
        self._ref_cache: dict[str, Optional[tuple[str, str]]] = {}

    # -- speakers ---------------------------------------------------------------------------
    def _person(self, name: Optional[str]) -> Optional[tuple[str, str]]:
        """(entity id, label) of a person the KB knows by this name."""
        if not name or self.kb is None:
            return None
        if name not in self._ref_cache:
            try:
                found = self.kb.entities_by_name(name, type="person")
            except Exception:
                found = []
            self._ref_cache[name] = (found[0].id, found[0].label) if found else None
        return self._ref_cache[name]

    def _passage_speaker(self, text: str, default: Optional[str]
                         ) -> tuple[Optional[str], Optional[str]]:
        """An interview line 'Sean Baker: …' speaks for its name; else the record's speaker."""
        m = _SPEAKER_LINE.match(text)
        if m:
            ref = self._person(m.group(1))
            if ref:
                return ref[1], ref[0]
        ref = self._person(default)
        if ref:
            return ref[1], ref[0]
        return default, None

    def _mentions(self, text: str) -> list:
        """The KB names in a source document, so 'Madison' and 'she' after 'Mikey Madison'
        resolve in it as they do in a checked article."""
        if self.kb is None:
            return []
        from ..link import link_names
        from ..model import Document
        try:
            return list(link_names(Document(id="source", text=text), self.kb))
        except Exception:  # a KB the linker cannot read: speakers by name only
            return []

    # -- writing ----------------------------------------------------------------------------
    def add(self, rec: SourceRecord) -> tuple[str, int, int]:
        """Index one document; returns ('added' | 'unchanged', passages, quotes)."""
        from ..quotes.attribute import extract_attributed

        text = rec.text
        h = content_hash(text)
        con = self.con
        if con.execute("SELECT 1 FROM src_documents WHERE content_hash = ?", (h,)).fetchone():
            return "unchanged", 0, 0
        spans = split_passages(text)
        if not spans:
            return "empty", 0, 0
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        cur = con.execute(
            "INSERT INTO src_documents(content_hash, url, title, date, path, speaker, added_at) "
            "VALUES (?,?,?,?,?,?,?)", (h, rec.url, rec.title, rec.date, rec.path, rec.speaker, now))
        doc_id = cur.lastrowid
        pids: list[int] = []
        pterms: Counter = Counter()
        qterms: Counter = Counter()
        for seq, (s, e) in enumerate(spans):
            ptext = text[s:e]
            sname, sid = self._passage_speaker(ptext, rec.speaker)
            pid = con.execute(
                "INSERT INTO src_passages(doc_id, seq, text, speaker_name, speaker_id) "
                "VALUES (?,?,?,?,?)", (doc_id, seq, ptext, sname, sid)).lastrowid
            con.execute("INSERT INTO src_passages_fts(rowid, text) VALUES (?, ?)", (pid, ptext))
            pterms.update(set(words(ptext)))
            pids.append(pid)
        default = self._person(rec.speaker)
        nq = 0
        for aq in extract_attributed(text, self._mentions(text), self.kb):
            q = aq.raw
            pid = next((pids[i] for i, (s, e) in enumerate(spans) if s <= q.start < e), None)
            if aq.speaker is not None:
                name, sid = aq.speaker.label, aq.speaker.id
            elif aq.speaker_name:
                name, sid = aq.speaker_name, None
            elif default:
                name, sid = default[1], default[0]
            else:
                name, sid = rec.speaker, None
            qid = con.execute(
                "INSERT INTO src_quotes(doc_id, passage_id, text, speaker_name, speaker_id) "
                "VALUES (?,?,?,?,?)", (doc_id, pid, q.text, name, sid)).lastrowid
            con.execute("INSERT INTO src_quotes_fts(rowid, text) VALUES (?, ?)", (qid, q.text))
            qterms.update(set(words(q.text)))
            nq += 1
        self._count_terms("p", pterms, +1)
        self._count_terms("q", qterms, +1)
        con.execute("UPDATE src_documents SET n_passages = ?, n_quotes = ? WHERE id = ?",
                    (len(spans), nq, doc_id))
        return "added", len(spans), nq

    def remove(self, key: str) -> int:
        """Remove documents by id, URL or file path; returns how many were removed."""
        con = self.con
        ids = [r[0] for r in con.execute(
            "SELECT id FROM src_documents WHERE url = ? OR path = ? OR CAST(id AS TEXT) = ?",
            (key, key, key.strip()))]
        if not ids and "://" not in key and Path(key).exists():
            uri = Path(key).resolve().as_uri()
            ids = [r[0] for r in con.execute(
                "SELECT id FROM src_documents WHERE url = ? OR url LIKE ?", (uri, uri + "#%"))]
        for did in ids:
            for kind, table in (("p", "src_passages"), ("q", "src_quotes")):
                c: Counter = Counter()
                for (t,) in con.execute(f"SELECT text FROM {table} WHERE doc_id = ?", (did,)):
                    c.update(set(words(t)))
                self._count_terms(kind, c, -1)
            con.execute("INSERT INTO src_passages_fts(src_passages_fts, rowid, text) "
                        "SELECT 'delete', id, text FROM src_passages WHERE doc_id = ?", (did,))
            con.execute("INSERT INTO src_quotes_fts(src_quotes_fts, rowid, text) "
                        "SELECT 'delete', id, text FROM src_quotes WHERE doc_id = ?", (did,))
            con.execute("DELETE FROM src_passages WHERE doc_id = ?", (did,))
            con.execute("DELETE FROM src_quotes WHERE doc_id = ?", (did,))
            con.execute("DELETE FROM src_documents WHERE id = ?", (did,))
        return len(ids)

    def _count_terms(self, kind: str, counts: Counter, sign: int) -> None:
        self.con.executemany(
            "INSERT INTO src_terms(kind, term, df) VALUES (?, ?, ?) "
            "ON CONFLICT(kind, term) DO UPDATE SET df = df + excluded.df",
            ((kind, t, sign * n) for t, n in counts.items()))
        if sign < 0:
            self.con.execute("DELETE FROM src_terms WHERE df <= 0")

    def recount_terms(self) -> None:
        """Rebuild `src_terms` from the FTS indexes (after a bulk load that bypassed `add`)."""
        con = self.con
        con.execute("DELETE FROM src_terms")
        for kind, fts in (("p", "src_passages_fts"), ("q", "src_quotes_fts")):
            con.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{kind} USING "
                        f"fts5vocab(main, {fts}, row)")
            con.execute(f"INSERT INTO src_terms SELECT ?, term, doc FROM temp.v_{kind}", (kind,))
            con.execute(f"DROP TABLE temp.v_{kind}")

    def commit(self) -> Path:
        self.con.commit()
        self.con.close()
        if self.in_kb and self.tmp is not None:
            os.replace(self.tmp, self.path)
            self.tmp = None
        return self.path

    def abort(self) -> None:
        try:
            self.con.close()
        finally:
            if self.tmp is not None and self.tmp.exists():
                self.tmp.unlink()

    def __enter__(self) -> "SourceStore":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()

