"""Claim extractors, one per kind of statement film coverage makes.

Each extractor reads one sentence (its text, its linked mentions, the resolver) and returns
claims with structured `slots` the verifier needs. They are pattern-based on purpose: a claim is
only made when the sentence has the shape of a checkable statement (an entity, a relation cue and
a value), which is also what keeps opinions ("Baker presents stark contrasts") out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from ..model import Claim, EntityRef, Mention
from .context import DIRECTOR_REF, FILM_REF, PERSON_PRONOUN, Resolver, related_character
from .text import ORDINAL_WORDS, Sentence, parse_number, parse_ordinal


@dataclass
class Ctx:
    kb: object
    text: str
    s: Sentence
    ms: list[Mention]
    res: Resolver
    hedged: bool
    para_ms: list[Mention]

    def rel(self, pattern: str | re.Pattern, flags=re.I):
        """Regex matches in this sentence, with absolute offsets."""
        rx = pattern if isinstance(pattern, re.Pattern) else _compiled(pattern, flags)
        for m in rx.finditer(self.text, self.s.start, self.s.end):
            yield m

    def of_type(self, *types: str) -> list[Mention]:
        return [m for m in self.ms if m.entity_type in types]


_RX: dict[tuple[str, int], re.Pattern] = {}


def _compiled(pattern: str, flags: int) -> re.Pattern:
    """re.compile with a plain dict in front (extractors ask for the same patterns per sentence)."""
    rx = _RX.get((pattern, flags))
    if rx is None:
        rx = _RX[(pattern, flags)] = re.compile(pattern, flags)
    return rx


Extractor = Callable[[Ctx], list[Claim]]
EXTRACTORS: list[tuple[str, Extractor]] = []


def extractor(name: str):
    def deco(fn):
        EXTRACTORS.append((name, fn))
        return fn
    return deco


def ref(kb, eid: str) -> EntityRef:
    return EntityRef(eid, kb.label(eid))


def make(ctx: Ctx, category: str, start: int, end: int, subject: Optional[str],
         predicate: str, obj, **slots) -> Claim:
    start = max(ctx.s.start, start)
    end = min(ctx.s.end, max(end, start + 1))
    # trim to whole words and strip trailing punctuation
    while start > ctx.s.start and ctx.text[start - 1].isalnum():
        start -= 1
    while end < ctx.s.end and ctx.text[end].isalnum():
        end += 1
    while end > start and ctx.text[end - 1] in " ,;:—–-(":
        end -= 1
    if end < ctx.s.end and ctx.text[end] == ")" and "(" in ctx.text[start:end]:
        end += 1
    rel = _SUBJECT_ASIDE.match(ctx.text, start, end)
    if rel and end - rel.end() > 10:
        start = rel.end()  # "The film, which runs two hours, was written by": not the runtime
    negated = bool(NEGATION.search(ctx.text, start, end))
    if DENIAL.match(ctx.text, end, ctx.s.end):
        negated = not negated  # "some summaries claim X, which simply does not happen"
    return Claim(id="", start=start, end=end, text=ctx.text[start:end], category=category,
                 subject=ref(ctx.kb, subject) if subject else None, predicate=predicate,
                 object=obj, hedged=ctx.hedged, slots=dict(slots, subject=subject, negated=negated))


_SUBJECT_ASIDE = re.compile(r"[^,;]{1,60}?,\s*(?:which|who|whose)\b[^,;]{3,100},\s*(?=\w)")
DENIAL = re.compile(r"[^.;]{0,40}?,?\s*(?:which|that|this|but that)\s+(?:simply\s+|just\s+|never\s+)?"
                    r"(?:does not|doesn['’]t|did not|didn['’]t|never)\s+(?:happens?|occurs?|"
                    r"happened|occurred)\b|[^.;]{0,40}?,?\s*(?:which|that|but this|but that)\s+"
                    r"(?:is|was)\s+(?:simply\s+)?(?:false|untrue|wrong|a myth|not true)\b", re.I)
NEGATION = re.compile(r"\b(?:not|never|no longer|didn['’]t|did not|wasn['’]t|was not|isn['’]t|"
                      r"is not|hasn['’]t|has not|haven['’]t|failed to|doesn['’]t|does not|"
                      r"weren['’]t|were not|neither|nor)\b", re.I)


def nearest_before(ms: list[Mention], pos: int, types: tuple[str, ...],
                   window: int = 200) -> Optional[Mention]:
    cands = [m for m in ms if m.entity_type in types and m.end <= pos and pos - m.end <= window]
    return cands[-1] if cands else None


def nearest_after(ms: list[Mention], pos: int, types: tuple[str, ...],
                  window: int = 120) -> Optional[Mention]:
    cands = [m for m in ms if m.entity_type in types and m.start >= pos and m.start - pos <= window]
    return cands[0] if cands else None


PRONOUN_SUBJECT = re.compile(r"(?:,|\band|\bbut|\bwhile|\bthen)\s+(he|she)\s+(?:also\s+|later\s+|"
                             r"had\s+|has\s+|finally\s+|eventually\s+)*$", re.I)


def subject_before(ctx: Ctx, pos: int, types=("film", "person")) -> tuple[Optional[str], int]:
    """The entity a verb at `pos` is predicated of: nearest preceding mention in the clause, else
    a pronoun or definite description resolved from the paragraph."""
    m = nearest_before(ctx.ms, pos, types)
    clause_start = max(ctx.s.start, ctx.text.rfind(";", ctx.s.start, pos) + 1)
    ps = PRONOUN_SUBJECT.search(ctx.text, m.end, pos) if m is not None and "person" in types \
        else None
    if ps:
        # "..., losing both to Kieran Culkin, and he won the Golden Globe": "he" is the subject,
        # not the name before it
        who = ctx.res.person(ctx.s, ps.group(1))
        if who is None or who == m.entity.id:
            return None, pos
        return who, pos
    if m is not None and m.start >= clause_start:
        # "Madison won X and the film won Y": a reference after the name is the subject
        between = ctx.text[m.end:pos]
        if "film" in types:
            fm = FILM_REF.search(between)
            if fm and not re.match(r"^['’]s\b", between) and ctx.res.film(ctx.s):
                return ctx.res.film(ctx.s), m.end + fm.start()
        return m.entity.id, m.start
    head = ctx.text[clause_start:pos]
    if "film" in types:
        fm = FILM_REF.search(head)
        if fm:
            return ctx.res.film(ctx.s), clause_start + fm.start()
    if "person" in types:
        dm = DIRECTOR_REF.search(head)
        if dm:
            return ctx.res.director(ctx.s), clause_start + dm.start()
        pm = PERSON_PRONOUN.search(head)
        if pm:
            return ctx.res.person(ctx.s, pm.group(0).split()[-1]), clause_start + pm.start()
    if m is not None:
        return m.entity.id, m.start
    if types == ("film",):
        after = nearest_after(ctx.ms, pos, ("film",), window=80)
        if after is not None:
            return after.entity.id, pos
    return None, pos


# -- cast ------------------------------------------------------------------------------------


@extractor("cast")
def cast(ctx: Ctx) -> list[Claim]:
    out = []
    chars = ctx.of_type("character")
    people = ctx.of_type("person")
    if not chars or not people:
        return out
    used = set()
    for ch in chars:
        if re.match(r"^['’]s\b", ctx.text[ch.end:ch.end + 3]):
            continue  # "Vanya's father", "Ani's friend Lulu": not the character itself
        # Character (Actor)
        after = ctx.text[ch.end:ch.end + 3]
        pm = nearest_after(people, ch.end, ("person",), window=4)
        if pm and "(" in after:
            out.append(_cast_claim(ctx, ch, pm))
            used.add(id(pm))
            continue
        # Character, played by Actor / Character is played by Actor
        seg_after = ctx.text[ch.end:ch.end + 80]
        m = re.match(r"^[^.;]{0,55}?\b(?:played by|portrayed by|brought to life by)\s", seg_after, re.I)
        if m and any(x.start < ch.end + m.start() and x.start > ch.end for x in chars + people):
            m = None  # another name stands between: the phrase is about that one
        if m:
            pm = nearest_after(people, ch.end + m.end() - 1, ("person",), window=40)
            if pm and id(pm) not in used:
                out.append(_cast_claim(ctx, ch, pm))
                used.add(id(pm))
                continue
        # Actor plays/as Character
        pm = nearest_before(people, ch.start, ("person",), window=150)
        if pm and id(pm) not in used:
            between = ctx.text[pm.end:ch.start]
            # "Borisov, best known in Europe for Compartment No. 6, plays Igor": skip the aside
            between = re.sub(r"^\s*,[^,]{1,100},", " ", between)
            between = re.sub(r"\b(?:No|Vol|Pt|St|Dr|Mr|Ms|Mrs)\.", "", between)
            cues = list(re.finditer(r"\b(?:plays|played|playing|portrays|portrayed|stars as|"
                                    r"starring as|as|cast as|in the role of|role of)\b", between, re.I))
            rest = between[cues[-1].end():] if cues else ""
            # the cue must lead to this character ("plays the young Ani"), not to a description
            # ("as Vanya's parents, Nikolai", "as the henchman who keeps watching Ani")
            # a comma left between the name and the cue closes an aside the name is in ("X, a
            # Baker regular since 2004, plays Toros": Baker is not the one who plays)
            if cues and len(between) < 60 and not re.search(r"[.;]", between) \
                    and "," not in between[:cues[-1].start()].lstrip(" ,") \
                    and not re.search(r"\b(?:wrote|written|writing|created|conceived|tailored|"
                                      r"developed|imagined)\b", between, re.I) \
                    and len(rest.split()) <= 3 \
                    and not re.search(r"[,;]|\b(?:who|which|that|whose|and)\b", rest):
                out.append(_cast_claim(ctx, ch, pm))
                used.add(id(pm))
                continue
        # "A and B arrive as Vanya's parents, Nikolai and Galina": pairs in order
        pair = _coordinated_pair(ctx, ch, people, chars)
        if pair is not None and id(pair) not in used:
            out.append(_cast_claim(ctx, ch, pair))
            used.add(id(pair))
            continue
        # "the main character, Ani, ... is played by Mikey Madison" (long gap)
        tail = ctx.text[ch.end:ctx.s.end]
        m = re.search(r"\b(?:is|was)\s+(?:played|portrayed)\s+by\s", tail)
        if m:
            pm = nearest_after(people, ch.end + m.end() - 1, ("person",), window=40)
            if pm and id(pm) not in used:
                out.append(_cast_claim(ctx, ch, pm))
                used.add(id(pm))
    return out


def _coordinated_pair(ctx: Ctx, ch: Mention, people: list[Mention],
                      chars: list[Mention]) -> Optional[Mention]:
    """In "P1 and P2 <verb> as ..., C1 and C2" the i-th character goes with the i-th actor."""
    for i, p1 in enumerate(people[:-1]):
        p2 = people[i + 1]
        if not re.fullmatch(r"\s*(?:,|and|&)\s*", ctx.text[p1.end:p2.start]) or p2.end > ch.start:
            continue
        after = [c for c in chars if c.start > p2.end]
        for j, c1 in enumerate(after[:-1]):
            c2 = after[j + 1]
            if re.fullmatch(r"\s*(?:,|and|&)\s*", ctx.text[c1.end:c2.start]) and \
                    re.search(r"\b(?:play|plays|played|as|portray\w*)\b", ctx.text[p2.end:c1.start], re.I) \
                    and not re.search(r"[.;]", ctx.text[p2.end:c1.start]):
                if ch is c1:
                    return p1
                if ch is c2:
                    return p2
    return None


REL_ROLE = re.compile(r"\b(?:plays|played|playing|portrays|portrayed|as)\s+(?:the\s+)?$", re.I)
REL_WORD = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}?(father|mother|godfather|brother|sister|wife|"
                      r"husband|son|daughter|dad|mum|mom)\b", re.I)


def _related_character(ctx: Ctx, ch: Mention) -> Optional[tuple[str, int]]:
    """"Vanya's father" -> (the character the KB's story relations name, end of the phrase)."""
    m = REL_WORD.match(ctx.text, ch.end, ctx.s.end)
    if not m:
        return None
    film = ctx.res.film(ctx.s)
    who = related_character(ctx.kb, film, ch.entity.id, m.group(1).lower()) if film else None
    return (who, m.end()) if who else None


@extractor("cast-relation")
def cast_relation(ctx: Ctx) -> list[Claim]:
    """"Karren Karagulian plays Vanya's father": the KB's story says who Vanya's father is."""
    out = []
    for ch in ctx.of_type("character"):
        actor = nearest_before(ctx.ms, ch.start, ("person",), window=40)
        if actor is None or not REL_ROLE.search(ctx.text[actor.end:ch.start]):
            continue
        if re.search(r"[.;,]", ctx.text[actor.end:ch.start]):
            continue
        got = _related_character(ctx, ch)
        if got is None:
            continue
        who, end = got
        fake = Mention(ch.start, end, ctx.text[ch.start:end], ref(ctx.kb, who), "character")
        out.append(_cast_claim(ctx, fake, actor))
    return out


ACTOR_REF = re.compile(r"\b(?:he|she|the\s+(?:\w+\s+){0,2}(?:actor|actress|star|newcomer|performer))\s+"
                       r"(?:also\s+)?(?:plays|played|portrays|portrayed)\b", re.I)


@extractor("cast-more")
def cast_more(ctx: Ctx) -> list[Claim]:
    """Actor (Character); "she plays Ani"; "X, who plays the title character"."""
    out = []
    chars = ctx.of_type("character")
    people = ctx.of_type("person")
    for p in people:
        # Actor (Character ...)
        m = re.match(r"^\s*\(\s*", ctx.text[p.end:p.end + 4])
        if m:
            ch = nearest_after(chars, p.end, ("character",), window=4)
            if ch:
                out.append(_cast_claim(ctx, ch, p))
                continue
        # Actor, who plays the title character
        tail = ctx.text[p.end:min(ctx.s.end, p.end + 60)]
        tm = re.match(r"^[^.;]{0,25}?\b(?:plays|played|portrays|as)\s+(?:the\s+)?title\s+(?:character|role)", tail, re.I)
        if tm:
            film = ctx.res.film(ctx.s)
            title = ctx.kb.entity(film).label if film and ctx.kb.entity(film) else None
            tc = ctx.kb.entities_by_name(title or "", type="character")
            if len(tc) == 1:
                fake = Mention(p.end + tm.start(), p.end + tm.end(), tm.group(0),
                               ref(ctx.kb, tc[0].id), "character")
                out.append(_cast_claim(ctx, fake, p))
    for m in ACTOR_REF.finditer(ctx.text, ctx.s.start, ctx.s.end):
        cands = [c for c in chars if m.end() <= c.start <= m.end() + 45
                 and not re.match(r"^['’]s\b", ctx.text[c.end:c.end + 3])]
        ch = cands[0] if cands else None
        if not ch:
            continue
        if nearest_before(people, m.start(), ("person",), window=200):
            continue  # the plain cast extractor handles named actors
        who = ctx.res.person(ctx.s)
        if who:
            fake = Mention(m.start(), m.end(), m.group(0), ref(ctx.kb, who), "person")
            c = _cast_claim(ctx, ch, fake)
            c.slots["weak"] = True  # the actor is inferred from a pronoun: support only
            out.append(c)
    return out


def _cast_claim(ctx: Ctx, ch: Mention, actor: Mention) -> Claim:
    film = ctx.res.film(ctx.s)
    return make(ctx, "cast", min(ch.start, actor.start), max(ch.end, actor.end), ch.entity.id,
                "played_by", ref(ctx.kb, actor.entity.id), actor=actor.entity.id, film=film,
                kind="played_by")


# -- crew ------------------------------------------------------------------------------------
CREW_VERBS = [
    ("director", r"directed|helmed"), ("screenwriter", r"written|wrote|penned|scripted|co-wrote|co-written"),
    ("film_editor", r"edited|cut"), ("producer", r"produced"),
    ("director_of_photography", r"photographed|lensed"), ("composer", r"scored"),
    ("casting_director", r"cast"),
]
CREW_DESCRIPTOR = re.compile(r"(?-i:(?:his|her|their|the|its|a)\s+(?:(?:longtime|long-time|frequent|regular|"
                             r"trusted|usual|old|close)\s+)*(?:collaborator|partner|friend|colleague|"
                             r"editor|writer|co-writer|cinematographer)\s*,?\s*)")
CREW_NOUNS = [
    ("director", r"director|filmmaker|writer-director"), ("screenwriter", r"screenwriter|writer|co-writer"),
    ("film_editor", r"editor"), ("producer", r"producer|producers"),
    ("director_of_photography", r"cinematographer|director of photography|DP|DoP"),
    ("composer", r"composer"), ("casting_director", r"casting director"),
    ("consultant", r"consultant"),
]


# every crew pattern below needs one of these words: sentences without them are skipped
CREW_WORD = re.compile("|".join(rf"\b(?:{v})" for _p, v in CREW_VERBS + CREW_NOUNS)
                       + r"|\bwrote\b|\bedited\b|\bco-?wr|\bshot\b|\bfilmed\b|\bcast\b", re.I)


@extractor("crew")
def crew(ctx: Ctx) -> list[Claim]:
    out = []
    people = ctx.of_type("person")
    films = ctx.of_type("film")
    if not people or not CREW_WORD.search(ctx.text, ctx.s.start, ctx.s.end):
        return out
    for pred, verbs in CREW_VERBS:
        # "<Film> was directed by <Person>" / "directed by <Person>"
        for m in ctx.rel(rf"\b(?:{verbs})\s+(?:and\s+\w+\s+)?by\s+"):
            p = nearest_after(ctx.ms, m.end(), ("person", "film", "organization", "character"),
                              window=5)
            d = CREW_DESCRIPTOR.match(ctx.text, m.end(), ctx.s.end)
            if p is None and d:  # "edited by his longtime collaborator Chris Bergoch"
                p = nearest_after(ctx.ms, d.end(), ("person", "film", "organization", "character"),
                                  window=2)
            if p is not None and p.entity_type != "person":
                continue
            name = None
            if p is None:
                nm = re.compile(r"(?:[A-Z][\w’'-]+\s?){2,3}").match(ctx.text, d.end() if d else m.end())
                if not nm or nm.end() > ctx.s.end or not (d and d.group(0).strip()):
                    continue  # an unknown name is only taken after a descriptor ("his editor X")
                name = nm.group(0).strip()
            film, fstart = subject_before(ctx, m.start(), ("film",))
            film = film or ctx.res.film(ctx.s)
            if film and p is not None:
                out.append(make(ctx, "crew", min(fstart, m.start()), p.end, film, pred,
                                ref(ctx.kb, p.entity.id), person=p.entity.id, film=film))
            elif film and name and pred in ("director", "screenwriter", "film_editor"):
                end = (d.end() if d else m.end()) + len(name)
                out.append(make(ctx, "crew", m.start(), end, film, pred, name, person=None,
                                film=film, name=name))
        # "<Person> directed <Film>"
        if pred in ("director", "screenwriter", "film_editor", "producer"):
            for m in ctx.rel(rf"\b(?:{verbs})\s+(?:the\s+(?:film|movie|screenplay|script)\s+(?:for\s+)?)?"):
                if re.match(r"\s*by\b", ctx.text[m.end() - 1:m.end() + 4]) or "by" in ctx.text[m.end():m.end() + 3]:
                    continue
                if m.group(0).lower().startswith("co-"):
                    continue  # "co-wrote ... with X" is the co-writer claim below
                p = nearest_before(people, m.start(), ("person",), window=40)
                f = nearest_after(films, m.end(), ("film",), window=40)
                if p and f and not re.search(r"[.;]", ctx.text[p.end:m.start()]):
                    out.append(make(ctx, "crew", p.start, f.end, f.entity.id, pred,
                                    ref(ctx.kb, p.entity.id), person=p.entity.id, film=f.entity.id))
    # "Baker, who wrote, directed and edited the film" / "Baker personally cast the film"
    # ("shot" is left out: "Baker shot Anora in Brooklyn" means filmed, not photographed)
    verbs_rx = (r"(?:wrote|directed|edited|produced|cast|scored|co-produced)")
    for m in ctx.rel(rf"\b({verbs_rx}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){verbs_rx})*)"
                     rf"\s+(?:(?:the|his|her|this)\s+(?:film|movie|picture)|it\b|(?=[A-Z]))", flags=0):
        before = ctx.text[max(ctx.s.start, m.start() - 45):m.start()]
        if not re.search(r"(?:^|[\s,])(?:who\s+)?(?:also\s+|personally\s+|himself\s+|herself\s+)?$|who\s+(?:also\s+)?$",
                         before):
            continue
        p = nearest_before(people, m.start(), ("person",), window=45)
        if not p or re.search(r"[.;]", ctx.text[p.end:m.start()]):
            continue
        f = nearest_after(films, m.end() - 1, ("film",), window=3)
        film = f.entity.id if f else ctx.res.film(ctx.s)
        if not film:
            continue
        pred_of = {"wrote": "screenwriter", "directed": "director", "edited": "film_editor",
                   "produced": "producer", "co-produced": "producer",
                   "shot": "director_of_photography", "cast": "casting_director",
                   "scored": "composer"}
        for v in re.findall(verbs_rx, m.group(1)):
            out.append(make(ctx, "crew", p.start, f.end if f else m.end(), film, pred_of[v],
                            ref(ctx.kb, p.entity.id), person=p.entity.id, film=film))
    for m in ctx.rel(r"\b(?:shot|filmed)\s+by\s+(?:(?:the\s+)?cinematographer\s+)?"):
        p = nearest_after(people, m.end(), ("person",), window=3)
        film, fstart = subject_before(ctx, m.start(), ("film",))
        film = film or ctx.res.film(ctx.s)
        if p and film:
            out.append(make(ctx, "crew", min(fstart, m.start()), p.end, film,
                            "director_of_photography", ref(ctx.kb, p.entity.id),
                            person=p.entity.id, film=film))
    # "<A> co-wrote <Film> with <B>" / "co-written by <B>": a second writer
    for m in ctx.rel(r"\bco-?wr(?:ote|itten|iting)\b"):
        tail = ctx.text[m.end():ctx.s.end]
        w = re.search(r"\b(?:with|by)\s+(?:(?:his|her|their)\s+)?(?:[a-z]+,?\s+){0,3}?"
                      r"((?:[A-Z][\w’'-]+\s?){2,3})", tail)
        if not w:
            continue
        film, fstart = subject_before(ctx, m.start(), ("film",))
        film = film or ctx.res.film(ctx.s)
        if not film:
            continue
        name_start = m.end() + w.start(1)
        p = nearest_after(people, name_start - 1, ("person",), window=3)
        obj = ref(ctx.kb, p.entity.id) if p else w.group(1).strip()
        out.append(make(ctx, "crew", min(m.start(), fstart), m.end() + w.end(1), film,
                        "screenwriter", obj, person=p.entity.id if p else None, film=film,
                        cowriter=True, name=w.group(1).strip()))
    # "director Sean Baker" / "consultant Andrea Werhun" / "Anora's editor, Sean Baker"
    for pred, nouns in CREW_NOUNS:
        for m in ctx.rel(rf"\b(?:{nouns})\b[,:]?\s+(?:and\s+\w+\s+)?"):
            p = nearest_after(people, m.end(), ("person",), window=2)
            if not p:
                continue
            before = ctx.text[max(ctx.s.start, m.start() - 40):m.start()].lower()
            if re.search(r"\b(?:other|another|former|fellow|many|famous|young|a)\s*$", before) \
                    and pred != "consultant":
                continue
            film = ctx.res.film(ctx.s)
            fm = nearest_before(films, m.start(), ("film",), window=40) or \
                nearest_after(films, p.end, ("film",), window=60)
            if fm:
                film = fm.entity.id
            if film:
                out.append(make(ctx, "production" if pred == "consultant" else "crew",
                                m.start(), p.end, film, pred, ref(ctx.kb, p.entity.id),
                                person=p.entity.id, film=film, weak=fm is None))
        # "Baker was also the editor" / "Baker served as his own editor"
        for m in ctx.rel(rf"\b(?:was|is|served as|acted as)\s+(?:also\s+)?(?:the|its|his own|her own)"
                         rf"\s+(?:{nouns})\b(?!\s+(?:of|for|on)\b)"):
            p = nearest_before(people, m.start(), ("person",), window=30)
            film = ctx.res.film(ctx.s)
            if p and film and not re.search(r"[,;]", ctx.text[p.end:m.start()]):
                out.append(make(ctx, "crew", p.start, m.end(), film, pred,
                                ref(ctx.kb, p.entity.id), person=p.entity.id, film=film))
    return out


CREW_PHRASES = re.compile(r"\b(?P<composer>(?:wrote|composed|created) the (?:score|music)|scored the film)"
                          r"|\b(?P<production_designer>designed the (?:sets|production|film)|"
                          r"did the production design)\b", re.I)


@extractor("crew-phrase")
def crew_phrase(ctx: Ctx) -> list[Claim]:
    """"Matthew Hearon-Smith wrote the score", "Stephen Phelps designed the sets"."""
    out = []
    low = ctx.s.text.lower()
    if "score" not in low and "music" not in low and "design" not in low:
        return out
    for m in CREW_PHRASES.finditer(ctx.text, ctx.s.start, ctx.s.end):
        p = nearest_before(ctx.ms, m.start(), ("person",), window=4)
        film = ctx.res.film(ctx.s)
        if p is None or film is None:
            continue
        pred = next(k for k, v in m.groupdict().items() if v)
        out.append(make(ctx, "crew", p.start, m.end(), film, pred, ref(ctx.kb, p.entity.id),
                        person=p.entity.id, film=film, weak=True))
    return out


@extractor("spouse")
def spouse(ctx: Ctx) -> list[Claim]:
    """"his wife, producer Samantha Quan" / "Baker's wife, Samantha Quan"."""
    out = []
    low = ctx.s.text.lower()
    if "wife" not in low and "husband" not in low and "spouse" not in low:
        return out
    people = ctx.of_type("person")
    for m in ctx.rel(r"\b(?:(his|her)|(\w+)['’]s)\s+(?:wife|husband|spouse)\b,?\s+(?-i:[a-z]+\s+){0,2}"):
        p = nearest_after(people, m.end(), ("person",), window=2)
        if not p or re.search(r"\bwith\s+$", ctx.text[max(ctx.s.start, m.start() - 6):m.start()]):
            continue  # "co-wrote it with his wife, X": the credit is the claim
        if m.group(1):
            prev = nearest_before(people, m.start(), ("person",), window=120)
            who = prev.entity.id if prev else ctx.res.person(ctx.s)
        else:
            owner = nearest_before(people, m.start(2) + 1, ("person",), window=len(m.group(2)) + 2)
            who = owner.entity.id if owner else None
        if who and who != p.entity.id:
            out.append(make(ctx, "other", m.start(), p.end, who, "spouse",
                            ref(ctx.kb, p.entity.id), kind="spouse", person=p.entity.id))
    return out


# -- awards ----------------------------------------------------------------------------------
FAMILY_WORDS = {"oscar": "academy-awards", "academy award": "academy-awards",
                "bafta": "bafta-film-awards", "british academy": "bafta-film-awards",
                "golden globe": "golden-globe-awards",
                "critics choice": "critics-choice-awards", "critics' choice": "critics-choice-awards",
                "sag award": "sag-awards", "screen actors guild": "sag-awards",
                "spirit award": "independent-spirit-awards", "gotham": "gotham-awards",
                "dga": "dga-awards", "directors guild": "dga-awards", "pga": "pga-awards",
                "producers guild": "pga-awards", "wga": "wga-awards", "writers guild": "wga-awards"}


_FAMILY_RX = re.compile(r"\b(" + "|".join(re.escape(w) for w in
                                            sorted(FAMILY_WORDS, key=len, reverse=True)) + ")",
                        re.I)


@lru_cache(maxsize=4096)
def _families_in(text: str) -> list[tuple[int, str]]:
    """(position, award family) of every family word ("Oscar", "BAFTA") in `text`."""
    return [(m.start(), FAMILY_WORDS[m.group(1).lower()]) for m in _FAMILY_RX.finditer(text)]


_CATEGORY_MEMO: dict[tuple, Optional[str]] = {}


def resolve_category(kb, family: str, phrase: str) -> Optional[str]:
    """'Best Actress' within a family -> the category entity with the fewest extra words."""
    key = (str(getattr(kb, "path", id(kb))), family, phrase.lower())
    if key not in _CATEGORY_MEMO:
        if len(_CATEGORY_MEMO) > 50_000:
            _CATEGORY_MEMO.clear()
        _CATEGORY_MEMO[key] = _resolve_category(kb, family, phrase)
    return _CATEGORY_MEMO[key]


def _resolve_category(kb, family: str, phrase: str) -> Optional[str]:
    want = {w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in ("best", "in", "a", "the", "or")}
    if not want:
        return None
    want = {"lead" if w == "leading" else w for w in want}
    best, best_extra = None, 99
    for f in kb.facts(predicate="part_of", object_entity=family):
        e = kb.entity(f.subject)
        if not e or e.type != "award":
            continue
        toks = {"lead" if w == "leading" else w for w in re.findall(r"[a-z]+", e.label.lower())}
        if want <= toks:
            extra = len(toks - want)
            if extra < best_extra:
                best, best_extra = e.id, extra
    return best


LIST_CATEGORY = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?i:best)\s+)?"
    r"((?i:(?:supporting\s+)?(?:actress|actor|director|picture|original screenplay|"
    r"adapted screenplay|screenplay|film editing|editing|cinematography)))\b")
