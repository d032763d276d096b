"""Statements matched against the KB's sourced prose notes (plot, casting stories, careers).

Much of what film coverage says has no typed fact behind it ("Baker wrote the part for her",
"the home-invasion scene took eight days to film", "Ani quits the club"), but the KB keeps
sourced one-line notes (`statement` facts, and plot summaries) that say the same. A clause is a
claim, supported by such a note, only when the note says everything the clause says:

- every entity the clause names is the note's subject or named in it;
- every number (digits, number words, ordinals, money) is one of the note's;
- an exclusive word ("only", "every", "never") appears only if the note uses it too;
- most of the clause's content words are the note's (stemmed; names and light verbs aside).

Notes can only support: a clause that matches nothing is left alone (interpretation such as
"Ani finally seizes control" never becomes a claim), and a clause that differs from a note is
never refuted by it — the note may simply be silent about the detail.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from ..kb.store import Fact
from ..model import Mention
from ..textutil import fold
from .text import NUMBER_WORDS, ORDINAL_WORDS

PREDICATES = ("statement", "plot")
MIN_SHARED = 3      # terms (words, names, numbers) a clause shares with the note, at least
MIN_WORDS = 1       # of which content words
MIN_COVER = 0.65    # and this share of the clause's content words

_STOP = frozenset("""a an the and or but of to in on at for with from by as is are was were be been
being it its this that these those he she him her his hers they them their who whom which what
when where while after before then than so such into onto over under about up down out off very
also just even still again most more much many some any each both either neither not no has have
had do does did can could will would should may might must own same other another how why
because until once here there whose we us our you your i me my de la le du around roughly
nearly almost approximately ever several various numerous few""".split())
# verbs and nouns that carry no checkable content of their own in film prose
_LIGHT = frozenset("""film films movie movies play plays played
playing star stars starred starring role roles part parts appear appears appeared appearing follow
follows followed following come comes came went go goes going next later become becomes became
make makes made take takes took taken get gets got give gives gave given put puts set sets
turn turns turned know known call called name named way time year years day days month months
one story character characters actor actress director version world people acted acting
member members
really actually finally eventually""".split())
_EXCLUSIVE = frozenset("""only every all always never none no nobody nothing sole solely except
exclusively unlike instead rather neither nor without""".split())
_FIRST_ADVERB = re.compile(r"\bfirst ([a-z]+ed)\b")
_THE_ONE = re.compile(r"\bthe (?:one|lone)\b(?! (?:of|and|hand)\b)")
_NEGATION = re.compile(r"\b(?:not|never|no|n['’]t|nobody|nothing|neither|nor|no longer|"
                       r"failed to|denied|denies|false|untrue|myth)\b", re.I)
_IRREGULAR = {
    "wrote": "write", "written": "write", "writing": "write", "writes": "write", "writer": "write",
    "shot": "shoot", "shoots": "shoot", "shooting": "shoot", "filmed": "shoot", "filming": "shoot",
    "won": "win", "wins": "win", "winning": "win", "winner": "win",
    "ran": "run", "began": "begin", "begun": "begin", "sent": "send", "paid": "pay", "pays": "pay",
    "flew": "fly", "flies": "fly", "flown": "fly", "flight": "fly", "drove": "drive",
    "driven": "drive", "drives": "drive", "gone": "go", "met": "meet", "meets": "meet",
    "lives": "live", "living": "live", "lived": "live", "married": "marry", "marries": "marry",
    "wedding": "marry", "marriage": "marry", "children": "child", "men": "man", "women": "woman",
    "bought": "buy", "sold": "sell", "taught": "teach", "brought": "bring", "left": "leave",
    "leaves": "leave", "leaving": "leave", "fought": "fight", "broke": "break",
    "broken": "break", "breaking": "break", "tied": "tie", "premiered": "premiere",
    "premiering": "premiere", "debuted": "debut", "edited": "edit", "editing": "edit",
    "editor": "edit", "directed": "direct", "directing": "direct", "co-directed": "direct",
    "produced": "produce", "producer": "produce", "producing": "produce", "americans": "american",
    "stripper": "dance", "strip": "dance", "dancer": "dance", "creator": "creat", "dancing": "dance", "danced": "dance",
    "nominated": "nominate", "nomination": "nominate",
    "nominations": "nominate", "nods": "nominate", "nod": "nominate", "oscars": "oscar",
    "annulled": "annul", "annulment": "annul", "henchmen": "henchman",
    "thugs": "henchman", "goons": "henchman",
    "scripted": "write", "script": "screenplay", "screenwriter": "write",
}
_NUM_TOKEN = re.compile(
    r"\$?\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|m|bn)\b)?(?![a-z\d])"
    r"|\d+[a-z]+|[a-z][a-z0-9]*(?:-[a-z0-9]+)*", re.I)


@dataclass(frozen=True, slots=True)
class Terms:
    words: frozenset
    nums: frozenset
    exclusive: frozenset


def _stem(w: str) -> str:
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if len(w) > 4 and w.endswith(suf) and not w.endswith("ss"):
            w = w[: -len(suf)] + rep
            break
    return _IRREGULAR.get(w, w)


def _number(tok: str) -> Optional[str]:
    t = tok.lower().replace(",", "").lstrip("$").strip()
    scale = 1
    m = re.match(r"^([\d.]+)\s*(million|billion|m|bn)$", t)
    if m:
        t, scale = m.group(1), 1_000_000 if m.group(2) in ("million", "m") else 1_000_000_000
    try:
        v = float(t) * scale
    except ValueError:
        if t in ORDINAL_WORDS:
            return str(ORDINAL_WORDS[t])
        if t in NUMBER_WORDS and t not in ("a", "an", "single", "one"):
            return str(NUMBER_WORDS[t])
        return None
    return str(int(v)) if v == int(v) else str(v)


@lru_cache(maxsize=8192)
def terms(text: str) -> Terms:
    """Content words (stemmed, light words out), numbers and exclusive words of a text."""
    words, nums, excl = set(), set(), set()
    folded = _FIRST_ADVERB.sub(r"\1", fold(text))  # "first noticed": when, not which one
    if _THE_ONE.search(folded):
        excl.add("only")  # "the one character who sees her" claims exclusivity
    for m in _NUM_TOKEN.finditer(folded.replace("'s ", " ")):
        tok = m.group(0)
        n = _number(tok)
        if n is not None:
            nums.add(n.lstrip("0") or "0")
            continue
        tok = tok.lower()
        if tok.startswith("co-") and len(tok) > 4:  # "co-wrote" is not "wrote"
            tok = "co" + _stem(tok[3:])
        for w in tok.split("-"):
            if w in _EXCLUSIVE:
                excl.add(w)
                continue
            if w in _STOP or w in _LIGHT:
                continue
            w = _stem(w)
            if len(w) >= 3 and w not in _LIGHT:
                words.add(w)
    return Terms(frozenset(words), frozenset(nums), frozenset(excl))


def _names_of(kb, eid: str) -> list[str]:
    return [fold(a) for a, _k in kb.aliases_of(eid)]


def _fact_entities(f: Fact) -> set[str]:
    out = {f.subject}
    for k in ("about", "agents"):
        out.update(f.qualifiers.get(k) or [])
    for k in ("place", "origin", "destination", "works_in", "lives_in"):
        if f.qualifiers.get(k):
            out.add(f.qualifiers[k])
    return out


def candidates(kb, anchors: Iterable[str]) -> list[Fact]:
    """Notes about (or naming) any anchor entity; plot notes of any anchor film."""
    out: dict[str, Fact] = {}
    for eid in anchors:
        for pred in PREDICATES:
            for f in kb.facts_involving(eid, pred):
                if not f.disputed:
                    out[f.id] = f
    return list(out.values())


def _clause_terms(text: str, mentions: list[Mention], start: int) -> Terms:
    """Terms of a clause with the linked names blanked out (names are checked as entities)."""
    chars = list(text)
    for m in mentions:
        for i in range(max(0, m.start - start), min(len(chars), m.end - start)):
            chars[i] = " "
    return terms("".join(chars))


_REFERENCE = re.compile(r"\b(?:he|she|him|her|his|hers|it|its|the (?:film|movie|actor|actress|"
                        r"director|star|filmmaker))\b", re.I)


def score(kb, f: Fact, clause: str, ms: list[Mention], start: int,
          implied: Iterable[tuple[str, str]] = (), context: frozenset = frozenset()) -> float:
    """How fully note `f` covers the clause (0 when it does not say everything the clause says).

    `implied`: (entity, "person"|"film") pairs: who "he"/"she" and "it"/"the film" in the
    clause most likely are; one the note is about counts as a name it shares. `context`: the
    entities the whole sentence names.
    """
    if _NEGATION.search(clause):
        return 0.0
    ents = _fact_entities(f)
    ftext = fold(f.value)
    named = set()
    for m in ms:
        eid = m.entity.id
        if eid not in ents and fold(m.text) not in ftext \
                and not any(n and n in ftext for n in _names_of(kb, eid)) \
                and not (m.entity_type == "place" and _contains_noted_place(kb, eid, ents)):
            return 0.0
        named.add(eid)
    for r in _REFERENCE.finditer(clause):
        kind = "film" if r.group(0).lower() in ("it", "its") or "film" in r.group(0).lower() \
            or "movie" in r.group(0).lower() else "person"
        named |= {e for e, t in implied if e in ents and t == kind}
    subj = kb.entity(f.subject)
    if subj is not None and subj.type == "person" and f.subject not in named \
            and f.subject not in context and not any(
                (e := kb.entity(x)) is not None and e.type != "place" for x in named) \
            and not any(e in ents for e, t in implied if t == "film"):
        return 0.0  # a note about a person speaks only when the sentence names or means them
    ct = _clause_terms(clause, ms, start)
    ft = terms(f.value)
    if not ct.nums <= ft.nums:
        return 0.0
    if not ct.exclusive <= ft.exclusive:
        return 0.0
    # a name the note also names counts as a shared term (entity agreement is strong evidence);
    # words count by rarity among the notes, so a missing "cinematography" outweighs a shared
    # "best" and "win"
    hits = ct.words & (ft.words | _label_words(kb, ents))
    numbers = len(ct.nums - {"1"})  # a matching year or amount is evidence too; "first" is not
    if len(hits) < MIN_WORDS or len(hits) + len(named) + numbers < MIN_SHARED:
        return 0.0  # names alone do not make a statement
    idf = _idf(kb)
    top = idf.get("", 1.0)
    agree = NAME_WEIGHT * (len(named) + numbers)
    have = sum(idf.get(w, top) for w in hits) + agree
    need = sum(idf.get(w, top) for w in ct.words) + agree
    cover = have / need
    return cover if cover >= MIN_COVER else 0.0


NAME_WEIGHT = 3.0
_IDF: dict[str, dict[str, float]] = {}


def _idf(kb) -> dict[str, float]:
    """Inverse document frequency of note words (key "" holds the weight of unseen words)."""
    key = str(getattr(kb, "path", id(kb)))
    got = _IDF.get(key)
    if got is None:
        docs = [terms(f.value).words for p in PREDICATES for f in kb.facts(predicate=p)]
        n = len(docs) + 1
        df: dict[str, int] = {}
        for ws in docs:
            for w in ws:
                df[w] = df.get(w, 0) + 1
        got = {w: math.log(n / (c + 0.5)) for w, c in df.items()}
        got[""] = math.log(n / 0.5)
        _IDF[key] = got
    return got


def _contains_noted_place(kb, place: str, ents: set[str]) -> bool:
    """'New York' when the note says 'Manhattan': the claimed place contains a noted one."""
    for e in ents:
        seen = set()
        while e and e not in seen:
            if e == place:
                return True
            seen.add(e)
            parent = kb.facts(subject=e, predicate="part_of")
            e = parent[0].value if parent else None
    return False


def _label_words(kb, ents: set[str]) -> frozenset:
    out = set()
    for e in ents:
        out |= terms(kb.label(e)).words
    return frozenset(out)


_SPLIT = re.compile(r"\s*(?:[;:()—–]|,(?!\d{3}))\s*|\s+-\s+|\s+(?=(?:and|but|while|which|who|where|when|"
                    r"before|after|then|so|because|although|though)\b)", re.I)


def segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause-sized pieces of text[start:end] (split at punctuation and conjunctions)."""
    cuts = [start]
    for m in _SPLIT.finditer(text, start, end):
        cuts += [m.start(), m.end()]
    cuts.append(end)
    segs = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum() and text[b - 1] not in ")$%":
            b -= 1
        if b - a >= 8:
            segs.append((a, b))
    return segs


