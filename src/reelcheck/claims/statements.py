"""Statements matched against the KB's sourced prose notes (plot, casting stories, careers).

Much of what film coverage says has no typed fact behind it ("Baker wrote the part for her",
"the home-invasion scene took eight days to film", "Ani quits the club"), but the KB keeps
sourced one-line notes (`statement` facts, and plot summaries) that say the same. A clause is a
claim, supported by such a note, only when the note says everything the clause says:

- every entity the clause names is the note's subject or named in it, and none is the common
  error a correction note names only to set it right (its `errors` qualifier);
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
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from ..kb.store import Fact
from ..model import Mention
from ..textutil import fold
from .lexicon import load_lexicon
from .text import NUMBER_WORDS, ORDINAL_WORDS

PREDICATES = ("statement", "plot")
MIN_SHARED = 3      # terms (words, names, numbers) a clause shares with the note, at least
MIN_WORDS = 1       # of which content words
SENTENCE_MIN_WORDS = 1  # a sentence sharing fewer words with every note is not searched
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
# and words the lexicon (section `notes`, `light_words`) says carry none: the "mind" of "wrote
# the part with her in mind" (a note says "wrote it for her")
_LIGHT = _LIGHT | frozenset(w.lower() for key in ("light_words", "colour_words")
                            for w in load_lexicon().section("notes").get(key) or ())
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


@lru_cache(maxsize=1)
def _paraphrases() -> dict[str, str]:
    """A word -> the word the notes use for the same thing (`plot.paraphrases` of the lexicon:
    "bolts" is "runs off", "hands back" is "gives back")."""
    from .parse import lexicon
    groups = lexicon().section("plot").get("paraphrases") or {}
    # each word, and the stems of its inflections ("shares", "shared": "shar"); the word filed
    # under is one of them too, so that its own inflections read as it ("culminating", stemmed
    # "culminat", is the "culminate" that "ends" is read as)
    return {x: canon for canon, words in groups.items() for w in [canon, *(words or ())]
            for x in {w} | {_strip(w + end) for end in ("s", "ed", "ing")}
            | ({_strip(w[:-1] + end) for end in ("ed", "ing")} if w.endswith("e") else set())}


@lru_cache(maxsize=1)
def _prize_terms() -> frozenset:
    """The stems of the lexicon's prize nouns (qualifiers `award_nouns`: prize, award, ...)."""
    from .parse import lexicon
    return frozenset(_stem(w.lower()) for w in lexicon().qualifiers.get("award_nouns", ()))


@lru_cache(maxsize=1)
def _moments() -> dict[tuple[str, str], str]:
    """(word before, word) -> the note word for the moment of the story the pair names: "the
    last scene", "the final moments", "the finale" are the story's end, as a note's "at the
    end" or "Ending:" says it; "the first scene", "the opening" its start (`plot.ending_phrases`,
    `plot.opening_phrases`: a last word before a scene noun, or a moment's noun after "the")."""
    from .parse import lexicon
    sec = lexicon().section("plot")
    out: dict[tuple[str, str], str] = {}
    for key, word in (("opening_phrases", "start"), ("ending_phrases", "end")):
        e = sec.get(key) or {}
        for last in e.get("last_words") or ():
            for noun in e.get("scene_nouns") or ():
                out[(last, noun)] = word
        for noun in e.get("nouns") or ():
            out[("the", noun)] = word
    return {k: _stem(w) for k, w in out.items()}


def _moment(before: tuple, prev: str, tok: str) -> Optional[str]:
    """The note word for the story's moment `prev tok` names ("the last scene"), or None.
    `before`: the (up to two) words before `prev`. A moment of the story is "the" one or the
    film's ("the film's final scene"); "his first scene" is a scene of a person's work."""
    got = _moments().get((prev, tok))
    if got is None or prev == "the":
        return got
    frames = _story_frames()
    if before[-1:] == ("the",) or before[-1:] and before[-1] in frames \
            or before[-1:] == ("s",) and before[-2:-1] and before[-2] in frames:
        return got
    return None


@lru_cache(maxsize=1)
def _time_nouns() -> frozenset:
    """Nouns of a stretch of time (`plot.time_phrase_nouns`): "all" before one says how long
    ("all night", "all week"), not that something holds of every one."""
    from .parse import lexicon
    return frozenset(lexicon().section("plot").get("time_phrase_nouns") or ())


def _all_of_time(prev: str, tok: str) -> bool:
    """Whether `prev tok` is "all" with a noun of time: a length of time ("searched all night"),
    not an exclusive word."""
    return prev == "all" and tok in _time_nouns()


@lru_cache(maxsize=1)
def _story_frames() -> frozenset:
    from .parse import lexicon
    return frozenset(lexicon().section("plot").get("story_frames") or ())


