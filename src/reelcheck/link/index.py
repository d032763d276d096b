"""Everything the linker needs from a KB, built once per KB file and kept for the process.

One pass over `kb.aliases()` builds: an Aho-Corasick automaton over folded alias keys (all names
matched in one scan of the text), the first/last name tokens of multi-word names (for "Baker"
after "Sean Baker"), the set of every known name token (a token the KB knows is never a
misspelling), and blocking buckets for the fuzzy matcher (a shared word in place; first letter + length for
single words) so
a suspected misspelling is compared with a handful of names, not the whole KB.

Entity types are looked up lazily (`kb.entity`, cached by the KB) only for entities a document
actually hits, which keeps the build cheap for KBs with millions of aliases.
"""
from __future__ import annotations

import gc
import os
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

import ahocorasick

from .fold import fold_key

# Alias kinds that are a way of writing the entity's own name (vs a nickname or a known error).
NAME_KINDS = frozenset({"label", "alias", "birth_name", "translation"})
NICK_KINDS = frozenset({"nickname", "character_name"})
FUZZY_KINDS = NAME_KINDS | NICK_KINDS
FUZZY_TYPES = frozenset({"person", "film", "character"})

# Above this many aliases the automaton skips very short ones (2-char aliases match noise).
LARGE_KB_ALIASES = 500_000
MIN_ALIAS_CHARS = 2
MIN_ALIAS_CHARS_LARGE = 3


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

    def lookup_multi(self, tokens: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
        """Names with as many words as `tokens` that share at least one word in place."""
        n = len(tokens)
        out: list[tuple[str, str, tuple[str, ...]]] = []
        for i, t in enumerate(tokens):
            out.extend(self.multi_buckets.get((n, i, t), ()))
        return out

    def lookup_single(self, token: str, slack: int = 2) -> list[tuple[str, str, bool]]:
        out: list[tuple[str, str, bool]] = []
        c, n = token[:1], len(token)
        for ln in range(n - slack, n + slack + 1):
            out.extend(self.single_buckets.get((c, ln), ()))
        return out


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


def _build(kb) -> NameIndex:
    rows = kb.aliases()
    auto = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    by_key: dict[str, AliasGroup] = {}
    first_tokens: dict[str, set[str]] = defaultdict(set)
    last_tokens: dict[str, set[str]] = defaultdict(set)
    known: set[str] = set()
    multi: dict[tuple[int, int, str], list[tuple[str, str, tuple[str, ...]]]] = defaultdict(list)
    single: dict[tuple[str, int], list[tuple[str, str, bool]]] = defaultdict(list)
    seen_fuzzy: set[tuple[str, str]] = set()
    count = 0
    for alias, eid, kind in rows:
        count += 1
        key = fold_key(alias)
        if len(key) < MIN_ALIAS_CHARS or not any(ch.isalnum() for ch in key):
            continue
        toks = key.split(" ")
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
        if kind == "misspelling":
            continue
        known.update(toks)
        if len(toks) >= 2 and kind in NAME_KINDS:
            first_tokens[toks[0]].add(eid)
            last_tokens[toks[-1]].add(eid)
        if kind in FUZZY_KINDS and (key, eid) not in seen_fuzzy:
            seen_fuzzy.add((key, eid))
            if len(toks) >= 2:
                tt = tuple(toks)
                for i, tok in enumerate(toks):
                    multi[(len(toks), i, tok)].append((key, eid, tt))
                if kind in NAME_KINDS and len(toks[-1]) >= 5:
                    single[(toks[-1][0], len(toks[-1]))].append((toks[-1], eid, True))
            elif len(key) >= 5:
                single[(key[0], len(key))].append((key, eid, False))
    groups: list[AliasGroup] = []
    group_of: dict[str, int] = {}
    min_chars = MIN_ALIAS_CHARS_LARGE if count > LARGE_KB_ALIASES else MIN_ALIAS_CHARS
    for key, g in by_key.items():
        if len(key) < min_chars:
            continue
        auto.add_word(key, (len(key), len(groups)))
        group_of[key] = len(groups)
        groups.append(g)
    empty = not groups
    if not empty:
        auto.make_automaton()
    return NameIndex(auto, groups, dict(first_tokens), dict(last_tokens), frozenset(known),
                     dict(multi), dict(single), count, group_of, empty)


_CACHE: dict[tuple[str, str], NameIndex] = {}
_LOCK = threading.Lock()
_MAX_CACHED = 4


def index_for(kb) -> NameIndex:
    """The cached index of `kb`, keyed by file path and build time (a rebuilt KB gets a new one).

    The file's inode/mtime/size join the key because `built_at` has one-second resolution and a
    KB rebuilt within the same second must not reuse the old index.
    """
    path = str(getattr(kb, "path", id(kb)))
    try:
        st = os.stat(path)
        stamp = f"{st.st_ino}:{st.st_mtime_ns}:{st.st_size}"
    except OSError:
        stamp = ""
    key = (path, str(getattr(kb, "meta", {}).get("built_at", "")) + "|" + stamp)
    idx = _CACHE.get(key)
    if idx is not None:
        return idx
    with _LOCK:
        idx = _CACHE.get(key)
        if idx is None:
            idx = build_index(kb)
            if len(_CACHE) >= _MAX_CACHED:
                _CACHE.pop(next(iter(_CACHE)))
            _CACHE[key] = idx
    return idx


def clear_cache() -> None:
    """Forget every built index (tests; a process that swaps KBs in place)."""
    with _LOCK:
        _CACHE.clear()


def entity_type(kb, eid: str) -> Optional[str]:
    e = kb.entity(eid)
    return e.type if e else None
