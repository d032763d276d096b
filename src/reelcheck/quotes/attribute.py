"""Who said it: find the attribution next to each quote and resolve it to a person.

Attribution is read from the words touching the quote, in any order ("…," Baker said / said
Baker / according to Baker / Baker told Variety: "…" / Baker: "…"). Pronouns and role nouns
("she", "the director") go to the nearest fitting person mentioned before; gender comes from the
article itself (he/she near each name) with a small first-name hint as a fallback. Speakers are
linked to the KB through the linker's mentions, or by looking names up in the KB when the
linker found none.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from typing import Optional

from ..model import EntityRef, Mention
from ..textutil import fold
from .extract import (RawQuote, find_block_quotes, find_nested, find_quoted_spans,
                      looks_like_title, paragraphs, word_count)

VERBS = (
    "said", "says", "say", "told", "tells", "explained", "explains", "admitted", "admits",
    "confessed", "confesses", "shared", "shares", "laughed", "laughs", "joked", "jokes",
    "recalled", "recalls", "added", "adds", "noted", "notes", "remarked", "remarks", "stated",
    "insisted", "insists", "continued", "quipped", "replied", "answered", "declared", "argued",
    "claimed", "revealed", "reveals", "wrote", "writes", "described", "describes", "called",
    "calls", "put it", "reflected", "observed", "mused", "conceded", "acknowledged", "warned",
    "stressed", "emphasized", "emphasised", "promised", "gushed", "teased", "whispered",
    "posted", "tweeted", "announced", "confided", "boasted", "exclaimed", "sighed", "smiled",
    "shouted", "shouts", "yelled", "yells", "screamed", "screams", "cried", "cries", "asked",
    "asks",
)
_VERB = r"(?:" + "|".join(re.escape(v) for v in sorted(VERBS, key=len, reverse=True)) + r")"
# Verbs that may come before their speaker ("said Baker"); after "told"/"called" a name is the
# listener or the thing named, never the speaker.
INVERTIBLE = ("said", "says", "added", "adds", "recalled", "recalls", "explained", "explains",
              "continued", "replied", "answered", "wrote", "writes", "noted", "notes",
              "remarked", "quipped", "joked", "jokes", "laughed", "admitted", "confessed",
              "insisted", "declared", "argued", "observed", "mused", "conceded", "sighed",
              "exclaimed", "whispered", "warned", "stressed", "reflected", "continued")
_INV_VERB = r"(?:" + "|".join(sorted(set(INVERTIBLE), key=len, reverse=True)) + r")"
_AUX = (r"(?:(?:has|had|have|would|will|also|later|once|then|recently|previously|famously|"
        r"reportedly|since|once|\w+ly)\s+){0,2}")
_NAME = (r"[A-Z][\w'\u2019.-]*(?:\s+(?:(?:de|da|van|von|del|der|la|le|di|du|bin|al)\s+)?"
         r"[A-Z][\w'\u2019.-]*){0,3}")
_PRON = r"\b(?:[Hh]e|[Ss]he)\b"
ROLE_WORDS = ("director", "filmmaker", "actress", "actor", "star", "writer", "screenwriter",
              "producer", "editor", "singer", "performer", "newcomer", "auteur", "lead",
              "co-star", "costar", "cinematographer", "composer", "writer-director")
_ROLE = (r"\b(?:[Tt]he|[Oo]ur)\s+(?:[\w-]+\s+){0,2}?(?:"
         + "|".join(re.escape(r) for r in sorted(ROLE_WORDS, key=len, reverse=True)) + r")\b")
_SPK = rf"(?P<spk>{_ROLE}|{_PRON}|{_NAME})"
_APPOS = r"(?:,\s[^,\"\u201c\u201d]{1,40},)?"
_LEAD = r"^[\s,.!?\u2026\u2014\u2013-]*"

_R_SPK_VERB = re.compile(_LEAD + _SPK + _APPOS + r"\s+" + _AUX + rf"(?P<verb>{_VERB})\b")
_R_VERB_SPK = re.compile(_LEAD + rf"(?P<verb>{_INV_VERB})\s+" + _SPK)
_R_ACCORDING = re.compile(_LEAD + r"(?P<verb>according to)\s+" + _SPK)
_SPK_VERB = re.compile(_SPK + _APPOS + r"\s+" + _AUX + rf"(?P<verb>{_VERB})\b")
_VERB_SPK = re.compile(rf"\b(?P<verb>{_INV_VERB})\s+" + _SPK + r"\b")
_ACCORDING = re.compile(r"\b(?P<verb>[Aa]ccording to)\s+" + _SPK)
_ANY_VERB = re.compile(rf"\b(?P<verb>{_VERB})\b")
_COLON_INTRO = re.compile(r"^\s*" + _SPK + r"\b[^.!?\"\u201c\u201d:]{0,80}:\s*$")
_INTERVIEW = re.compile(r"^\s*(?P<spk>" + _NAME + r")\s*:\s*$")
_QA_LINE = re.compile(r"[ \t]*([QA])[:.][ \t]+(?=\S)")
_INTERVIEW_LINE = re.compile(r"(?P<spk>" + _NAME + r")\s*:\s+(?=\S)")
_SENT_END = re.compile(r"[.!?\u2026]\s+(?=[A-Z\"\u201c])")
_SCAN_NAME = re.compile(r"\b[A-Z][a-z'\u2019-]+(?:\s+(?:(?:de|van|von|del|la|le|di|du)\s+)?"
                        r"[A-Z][a-z'\u2019-]+){1,3}\b")
# Only pronouns that stand for a subject count: "thanked Baker for giving her a role" says
# nothing about Baker.
_FEMALE = re.compile(r"\b(?:she|herself)\b", re.I)
_MALE = re.compile(r"\b(?:he|himself)\b", re.I)
_NOT_NAMES = {"the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "when", "while",
              "after", "before", "then", "this", "that", "it", "we", "i", "you", "they", "yes",
              "no", "asked", "later", "still", "also", "critics", "fans", "reviewers",
              "audiences", "viewers", "people", "reports", "sources", "insiders", "many", "some",
              "others", "observers", "everyone", "someone", "nobody", "one", "both", "his",
              "her", "their", "its", "my", "our", "your"}

# A deliberately small fallback; the article's own pronouns take precedence.
_FIRST_NAME_GENDER = {
    **{n: "f" for n in ("anna", "ani", "anora", "maria", "mary", "emma", "olivia", "sofia",
                         "sophia", "emily", "sarah", "jennifer", "jessica", "laura", "julia",
                         "natalie", "nicole", "kate", "cate", "meryl", "greta", "margot",
                         "florence", "zoe", "scarlett", "demi", "fernanda", "karla", "lily",
                         "samantha", "rachel", "rebecca", "amy", "elizabeth", "michelle")},
    **{n: "m" for n in ("sean", "mark", "john", "james", "michael", "david", "robert", "paul",
                         "peter", "tom", "brad", "leonardo", "adrien", "ralph", "timothee",
                         "yura", "ivan", "igor", "vache", "karren", "alex", "daniel",
                         "christopher", "martin", "steven", "quentin", "george", "william",
                         "richard", "joseph", "thomas", "charles", "matthew", "andrew")},
}
_ROLE_GENDER = {"actress": "f"}
_ROLE_PREDICATES = {"director": ("director",), "filmmaker": ("director",),
                    "writer-director": ("director", "screenwriter"),
                    "auteur": ("director",), "writer": ("screenwriter",),
                    "screenwriter": ("screenwriter",), "producer": ("producer",),
                    "editor": ("film_editor",), "actress": ("cast_member",),
                    "actor": ("cast_member",), "star": ("cast_member",),
                    "lead": ("cast_member",), "co-star": ("cast_member",),
                    "costar": ("cast_member",), "newcomer": ("cast_member",),
                    "cinematographer": ("director_of_photography",),
                    "composer": ("composer",)}


def kb_gender(kb, eid: str) -> Optional[str]:
    """"f", "m" or None from the KB, as the claim engine reads it: the description ("American
    actress"), else the acting categories the person won or was nominated in."""
    if kb is None:
        return None
    try:
        e = kb.entity(eid)
        desc = f" {(e.description if e else '').lower()} "
        if re.search(r"\b(?:actress|woman|female)\b", desc):
            return "f"
        if re.search(r"\b(?:actor|man|male)\b", desc):
            return "m"
        cats = {kb.label(f.value).lower() for p in ("award_received", "nominated_for")
                for f in kb.facts_involving(eid, p)
                if f.subject == eid or eid in ((f.qualifiers or {}).get("recipients") or [])}
    except Exception:  # a KB without these tables or methods: the article decides
        return None
    f_, m_ = any("actress" in c for c in cats), any(re.search(r"\bactor\b", c) for c in cats)
    return "f" if f_ and not m_ else "m" if m_ and not f_ else None


@dataclass(slots=True)
class Person:
    """One place a person is named in the text."""
    start: int
    end: int
    name: str
    ref: Optional[EntityRef]

    @property
    def key(self) -> str:
        return self.ref.id if self.ref else fold(self.name)


@dataclass(slots=True)
class AttributedQuote:
    raw: RawQuote
    speaker: Optional[EntityRef] = None
    speaker_name: Optional[str] = None       # label, or the name as written when not in the KB
    notes: list = field(default_factory=list)


class SpeakerResolver:
    """Names, pronouns and role nouns -> people, using mentions, the KB and the text itself."""

    def __init__(self, text: str, mentions: list[Mention], kb, masked: list[tuple[int, int]]):
        self.text = text
        self.kb = kb
        self.persons: list[Person] = []
        self._masked = sorted(masked)
        self._mask_starts = [ms for ms, _ in self._masked]
        self._seen_ids: set[str] = set()
        self._kb_cache: dict[str, Optional[EntityRef]] = {}
        self._doc_entities = {m.entity.id for m in mentions or ()}
        # where the linker found a film, an award, a character...: never a speaker's name
        self.things = [(m.start, m.end) for m in mentions or ()
                       if not self._is_person(m.entity.id, m.entity_type)]
        for m in mentions or ():
            if self._is_person(m.entity.id, m.entity_type):
                self.persons.append(Person(m.start, m.end, m.text, m.entity))
                self._seen_ids.add(m.entity.id)
        self.persons.sort(key=lambda p: p.start)
        self._scan_names()
        self.persons.sort(key=lambda p: p.start)
        self._starts = [p.start for p in self.persons]
        self._by_part: dict[str, list[Person]] = {}
        for p in self.persons:
            self._index_parts(p)
        self._gender: dict[str, Optional[str]] = {}
        self._role_cache: dict[tuple, bool] = {}
        # starts of names that were a sentence's subject or a quote's speaker: a pronoun
        # speaker refers to one of these before any name in an object position
        self.salient: set[int] = set()
        # subjects still to be read from parses (`defer_salient`): only a he/she reads them
        self._deferred: list = []

    def mark_salient(self, start: int, end: int) -> None:
        self._mark(start, end, self.persons, self._starts)

    def _mark(self, start: int, end: int, persons: list, starts: list[int]) -> None:
        i = bisect_left(starts, end)
        for p in persons[max(0, i - 3):i]:
            if p.start < end and start < p.end:
                self.salient.add(p.start)

    def defer_salient(self, phrases) -> None:
        """Mark as salient, when a pronoun is first resolved, the (start, end, named) phrases
        the callable `phrases` gives then, against the people known now: as `mark_salient`
        would mark them now (later speakers are salient on their own), without reading their
        parses in a document no he/she asks about. A `named` phrase (the parser's PERSON) that
        is nobody known yet becomes a person of its own (`_add_subject`)."""
        self._deferred.append((phrases, list(self.persons), list(self._starts)))

    def _settle(self) -> None:
        while self._deferred:
            phrases, persons, starts = self._deferred.pop(0)
            for s, e, named in phrases():
                i = bisect_left(starts, e)
                if named and not any(p.start < e and s < p.end for p in persons[max(0, i - 3):i]):
                    self._add_subject(s, e)
                else:
                    self._mark(s, e, persons, starts)

    def _add_subject(self, start: int, end: int) -> None:
        """A person the parser names as a sentence's subject though neither the KB nor a quote
        knows them ('Lindqvist praised the jury'): a later he/she may mean them before anyone
        named in an object position. A surname alone stands for the full name said before."""
        name = self.text[start:end]
        if any(s < end and start < e for s, e in self.things) or not _plausible_name(name) \
                or _not_a_person(name, self.kb):
            return
        ref = None
        same = self._by_part.get(fold(name), []) if " " not in name.strip() else []
        before = [p for p in same if p.start < start]
        if before:
            name, ref = before[-1].name, before[-1].ref
        self.add_speaker(start, end, name, ref)

    # -- building the person list ---------------------------------------------------------
    def _is_person(self, eid: str, etype: str = "") -> bool:
        if etype:
            return etype == "person"
        if self.kb is None:
            return False
        e = self.kb.entity(eid)
        return bool(e and e.type == "person")

    def _kb_person(self, name: str) -> Optional[EntityRef]:
        if self.kb is None or not name.strip():
            return None
        if name in self._kb_cache:
            return self._kb_cache[name]
        try:
            found = self.kb.entities_by_name(name, type="person")
        except Exception:  # a KB without the expected tables: names stay unlinked
            found = []
        ref = None
        if found:
            found.sort(key=lambda e: (e.id not in self._seen_ids, e.id))
            ref = EntityRef(found[0].id, found[0].label)
        if len(self._kb_cache) < 10_000:
            self._kb_cache[name] = ref
        return ref

    def _scan_names(self) -> None:
        """Capitalised name spans the KB knows as people (a fallback when mentions are few)."""
        if self.kb is None:
            return
        taken = [(p.start, p.end) for p in self.persons]      # sorted, from the mentions
        taken_starts = [s for s, _ in taken]
        for m in _SCAN_NAME.finditer(self.text):
            i = bisect_left(taken_starts, m.end())
            if i > 0 and taken[i - 1][1] > m.start():
                continue
            words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group())]
            best = None
            for size in range(len(words), 1, -1):       # longest sub-span first
                for i in range(0, len(words) - size + 1):
                    s, e = m.start() + words[i][0], m.start() + words[i + size - 1][1]
                    ref = self._kb_person(self.text[s:e])
                    if ref:
                        best = (s, e, ref)
                        break
                if best:
                    break
            if best:
                s, e, ref = best
                self.persons.append(Person(s, e, self.text[s:e], ref))
                self._seen_ids.add(ref.id)

    def add_speaker(self, start: int, end: int, name: str, ref: Optional[EntityRef]) -> None:
        """Explicit speakers count as mentions for later pronouns (even outside the KB)."""
        i = bisect_left(self._starts, start)
        if i < len(self._starts) and self._starts[i] == start:
            return
        self.salient.add(start)
        p = Person(start, end, name, ref)
        self.persons.insert(i, p)
        self._starts.insert(i, start)
        self._index_parts(p)
        if ref:
            self._seen_ids.add(ref.id)

    def _index_parts(self, p: Person) -> None:
        """First and last names of multi-word names, for 'Baker' -> Sean Baker."""
        parts = fold(p.ref.label if p.ref else p.name).split()
        if len(parts) > 1:
            for part in {parts[0], parts[-1]}:
                insort(self._by_part.setdefault(part, []), p, key=lambda x: x.start)

    # -- gender -----------------------------------------------------------------------------
    def gender(self, person: Person) -> Optional[str]:
        key = person.key
        if key not in self._gender:
            self._gender[key] = self._compute_gender(key, person)
        return self._gender[key]

    def _compute_gender(self, key: str, person: Person) -> Optional[str]:
        if person.ref is not None:
            got = kb_gender(self.kb, person.ref.id)
            if got:
                return got
        f = m = 0
        ps = self.persons
        for i, p in enumerate(ps):
            if p.key != key:
                continue
            stop = min(ps[i + 1].start if i + 1 < len(ps) else len(self.text), p.end + 250)
            window = self._unmasked(p.end, stop)
            f += len(_FEMALE.findall(window))
            m += len(_MALE.findall(window))
        if f > m:
            return "f"
        if m > f:
            return "m"
        label = person.ref.label if person.ref else person.name
        first = fold(label).split(" ")[0] if label else ""
        return _FIRST_NAME_GENDER.get(first)

    def _unmasked(self, s: int, e: int) -> str:
        """text[s:e] with quoted words blanked (pronouns inside quotes say nothing here)."""
        chunk = list(self.text[s:e])
        i = max(0, bisect_right(self._mask_starts, s) - 1)
        while i < len(self._masked) and self._masked[i][0] < e:
            ms, me = self._masked[i]
            for k in range(max(ms, s), min(me, e)):
                chunk[k - s] = " "
            i += 1
        return "".join(chunk)

    # -- resolution -------------------------------------------------------------------------
    def resolve(self, kind: str, phrase: str, start: int, end: int
                ) -> tuple[Optional[EntityRef], Optional[str]]:
        """(KB entity or None, the name to compare with sources or None)."""
        if kind == "name":
            return self.resolve_name(phrase, start, end)
        if kind == "played":
            ref = self.played_by(phrase)
            return (ref, ref.label) if ref else (None, None)
        if kind == "pronoun":
            self._settle()
            g = "f" if phrase.lower() == "she" else "m"
            fits = lambda p: self.gender(p) in (None, g)  # noqa: E731
            p = self._nearest(start, lambda p: p.start in self.salient and fits(p), reach=6)
            if p is None:
                p = self._nearest(start, fits)
        else:
            role = phrase.lower().split()[-1]
            g = _ROLE_GENDER.get(role)
            fits = lambda p: g is None or self.gender(p) in (None, g)  # noqa: E731
            p = self._nearest(start, lambda p: fits(p) and self._has_role(p, role))
            if p is None:
                p = self._nearest(start, fits)
        if p is None:
            return None, None
        return p.ref, (p.ref.label if p.ref else p.name)

    def resolve_name(self, phrase: str, start: int, end: int
                     ) -> tuple[Optional[EntityRef], Optional[str]]:
        i = bisect_left(self._starts, end)        # the linker or the name scan linked it
        for p in self.persons[max(0, i - 3):i]:
            if p.ref and p.start < end and start < p.end:
                return p.ref, p.ref.label
        tokens = phrase.split()
        for i in range(len(tokens)):          # "Director Sean Baker" -> "Sean Baker"
            ref = self._kb_person(" ".join(tokens[i:]))
            if ref:
                return ref, ref.label
        # A surname or first name of someone already named: "Baker" -> Sean Baker.
        f = fold(phrase)
        same = self._by_part.get(f, [])
        if same:
            i = bisect_left(same, start, key=lambda x: x.start)
            p = same[i - 1] if i > 0 else same[0]    # nearest before, else the first after
            return p.ref, (p.ref.label if p.ref else p.name)
        ref = self._kb_surname(f)
        if ref:
            return ref, ref.label
        return None, phrase

    def played_by(self, character: str) -> Optional[EntityRef]:
        """The actor the KB says plays this character ('the actor who plays Toros')."""
        if self.kb is None:
            return None
        try:
            for c in self.kb.entities_by_name(character, type="character"):
                for f in self.kb.facts(subject=c.id, predicate="played_by"):
                    e = self.kb.entity(f.value) if f.value_type == "entity" else None
                    if e is not None:
                        return EntityRef(e.id, e.label)
        except Exception:
            return None
        return None

    def _kb_surname(self, f: str) -> Optional[EntityRef]:
        """A bare surname the article never spelled out in full: the one KB person with it, or
        the one of several whom the KB ties to something the article names (its film)."""
        if self.kb is None or " " in f or len(f) < 3:
            return None
        try:
            hits = [e for e in self.kb.search(f, limit=50)
                    if e.type == "person" and fold(e.label).split()[-1] == f]
        except Exception:
            return None
        if len(hits) > 1 and self._doc_entities:
            hits = [e for e in hits if self._tied_to_doc(e.id)]
        return EntityRef(hits[0].id, hits[0].label) if len(hits) == 1 else None

    def _tied_to_doc(self, eid: str) -> bool:
        try:
            facts = self.kb.facts_involving(eid)
        except Exception:
            return False
        return any(f.subject in self._doc_entities or f.value in self._doc_entities
                   or any(v in self._doc_entities for v in (f.qualifiers or {}).values()
                          if isinstance(v, str))
                   for f in facts)

    def _nearest(self, pos: int, ok, reach: int = 200) -> Optional[Person]:
        """The closest person named before `pos` that passes `ok` (within `reach` names)."""
        i = bisect_left(self._starts, pos)
        for p in reversed(self.persons[max(0, i - reach):i]):
            if p.end <= pos and ok(p):
                return p
        return None

    def _has_role(self, p: Person, role: str) -> bool:
        preds = _ROLE_PREDICATES.get(role)
        if not preds or p.ref is None or self.kb is None:
            return False
        key = (p.ref.id, role)
        if key not in self._role_cache:
            try:
                self._role_cache[key] = any(self.kb.facts(predicate=pr, object_entity=p.ref.id)
                                            for pr in preds)
            except Exception:
                self._role_cache[key] = False
        return self._role_cache[key]