_BEST = "best"


@lru_cache(maxsize=1)
def _category_heads() -> frozenset:
    """The stems of the lexicon's category heads (`categories.heads`: actor, performance, ...):
    with "best" before one, a clause names a prize's category."""
    from .parse import lexicon
    return frozenset(_stem(w.lower()) for w in lexicon().categories.get("heads", ()))


def _strip(w: str) -> str:
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if len(w) > 4 and w.endswith(suf) and not w.endswith("ss"):
            return w[: -len(suf)] + rep
    return w


def _stem(w: str) -> str:
    same = _paraphrases()
    if w in same:
        return same[w]
    if w in _IRREGULAR:
        return same.get(_IRREGULAR[w], _IRREGULAR[w])
    w = _strip(w)
    return same.get(w) or _IRREGULAR.get(w, w)


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
        if t in _count_adverbs():
            return f"{_count_adverbs()[t]}x"   # "won it twice": a count of times a note
            # must state (not the "second" of an ordinal)
        return None
    return str(int(v)) if v == int(v) else str(v)


@lru_cache(maxsize=1)
def _count_adverbs() -> dict:
    """The lexicon's count adverbs but "once", which as often means "formerly" ("once the
    favourite"): "twice", "thrice"."""
    got = load_lexicon().qualifiers.get("count_adverbs") or {}
    return {w: n for w, n in got.items() if n != 1}


def terms_of(text: str) -> Terms:
    """Content words (stemmed, light words out), numbers and exclusive words of a text."""
    words, nums, excl = set(), set(), set()
    folded = _FIRST_ADVERB.sub(r"\1", fold(text))  # "first noticed": when, not which one
    if _THE_ONE.search(folded):
        excl.add("only")  # "the one character who sees her" claims exclusivity
    prev, last, before = "", (), ("", "")
    for tok in _NUM_TOKEN.findall(folded.replace("'s ", " ")):
        kind, got = _token(tok)
        moment = _moment(before, prev, tok)
        before = (before[1], prev)
        if moment is not None:
            # "the last scene": the story's end, not a scene's words (those of the word
            # before it go with it)
            words.difference_update(last)
            kind, got = "w", ((moment,), ())
        if _all_of_time(prev, tok):
            excl.discard("all")   # "all night": how long, not every one (see _sentence_scan)
        prev, last = tok, got[0] if kind == "w" else ()
        if kind == "n":
            nums.add(got)
        else:
            words.update(got[0])
            excl.update(got[1])
    return Terms(frozenset(words), frozenset(nums), frozenset(excl))


terms = lru_cache(maxsize=8192)(terms_of)  # for note and name texts, which recur


_CONJ = frozenset("and but while which who where when before after then so because although "
                  "though".split())
_PERSON_PRON = frozenset("he she him her his hers".split())
_GENDERED = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def pronoun_genders(text: str) -> frozenset:
    """The genders a text's personal pronouns say ("her career": {"f"})."""
    words = "".join(ch if "a" <= ch <= "z" else " " for ch in text.lower()).split()
    return frozenset(_GENDERED[w] for w in words if w in _GENDERED)
_FILM_PRON = frozenset(("it", "its"))
_PUNCT_CUT = re.compile(r"\s*(?:[;:()—–]|,(?!\d{3}))\s*|\s+-\s+")