# every pattern of the award extractor needs one of these (or a linked award): substring tests
# lower-case categories, as AP style writes them: "won best picture", "took supporting actress",
# "the best actress Oscar", "nominated for cinematography"


# -- records ---------------------------------------------------------------------------------
RECORD_RX = re.compile(r"\b(first|second|third|fourth|fifth|sixth|only|1st|2nd|3rd|4th|5th)\b"
                       r"(?P<rest>[^.;]{0,140})", re.I)


PLURAL_HOLDERS = frozenset({"people", "persons", "films", "movies", "directors", "filmmakers",
                            "men", "women", "actors", "actresses", "ones", "pictures"})


@extractor("record")
def record(ctx: Ctx) -> list[Claim]:
    out = []
    for m in RECORD_RX.finditer(ctx.text, ctx.s.start, ctx.s.end):
        word = m.group(1).lower()
        rest = m.group("rest")
        om = re.match(r"\s*(?:the\s+)?(\w+)", rest) if word == "only" else None
        if om and (om.group(1).lower() in ORDINAL_WORDS or re.fullmatch(
                r"\d+(?:st|nd|rd|th)", om.group(1).lower())):
            word = om.group(1).lower()   # "only the third film": the third, with emphasis
            rest = rest[om.end():]
        low = (ctx.s.text).lower()
        ach = None
        if re.search(r"palme|cannes", low) and re.search(r"best picture", low) and re.search(r"\bboth\b|and (?:the )?best picture|also win", low):
            ach = "palme_and_best_picture"
        elif re.search(r"\bfour (?:oscars|academy awards|statuettes)", low):
            if re.search(r"single film|one film|same film|one movie|single movie|for a film|for one", low):
                ach = "four_oscars_one_film"
            elif re.search(r"one night|single night|single ceremony|one ceremony|same night|in a night|one evening", low):
                ach = "four_oscars_one_night"
        elif re.search(r"american (?:film|movie)", low) and "palme" in low and "since" in low:
            ach = "american_palme_since"
        if not ach:
            continue
        if not re.match(r"^\s*(?:film|movie|person|american|filmmaker|director|man|woman|one|time|ever|"
                        r"winner|picture|title|to\b)", rest, re.I) and word != "only":
            if not re.match(r"^\s*\w+\s+(?:film|movie|person|to)\b", rest, re.I):
                continue
        ordn = 1 if word in ("first", "only", "1st") else ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word) or 0)
        subj, sstart = subject_before(ctx, m.start(), ("film", "person"))
        if not subj:
            continue
        # a "since ..." bound in the sentence limits the set the record is over, unless
        # another record phrase stands between them ("the 4th film to ... and the 2nd since
        # 1956": the bound is the second's)
        sm = re.search(r"\bsince\b", low)
        since_at = sm.start() if sm else -1
        at = m.start() - ctx.s.start
        between = "" if not sm else low[since_at:at] if since_at < at else \
            low[at + len(m.group(1)):since_at]
        if any(w == "only" or parse_ordinal(w) for w in
               (x.strip(".,;:'\"()\u2019") for x in between.split())):
            sm, since_at = None, -1
        since = re.match(r"since\s+(?:[^.;,]*?\(?)((?:19|20)\d\d)\)?", low[since_at:]) \
            if sm else None
        since_ent = None
        if since_at >= 0:
            se = nearest_after(ctx.ms, ctx.s.start + since_at + 5, ("film", "person"), window=20)
            since_ent = se.entity.id if se else None
        # "the only two people to ...": how many the sentence says hold it
        many = re.match(r"\s*(\w+)", rest) if word == "only" else None
        plural = many.group(1).lower() if many else ""
        many = parse_number(many.group(1)) if many and many.group(1).lower() not in (
            "a", "an", "single") else None
        if word == "only" and many is None and plural in PLURAL_HOLDERS:
            # "joined Walt Disney as the only people to ...": the holders are the ones named
            named = {m.entity.id for m in ctx.ms if m.entity_type in ("film", "person")}
            if len(named) < 2:
                continue   # some holders are not names the KB knows: nothing to count
            many = len(named)
        out.append(make(ctx, "record", sstart, m.end(), subj, "record", m.group(0).strip(),
                        kind="record", achievement=ach, ordinal=ordn, only=word == "only",
                        only_count=int(many) if many else None,
                        since_year=int(since.group(1)) if since else None,
                        since_entity=since_ent, has_since=since_at >= 0))
        break
    return out