def _speaker_kind(spk: str) -> str:
    if re.fullmatch(_PRON, spk):
        return "pronoun"
    if re.fullmatch(_ROLE, spk):
        return "role"
    return "name"


def _plausible_name(spk: str) -> bool:
    return fold(spk).split(" ")[0] not in _NOT_NAMES


def _take(q: RawQuote, m: re.Match, base: int) -> bool:
    spk = m.group("spk").strip()
    kind = _speaker_kind(spk)
    if kind == "name" and not _plausible_name(spk):
        # "In 2024 Baker said": drop leading non-name words
        words = spk.split()
        while words and fold(words[0]) in _NOT_NAMES:
            words = words[1:]
        if not words:
            return False
        off = m.group("spk").index(words[0])
        spk = " ".join(words)
        q.speaker_start = base + m.start("spk") + off
    else:
        q.speaker_start = base + m.start("spk")
    q.speaker_text, q.speaker_kind, q.verb = spk, kind, m.group("verb").lower()
    q.speaker_end = q.speaker_start + len(spk)
    return True


def _take_intro(q: RawQuote, m: re.Match, base: int) -> bool:
    spk = m.group("spk").strip()
    if _speaker_kind(spk) == "name" and not _plausible_name(spk):
        return False
    q.speaker_text, q.speaker_kind, q.verb = spk, _speaker_kind(spk), ":"
    q.speaker_start = base + m.start("spk")
    q.speaker_end = q.speaker_start + len(spk)
    return True


