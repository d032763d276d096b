"""A length-preserving fold, so a match found in folded text is a span of the original text.

`reelcheck.textutil.fold` may change a string's length (it decomposes accents and collapses
spaces), which is right for comparing names but useless for locating them. Here every code point
maps to exactly one code point: lower-cased, accent stripped, apostrophes, quotes, dashes and
whitespace unified. Offsets into the folded text are therefore offsets into the original.
"""
from __future__ import annotations

import itertools
import re
import unicodedata

from ..textutil import PLAIN_LETTERS

_SPECIAL = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    # hyphens and dashes are word breaks: "Bong Joon-ho" is "Bong Joon Ho", "Day-Lewis" is
    # "Day Lewis" (the KB's aliases.norm does the same: link/variants.name_norm)
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ",
    "\u2212": " ",
}


class _FoldTable(dict):
    """`str.translate` table that computes (and remembers) each code point's fold on demand."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        out = _fold_char(ch)
        self[cp] = out
        return out


def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch in PLAIN_LETTERS:
        return PLAIN_LETTERS[ch].lower()
    if ch.isspace():
        return " "
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if len(base) == 1:
        low = base.lower()
        if len(low) == 1:
            return low
        return base
    low = ch.lower()
    return low if len(low) == 1 else ch


_TABLE = _FoldTable()
# Pre-fill ASCII so the common case never reaches __missing__.
for _cp in range(128):
    _TABLE[_cp]  # noqa: B018 - fills the table
_TABLE[ord("-")] = " "


def fold_keep_length(text: str) -> str:
    """Fold `text` so that `len(result) == len(text)` and position i still means character i."""
    return text.translate(_TABLE)


_WS = re.compile(r" +")


def fold_key(name: str) -> str:
    """The automaton key for a KB name: the same fold, with runs of spaces collapsed."""
    return _WS.sub(" ", fold_keep_length(name)).strip()




# How a title's subtitle is set off: a colon, or a dash between spaces (three spaces, folded)
_SUBTITLE_MARK = re.compile("(: |   )")


def subtitle_keys(name: str) -> list[str]:
    """The keys of a name whose parts a colon or a spaced dash sets apart, with each such
    mark written either way, as text folds it ("Mission: Impossible - Dead Reckoning Part
    One" with its dash as three spaces, "Star Trek: The Motion Picture" for "Star Trek - The
    Motion Picture"): the same title, so the automaton matches it too. Empty for a name with
    no such mark (`fold_key` alone is its key)."""
    pieces = _SUBTITLE_MARK.split(fold_keep_length(name).strip())
    if len(pieces) == 1 or len(pieces) > 7:
        return []
    key = fold_key(name)
    out: list[str] = []
    for marks in itertools.product(_SUBTITLE_FORMS, repeat=len(pieces) // 2):
        v = pieces[0] + "".join(m + p for m, p in zip(marks, pieces[2::2]))
        if v != key and v not in out:
            out.append(v)
    return out


_SUBTITLE_FORMS = (": ", "   ")
