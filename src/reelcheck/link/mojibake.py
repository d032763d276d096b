"""Text decoded through the wrong code page ("GascÃ³n" for "Gascón", "PÃ©rez" for "Pérez").

A UTF-8 letter read as Windows-1252 (or Latin-1) becomes two or three characters: a lead
(Ã, Â, Ä, Å, ..., â) and continuation characters whose bytes are 0x80-0xBF (³, ©, ±, €,
™, a soft hyphen). `repair` turns each such sequence back into the one character it was, and
keeps a map from each repaired position to the original one, so names found in the repaired
text are spans of the original. A sequence is repaired only when its bytes are valid UTF-8 and make a letter or a
typographic mark (an apostrophe, a quote, a dash).
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


def repair(text: str) -> tuple[str, list[int], list[bool]]:
    """(repaired text, original offset of each repaired character plus one past the end,
    whether each repaired character was repaired). The text itself when nothing is to mend."""
    fixes = [(m.start(), got) for m in _LEAD.finditer(text)
             if (got := _sequence(text, m.start())) is not None]
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
