"""Read-only access to trusted sources, and how a check finds them (`open_sources`).

A check must not get slower for users without sources, so `open_sources` answers from a cache
keyed on the file's stat: with no sources it costs a `stat()` or two. Connections are read-only
(`mode=ro`), one per thread, and the object pickles as its path (Ray, process pools).
"""
from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..model import Evidence
from ..sqlite_ro import ReadOnlyDB
from .terms import fts_or, fts_phrases, phrase_windows, significant, words

SOURCES_FILENAME = "sources.sqlite"
CANDIDATES = 20
# Sum of document frequencies a ranked OR query may touch: ranking cost stays bounded when a
# quote is made of common words, at any index size (common words are left to phrase queries).
DF_BUDGET = 2_000
# A phrase query costs about the postings of its rarest word: skip runs of only common words.
PHRASE_DF = 5_000
MAX_TERMS = 8


class SourcesError(Exception):
    """A sources file that cannot be opened or is not a reelcheck sources store."""


@dataclass(slots=True)
class Candidate:
    """A stored quote or passage that may contain the words of an article's quote."""
    kind: str                      # quote | passage
    rowid: int
    text: str
    speaker_name: Optional[str]
    speaker_id: Optional[str]
    passage: str                   # the surrounding passage (the text itself for passages)
    url: Optional[str]
    title: Optional[str]
    date: Optional[str]
    doc_id: int


def reelcheck_home() -> Path:
    return Path(os.environ.get("REELCHECK_HOME") or
                Path.home() / ".local" / "share" / "reelcheck").expanduser()


def user_sources_path() -> Path:
    """Where `reelcheck sources add` without --kb keeps the user's trusted sources."""
    return reelcheck_home() / SOURCES_FILENAME


def has_source_tables(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='src_passages'"
                       ).fetchone() is not None