_RELATIVE = re.compile(r"(?:where|which|who|whom|whose|when|there)\b", re.I)


@dataclass(slots=True)
class Match:
    start: int
    end: int
    fact: Fact
    score: float


def scored_spans(kb, text: str, start: int, end: int, mentions: list[Mention],
                 anchors: Iterable[str], implied: Iterable[tuple[str, str]] = (),
                 max_join: int = 3) -> list[Match]:
    """Every clause-sized span of text[start:end] some KB note says in full, best first."""
    facts = candidates(kb, anchors)
    if not facts:
        return []
    segs = segments(text, start, end)
    spans = []
    context = frozenset(m.entity.id for m in mentions)
    for i in range(len(segs)):
        rel = _RELATIVE.match(text, segs[i][0])
        if rel and not any(0 < m.start - rel.end() <= 2 for m in mentions):
            continue  # "where they marry": the place is in the clause before ("which Igor
            # drives" names its own subject)
        for j in range(i, min(len(segs), i + max_join)):
            a, b = segs[i][0], segs[j][1]
            spans.append((a, b))
    if (start, end) not in spans:
        spans.append((start, end))
    scored: list[Match] = []
    for a, b in spans:
        clause = text[a:b]
        ms = [m for m in mentions if a <= m.start and m.end <= b]
        best = None
        for f in facts:
            s = score(kb, f, clause, ms, a, implied, context)
            if s and (best is None or s > best.score):
                best = Match(a, b, f, s)
        if best:
            scored.append(best)
    # prefer full coverage, then the span saying the most (longest)
    scored.sort(key=lambda m: (-m.score, -(m.end - m.start)))
    return scored


def disjoint(matches: list[Match]) -> list[Match]:
    """The best non-overlapping matches, in text order."""
    out: list[Match] = []
    for m in matches:
        if all(m.end <= o.start or m.start >= o.end for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start)
