"""The linker's index for big KBs: names stay on disk and each document asks SQLite about its own
candidate spans.

An in-memory automaton over 1.4M aliases takes ~25 s and ~2 GB to build. Here a document costs a
few indexed queries instead:
- exact names: every span that starts at a capital letter and ends at a word end, up to the
  KB's longest name in words (at most SPAN_WORDS), is looked up by `aliases.norm` in batched
  `IN (...)` queries. Names that do not start with a capital ("d'Artagnan", "(500) Days of
  Summer") or are longer than that are few; they alone go into a small automaton built once.
- partial names, "is this word part of a KB name" and misspelled several-word names: the KB's
  full-text table (`entity_search`) gives the entities whose names contain a word;
- misspelled one-word names: the `name_keys` blocking table (see keys.py) when the KB has it,
  plus the entities already named in the document.
Candidates then go through `NameAccumulator`, entity by entity in `aliases` table order, so the
groups and buckets the linker sees are exactly those the in-memory index would hold for them.
"""
from __future__ import annotations

import bisect
import re
import sqlite3
import threading
from typing import Iterable, Optional

import ahocorasick
from rapidfuzz.distance import OSA

from ..kb.store import Entity
from ..textutil import fold
from .fold import fold_key, subtitle_keys
from .index import (FUZZY_GLOBAL_MIN, LARGE_KB_ALIASES, MIN_ALIAS_CHARS, MIN_ALIAS_CHARS_LARGE,
                    AliasGroup, NameAccumulator, add_to_group, lookup_single_in)
from .variants import name_norm
from .keys import NAME_KEYS_TABLE, SPAN_WORDS, blocking_keys, read_name_info

FTS_LIMIT_BIG = 400          # a word in more names than this says nothing about one person
SMALL_KB_ALIASES = 200_000   # below this nothing is truncated (results equal the memory index)
_BATCH = 900                 # host parameters per IN (...) query
# Per-process caches, cleared when full so a long batch run stays well under 500 MB: name keys
# seen (mostly misses), entities' name data (a few KB each), full-text answers (<= 400 ids).
_GROUP_CACHE_MAX = 100_000
_ENTITY_CACHE_MAX = 20_000
_FTS_CACHE_MAX = 5_000

_UNKNOWN = object()
_WORD_START = re.compile(r"(?<![^\W_])[^\W\d_]")
_WORD_END = re.compile(r"\S(?![^\W_])")
_SPACE = re.compile(" +")   # (a gap between words: a spaced dash folds to three)


