"""Name linking: find every mention of a KB entity in a document (stub until implemented)."""
from __future__ import annotations


def link_names(doc, kb):
    return []