# -- filmography and production ----------------------------------------------------------------
@extractor("filmography")
def filmography(ctx: Ctx) -> list[Claim]:
    out = []
    people = ctx.of_type("person")
    works = ctx.of_type("film", "work")
    if not works:
        return out
    for m in ctx.rel(r"\b(?:known for|recognized for|recognised for|starred in|appeared in|"
                     r"breakout (?:role )?in|role in|performance in|turn in|best known for|"
                     r"credits include|roles in|know (?:her|him|them) from|familiar\b[^.;]{0,30}?\bfrom|"
                     r"co-starred in|led|headlined|played\b[^.;]{0,60}?\b(?:in|on)|cast (?:her|him) as\b[^.;]{0,40}?\bin|"
                     r"memorable in|seen in|(?:earlier|previous|other|past) (?:films|work|movies|features) include|"
                     r"started out (?:on|in)|began (?:her|his) career (?:on|in)|broke out in|"
                     r"films include|filmography includes)\b"):
        w = nearest_after(works, m.end(), ("film", "work"), window=40)
        if not w:
            continue
        subj, sstart = subject_before(ctx, m.start(), ("person",))
        if not subj and re.search(r"\b(?:her|him)\b", m.group(0), re.I):
            subj, sstart = ctx.res.person(ctx.s, re.search(r"\b(her|him)\b", m.group(0), re.I).group(1)), \
                m.start()  # "audiences know her from"
        if not subj or subj == w.entity.id:
            continue
        clause_end = ctx.s.end
        stop = re.search(r"[;]|\bbut\b|\bwhile\b", ctx.text[w.end:ctx.s.end])
        if stop:
            clause_end = w.end + stop.start()
        for w2 in [x for x in works if w.start <= x.start < clause_end]:
            if w2.entity.id == subj:
                continue
            out.append(make(ctx, "filmography", sstart if w2 is w else w2.start, w2.end, subj,
                            "notable_work", ref(ctx.kb, w2.entity.id), kind="filmography",
                            work=w2.entity.id))
    for m in ctx.rel(r"\b(?:debut(?: feature| film)?|first feature(?: film)?|first film|"
                     r"feature debut)\b(?!\s+(?:set|to|in|shot|with|about|since|for|that|which|"
                     r"made|as|at|on|from|after)\b)"):
        w = nearest_after(works, m.end(), ("film", "work"), window=25) or \
            nearest_before(works, m.start(), ("film", "work"), window=50)
        if not w:
            continue
        p = nearest_before(people, m.start(), ("person",), window=60) or \
            nearest_after(people, m.end(), ("person",), window=40)
        subj = p.entity.id if p else None
        if not subj:
            pm = PERSON_PRONOUN.search(ctx.text[ctx.s.start:m.start()])
            if pm:
                subj = ctx.res.person(ctx.s) or ctx.res.director(ctx.s)
        if not subj:
            continue
        out.append(make(ctx, "filmography", min(w.start, m.start(), p.start if p else m.start()),
                        max(w.end, m.end()), subj, "debut_feature", ref(ctx.kb, w.entity.id),
                        kind="debut", work=w.entity.id))
    return out


