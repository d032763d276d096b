"""Quotes: find the words an article puts in people's mouths, say who it claims said them, and
check them against the user's trusted sources.

Split quotes ("…," she said, "…") are reported as one `Quote` per part, each with the same
speaker and each checked on its own (a part is verified when its words appear in what the
person said); the note says which part it is.
"""
from __future__ import annotations

import sqlite3

from ..model import Quote
from .attribute import extract_attributed
from .match import judge

__all__ = ["check_quotes"]

# A feature has a few dozen quotes; past this many, a document is a dump, not an article, and
# looking each quote up would only make the check slow.
MAX_CHECKED = 1000


def check_quotes(doc, mentions, kb, options=None) -> list[Quote]:
    """Every quote in `doc.text` with speaker, verdict and evidence."""
    from ..sources import SourcesError, open_sources

    found = extract_attributed(doc.text, list(mentions or ()), kb)
    if not found:
        return []
    try:
        index = open_sources(kb, options)
    except SourcesError as e:
        index = None
        _warn(doc, f"trusted sources not used: {e}")
    out = []
    for n, aq in enumerate(found):
        q = aq.raw
        try:
            v = judge(q.text, aq.speaker, aq.speaker_name, index if n < MAX_CHECKED else None)
        except sqlite3.Error as e:        # a damaged sources file: say so, keep checking
            _warn(doc, f"trusted sources not used: {index.path}: {e}")
            index = None
            v = judge(q.text, aq.speaker, aq.speaker_name, None)
        if n >= MAX_CHECKED and index is not None:
            v.note = f"not looked up: only the first {MAX_CHECKED} quotes of a document are"
        notes = [*aq.notes, v.note] if v.note else list(aq.notes)
        out.append(Quote(start=q.start, end=q.end, text=q.text, speaker=aq.speaker,
                         verdict=v.verdict, evidence=v.evidence,
                         speaker_text=(q.speaker_text if q.speaker_kind == "name"
                                       else aq.speaker_name or q.speaker_text),
                         note="; ".join(x for x in notes if x)))
    return out


def _warn(doc, message: str) -> None:
    if message not in doc.warnings:
        doc.warnings.append(message)
