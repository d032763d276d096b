"""Blocking keys for misspelled one-word names, written into a KB when it is built.

A big KB cannot keep every surname in memory, and scanning all surnames that start with "K" for
"Karagullian" is too slow. So KB writers may store `name_keys` rows: for each one-word name and
each surname (last word of a several-word name) of 5+ letters, two keys, its first four letters
and its first letter plus last four letters. A word within one edit of a KB name of 8+ letters
nearly always keeps one of the two intact (the edit is in one half; the exception is swapping
letters 4 and 5 of an 8-letter word), so looking up the text word's two keys finds the KB name;
two edits are found unless they hit both ends. The fuzzy matcher's rules still decide. Readers feature-detect the
table: a KB built before it existed still links (the SQLite backend then only compares one-word
misspellings with names already in the document).
"""
from __future__ import annotations

import json
import sqlite3
from typing import Optional

from .fold import fold_key

NAME_KEYS_TABLE = "name_keys"
# Facts about all names the SQLite backend would otherwise learn by scanning `aliases` when it
# opens a KB: alias count (to notice a KB extended after the keys were written), the most
# spaces and characters in a norm, and the few aliases it keeps in a small automaton because
# text spans cannot find them: those not starting with a capital letter and those longer than
# SPAN_WORDS words.
NAME_INFO_TABLE = "name_keys_info"
SPAN_WORDS = 10
MIN_KEYED_WORD = 5
_FUZZY_KINDS = ("label", "alias", "birth_name", "translation", "nickname", "character_name")
_NAME_KINDS = ("label", "alias", "birth_name", "translation")


def blocking_keys(word: str) -> tuple[str, str]:
    """The two keys of a folded word (see the module docstring)."""
    return "p" + word[:4], "s" + word[:1] + word[-4:]


def keyed_words(alias: str, kind: str) -> list[str]:
    """Words of this alias that the single-word fuzzy matcher compares against (a superset of
    what `index.NameIndex` puts in its single-word buckets)."""
    if kind not in _FUZZY_KINDS:
        return []
    toks = fold_key(alias).split(" ")
    if len(toks) == 1:
        return [toks[0]] if len(toks[0]) >= MIN_KEYED_WORD else []
    if kind in _NAME_KINDS and len(toks[-1]) >= MIN_KEYED_WORD:
        return [toks[-1]]
    return []


def write_name_keys(con: sqlite3.Connection, batch: int = 50_000) -> int:
    """(Re)build the `name_keys` table from the `aliases` table of a KB being written.

    Call it from a KB writer just before committing; returns the number of rows written.
    """
    con.execute(f"DROP TABLE IF EXISTS {NAME_KEYS_TABLE}")
    con.execute(f"CREATE TABLE {NAME_KEYS_TABLE} (key TEXT NOT NULL, word TEXT NOT NULL, "
                "entity_id TEXT NOT NULL, PRIMARY KEY (key, word, entity_id)) WITHOUT ROWID")
    sql = f"INSERT OR IGNORE INTO {NAME_KEYS_TABLE} VALUES (?, ?, ?)"
    buf: list[tuple[str, str, str]] = []
    n = 0
    count = max_spaces = max_len = 0
    automaton: set[str] = set()
    for alias, eid, kind, norm in _iter_aliases(con):
        count += 1
        max_spaces = max(max_spaces, norm.count(" "))
        max_len = max(max_len, len(norm))
        if not ("A" <= alias[:1] <= "Z") or norm.count(" ") >= SPAN_WORDS:
            automaton.add(alias)
        for w in keyed_words(alias, kind):
            for k in blocking_keys(w):
                buf.append((k, w, eid))
        if len(buf) >= batch:
            con.executemany(sql, buf)
            n += len(buf)
            buf.clear()
    if buf:
        con.executemany(sql, buf)
        n += len(buf)
    con.execute(f"DROP TABLE IF EXISTS {NAME_INFO_TABLE}")
    con.execute(f"CREATE TABLE {NAME_INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    con.executemany(f"INSERT INTO {NAME_INFO_TABLE} VALUES (?, ?)", [
        ("alias_count", str(count)), ("max_spaces", str(max_spaces)),
        ("max_norm_chars", str(max_len)), ("span_words", str(SPAN_WORDS)),
        ("automaton_aliases", json.dumps(sorted(automaton), ensure_ascii=False))])
    return n


def read_name_info(con: sqlite3.Connection, alias_count: int) -> Optional[dict]:
    """The stored name facts, or None when absent or written before the KB gained aliases."""
    try:
        info = dict(con.execute(f"SELECT key, value FROM {NAME_INFO_TABLE}"))
        if int(info["alias_count"]) != alias_count or int(info["span_words"]) != SPAN_WORDS:
            return None
        return {"max_spaces": int(info["max_spaces"]),
                "max_norm_chars": int(info["max_norm_chars"]),
                "automaton_aliases": json.loads(info["automaton_aliases"])}
    except (sqlite3.Error, KeyError, ValueError):
        return None


def _iter_aliases(con: sqlite3.Connection):
    """All aliases in primary-key pages, read in slices so inserts never run under an open
    SELECT on the same connection."""
    last = ("", "", "")
    while True:
        rows = con.execute(
            "SELECT alias, entity_id, kind, norm FROM aliases WHERE (entity_id, norm, kind) > "
            "(?, ?, ?) ORDER BY entity_id, norm, kind LIMIT 100000", last).fetchall()
        if not rows:
            return
        yield from rows
        _a, e, k, nm = rows[-1]
        last = (e, nm, k)


def has_name_keys(con: sqlite3.Connection, alias_count: Optional[int] = None) -> bool:
    """True when the KB has `name_keys` (and, given `alias_count`, they cover every alias)."""
    if alias_count is not None:
        return read_name_info(con, alias_count) is not None
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (NAME_KEYS_TABLE,)).fetchone() is not None
