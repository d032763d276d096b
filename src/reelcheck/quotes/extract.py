"""Find quoted speech in running text: which spans are inside quotation marks, and which of them
are really someone's words (not scare quotes or titles).

Only double quotation marks (straight ``"``, curly “ ”, „ and « ») open a top-level quote:
single marks are far more often apostrophes (you’re, Baker’s, ’90s) than quotes, so they are
only ever part of a quote's text (a nested ‘…’ inside “…”). Pairing is done per paragraph, so
one stray mark cannot shift every later pair in the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

OPENERS = "\u201c\u201e\u00ab"      # “ „ «
CLOSERS = "\u201d\u00bb"            # ” »
STRAIGHT = '"'
_MARKS = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')

# A paragraph ends at a blank line, or at a line break between a finished sentence and a new
# one (so hard-wrapped prose keeps multi-line quotes together).
_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*|(?<=[.!?:\"\u201d\u2019)])[ \t]*\n(?=[ \t]*[A-Z\"\u201c\u201e\u00ab])")
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


@dataclass(slots=True)
class RawQuote:
    """A quoted span before attribution. `start`/`end` cover the words inside the marks."""
    start: int
    end: int
    text: str
    open_mark: int            # offset of the opening mark (-1 for unmarked interview lines)
    close_mark: int           # offset of the closing mark (-1 likewise)
    para: int                 # paragraph number, for carrying a speaker to the next quote
    # filled by attribution
    speaker_text: Optional[str] = None
    speaker_start: int = -1
    speaker_end: int = -1
    speaker_kind: Optional[str] = None   # name | pronoun | role | None
    verb: Optional[str] = None
    how: str = ""                        # how the speaker was found (see attribute.py)
    passive: bool = False                # governed by a verb of saying in the passive
    group: int = -1                      # quotes split by an attribution share a group
    part: int = 0
    notes: list = field(default_factory=list)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph."""
    out, pos = [], 0
    for m in _PARA_BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def word_count(s: str) -> int:
    return len(_WORD.findall(s))


def _opens_here(text: str, i: int) -> bool:
    """A straight mark opens when nothing word-like sits right before it."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{\u2014\u2013-/:;,") and not nxt.isspace()


def _closes_here(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not (nxt.isalnum())


def find_quoted_spans(text: str) -> list[RawQuote]:
    """Every well-formed pair of double quotation marks, paragraph by paragraph."""
    out: list[RawQuote] = []
    for pno, (ps, pe) in enumerate(paragraphs(text)):
        open_at: Optional[int] = None
        for m in _MARKS.finditer(text, ps, pe):
            i, ch = m.start(), m.group()
            if ch in OPENERS:
                open_at = i          # an unclosed earlier opener is abandoned
            elif ch in CLOSERS:
                if open_at is not None:
                    _add(out, text, open_at, i, pno)
                    open_at = None
            else:  # straight: decide by context and state
                if open_at is None:
                    if _opens_here(text, i):
                        open_at = i
                elif _closes_here(text, i):
                    _add(out, text, open_at, i, pno)
                    open_at = None
                elif _opens_here(text, i):
                    open_at = i
    return out


_BLOCK_LINE = re.compile(r"[ \t]*>[ \t]?")


def find_block_quotes(text: str) -> list[RawQuote]:
    """Paragraphs whose every line starts with '>' (a block quote in plain text or Markdown):
    one quote each, its words after the first '> ' (`open_mark` is the first '>',
    `close_mark` the paragraph's end)."""
    out: list[RawQuote] = []
    for pno, (ps, pe) in enumerate(paragraphs(text)):
        lines = [ln for ln in text[ps:pe].split("\n") if ln.strip()]
        if not lines or not all(_BLOCK_LINE.match(ln) for ln in lines):
            continue
        m = _BLOCK_LINE.match(text, ps)
        s, e = m.end(), pe
        while e > s and text[e - 1].isspace():
            e -= 1
        if word_count(text[s:e]) < 3:
            continue
        out.append(RawQuote(start=s, end=e, text=text[s:e], open_mark=text.index(">", ps),
                            close_mark=e, para=pno, how="block"))
    return out


def _add(out: list, text: str, o: int, c: int, pno: int) -> None:
    s, e = o + 1, c
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    if e - s < 1 or not _WORD.search(text[s:e]):
        return
    out.append(RawQuote(start=s, end=e, text=text[s:e], open_mark=o, close_mark=c, para=pno))


_INNER_OPEN = "\u2018'"
_INNER_CLOSE = "\u2019'"


def find_nested(text: str, outer: RawQuote) -> list[RawQuote]:
    """Single-quoted spans inside a double-quoted one (‘…’ or '…'): someone the speaker quotes.
    An opening mark follows a space or punctuation and a closing mark is not followed by a
    letter, so apostrophes (you’re, Baker’s, ’90s) never pair."""
    out: list[RawQuote] = []
    open_at = None
    for i in range(outer.start, outer.end + 1 if outer.close_mark > 0 else outer.end):
        ch = text[i] if i < len(text) else ""
        if ch not in _INNER_OPEN and ch not in _INNER_CLOSE:
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if open_at is None:
            if ch in _INNER_OPEN and (prev.isspace() or prev in "([{,:;\u2014\u2013-\"\u201c") \
                    and nxt.isalnum():
                open_at = i
        elif ch in _INNER_CLOSE and not nxt.isalnum() and prev not in " \t":
            s, e = open_at + 1, i
            while e > s and text[e - 1] in " ,":
                e -= 1
            if _WORD.search(text[s:e]):
                out.append(RawQuote(start=s, end=e, text=text[s:e], open_mark=open_at,
                                    close_mark=i, para=outer.para, how="nested"))
            open_at = None
    return out


def looks_like_title(s: str) -> bool:
    """Title Case with no sentence punctuation: 'Once Upon a Time in Hollywood'."""
    s = s.strip()
    if not s or s[-1] in ".!?,;:\u2026":
        return False
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", s)
    if not words or len(words) > 10:
        return False
    significant = [w for i, w in enumerate(words) if len(w) > 3 or i == 0]
    return all(w[0].isupper() for w in significant)
