"""Claim extractors, one per kind of statement film coverage makes.

Each extractor reads one sentence (its text, its linked mentions, the resolver) and returns
claims with structured `slots` the verifier needs. They are pattern-based on purpose: a claim is
only made when the sentence has the shape of a checkable statement (an entity, a relation cue and
a value), which is also what keeps opinions ("Baker presents stark contrasts") out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
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




# -- awards ----------------------------------------------------------------------------------
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












# -- locations and plot ----------------------------------------------------------------------
def place_mentions(ctx: Ctx) -> list[Mention]:
    """Place mentions, including names the linker gave to a same-named film ("Chicago")."""
    out = []
    for m in ctx.ms:
        if m.entity_type == "place":
            out.append(m)
            continue
        cands = ctx.kb.entities_by_name(m.text, type="place")
        if len(cands) == 1:
            out.append(Mention(m.start, m.end, m.text, ref(ctx.kb, cands[0].id), "place"))
    return out


FILM_PLACE_CUES = (
    (r"\b(?:is|was|are)?\s*set (?:in|on|around)\b|\btakes place in\b|\bunfolds in\b",
     "narrative_location"),
    (r"\b(?:filmed|shot|lensed)\s+(?:on location\s+)?(?:in|at|on)\b", "filming_location"),
)


@extractor("location")
def location(ctx: Ctx) -> list[Claim]:
    out = []
    places = place_mentions(ctx)
    if not places:
        return out
    for pattern, pred in FILM_PLACE_CUES:  # "is set in Brooklyn", "was shot in Las Vegas"
        for m in ctx.rel(pattern):
            p = nearest_after(places, m.end(), ("place",), window=25)
            if not p:
                continue
            subj, sstart = subject_before(ctx, m.start(), ("film",))
            subj = subj or ctx.res.film(ctx.s)
            if subj:
                out.append(make(ctx, "location", sstart if sstart >= ctx.s.start else m.start(),
                                p.end, subj, pred, ref(ctx.kb, p.entity.id),
                                kind="place", place=p.entity.id))
    for m in ctx.rel(r"\bborn in\b"):
        p = nearest_after(places, m.end(), ("place",), window=25)
        subj, sstart = subject_before(ctx, m.start(), ("person",))
        if p and subj:
            if "," in ctx.text[sstart:m.start()]:
                sstart = m.start()  # "X, a drama-school graduate born in Kazan": the birth clause
            out.append(make(ctx, "location", sstart, p.end, subj, "place_of_birth",
                            ref(ctx.kb, p.entity.id), kind="place", place=p.entity.id))
    return out


PLOT_MOVE = re.compile(r"\b(?:fl(?:y|ies|ew|own)|elope[sd]?|rac(?:e|es|ed)|rush(?:es|ed)?|"
                       r"sends?\b[^.;]{0,30}?\btrip|"
                       r"carried|carr(?:y|ies)|sent|shipped|dragged|"
                       r"travel(?:s|ed)?|taken|take[sn]?|took|go(?:es)?|went|"
                       r"head(?:s|ed)?|mov(?:e|es|ed)|return(?:s|ed)?|whisk(?:s|ed)?|brought|bring(?:s)?|"
                       r"relocat\w+|escape[sd]?|flee[sd]?|fled)\b[^.;]{0,60}?\b(?:to|in|into)\b", re.I)
PLOT_MARRY = re.compile(r"\b(?:marr(?:y|ies|ied)|wed(?:s|ded)?|elope[sd]?|tie the knot|ties the knot)\b",
                        re.I)


@extractor("plot")
def plot(ctx: Ctx) -> list[Claim]:
    out = []
    places = place_mentions(ctx)
    chars = ctx.of_type("character")
    para_chars = [m for m in ctx.para_ms if m.entity_type == "character"]
    plotty = bool(chars) or bool(para_chars) or re.search(
        r"\b(?:newlyweds?|couple|the marriage|her husband|his wife|the family|the henchmen|"
        r"his parents|the oligarch)\b", ctx.s.text, re.I)
    if not plotty or not places:
        return out
    film = ctx.res.film(ctx.s)
    if not film:
        return out
    for m in PLOT_MOVE.finditer(ctx.text, ctx.s.start, ctx.s.end):
        mover = nearest_before(ctx.ms, m.start(), ("person", "character", "film"), window=80)
        head = ctx.text[max(ctx.s.start, m.start() - 60):m.start()]
        if (mover is None or mover.entity_type != "character") and not re.search(
                r"\b(?:newlyweds?|couple|pair|the two|(?:the|their|this|his|her) (?:\w+ )?marriage|"
                r"her husband|his wife|his parents|the henchmen|they)\b", head, re.I) and not (
                mover is None and re.search(r"\b(?:he|she|their|everyone|everybody)\b", head, re.I)
                and _last_is_character(ctx, m.start())):
            continue  # "He takes her to Atlantic City" only when "he" can only be a character
        p = nearest_after(places, m.end() - 3, ("place",), window=50)
        if not p or re.search(r"\bfrom\b", ctx.text[m.end() - 3:p.start], re.I):
            continue
        start = chars[0].start if chars and chars[0].start < m.start() else m.start()
        out.append(make(ctx, "plot", start, p.end, film, "plot", ref(ctx.kb, p.entity.id),
                        kind="plot_place", place=p.entity.id, action="travel"))
    for m in ctx.rel(r"\b(?:fl(?:y|ies|ew|own)|arriv(?:e|es|ed)|com(?:e|es)|came|travel(?:s|ed)?)"
                     r"\s+(?:in\s+)?from\b"):
        p = nearest_after(places, m.end(), ("place",), window=25)
        if p:
            start = chars[0].start if chars and chars[0].start < m.start() else m.start()
            out.append(make(ctx, "plot", start, p.end, film, "plot", ref(ctx.kb, p.entity.id),
                            kind="plot_place", place=p.entity.id, action="origin"))
    for m in PLOT_MARRY.finditer(ctx.text, ctx.s.start, ctx.s.end):
        p = nearest_after(places, m.end(), ("place",), window=40)
        if not p:
            continue
        start = chars[0].start if chars and chars[0].start < m.start() else m.start()
        out.append(make(ctx, "plot", start, p.end, film, "plot", ref(ctx.kb, p.entity.id),
                        kind="plot_event", place=p.entity.id, action="marry"))
    return out


def _last_is_character(ctx: Ctx, pos: int) -> bool:
    """Whether the last person-like name before `pos` in this paragraph is a character (so a
    pronoun there retells the story rather than the making of the film)."""
    names = [m for m in ctx.para_ms + ctx.ms if m.start < pos and m.entity_type in
             ("person", "character")]
    return bool(names) and max(names, key=lambda m: m.start).entity_type == "character"


# -- rumours -----------------------------------------------------------------------------------
RUMOUR_EVENT = re.compile(r"\b(?:trimmed|shot|filmed|removed|deleted|ended with|re-?shot|replaced|banned|fired|"
                          r"quit|refused|walked off|clashed|there (?:was|is|were) (?:an? )?(?:\w+ ){0,3}"
                          r"(?:cut|version|ending|scene))\b", re.I)


@extractor("rumour")
def rumour(ctx: Ctx) -> list[Claim]:
    """A hedged story about a film or its people ("some attendees swore there was a longer
    cut") is still a claim: reported, marked hedged, never supported by silence."""
    if not ctx.hedged:
        return []
    ents = ctx.of_type("person", "film", "character")
    m = RUMOUR_EVENT.search(ctx.s.text)
    if not ents or not m:
        return []
    film = ctx.res.film(ctx.s)
    subj = next((e.entity.id for e in ents if e.entity_type == "person"), None) or film
    return [make(ctx, "production", ctx.s.start, ctx.s.end, subj, "rumour", ctx.s.text.strip(),
                 kind="rumour")]


# -- more places ----------------------------------------------------------------------------------
@extractor("location-more")
def location_more(ctx: Ctx) -> list[Claim]:
    """Filming-location lists and birthplaces after a birth name ("Born Mikaela ... in LA")."""
    out = []
    places = place_mentions(ctx)
    if not places:
        return out
    m = re.search(r"\b(?:locations? (?:included?|were|are)|filmed (?:on location )?(?:in|at)|shot (?:on location )?(?:in|at)|"
                  r"stint in|scenes? (?:were|was) (?:shot|filmed) (?:in|at))\b", ctx.s.text, re.I)
    if m and not re.search(r"\bscene", ctx.s.text[:m.start()], re.I) or (m and "stint" in m.group(0)):
        film = ctx.res.film(ctx.s)
        for p in places:
            if p.start >= ctx.s.start + m.end() and film:
                out.append(make(ctx, "location", p.start, p.end, film, "filming_location",
                                ref(ctx.kb, p.entity.id), kind="place", place=p.entity.id))
    bm = re.search(r"\bborn\b[^.;]{0,60}?\bin\s+", ctx.s.text, re.I)
    if bm:
        p = nearest_after(places, ctx.s.start + bm.end() - 1, ("place",), window=3)
        named = [x for x in ctx.of_type("person")  # "Born Mikaela Madison Rosberg in LA"
                 if ctx.s.start + bm.start() < x.start and x.end <= ctx.s.start + bm.end()]
        if named:
            subj, sstart = named[0].entity.id, ctx.s.start + bm.start()
        else:
            subj, sstart = subject_before(ctx, ctx.s.start + bm.start(), ("person",))
        if not subj:
            bn = ctx.kb.entities_by_name(ctx.s.text[bm.start() + 5:bm.end() - 4].strip(),
                                         type="person")
            subj = bn[0].id if len(bn) == 1 else None
            sstart = ctx.s.start + bm.start()
        if p and subj:
            b0 = ctx.s.start + bm.start()
            if b0 > sstart and re.search(r",|\b(?:on|in)\s+\w+\s+\d", ctx.text[b0:p.start]):
                sstart = b0
            if "," in ctx.text[b0:p.start]:  # "born Mikaela Rosberg on March 25, 1999, in San
                sstart = ctx.s.start + bm.end() - 3  # Diego": the claim is "in San Diego"
            out.append(make(ctx, "location", sstart, p.end, subj, "place_of_birth",
                            ref(ctx.kb, p.entity.id), kind="place", place=p.entity.id))
    return out


@extractor("plot-lives")
def plot_lives(ctx: Ctx) -> list[Claim]:
    """"Ani lives in Brighton Beach", "her club is in Manhattan": where a character lives/works."""
    out = []
    chars = ctx.of_type("character")
    places = place_mentions(ctx)
    film = ctx.res.main_film
    if not chars or not places or not film:
        return out
    for m in ctx.rel(r"\b(?:lives|lived|living|grew up|works|worked|working|dances|danced)\s+"
                     r"(?:with\s+\w+\s+\w+\s+)?(?:in|at|on)\b[^.;]{0,40}?"):
        p = nearest_after(places, m.end() - 1, ("place",), window=45)
        c = nearest_before(chars, m.start(), ("character",), window=40)
        if not p or not c:
            continue
        what = "works_in" if re.match(r"work|danc", m.group(0), re.I) else "lives_in"
        out.append(make(ctx, "plot", c.start, p.end, film, "plot", ref(ctx.kb, p.entity.id),
                        kind="plot_lives", who=c.entity.id, place=p.entity.id, where=what))
    return out
