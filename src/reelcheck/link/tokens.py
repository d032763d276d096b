"""Word tokens with offsets, and the few facts about a token the linker asks for.

Possessive endings are cut off ("Baker's" -> "Baker") so a name's span never includes the 's,
and tokens are grouped into runs of capitalised words ("Mikey Maddison"), which is where
proper names and their misspellings live.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable

from ..textutil import GLUE_AFTER_NAME, GLUE_WORDS
from .fold import fold_keep_length

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc\-][^\W\d_]+)*")
_NUMBER = re.compile(r"\b\d+\b")
_OPENERS = " \t\r\f\v\u00a0\"'\u201c\u2018([*_"
_ENDERS = ".!?\n\u2026"


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    folded: str
    capitalised: bool
    all_caps: bool
    run: int = -1          # index of the run of capitalised tokens it belongs to (-1: none)


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    folded = fold_keep_length(text)  # length-preserving: one pass, then slices per word
    for m in _WORD.finditer(text):
        s, e = m.start(), m.end()
        w = m.group()
        if len(w) > 2 and w[-2] in "'\u2019\u02bc" and w[-1] in "sS":
            e -= 2
            w = w[:-2]
        out.append(Token(s, e, w, folded[s:e], w[0].isupper(),
                         len(w) > 1 and w.isupper()))
    _mark_runs(text, out)
    return out


def with_numbers(text: str, toks: list[Token]) -> list[Token]:
    """`toks` with the numbers written in figures between them ("Inside Out 2", "Blade Runner
    2049", "4 Months, 3 Weeks and 2 Days") as tokens of their own, for passes that compare
    whole titles. A number stands in a title as a capitalised word does; it belongs to no run
    of names."""
    nums = [Token(m.start(), m.end(), m.group(), m.group(), True, False)
            for m in _NUMBER.finditer(text)]
    if not nums:
        return toks
    return sorted(toks + nums, key=lambda t: t.start)


# -- words a scraper glued together ("theAcademy Awards", "Karla Gascóndid not win") -------------
def glued_before(text: str, s: int) -> bool:
    """The capitalised word at `s` is glued onto a lowercase grammar word before it
    ("theAcademy"): a space a scraper lost, not one word."""
    i = s
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    head = text[i:s]
    return bool(head) and head.islower() and text[s].isupper() and head in GLUE_WORDS


def glued_after(text: str, e: int) -> bool:
    """A word a name is glued to ends the name at `e` ("Gascóndid not"): the rest of the word
    is that word alone."""
    j = e
    while j < len(text) and text[j].isalpha():
        j += 1
    tail = text[e:j]
    return tail in GLUE_AFTER_NAME and text[e - 1].isalpha()


def unglue(text: str, toks: list[Token], known: Callable[[str], bool]) -> list[Token]:
    """Split the words a scraper glued together: a grammar word before a capitalised one
    ("theAcademy") and a grammar word after a name word of the KB ("Gascóndid", where
    "gascon" is a KB name word and "gascondid" is none). Runs are marked again after."""
    out: list[Token] = []
    changed = False
    for t in toks:
        w = t.text
        cut = next((k for k in range(2, len(w) - 1) if w[k].isupper() and w[k - 1].islower()
                    and glued_before(text, t.start + k)), None) if w[:1].islower() else None
        if cut is None and t.capitalised and len(w) >= 7 and not known(t.folded):
            cut = next((k for k in range(len(w) - 3, 3, -1)
                        if glued_after(text, t.start + k) and known(t.folded[:k])), None)
        if cut is None:
            out.append(t)
            continue
        changed = True
        a, b = w[:cut], w[cut:]
        out.append(Token(t.start, t.start + cut, a, t.folded[:cut], a[0].isupper(),
                         len(a) > 1 and a.isupper()))
        out.append(Token(t.start + cut, t.end, b, t.folded[cut:], b[0].isupper(),
                         len(b) > 1 and b.isupper()))
    if changed:
        for t in out:
            t.run = -1
        _mark_runs(text, out)
    return out


def _mark_runs(text: str, toks: list[Token]) -> None:
    """Consecutive capitalised tokens separated by plain spaces share a run id."""
    run = -1
    prev: Token | None = None
    for t in toks:
        if not t.capitalised:
            prev = None
            continue
        if prev is not None and (_joinable(text[prev.end:t.start]) or _after_initial(prev, text, t)):
            t.run = prev.run
        else:
            run += 1
            t.run = run
        prev = t


def _after_initial(prev: Token, text: str, t: Token) -> bool:
    """'G. Iñárritu', 'J. Miles Dale': an initial and its period do not end a name; a rating
    letter after its cue ("is rated R. Anora ...") is no initial."""
    if not (len(prev.text) == 1 and prev.text.isupper() and text[prev.end:t.start] in (". ", ".")):
        return False
    from ..claims.text import rating_letter   # (lazily: the claims package imports the linker)
    return not rating_letter(text[max(0, prev.start - 40):prev.end + 1])


def _joinable(gap: str) -> bool:
    return 0 < len(gap) <= 2 and all(c in " \t\u00a0" for c in gap)


def sentence_initial(text: str, start: int) -> bool:
    """True when the word at `start` opens a sentence, line or the text."""
    i = start - 1
    while i >= 0:
        c = text[i]
        if c == "\n":
            return True
        if c in _OPENERS:
            i -= 1
            continue
        return c in _ENDERS or c == ":"
    return True


_HEAD_END = ".!?:;,\"'\u201d\u2019)"


def in_headline(text: str, pos: int, cache: dict) -> bool:
    """True when `pos` lies on a short title-case line ("The Story Beneath the Neon").

    In headlines every word is capitalised, so capitals say nothing about names there.
    `cache` is per document (line starts are found once, so long texts stay linear).
    """
    starts = cache.get("starts")
    if starts is None:
        starts = cache["starts"] = [0] + [m.end() for m in re.finditer("\n", text)]
    k = bisect.bisect_right(starts, pos) - 1
    hit = cache.get(k)
    if hit is None:
        ls = starts[k]
        le = starts[k + 1] - 1 if k + 1 < len(starts) else len(text)
        line = text[ls:le].strip() if le - ls <= 400 else ""
        words = [w for w in _WORD.findall(line) if len(w) > 3]
        hit = (0 < len(line) <= 120 and line[-1] not in _HEAD_END and bool(words)
               and sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words))
        cache[k] = hit
    return hit