def _right_context(text: str, q: RawQuote, nxt: Optional[RawQuote], para_end: int) -> tuple[int, str]:
    s = q.close_mark + 1
    e = min(para_end, s + 200, nxt.open_mark if nxt and nxt.open_mark > s else para_end)
    return s, text[s:e]


def _left_context(text: str, q: RawQuote, prev: Optional[RawQuote], para_start: int
                  ) -> tuple[int, str]:
    s = max(para_start, prev.close_mark + 1 if prev else para_start, q.open_mark - 300)
    chunk = text[s:q.open_mark]
    # include the opening mark so a sentence that ends right before the quote is seen to end
    ends = list(_SENT_END.finditer(text[s:q.open_mark + 1]))
    if ends:
        cut = min(ends[-1].end(), len(chunk))
        s, chunk = s + cut, chunk[cut:]
    return s, chunk


def _attribute_one(text: str, q: RawQuote, prev, nxt, para: tuple[int, int]) -> None:
    rs, right = _right_context(text, q, nxt, para[1])
    ls, left = _left_context(text, q, prev, para[0])
    # '… what the shot "meant." She smiled.': a quote that ends its own sentence, which began
    # before it, is not attributed by the next sentence
    ended_inside = q.text.rstrip()[-1:] in ".!?\u2026" and re.search(r"[A-Za-z]", left)
    for rx in (() if ended_inside else (_R_SPK_VERB, _R_VERB_SPK, _R_ACCORDING)):
        m = rx.match(right)
        if m and _leads_next(q, text[rs + m.end():rs + m.end() + 80]):
            break        # '“….” He replied, “…”': the attribution introduces the next quote
        if m and _take(q, m, rs):
            q.how = "adjacent"
            return
    m = _INTERVIEW.match(left)
    if m and _plausible_name(m.group("spk")):
        q.speaker_text, q.speaker_kind, q.verb = m.group("spk").strip(), "name", ":"
        q.speaker_start = ls + m.start("spk")
        q.speaker_end = q.speaker_start + len(q.speaker_text)
        q.how = "adjacent"
        return
    m = _COLON_INTRO.match(left)          # 'Madison was blunt: "…"'
    if m and _take_intro(q, m, ls):
        q.how = "adjacent"
        return
    best = None
    for rx in (_SPK_VERB, _VERB_SPK, _ACCORDING):
        for m in rx.finditer(left):
            if best is None or m.end() > best.end():
                best = m
    if best is not None and _take(q, best, ls):
        q.how = "before"
        return
    m = None
    for m in _ANY_VERB.finditer(left):
        pass
    if m is not None:       # "critics called it ...": a verb of saying, nobody we can name
        q.verb = m.group("verb").lower()


