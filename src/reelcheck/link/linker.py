"""`link_names`: every mention of a KB entity in a document, in text order, never overlapping.

Four passes, most certain first, each only over text the earlier ones left free:
1. exact names and aliases (one Aho-Corasick scan of the folded text, longest match wins);
2. misspelled full names (runs of 2-4 capitalised words close to a KB name);
3. partial names ("Baker" once "Sean Baker" has appeared; a KB-unique surname otherwise);
4. misspelled single surnames ("Karagullian").

`_Linker` runs the passes (`run`); each pass is a mixin in its own module: `exact.py`,
`full_names.py`, `surnames.py`, `name_slips.py`, `scraped.py`, `titles.py`; the spelling predicates they
share are in `spelling.py`.
"""
from __future__ import annotations

import bisect
from array import array
from typing import Optional

from rapidfuzz.distance import Levenshtein

from ..model import Document, EntityRef, Mention
from .exact import _ExactPass
from .fold import fold_keep_length
from .full_names import _FullNamePass
from .index import _kb_key, index_for
from .mojibake import repair
from .name_slips import _NameSlipPass
from .scraped import _ScrapedNamePass
from .surnames import _SurnamePass
from .titles import _TitlePass
from .tokens import glued_after, glued_before, in_headline, sentence_initial, tokenize, unglue
from .variants import (PARTICLES, name_words, romanized_alike, romanized_key,
                       romanized_person)


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


class _Linker(_ExactPass, _FullNamePass, _SurnamePass, _NameSlipPass, _ScrapedNamePass,
              _TitlePass):
    """One document's linking: the text, the KB, its name index and the mentions found so far."""

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
        if issue == "misspelled" and self._romanized_spelling(s, e, eid):
            how, issue, suggestion = "variant", "none", None   # no slip: another romanization
        m = Mention(s, e, self.text[s:e], EntityRef(eid, self.label_of(eid)),
                    self.type_of(eid) or "", issue, suggestion, round(score, 3), how)
        self.taken[s:e] = b"\x01" * (e - s)
        self.owner[s:e] = array("i", [len(self._found)]) * (e - s)
        self._found.append(m)
        return m

    def _romanized_spelling(self, s: int, e: int, eid: str) -> bool:
        """text[s:e] is a name of the person `eid` romanized another way than the KB's
        ("Aleksey Serebriakov" for Aleksei Serebryakov, "Karagulyan" alone for Karagulian):
        only for a person the KB holds as romanized from another script (`romanized_person`),
        whose name has no one right Latin spelling."""
        ent = self.kb.entity(eid)
        if ent is None or ent.type != "person":
            return False
        names = [ent.label] + ([a for a, _k in self.kb.aliases_of(eid)]
                               if hasattr(self.kb, "aliases_of") else [])
        latin = [n for n in names if n.isascii() or fold_keep_length(n).isascii()]
        if not romanized_person(ent.description, len(latin) < len(names)):
            return False
        written = name_words(self.text[s:e])
        for n in latin:
            words = name_words(n)
            if len(written) == 1 and len(words) > 1:
                words = [w for w in words if romanized_key(w) == romanized_key(written[0])][:1]
            if romanized_alike(written, words):
                return True
        return False

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

    def run(self) -> list[Mention]:
        self.tokens = unglue(self.text, tokenize(self.text), self.idx.known)
        self.tok_pos = {t.start: i for i, t in enumerate(self.tokens)}
        self.link_exact()
        self.link_shared_surnames()
        self.mark_wrong_accents()
        self.link_run_together_names()
        self.link_split_name_words()
        self.link_fuzzy_multi()
        self.link_wrapped_name_slips()
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
        entity's name words, as many as the mention has, nearest to what is written. A name
        run together ("SeanBaker") has all the name's letters: its suggestion is the whole
        name."""
        for m in self._found:
            if m is None or m.issue != "misspelled" or not m.suggestion \
                    or m.entity_type != "person":
                continue
            written = fold_keep_length(m.text).lower()
            if written.replace(" ", "") == fold_keep_length(m.suggestion).lower().replace(" ", ""):
                continue
            have, words = m.text.replace("-", " ").split(), m.suggestion.replace("-", " ").split()
            if not 0 < len(have) < len(words):   # ("Bong Jong-ho" is three words of three)
                continue
            runs = [" ".join(words[i:i + len(have)]) for i in range(len(words) - len(have) + 1)]
            m.suggestion = min(runs, key=lambda r: Levenshtein.normalized_distance(
                written, fold_keep_length(r).lower()))

    # -- pass 1b: a first name that shares the next name's surname ------------------------------