WORK_YEAR = re.compile(r"\s*(?:,\s*)?(?:(?:came next|followed|arrived|came out|was released|"
                       r"opened)\s*,?\s*)?(?:,\s*)?in\s+((?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)")


WORK_NEXT = re.compile(r"\b(?:came next|followed|arrived|came out)\s*,?\s*in\s+((?:19|20)\d\d)\b")


@extractor("work-year")
def work_year(ctx: Ctx) -> list[Claim]:
    """A career's chronology: "Prince of Broadway came next, in 2008", "Scream in 2022"."""
    out = []
    works = ctx.of_type("film", "work")
    for w in works:
        m = WORK_YEAR.match(ctx.text, w.end, ctx.s.end)
        if not m:  # "Prince of Broadway, about a hustler ..., came next, in 2008"
            m = WORK_NEXT.search(ctx.text, w.end, min(ctx.s.end, w.end + 160))
            if not m or any(w.end <= x.start < m.start() for x in works):
                continue
        out.append(make(ctx, "filmography", w.start, m.end(), w.entity.id, "year",
                        int(m.group(1)), kind="work_year", work=w.entity.id,
                        year=int(m.group(1))))
    return out


@extractor("production")
def production(ctx: Ctx) -> list[Claim]:
    out = []
    low = ctx.s.text.lower()
    if not any(w in low for w in ("shot", "shoot", "film", "photograph", "using")):
        return out
    for m in ctx.rel(r"\b(?:shot|shoots|shoot|shooting|filmed|films|photographed) (?:it |the film |Anora )?(?:on|with|using)\s+(?:an?\s+)?(?:old\s+|vintage\s+|\w+-made\s+|soviet-era\s+)*"
                     r"(35\s?mm|16\s?mm|65\s?mm|70\s?mm|film stock|celluloid|anamorphic|"
                     r"digital(?: cameras?)?|iphones?|smartphones?|an iphone)|\busing\s+(?:old\s+|vintage\s+|\w+-made\s+|soviet-era\s+)*(anamorphic|35\s?mm)"):
        subj, sstart = subject_before(ctx, m.start(), ("film",))
        subj = subj or ctx.res.film(ctx.s)
        if subj:
            fmt = m.group(1) or m.group(2)
            if m.group(2) or re.search(r",|\band\b", ctx.text[max(sstart, ctx.s.start):m.start()]):
                sstart = m.start()  # "..., using anamorphic lenses", "..., and shot on 35mm"
            out.append(make(ctx, "production", sstart if sstart >= ctx.s.start else m.start(),
                            m.end(), subj, "filming_format", fmt, kind="format",
                            format=fmt.lower().replace(" ", "")))
    return out


