"""Misspelled names: a capitalised name close to, but not equal to, a KB name.

Precision matters more than recall here: a false "misspelled" flag on an ordinary word or on a
legitimate name costs an editor's trust. So a candidate must start with the same letter in every
word, differ by one or two edits (three for long full names), share at least one word exactly
when it has several, and be compared only against names in its blocking bucket (same first
letter, same word count, similar length). Single words get stricter rules still.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional

from rapidfuzz.distance import OSA

from .index import FUZZY_GLOBAL_MIN, FUZZY_TYPES, NameIndex

if TYPE_CHECKING:
    from .sqlindex import SqliteNames


@dataclass(slots=True)
class FuzzyHit:
    entity_id: str
    name: str          # the folded KB name it is close to
    distance: int
    similarity: float


def _max_edits_multi(n: int) -> int:
    return 1 if n < 10 else 2 if n < 20 else 3


_VOWELS = frozenset("aeiouy")


def _sound(w: str) -> str:
    """Spellings that sound alike compare alike: Kwan/Quan, Filip/Philip, Jaxon/Jackson, Kulkin/
    Culkin (a hard c before a, o, u, l, r is a k), Brodie/Brody, Moonlite/Moonlight."""
    w = w.replace("qu", "kw").replace("ph", "f").replace("ck", "k").replace("ight", "ite")
    # ("Moonlite" for "Moonlight": the -ite of a spelling by ear; an x before a vowel is the
    # ks it sounds, Jaxon/Jackson; a final x is left, so "Cox" stays two letters off "Coco")
    if "x" in w:
        w = "".join("ks" if c == "x" and w[i + 1:i + 2] in _VOWELS else c
                    for i, c in enumerate(w)).replace("kks", "ks")
    if "ie" in w:   # a word ending -ie sounds as one ending -y: Brodie/Brody, Mikie/Mikey
        w = " ".join(x[:-2] + "y" if len(x) > 3 and x.endswith("ie") else x for x in w.split(" "))
    if "c" in w:
        w = "".join("k" if c == "c" and w[i + 1:i + 2] in ("a", "o", "u", "l", "r") else c
                    for i, c in enumerate(w))
    return w


def _dropped(short: str, long: str) -> bool:
    """`short` is `long` with letters left out (in order: "fines" in "fiennes")."""
    if len(short) >= len(long):
        return False
    it = iter(long)
    return all(c in it for c in short)


def _consonants(w: str) -> str:
    """The consonants a name word is heard with, in order: what stays when only the vowels,
    a doubled letter or a silent letter differ (Vivian/Vivien, Michele/Michelle, Jon/John,
    Stephen/Steven, Thomson/Thompson, Glaser/Glazer all keep theirs)."""
    w = _sound(w)
    for a, b in (("mps", "ms"), ("mpt", "mt"), ("ge", "je"), ("gi", "ji"), ("z", "s"),
                 ("v", "f")):
        w = w.replace(a, b)
    out: list[str] = []
    after_vowel = False
    for i, c in enumerate(w):
        if c in _VOWELS:
            after_vowel = True
            continue
        if c == "h" and after_vowel and w[i + 1:i + 2] not in _VOWELS:
            continue   # a silent h after a vowel ("John", "Sarah")
        after_vowel = False
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _another_name(known: Callable[[str], bool], a: str, b: str) -> bool:
    """The word `a`, written where a KB name has `b`, is itself a word of the KB's names and is
    heard with other consonants: another name ("John" beside Joan Cusack, "Adam" beside Alan
    Arkin, "Baker" beside Kathy Bates), someone the KB may lack, not a slip of the pen. A word
    the KB knows is never a one-word misspelling either (`match_single`)."""
    return _consonants(a) != _consonants(b) and known(a)


def _plural_pair(a: str, b: str) -> bool:
    """Daniel/Daniels, Edward/Edwards: distinct surnames, not one misspelling the other."""
    return a == b + "s" or b == a + "s"


def _pet_form(a: str, b: str) -> bool:
    """One given name is the other with a pet-name ending (Mike/Mikey, Joe/Joey, Rob/Robbie):
    another form of the name (or someone else's), not a letter slipped."""
    for x, y in ((a, b), (b, a)):
        for end in ("y", "ie", "ey"):
            if len(x) >= 3 and (y == x + end or x + x[-1] + end == y):
                return True
    return False


def _undoubled(a: str, b: str, words, names) -> bool:
    """Whether `a` is the KB name word `b` with its doubled letter written once, and every
    other word is the name's own: "Demi More" is Demi Moore misspelt, though "more" is an
    ordinary word ("Director Baker" is still no one's misspelling)."""
    if len(b) != len(a) + 1 or sum(x != y for x, y in zip(words, names)) != 1:
        return False
    return any(b[i] == b[i + 1] and b[:i] + b[i + 1:] == a for i in range(len(b) - 1))


def match_multi(idx: "NameIndex | SqliteNames", folded_tokens: list[str],
                type_of: Callable[[str], Optional[str]],
                prefer: set[str], common: Callable[[str], bool],
                types: frozenset = FUZZY_TYPES) -> Optional[FuzzyHit]:
    """Best KB name (2-4 words) close to these words, or None.

    A word that differs from the KB name must not be an ordinary word ("Director Baker" is
    not a misspelling of anyone).
    """
    key = " ".join(folded_tokens)
    maxd = _max_edits_multi(len(key))
    best: Optional[FuzzyHit] = None
    best_rank: tuple = ()
    for name, eid, ntoks in idx.lookup_multi(folded_tokens):
        if name == key:
            return None  # the exact spelling of some KB name: not a misspelling
        if "." in name and "." not in key:
            # the text's words carry no full stops ("Gary D Roacch" is read as gary, d,
            # roacch): an initial's stop is no letter the writer got wrong
            name = name.replace(".", "")
            ntoks = tuple(t.replace(".", "") for t in ntoks)
            if name == key:
                return None
        if abs(len(name) - len(key)) > maxd:
            continue
        if any(_sound(a)[:1] != _sound(b)[:1] or (a != b and (
                common(a) and not _undoubled(a, b, folded_tokens, ntoks)
                or _plural_pair(a, b))) for a, b in zip(folded_tokens, ntoks)):
            continue
        if _pet_form(folded_tokens[0], ntoks[0]):
            continue   # "Mike Madison": another form of the given name, not a slip
        if eid not in prefer and type_of(eid) == "person" and any(
                a != b and _another_name(idx.known, a, b) for a, b in zip(folded_tokens, ntoks)):
            continue   # "Adam Arkin" beside Alan Arkin's film is not Alan Arkin misspelt (a
            # person the text names in full is judged by the linker: `_Linker._someone_else`)
        d = min(OSA.distance(key, name, score_cutoff=maxd),
                max(1, OSA.distance(_sound(key), _sound(name), score_cutoff=maxd)))
        if d > maxd:
            continue
        sim = 1.0 - d / max(len(key), len(name))
        # a name the piece also writes correctly may be misspelt further ("Bong Jong-ho" in a
        # piece on Bong Joon-ho: two letters of twelve)
        if sim < (0.8 if eid in prefer else 0.85) and not (d <= 2 and _dropped(key, name)):
            continue   # a letter or two left out ("Ralph Fines") is a misspelling at any length
        if type_of(eid) not in types:
            continue
        rank = (d, eid not in prefer, -sim)
        if best is None or rank < best_rank:
            best, best_rank = FuzzyHit(eid, name, d, sim), rank
    return best


def match_single(idx: "NameIndex | SqliteNames", token: str, type_of: Callable[[str], Optional[str]],
                 in_doc: set[str], strict: bool) -> Optional[FuzzyHit]:
    """Best KB surname or one-word name close to `token` (folded), or None.

    Short words (< 8 letters) only count when the entity they resemble is already named in the
    document, and `strict` (sentence-initial) short words only one letter off someone so
    named ("Erivio also sang" after "Cynthia Erivo"): both keep ordinary words out.
    """
    n = len(token)
    if n < 5 or idx.known(token):
        return None
    if token.endswith("s") and not token.endswith("ss") and idx.known(token[:-1]):
        return None   # a KB name's plural or possessive ("the Zakharovs", "Nolans"): that
        # name inflected, not a slip of another close to it
    short_start = n < FUZZY_GLOBAL_MIN and strict
    maxd = 1 if n < 10 or short_start else 2
    best: Optional[FuzzyHit] = None
    best_rank: tuple = ()
    for name, eid, is_surname in idx.lookup_single(token, in_doc):
        if name[:1] != token[:1] or name == token:
            continue
        if (name.startswith(token) or token.startswith(name)) \
                and token != name + name[-1]:
            continue  # "Bakers", "Madisons": inflections, not misspellings ("Quann" for
            # "Quan", its last letter doubled, is a slip)
        if n < FUZZY_GLOBAL_MIN and eid not in in_doc:
            continue  # (checked before the distance: most candidates end here in a big KB)
        d = OSA.distance(token, name, score_cutoff=maxd)
        if d == 0 or d > maxd:
            continue
        if (n < FUZZY_GLOBAL_MIN or d > 1) and eid not in in_doc:
            continue  # two edits away only for someone the text already names
        etype = type_of(eid)
        if etype not in FUZZY_TYPES or (is_surname and etype == "film"):
            continue
        sim = 1.0 - d / max(n, len(name))
        # the word means what its right spelling would: a whole one-word name ("Oppenheimer"
        # the film) before the surname of a longer one (Deborah Oppenheimer)
        rank = (d, eid not in in_doc, is_surname, -sim)
        if best is None or rank < best_rank:
            best, best_rank = FuzzyHit(eid, name, d, sim), rank
    return best
