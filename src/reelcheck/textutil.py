"""Small text helpers shared by the KB, the linker and the quote matcher.

One normalisation for names everywhere, so that an alias stored in the KB and a name found in an
article compare equal when a reader would say they are the same spelling.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                       "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_WS = re.compile(r"\s+")
# letters that carry no accent to strip but that English text writes as a plain letter
# ("Guðnadóttir" as "Gudnadottir", "Tromsø" as "Tromso", "Paweł" as "Pawel"); one letter each,
# so the linker's length-keeping fold (link/fold.py) makes the same choice
PLAIN_LETTERS = {"ð": "d", "Ð": "D", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l",
                 "Ł": "L", "ı": "i", "ħ": "h", "Ħ": "H"}
_PLAIN = str.maketrans(PLAIN_LETTERS)


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower-case, strip accents, unify apostrophes/dashes, collapse spaces."""
    return _accentless(s).translate(_PLAIN)


def _accentless(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_APOS))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return _WS.sub(" ", s).strip().lower()


def slug(s: str) -> str:
    """A stable id fragment from a name: 'Anora (2024 film)' -> 'anora-2024-film'. (Ids made
    before `PLAIN_LETTERS` keep their form: such a letter is dropped, as it always was.)"""
    f = _accentless(s)
    f = re.sub(r"[^a-z0-9]+", "-", f).strip("-")
    return f or "x"


def year_month(value) -> Optional[tuple[int, Optional[int]]]:
    """(year, month or None) of a date written year first ("2025-03-16", "2025-03 (post-
    Oscars)", "2025"), or None for anything else ("about a week after the Oscars")."""
    parts = str(value or "")[:7].split("-")
    if len(parts[0]) != 4 or not parts[0].isdigit():
        return None
    return int(parts[0]), int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


# -- words a scraper glued together where it lost a space (link/tokens.py, nlp.Unglue) ------------
# grammar words glued onto the word after them ("theAcademy", "atthe"): articles, prepositions,
# conjunctions, copulas; not "any", "every", "under", "front", which start compounds
GLUE_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "but", "for",
                        "with", "from", "by", "as", "about", "is", "was", "were", "that", "this",
                        "who", "into", "onto"})
# grammar words glued onto the end of a lowercase word ("abouta")
GLUE_ENDS = frozenset({"a", "an", "the", "of", "and", "to", "is", "was"})
# the words a name is glued to ("Gascóndid"); never "and" (Holland, Cleveland)
GLUE_AFTER_NAME = frozenset({"did", "was", "were", "has", "had", "who"})
