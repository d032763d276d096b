"""`link_names`: every mention of a KB entity in a document, in text order, never overlapping.

Four passes, most certain first, each only over text the earlier ones left free:
1. exact names and aliases (one Aho-Corasick scan of the folded text, longest match wins);
2. misspelled full names (runs of 2-4 capitalised words close to a KB name);
3. partial names ("Baker" once "Sean Baker" has appeared; a KB-unique surname otherwise);
4. misspelled single surnames ("Karagullian").
"""
from __future__ import annotations

import bisect
from array import array
from typing import Optional

from rapidfuzz.distance import OSA, Levenshtein

from ..model import Document, EntityRef, Mention
from . import bodies
from .context import film_doing_after, film_or_character, title_cued
from .fold import fold_keep_length
from .fuzzy import _another_name, _pet_form, _sound, match_multi, match_single
from .index import FUZZY_TYPES, NICK_KINDS, AliasGroup, _kb_key, index_for
from .mojibake import repair
from .tokens import Token, glued_after, glued_before, in_headline, sentence_initial, tokenize, unglue
from .variants import PARTICLES, initials_compatible, name_norm, name_words
from .words import (HONORIFICS, KIN_WORDS, OTHER_ROLES, WORK_WORDS, is_common,
                    is_english_word, is_function_word)

_KIND_RANK = {"label": 0, "alias": 1, "birth_name": 1, "translation": 2, "nickname": 3,
              "character_name": 3, "misspelling": 4}
# A name several kinds of entity share: a person, then an event, an award or a place ("Cannes",
# "Brooklyn"), then a film of that title, unless the text ties the film to itself (see
# `_reresolve`: "Saoirse Ronan was nominated for Brooklyn").
_TYPE_RANK = {t: i for i, t in enumerate(
    ("person", "festival", "ceremony", "award", "place", "film", "character", "organization",
     "work", "other"))}
_MAX_ALTERNATIVES = 8
_TIED_TITLES: dict[tuple[str, str], list] = {}
# What ties a KB entity to a text: the specific films, people and editions it names. An award
# category or a place is shared by too many entities to tie anything.
_TIE_TYPES = frozenset({"film", "person", "ceremony", "festival", "character"})
_PARTIAL_TYPES = ("person", "character")
# Letters written out where a keyboard or a style lacks them (German, Nordic).
_SPELT_OUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "å": "aa",
              "Å": "Aa", "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss"}
_DETERMINERS = frozenset("the a an her his their its our my your".split())


def link_names(doc: Document, kb, backend: Optional[str] = None) -> list[Mention]:
    """Find every mention of a KB entity in `doc.text`; sorted by start, non-overlapping.

    `backend` ("memory" | "sqlite" | "auto") overrides $REELCHECK_LINK_BACKEND; both give the
    same mentions (see index.py).
    """
    text = doc.text or ""
    if not text.strip():
        return []
    idx = index_for(kb, backend)
    if idx.empty:
        return []
    mended, back, fixed = repair(text)
    if not back:
        return _Linker(text, kb, idx).run()
    return [_unmend(m, text, back, fixed) for m in _Linker(mended, kb, idx).run()]


def _unmend(m: Mention, text: str, back: list[int], fixed: list[bool]) -> Mention:
    """A mention found in the mended text, as a span of the original: a letter of it that was
    mojibake ("GascÃ³n") makes the name misspelt in the original."""
    s, e = back[m.start], back[m.end]
    issue, suggestion = m.issue, m.suggestion
    if issue == "none" and any(fixed[i] and m.text[i - m.start].isalpha()
                               for i in range(m.start, m.end)):
        issue, suggestion = "misspelled", m.entity.label
    return Mention(s, e, text[s:e], m.entity, m.entity_type, issue, suggestion, m.score, m.how)


def mentions_in(span_start: int, span_end: int, mentions: list[Mention]) -> list[Mention]:
    """Mentions lying wholly inside [span_start, span_end) (`mentions` sorted by start)."""
    starts = [m.start for m in mentions]
    i = bisect.bisect_left(starts, span_start)
    out = []
    while i < len(mentions) and mentions[i].start < span_end:
        if mentions[i].end <= span_end:
            out.append(mentions[i])
        i += 1
    return out


def _pick(ids: list[str], kinds: dict[str, str], types: dict[str, str],
          weight=lambda x: 0) -> tuple[str, str]:
    """The entity a name means among `ids` (kind rank, then type rank, then the one the KB
    knows most about -- the 1997 "Titanic" over the 1953 one --, then id) and whether another
    entity of the same type ties with it ("ambiguous")."""
    best_rank = min(_KIND_RANK.get(kinds[x], 5) for x in ids)
    ids = [x for x in ids if _KIND_RANK.get(kinds[x], 5) == best_rank]
    if len(ids) == 1:
        return ids[0], "none"
    ids.sort(key=lambda x: (_TYPE_RANK.get(types[x] or "other", 99), -weight(x), x))
    top_type = types[ids[0]]
    return ids[0], "ambiguous" if sum(1 for x in ids if types[x] == top_type) > 1 else "none"


def _fact_ids(f) -> set:
    """The entities a fact names: subject, object, and its film, ceremony and recipients."""
    q = f.qualifiers
    return {x for x in (f.subject, f.value if f.value_type == "entity" else None,
                        q.get("for_work"), q.get("film"), q.get("ceremony"),
                        *(q.get("recipients") or [])) if isinstance(x, str)}


def _plural_or_possessive(a: str, b: str) -> bool:
    """One word is the other with an s added: another name (Daniel/Daniels) or a possessive
    without its apostrophe ("Madisons"), not letters moved about. A doubled final s
    ("Curtiss" for Curtis) is a slip of the pen."""
    return (a == b + "s" and not b.endswith("s")) or (b == a + "s" and not a.endswith("s"))


# British and American spellings of one word (colour/color, theatre/theater, favourite/
# favorite, realise/realize, grey/gray): an accepted form, not a misspelling
# (of ordinary words, so only titles are compared: a person's name has one spelling)
_UK_US = (("our", "or"), ("ise", "ize"), ("isa", "iza"), ("yse", "yze"), ("grey", "gray"))
_UK_US_END = (("tre", "ter"), ("tres", "ters"), ("ogue", "og"), ("ogues", "ogs"))


# what follows -our in a word spelt -or in America: the word's end or a suffix (colours,
# favourite, honourable); "hours" (an -our one letter in) and "Missouri" are no such words
_OUR_ENDS = frozenset(("", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "less",
                       "er", "ers", "ism", "ist", "ists", "y", "ous", "ously"))


def _spelling_variant(a: str, b: str) -> bool:
    """`a` and `b` are one word in its British and American spellings."""
    if a == b or min(len(a), len(b)) < 4:
        return False
    for uk, us in _UK_US:
        for x, y in ((a, b), (b, a)):
            i = x.find(uk)
            while i >= 0:
                if x[:i] + us + x[i + len(uk):] == y and (
                        uk != "our" or i >= 2 and x[i + 3:] in _OUR_ENDS):
                    return True
                i = x.find(uk, i + 1)
    return any(x.endswith(uk) and x[:-len(uk)] + us == y
               for uk, us in _UK_US_END for x, y in ((a, b), (b, a)))


def _scrambled(words: list[str], name: list[str]) -> bool:
    """Each word has the name word's first letter, its length give or take one, and its letters
    but one or two (in any order); not the same words."""
    if words == name:
        return False
    total = 0
    for w, n in zip(words, name):
        if w[0] != n[0] or abs(len(w) - len(n)) > 1 or _plural_or_possessive(w, n):
            return False
        d = Levenshtein.distance("".join(sorted(w)), "".join(sorted(n)))
        if d > (2 if len(n) >= 5 and len(w) == len(n) else 1):
            return False    # a letter added or left out, the others only moved; or two
            # letters changed in a long word of the same length ("Bean" is not "Baker")
        total += d or (w != n)     # letters only moved still count as a change
    return 0 < total <= 3


def _undoubled(w: str) -> str:
    """The word with each doubled letter written once (Karren -> Karen)."""
    return "".join(c for i, c in enumerate(w) if i == 0 or w[i - 1] != c)


_JOINING_WORDS = frozenset("and but while whereas yet or".split())


def _clause_joint(gap: str) -> bool:
    """The words between two names are a comma and a word joining clauses (", and ", ", while
    "): what stands before ends one clause, what follows begins another."""
    return "," in gap and any(w in _JOINING_WORDS for w in fold_keep_length(gap).split())


def _one_slip(w: str, x: str) -> bool:
    """`w` is the name word `x` with one slip of the pen (two in a long word): its first
    letter, not an inflection of it ("Bakers") nor a longer or shorter word it begins."""
    if len(x) < 4 or w == x or w[0] != x[0] or _plural_or_prefix(w, x):
        return False
    return OSA.distance(w, x) <= (1 if len(x) < 8 else 2)


def _typing_slip(words: list[str], name: list[str]) -> bool:
    """Every word that differs from the name's is a slip of typing: a letter doubled or a
    double letter written once ("Maddison", "Reinsvee", "Farrel"), or only vowels changed
    ("Kieslowsky", "Hanake") -- not one consonant for another or a letter added, which make
    another real name ("Gove" / "Gore", "Daley" / "Daly")."""
    if len(words) != len(name):
        return False
    for w, n in zip(words, name):
        if w == n:
            continue
        short, long = sorted((w, n), key=len)
        if len(long) == len(short) + 1 and any(
                long[:k] + long[k + 1:] == short and long[k] == long[k - 1]
                for k in range(1, len(long))):
            continue
        if len(w) == len(n) and _skeleton(w) == _skeleton(n):
            continue
        return False
    return True


def _skeleton(w: str) -> str:
    return "".join(c for c in w if c not in "aeiouy")


def _grammar_gap(gap: str) -> bool:
    """Only grammar and film words (and brackets, commas, a possessive) between two names:
    'plays', 'as', "'s", ' (', ', the director'."""
    for w in fold_keep_length(gap).replace("'s", " ").replace("\u2019s", " ").split():
        w = w.strip("()[],:-\u2013\u2014'\"\u2018\u2019\u201c\u201d")
        if w and not (is_function_word(w) or is_common(w)
                      or (w.endswith("s") and is_function_word(w[:-1]))):
            return False
    return True


def _unpunct(w: str) -> str:
    """A name word without an apostrophe inside ("nyong'o" -> "nyongo", "o'brien")."""
    return w.replace("'", "").replace("\u2019", "") if len(w) > 2 else w


def _accent_slip(text: str, name: str) -> bool:
    """`text` is `name` (same letters) with an accent of another kind on a letter ("ò" for
    "ó") or an accent moved to another letter ("Peréz" for "Pérez"); an accent left out or
    added is no slip."""
    added = dropped = False
    for a, b in zip(text, name):
        if a == b or a.lower() == b.lower():
            continue
        a_acc, b_acc = not a.isascii(), not b.isascii()
        if a_acc and b_acc:
            return True
        added |= a_acc
        dropped |= b_acc
    return added and dropped


_OPEN_MARKS = "*_\"\u201c\u2018"
_CLOSE_MARKS = "*_\"\u201d\u2019"


_CARDINALS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
              "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth").split()
_ROMANS = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split()
_PLACE_IN_SERIES = {w: n for words in (_CARDINALS, _ORDINALS, _ROMANS)
                    for n, w in enumerate(words, 1)} | {str(n): n for n in range(1, 21)}


def _other_instalment(a: str, b: str) -> bool:
    """`a` and `b` both number a film in its series, and not the same one ("Part One" is not
    "Part Two" misspelt, "Volume 1" not "Volume 2"): another film of the series."""
    x, y = _PLACE_IN_SERIES.get(a), _PLACE_IN_SERIES.get(b)
    return x is not None and y is not None and x != y


def _number_variant(a: str, b: str) -> bool:
    """`a` is the word `b` in the other number: an s added or left out ("Holdover" for
    "Holdovers", "Pains"), -y / -ies ("Stories" for "Story"), -man / -men ("Old Man" for
    "Old Men")."""
    if a == b or min(len(a), len(b)) < 3:
        return False
    for x, y in ((a, b), (b, a)):
        if x == y + "s" and not y.endswith("s"):
            return True
        if y.endswith("y") and x == y[:-1] + "ies":
            return True
        if y.endswith("man") and x == y[:-3] + "men":
            return True
    return False


# A contraction of a title written out in full ("I Am Still Here" for "I'm Still Here")
_CONTRACTIONS = {
    "i'm": "i am", "you're": "you are", "we're": "we are", "they're": "they are",
    "it's": "it is", "that's": "that is", "there's": "there is", "what's": "what is",
    "who's": "who is", "he's": "he is", "she's": "she is", "i'll": "i will",
    "you'll": "you will", "we'll": "we will", "i've": "i have", "we've": "we have",
    "you've": "you have", "i'd": "i would", "don't": "do not", "doesn't": "does not",
    "didn't": "did not", "can't": "cannot", "won't": "will not", "isn't": "is not",
    "aren't": "are not", "wasn't": "was not", "weren't": "were not", "let's": "let us",
    "couldn't": "could not", "wouldn't": "would not", "shouldn't": "should not",
}


def _written_out(label: str) -> Optional[tuple[str, ...]]:
    """The words of a title with its contractions written out in full ("I'm Still Here" ->
    i am still here), or None when it has none."""
    words = label.replace("\u2019", "'").split()
    out = [_CONTRACTIONS.get(w.lower().strip(",.:;!?\"()"), w) for w in words]
    if out == words:
        return None
    return tuple(name_words(" ".join(out)))