# -- awards named by context ("Pulp Fiction, which won in 1994") ----------------------------------


FIRST_WINNER = re.compile(r"\bthe\s+first\s+(Best\s+(?:Supporting\s+)?(?:Actor|Actress|Director|Picture))"
                          r"(?:\s+(?:winner|Oscar winner|recipient))?\b(?!\s+(?:to|since|in|for)\b)")


@extractor("first-winner")
def first_winner(ctx: Ctx) -> list[Claim]:
    """"Emil Jannings was the first Best Actor": the category's winner at its first ceremony."""
    out = []
    if "first" not in ctx.s.text:
        return out
    for m in ctx.rel(FIRST_WINNER, flags=0):
        who = nearest_before(ctx.ms, m.start(), ("person", "film"), window=40)
        if who is None or re.search(r"[;]", ctx.text[who.end:m.start()]):
            continue
        near = _families_in(ctx.text[max(0, ctx.s.start - 600):ctx.s.end])
        fam = near[-1][1] if near else None
        if fam is None:
            fams = [f for _p, f in _families_in(ctx.text)]
            fam = max(set(fams), key=fams.count) if fams else None
        cat = resolve_category(ctx.kb, fam, m.group(1)) if fam else None
        if not cat:
            continue
        cers = {f.qualifiers.get("ceremony") for f in
                ctx.kb.facts(predicate="award_received", object_entity=cat)}
        dated = [(e.year, c) for c in cers if c and (e := ctx.kb.entity(c)) and e.year]
        if not dated:
            continue
        first = min(dated)[1]
        out.append(make(ctx, "award", who.start, m.end(), who.entity.id, "award_received",
                        ref(ctx.kb, cat), kind="award", award=cat, family=fam, polarity="won",
                        ceremony=first, year=None, for_work=None))
    return out


