"""Everything the linker needs from a KB, built once per KB file and kept for the process.

One pass over `kb.aliases()` builds: an Aho-Corasick automaton over folded alias keys (all names
matched in one scan of the text), the first/last name tokens of multi-word names (for "Baker"
after "Sean Baker"), the set of every known name token (a token the KB knows is never a
misspelling), and blocking buckets for the fuzzy matcher (a shared word in place; first letter + length for
single words) so
a suspected misspelling is compared with a handful of names, not the whole KB.

Entity types are looked up lazily (`kb.entity`, cached by the KB) only for entities a document
actually hits, which keeps the build cheap for KBs with millions of aliases.

This is the "memory" backend. Above SQLITE_BACKEND_MIN_ALIASES the "sqlite" backend
(sqlindex.py) answers the same questions from the KB file instead; `NameAccumulator` holds the
per-alias rules both use, so they cannot drift apart.
"""
from __future__ import annotations

import gc
import os
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

import ahocorasick

from .fold import fold_key, subtitle_keys

# Alias kinds that are a way of writing the entity's own name (vs a nickname or a known error).
NAME_KINDS = frozenset({"label", "alias", "birth_name", "translation"})
NICK_KINDS = frozenset({"nickname", "character_name"})
FUZZY_KINDS = NAME_KINDS | NICK_KINDS
FUZZY_TYPES = frozenset({"person", "film", "character"})

# Above this many aliases the automaton skips very short ones (2-char aliases match noise).
LARGE_KB_ALIASES = 500_000
MIN_ALIAS_CHARS = 2
# generational suffixes after a surname (folded as written)
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
MIN_ALIAS_CHARS_LARGE = 3
# One-word misspellings shorter than this only count for entities the document already names.
FUZZY_GLOBAL_MIN = 8

# Backends: "memory" (automaton + dicts over every alias: fastest per document, but ~25 s and
# ~2 GB for 1.4M aliases) and "sqlite" (aliases stay on disk; see sqlindex.py). "auto" picks
# sqlite above this many aliases. REELCHECK_LINK_BACKEND=auto|memory|sqlite forces one.
SQLITE_BACKEND_MIN_ALIASES = 200_000
BACKEND_ENV = "REELCHECK_LINK_BACKEND"
BACKENDS = ("auto", "memory", "sqlite")
# Above this many aliases a built memory index is moved out of the cyclic GC's reach
# (gc.freeze): it holds millions of containers that never form cycles, and every full
# collection would otherwise walk them all (mean check time 271 -> 110 ms on a 1.4M-alias KB).
GC_FREEZE_MIN_ALIASES = 100_000


@dataclass(slots=True)
class AliasGroup:
    """All KB entries that share one folded spelling."""
    key: str
    cap_first: bool                              # some spelling starts with a capital
    single_token: bool
    acronym: bool = True                         # every spelling is upper case ("LA", "NYFF")
    # word positions that every spelling capitalises ("The Mission": both words, so "the
    # mission was clear" and "The mission was clear" are not the film)
    caps: Optional[list[bool]] = None
    entries: list[tuple[str, str, str]] = field(default_factory=list)  # (entity_id, kind, alias)
    # what the linker derives from the entries alone, kept after first use: a name shared by
    # thousands of KB entries ("Home") would otherwise be re-ranked at every occurrence
    ranked: Optional[tuple] = None
    entity_ids: Optional[frozenset] = None

    def ids(self) -> frozenset:
        if self.entity_ids is None:
            self.entity_ids = frozenset(x[0] for x in self.entries)
        return self.entity_ids


_NONE: frozenset = frozenset()


