"""Name linking: find every mention of a KB entity in a document.

`link_names(doc, kb)` returns `Mention`s sorted by start and never overlapping; each says which
entity it is, how it was recognised (alias, nickname, partial, context, fuzzy) and whether the
name is misspelled or ambiguous. `mentions_in(start, end, mentions)` picks the mentions inside a
span (a sentence, a claim, a quote).

Names are looked up through one of two backends that give the same mentions: an in-memory
automaton over every KB alias (index.py; the default below 200k aliases) or per-document SQLite
queries that keep the names on disk (sqlindex.py; big imported KBs). `link_names(..., backend=)`
or REELCHECK_LINK_BACKEND=auto|memory|sqlite forces one.
"""
from __future__ import annotations

from .index import choose_backend, clear_cache, index_for
from .linker import link_names, mentions_in

__all__ = ["link_names", "mentions_in", "index_for", "clear_cache", "choose_backend"]