def _sentence_scan(text: str, start: int, end: int,
                   mentions: list[Mention]) -> tuple[list, list[tuple[int, int]]]:
    """One pass over a sentence: its tokens outside linked names as (position, kind, value) —
    "w" words, "n" numbers, "r" a pronoun or "the film" (value "person"/"film"), "x" "the one"
    (exclusivity) — and its clause-sized segments (cut at punctuation and conjunctions)."""
    spans = sorted((m.start, m.end) for m in mentions)
    out: list = []
    cuts: list[tuple[int, int]] = []
    prev = prev2 = prev3 = ""
    prev_at = -1
    k, nspans = 0, len(spans)
    sent = text[start:end]
    ascii_ = sent.isascii()
    low = sent.lower() if ascii_ else sent  # lower() keeps ASCII offsets
    for m in _NUM_TOKEN.finditer(low):
        p = m.start() + start
        tok = m.group(0)
        if nspans:
            while k < nspans and spans[k][1] <= p:
                k += 1
            if k < nspans and spans[k][0] <= p:
                rest = m.end() + start - spans[k][1]
                if rest <= 1 or tok[-rest] != "-" and tok[-rest - 1] != "-":
                    prev = prev2 = prev3 = ""
                    continue  # inside a linked name
                # "English-language": the words a hyphen joins to a linked name are the
                # clause's own
                p, tok = m.end() + start - rest, tok[-rest:].lstrip("-")
        tok = tok if ascii_ else fold(tok)
        kind, got, role = _token_info(tok)
        moment = _moment((prev3, prev2), prev, tok)
        if moment is not None:
            # "in the last scene": the story's end as a note says it ("at the end"); the word
            # before the scene noun is part of it
            while out and out[-1][0] == prev_at and out[-1][1] == "w":
                out.pop()
            kind, got = "w", ((moment,), ())
        if _all_of_time(prev, tok) and out and out[-1][0] == prev_at and out[-1][1] == "w":
            out.pop()   # "all night", "all week": a length of time, no exclusive "all"
        prev_at = p
        if role:
            if role == "conj":
                cuts.append((p, p))
            elif role in ("person", "film"):
                out.append((p, "r", role))
                if tok in _GENDERED:
                    out.append((p, "g", _GENDERED[tok]))
            elif prev == "the" and role in ("the-film", "the-person"):
                out.append((p, "r", role[4:]))
        if prev2 == "the" and prev in ("one", "lone") and tok not in ("of", "and", "hand"):
            out.append((p, "x", "only"))  # "the one character who sees her"
        if prev == "first" and tok.endswith("ed") and out and out[-1][1] == "n":
            out.pop()  # "first noticed": when, not which one
        if kind is not None:
            out.append((p, kind, got))
        prev3, prev2, prev = prev2, prev, tok
    for m in _PUNCT_CUT.finditer(text, start, end):
        p = m.start()
        if not any(a <= p < b for a, b in spans):
            cuts.append((m.start(), m.end()))
    out.sort(key=lambda t: t[0])
    return out, _segments_from(text, start, end, sorted(cuts))


@lru_cache(maxsize=65536)
def _token_info(tok: str):
    """(kind, value, role) of a token: `_token`'s answer (kind None when it adds nothing) and
    its role in the sentence ("conj", "person"/"film" pronoun, "the-film"/"the-person" after
    "the")."""
    kind, got = _token(tok)
    if kind == "w" and not got[0] and not got[1]:
        kind = None
    role = ("conj" if tok in _CONJ else "person" if tok in _PERSON_PRON else
            "film" if tok in _FILM_PRON else "the-film" if tok in ("film", "movie") else
            "the-person" if tok in ("actor", "actress", "director", "star", "filmmaker") else None)
    return kind, got, role


def _segments_from(text: str, start: int, end: int, cuts: list[tuple[int, int]]):
    segs = []
    a = start
    for c0, c1 in cuts + [(end, end)]:
        b = c0
        x, y = a, b
        while x < y and not text[x].isalnum():
            x += 1
        while y > x and not text[y - 1].isalnum() and text[y - 1] not in ")$%":
            y -= 1
        if y - x >= 8:
            segs.append((x, y))
        a = max(a, c1)
    return segs


@lru_cache(maxsize=65536)
def _token(tok: str):
    """One token's contribution: ("n", number) or ("w", (content words, exclusive words))."""
    n = _number(tok)
    if n is not None:
        return "n", n.lstrip("0") or "0"
    tok = tok.lower()
    head, _, rest = tok.partition("-")
    if rest and head not in ("a", "an", "single") and (
            head in NUMBER_WORDS or head.isdigit()):
        # "three-carat", "twenty-one-year-old": a measure whose number the note must hold, as
        # it must hold "4" of "4-carat" ("four-carat" is that number; "three-carat" is not)
        n = int(NUMBER_WORDS.get(head, head))
        unit = rest.partition("-")[0]
        if n >= 20 and unit in NUMBER_WORDS and NUMBER_WORDS[unit] < 10:
            n += NUMBER_WORDS[unit]
        return "n", str(n)
    if any(ch.isdigit() for ch in tok):
        return "n", tok  # "35mm", "5s", "4k": a value the note must hold, like a number
    if tok.startswith("co-") and len(tok) > 4:  # "co-wrote" is not "wrote"
        tok = "co" + _stem(tok[3:])
    words, excl = [], []
    for w in tok.split("-"):
        if w in _EXCLUSIVE:
            excl.append(w)
            continue
        if w in _STOP or w in _LIGHT:
            continue
        w = _stem(w)
        if len(w) >= 3 and w not in _LIGHT:
            words.append(w)
    return "w", (tuple(words), tuple(excl))


_NAMES: dict[tuple[str, str], list[str]] = {}


def _names_of(kb, eid: str) -> list[str]:
    key = (_kb_key(kb), eid)
    got = _NAMES.get(key)
    if got is None:
        got = [fold(a) for a, _k in kb.aliases_of(eid)]
        e = kb.entity(eid)
        last = fold(e.label).split()[-1] if e is not None and e.type == "person" else ""
        if len(last) >= 5 and " " in fold(e.label):
            got.append(last)   # a note names a person by surname ("Borisov's first scene")
        if len(_NAMES) < 200_000:
            _NAMES[key] = got
    return got