class SourceIndex:
    """Candidate retrieval (FTS5) over one file's src_* tables."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if not self.path.is_file():
            raise SourcesError(f"sources file not found: {self.path}")
        self._db = ReadOnlyDB(self.path, immutable=False, error=SourcesError, what="sources")
        try:
            ok = has_source_tables(self._con())
        except sqlite3.DatabaseError as e:
            raise SourcesError(f"{self.path} is not a sources store ({e})") from None
        if not ok:
            raise SourcesError(f"{self.path} has no trusted sources (no src_passages table)")

    def _con(self) -> sqlite3.Connection:
        return self._db.con()

    def close(self) -> None:
        self._db.close()

    def __getstate__(self):
        return {"path": str(self.path)}

    def __setstate__(self, state):
        self.__init__(state["path"])

    # -- overview ---------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return self._con().execute("SELECT 1 FROM src_passages LIMIT 1").fetchone() is None

    def documents(self) -> list[dict]:
        cols = ("id", "url", "title", "date", "path", "speaker", "added_at", "n_passages",
                "n_quotes")
        rows = self._con().execute(f"SELECT {', '.join(cols)} FROM src_documents ORDER BY id")
        return [dict(zip(cols, r)) for r in rows]

    def document_count(self) -> int:
        return self._con().execute("SELECT count(*) FROM src_documents").fetchone()[0]

    def stats(self) -> dict:
        con = self._con()
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        speakers = con.execute(
            "SELECT speaker_name, count(*) FROM src_quotes WHERE speaker_name IS NOT NULL "
            "GROUP BY speaker_name ORDER BY count(*) DESC, speaker_name LIMIT 10").fetchall()
        return {"path": str(self.path), "documents": one("SELECT count(*) FROM src_documents"),
                "passages": one("SELECT count(*) FROM src_passages"),
                "quotes": one("SELECT count(*) FROM src_quotes"),
                "attributed_quotes": one(
                    "SELECT count(*) FROM src_quotes WHERE speaker_name IS NOT NULL"),
                "top_speakers": speakers,
                "bytes": self.path.stat().st_size}

    # -- retrieval --------------------------------------------------------------------------
    def _doc_freqs(self, table: str, terms: list[str]) -> dict[str, int]:
        if not terms:
            return {}
        kind = "q" if table == "src_quotes" else "p"
        marks = ",".join("?" * len(terms))
        return dict(self._con().execute(
            f"SELECT term, df FROM src_terms WHERE kind = ? AND term IN ({marks})",
            (kind, *terms)))

    def _match_ids(self, table: str, tokens: list[str], limit: int) -> list[int]:
        """Row ids of rows that may hold these words: exact runs of the quote's words (phrase
        queries, unranked), then the rows richest in its rarest words (BM25 over a budgeted
        OR). Words absent from the index cost nothing."""
        terms = significant(tokens)
        df = self._doc_freqs(table, sorted(set(tokens)))
        con = self._con()
        ids: list[int] = []
        queries = []
        windows = [w for w in phrase_windows(tokens, {t for t in df if df[t]})
                   if min(df[t] for t in w) <= PHRASE_DF]
        if windows:
            queries.append(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? LIMIT ?")
        chosen = _budgeted(terms, df)
        if chosen:
            queries.append(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? "
                           "ORDER BY rank LIMIT ?")
        args = ([fts_phrases(windows)] if windows else []) + ([fts_or(chosen)] if chosen else [])
        for sql, q in zip(queries, args):
            for (rid,) in con.execute(sql, (q, limit)):
                if rid not in ids:
                    ids.append(rid)
        return ids

    def candidates(self, text: str, limit: int = CANDIDATES) -> list[Candidate]:
        """Stored quotes, then passages, that share the rarest words of `text`."""
        tokens = words(text)
        if not tokens:
            return []
        con = self._con()
        out: list[Candidate] = []
        qids = self._match_ids("src_quotes", tokens, limit)
        if qids:
            marks = ",".join("?" * len(qids))
            for r in con.execute(
                    "SELECT q.id, q.text, q.speaker_name, q.speaker_id, coalesce(p.text, q.text), "
                    "d.url, d.title, d.date, d.id FROM src_quotes q "
                    "JOIN src_documents d ON d.id = q.doc_id "
                    f"LEFT JOIN src_passages p ON p.id = q.passage_id WHERE q.id IN ({marks})",
                    qids):
                out.append(Candidate("quote", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                                     r[8]))
        pids = self._match_ids("src_passages", tokens, limit)
        if pids:
            out.extend(self._passages(pids))
        return out

    def _passages(self, pids: list[int]) -> list[Candidate]:
        marks = ",".join("?" * len(pids))
        rows = {r[0]: r for r in self._con().execute(
            "SELECT p.id, p.text, p.speaker_name, p.speaker_id, d.url, d.title, d.date, d.id "
            "FROM src_passages p JOIN src_documents d ON d.id = p.doc_id "
            f"WHERE p.id IN ({marks})", pids)}
        return [Candidate("passage", r[0], r[1], r[2], r[3], r[1], r[4], r[5], r[6], r[7])
                for pid in pids if (r := rows.get(pid))]

    def quotes_in_passage(self, passage_id: int) -> list[tuple[str, Optional[str], Optional[str]]]:
        """(text, speaker_name, speaker_id) of the quotes found in one passage."""
        return self._con().execute(
            "SELECT text, speaker_name, speaker_id FROM src_quotes WHERE passage_id = ? "
            "ORDER BY id",
            (passage_id,)).fetchall()

    def search(self, query: str, k: int = 3) -> list[Candidate]:
        """The `k` passages that best match `query` (BM25 over the rarest query words)."""
        tokens = words(query)
        if not tokens or k <= 0:
            return []
        terms = significant(tokens)
        chosen = _budgeted(terms, self._doc_freqs("src_passages", terms))
        if not chosen:
            return []
        ids = [rid for (rid,) in self._con().execute(
            "SELECT rowid FROM src_passages_fts WHERE src_passages_fts MATCH ? "
            "ORDER BY bm25(src_passages_fts) LIMIT ?", (fts_or(chosen), k))]
        return self._passages(ids) if ids else []


def _budgeted(terms: list[str], df: dict[str, int]) -> list[str]:
    """The rarest indexed terms whose postings add up to at most DF_BUDGET."""
    chosen, total = [], 0
    for t in sorted((t for t in terms if df.get(t)), key=lambda t: (df[t], t))[:MAX_TERMS]:
        if total + df[t] > DF_BUDGET:
            break
        chosen.append(t)
        total += df[t]
    return chosen


# -- finding the sources a check should use ---------------------------------------------------
_CACHE: dict[str, tuple[tuple, Optional[SourceIndex]]] = {}
_CACHE_LOCK = threading.Lock()


def _stat_key(p: Path) -> Optional[tuple]:
    try:
        st = p.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _cached(path: Path, *, kb_file: bool) -> Optional[SourceIndex]:
    """The index for `path`, or None when it has no (non-empty) source tables."""
    key = _stat_key(path)
    if key is None:
        return None
    ck = str(path)
    with _CACHE_LOCK:
        hit = _CACHE.get(ck)
    if hit is not None and hit[0] == key:
        return hit[1]
    idx: Optional[SourceIndex]
    try:
        if kb_file:
            con = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
            try:
                ok = has_source_tables(con)
            finally:
                con.close()
            idx = SourceIndex(path) if ok else None
        else:
            idx = SourceIndex(path)
        if idx is not None and idx.is_empty():
            idx = None
    except (sqlite3.Error, SourcesError):
        if not kb_file:
            raise
        idx = None
    with _CACHE_LOCK:
        _CACHE[ck] = (key, idx)
    return idx


def open_sources(kb=None, options=None) -> Optional[SourceIndex]:
    """The trusted sources a check should use, or None when there are none.

    In order: `options.extra["sources"]` (an explicit sources file), the KB file's own src_*
    tables, then the user's sources file (`$REELCHECK_HOME/sources.sqlite`).
    """
    extra = getattr(options, "extra", None) or {}
    explicit = extra.get("sources")
    if explicit:
        p = Path(explicit).expanduser()
        if not p.is_file():
            raise SourcesError(f"sources file not found: {p}")
        try:
            return _cached(p, kb_file=True)
        except sqlite3.Error as e:
            raise SourcesError(f"cannot read sources {p}: {e}") from None
    kb_path = getattr(kb, "path", None)
    if kb_path is not None:
        idx = _cached(Path(kb_path), kb_file=True)
        if idx is not None:
            return idx
    user = user_sources_path()
    try:
        return _cached(user, kb_file=False)
    except sqlite3.Error as e:
        raise SourcesError(f"cannot read sources {user}: {e}") from None


def describe_sources(kb=None, options=None) -> str:
    """What a report header says about the trusted sources a check used: the store's path and
    how many documents it holds, or why there are none."""
    try:
        idx = open_sources(kb, options)
    except SourcesError as e:
        return f"none ({e})"
    if idx is None:
        return (f"none (no documents in {user_sources_path()}; "
                "add some with `reelcheck sources add`)")
    try:
        n = idx.document_count()
    except sqlite3.Error:
        return f"{idx.path} (unreadable)"
    return f"{idx.path} ({n} document{'s' if n != 1 else ''})"


def search_passages(source_index: Optional[SourceIndex], query: str, k: int = 3
                    ) -> list[Evidence]:
    """Evidence passages for a claim the KB could not decide (BM25 via FTS5)."""
    if source_index is None:
        return []
    out = []
    for c in source_index.search(query, k):
        head = " - ".join(x for x in (c.title, c.date) if x)
        excerpt = c.text if len(c.text) <= 600 else c.text[:597].rstrip() + "..."
        out.append(Evidence(statement=f"{head}: {excerpt}" if head else excerpt, source=c.url))
    return out