# -- more records, places and production -----------------------------------------------------------
@extractor("record-more")
def record_more(ctx: Ctx) -> list[Claim]:
    out = []
    low = ctx.s.text.lower()
    checks = [
        (r"highest-grossing (?:film|movie|picture) of (?:\w+['’]s )?(?:his |her )?career", "baker_highest_grossing"),
        (r"most oscars won by one person for a single film|four oscars for (?:a single|one) film", "four_oscars_one_film"),
        (r"(?:fifth|5th) (?:consecutive )?palme d['’]or winner in a row|(?:fifth|5th) consecutive palme", "consecutive_palmes"),
        (r"first american film to (?:win|take) (?:the palme|the top prize)[^.;]*since", "american_palme_since"),
    ]
    for rx, ach in checks:
        m = re.search(rx, low)
        if not m:
            continue
        want = ("person",) if ach.startswith("four_oscars") else ("film", "person")
        subj, sstart = subject_before(ctx, ctx.s.start + m.start(), want)
        ordn = 1
        if ach == "consecutive_palmes":
            subj = "neon" if ctx.kb.entity("neon") else subj
            ordn = 5 if re.match(r"fifth|5th", m.group(0)) else None
        if ach == "baker_highest_grossing" or ach == "american_palme_since":
            subj = subj if subj and ctx.kb.entity(subj) and ctx.kb.entity(subj).type == "film" else ctx.res.film(ctx.s)
        if not subj:
            continue
        since = re.search(r"since\s+(?:[^.;]*?\(?)((?:19|20)\d\d)\)?", low[m.start():])
        se = None
        if "since" in low[m.start():m.end() + 5]:
            pos = ctx.s.start + m.start() + low[m.start():].find("since")
            sm = nearest_after(ctx.ms, pos, ("film", "person"), window=20)
            se = sm.entity.id if sm else None
        out.append(make(ctx, "record", ctx.s.start + m.start(), ctx.s.start + m.end(), subj,
                        "record", m.group(0), kind="record", achievement=ach, ordinal=ordn,
                        only=False, since_year=int(since.group(1)) if since else None,
                        since_entity=se, has_since="since" in m.group(0)))
    return out


