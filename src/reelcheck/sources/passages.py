"""Cut a trusted document into paragraph-sized passages (what evidence shows and FTS ranks).

Headings and one-line fragments are merged into the paragraph after them, and very long
paragraphs are cut at sentence ends, so every passage is a readable excerpt of a few sentences.
"""
from __future__ import annotations

import re

from ..quotes.extract import paragraphs

MIN_CHARS = 80
MAX_CHARS = 1200
_SENT = re.compile(r"(?<=[.!?\u2026\"\u201d])\s+(?=[A-Z\"\u201c])")


def split_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of passages in `text`."""
    spans: list[tuple[int, int]] = []
    pending: int | None = None
    for s, e in paragraphs(text):
        s, e = _strip(text, s, e)
        if s >= e:
            continue
        if pending is not None:
            s = pending
            pending = None
        if e - s < MIN_CHARS and not _speaker_line(text[s:e]):
            pending = s
            continue
        spans.extend(_cut_long(text, s, e))
    if pending is not None:
        end = _strip(text, pending, len(text))[1]
        if spans:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((pending, end))
    return spans


def _speaker_line(s: str) -> bool:
    return bool(re.match(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}:\s", s))


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _cut_long(text: str, s: int, e: int) -> list[tuple[int, int]]:
    if e - s <= MAX_CHARS:
        return [(s, e)]
    out, start = [], s
    for m in _SENT.finditer(text, s, e):
        if m.start() - start >= MAX_CHARS * 2 // 3:
            out.append((start, m.start()))
            start = m.end()
    out.append((start, e))
    # a single sentence longer than the limit stays whole: cutting words apart helps no one
    return out