def _plural_or_prefix(a: str, b: str) -> bool:
    """'Substances' / 'Substance', 'Brutal' / 'Brutalist': another form of the word, not a
    misspelling of it (a last letter dropped, 'Conclav', is a misspelling)."""
    if a == b + "s" or b == a + "s":
        return True
    return (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) >= 2


def _caps_ok(span: str, caps: list[bool]) -> bool:
    words = span.split()
    if len(words) != len(caps):
        return True
    return all(not need or not w[:1].isalpha() or w[:1].isupper() for w, need in zip(words, caps))


class _Linker:
    def __init__(self, text: str, kb, idx):
        self.text = text
        self.kb = kb
        self.kb_key = _kb_key(kb)   # (its file's identity: a KB rebuilt in place is new)
        self.idx = idx
        self.folded = fold_keep_length(text)
        self.taken = bytearray(len(text))
        # Mentions in the order found; a dropped one becomes None. `owner[i]` is the index of
        # the mention covering character i (-1: free), so overlap checks cost O(span length).
        self._found: list[Optional[Mention]] = []
        self.owner = array("i", [-1]) * len(text)
        self._lower_words: Optional[set[str]] = None
        self._headlines: dict = {}
        self._pending_alts: Optional[list[str]] = None
        self._alts: dict[int, list[str]] = {}     # id(mention) -> the entities its name fits
        self._weights: dict[str, int] = {}

    # -- helpers -----------------------------------------------------------------------------
    def type_of(self, eid: str) -> Optional[str]:
        e = self.kb.entity(eid)
        return e.type if e else None

    def label_of(self, eid: str) -> str:
        e = self.kb.entity(eid)
        return e.label if e else eid

    def weight(self, eid: str) -> int:
        """How much the KB knows of an entity: the prior among namesakes nothing else decides."""
        got = self._weights.get(eid)
        if got is None:
            got = self._weights[eid] = len(self.kb.facts_involving(eid)) if hasattr(
                self.kb, "facts_involving") else 0
        return got

    def lower_words(self) -> set[str]:
        """Words the document itself writes in lower case (so they are ordinary words)."""
        if self._lower_words is None:
            text = self.text
            self._lower_words = {
                t.folded for t in self.tokens if not t.capitalised
                # a word inside a URL, e-mail or file name ("/films/anora") is not prose
                and not (t.start > 0 and text[t.start - 1] in "/.@_=?&#")
                and not (t.end < len(text) - 1 and text[t.end] in "/@_" )
                # nor one fused with digits or a following dotted name ("anora4k-stream",
                # "watch-anora.net"): a handle or a domain
                and not (t.start > 0 and text[t.start - 1].isdigit())
                and not (t.end < len(text) - 1 and (text[t.end].isdigit() or (
                    text[t.end] == "." and text[t.end + 1].isalnum())))}
        return self._lower_words

    def starts_clause(self, s: int) -> bool:
        """Capitalised for grammar or typography: a sentence start or a title-case line."""
        return sentence_initial(self.text, s) or in_headline(self.text, s, self._headlines)

    def free(self, s: int, e: int) -> bool:
        return not any(self.taken[s:e])

    def add(self, s: int, e: int, eid: str, how: str, score: float, issue: str = "none",
            suggestion: Optional[str] = None) -> Mention:
        m = Mention(s, e, self.text[s:e], EntityRef(eid, self.label_of(eid)),
                    self.type_of(eid) or "", issue, suggestion, round(score, 3), how)
        self.taken[s:e] = b"\x01" * (e - s)
        self.owner[s:e] = array("i", [len(self._found)]) * (e - s)
        self._found.append(m)
        return m

    @property
    def mentions(self) -> list[Mention]:
        """Live mentions, sorted by start."""
        return sorted((m for m in self._found if m is not None), key=lambda m: m.start)

    def _overlapping_ids(self, s: int, e: int) -> list[int]:
        if self.free(s, e):
            return []
        return sorted({i for i in self.owner[s:e] if i >= 0})

    def overlapping(self, s: int, e: int) -> list[Mention]:
        return [self._found[i] for i in self._overlapping_ids(s, e)]

    def _plural_end(self, e: int) -> bool:
        f = self.folded
        return e < len(f) and f[e] == "s" and f[e - 1] != "s"

    def _boundary_ok(self, s: int, e: int) -> bool:
        f = self.folded
        if s > 0:
            p = f[s - 1]
            if (p.isalnum() and not glued_before(self.text, s)) or (
                    p == "'" and s > 1 and f[s - 2].isalnum()):
                return False
        if e < len(f):
            n = f[e]
            if n.isalnum() and not (" " in f[s:e] and glued_after(self.text, e)):
                return False
            if n == "'" and e + 1 < len(f) and f[e + 1].isalnum():
                if not (f[e + 1] == "s" and (e + 2 >= len(f) or not f[e + 2].isalnum())):
                    return False
        return True

    def _particle_name_after(self, e: int) -> bool:
        """text[e:] goes on with lower-case name particles and a capitalised word, each set
        by one space (" von Richthofen", " de la Cruz"): what ends at `e` is the first part
        of a longer name ("Hanna von Richthofen"), not a name of its own."""
        text = self.text
        starts = self._tok_starts()
        i = bisect.bisect_left(starts, e)
        n = 0
        while i < len(self.tokens):
            t = self.tokens[i]
            if text[e:t.start] != " ":
                return False
            if t.capitalised:
                return n > 0 and not t.all_caps
            if t.folded not in PARTICLES or t.text != t.folded:
                return False
            n, e, i = n + 1, t.end, i + 1
        return False

    def _barrel_after(self, e: int) -> bool:
        """A hyphen right after `e` joins, inside one word, a capitalised word
        ("Hanks-Whitley"): the name ending at `e` may be the first half of a double-barrelled
        surname, someone else's. (The caller keeps a pairing of two KB names, "the Tom
        Hanks-Meg Ryan comedies"; a title-case line, "Baker-Directed", is not asked.)"""
        text = self.text
        if e + 1 >= len(text) or text[e] not in "-\u2010\u2011" or not text[e + 1].isupper() \
                or not text[e - 1:e].isalpha() or self.starts_clause(e + 1):
            return False
        starts = self._tok_starts()
        i = bisect.bisect_right(starts, e) - 1
        return i >= 0 and self.tokens[i].start < e < self.tokens[i].end

    # -- pass 1: exact ---------------------------------------------------------------------
    def exact_candidates(self) -> list[tuple[int, int, AliasGroup]]:
        text = self.text
        raw: list[tuple[int, int, AliasGroup]] = []
        hits = self.idx.exact_hits(self.folded, text)
        hit_starts = {s for s, _e, _g in hits}
        for s, e, g in hits:
            name_end = e
            if not self._boundary_ok(s, e):
                # the plural of an award's name ("three BAFTAs", "two Golden Globes")
                if not (self._plural_end(e) and self._boundary_ok(s, e + 1)
                        and any(self.type_of(x) == "award" for x in g.ids())):
                    continue
                e += 1
            if g.cap_first and text[s].isalpha() and not text[s].isupper():
                continue
            if g.caps is not None and not g.single_token and not _caps_ok(text[s:e], g.caps):
                continue
            if g.acronym and not text[s:name_end].isupper():
                continue  # "LA" the place is not "La" in "La La Land"
            if self._particle_name_after(name_end):
                continue  # "Hanna" in "Hanna von Richthofen": the given name of someone else
            if self._barrel_after(name_end) and name_end + 1 not in hit_starts:
                continue  # "Tom Hanks" in "Tom Hanks-Whitley": a double-barrelled surname
            if g.single_token and self.starts_clause(s) and (
                    is_function_word(g.key) or g.key in self.lower_words()):
                continue
            raw.append((s, e, g))
        raw = self._drop_determiner_titles(raw)
        raw.sort(key=lambda c: (c[0] - c[1], c[0]))
        chosen = []
        for s, e, g in raw:
            if self.free(s, e):
                self.taken[s:e] = b"\x01" * (e - s)
                chosen.append((s, e, g))
        self.taken[:] = bytearray(len(text))
        chosen.sort(key=lambda c: c[0])
        return chosen

    _EVENT_TYPES = frozenset({"award", "ceremony", "festival"})

    def _drop_determiner_titles(self, raw: list) -> list:
        """A title "The X" whose X alone names a prize, a ceremony or a festival, followed by
        a lower-case word it modifies ("The Oscar nominations", "The Oscar-winning Anora"), or opening a sentence: the "The"
        is that noun's determiner and X is the prize, not the 1966 film *The Oscar*. A title
        set off as one (italics, "the film The Oscar", a year in brackets, a verb only a work
        takes) keeps the film."""
        at = {(s, e): g for s, e, g in raw}
        out = []
        for s, e, g in raw:
            short = at.get((s + 4, e))
            if short is not None and self.text[s:s + 4].lower() == "the " \
                    and all(self.type_of(x) in ("film", None) for x in g.ids()) \
                    and any(self.type_of(x) in self._EVENT_TYPES for x in short.ids()) \
                    and (self._modifies_next_word(e) or (sentence_initial(self.text, s)
                                                          and not self._said_a_work(e))) \
                    and not title_cued(self.text, s, e):
                continue   # (a sentence's "The" is capitalised by grammar: "The Oscar went
                # to ...", as "the Oscar" mid-sentence)
            out.append((s, e, g))
        return out

    _WORK_NOUNS = frozenset("film movie picture drama comedy thriller musical documentary "
                            "feature western melodrama satire".split())

    def _said_a_work(self, e: int) -> bool:
        """The words after the name at `e` call it a work: "is a (1966) drama", ", a film
        ..." (an apposition or a predicate noun of the trade's genres)."""
        j = bisect.bisect_left(self._tok_starts(), e)
        words = [t.folded for t in self.tokens[j:j + 4]]
        if words[:1] in (["is"], ["was"]):
            words = words[1:]
        elif self.text[e:e + 1] != ",":
            return False
        if words[:1] not in (["a"], ["an"]):
            return False
        words = words[1:]
        if words[:1] and words[0].isdigit():
            words = words[1:]
        return bool(words) and words[0] in self._WORK_NOUNS

    def _modifies_next_word(self, e: int) -> bool:
        """A lower-case content word follows the name at `e` with only a space or a hyphen
        between ("The Oscar race", "The Oscar-winning film")."""
        if self.text[e:e + 1] in ("-", "\u2011") and self.text[e + 1:e + 2].islower():
            return True   # a hyphened compound the tokenizer keeps whole
        j = bisect.bisect_left(self._tok_starts(), e)
        if j >= len(self.tokens):
            return False
        nxt = self.tokens[j]
        return self.text[e:nxt.start] == " " and not nxt.capitalised \
            and nxt.text[:1].isalpha() and not is_function_word(nxt.folded)

    def _unknown_name_follows(self, s: int) -> bool:
        """The word at `s` runs on into a capitalised word that starts no KB name (outside
        headlines, where every word is capitalised)."""
        i = self.tok_pos.get(s)
        if i is None or i + 1 >= len(self.tokens):
            return False
        t, o = self.tokens[i], self.tokens[i + 1]
        if o.run != t.run or o.run < 0 or is_function_word(o.folded) or is_common(o.folded):
            return False
        return o.start not in self._exact_starts \
            and (not self.starts_clause(s) or self._given_name(t.folded)) \
            and not in_headline(self.text, s, self._headlines)

    def _headline_name_runs_on(self, s: int) -> bool:
        """In a headline, where every word is capitalised, the word at `s` and the capitalised
        word after it are written together, capitalised, in the body too ("Review: The Salt
        Orchard Finds Grace" over "The Salt Orchard, the second feature ..."): they are one
        longer name there, not the one-word film."""
        i = self.tok_pos.get(s)
        if i is None or i + 1 >= len(self.tokens) or not in_headline(self.text, s,
                                                                      self._headlines):
            return False
        t, o = self.tokens[i], self.tokens[i + 1]
        if o.run != t.run or o.run < 0 or not o.capitalised or is_function_word(o.folded):
            return False
        pair = self.text[t.start:o.end]
        at = self.text.find(pair)
        while at != -1:
            if not in_headline(self.text, at, self._headlines):
                return True
            at = self.text.find(pair, at + 1)
        return False

    def _given_name(self, word: str) -> bool:
        """`word` is the first name of some KB person ("Emma", "Julia"): at a sentence's start,
        followed by a capitalised word no KB name starts with, it opens a person's name the KB
        lacks or misspells ("Emma Stoan won"), not the one-word film of that title."""
        first, _last = self.idx.partial_ids(word, ())
        return any(self.type_of(x) == "person" for x in first)

    def _title_runs_on(self, s: int, e: int) -> bool:
        """A title of several words runs on into a capitalised word mid-sentence that starts no
        KB name ("The Producers Guild"): the words are a longer name's, not the film's."""
        j = bisect.bisect_left(self._tok_starts(), e)
        if j == 0 or j >= len(self.tokens) or self.text[e:self.tokens[j].start] != " ":
            return False
        last, o = self.tokens[j - 1], self.tokens[j]
        return last.end == e and o.run == last.run >= 0 and not is_function_word(o.folded) \
            and o.start not in self._exact_starts \
            and not in_headline(self.text, s, self._headlines)

    def _unknown_name_ends(self, s: int) -> bool:
        """The word at `s` closes a longer capitalised name that no KB name covers: the
        word before it is capitalised mid-sentence, in its run, inside no KB name ("the
        Kestrel Bay Film Festival", "the Silver Heron"), so the one word is that name's last.
        A word of the trade's vocabulary before a title is a label, not a name ("Best Picture
        Anora"), unless the title is such a word too ("Film Festival")."""
        i = self.tok_pos.get(s)
        if i is None or i == 0:
            return False
        t, o = self.tokens[i], self.tokens[i - 1]
        return o.run == t.run >= 0 and self._mid_name_word(o) \
            and (is_common(t.folded) or not is_common(o.folded)) \
            and not any(a <= o.start < b for a, b in self._exact_spans)

    def _mid_name_word(self, o: Token) -> bool:
        """A capitalised word that is part of a name where it stands: not capitalised by its
        place (a sentence's or headline's first word), nor a title before a name ("Dr")."""
        return o.capitalised and not self.starts_clause(o.start) \
            and not in_headline(self.text, o.start, self._headlines) \
            and o.folded not in HONORIFICS

    def _prize_called(self, name: str) -> Optional[str]:
        """The one KB award labelled by `name` and a parenthesised qualifier, else None."""
        if not hasattr(self.kb, "search"):
            return None
        want = name.lower() + " ("
        got = {x.id for x in self.kb.search(name, limit=20)
               if x.type == "award" and x.label.lower().startswith(want)}
        return next(iter(got)) if len(got) == 1 else None

    def _common_noun_phrase(self, s: int, e: int) -> bool:
        """The name at [s, e) follows a lower-case "the" and closes its phrase (punctuation or
        a grammar word next, not a noun it modifies as in "the Anora shoot"): a common noun
        phrase ("the Grand Prix"), not a film title without an article of its own."""
        i = self.tok_pos.get(s)
        if i is None or i == 0:
            return False
        prev = self.tokens[i - 1]
        if prev.text != "the" or self.text[prev.end:s] != " ":
            return False
        j = bisect.bisect_left([t.start for t in self.tokens], e)
        if j >= len(self.tokens):
            return True
        nxt = self.tokens[j]
        gap = self.text[e:nxt.start]
        return gap.strip() != "" or (not nxt.capitalised and (
            is_function_word(nxt.folded) or nxt.folded == "to"))   # "the Grand Prix to X"

    def link_exact(self) -> None:
        cands = self.exact_candidates()
        self._exact_starts = {c[0] for c in cands}
        self._exact_spans = [(c[0], c[1]) for c in cands]
        # Entities named unambiguously anywhere in the text decide ambiguous names elsewhere.
        sure = {g.entries[0][0] for _, _, g in cands if len(g.ids()) == 1}
        for i, (s, e, g) in enumerate(cands):
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            next_type = None
            if nxt is not None and nxt[0] - e <= 3:
                ids = nxt[2].ids()
                if len(ids) == 1:
                    next_type = self.type_of(next(iter(ids)))
            self.resolve_group(s, e, g, sure, next_type)

    def mark_wrong_accents(self) -> None:
        """'Karla Sofía Gascòn', 'Emilia Peréz': a KB name written with an accent of another
        kind, or one moved to another letter, than every spelling the KB has of it: a
        misspelling. An accent left out ("Penelope Cruz") or one more ("Zoë") is another way
        to write the name."""
        for i, m in enumerate(self._found):
            if m is None or m.issue != "none" or m.how not in ("alias", "nickname") \
                    or m.text.isascii():
                continue
            names = [self.label_of(m.entity.id)]
            if hasattr(self.kb, "aliases_of"):
                names += [a for a, _k in self.kb.aliases_of(m.entity.id)]
            same = [n for n in names if len(n) == len(m.text)
                    and fold_keep_length(n).lower() == fold_keep_length(m.text).lower()]
            if same and all(_accent_slip(m.text, n) for n in same):
                self._found[i] = Mention(m.start, m.end, m.text, m.entity, m.entity_type,
                                         "misspelled", m.entity.label, 0.9, "fuzzy")

    def resolve_group(self, s: int, e: int, g: AliasGroup, sure: set[str],
                      next_type: Optional[str]) -> None:
        self._pending_alts = None
        kinds, ids, types, both, picks, _pools = self._ranked(g)
        if not ids:
            return
        how_ctx = False
        issue = "none"
        if len(ids) > 1:
            which = None
            if both:  # the name is a film's and a character's
                which, how_ctx = film_or_character(self.text, s, e, next_type)
            pool = self._pool(g, which)
            hit = sure.intersection(g.ids())
            known = [x for x in pool if x in hit] if hit else []
            if known:
                eid, issue = _pick(known, kinds, types, self.weight)
            else:
                picked = picks.get(which)
                if picked is None:
                    picked = picks[which] = _pick(pool, kinds, types, self.weight)
                eid, issue = picked
                if 1 < len(pool) <= _MAX_ALTERNATIVES:
                    self._pending_alts = pool   # decided again once the whole text is read
            ids = [eid]
        eid = ids[0]
        kind = kinds[eid]
        if g.single_token and self.type_of(eid) in _PARTIAL_TYPES:
            tok = self.tok_pos.get(s)
            if tok is not None and self._has_capitalised_neighbour(self.tokens[tok]):
                return  # "Ivan" in "Ivan Reitman" is someone the KB does not know
        if g.single_token and self.type_of(eid) == "film" and (
                self._unknown_name_follows(s) or self._unknown_name_ends(s)
                or self._headline_name_runs_on(s)):
            return  # "Julia" in "Julia Smith" is a person the KB does not know, not the film
        if g.single_token and self.type_of(eid) == "film" and not title_cued(self.text, s, e):
            person = self._surname_of_someone_named(s, e)
            if person is not None:   # "Close" after "Glenn Close": her, not the 2022 film
                self.add(s, e, person, "partial", 0.85)
                return
        if not g.single_token and self.type_of(eid) == "film" and self._title_runs_on(s, e) \
                and not title_cued(self.text, s, e):
            return  # "The Producers Guild" is the guild, not the 1968 film
        if self.type_of(eid) == "film" and self._common_noun_phrase(s, e) \
                and not self.label_of(eid).lower().startswith("the "):
            # "won the Grand Prix at Cannes": a prize of that name, not the 1966 film; the
            # KB's one prize whose label is the name with a qualifier ("Grand Prix (Cannes Film
            # Festival)"), if it has one
            prize = self._prize_called(self.text[s:e])
            if prize is not None:
                self.add(s, e, prize, "alias", 0.9, "none")
            return
        if kind == "misspelling":
            self.add(s, e, eid, "alias", 0.9, "misspelled", self.label_of(eid))
            return
        if how_ctx:
            how, score = "context", 0.8
        elif kind in NICK_KINDS:
            how, score = "nickname", 0.9
        else:
            how, score = "alias", 1.0
        if issue == "ambiguous":
            score = min(score, 0.5)
        alts, self._pending_alts = self._pending_alts, None
        m = self.add(s, e, eid, how, score, issue)
        if alts:
            self._alts[id(m)] = alts

    def _surname_of_someone_named(self, s: int, e: int) -> Optional[str]:
        """The one person named in full before text[s:e] whose last name it is, or None: a
        one-word title after a person of that surname is the person's short name."""
        word = self.folded[s:e].lower()
        people = {m.entity.id for m in self._found if m is not None and m.end <= s
                  and m.entity_type == "person" and " " in m.text
                  and self.folded[m.start:m.end].lower().split()[-1] == word}
        return next(iter(people)) if len(people) == 1 else None

    def _ranked(self, g: AliasGroup) -> tuple:
        """What resolving a name needs from its entries alone, computed once per group: best
        kind per entity, the entities the KB knows ordered by kind rank, their types, whether
        both a film and a character have the name, and picks already made per film/character
        choice (a title shared by thousands of KB films is not re-ranked at each occurrence)."""
        if g.ranked is None:
            kinds: dict[str, str] = {}
            for eid, kind, _alias in g.entries:
                if eid not in kinds or _KIND_RANK.get(kind, 5) < _KIND_RANK.get(kinds[eid], 5):
                    kinds[eid] = kind
            ids = sorted(kinds, key=lambda x: (_KIND_RANK.get(kinds[x], 5), x))
            types = {x: t for x in ids if (t := self.type_of(x)) is not None}
            tset = set(types.values())
            g.ranked = (kinds, [x for x in ids if x in types], types,
                        "film" in tset and "character" in tset, {}, {})
        return g.ranked

    @staticmethod
    def _pool(g: AliasGroup, which: Optional[str]) -> list[str]:
        """The group's entities, only films or only characters when `which` says so."""
        _kinds, ids, types, _both, _picks, pools = g.ranked
        if which is None:
            return ids
        pool = pools.get(which)
        if pool is None:
            pool = pools[which] = [x for x in ids if types[x] == which]
        return pool

    # -- pass 2 and 4: misspellings ----------------------------------------------------------
    def segments(self, full_names: bool = False) -> list[list[Token]]:
        """Runs of capitalised words split at grammar words and acronyms.

        `full_names` (for whole misspelt names) also keeps in a run what is part of a name
        though not written in title case: a lower-case particle between two capitalised words
        ("Lars von Treir", "Guillermo del Torro"), and the words of a line written in capitals
        ("MIKEY MADISSON WINS BEST ACTRESS"), where capitals are typography, not acronyms."""
        toks = self.tokens
        # the runs are the tokens' alone: made once per token list (the passes ask again and
        # again), each caller getting its own lists
        memo = getattr(self, "_segments_memo", None)
        if memo is not None and memo[0] is toks and full_names in memo[1]:
            return [list(seg) for seg in memo[1][full_names]]
        if memo is None or memo[0] is not toks:
            memo = self._segments_memo = (toks, {})
        memo[1][full_names] = segs = self._segments(toks, full_names)
        return [list(seg) for seg in segs]

    def _segments(self, toks: list[Token], full_names: bool) -> list[list[Token]]:
        segs: list[list[Token]] = []
        cur: list[Token] = []
        last_run = None
        for i, t in enumerate(toks):
            if full_names and cur and (self._name_particle(i) or self._elided_word(t)):
                cur.append(t)
                continue
            caps_ok = not t.all_caps or (full_names and (self._caps_line(t.start)
                                                         or self._caps_pair(i)
                                                         or self._initials_word(t)))
            if full_names and cur and cur[-1] is toks[i - 1] and self._surname_word(i):
                cur.append(t)
                last_run = t.run
                continue
            breaker = (not t.capitalised or not caps_ok or is_function_word(t.folded)
                       or (t.run != last_run and not (cur and cur[-1] is toks[i - 1]
                                                      and self._name_particle(i - 1))))
            if breaker and cur:
                segs.append(cur)
                cur = []
            last_run = t.run
            if t.capitalised and caps_ok and not is_function_word(t.folded):
                cur.append(t)
        if cur:
            segs.append(cur)
        return segs

    def _elided_word(self, t: Token) -> bool:
        """A word with an elided French particle before its capital ("d'Or" in "Palme d'Or",
        "d'Argent"): part of the name before it, as a prize's or a place's."""
        f = t.folded
        return len(f) > 3 and f[1] == "'" and f[0] in "dl" \
            and (t.text[:1].isupper() or t.text[2:3].isupper())

    def _surname_word(self, i: int) -> bool:
        """Token `i` is a grammar word capitalised mid-sentence right after a name word, and a
        word of KB names ("Jeremey Strong", "Elaine Mey"): the last word of a name, not a
        grammar word."""
        toks, text = self.tokens, self.text
        t, a = toks[i], toks[i - 1]
        return t.capitalised and not t.all_caps and len(t.folded) >= 4 \
            and is_function_word(t.folded) and a.run == t.run >= 0 \
            and text[a.end:t.start] == " " and self.idx.known(t.folded) \
            and not self.starts_clause(t.start)

    def _name_particle(self, i: int) -> bool:
        """Token `i` is a lower-case name particle ("von", "del") set by single spaces between
        two capitalised words."""
        toks, text = self.tokens, self.text
        t = toks[i]
        if t.capitalised or t.folded not in PARTICLES or i == 0 or i + 1 >= len(toks):
            return False
        a, b = toks[i - 1], toks[i + 1]
        return a.capitalised and b.capitalised and text[a.end:t.start] == " " \
            and text[t.end:b.start] == " "

    def _caps_pair(self, i: int) -> bool:
        """Token `i` is one of two or more words in capitals set by single spaces in a line of
        ordinary case ("directed by SEAN BAKKER and"): a name set in capitals for emphasis.
        (Acronyms side by side, "FBI CIA", are no KB name's near spelling either.)"""
        toks, text = self.tokens, self.text
        t = toks[i]
        if len(t.folded) < 3:
            return False
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks):
                o = toks[j]
                a, b = (o, t) if j < i else (t, o)
                if o.all_caps and len(o.folded) >= 3 and o.run == t.run >= 0 \
                        and text[a.end:b.start] == " " and not is_function_word(o.folded):
                    return True
        return False

    def _initials_word(self, t: Token) -> bool:
        """`t` is two or three capitals set by one space before a capitalised name word of
        ordinary case ("JK Simmons", "PT Anderson"): initials written together, not an
        acronym."""
        if not (t.all_caps and 2 <= len(t.text) <= 3 and t.text.isalpha()):
            return False
        i = self.tok_pos[t.start]
        if i + 1 >= len(self.tokens):
            return False
        o = self.tokens[i + 1]
        return o.capitalised and not o.all_caps and o.run == t.run >= 0 \
            and self.text[t.end:o.start] == " "

    def _caps_line(self, pos: int) -> bool:
        """`pos` lies on a line written in capitals (at least three words, nearly no
        lower-case letters): a heading, where every word is in capitals."""
        text = self.text
        ls = text.rfind("\n", 0, pos) + 1
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        got = self._headlines.get(("caps", ls))
        if got is None:
            line = text[ls:le]
            letters = [c for c in line if c.isalpha()]
            got = len(line.split()) >= 3 and len(letters) >= 10 and \
                sum(1 for c in letters if c.isupper()) >= 0.9 * len(letters)
            self._headlines[("caps", ls)] = got
        return got

    def link_fuzzy_multi(self) -> None:
        prefer = {m.entity.id for m in self.mentions}
        for seg in self.segments(full_names=True):
            if len(seg) < 2:
                continue
            i = 0
            while i < len(seg):
                done = False
                for k in range(min(4, len(seg) - i), 1, -1):
                    win = seg[i:i + k]
                    s, e = win[0].start, win[-1].end
                    elided = self._elided_word(win[-1])
                    if not (win[0].capitalised and (win[-1].capitalised or elided)) \
                            or not self._window_ok(s, e, win):
                        continue
                    # a hyphenated word is several name words ("Joon-ho" -> joon, ho)
                    folded = " ".join(t.folded for t in win).split(" ")
                    g = self.idx.group(" ".join(folded)) or self._spacing_variant(folded)
                    if g is not None:
                        # a KB name written with odd spacing ("Mikey  Madison", "Sean\r\nBaker")
                        self._drop_inside(s, e)
                        self.resolve_group(s, e, g, prefer, None)
                        i += k
                        done = True
                        break
                    if any(self._initials_word(t) for t in win):
                        # "JK Simmons", "PT Anderson": each capital an initial; the person
                        # whose name that abbreviates, or nothing (an acronym is no misspelling)
                        letters = [w for t in win for w in (
                            list(t.folded) if self._initials_word(t) else t.folded.split(" "))]
                        eid = self._initials_variant(letters)
                        if eid is not None:
                            self._drop_inside(s, e)
                            self.add(s, e, eid, "variant", 0.95)
                            i += k
                            done = True
                            break
                        continue
                    eid = self._initials_variant(folded) or self._punctuation_variant(folded) \
                        or (self._reversed_name(win) if all(
                            t in win or is_common(t.folded) for t in seg) else None)
                    if eid is not None:  # "Alejandro G. Iñárritu" for "Alejandro González ...",
                        # "Dune Part Two" for "Dune: Part Two": the same words
                        self._drop_inside(s, e)
                        self.add(s, e, eid, "variant", 0.95)
                        i += k
                        done = True
                        break
                    # a prize named with an elided particle ("Palm d'Or") is a name too
                    hit = match_multi(self.idx, folded, self.type_of, prefer, is_common,
                                      FUZZY_TYPES | {"award"} if elided else FUZZY_TYPES)
                    if hit is not None and self._transliterated(folded, hit.entity_id):
                        # "Sandra Hueller", "Ruben Oestlund": the umlaut written out
                        self._drop_inside(s, e)
                        self.add(s, e, hit.entity_id, "variant", 0.95)
                        i += k
                        done = True
                        break
                    if hit is None or not self._plausible(
                            hit.entity_id, prefer,
                            prize_tie=_typing_slip(folded, hit.name.split(" "))) \
                            or self._other_role(s, e, hit.entity_id) \
                            or self._someone_else(s, e, folded, hit.name.split(" "),
                                                  hit.entity_id):
                        continue
                    self._drop_inside(s, e)
                    if self.type_of(hit.entity_id) in ("film", "work") and all(
                            a == b or _spelling_variant(a, b)
                            for a, b in zip(folded, hit.name.split(" "))):
                        self.add(s, e, hit.entity_id, "variant", 0.95)   # "The Favorite"
                    else:
                        self.add(s, e, hit.entity_id, "fuzzy", hit.similarity, "misspelled",
                                 self.label_of(hit.entity_id))
                    i += k
                    done = True
                    break
                if not done:
                    i += 1

    def _someone_else(self, s: int, e: int, words: list[str], name: list[str], eid: str) -> bool:
        """The name at text[s:e] (`words`), close to the KB person `eid`'s (`name`), is someone
        else's: the person's surname with another first name, one the KB's names have, in a
        paragraph that tells of kin ("her brother John Cusack" beside Joan Cusack), as
        `link_first_name_slips` reads it;
        or the person named in full, right, in the same sentence (`_named_in_sentence`) and
        this name another one (`_other_words`)."""
        if self.type_of(eid) != "person":
            return False
        if len(name) == len(words) >= 2 and words[1:] == name[1:] \
                and _undoubled(words[0]) != _undoubled(name[0]) and self.idx.known(words[0]) \
                and self._kin_told(s, e):
            return True   # (a first name with a letter doubled or undoubled is a slip,
            # kin or not: "Karen Karagulian" for Karren in a paragraph on his brother)
        return self._named_in_sentence(s, e, eid) and self._other_words(words, name)

    def _other_words(self, words: list[str], name: list[str]) -> bool:
        """Some word of `words` is another name than `name`'s word in its place (a word of
        the KB's names heard with other consonants, `fuzzy._another_name`): "Baker" for Bates,
        not "Bakker" for Baker nor "Ann" for Anne."""
        return any(a != b and _another_name(self.idx.known, a, b) for a, b in zip(words, name))

    def _named_in_sentence(self, s: int, e: int, eid: str) -> bool:
        """`eid` is named in full (two words or more, as written right) in the sentence of
        text[s:e]. A writer names one person in full once in a sentence ("Kathy Bates won for
        Misery, and Kathy Baker won Emmys": two people), so a close name beside it that is
        another name (`_other_words`) is another person's; a slip of the letters ("Sean
        Bakker", "Ann Hathaway") is still a slip, and later sentences may misspell the name
        ("Bong Jong-ho")."""
        for m in self.mentions:
            if m.entity.id != eid or m.issue != "none" or m.how == "partial" \
                    or len(m.text.split()) < 2:
                continue
            gap = self.text[m.end:s] if m.end <= s else self.text[e:m.start]
            if not any(c in gap for c in ".!?\n"):
                return True
        return False

    def link_long_name_slips(self) -> None:
        """A body's long name with a word slipped ("Academy of Motion Pictures Arts and
        Sciences") or written with an ampersand: link/bodies.py."""
        names = bodies.long_names(self.kb)
        if not names:
            return
        # (a window is tried only at the lengths the KB's names have: a long run of names
        # joined by "and" costs one pass per length, not one per pair of its words)
        lengths = sorted({len(words) for group in names.values() for words, _, _ in group},
                         reverse=True)
        for run in bodies.runs(self.tokens, self.text):
            content = [k for k, t in enumerate(run) if not is_function_word(t.folded)]
            done_to = -1
            for a in range(len(content)):
                if content[a] <= done_to:
                    continue
                for b in (a + n - 1 for n in lengths if a + n - 1 < len(content)):
                    # (the longest first)
                    toks = run[content[a]:content[b] + 1]
                    hit = bodies.match([run[k].folded for k in content[a:b + 1]], names)
                    if hit is None:
                        continue
                    s, e = toks[0].start, toks[-1].end
                    eid, label, slipped = hit
                    done_to = content[b]
                    # (the body's short name at the start of its long one, "the Academy" in
                    # "the Academy of Motion Pictures Arts ...", gives way to the long name)
                    if any((m.entity.id == eid or not (s <= m.start and m.end <= e)
                            or (m.start == s and m.end == e and m.how == "alias"
                                and m.issue != "misspelled"))
                           and not (m.entity.id == eid and m.end < e and m.end - m.start < e - s)
                           for m in self.overlapping(s, e)):
                        break   # the name as the KB writes it, already linked, or part of
                        # a longer name ("Directors Guild of America Awards"), or the exact
                        # name of another KB entity ("Walt Disney Studio" beside the
                        # Studios): the words as written are a name, no slip
                    self._drop_inside(s, e)   # ("America" in "Directers Guild of America")
                    if slipped:
                        self.add(s, e, eid, "fuzzy", 0.9, "misspelled", label)
                    else:
                        self.add(s, e, eid, "variant", 0.95)
                    break

    def _spacing_variant(self, words: list[str]) -> Optional[AliasGroup]:
        """The KB person whose name is these words with a space or hyphen between two of them
        left out or put in ("Leonardo Di Caprio", "Hirokazu Koreeda" for "Kore-eda"): the same
        letters, another way to write the name. A word is split only where both parts are
        two letters or more."""
        keys = []
        for j in range(len(words) - 1):
            keys.append(" ".join(words[:j] + [words[j] + words[j + 1]] + words[j + 2:]))
        for j, w in enumerate(words):
            if len(w) >= 5 and w.isalpha():
                keys.extend(" ".join(words[:j] + [w[:c], w[c:]] + words[j + 1:])
                            for c in range(2, len(w) - 1))
        found = self.idx.groups(keys) if hasattr(self.idx, "groups") and callable(
            self.idx.groups) else {k: g for k in keys if (g := self.idx.group(k)) is not None}
        hits = list({g.key: g for k in keys if (g := found.get(k)) is not None
                     and any(self.type_of(x[0]) == "person" for x in g.entries)}.values())
        return hits[0] if len(hits) == 1 else None

    def _initials_variant(self, words: list[str]) -> Optional[str]:
        """The one person whose name is these words with initials for some of them (either
        side may abbreviate: 'j miles dale' / 'j. miles dale', 'alejandro g inarritu' /
        'alejandro gonzalez inarritu')."""
        if not any(len(w) == 1 for w in words):
            return None
        found = set()
        for _name, eid, ntoks in self.idx.lookup_multi(words):
            nt = [x.rstrip(".") for x in ntoks]
            if (nt == words or initials_compatible(words, nt)) \
                    and self.type_of(eid) == "person":
                found.add(eid)
        return next(iter(found)) if len(found) == 1 else None

    def _transliterated(self, words: list[str], eid: str, word: bool = False) -> bool:
        """`words` are a name of `eid` (`word`: one word of it) with its umlauts, ring or
        slashed letters written out the German or Nordic way ("Hueller" for "Hüller",
        "Oestlund" for "Östlund", "Skarsgaard" for "Skarsgård"): the accepted spelling
        without those letters, not a misspelling."""
        key = " ".join(words)
        names = [self.label_of(eid)]
        ent = self.kb.entity(eid)
        names += [a for a in (getattr(ent, "aliases", None) or []) if isinstance(a, str)]
        for name in names:
            if any(c in _SPELT_OUT for c in name):
                out = name_norm("".join(_SPELT_OUT.get(c, c) for c in name))
                if out == key or (word and key in out.split(" ")):
                    return True
        return False

    def _reversed_name(self, win: list[Token]) -> Optional[str]:
        """The one KB person whose two-part name these two words are in the other order
        ("Kore-eda Hirokazu", "Hamaguchi Ryusuke": family name first; "Joon-ho Bong": given
        name first): the same name in another convention, not a misspelling."""
        if len(win) != 2 or self.text[win[0].end:win[1].start] != " ":
            return None
        g = self.idx.group(f"{win[1].folded} {win[0].folded}")
        if g is None:
            return None
        people = {x for x in g.ids() if self.type_of(x) == "person"}
        return next(iter(people)) if len(people) == 1 else None

    def _punctuation_variant(self, words: list[str]) -> Optional[str]:
        """The one entity whose name is these words once its punctuation is left out ("Dune
        Part Two" for "Dune: Part Two", "Lupita Nyongo" for "Lupita Nyong'o"): another way
        to write the name, not a misspelling."""
        found = {eid for _name, eid, ntoks in self.idx.lookup_multi(words)
                 if [_unpunct(x.strip(".,:;!?'\"")) for x in ntoks] == words}
        return next(iter(found)) if len(found) == 1 else None

    def _window_ok(self, s: int, e: int, win: list[Token]) -> bool:
        if all(is_common(t.folded) for t in win):
            return False
        for m in self.overlapping(s, e):
            if m.start < s or m.end > e or (m.start == s and m.end == e):
                return False  # crosses the window, or the window is already a known name
            if m.issue == "misspelled":
                return False   # (an ambiguous word inside may be part of a longer name: "Emma")
        return True

    def _drop_inside(self, s: int, e: int) -> None:
        for i in self._overlapping_ids(s, e):
            m = self._found[i]
            self._found[i] = None
            self._alts.pop(id(m), None)   # (a later mention may be given the same id)
            self.taken[m.start:m.end] = bytearray(m.end - m.start)
            self.owner[m.start:m.end] = array("i", [-1]) * (m.end - m.start)

    def link_fuzzy_single(self) -> None:
        in_doc = self._named_in_doc()
        for seg in self.segments():
            if len(seg) != 1:
                continue
            t = seg[0]
            if not self.free(t.start, t.end) or is_common(t.folded) or " " in t.folded:
                continue  # a hyphenated word is not one surname
            if self._has_capitalised_neighbour(t) or self._given_name_before(t):
                continue
            if t.folded in self.lower_words():
                continue
            strict = self.starts_clause(t.start)
            hit = match_single(self.idx, t.folded, self.type_of, in_doc, strict=strict)
            if hit is not None and strict and is_english_word(t.folded) \
                    and self.text[t.end:t.end + 1] not in ("'", "\u2019"):
                continue   # "Jokes aside, ...", "Concave mirrors ...": a word of the language
                # capitalised by the sentence, not "Joker" or "Conclave" misspelt (one that
                # owns something, "Steep's performance", is a name: Streep's)
            if hit is not None and self._plausible(hit.entity_id, in_doc) \
                    and not self._other_role(t.start, t.end, hit.entity_id):
                if self._transliterated([t.folded], hit.entity_id, word=True):
                    self.add(t.start, t.end, hit.entity_id, "variant", 0.85)   # "Hueller"
                    continue
                self.add(t.start, t.end, hit.entity_id, "fuzzy", hit.similarity, "misspelled",
                         self.label_of(hit.entity_id))

    def _named_in_doc(self) -> set[str]:
        """The entities the text names, for the misspelt-surname pass. A lone surname linked
        only because one KB person has it ("Laszlo" the character's name, taken for Ernest
        Laszlo) counts when that person is tied to something else the text names; a guess
        does not license misspellings of it ("Lazlo")."""
        out, guesses = set(), set()
        for m in self.mentions:
            (guesses if m.how == "partial" and m.score < 0.8 else out).add(m.entity.id)
        guesses -= out
        if guesses:
            named = {m.entity.id for m in self.mentions if m.issue == "none"
                     and m.entity.id not in guesses
                     and (m.entity_type in _TIE_TYPES or m.entity_type == "award")}
            out |= set(self._tied(sorted(guesses), named, via_works=True))
        return out

    # -- pass 3: partial names ---------------------------------------------------------------
    def _has_capitalised_neighbour(self, t: Token) -> bool:
        """True when `t` sits inside a longer capitalised name ("Madison Avenue")."""
        i = self.tok_pos[t.start]
        for j in (i - 1, i + 1):
            if 0 <= j < len(self.tokens):
                o = self.tokens[j]
                if o.run == t.run and o.run >= 0 and (
                        not is_function_word(o.folded) or self._mid_name_word(o)) \
                        and not (j < i and self._sentence_adverb(o)):
                    return True
        return self._particle_name_after(t.end)   # "Hanna von Richthofen"

    def _other_role(self, s: int, e: int, eid: str) -> bool:
        """The name at text[s:e] is set beside an occupation outside film-making that the KB
        does not give `eid` ("Alex Cocco, a critic,", "columnist Ivy Wolf"): the text says
        who this is, someone else than the KB person whose name it resembles. A title set
        beside a description that is no film's ("Wickes, a hardware chain,") is not the
        film it resembles either."""
        text = self.text
        after = fold_keep_length(text[e:e + 40])
        if self.type_of(eid) == "film" and self._described_not_as_work(after):
            return True
        near = []
        if after[:1] == ",":
            for w in after[1:].split()[:3]:
                near.append(w.strip(",.;:()\"'"))
                if w[-1:] in ",.;:)":
                    break
        lo = max(0, s - 24)
        before = fold_keep_length(text[lo:s]).split()
        if before and before[-1].isalpha():
            near.append(before[-1])
        elif len(before) >= 2 and before[-1][:-1].isalpha() and before[-1][-1] == "," and (
                before[-2] in _DETERMINERS or before[-2].endswith("'s")):
            # "her agent, Mikey Madsen" (not "Among fans, ..."), unless the words are a name
            # the text has linked: "In The Reader, Kate Wirslet earned" names the film
            w = before[-1][:-1]
            at = fold_keep_length(text[lo:s]).rfind(w) + lo
            if not self.overlapping(at, at + len(w)):
                near.append(w)
        roles = [w for w in near if w in OTHER_ROLES]
        if not roles:
            return False
        ent = self.kb.entity(eid) if hasattr(self.kb, "entity") else None
        desc = fold_keep_length((getattr(ent, "description", "") or "").lower())
        return not any(r.rstrip("s") in desc for r in roles)

    @staticmethod
    def _described_not_as_work(after: str) -> bool:
        """`after` (folded text after a name) opens a description set off by commas -- ", a
        hardware chain,", ", the Moroccan port," -- none of whose words is one for a film."""
        if after[:2] != ", ":
            return False
        words = after[2:].split()
        if not words or words[0] not in ("a", "an", "the"):
            return False
        desc = []
        for w in words[1:6]:
            desc.append(w.strip(",.;:()\"'"))
            if w[-1:] in ",.;:)":
                break
        else:
            return False   # no closing comma in reach: not an aside
        return bool(desc) and not any(w in WORK_WORDS or w.endswith("'s") for w in desc)

    def _given_name_before(self, t: Token) -> bool:
        """A capitalised word right before `t` that is some KB person's first name, though a
        grammar word too ("Will Ferrell", "Grace Kelly"): `t` is the surname of a two-word name
        the full-name passes found no KB person for -- someone else, not a slip of a surname."""
        i = self.tok_pos[t.start]
        if i == 0:
            return False
        o = self.tokens[i - 1]
        return o.capitalised and not o.all_caps and o.run == t.run >= 0 \
            and self.text[o.end:t.start] == " " and bool(self.idx.partial_ids(o.folded, {})[0])

    def _sentence_adverb(self, o: Token) -> bool:
        """A sentence-initial -ly word no KB name has ("Eventually Nikolai ..."): an adverb
        capitalised by the sentence, not a first name ("Billy", "Sally" are name words)."""
        return o.folded.endswith("ly") and len(o.folded) > 5 \
            and self.starts_clause(o.start) and not self.idx.known(o.folded)

    def _particle_before(self, t: Token) -> Optional[Token]:
        """The particle of a surname written alone ("del" / "Del" in "del Toro")."""
        i = self.tok_pos[t.start]
        if i == 0:
            return None
        p = self.tokens[i - 1]
        if p.folded not in PARTICLES or self.text[p.end:t.start] != " " \
                or not self.free(p.start, p.end):
            return None
        return p

    def _particle_partial(self, p: Token, t: Token, by_last, full: dict) -> None:
        """'Del Toro' / 'von Trier': a surname with its particle, for the person whose name
        ends with both words (named earlier in the document, else the only such person)."""
        i = self.tok_pos[t.start]
        if i + 1 < len(self.tokens) and self.tokens[i + 1].run == t.run and t.run >= 0:
            return
        cand = sorted(x for x in by_last
                      if name_words(self.label_of(x))[-2:] == [p.folded, t.folded])
        known = [x for x in cand if x in full]
        pick = known or [x for x in cand if self.type_of(x) == "person"]
        if len(pick) == 1:
            self.add(p.start, t.end, pick[0], "partial", 0.85 if known else 0.7)

    def link_partial(self) -> None:
        full: dict[str, list[int]] = {}
        for m in self.mentions:  # sorted, so each position list is ascending
            if (m.entity_type in _PARTIAL_TYPES and m.issue != "ambiguous"
                    and len(m.text.split()) >= 2):
                full.setdefault(m.entity.id, []).append(m.start)
        for t in self.tokens:
            if not t.capitalised or len(t.folded) < 2 or is_common(t.folded):
                continue
            if not self.free(t.start, t.end):
                continue
            by_first, by_last = self._partial_ids(t, full)
            if not by_last and not by_first:
                continue
            p = self._particle_before(t)
            if p is not None and by_last:
                self._particle_partial(p, t, by_last, full)
                continue
            if self._has_capitalised_neighbour(t):
                continue
            before = []
            for x, positions in full.items():  # the document's people: few
                if x in by_last or x in by_first:
                    k = bisect.bisect_left(positions, t.start)
                    if k > 0:
                        before.append((positions[k - 1], x))
            if before:
                before.sort(reverse=True)
                issue = "ambiguous" if len(before) > 1 else "none"
                self.add(t.start, t.end, before[0][1], "partial",
                         0.85 if issue == "none" else 0.5, issue)
                continue
            later = sorted(x for x in by_last if x in full)
            if len(later) == 1:
                self.add(t.start, t.end, later[0], "partial", 0.8)
                continue
            if self.starts_clause(t.start) and t.folded in self.lower_words():
                continue
            if self._after_the(t) or t.folded in self._surnames_of_unknown():
                continue   # "the Dolby"; "Varga" after "Ilse Varga": not the KB's namesake
            persons = [x for x in by_last if self.type_of(x) == "person"]
            if len(persons) > 1:
                # a surname several KB people share: the one tied to what the text names
                persons = self._tied_to_document(persons)
            if len(persons) == 1:
                self.add(t.start, t.end, persons[0], "partial", 0.7)

    def _partial_ids(self, t: Token, full: dict) -> tuple[set[str], set[str]]:
        """The entities whose several-word name starts / ends with the word `t`. A hyphenated
        surname written alone ("Day-Lewis", folded "day lewis") is the last words of the
        name, joined: looked up by its last part, kept only for names that end with all its
        parts (so "Lewis" alone, someone else's "Smith-Lewis" or a compound "Lewis-directed"
        is not taken for it; "Kore-eda" keeps its lower-case part)."""
        parts = t.folded.split(" ")
        if len(parts) == 1:
            return self.idx.partial_ids(t.folded, full)
        _first, last = self.idx.partial_ids(parts[-1], full)
        k = len(parts)
        return set(), {x for x in last
                       if len(name_words(self.label_of(x))) > k
                       and name_words(self.label_of(x))[-k:] == parts}

    def _after_the(self, t: Token) -> bool:
        """A lower-case "the" right before `t`: a thing or a place named after someone ("the
        Dolby", "the Lumiere"), not a person called by surname alone."""
        i = self.tok_pos[t.start]
        if i == 0:
            return False
        o = self.tokens[i - 1]
        return o.text == "the" and self.text[o.end:t.start] == " "

    def _surnames_of_unknown(self) -> set[str]:
        """Last words of the two-word capitalised names the text writes that no mention covers
        ("Ilse Varga" when the KB knows only a Thomas Varga): that surname alone later means
        the person the text introduced, whom the KB lacks."""
        got = getattr(self, "_unknown_surnames", None)
        if got is None:
            got = set()
            toks = self.tokens
            for i in range(1, len(toks)):
                o, t = toks[i - 1], toks[i]
                if not (o.capitalised and t.capitalised and o.run == t.run >= 0) \
                        or self.text[o.end:t.start] != " " or o.all_caps or t.all_caps:
                    continue
                if i + 1 < len(toks) and toks[i + 1].run == t.run:
                    continue   # a longer name
                if i >= 2 and toks[i - 2].run == t.run:
                    continue
                if is_common(o.folded) or is_common(t.folded) or o.folded in HONORIFICS \
                        or self.starts_clause(o.start) and not self._given_name(o.folded):
                    continue
                if self.overlapping(o.start, t.end):
                    continue
                got.add(t.folded)
            self._unknown_surnames = got
        return got

    _TIE_MAX = 40   # a surname shared by more KB people than this says nothing
    # In a KB this big, some name is a letter or two away from almost any unknown name: a
    # misspelling there must be of someone the text is about (named, or tied to what it names).
    BIG_KB_ALIASES = 10_000

    def _plausible(self, eid: str, in_doc: set[str], prize_tie: bool = True) -> bool:
        if eid in in_doc or getattr(self.idx, "alias_count", 0) < self.BIG_KB_ALIASES:
            return True
        # an award the text names counts here too ("Mikey Maddison won the Oscar for Best
        # Actress": she did), though not for choosing between shared names; a person tied
        # only through the prize's editions, when `prize_tie` (a slip of typing, not another
        # name) allows it
        named = {m.entity.id for m in self.mentions if m.issue == "none"
                 and (m.entity_type in _TIE_TYPES or m.entity_type == "award")}
        return bool(self._tied([eid], named | self._titles_shared(), via_works=True,
                               prize_people=prize_tie))

    def _titles_shared(self) -> set[str]:
        """Every film a title the text names could be, when several share it ("West Side
        Story", "Brooklyn" the place and the film): which one is meant is decided only once the
        whole text is read (`_reresolve`), so a misspelt name tied to any of them is tied to
        the text ("Steven Spielburg" beside "West Side Story", his 2021 film, not the 1961)."""
        return {x for m in self.mentions if m.issue in ("none", "ambiguous")
                for x in self._alts.get(id(m), ()) if self.type_of(x) in _TIE_TYPES}

    def _tied_to_document(self, people: list[str]) -> list[str]:
        """Those of `people` whose KB facts name an entity the document names (a film they
        made, an award they won there)."""
        named = {m.entity.id for m in self.mentions if m.issue == "none"
                 and m.entity_type in _TIE_TYPES}
        return self._tied(people, named)

    def _tied(self, people: list[str], named: set[str], via_works: bool = False,
              prize_people: bool = False) -> list[str]:
        """Those of `people` whose KB facts name an entity of `named` (or, `via_works`, a film
        or edition that the facts of an entity of `named` name: "Sean Baker" is tied to a text
        naming his film's lead character through the film)."""
        if len(people) > self._TIE_MAX or not named or not hasattr(self.kb, "facts_involving"):
            return []
        near = set(named)
        prize_works: set[str] = set()
        if via_works:
            for y in named:
                (prize_works if self.type_of(y) == "award" else near).update(self._works_of(y))
        out = []
        for x in people:
            # a prize's editions are every ceremony it was given at ("the Oscars" names all
            # 98): they tie a film the text may be titling, but a person only for a slip of
            # typing (`prize_people`): among everyone ever nominated some name is one letter
            # from anyone's ("Michael Gove" is not Michael Gore)
            near_x = near if self.type_of(x) == "person" and not prize_people \
                else near | prize_works
            for f in self.kb.facts_involving(x):
                if _fact_ids(f) & near_x - {x}:
                    out.append(x)
                    break
        return out

    def _works_of(self, eid: str) -> frozenset:
        """The films and editions an entity's facts name (itself too, if it is one)."""
        key = ("works", self.kb_key, eid)
        got = _TIED_TITLES.get(key)
        if got is None:
            ids = set()
            for f in self.kb.facts_involving(eid):
                ids |= _fact_ids(f)
            got = frozenset(x for x in ids if x != eid
                            and self.type_of(x) in ("film", "ceremony", "festival"))
            if len(_TIED_TITLES) > 20_000:
                _TIED_TITLES.clear()
            _TIED_TITLES[key] = got
        return got

    # -- driver ------------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        self.tokens = unglue(self.text, tokenize(self.text), self.idx.known)
        self.tok_pos = {t.start: i for i, t in enumerate(self.tokens)}
        self.link_exact()
        self.link_shared_surnames()
        self.mark_wrong_accents()
        self.link_fuzzy_multi()
        self.link_long_name_slips()
        self.link_scrambled_names()
        self.link_partial()
        self.link_fuzzy_single()
        self.link_wrong_first_names()
        self.link_first_name_slips()
        self.link_names_beside()
        self.link_altered_titles()
        self.link_added_articles()
        self.link_dropped_title_words()
        self._by_stated_year()
        self._reresolve()
        self._suggest_as_written()
        return self.mentions

    def _suggest_as_written(self) -> None:
        """A misspelt name is corrected in the form the writer used: "Borisof" alone (the
        surname) is "Borisov", not the full "Yura Borisov". The suggestion is the run of the
        entity's name words, as many as the mention has, nearest to what is written."""
        for m in self._found:
            if m is None or m.issue != "misspelled" or not m.suggestion \
                    or m.entity_type != "person":
                continue
            have, words = m.text.replace("-", " ").split(), m.suggestion.replace("-", " ").split()
            if not 0 < len(have) < len(words):   # ("Bong Jong-ho" is three words of three)
                continue
            runs = [" ".join(words[i:i + len(have)]) for i in range(len(words) - len(have) + 1)]
            written = fold_keep_length(m.text).lower()
            m.suggestion = min(runs, key=lambda r: Levenshtein.normalized_distance(
                written, fold_keep_length(r).lower()))

    # -- pass 1b: a first name that shares the next name's surname ------------------------------
    def link_shared_surnames(self) -> None:
        """"Ethan and Joel Coen", "Lana and Lilly Wachowski": a lone first name joined by "and"
        to a full name the KB knows stands for that first name with the same surname, when the
        KB holds exactly one person of that name."""
        for m in [m for m in self.mentions if m.entity_type == "person"]:
            words = m.text.split()
            k = self.tok_pos.get(m.start)
            if len(words) < 2 or k is None or k < 2:
                continue
            first, conj = self.tokens[k - 2], self.tokens[k - 1]
            if conj.folded not in ("and", "&") or not first.capitalised \
                    or self.text[first.end:conj.start] != " " \
                    or self.text[conj.end:m.start] != " " or not self.free(first.start, first.end):
                continue
            before = self.tokens[k - 3] if k >= 3 else None
            if before is not None and before.capitalised and \
                    self.text[before.end:first.start] == " ":
                continue   # "Jane Roe and John Doe": the word before is another name's
            g = self.idx.group(f"{first.folded} {self.tokens[k + len(words) - 1].folded}")
            people = {x for x in (g.ids() if g is not None else ()) if self.type_of(x) == "person"}
            if len(people) == 1:
                self.add(first.start, first.end, next(iter(people)), "partial", 0.85)

    # -- pass 4b: a wrong first name ------------------------------------------------------------
    _FIRST_NAME_GAP = 24    # characters between the name and the character or film it goes with

    def _unknown_names(self, min_letters: int, common=any):
        """(start, end, folded words) of each unlinked run of two or three capitalised words,
        each at least `min_letters` long, that no KB name is and whose words are not
        `common(...)` common words: the names the KB-person passes below compare."""
        for seg in self.segments():
            if not 2 <= len(seg) <= 3:
                continue
            s, e = seg[0].start, seg[-1].end
            if not self.free(s, e) or any(" " in t.folded or len(t.folded) < min_letters
                                          for t in seg):
                continue
            words = [t.folded for t in seg]
            if common(is_common(w) for w in words) or self.idx.group(" ".join(words)) is not None:
                continue
            yield s, e, words

    def link_wrong_first_names(self) -> None:
        """'Michael Madison' for Mikey Madison: a name of two or three words whose surname is
        that of a KB person and whose first name is not theirs, right next to a character that
        person plays ("Ani (Michael Madison)", "Michael Madison as Ani"), or, with the same
        first letter, next to a film of theirs with only grammar or film words between ("Anora's
        Michael Madison", "Anora director Samuel Baker"). Anyone
        else with that surname, or a name far from such a character or film, is someone the KB
        may lack and is left alone."""
        if not hasattr(self.kb, "facts_involving"):
            return
        near = [m for m in self.mentions if m.issue == "none"
                and m.entity_type in ("character", "film")]
        if not near:
            return
        for s, e, words in self._unknown_names(2, any):
            hits = set()
            for m in near:
                gap = self.text[m.end:s] if m.end <= s else self.text[e:m.start]
                if len(gap) > self._FIRST_NAME_GAP or any(c in gap for c in ".!?;\n") \
                        or (m.end <= s and _clause_joint(gap)):
                    continue   # (a film ending the clause before: "Alan Arkin won for Little
                    # Miss Sunshine, and Adam Arkin ..." says nothing of Adam Arkin's films)
                beside = len(gap) <= 12    # "Ani (X)", "X as Ani", "X, Ani's"
                for words_p, x in self._cast_of(m.entity.id, m.entity_type):
                    if len(words_p) != len(words) or words_p[1:] != words[1:] \
                            or words_p[0] == words[0]:
                        continue
                    if m.entity_type == "character" and beside:
                        hits.add(x)
                    elif words_p[0][:1] == words[0][:1] and all(
                            is_function_word(w) or is_common(w)
                            for w in fold_keep_length(gap).split() if w.isalpha()):
                        hits.add(x)    # "In Anora, X", "Anora director X", "X's Anora"
            if len(hits) == 1 and not self._other_role(s, e, next(iter(hits))):
                eid = next(iter(hits))
                self.add(s, e, eid, "context", 0.7, "misspelled", self.label_of(eid))

    def link_first_name_slips(self) -> None:
        """'Sarah Baker' in a text naming Sean Baker: a name of two or three words no KB person
        has, whose surname words are those of a person the text names in full and whose first
        name, another that some KB person has, begins with the same letter -- that person's
        name with the first name botched. A sentence telling of kin ("his brother Rory Culkin", "her father") or an
        occupation outside film-making says it is someone else; a pet form of the first name
        (Mike/Mikey) is another form of it, left to the passes that see what it plays."""
        people: dict[str, list[str]] = {}
        for m in self.mentions:
            if m.issue == "none" and m.entity_type == "person" and m.how != "partial":
                words = name_words(self.label_of(m.entity.id))
                if 2 <= len(words) <= 3 and len(m.text.split()) >= 2:
                    people.setdefault(m.entity.id, words)
        if not people:
            return
        for s, e, words in self._unknown_names(2, any):
            hits = {x for x, wp in people.items()
                    if len(wp) == len(words) and wp[1:] == words[1:] and wp[0] != words[0]
                    and wp[0][:1] == words[0][:1] and not _pet_form(wp[0], words[0])}
            if len(hits) != 1 or self._kin_told(s, e) \
                    or (self._named_in_sentence(s, e, next(iter(hits)))
                        and self._other_words(words, people[next(iter(hits))])) \
                    or not self.idx.partial_ids(words[0], {})[0]:
                continue   # (a first word no KB person has for a first name is no given
                # name: "Miraculous Madison")
            eid = next(iter(hits))
            if not self._other_role(s, e, eid) and not self._introduced(s, e):
                self.add(s, e, eid, "context", 0.7, "misspelled", self.label_of(eid))

    def _introduced(self, s: int, e: int) -> bool:
        """The name at text[s:e] is introduced as someone new: an apposition follows it
        (", a casting agent", ", the editor of ..."). (A film role before it, "director
        Shaun Baker", is what the named person is: no introduction.)"""
        after = fold_keep_length(self.text[e:e + 12]).split()
        return self.text[e:e + 1] == "," and len(after) > 1 and after[1] in ("a", "an", "the")

    def _kin_told(self, s: int, e: int) -> bool:
        """The paragraph around text[s:e] has a kin word ("brother", "wife", "family")."""
        text = self.text
        a = text.rfind("\n", 0, s) + 1
        ends = [i for i in (text.find("\n", e),) if i >= 0]
        b = min(ends) if ends else len(text)
        return any(w.strip(",;:()\"'") in KIN_WORDS
                   for w in fold_keep_length(text[a:b]).replace("'s", " ").split())

    def _cast_of(self, eid: str, etype: str) -> list[tuple[list[str], str]]:
        """(name words, person) of those who play a character, or who made or played in a
        film, by the KB's facts."""
        if etype == "film":
            return self._tied_people(eid)
        key = ("plays", self.kb_key, eid)
        got = _TIED_TITLES.get(key)
        if got is None:
            got = []
            for f in self.kb.facts_involving(eid):
                x = f.value if f.value_type == "entity" else None
                if f.subject == eid and f.predicate == "played_by" and isinstance(x, str) \
                        and self.type_of(x) == "person":
                    words = name_words(self.label_of(x))
                    if 2 <= len(words) <= 3:
                        got.append((words, x))
            _TIED_TITLES[key] = got
        return got

    # -- pass 4c: one misspelt word beside what it belongs to -----------------------------------
    def link_names_beside(self) -> None:
        """'Karagulian plays Torros', 'Corbett's The Brutalist', 'Ani (Madisen)': a lone
        capitalised word, one letter off a name word of an entity tied to a KB name right
        beside it (a character the person plays, a person who plays the character, a maker or
        character of the film), with only grammar or film words between. A word that is some
        KB name's, or far from such a neighbour, is left alone (it may be someone else)."""
        if not hasattr(self.kb, "facts_involving"):
            return
        near = [m for m in self.mentions if m.issue == "none"
                and m.entity_type in ("person", "character", "film")]
        if not near:
            return
        lower = self.lower_words()
        for seg in self.segments():
            if len(seg) != 1:
                continue
            t = seg[0]
            w = t.folded
            if len(w) < 4 or " " in w or not self.free(t.start, t.end) or is_common(w) \
                    or is_function_word(w) or w in lower or self.idx.known(w) \
                    or self._has_capitalised_neighbour(t) or self._given_name_before(t):
                continue
            hits: dict[str, str] = {}
            for m in near:
                gap = self.text[m.end:t.start] if m.end <= t.start else self.text[t.end:m.start]
                if m.end > t.start and m.start < t.end:
                    continue
                if len(gap) > self._FIRST_NAME_GAP or any(c in gap for c in ".!?;\n") \
                        or not _grammar_gap(gap):
                    continue
                for eid, words, whole in self._beside_names(m.entity.id, m.entity_type):
                    if any(_one_slip(w, x) for x in words):
                        hits.setdefault(eid, whole)
            if len(hits) == 1 and not self._other_role(t.start, t.end, next(iter(hits))):
                eid, whole = next(iter(hits.items()))
                self.add(t.start, t.end, eid, "context", 0.7, "misspelled", whole)

    def _beside_names(self, eid: str, etype: str) -> list[tuple[str, list[str], str]]:
        """(entity, name words to compare, the name to suggest) of what an entity's KB facts
        tie to it: the characters a person plays; the people who play a character; the people
        and characters of a film (surnames only for people: a first name alone is no name)."""
        key = ("beside", self.kb_key, eid)
        got = _TIED_TITLES.get(key)
        if got is not None:
            return got
        got, seen = [], set()
        for f in self.kb.facts_involving(eid):
            x = f.value if f.value_type == "entity" else None
            if f.predicate != "played_by" and etype != "film":
                continue
            for y in (f.subject, x, *(f.qualifiers.get("recipients") or [])):
                if not isinstance(y, str) or y == eid or y in seen:
                    continue
                ytype = self.type_of(y)
                if ytype == "character" and etype in ("person", "film"):
                    seen.add(y)
                    names = [self.label_of(y)] + [a for a, _k in self.kb.aliases_of(y)] \
                        if hasattr(self.kb, "aliases_of") else [self.label_of(y)]
                    # a one-word name first: what to suggest for a one-word slip ("Vanya")
                    for n in sorted(dict.fromkeys(names), key=lambda n: len(name_words(n))):
                        ws = name_words(n)
                        if ws:
                            got.append((y, ws, n if len(ws) == 1 else self.label_of(y)))
                elif ytype == "person" and etype in ("character", "film"):
                    seen.add(y)
                    ws = name_words(self.label_of(y))
                    if len(ws) >= 2:
                        got.append((y, ws[-1:], self.label_of(y)))
        if len(_TIED_TITLES) > 20_000:
            _TIED_TITLES.clear()
        _TIED_TITLES[key] = got
        return got

    # -- pass 2b: names with their letters scrambled --------------------------------------------
    def link_scrambled_names(self) -> None:
        """'Mayki Medison' for 'Mikey Madison': a run of 2-3 capitalised words whose every word
        has the first letter, about the length and nearly the letters of a word of the name of
        someone the text is tied to (through a film, ceremony or person it names). Letters out
        of order are beyond the edit distance the fuzzy matcher allows, so only people tied to
        the text are compared."""
        if not hasattr(self.kb, "facts_involving"):
            return
        anchors = list(dict.fromkeys(
            m.entity.id for m in self.mentions if m.issue == "none"
            and m.entity_type in ("film", "ceremony", "festival")))[:self._TITLE_TIES_MAX]
        people: dict[tuple, list[tuple[list[str], str]]] = {}
        for a in anchors:
            for words, x in self._tied_people(a):
                people.setdefault((len(words), tuple(w[0] for w in words)), []).append((words, x))
        if not people:
            return
        named = {m.entity.id for m in self.mentions}
        for s, e, words in self._unknown_names(3, all):
            hits = {x for cand, x in people.get((len(words), tuple(w[0] for w in words)), ())
                    if _scrambled(words, cand) and not self._someone_else(s, e, words, cand, x)
                    and (x in named or not any(w != c and _another_name(self.idx.known, w, c)
                                               for w, c in zip(words, cand)))}
            # (as `match_multi` reads a name: one the KB's words include, "Kathy Baker" beside
            # Kathy Bates's film, is another name; "her brother John Cusack" beside Joan
            # Cusack is a relative)
            if len(hits) == 1 and not self._other_role(s, e, next(iter(hits))):
                eid = next(iter(hits))
                self.add(s, e, eid, "fuzzy", 0.75, "misspelled", self.label_of(eid))

    def _tied_people(self, anchor: str) -> list[tuple[list[str], str]]:
        key = ("people", self.kb_key, anchor)
        got = _TIED_TITLES.get(key)
        if got is None:
            got, seen = [], set()
            for f in self.kb.facts_involving(anchor):
                q = f.qualifiers
                for x in (f.subject, f.value if f.value_type == "entity" else None,
                          *(q.get("recipients") or [])):
                    if isinstance(x, str) and x not in seen and self.type_of(x) == "person":
                        seen.add(x)
                        words = name_words(self.label_of(x))
                        if 2 <= len(words) <= 3:
                            got.append((words, x))
            _TIED_TITLES[key] = got
        return got

    # -- pass 5: titles with one word changed -------------------------------------------------
    _TITLE_TIES_MAX = 40        # document entities whose films are looked at
    _TITLE_FILMS_MAX = 3000

    def link_altered_titles(self) -> None:
        """A film title written with a word changed or misspelt ("Dune: Half Two", "Children Of
        The Lesser God", "The Aprentice"): a run of title-case words as long as the title of a
        film the text is tied to (through a ceremony, person or festival it names).
        Only films tied to the document are compared, and the run must keep enough of the
        title that an ordinary phrase is not taken for a film (see `_title_fits`)."""
        kb = self.kb
        if not hasattr(kb, "facts_involving"):
            return
        films = self._films_tied_to_text()
        if not films:
            return
        by_len: dict[int, list[tuple[tuple[str, ...], set[str]]]] = {}
        title_words: set[str] = set()
        by_first: dict[str, list[tuple[tuple[str, ...], set[str]]]] = {}
        for words, ids in films.items():
            by_len.setdefault(len(words), []).append((words, ids))
            title_words.update(words)
            if len(words) == 1:
                by_first.setdefault(words[0][:1], []).append((words, ids))
        toks = self.tokens
        # each word as the titles' words are written (`name_words`): apostrophes left out, a
        # possessive's s kept ("kings" in "The King's Speech"; the token stops before 's)
        words_of = [t.folded.replace(" ", "").replace("'", "").replace("\u2019", "")
                    + ("s" if self._possessive_cut(t) else "") for t in toks]
        lens = sorted(by_len, reverse=True)
        known = [0]   # known[j]: how many of the first j words are some tied title's
        for w in words_of:
            known.append(known[-1] + (w in title_words))
        i = 0
        while i < len(toks):
            t = toks[i]
            if not t.capitalised:
                i += 1
                continue
            done = False
            for k in lens:
                if i + k > len(toks) or known[i + k] - known[i] < k - 1:
                    continue   # cheap: all but one word must be some tied title's
                ww = words_of[i:i + k]
                if k == 1:     # one word: only titles with its first letter and about its length
                    w0 = ww[0]
                    if w0 in title_words or len(w0) < 4 or is_common(w0):
                        continue
                    cands = [c for c in by_first.get(w0[0], ()) if abs(len(c[0][0]) - len(w0)) <= 2]
                else:
                    cands = by_len[k]
                if not cands:
                    continue
                win = toks[i:i + k]
                if not self._title_window(win):
                    continue
                slot = None     # is the run where a title goes? (asked once, when needed)
                hits, same = set(), set()
                for words, ids in cands:
                    diff = [j for j in range(k) if words[j] != ww[j]]
                    if len(diff) != 1 or not (win[diff[0]].capitalised
                                              or is_function_word(ww[diff[0]])):
                        continue
                    if k >= 2 and _spelling_variant(ww[diff[0]], words[diff[0]]):
                        hits |= ids           # "Color" for "Colour": the title, spelt
                        same |= ids           # the American (or British) way
                        continue
                    fit = self._title_fits(ww, words, diff[0])
                    if fit == "slot":
                        if slot is None:
                            slot = self._title_slot(win[0].start, win[-1].end)
                        fit = slot or self._owner_of(win[0].start, ids) or (
                            title_cued(self.text, win[0].start, win[0].end) if k == 1
                            else film_doing_after(self.text, win[-1].end))
                        # (one word set off as a title: "Titanik swept the ceremony"; more
                        # words before a film's doing: "Bear Nation took home the prize",
                        # at a sentence's start too, not after "in": "grew up in Salt Nation")
                    if fit:
                        hits |= ids
                if len(hits) == 1:
                    s, e = win[0].start, win[-1].end
                    eid = next(iter(hits))
                    if eid in same:
                        self._drop_inside(s, e)
                        self.add(s, e, eid, "variant", 0.95)
                    else:
                        self._flag_misspelled(s, e, eid)
                    i += k
                    done = True
                    break
            if not done:
                i += 1

    def _flag_misspelled(self, s: int, e: int, eid: str) -> None:
        """Link text[s:e] to eid as a misspelling of its name, in place of the links inside."""
        self._drop_inside(s, e)
        self.add(s, e, eid, "fuzzy", 0.8, "misspelled", self.label_of(eid))

    _ARTICLES = ("the", "a", "an")

    def link_added_articles(self) -> None:
        """'The Nickel Boys', 'The Conclave': a film's title, linked exactly, after an article
        capitalised mid-sentence as a title's first word is, which the title does not have
        (and no KB name has with it): the title written with an article of its own, a
        misspelling of it. A sentence's or a heading's first word is capitalised anyway."""
        for i, m in enumerate(self._found):
            if m is None or m.entity_type != "film" or m.issue != "none" or m.how != "alias":
                continue
            k = self.tok_pos.get(m.start)
            if not k:
                continue
            p = self.tokens[k - 1]
            if p.folded not in self._ARTICLES or not p.text[:1].isupper() or p.all_caps \
                    or self.text[p.end:m.start] != " " or self.starts_clause(p.start) \
                    or not self.free(p.start, p.end):
                continue
            label = self.label_of(m.entity.id)
            words = name_words(label)
            if not words or words[0] in self._ARTICLES \
                    or [t.folded for t in self.tokens[k:k + len(words)]] != words:
                continue
            if self.idx.group(" ".join([p.folded] + words)) is not None:
                continue
            self._drop_inside(m.start, m.end)
            self.add(p.start, m.end, m.entity.id, "fuzzy", 0.8, "misspelled", label)

    def link_dropped_title_words(self) -> None:
        """A film title written with a grammar word left out ("Anatomy of Fall", "Killers of
        Flower Moon"), two of its content words kept, with a contraction written out in
        full ("I Am Still Here"), or a one-word title split in two ("Nomad Land"), of a film
        the text is tied to. Its
        leading article left out ("Shape of Water") only where a title goes (in quotes, after
        "for", in a list of films) and not after a lower-case "the" (the article was written,
        only not capitalised)."""
        if not hasattr(self.kb, "facts_involving"):
            return
        short: dict[tuple[str, ...], set[tuple[str, int]]] = {}
        for words, ids in self._films_tied_to_text().items():
            for x in ids:
                out = self._written_out_title(x)
                if out:
                    short.setdefault(out, set()).add((x, -1))
            for less, j in self._shortened_titles(words):
                for x in ids:
                    short.setdefault(less, set()).add((x, j))
        if not short:
            return
        lens = sorted({len(k) for k in short}, reverse=True)
        toks = self.tokens
        words_of = [t.folded.replace(" ", "") for t in toks]
        i = 0
        while i < len(toks):
            done = False
            if toks[i].capitalised:
                for k in lens:
                    got = short.get(tuple(words_of[i:i + k]))
                    if not got:
                        continue
                    win = toks[i:i + k]
                    if not self._title_window(win):
                        continue
                    s, e = win[0].start, win[-1].end
                    if any(j == 0 for _x, j in got):
                        if (i > 0 and toks[i - 1].folded in self._ARTICLES) \
                                or not self._title_slot(s, e):
                            continue
                    ids = {x for x, _j in got}
                    if len(ids) != 1:
                        continue
                    self._flag_misspelled(s, e, next(iter(ids)))
                    i += k
                    done = True
                    break
            if not done:
                i += 1

    def _written_out_title(self, film: str) -> Optional[tuple[str, ...]]:
        """A film's title words with its contraction written out ("I Am Still Here"), when
        that is three words or more and no KB name; else None. Kept per KB."""
        key = ("written_out", self.kb_key, film)
        if key in _TIED_TITLES:
            return _TIED_TITLES[key]
        out = _written_out(self.label_of(film))
        got = tuple(out) if out and len(out) >= 3 and self.idx.group(" ".join(out)) is None \
            else None
        if len(_TIED_TITLES) > 20_000:
            _TIED_TITLES.clear()
        _TIED_TITLES[key] = got
        return got

    def _shortened_titles(self, words: tuple[str, ...]) -> list[tuple[tuple[str, ...], int]]:
        """(words, index of the word left out, or -1) a title of these words may be written
        as that no KB name is: a one-word title of seven letters or more split in two ("Nomad
        Land" for Nomadland, each part three letters or more); a title of three words or more
        with one grammar word left out ("Anatomy of Fall"), two content words kept. Depends on
        the words and the KB's names only, so it is kept per KB."""
        key = ("shortened", self.kb_key, words)
        got = _TIED_TITLES.get(key)
        if got is not None:
            return got
        got = []
        if len(words) == 1 and len(words[0]) >= 7 and words[0].isalpha():
            w = words[0]
            for c in range(3, len(w) - 2):
                two = (w[:c], w[c:])
                if self.idx.group(" ".join(two)) is None:
                    got.append((two, -1))
        if len(words) >= 3:
            for j, w in enumerate(words):
                if not is_function_word(w):
                    continue
                less = words[:j] + words[j + 1:]
                if sum(1 for x in less if not is_function_word(x)) < 2 \
                        or self.idx.group(" ".join(less)) is not None:
                    continue
                got.append((less, j))
        if len(_TIED_TITLES) > 20_000:
            _TIED_TITLES.clear()
        _TIED_TITLES[key] = got
        return got

    def _films_tied_to_text(self) -> dict[tuple[str, ...], set[str]]:
        """(title words) -> films, of the films tied to what the text names: through a
        ceremony, person or festival it names, or an edition where a film it names was shown
        or nominated (the films listed with a film are mostly its rivals there)."""
        named = [m for m in self.mentions if m.issue == "none"]
        # a person's misspelt full name counts too: the fuzzy pass took it only when tied to
        # what the text names ("Brendan Frazer won Best Actor for The Wale")
        anchors = [m.entity.id for m in self.mentions
                   if (m.issue == "none" or m.issue == "misspelled" and m.how == "fuzzy")
                   and m.entity_type in ("person", "ceremony", "festival")]
        # the editions the text's films were shown or nominated at: the films listed with
        # a film are mostly its rivals there ("Anora beat Conclave and A Complete Unkown")
        anchors += [x for m in named if m.entity_type == "film" and m.issue == "none"
                    for x in sorted(self._works_of(m.entity.id))
                    if self.type_of(x) in ("ceremony", "festival")]
        anchors = list(dict.fromkeys(anchors))[:self._TITLE_TIES_MAX]
        # (the passes that ask run one after another and only read the table: it is made
        # again only when the mentions found between them changed the anchors)
        memo = self.__dict__.get("_films_memo")
        if memo is not None and memo[0] == anchors:
            return memo[1]
        films: dict[tuple[str, ...], set[str]] = {}
        n = 0
        for a in anchors:
            for words, x in self._tied_titles(a):
                films.setdefault(words, set()).add(x)
                n += 1
            if n > self._TITLE_FILMS_MAX:
                break
        self._films_memo = (anchors, films)
        return films

    def _title_fits(self, ww: list[str], words: tuple[str, ...], j: int):
        """Whether words `ww` are the title `words` with word `j` changed: True, False, or
        "slot" (only where a title goes, see `_title_slot`).

        - the word misspelt (its first letter, a letter or two off: "The Aprentice"): yes;
        - another word, two content words of the title kept ("The New School" is not "The
          New Spirit": one shared content word says nothing): yes;
        - another word, one content word kept ("Bear Nation" for "Bear Country", "The Residing
          Desert" for "The Living Desert"): only in a title's place, and only if the new word
          is no ordinary word of film writing nor a word of a person's name ("Emilia Clarke"
          is someone, not "Emilia Perez" altered)."""
        w, x = ww[j], words[j]
        if _other_instalment(w, x):
            return False   # "Dune: Part One" beside "Dune: Part Two": another film
        kept = sum(1 for i in range(len(ww)) if i != j and not is_function_word(ww[i]))
        if len(ww) >= 3 and kept >= 1 and (
                _number_variant(w, x) or (w in self._ARTICLES and x in self._ARTICLES)):
            # three words or more, all the title's but one written in the other number
            # ("No Country for Old Man", "West Side Stories") or with another article
            # ("Anatomy of the Fall"): the same words, the title, wherever it stands
            return True
        if len(ww) >= 2 and len(x) >= 4 and _number_variant(w, x) \
                and not is_common(w) and not self.idx.known(w):
            # a word of a longer title given a plural ("The Brutalists") or its s left out
            # ("The Holdover"): the title, misspelt, where a title goes ("The Substances are
            # banned" elsewhere is the ordinary word; a one-word title with an s,
            # "Tideways", may be another word)
            return "slot"
        if (len(w) >= 4 and w[0] == x[0] and not is_common(w) and not is_function_word(w)
                and not _plural_or_prefix(w, x)
                and min(OSA.distance(w, x), OSA.distance(_sound(w), _sound(x)))
                <= (1 if len(x) < 8 else 2)
                and not self.idx.known(w)):
            # a one-word title only where a title goes ("won for Conclav"): a lone
            # capitalised word elsewhere may be any word ("Wicker chairs")
            return True if len(ww) >= 2 else "slot"
        if len(ww) < 2:
            return False
        if len(ww) >= 3 and kept >= 2:
            return True
        if kept < 1 or x.isdigit() or not x.strip("ivxl"):
            return False    # "Gladiator Returns" is another film of the series, not "... II"
        if len(ww) >= 3 and not (is_common(w) and not is_function_word(w)) \
                and not self._person_word(w):
            # three words or more, all but one the title's: a grammar word swapped for
            # another ("A Full Unknown", "No Different Land") where a title goes
            return "slot"
        if is_function_word(w) or is_common(w) or is_function_word(x):
            return False
        if self._person_word(w):
            return False
        return "slot"

    def _person_word(self, w: str) -> bool:
        """`w` begins or ends the name of a KB person ("Emilia Clarke" is someone, not
        "Emilia Perez" altered)."""
        by_first, by_last = self.idx.partial_ids(w, ())
        return any(self.type_of(p) == "person" for p in list(by_first | by_last)[:50])

    def _title_slot(self, s: int, e: int) -> bool:
        """Words in a title's place: set off like a title (*X*, "X"), after "for" (a prize
        for a work: "Best Documentary for X"), or before a year in brackets ("X (1953)")."""
        text = self.text
        before, after = text[max(0, s - 6):s], text[e:e + 8]
        if before[-1:] and before[-1:] in _OPEN_MARKS and after[:1] in _CLOSE_MARKS:
            return True
        if before.rstrip(_OPEN_MARKS + " ").lower().split()[-1:] == ["for"] and \
                before.endswith((" ", *_OPEN_MARKS)):
            return True
        a = after.lstrip()
        if a.startswith("(") and a[1:5].isdigit() and a[5:6] == ")":
            return True
        return self._listed_with_film(s, e)

    _LIST_JOINS = (", and ", ", or ", ", ", " and ", " or ", " & ")

    def _listed_with_film(self, s: int, e: int) -> bool:
        """Words listed with a film the text names ("Conclave, A Full Unknown and The
        Brutalist"): a list's items are of one kind, so the words are in a title's place."""
        text = self.text
        i, j = self.tok_pos.get(s), bisect.bisect_left(self._tok_starts(), e)
        toks = self.tokens
        if i is None or (i > 0 and toks[i - 1].run == toks[i].run >= 0) or (
                j < len(toks) and 0 <= toks[j].run == toks[j - 1].run):
            return False    # part of a longer name ("Wicker Park"): that name is the item
        for join in self._LIST_JOINS:
            k = s - len(join)
            if k > 0 and text[k:s] == join:
                k -= 1
                while k > 0 and text[k] in _CLOSE_MARKS:
                    k -= 1
                if self._film_at(k, end=True):
                    return True
            k = e + len(join)
            if text[e:k] == join:
                while k < len(text) and text[k] in _OPEN_MARKS:
                    k += 1
                if self._film_at(k, end=False):
                    return True
        return False

    def _tok_starts(self) -> list[int]:
        if getattr(self, "_starts", None) is None:
            self._starts = [t.start for t in self.tokens]
        return self._starts

    def _film_at(self, k: int, end: bool) -> bool:
        """A film mention ends (`end`) or starts at position `k`."""
        if not 0 <= k < len(self.text):
            return False
        i = self.owner[k]
        m = self._found[i] if i >= 0 else None
        return m is not None and m.entity_type == "film" and (m.end == k + 1 if end
                                                               else m.start == k)

    def _owner_of(self, s: int, films: set[str]) -> bool:
        """The words at `s` follow the possessive of a person whose KB facts name one of
        `films` ("Sean Baker's Anorra", "Berger's Conclav"): a maker's work is a title's place."""
        text = self.text
        j = s - 1
        while j >= 0 and text[j] in " " + _OPEN_MARKS:
            j -= 1
        if j < 2 or text[j] not in "sS" or text[j - 1] not in "'\u2019":
            return False
        own = self.owner[j - 2] if j >= 2 else -1
        m = self._found[own] if own >= 0 else None
        if m is None or m.end != j - 1 or m.entity_type != "person" or m.issue != "none":
            return False
        return any(x in films for _w, x in self._tied_titles(m.entity.id))

    def _tied_titles(self, anchor: str) -> list[tuple[tuple[str, ...], str]]:
        """(title words, film) of the films an entity's facts name;
        kept per KB file (a KB never changes), so a ceremony's hundreds of facts are read once."""
        key = (self.kb_key, anchor)
        got = _TIED_TITLES.get(key)
        if got is None:
            got = []
            for f in self.kb.facts_involving(anchor):
                q = f.qualifiers
                for x in (f.subject, q.get("for_work"),
                          f.value if f.value_type == "entity" else None):
                    if not isinstance(x, str) or x == anchor or self.type_of(x) != "film":
                        continue
                    words = tuple(name_words(self.label_of(x)))
                    if words:
                        got.append((words, x))
            if len(_TIED_TITLES) > 20_000:
                _TIED_TITLES.clear()
            _TIED_TITLES[key] = got
        return got

    def _possessive_cut(self, t: Token) -> bool:
        """The tokenizer left a possessive 's off `t` ("King's" -> "King")."""
        after = self.text[t.end:t.end + 2]
        return len(after) == 2 and after[0] in "'\u2019\u02bc" and after[1] in "sS" \
            and not self.text[t.end + 2:t.end + 3].isalpha()

    def _title_window(self, win: list[Token]) -> bool:
        """Words written as one title: on one line, joined by spaces or title punctuation,
        content words capitalised, not a name the text already links in full."""
        text = self.text
        for a, b in zip(win, win[1:]):
            gap = text[a.end:b.start]
            if self._possessive_cut(a):
                gap = gap[2:]   # "The King's Speech": the 's the token left off is the word's
            if len(gap) > 3 or "\n" in gap or any(c not in " :,-\u2013\u2014" for c in gap):
                return False
        if not all(t.capitalised or is_function_word(t.folded) for t in win):
            return False
        if not win[-1].capitalised:
            return False
        s, e = win[0].start, win[-1].end
        for m in self.overlapping(s, e):
            if m.start < s or m.end > e or m.issue == "misspelled" or (m.start == s and m.end == e):
                return False
            if m.entity_type not in ("film", "character", "place"):
                return False   # a person's name inside: not a title
        return True

    _YEAR_AFTER_WORDS = 3   # "X, released in 2021": words between the comma and the year

    def _stated_year(self, s: int, e: int) -> Optional[int]:
        """The year the text sets on the title at s:e as the work's own: before it ("the 1962
        X"), in brackets after it ("X (1994)"), or opening a comma-set description of it
        ("X, released in 2021", "X, from 1995"), a few lower-case words before the year."""
        text = self.text
        before = text[max(0, s - 6):s]
        if len(before) == 6 and before[0] in " \n(\"'\u201c" and before[1:5].isdigit() \
                and before[5] == " ":
            return int(before[1:5])
        if len(before) >= 5 and s == 5 and before[:4].isdigit() and before[4] == " ":
            return int(before[:4])
        a = text[e:e + 8]
        a2 = a.lstrip()
        if a2.startswith("(") and a2[1:5].isdigit() and a2[5:6] == ")":
            return int(a2[1:5])
        if text[e:e + 2] == ", ":
            words = text[e + 2:e + 60].split()
            for k, w in enumerate(words[:self._YEAR_AFTER_WORDS + 1]):
                core = w.strip(",.;:)")
                if len(core) == 4 and core.isdigit():
                    return int(core)
                if not w.isalpha() or not w.islower():
                    break
        return None

    _LOCAL_STOPS = ".;!?\n"

    def _local_ties(self, i: int, m: Mention) -> set[str]:
        """What the words around a title name of it: the person whose possessive it follows
        ("Villeneuve's Dune") and the ceremonies named after it in its own stretch of text, up
        to the next film named or the end of the sentence or clause ("Dune received one
        nomination at the 57th Academy Awards")."""
        text = self.text
        out: set[str] = set()
        j = m.start - 1
        while j >= 0 and text[j] == " ":
            j -= 1
        if j >= 1 and text[j] in "sS'\u2019" and text[j - 1] in "'\u2019sS":
            end = j - 1 if text[j] in "sS" else j   # "Lynch's", "the Coens'"
            for x in self._found:
                if x is not None and x.entity_type == "person" and x.issue == "none" \
                        and x.end == end:
                    out.add(x.entity.id)
            k = self.tok_pos.get(text.rfind(" ", 0, end) + 1)
            t = self.tokens[k] if k is not None else None
            if not out and t is not None and t.capitalised and t.end == end \
                    and self.free(t.start, t.end):
                # a surname alone that several KB people share ("Spielberg's West Side
                # Story"): each of them, for the namesake film one of them is tied to
                out |= {x for x in self.idx.partial_ids(t.folded, {})[1]
                        if self.type_of(x) == "person"}
        stop = len(text)
        for c in self._LOCAL_STOPS:
            k = text.find(c, m.end)
            if k >= 0:
                stop = min(stop, k)
        for x in sorted((x for x in self._found if x is not None and x.start >= m.end),
                        key=lambda x: x.start):
            if x.start >= stop or x.entity_type == "film":
                break
            if x.entity_type == "ceremony" and x.issue == "none":
                out.add(x.entity.id)
        return out

    def _by_stated_year(self) -> None:
        """A title several KB films share goes to the one of the year the text sets on that
        very mention ("the 1962 Mutiny on the Bounty", "Little Women (1994)"), when exactly one
        of them is of that year; the year decides over any other film the document names."""
        if not self._alts:
            return
        for i, m in enumerate(self._found):
            if m is None or id(m) not in self._alts or m.entity_type != "film":
                continue
            year = self._stated_year(m.start, m.end)
            if year is not None:
                fits = [x for x in self._alts[id(m)]
                        if (ent := self.kb.entity(x)) is not None and ent.type == "film"
                        and getattr(ent, "year", None) is not None and int(ent.year) == year]
            else:
                fits = self._tied(self._alts[id(m)], self._local_ties(i, m))
            if len(fits) != 1:
                continue
            del self._alts[id(m)]
            eid = fits[0]
            self._found[i] = Mention(m.start, m.end, m.text,
                                     EntityRef(eid, self.label_of(eid)), "film",
                                     "none", None, 0.9, "context")

    def _reresolve(self) -> None:
        """A name several entities share ("Titanic", "The Square", "Brooklyn") goes to the one
        whose KB facts name something else the text names (a ceremony, a director, an actor),
        when exactly one does."""
        if not self._alts:
            return
        for i, m in enumerate(self._found):
            if m is None or id(m) not in self._alts:
                continue
            alts = self._alts[id(m)]
            others = {x.entity.id for x in self._found if x is not None and x is not m
                      and x.issue == "none" and x.entity.id not in alts
                      and x.entity_type in _TIE_TYPES}
            tied = self._tied(alts, others)
            if len(tied) != 1:
                continue
            eid = tied[0]
            if eid == m.entity.id and m.issue == "none":
                continue
            self._found[i] = Mention(m.start, m.end, m.text,
                                     EntityRef(eid, self.label_of(eid)), self.type_of(eid) or "",
                                     "none", None, 0.8, "context")