def _leads_next(q: RawQuote, after: str) -> bool:
    """The words after a finished quote end in a comma or colon that opens another quote."""
    if q.text.rstrip()[-1:] not in ".!?\u2026":
        return False
    rest = after.split("\n", 1)[0]
    i = 0
    while i < len(rest) and rest[i] not in ",:.!?\"\u201c\u201d":
        i += 1
    return rest[i:i + 1] in (",", ":") and rest[i + 1:].lstrip()[:1] in ('"', "\u201c", "\u201e")


def _is_split_continuation(text: str, prev: RawQuote, q: RawQuote) -> bool:
    """'"…," she said, "…"': the text between is only an attribution and the first part did
    not end its sentence."""
    if (prev.para != q.para or prev.speaker_text is None
            or not prev.close_mark < prev.speaker_start < q.open_mark):
        return False
    between = text[prev.close_mark + 1:q.open_mark]
    if not re.fullmatch(r"[\s,\u2014\u2013-]*[^\"\u201c\u201d.!?]{1,80}?[,:;\u2014\u2013-]\s*",
                        between):
        return False
    before_close = text[prev.start:prev.close_mark].rstrip()
    ended = before_close[-1:] in (".", "!", "?", "\u2026")
    return not ended or q.text[:1].islower()


# The parse is for articles: a document with more quotes than this, or a paragraph longer than
# this, keeps the attribution the words around a quote give.
PARSE_MAX_QUOTES = 1000
PARSE_MAX_CHARS = 20_000


