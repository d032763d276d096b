"""Long names of bodies written with a word slipped: "Academy of Motion Pictures Arts and
Sciences", "Directers Guild of America".

The fuzzy passes of the linker compare windows of two to four capitalised words, which is how
people's names and titles are misspelt. An organisation's name is longer and has
grammar words in it ("of", "and", "for"), so a slip in it is found here: a run of the text
whose content words, in order, are a KB name's content words but for one or two of them, each
one that differs being the same word in the other number ("Pictures" for "Picture") or a
letter or two off (not another English word). A run that differs only in its grammar words or
an ampersand ("Arts & Sciences") is the same name written another way, not a misspelling.
"""
from __future__ import annotations

from typing import Optional

from rapidfuzz.distance import OSA

from .fold import fold_key
from .words import is_english_word, is_function_word

# kinds of entity whose long names are read here (people and films have passes of their own;
# a prize's name in the other number is usage, "the Academy Awards for Best Picture")
_TYPES = ("organization",)
_MIN_WORDS = 3       # content words a name must have to be read here
_MAX_DIFFERENT = 2   # content words that may differ from the KB name's
_MAX_JOINERS = 3     # grammar words in a row inside a name ("of the", "and the")

_NAMES: dict[str, dict] = {}   # KB path -> {first content word's first letter: [(words, id)]}


def _content(words: list[str]) -> list[str]:
    return [w for w in words if not is_function_word(w)]


def long_names(kb) -> dict:
    """The KB's long names of bodies, by the first letter of their first content
    word: [(content words, entity id, label)] (read once per KB)."""
    key = str(getattr(kb, "path", id(kb)))
    got = _NAMES.get(key)
    if got is None:
        got = {}
        marks = ",".join("?" * len(_TYPES))
        rows = kb._con().execute(
            f"SELECT a.alias, a.entity_id, e.label FROM aliases a JOIN entities e "
            f"ON e.id = a.entity_id WHERE e.type IN ({marks})", _TYPES).fetchall()
        for alias, eid, label in rows:
            if any(ch.isdigit() for ch in alias):
                continue
            words = _content(fold_key(alias).replace("&", " and ").split())
            if len(words) >= _MIN_WORDS:
                got.setdefault(words[0][:1], []).append((words, eid, label))
        _NAMES[key] = got
    return got


def _same_word(a: str, b: str) -> bool:
    """`a` is `b` in the other number (picture/pictures, academy/academies)."""
    for x, y in ((a, b), (b, a)):
        if x == y + "s" or x == y + "es" or (y.endswith("y") and x == y[:-1] + "ies"):
            return True
    return False


def _slipped(a: str, b: str) -> bool:
    """`a` is `b` with a letter or two wrong, and not another English word."""
    if a[:1] != b[:1] or is_english_word(a):
        return False
    return OSA.distance(a, b, score_cutoff=2) <= (2 if len(b) >= 8 else 1)


def match(words: list[str], names: dict) -> Optional[tuple[str, str, bool]]:
    """(entity id, label, misspelt) of the one long KB name these content words are, or None."""
    hits = {}
    for name, eid, label in names.get(words[0][:1], ()):
        if len(name) != len(words):
            continue
        diff = [(a, b) for a, b in zip(words, name) if a != b]
        if len(diff) > _MAX_DIFFERENT or len(diff) == len(name):
            continue
        if all(_same_word(a, b) or _slipped(a, b) for a, b in diff):
            hits.setdefault(eid, (label, bool(diff)))
    if len(hits) != 1:
        return None
    eid, (label, slipped) = next(iter(hits.items()))
    return eid, label, slipped


def runs(tokens: list, text: str) -> list[list]:
    """Runs of capitalised words joined by grammar words (at most `_MAX_JOINERS` in a row) or
    an ampersand, each opening and closing on a capitalised word (one pass over the tokens)."""
    out, cur, pending = [], [], []
    for i, t in enumerate(tokens):
        gap = text[tokens[i - 1].end:t.start] if i else ""
        joined = bool(cur) and gap.strip() in ("", "&") and "\n" not in gap
        if t.capitalised and not is_function_word(t.folded):
            if joined:
                cur += pending
            else:
                if len(cur) >= _MIN_WORDS:
                    out.append(cur)
                cur = []
            cur.append(t)
            pending = []
        elif joined and is_function_word(t.folded) and len(pending) < _MAX_JOINERS:
            pending.append(t)
        else:
            if len(cur) >= _MIN_WORDS:
                out.append(cur)
            cur, pending = [], []
    if len(cur) >= _MIN_WORDS:
        out.append(cur)
    return out