def _fact_entities(f: Fact) -> set[str]:
    out = {f.subject}
    for k in ("about", "agents"):
        out.update(f.qualifiers.get(k) or [])
    for k in ("place", "origin", "destination", "works_in", "lives_in"):
        if f.qualifiers.get(k):
            out.add(f.qualifiers[k])
    return out


def _kb_key(kb) -> str:
    """A stable key for per-KB caches (the file as opened; set on the KB object once)."""
    key = getattr(kb, "_notes_key", None)
    if key is None:
        key = getattr(kb, "cache_key", None) or str(getattr(kb, "path", id(kb)))
        try:
            kb._notes_key = key
        except AttributeError:
            pass
    return key


_ABOUT: dict[tuple[str, str], frozenset] = {}


def candidate_ids(kb, anchors: Iterable[str]) -> set[str]:
    """Ids of the notes about (or naming) any anchor entity, plot notes of anchor films."""
    key = _kb_key(kb)
    out: set[str] = set()
    for eid in anchors:
        got = _ABOUT.get((key, eid))
        if got is None:
            got = frozenset(f.id for pred in PREDICATES for f in kb.facts_involving(eid, pred)
                            if not f.disputed)
            if len(_ABOUT) < 200_000:
                _ABOUT[(key, eid)] = got
        out |= got
    return out


def candidates(kb, anchors: Iterable[str]) -> list[Fact]:
    """Notes about (or naming) any anchor entity; plot notes of any anchor film."""
    return [f for i in sorted(candidate_ids(kb, anchors)) if (f := kb.fact(i)) is not None]


def _clause_terms(text: str, mentions: list[Mention], start: int) -> Terms:
    """Terms of a clause with the linked names blanked out (names are checked as entities)."""
    if not mentions:
        return terms_of(text)
    parts, pos = [], 0
    for m in sorted(mentions, key=lambda m: m.start):
        a, b = max(pos, m.start - start), min(len(text), m.end - start)
        if a >= b:
            continue
        parts += [text[pos:a], " " * (b - a)]
        pos = b
    parts.append(text[pos:])
    return terms_of("".join(parts))


_REFERENCE = re.compile(r"\b(?:he|she|him|her|his|hers|it|its|the (?:film|movie|actor|actress|"
                        r"director|star|filmmaker))\b", re.I)


@dataclass(frozen=True, slots=True)
class Note:
    """A note prepared once per KB: its entities, folded text, terms and vocabulary."""
    fact: Fact
    ents: frozenset
    ftext: str
    terms: Terms
    vocab: frozenset          # its words and the words of the names it is about
    person_subject: bool
    prized: bool              # it says a prize word or names a prize, show or festival
    others_nums: tuple = ()   # (numbers, entities) of each "; " part that names someone else


_NOTES: dict[tuple[str, str], Note] = {}


def note_of(kb, f: Fact) -> Note:
    key = (_kb_key(kb), f.id)
    got = _NOTES.get(key)
    if got is None:
        ents = frozenset(_fact_entities(f))
        subj = kb.entity(f.subject)
        # the words of a title the note names ("after The Lost Weekend") are that film, said
        # by its name (`ents`), not words of the note's own ("lost")
        t = terms(_titles_blanked(kb, f.value, ents))
        if _FIRST_ADVERB.search(fold(f.value)):
            # "Borisov's first filmed scene": "first" may say which one, as "the first scene
            # Borisov filmed" does (a clause's "first noticed" asks for no number: see terms_of)
            t = Terms(t.words, t.nums | {"1"}, t.exclusive)
        got = Note(f, ents, fold(f.value), t, t.words | _label_words(kb, ents),
                   subj is not None and subj.type == "person",
                   bool(t.words & _prize_terms()) or any(
                       (e := kb.entity(x)) is not None and e.type in ("award", "ceremony",
                                                                      "festival")
                       for x in ents),
                   _others_numbers(kb, f, ents))
        if len(_NOTES) < 200_000:
            _NOTES[key] = got
    return got


def _others_numbers(kb, f: Fact, ents: frozenset) -> tuple:
    """For a note of "; "-separated parts, the numbers each part gives about another person or
    work than the note's subject ("first to win four in one night; previous record: Bong Joon
    Ho, 3 for Parasite"): (numbers no other part gives, the entities that part names). Such a
    number is that other's, so it covers a clause only when the clause names one of them too
    ("first" is no such number: "the first since X" is the subject's)."""
    parts = [x for x in str(f.value).split(";") if x.strip()]
    if len(parts) < 2:
        return ()
    split = []
    for part in parts:
        fpart = fold(part)
        others = frozenset(e for e in ents if e != f.subject and _names_in(kb, e, fpart) and (
            (x := kb.entity(e)) is not None and x.type in ("person", "film", "work")))
        split.append((terms(_titles_blanked(kb, part, ents)).nums, others))
    own = frozenset().union(*(n for n, o in split if not o))
    return tuple((n - own, o) for n, o in split if o and n - own)