def extract_attributed(text: str, mentions: list[Mention], kb) -> list[AttributedQuote]:
    """Quotes in `text` with their speakers; scare quotes and titles are dropped."""
    blocks = find_block_quotes(text)
    raws = sorted([r for r in find_quoted_spans(text)
                   if not any(b.open_mark <= r.open_mark < b.close_mark for b in blocks)]
                  + blocks, key=lambda r: r.start)
    paras = paragraphs(text)
    masked = [(r.open_mark, r.close_mark + 1) for r in raws]
    resolver = SpeakerResolver(text, mentions, kb, masked)
    for i, q in enumerate(raws):
        prev = raws[i - 1] if i > 0 and raws[i - 1].para == q.para else None
        nxt = raws[i + 1] if i + 1 < len(raws) and raws[i + 1].para == q.para else None
        _attribute_one(text, q, prev, nxt, paras[q.para])
    nested = [n for q in raws for n in find_nested(text, q)]
    if raws and len(raws) <= PARSE_MAX_QUOTES:     # a dump, not an article: words around only
        _parse_pass(text, raws, nested, paras, resolver)
    raws += nested
    raws += _interview_lines(text, paras, raws, resolver)
    raws.sort(key=lambda r: r.start)

    out: list[AttributedQuote] = []
    group = 0
    last: Optional[AttributedQuote] = None
    for q in raws:
        aq = AttributedQuote(q)
        continued = (q.how != "nested" and last is not None
                     and _is_split_continuation(text, last.raw, q))
        if continued:
            q.group, q.part = last.raw.group, last.raw.part + 1
            aq.speaker, aq.speaker_name = last.speaker, last.speaker_name
            aq.notes.append(f"part {q.part + 1} of a quote split by an attribution")
        else:
            q.group, group = group, group + 1
            if q.speaker_text is not None:
                aq.speaker, aq.speaker_name = resolver.resolve(
                    q.speaker_kind, q.speaker_text, q.speaker_start, q.speaker_end)
                if q.speaker_kind == "name":
                    resolver.add_speaker(q.speaker_start, q.speaker_end, q.speaker_text,
                                         aq.speaker)
                if q.speaker_kind != "name" and aq.speaker_name is None:
                    aq.notes.append(f"could not tell who {q.speaker_text!r} is")
                elif aq.speaker is None and _is_character(q.speaker_text, kb):
                    aq.notes.append(f"{q.speaker_text} is a character: a line of film dialogue, "
                                    "not something a real person said")
                elif q.how == "previous-sentence":
                    aq.notes.append("speaker named in the sentence before the quote")
            elif q.how == "nested":
                aq.notes.append("a quote inside a quote; could not tell who said it")
            elif q.how == "answer":
                aq.notes.append("an answer in a Q&A; the line does not say who answers")
            elif (q.verb is None and last is not None and last.speaker_name
                  and _follows(text, last.raw, q) and word_count(q.text) > 4):
                aq.speaker, aq.speaker_name = last.speaker, last.speaker_name
                q.how = "carried"
                aq.notes.append("speaker carried over from the previous quote")
        if not _keep(aq, kb):
            continue
        out.append(aq)
        if q.how != "nested":
            last = aq
    return out