@dataclass(slots=True)
class NameIndex:
    automaton: ahocorasick.Automaton
    groups: list[AliasGroup]
    first_tokens: dict[str, set[str]]            # folded first token -> entity ids
    last_tokens: dict[str, set[str]]             # folded last token -> entity ids
    known_tokens: frozenset[str]                 # every folded token of every name
    # (word count, word position, word) -> [(folded name, entity id, words)]: a misspelled
    # several-word name must share one word exactly with its KB name, so that word is the key.
    multi_buckets: dict[tuple[int, int, str], list[tuple[str, str, tuple[str, ...]]]]
    single_buckets: dict[tuple[str, int], list[tuple[str, str, bool]]]  # (c, len) -> tokens
    alias_count: int
    group_of: dict[str, int] = field(default_factory=dict)   # folded key -> index in groups
    empty: bool = False
    backend: str = "memory"

    def lookup_multi(self, tokens: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
        """Names with as many words as `tokens` that share at least one word in place."""
        n = len(tokens)
        out: list[tuple[str, str, tuple[str, ...]]] = []
        for i, t in enumerate(tokens):
            out.extend(self.multi_buckets.get((n, i, t), ()))
        return out

    def lookup_single(self, token: str, in_doc: Optional[set[str]] = None,
                      slack: int = 2) -> list[tuple[str, str, bool]]:
        """One-word names and surnames with `token`'s first letter and a similar length."""
        return lookup_single_in(self.single_buckets, token, slack)

    # -- the questions the linker asks (SqliteNames answers the same ones from disk) --------
    def exact_hits(self, folded: str, text: str) -> list[tuple[int, int, AliasGroup]]:
        """Every occurrence in `folded` of a KB name key: (start, end, group)."""
        groups = self.groups
        return [(end - klen + 1, end + 1, groups[gid])
                for end, (klen, gid) in self.automaton.iter(folded)]

    def group(self, key: str) -> Optional[AliasGroup]:
        gid = self.group_of.get(key)
        return None if gid is None else self.groups[gid]

    def partial_ids(self, token: str, among) -> tuple[set[str], set[str]]:
        """Entities with a several-word name starting / ending with `token`."""
        return self.first_tokens.get(token, _NONE), self.last_tokens.get(token, _NONE)

    def known(self, token: str) -> bool:
        """True when `token` is a word of some KB name (so it is not a misspelling)."""
        return token in self.known_tokens


def build_index(kb) -> NameIndex:
    """Read every alias once and build all lookup structures."""
    # Millions of small tuples would make the cyclic GC rescan the growing heap over and over;
    # nothing built here forms cycles, so pause it for the build.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(kb)
    finally:
        if was_enabled:
            gc.enable()


class NameAccumulator:
    """The per-alias rules of the index, shared by both backends so they agree exactly.

    The in-memory backend feeds it every alias of the KB; the SQLite backend feeds it only the
    aliases of the entities a document may be about (rows of one entity in `aliases` table
    order: by norm, then kind), and gets the same groups, buckets and token sets for them.
    """

    def __init__(self) -> None:
        self.by_key: dict[str, AliasGroup] = {}
        self.first_tokens: dict[str, set[str]] = defaultdict(set)
        self.last_tokens: dict[str, set[str]] = defaultdict(set)
        self.known: set[str] = set()
        self.multi: dict[tuple[int, int, str], list[tuple[str, str, tuple[str, ...]]]] = \
            defaultdict(list)
        self.single: dict[tuple[str, int], list[tuple[str, str, bool]]] = defaultdict(list)
        self.seen_fuzzy: set[tuple[str, str]] = set()
        self.count = 0

    def add(self, alias: str, eid: str, kind: str, groups: bool = True) -> None:
        self.count += 1
        key = fold_key(alias)
        if len(key) < MIN_ALIAS_CHARS or not any(ch.isalpha() for ch in key):
            return  # a name without a letter ("10", "1917") is a number in running text
        toks = key.split(" ")
        if groups:
            add_to_group(self.by_key, key, toks, alias, eid, kind)
            for other in subtitle_keys(alias):   # ("X - Y" / "X: Y", as text folds them)
                add_to_group(self.by_key, other, toks, alias, eid, kind)
        if kind == "misspelling":
            return
        self.known.update(toks)
        if len(toks) >= 2 and kind in NAME_KINDS:
            self.first_tokens[toks[0]].add(eid)
            self.last_tokens[toks[-1]].add(eid)
            if len(toks) >= 3 and toks[-1] in NAME_SUFFIXES:
                # "Robert Downey Jr.": written alone, the surname is "Downey"
                self.last_tokens[toks[-2].rstrip(",")].add(eid)
        if kind in FUZZY_KINDS and (key, eid) not in self.seen_fuzzy:
            self.seen_fuzzy.add((key, eid))
            if len(toks) >= 2:
                tt = tuple(toks)
                for i, tok in enumerate(toks):
                    self.multi[(len(toks), i, tok)].append((key, eid, tt))
                if kind in NAME_KINDS and len(toks[-1]) >= 5:
                    self.single[(toks[-1][0], len(toks[-1]))].append((toks[-1], eid, True))
            elif len(key) >= 5:
                self.single[(key[0], len(key))].append((key, eid, False))


def add_to_group(by_key: dict[str, AliasGroup], key: str, toks: list[str], alias: str,
                 eid: str, kind: str) -> None:
    """Add one spelling to the group of its folded key (order of spellings does not matter)."""
    g = by_key.get(key)
    if g is None:
        g = by_key[key] = AliasGroup(key, False, len(toks) == 1)
    if alias[:1].isupper():
        g.cap_first = True
    if not (alias.isupper() and len(key) <= 6):
        g.acronym = False
    words = alias.split()
    if len(words) == len(toks):
        mask = [w[:1].isupper() for w in words]
        g.caps = mask if g.caps is None else [a and b for a, b in zip(g.caps, mask)]
    g.entries.append((eid, kind, alias))


def lookup_single_in(single: dict, token: str, slack: int = 2) -> list[tuple[str, str, bool]]:
    out: list[tuple[str, str, bool]] = []
    c, n = token[:1], len(token)
    for ln in range(n - slack, n + slack + 1):
        out.extend(single.get((c, ln), ()))
    return out


def _build(kb) -> NameIndex:
    acc = NameAccumulator()
    for alias, eid, kind in kb.aliases():
        acc.add(alias, eid, kind)
    auto = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    groups: list[AliasGroup] = []
    group_of: dict[str, int] = {}
    min_chars = MIN_ALIAS_CHARS_LARGE if acc.count > LARGE_KB_ALIASES else MIN_ALIAS_CHARS
    for key, g in acc.by_key.items():
        if len(key) < min_chars:
            continue
        auto.add_word(key, (len(key), len(groups)))
        group_of[key] = len(groups)
        groups.append(g)
    empty = not groups
    if not empty:
        auto.make_automaton()
    return NameIndex(auto, groups, dict(acc.first_tokens), dict(acc.last_tokens),
                     frozenset(acc.known), dict(acc.multi), dict(acc.single), acc.count,
                     group_of, empty)


_CACHE: dict[tuple[str, str], NameIndex] = {}        # memory indexes
_SQL_CACHE: dict[tuple[str, str], object] = {}        # SqliteNames (small: a few automata)
_COUNTS: dict[tuple[str, str], int] = {}
_LOCK = threading.Lock()
_MAX_CACHED = 4


def _kb_key(kb) -> tuple[str, str]:
    """A KB's cache key: file path and build time (a rebuilt KB gets a new index).

    The file's inode/mtime/size join the key because `built_at` has one-second resolution and a
    KB rebuilt within the same second must not reuse the old index.
    """
    path = str(getattr(kb, "path", id(kb)))
    stamp = getattr(kb, "file_stamp", None)   # (the file as the KB object opened it)
    if stamp is None:
        try:
            st = os.stat(path)
            stamp = f"{st.st_ino}:{st.st_mtime_ns}:{st.st_size}"
        except OSError:
            stamp = ""
    return (path, str(getattr(kb, "meta", {}).get("built_at", "")) + "|" + stamp)


def choose_backend(kb, backend: Optional[str] = None) -> str:
    """"memory" or "sqlite" for this KB: `backend`, else $REELCHECK_LINK_BACKEND, else by size."""
    want = (backend or os.environ.get(BACKEND_ENV) or "auto").strip().lower()
    if want not in BACKENDS:
        raise ValueError(f"{BACKEND_ENV} must be one of {', '.join(BACKENDS)}, not {want!r}")
    if want != "auto":
        return want
    if not hasattr(kb, "_con"):
        return "memory"   # not a store.KB file: only the memory index can read it
    key = _kb_key(kb)
    n = _COUNTS.get(key)
    if n is None:
        n = _COUNTS[key] = kb._con().execute("SELECT count(*) FROM aliases").fetchone()[0]
    return "sqlite" if n > SQLITE_BACKEND_MIN_ALIASES else "memory"


def index_for(kb, backend: Optional[str] = None):
    """The cached name index of `kb`: a `NameIndex` or a `SqliteNames` (same questions)."""
    key = _kb_key(kb)
    if choose_backend(kb, backend) == "sqlite":
        return _cached(_SQL_CACHE, key, lambda: _sqlite_index(kb))
    return _cached(_CACHE, key, lambda: _memory_index(kb))


def _cached(cache: dict, key, build):
    idx = cache.get(key)
    if idx is not None:
        return idx
    with _LOCK:
        idx = cache.get(key)
        if idx is None:
            idx = build()
            if len(cache) >= _MAX_CACHED:
                cache.pop(next(iter(cache)))
            cache[key] = idx
    return idx


def _memory_index(kb) -> NameIndex:
    idx = build_index(kb)
    if idx.alias_count > GC_FREEZE_MIN_ALIASES:
        gc.freeze()
    return idx


def _sqlite_index(kb):
    from .sqlindex import SqliteNames
    return SqliteNames(kb)


def cached_backends() -> list[str]:
    """Backends of the indexes held now (tests: a sqlite run must not build a memory index)."""
    return ["memory"] * len(_CACHE) + ["sqlite"] * len(_SQL_CACHE)


def clear_cache() -> None:
    """Forget every built index (tests; a process that swaps KBs in place)."""
    with _LOCK:
        _CACHE.clear()
        _SQL_CACHE.clear()
        _COUNTS.clear()


def entity_type(kb, eid: str) -> Optional[str]:
    e = kb.entity(eid)
    return e.type if e else None