# -- ratings, ages in apposition, years without a prize ----------------------------------------
@extractor("rating")
def rating(ctx: Ctx) -> list[Claim]:
    out = []
    if "rat" not in ctx.s.text:
        return out
    for m in ctx.rel(r"\b(?:is |was )?rated\s+(?:it\s+|the film\s+|Anora\s+)?(NC-17|PG-13|PG|G|R)\b"
                     r"|\b(NC-17|PG-13|R)-rated\b|\b(?:an?|its)\s+(NC-17|PG-13|PG|G|R)\s+rating\b",
                     flags=0):
        subj, sstart = subject_before(ctx, m.start(), ("film",))
        subj = subj or ctx.res.film(ctx.s)
        if subj:
            out.append(make(ctx, "production", min(sstart, m.start()), m.end(), subj,
                            "mpa_rating", m.group(1) or m.group(2) or m.group(3), kind="rating",
                            rating=m.group(1) or m.group(2) or m.group(3)))
    return out


@extractor("no-prize")
def no_prize(ctx: Ctx) -> list[Claim]:
    """"There was no festival in 1948", "the 2020 festival was cancelled": years without a
    Palme d'Or, which the KB records."""
    out = []
    around = ctx.text[max(0, ctx.s.start - 600):ctx.s.end].lower()
    if "cannes" not in around and "palme" not in around:
        return out
    for m in ctx.rel(r"\bno (?:festival|palme d['’]or|palme|prize|top prize|award)s?\b[^.;]*?"
                     r"\b((?:19|20)\d\d)\b(?:\s+or\s+((?:19|20)\d\d))?|"
                     r"\b((?:19|20)\d\d) (?:festival|edition)\s+(?:was\s+)?(?:cancel+ed|halted|"
                     r"called off|scrapped|stopped)"):
        years = [int(y) for y in (m.group(1), m.group(2), m.group(3)) if y]
        for y in years:
            out.append(make(ctx, "festival", m.start(), m.end(), "cannes-film-festival",
                            "not_awarded", str(y), kind="no_prize", year=y))
    return out