_INDEX: dict[str, tuple[dict[str, frozenset], dict[str, Note]]] = {}


def _vocab_index(kb) -> tuple[dict[str, frozenset], dict[str, Note]]:
    """(word -> ids of the notes whose vocabulary holds it, id -> note), built once per KB."""
    key = _kb_key(kb)
    got = _INDEX.get(key)
    if got is None:
        by_word: dict[str, set] = {}
        notes: dict[str, Note] = {}
        for p in PREDICATES:
            for f in kb.facts(predicate=p):
                if f.disputed:
                    continue
                notes[f.id] = n = note_of(kb, f)
                for w in n.vocab:
                    by_word.setdefault(w, set()).add(f.id)
        got = _INDEX[key] = ({w: frozenset(ids) for w, ids in by_word.items()}, notes)
    return got


def score(kb, f: Fact, clause: str, ms: list[Mention], start: int,
          implied: Iterable[tuple[str, str]] = (), context: frozenset = frozenset()) -> float:
    """How fully note `f` covers the clause (0 when it does not say everything the clause says).

    `implied`: (entity, "person"|"film") pairs: who "he"/"she" and "it"/"the film" in the
    clause most likely are; one the note is about counts as a name it shares. `context`: the
    entities the whole sentence names.
    """
    if _NEGATION.search(clause):
        return 0.0
    return score_note(kb, note_of(kb, f), Clause.of(clause, ms, start), implied, context)


@dataclass(slots=True)
class Clause:
    """A span's terms, mentions (with folded surface text) and the kinds of its pronouns."""
    terms: Terms
    ms: list
    refs: frozenset           # "person" / "film": what its pronouns and descriptions point at
    genders: frozenset = frozenset()   # "f" / "m": the genders its personal pronouns say

    @classmethod
    def of(cls, text: str, ms: list[Mention], start: int) -> "Clause":
        refs = set()
        for r in _REFERENCE.finditer(text):
            word = r.group(0).lower()
            refs.add("film" if word in ("it", "its") or "film" in word or "movie" in word
                     else "person")
        return cls(_clause_terms(text, ms, start), [(m, fold(m.text)) for m in ms],
                   frozenset(refs), pronoun_genders(text))

    @classmethod
    def of_tokens(cls, a: int, b: int, toks: list, ms: list) -> "Clause":
        """The clause [a, b) from its sentence's tokens (see `_sentence_tokens`); `ms` are
        (mention, folded surface) pairs."""
        words, nums, excl, refs = set(), set(), set(), set()
        lo = bisect_left(toks, (a,))
        hi = bisect_left(toks, (b,))
        for _pos, kind, got in toks[lo:hi]:
            if kind == "w":
                words.update(got[0])
                excl.update(got[1])
            elif kind == "n":
                nums.add(got)
            elif kind != "g":  # "r": a pronoun or description pointing at a person or
                # film; "x": exclusive ("g", a pronoun's gender, is read below)
                (refs if kind == "r" else excl).add(got)
        return cls(Terms(frozenset(words), frozenset(nums), frozenset(excl)), ms,
                   frozenset(refs), frozenset(g for _p, kind, g in toks[lo:hi] if kind == "g"))

    @classmethod
    def join(cls, parts: list["Clause"]) -> "Clause":
        return cls(Terms(frozenset().union(*(p.terms.words for p in parts)),
                         frozenset().union(*(p.terms.nums for p in parts)),
                         frozenset().union(*(p.terms.exclusive for p in parts))),
                   [x for p in parts for x in p.ms], frozenset().union(*(p.refs for p in parts)),
                   frozenset().union(*(p.genders for p in parts)))


