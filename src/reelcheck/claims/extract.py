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
from .context import DIRECTOR_REF, FILM_REF, PERSON_PRONOUN, Resolver
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