RELATIONS = {"godfather": "godfather", "brother": "brother", "father": "father",
             "mother": "mother", "dad": "father", "mom": "mother", "henchman": "henchman",
             "henchmen": "henchman", "uncle": "uncle", "sister": "sister", "son": "son",
             "godson": "godson", "wife": "wife", "husband": "husband"}
_REL = "|".join(RELATIONS)


@extractor("relation")
def relation(ctx: Ctx) -> list[Claim]:
    """"Toros, Vanya's godfather" / "Vanya's godfather, Toros" / "Toros's brother Garnick"."""
    out = []
    chars = ctx.of_type("character")
    if len(chars) < 2 or not ctx.res.main_film:
        return out
    for y in chars:
        m = re.match(rf"^['’]s\s+(?:\w+\s+){{0,3}}?({_REL})\b(?:,)?\s*", ctx.text[y.end:y.end + 60], re.I)
        if not m:
            continue
        rel = RELATIONS[m.group(1).lower()]
        x = nearest_after(chars, y.end + m.end() - 1, ("character",), window=3)
        if x is None:  # "Toros, Vanya's godfather": the name before, in apposition
            xb = nearest_before(chars, y.start, ("character",), window=4)
            if xb is not None and re.match(r"^\s*,\s*$", ctx.text[xb.end:y.start]):
                x = xb
        if x is None or x.entity.id == y.entity.id:
            continue
        out.append(make(ctx, "plot", min(x.start, y.start), max(x.end, y.end + m.end(1)),
                        ctx.res.main_film, "plot", f"{x.text} is {y.text}'s {rel}",
                        kind="relation", x=x.entity.id, y=y.entity.id, relation=rel))
    return out
