"""Small text helpers shared by the KB, the linker and the quote matcher.

One normalisation for names everywhere, so that an alias stored in the KB and a name found in an
article compare equal when a reader would say they are the same spelling.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                       "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_WS = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower-case, strip accents, unify apostrophes/dashes, collapse spaces."""
    s = unicodedata.normalize("NFKD", s.translate(_APOS))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return _WS.sub(" ", s).strip().lower()


def slug(s: str) -> str:
    """A stable id fragment from a name: 'Anora (2024 film)' -> 'anora-2024-film'."""
    f = fold(s)
    f = re.sub(r"[^a-z0-9]+", "-", f).strip("-")
    return f or "x"
