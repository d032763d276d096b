"""Words as the FTS index sees them, so a query and the index always agree.

FTS5's unicode61 tokenizer (diacritics removed) lower-cases and splits on anything that is not
a letter or digit; `words()` does the same with `fold`, which also makes curly and straight
quotes, dashes and ellipses irrelevant to matching.
"""
from __future__ import annotations

import re

from ..textutil import fold

_TOKEN = re.compile(r"[^\W_]+")

STOPWORDS = frozenset("""
a an the and or but if so of to in on at by for with from as into onto about than then that
this these those it its it's is are was were be been being am do does did have has had i me my
we us our you your he him his she her they them their what which who whom when where why how
not no yes just very really all any some more most much many can could would should will shall
may might must there here up down out over under again also only own same too s t re ve ll d m
""".split())


def words(text: str) -> list[str]:
    """Lower-case, accent-free word tokens (apostrophes split words, as in the FTS index)."""
    if text.isascii():      # fold() would only lower-case it: skip its per-character pass
        return _TOKEN.findall(text.lower())
    return _TOKEN.findall(fold(text))


def significant(tokens: list[str]) -> list[str]:
    """Distinct tokens worth searching for, in first-seen order (all of them if every one is a
    stopword)."""
    seen: dict[str, None] = {}
    for t in tokens:
        if t not in STOPWORDS:
            seen.setdefault(t)
    if not seen:
        for t in tokens:
            seen.setdefault(t)
    return list(seen)


def fts_or(terms: list[str]) -> str:
    """An FTS5 MATCH expression: any of the terms (each quoted, so no operator can leak in)."""
    return " OR ".join(f'"{t}"' for t in terms)


def fts_phrases(phrases: list[list[str]]) -> str:
    """Any of these exact word sequences."""
    return " OR ".join('"' + " ".join(p) + '"' for p in phrases)


def phrase_windows(tokens: list[str], present: set[str], size: int = 6, count: int = 3
                   ) -> list[list[str]]:
    """Up to `count` runs of `size` consecutive tokens that all occur in the index, spread over
    the quote: an altered quote usually keeps one of them intact, and a phrase query is cheap
    even when its words are common (FTS5 intersects postings by seeking)."""
    runs, cur = [], []
    for t in tokens:
        if t in present:
            cur.append(t)
        else:
            if len(cur) >= 3:
                runs.append(cur)
            cur = []
    if len(cur) >= 3:
        runs.append(cur)
    windows: list[list[str]] = []
    for run in runs:
        if len(run) <= size:
            windows.append(run)
            continue
        step = max(1, (len(run) - size) // max(1, count - 1))
        for i in range(0, len(run) - size + 1, step):
            windows.append(run[i:i + size])
        if windows[-1] != run[-size:]:
            windows.append(run[-size:])
    if len(windows) <= count:
        return windows
    # keep the first, the last and evenly spaced ones between
    idx = sorted({round(i * (len(windows) - 1) / (count - 1)) for i in range(count)})
    return [windows[i] for i in idx]
