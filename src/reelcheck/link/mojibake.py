"""Text decoded through the wrong code page ("GascÃ³n" for "Gascón", "PÃ©rez" for "Pérez").

A UTF-8 letter read as Windows-1252 (or Latin-1) becomes two or three characters: a lead
(Ã, Â, Ä, Å, ..., â) and continuation characters whose bytes are 0x80-0xBF (³, ©, ±, €,
™, a soft hyphen). `repair` turns each such sequence back into the one character it was, and
keeps a map from each repaired position to the original one, so names found in the repaired
text are spans of the original. A sequence is repaired only when its bytes are valid UTF-8 and make a letter or a
typographic mark (an apostrophe, a quote, a dash).

Two marks often reach us with a byte lost on the way (`_broken_mark`), and what is left is
glued to the word before: a closing double quote (E2 80 9D) whose last byte Windows-1252 has
no character for, dropped or shown as U+FFFD ("\u201cAnora\u00e2\u20ac" for \u201cAnora\u201d), and a
no-break space (C2 A0) whose second byte became a plain space ("Madison\u00c2 won"). Both are
mended to the mark they were, so the name before them is read as written.
"""
from __future__ import annotations

import re
from typing import Optional


def _byte(c: str) -> Optional[int]:
    """The byte a character stands for when UTF-8 was read as Windows-1252 or Latin-1."""
    o = ord(c)
    if o < 256:
        return o
    try:
        b = c.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return b[0] if len(b) == 1 else None


def _sequence(text: str, i: int) -> Optional[tuple[str, int]]:
    """(the character, characters used) of a mis-decoded UTF-8 sequence at `i`, if one."""
    b0 = _byte(text[i])
    if b0 is None or not 0xC2 <= b0 <= 0xEF:
        return None
    n = 2 if b0 <= 0xDF else 3
    raw = [b0]
    for c in text[i + 1:i + n]:
        b = _byte(c)
        if b is None or not 0x80 <= b <= 0xBF:
            return None
        raw.append(b)
    if len(raw) != n:
        return None
    try:
        ch = bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return None
    # a letter or typographic punctuation, what such text is made of ("Ü°" stays as it is)
    return (ch, n) if ch.isalpha() or ch in _PUNCT else None


_PUNCT = frozenset("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u20ac\u2122\u00a0")


_LEAD = re.compile("[\u00c2-\u00ef]")


_REPLACEMENT = "\ufffd"


def _broken_mark(text: str, i: int) -> Optional[tuple[str, int]]:
    """(the mark, characters used) of a typographic mark at `i` that lost its last byte:
    "\u00e2\u20ac" not followed by a continuation character is a closing double quote (E2 80 9D:
    0x9D is the one byte of the E2 80 marks Windows-1252 leaves undefined), its lost byte
    dropped or shown as U+FFFD; "\u00c2" glued to the end of a word and followed by a space is a
    no-break space whose second byte (A0) was turned into that space."""
    c = text[i]
    if c == "\u00e2" and text[i + 1:i + 2] == "\u20ac":
        b = _byte(text[i + 2]) if i + 2 < len(text) else None
        if b is not None and 0x80 <= b <= 0xBF:
            return None    # (a whole sequence, for `_sequence` to read or leave)
        return ("\u201d", 3) if text[i + 2:i + 3] == _REPLACEMENT else ("\u201d", 2)
    if c == "\u00c2" and i > 0 and (text[i - 1].islower() or text[i - 1].isdigit()
                                or text[i - 1] in ".,;:!?)\u2019\u201d") \
            and text[i + 1:i + 2] in (" ", "\n", ""):
        return "\u00a0", 2 if text[i + 1:i + 2] == " " else 1
    return None


def repair(text: str) -> tuple[str, list[int], list[bool]]:
    """(repaired text, original offset of each repaired character plus one past the end,
    whether each repaired character was repaired). The text itself when nothing is to mend."""
    fixes = [(m.start(), got) for m in _LEAD.finditer(text)
             if (got := _sequence(text, m.start()) or _broken_mark(text, m.start())) is not None]
    if not fixes:
        return text, [], []    # (accented letters, none of them mis-decoded)
    out: list[str] = []
    back: list[int] = []
    fixed: list[bool] = []
    at = 0
    for i, (ch, used) in fixes:
        out.append(text[at:i])
        back.extend(range(at, i))
        fixed.extend([False] * (i - at))
        out.append(ch)
        back.append(i)
        fixed.append(True)
        at = i + used
    out.append(text[at:])
    back.extend(range(at, len(text)))
    fixed.extend([False] * (len(text) - at))
    back.append(len(text))
    return "".join(out), back, fixed