def score_note(kb, note: Note, clause: Clause, implied: Iterable[tuple[str, str]],
               context: frozenset) -> float:
    """`score` for a prepared note and clause (cheap tests first)."""
    ct = clause.terms
    if not ct.nums <= note.terms.nums or not ct.exclusive <= note.terms.exclusive:
        return 0.0
    if not note.prized and (not ct.words.isdisjoint(_prize_terms()) or (
            _BEST in ct.words and not ct.words.isdisjoint(_category_heads()))):
        return 0.0    # a clause about a prize ("gave its top prize to X in 2024", "Best Lead
        # Performance for Madison") needs a note about one: a note that X made a year's
        # top-ten lists, or that a performance led to a part, shares its other words
    # a name the note also names counts as a shared term (entity agreement is strong evidence);
    # words count by rarity among the notes, so a missing "cinematography" outweighs a shared
    # "best" and "win"
    hits = ct.words & note.vocab
    numbers = len(ct.nums - {"1"})  # a matching year or amount is evidence too; "first" is not
    if len(hits) < MIN_WORDS or \
            len(hits) + len(clause.ms) + len(clause.refs) + numbers < MIN_SHARED:
        return 0.0
    ents, ftext = note.ents, note.ftext
    named = set()
    errors = set(note.fact.qualifiers.get("errors") or ())
    for m, surface in clause.ms:
        eid = m.entity.id
        if eid in errors:
            return 0.0   # a correction note names its common error only to say it is wrong:
            # "The Florida Project was shot on iPhones" is the error it corrects, not its word
        if eid not in ents:
            # a name inside another name the note holds is not said ("Florida" in "The
            # Florida Project")
            bare = _words_of(_without_names(kb, ftext, ents, surface))
            if _words_of(surface) not in bare and not any(
                    n and _words_of(n) in bare for n in _names_of(kb, eid)) \
                    and not (m.entity_type == "place" and _contains_noted_place(kb, eid, ents)):
                return 0.0
        named.add(eid)
    said = set(named)   # the names the clause itself writes
    if clause.refs:
        # "she quits the club": the one a pronoun stands for is a name the note shares when
        # the note is about them or names them in its words
        named |= {e for e, t in implied if t in clause.refs and (
            e in ents or t == "person" and _names_in(kb, e, ftext))}
    if note.person_subject and note.fact.subject not in named \
            and note.fact.subject not in context and not any(
                (e := kb.entity(x)) is not None and e.type not in (
                    "place", "award", "ceremony", "festival") for x in said) \
            and not any(e in ents for e, t in implied if t == "film"):
        return 0.0  # a note about a person speaks only when the sentence names or means them;
        # a show or prize it names is no one's deed ("He won three Oscars that night" is no
        # note on Baker when "he" is someone else)
        # (a pronoun read as someone the note only mentions does not: "she thanked her
        # family" is not a note that Baker thanked Tarantino for casting her)
    if clause.genders and len(clause.genders) == 1 and not clause.ms:
        noted = pronoun_genders(ftext)
        if len(noted) == 1 and noted != clause.genders:
            return 0.0   # "the first nomination of her career" is no note of "his first
            # nominations": the pronouns say another person
    if len(hits) + len(named) + numbers < MIN_SHARED:
        return 0.0  # names alone do not make a statement
    if any(ct.nums & nums - {"1"} and not others & (named | context)
           for nums, others in note.others_nums):
        return 0.0  # a number of the note's part on someone the clause does not name is
        # theirs ("with three Oscar wins" of Baker is not the record of 3 he broke)
    idf = _idf(kb)
    top = idf.get("", 1.0)
    agree = NAME_WEIGHT * (len(named) + numbers)
    have = math.fsum(idf.get(w, top) for w in hits) + agree
    need = math.fsum(idf.get(w, top) for w in ct.words) + agree
    cover = have / need
    return cover if cover >= MIN_COVER else 0.0


def _words_of(text: str) -> str:
    """`text`'s words, one space apart and one at each end: a name is in a text when its
    words are ("la" of L.A. is no name in "galina")."""
    return " " + " ".join("".join(ch if ch.isalnum() else " " for ch in text).split()) + " "


def _without_names(kb, ftext: str, ents, surface: str) -> str:
    """The note's folded text with the longer titles of its own works that hold `surface`
    blanked out ("the florida project" for "florida"; an edition's name, "cannes 2021", still
    says its festival)."""
    for x in ents:
        e = kb.entity(x)
        if e is None or e.type not in ("film", "work"):
            continue
        for n in _names_of(kb, x):
            if n and surface in n and n != surface and n in ftext:
                ftext = ftext.replace(n, " ")
    return ftext


def _titles_blanked(kb, text: str, ents) -> str:
    """`text` with the titles of the films and works among `ents` it names (as written, of
    two words or more) blanked out."""
    for x in ents:
        e = kb.entity(x)
        if e is None or e.type not in ("film", "work"):
            continue
        if " " in e.label and e.label in text:
            text = text.replace(e.label, " ")
    return text


def _names_in(kb, eid: str, ftext: str) -> bool:
    """Whether folded note text `ftext` names entity `eid` by one of its names, as whole words."""
    def words(x: str) -> str:
        return " ".join("".join(ch if ch.isalnum() else " " for ch in x).split())
    spaced = f" {words(ftext)} "
    return any(n and f" {n} " in spaced for n in map(words, _names_of(kb, eid)))


NAME_WEIGHT = 3.0
_IDF: dict[str, dict[str, float]] = {}


