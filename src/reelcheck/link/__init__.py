"""Name linking: find every mention of a KB entity in a document.

`link_names(doc, kb)` returns `Mention`s sorted by start and never overlapping; each says which
entity it is, how it was recognised (alias, nickname, partial, context, fuzzy) and whether the
name is misspelled or ambiguous. `mentions_in(start, end, mentions)` picks the mentions inside a
span (a sentence, a claim, a quote).
"""
from __future__ import annotations

from .index import clear_cache, index_for
from .linker import link_names, mentions_in

__all__ = ["link_names", "mentions_in", "index_for", "clear_cache"]