def _follows(text: str, prev: RawQuote, q: RawQuote) -> bool:
    """The quote opens the sentence right after the previous quote's own sentence (nothing but
    that quote's attribution lies between): the same speaker goes on talking."""
    if prev.close_mark < 0 or q.open_mark < 0 or prev.para not in (q.para, q.para - 1):
        return False
    between = text[prev.close_mark + 1:q.open_mark]
    if prev.speaker_start > prev.close_mark:
        between = text[max(prev.close_mark + 1, prev.speaker_end):q.open_mark]
    return len(between) <= 60 and len(_SENT_END.findall(between + "\u201c")) <= 1 and \
        word_count(between) <= 6


def _doc_len(doc) -> int:
    """len(doc.text) without rebuilding the text: where its last token's text and space end."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _parse_pass(text: str, raws: list[RawQuote], nested: list[RawQuote], paras,
                resolver: "SpeakerResolver") -> None:
    """Speakers the words around a quote leave open, read from the parse of its paragraph (and
    of the paragraph before, for a quote that opens its paragraph); the subjects of the three
    paragraphs before a quote are what its he/she most likely means. See quotes/parse.py."""
    from .parse import (governing, parse_paragraphs, previous_sentence_speaker,
                        speaker_phrase, stands_alone, with_entities)

    todo = [q for q in raws if q.open_mark >= 0]
    # only quotes the words around left open (no speaker, a role, a he/she) and nested ones
    need = [q for q in todo if q.speaker_text is None or q.speaker_kind != "name"] + nested
    want: dict[int, tuple[int, int]] = {}
    for q in need:
        qs = paras[q.para][0]
        for p in range(q.para, max(-1, q.para - 4), -1):
            if (p == q.para or paras[p][1] >= qs - 2000) and \
                    paras[p][1] - paras[p][0] <= PARSE_MAX_CHARS:
                want[p] = paras[p]
    # parsed now: the paragraphs of the quotes whose verb and speaker the parse reads (below);
    # the others in `want` (the paragraphs before, read for their subjects, which only a
    # he/she speaker asks about, and for a block quote's introduction) when first asked --
    # or now, in the same batch, when the words around already gave a he/she
    read = {q.para for q in todo if q.speaker_text is None or q.speaker_kind == "role"}
    read |= {n.para for n in nested}
    if any(q.speaker_kind == "pronoun" for q in todo):
        read = set(want)
    docs = parse_paragraphs(text, {p: want[p] for p in sorted(want) if p in read})

    def doc_of(p: int):
        if p not in docs:
            docs.update(parse_paragraphs(text, {p: want[p]}))
        return docs[p]

    spans = [(r.open_mark, r.close_mark + 1) for r in raws if r.open_mark >= 0]

    def subjects() -> list[tuple[int, int, bool]]:
        rest = {p: want[p] for p in sorted(want) if p not in docs}
        docs.update(parse_paragraphs(text, rest))
        out = []
        for p in sorted(want):
            base, doc = docs[p]
            end = base + _doc_len(doc)        # (Doc.text is rebuilt on every access)
            local = [x for x in spans if base <= x[0] < end]
            subj = [t for t in doc          # subjects are what a later he/she most likely means
                    if t.dep_ == "nsubj" and t.pos_ == "PROPN"
                    and not any(s <= base + t.idx < e for s, e in local)]
            if subj:
                with_entities(doc)          # is the subject a person? (quotes parse without NER)
            for t in subj:
                ph = speaker_phrase(t, base)
                if ph:
                    out.append((ph[0], ph[1], t.ent_type_ == "PERSON" and ph[3] == "name"))
        return out
    if want:
        resolver.defer_salient(subjects)
    for q in todo:
        if (q.speaker_text is not None and q.speaker_kind != "role") or q.para not in want:
            continue
        base, doc = docs[q.para]
        span = (q.open_mark, q.close_mark + 1)
        end = paras[q.para][1]
        here = [x for x in spans if base <= x[0] < end]
        ans = governing(doc, base, span, here)
        spk = ans.speaker
        if spk is None and ans.verb is None and stands_alone(doc, base, span, here):
            spk = previous_sentence_speaker(doc, base, q.open_mark, here, paras[q.para][0])
            opens_para = not re.search(r"\w", text[paras[q.para][0]:q.open_mark])
            if spk is None and opens_para and q.para - 1 in want:
                # a block quote: the paragraph before ends by introducing it
                pb, pdoc = doc_of(q.para - 1)
                spk = previous_sentence_speaker(pdoc, pb, pb + _doc_len(pdoc) + 1, spans)
        if spk is not None and spk.kind == "name" and (
                any(s < spk.end and spk.start < e for s, e in resolver.things)
                or _not_a_person(spk.text, resolver.kb)):
            spk = None            # 'Anora won five Oscars. "…"': a film does not speak
        if q.speaker_text is not None:        # a role from the words around: the parse may
            if spk is not None and spk.kind in ("name", "played"):   # know who exactly
                q.speaker_text, q.speaker_kind = spk.text, spk.kind
                q.speaker_start, q.speaker_end = spk.start, spk.end
            continue
        if spk is not None:
            q.speaker_text, q.speaker_kind, q.verb = spk.text, spk.kind, spk.verb
            q.speaker_start, q.speaker_end, q.how = spk.start, spk.end, spk.how
        elif ans.verb is not None:
            q.verb, q.passive = ans.verb, ans.passive
    for n in nested:
        if n.para not in want:
            continue
        base, doc = docs[n.para]
        outer = next(((r.open_mark, r.close_mark + 1) for r in todo
                      if r.open_mark < n.open_mark and n.close_mark < r.close_mark), None)
        ans = governing(doc, base, (n.open_mark, n.close_mark + 1),
                        [(n.open_mark, n.close_mark + 1)], within=outer)
        spk = ans.speaker
        if spk is not None and spk.kind in ("name", "played"):
            # a pronoun inside someone's words belongs to their story, not to the article
            n.speaker_text, n.speaker_kind, n.verb = spk.text, spk.kind, spk.verb
            n.speaker_start, n.speaker_end = spk.start, spk.end
        elif ans.verb is not None:
            n.verb = ans.verb


def _keep(aq: AttributedQuote, kb) -> bool:
    """Scare quotes and titles are not quotes."""
    q = aq.raw
    if q.open_mark < 0:
        return True
    n = word_count(q.text)
    attributed = q.speaker_text is not None or q.part > 0
    if _is_kb_title(q.text, kb):
        return False
    if not attributed and looks_like_title(q.text) and n > 1:
        return False
    if n <= 4 and not attributed:
        return False
    if n <= 2 and (q.passive or q.how in ("previous-sentence", "carried")):
        return False     # 'was asked what the ending "meant."': a word held up, not a quote
    if n <= 4 and q.part == 0 and aq.speaker is None and len((aq.speaker_name or "").split()) < 2:
        return False     # 'Critics called it a "triumph"': a descriptor, not someone's words
    return True


def _not_a_person(name: str, kb) -> bool:
    """The KB knows this name only as something other than a person (a film, an award)."""
    if kb is None:
        return False
    try:
        found = kb.entities_by_name(name)
    except Exception:
        return False
    return bool(found) and not any(e.type == "person" for e in found)


def _is_character(name: str, kb) -> bool:
    if kb is None:
        return False
    try:
        return bool(kb.entities_by_name(name, type="character"))
    except Exception:
        return False


def _is_kb_title(s: str, kb) -> bool:
    if kb is None or word_count(s) > 12:
        return False
    try:
        return any(e.type != "person" for e in kb.entities_by_name(s.strip(" .,!?")))
    except Exception:
        return False


def _interview_lines(text: str, paras, raws: list[RawQuote], resolver: SpeakerResolver
                     ) -> list[RawQuote]:
    """Q&A format without quotation marks: a paragraph 'Sean Baker: words…' whose prefix is a
    person the KB (or the linker) knows; in a transcript with 'Q:' questions, an 'A:' answer
    is a quote whose speaker the line does not name (it stays unknown)."""
    out = []
    has_marks = {r.para for r in raws}
    qa = any(_QA_LINE.match(text, ps, pe) and _QA_LINE.match(text, ps, pe).group(1) == "Q"
             for ps, pe in paras)
    for pno, (ps, pe) in enumerate(paras):
        if pno in has_marks:
            continue
        a = _QA_LINE.match(text, ps, pe) if qa else None
        if a and a.group(1) == "A":
            s, e = a.end(), pe
            while e > s and text[e - 1].isspace():
                e -= 1
            if word_count(text[s:e]) >= 3:
                out.append(RawQuote(start=s, end=e, text=text[s:e], open_mark=-1,
                                    close_mark=-1, para=pno, verb=":", how="answer"))
            continue
        m = _INTERVIEW_LINE.match(text, ps, pe)
        if not m or not _plausible_name(m.group("spk")):
            continue
        ref, _ = resolver.resolve_name(m.group("spk"), m.start("spk"), m.end("spk"))
        if ref is None:
            continue
        s, e = m.end(), pe
        while e > s and text[e - 1].isspace():
            e -= 1
        if word_count(text[s:e]) < 3 or looks_like_title(text[s:e]):
            continue        # 'Yura Borisov: The Quiet Man Behind It' is a headline
        out.append(RawQuote(start=s, end=e, text=text[s:e], open_mark=-1, close_mark=-1,
                            para=pno, speaker_text=m.group("spk"), speaker_start=m.start("spk"),
                            speaker_end=m.end("spk"), speaker_kind="name", verb=":"))
    return out