class SqliteNames:
    """Same questions as `index.NameIndex`, answered from the KB file."""

    backend = "sqlite"

    def __init__(self, kb):
        self.kb = kb
        con = kb._con()
        n = con.execute("SELECT count(*) FROM aliases").fetchone()[0] or 0
        info = read_name_info(con, n)
        if info is None:   # a KB written without name_keys (or extended since): scan once
            max_spaces, max_len = con.execute(
                "SELECT max(length(norm) - length(replace(norm, ' ', ''))), max(length(norm)) "
                "FROM aliases").fetchone()
            lower = (a for (a,) in con.execute(
                "SELECT alias FROM aliases WHERE NOT (substr(alias, 1, 1) BETWEEN 'A' AND 'Z') "
                "OR length(norm) - length(replace(norm, ' ', '')) >= ?", (SPAN_WORDS,)))
        else:
            max_spaces, max_len = info["max_spaces"], info["max_norm_chars"]
            lower = iter(info["automaton_aliases"])
        self.alias_count = n
        self.empty = n == 0
        self.small = n <= SMALL_KB_ALIASES
        self.min_chars = MIN_ALIAS_CHARS_LARGE if n > LARGE_KB_ALIASES else MIN_ALIAS_CHARS
        self.max_words = min((max_spaces or 0) + 1, SPAN_WORDS)
        self.max_chars = 2 * (max_len or 0) + 8   # folding may keep combining marks norm drops
        self.fts_limit = None if self.small else FTS_LIMIT_BIG
        # stale keys (KB extended after they were written) would miss the new names
        self.has_keys = info is not None
        self.has_fts = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'entity_search'"
                                   ).fetchone() is not None
        self.lower_names = self._lower_automaton(lower)
        self._groups: dict[str, Optional[AliasGroup]] = {}
        self._entities: dict[str, NameAccumulator] = {}
        self._fts: dict[str, tuple[frozenset, bool]] = {}
        self._all: Optional[NameAccumulator] = None
        self._lock = threading.Lock()

    def _lower_automaton(self, aliases: Iterable[str]) -> Optional[ahocorasick.Automaton]:
        """Names spans cannot find (no capital first letter, or more than SPAN_WORDS words):
        few, so kept in memory."""
        auto = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for alias in aliases:
            if alias[:1].isupper() and fold_key(alias).count(" ") < SPAN_WORDS:
                continue
            key = fold_key(alias)
            if len(key) >= self.min_chars and any(ch.isalpha() for ch in key):
                auto.add_word(key, len(key))
                for other in subtitle_keys(alias):
                    auto.add_word(other, len(other))
        if len(auto) == 0:
            return None
        auto.make_automaton()
        return auto

    # -- exact names ---------------------------------------------------------------------------
    def exact_hits(self, folded: str, text: str) -> list[tuple[int, int, AliasGroup]]:
        spans: dict[str, set[tuple[int, int]]] = {}
        n = len(folded)
        spaces = [m.start() for m in _SPACE.finditer(folded)]
        ends = [m.end() for m in _WORD_END.finditer(folded)]
        for m in _WORD_START.finditer(text):
            s = m.start()
            if not text[s].isupper():
                continue
            j = bisect.bisect_right(spaces, s) + self.max_words - 1
            limit = min(spaces[j] if j < len(spaces) else n, s + self.max_chars)
            i = bisect.bisect_right(ends, s)
            while i < len(ends) and ends[i] <= limit:
                e = ends[i]
                spans.setdefault(folded[s:e], set()).add((s, e))
                if folded[e - 1] == "s" and e - 1 > s:   # a plural's singular ("BAFTAs")
                    spans.setdefault(folded[s:e - 1], set()).add((s, e - 1))
                i += 1
        if self.lower_names is not None:
            for end, klen in self.lower_names.iter(folded):
                s = end - klen + 1
                spans.setdefault(folded[s:end + 1], set()).add((s, end + 1))
        groups = self.groups(spans)
        hits = []
        for key, where in spans.items():
            g = groups.get(key)
            if g is not None:
                hits.extend((s, e, g) for s, e in where)
        return hits

    def groups(self, keys: Iterable[str]) -> dict[str, AliasGroup]:
        """The alias group of each folded key that is a KB name (batched, cached)."""
        out: dict[str, AliasGroup] = {}
        todo: dict[str, list[str]] = {}
        for key in keys:
            g = self._groups.get(key, _UNKNOWN)   # one read: another thread may clear the cache
            if g is not _UNKNOWN:
                if g is not None:
                    out[key] = g
            elif len(key) >= self.min_chars and _encodable(key):
                # (a spaced dash folds to three spaces: looked up by the name's norm; a
                # subtitle's mark may be the other one in the KB, `subtitle_keys`)
                norms = {key if key.isascii() and "  " not in key else name_norm(key)}
                norms.update(name_norm(v) for v in subtitle_keys(key))
                for n in norms:
                    todo.setdefault(n, []).append(key)
            else:
                self._groups[key] = None
        if not todo:
            return out
        found: dict[str, AliasGroup] = {}
        wanted = {k for ks in todo.values() for k in ks}
        norms = list(todo)
        con = self.kb._con()
        for b in range(0, len(norms), _BATCH):
            chunk = norms[b:b + _BATCH]
            rows = con.execute("SELECT alias, entity_id, kind FROM aliases WHERE norm IN "
                               f"({','.join('?' * len(chunk))})", chunk).fetchall()
            # a common title comes back once per film that has it: fold each spelling once
            by_alias: dict[str, list[tuple[str, str]]] = {}
            for alias, eid, kind in rows:
                by_alias.setdefault(alias, []).append((eid, kind))
            for alias, owners in by_alias.items():
                key = fold_key(alias)
                if not any(ch.isalpha() for ch in key):
                    continue
                for k in (key, *subtitle_keys(alias)):   # (as `NameAccumulator.add` files it)
                    if k in wanted:
                        eid, kind = owners[0]
                        add_to_group(found, k, key.split(" "), alias, eid, kind)
                        found[k].entries.extend((e, kd, alias) for e, kd in owners[1:])
        prefetch_entities(self.kb, [eid for g in found.values() if len(g.entries) > 32
                                    for eid, _k, _a in g.entries])
        if len(self._groups) > _GROUP_CACHE_MAX:
            self._groups.clear()
        for key in wanted:
            g = found.get(key)
            self._groups[key] = g
            if g is not None:
                out[key] = g
        return out

    def group(self, key: str) -> Optional[AliasGroup]:
        return self.groups([key]).get(key)

    # -- per-entity name data ------------------------------------------------------------------
    def entity_names(self, eids: Iterable[str]) -> dict[str, NameAccumulator]:
        """Each entity's names run through the index rules on their own (cached)."""
        out: dict[str, NameAccumulator] = {}
        todo = []
        for e in eids:
            acc = self._entities.get(e)
            if acc is None:
                todo.append(e)
            else:
                out[e] = acc
        if todo:
            con = self.kb._con()
            fresh: dict[str, NameAccumulator] = {e: NameAccumulator() for e in todo}
            for b in range(0, len(todo), _BATCH):
                chunk = todo[b:b + _BATCH]
                for alias, eid, kind in con.execute(
                        "SELECT alias, entity_id, kind FROM aliases WHERE entity_id IN "
                        f"({','.join('?' * len(chunk))}) ORDER BY entity_id, norm, kind", chunk):
                    fresh[eid].add(alias, eid, kind, groups=False)
            if len(self._entities) > _ENTITY_CACHE_MAX:
                self._entities.clear()
            self._entities.update(fresh)
            out.update(fresh)
        return out

    def entities_with_word(self, token: str) -> tuple[frozenset, bool]:
        """Entities whose names contain `token` as a word (full-text table), and whether that
        list is complete (big KBs stop at FTS_LIMIT_BIG)."""
        hit = self._fts.get(token)
        if hit is not None:
            return hit
        ids: frozenset = frozenset()
        complete = True
        phrase = token.replace('"', " ").strip()
        if self.has_fts and phrase and _encodable(phrase):
            sql = "SELECT entity_id FROM entity_search WHERE entity_search MATCH ?"
            args: tuple = (f'"{phrase}"',)
            if self.fts_limit is not None:
                sql += " LIMIT ?"
                args += (self.fts_limit + 1,)
            try:
                rows = self.kb._con().execute(sql, args).fetchall()
            except sqlite3.OperationalError:
                rows = []
            complete = self.fts_limit is None or len(rows) <= self.fts_limit
            ids = frozenset(r[0] for r in rows)
        if len(self._fts) > _FTS_CACHE_MAX:
            self._fts.clear()
        self._fts[token] = (ids, complete)
        return ids, complete

    # -- the linker's questions ----------------------------------------------------------------
    def partial_ids(self, token: str, among) -> tuple[set[str], set[str]]:
        ids, complete = self.entities_with_word(token)
        # Entities of the document always count; the KB-wide list only when it is complete, so
        # "the only person with this surname" is never claimed from a truncated list.
        eids = set(among) | (set(ids) if complete else set())
        first, last = set(), set()
        for eid, acc in self.entity_names(eids).items():
            if eid in acc.first_tokens.get(token, ()):
                first.add(eid)
            if eid in acc.last_tokens.get(token, ()):
                last.add(eid)
        return first, last

    def known(self, token: str) -> bool:
        ids, complete = self.entities_with_word(token)
        if not complete:
            return True   # a word in hundreds of names is a known word
        return any(token in acc.known for acc in self.entity_names(ids).values())

    def lookup_multi(self, tokens: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
        n = len(tokens)
        out: list[tuple[str, str, tuple[str, ...]]] = []
        for i, tok in enumerate(tokens):
            ids, complete = self.entities_with_word(tok)
            if not complete:
                continue  # sharing only a very common word is not evidence of a misspelling
            accs = self.entity_names(ids)
            for eid in sorted(accs):
                out.extend(accs[eid].multi.get((n, i, tok), ()))
        return out

    def lookup_single(self, token: str, in_doc: Optional[set[str]] = None,
                      slack: int = 2) -> list[tuple[str, str, bool]]:
        eids = set(in_doc or ())
        if len(token) >= FUZZY_GLOBAL_MIN:
            if self.has_keys:
                eids |= self._keyed_entities(token, slack)
            elif self.small:
                return lookup_single_in(self._all_names().single, token, slack)
        accs = self.entity_names(eids)
        out: list[tuple[str, str, bool]] = []
        c, n = token[:1], len(token)
        for ln in range(n - slack, n + slack + 1):
            for eid in sorted(accs):
                out.extend(accs[eid].single.get((c, ln), ()))
        return out

    def _keyed_entities(self, token: str, slack: int) -> set[str]:
        keys = blocking_keys(token)
        n = len(token)
        rows = self.kb._con().execute(
            f"SELECT word, entity_id FROM {NAME_KEYS_TABLE} WHERE key IN (?, ?) "
            "AND length(word) BETWEEN ? AND ?", (*keys, n - slack, n + slack)).fetchall()
        return {eid for word, eid in rows
                if word[:1] == token[:1] and OSA.distance(token, word, score_cutoff=2) <= 2}

    def _all_names(self) -> NameAccumulator:
        """Small KB without `name_keys`: every name once (cheap at this size)."""
        with self._lock:
            if self._all is None:
                acc = NameAccumulator()
                for alias, eid, kind in self.kb.aliases():
                    acc.add(alias, eid, kind, groups=False)
                self._all = acc
        return self._all


def prefetch_entities(kb, eids: list[str]) -> None:
    """Load many entities into the KB's own entity cache with a few IN (...) queries.

    The linker asks the type of every entry of a name it resolves; a title shared by thousands
    of KB films ("Harbour") would cost one query each (about a third slower). Only done when
    the KB keeps its cache as a dict, as store.KB does; it changes no answer.
    """
    cache = getattr(kb, "_entity_cache", None)
    if not eids or not isinstance(cache, dict):
        return
    todo = list(dict.fromkeys(e for e in eids if e not in cache))[:max(0, 200_000 - len(cache))]
    con = kb._con()
    for b in range(0, len(todo), _BATCH):
        chunk = todo[b:b + _BATCH]
        for row in con.execute("SELECT id, type, label, description, year FROM entities "
                               f"WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            cache[row[0]] = Entity(*row)


def _encodable(s: str) -> bool:
    """False for text with lone surrogates (SQLite parameters must be valid UTF-8)."""
    if s.isascii():
        return True
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