def _idf(kb) -> dict[str, float]:
    """Inverse document frequency of note words (key "" holds the weight of unseen words)."""
    key = _kb_key(kb)
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


def segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause-sized pieces of text[start:end] (split at punctuation and conjunctions)."""
    return _sentence_scan(text, start, end, [])[1]


_RELATIVE = frozenset("where which who whom whose when there".split())
_PLACE_PROFORMS = frozenset(("where", "there"))   # relative words that stand for a place


def _relative_end(text: str, at: int) -> Optional[int]:
    """Where the relative word a segment opens with ends ("where they marry"), or None."""
    end = at
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return end if text[at:end].lower() in _RELATIVE else None


def _place_before(text: str, at: int, folded: list) -> Optional[tuple]:
    """For a span opening at `at` with a word that stands for a place ("where", "there"), the
    (mention, folded surface) of the last place the sentence names before it, else None."""
    rel = _relative_end(text, at)
    if rel is None or text[at:rel].lower() not in _PLACE_PROFORMS:
        return None
    return max((x for x in folded if x[0].entity_type == "place" and x[0].end <= at),
               key=lambda x: x[0].start, default=None)


@dataclass(slots=True)
class Match:
    start: int
    end: int
    fact: Fact
    score: float


def scored_spans(kb, text: str, start: int, end: int, mentions: list[Mention],
                 anchors: Iterable[str], implied: Iterable[tuple[str, str]] = (),
                 max_join: int = 2, borrow=None, meant: Iterable[str] = ()) -> list[Match]:
    """Every clause-sized span of text[start:end] some KB note says in full, best first.

    Spans are runs of up to `max_join` segments (and the whole sentence); their terms are the
    union of their segments' terms, computed once per segment. `borrow(a, b)`, when given,
    is what the sentence's parse says the span's verbs are said of outside the span (their
    subject: (mentions, pronoun kinds)): "and took Russian lessons" is said of the "She" of
    the clause before it, so it names her too. `meant`: entities the sentence means without
    naming them (the person its "her" is).
    """
    wanted = candidate_ids(kb, anchors)
    if not wanted:
        return []
    toks, segs = _sentence_scan(text, start, end, mentions)
    index, notes = _vocab_index(kb)
    shared_by: dict[str, frozenset] = {}  # word -> this sentence's candidate notes holding it
    counts: dict[str, int] = {}
    for w in {w for _p, kind, got in toks if kind == "w" for w in got[0]}:
        got = shared_by[w] = (index[w] & wanted) if w in index else frozenset()
        for nid in got:
            counts[nid] = counts.get(nid, 0) + 1
    if not counts or max(counts.values()) < SENTENCE_MIN_WORDS:
        return []  # no note shares enough words with the whole sentence: no span can match
    if not segs:
        return []
    folded = [(m, fold(m.text)) for m in mentions]
    seg_cl = [Clause.of_tokens(a, b, toks, [x for x in folded if a <= x[0].start and x[0].end <= b])
              for a, b in segs]
    negs = [m.start() for m in _NEGATION.finditer(text, start, end)]
    seg_neg = [any(a <= p < b for p in negs) for a, b in segs]
    runs = []
    for i in range(len(segs)):
        rel = _relative_end(text, segs[i][0])
        if rel is not None and not any(0 < m.start - rel <= 2 for m in mentions) and not (
                borrow is not None and any(borrow(*segs[i]))):
            continue  # "where they marry": the place is in the clause before ("which Igor
            # drives" names its own subject)
        for j in range(i, min(len(segs), i + max_join)):
            runs.append((i, j, segs[i][0], segs[j][1]))
    if len(segs) <= max_join and not any(i == 0 and j == len(segs) - 1 for i, j, _a, _b in runs):
        runs.append((0, len(segs) - 1, start, end))
    context = frozenset(m.entity.id for m in mentions) | frozenset(meant)
    unlinked = _unlinked_characters(kb, text, start, end, mentions)
    idf = _idf(kb)
    top = idf.get("", 1.0)
    scored: list[Match] = []
    for i, j, a, b in runs:
        if any(seg_neg[i:j + 1]):
            continue
        cl = own = seg_cl[i] if i == j else Clause.join(seg_cl[i:j + 1])
        there = _place_before(text, a, folded)
        if there is not None and there not in cl.ms:
            # "Reno is where Ani and Vanya marry": a clause naming its own people still says
            # its place, by the word that stands for the last one named before it
            cl = own = Clause(cl.terms, cl.ms + [there], cl.refs, cl.genders)
        if (a, b) == (start, end):   # the whole sentence names every name in it, those of
            # the words no segment holds too ("Reno is where they marry": Reno)
            left = [x for x in folded if x not in cl.ms]
            if left:
                cl = own = Clause(cl.terms, cl.ms + left, cl.refs, cl.genders)
        # (the run's words are its own: a run too short, or sharing no word with a note, is
        # left before its borrowed subject is read)
        if len(cl.terms.words) < MIN_WORDS:
            continue
        sets, shared_words = [], []
        for w in cl.terms.words:
            got = shared_by.get(w)
            if got is None:
                got = shared_by[w] = (index[w] & wanted) if w in index else frozenset()
            if got:
                sets.append(got)
                shared_words.append(w)
        if not sets:
            continue
        possible = math.fsum(idf.get(w, top) for w in shared_words)  # fsum: order-independent
        said_of = frozenset()   # who the borrowed subject is
        own_named = {m.entity.id for m, _s in own.ms}
        if borrow is not None:
            got_ms, got_refs = borrow(a, b)
            have = {m.entity.id for m, _s in cl.ms}
            extra = [(m, fold(m.text)) for m in got_ms if m.entity.id not in have]
            if extra or got_refs - cl.refs:
                cl = Clause(cl.terms, cl.ms + extra, cl.refs | got_refs, cl.genders)
                said_of = frozenset({m.entity.id for m, _s in extra} |
                                    {e for e, t in implied if t in got_refs - own.refs})
        best = None
        # only notes sharing enough words can cover the clause: names, pronouns and numbers
        # lower the count a note needs
        need = MIN_SHARED - len(cl.ms) - len(cl.refs) - len(cl.terms.nums - {"1"})
        # even a note holding every shared word must reach MIN_COVER: skip the run otherwise
        agree = NAME_WEIGHT * (len(cl.ms) + len(cl.refs) + len(cl.terms.nums - {"1"}))
        total = math.fsum(idf.get(w, top) for w in cl.terms.words)
        if possible + agree < MIN_COVER * (total + agree):
            continue
        if need <= 1:
            sharing = set().union(*sets)
        else:
            counts: dict[str, int] = {}
            for ids in sets:
                for nid in ids:
                    counts[nid] = counts.get(nid, 0) + 1
            sharing = {nid for nid, n in counts.items() if n >= need}
        for nid in sorted(sharing):
            note = notes[nid]
            if unlinked and _names_other(kb, note, unlinked, a, b):
                continue
            # the subject a span borrows does not speak for a note about someone the span
            # names in another role ("X ... was recommended by Y" is not Y's note "recommended
            # by X"); and it may only add evidence
            sc = score_note(kb, note, cl, implied, context) \
                if cl is own or note.fact.subject in said_of \
                or note.fact.subject not in own_named else 0.0
            if not sc and cl is not own and not any(
                    m.entity_type == "character" and m.entity.id not in note.ents
                    and not _names_in(kb, m.entity.id, note.ftext) for m in got_ms):
                # (a character the span's verb is said of is the story's doer: a note
                # telling another's deed does not say it -- "Garnick drives her home and
                # returns her ring" against "Igor ... returns her wedding ring")
                sc = score_note(kb, note, own, implied, context)
            if sc and (best is None or sc > best.score):
                best = Match(a, b, note.fact, sc)
        if best:
            scored.append(best)
    # prefer full coverage, then the span saying the most (longest)
    scored.sort(key=lambda m: (-m.score, -(m.end - m.start)))
    return scored


def _unlinked_characters(kb, text: str, start: int, end: int,
                         mentions: list[Mention]) -> list[tuple[int, frozenset]]:
    """(position, ids) of each capitalised word of text[start:end] the linker left unlinked
    that is the exact name of a KB character: a headline's capitals can hide a name from the
    linker ("Vanya Drives Ani Home"), and a note telling another character's deed does not
    say what a clause naming that one says."""
    got, pos = [], start
    for word in text[start:end].split():
        at = text.index(word, pos)
        pos = at + len(word)
        bare = word.strip(".,;:!?\"'()[]“”‘’")
        if bare.endswith(("'s", "’s")):
            bare = bare[:-2]
        if not bare[:1].isupper() or any(m.start <= at < m.end for m in mentions):
            continue
        ids = frozenset(e.id for e in kb.entities_by_name(bare, type="character"))
        if ids:
            got.append((at, ids))
    return got


def _names_other(kb, note: "Note", unlinked: list[tuple[int, frozenset]], a: int, b: int) -> bool:
    """Whether the span [a, b) holds an unlinked character name (`_unlinked_characters`) the
    note neither is about nor names."""
    return any(a <= at < b and ids.isdisjoint(note.ents)
               and not any(_names_in(kb, x, note.ftext) for x in ids)
               for at, ids in unlinked)


def disjoint(matches: list[Match]) -> list[Match]:
    """The best non-overlapping matches, in text order."""
    out: list[Match] = []
    for m in matches:
        if all(m.end <= o.start or m.start >= o.end for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start)
