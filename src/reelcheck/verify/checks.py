"""One check per claim kind. Each returns a `Verdict` (or None: nothing decides it)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Callable, Iterable, Optional

from rapidfuzz import fuzz

from ..kb.awards import award_family, ceremonies_of_family
from ..kb.places import ancestors, is_country as _is_country, place_relation
from ..kb.store import Fact
from ..textutil import fold, year_month
from .words import MONTHS, fmt_date, fmt_money, fmt_quantity

CHECKS: dict[str, Callable] = {}


def check(*kinds: str):
    def deco(fn):
        for k in kinds:
            CHECKS[k] = fn
        return fn
    return deco


@dataclass
class Verdict:
    verdict: str
    explanation: str
    facts: list[Fact] = field(default_factory=list)
    confidence: float = 0.5


def supported(expl: str, facts: Iterable[Fact], conf: float | None = None) -> Verdict:
    facts = list(facts)
    if conf is None:
        conf = 0.95 if any(len(f.sources) > 1 for f in facts) else 0.9
        if any(f.disputed for f in facts):
            conf = 0.6
    return Verdict("supported", expl, facts, conf)


def refuted(expl: str, facts: Iterable[Fact], conf: float = 0.9) -> Verdict:
    facts = list(facts)
    if any(len(f.sources) > 1 for f in facts):
        conf = max(conf, 0.95)
    return Verdict("refuted", expl, facts, conf)


def nei(expl: str, facts: Iterable[Fact] = ()) -> Verdict:
    return Verdict("not_enough_info", expl, list(facts), 0.5)


def L(kb, eid: Optional[str]) -> str:
    return kb.label(eid) if eid else "?"


def _firm(facts: Iterable[Fact]) -> list[Fact]:
    return [f for f in facts if not f.disputed]


def _close_name(kb, name: str, eid: str) -> bool:
    """Whether a written name may be a spelling of entity eid's name or one of its aliases
    (a surname alone, a one-letter slip, another order of the same words)."""
    n = fold(name)
    for other in [L(kb, eid)] + [a for a, _k in kb.aliases_of(eid)]:
        o = fold(other)
        if n == o or o.endswith(" " + n) or n.endswith(" " + o) or \
                fuzz.token_sort_ratio(n, o) >= 85:
            return True
    return False


# -- places: the geography tree lives in the KB package (kb/places.py) ----------------------


# -- cast and crew -----------------------------------------------------------------------------
@check("nickname")
def nickname(kb, c) -> Optional[Verdict]:
    """The name a character goes by: one of the KB's names for it holds; another is refuted
    only where the KB declares the character's names complete."""
    who, name = c.slots["subject"], fold(c.slots["name"]).lower()
    names = kb.aliases_of(who)
    if any(fold(a).lower() == name for a, _k in names):
        return supported(f"{L(kb, who)} is also called {c.slots['name']}.", [])
    if kb.is_complete("nickname", subject=who):
        nick = [a for a, k in names if k == "nickname"]
        return refuted(f"{L(kb, who)} goes by {', '.join(nick)}, not {c.slots['name']}.", [])
    return None


@check("played_by")
def played_by(kb, c) -> Optional[Verdict]:
    char, actor = c.slots["subject"], c.slots["actor"]
    facts = kb.facts(subject=char, predicate="played_by")
    if not facts:
        return None
    if actor is None:   # a name the KB does not know ("Toros, played by Jane Roe")
        name, firm = c.slots.get("actor_name"), _firm(facts)
        if not name or not firm or c.slots.get("weak"):
            return None
        if any(_close_name(kb, name, f.value) for f in facts):
            return nei(f"{L(kb, char)} is played by {L(kb, facts[0].value)}; '{name}' may be a "
                       f"spelling of that name.", facts)
        who = " and ".join(L(kb, f.value) for f in firm)
        return refuted(f"{L(kb, char)} is played by {who}, not {name}.", firm)
    hit = [f for f in facts if f.value == actor]
    if hit:
        return supported(f"{L(kb, char)} is played by {L(kb, actor)}.", hit)
    firm = _firm(facts)
    if c.slots.get("weak"):
        return Verdict("drop", "")
    if firm:
        who = " and ".join(L(kb, f.value) for f in firm)
        return refuted(f"{L(kb, char)} is played by {who}, not {L(kb, actor)}.", firm)
    return nei("Sources disagree on who plays this character.", facts)


CREW_WORDS = {"director": "directed", "screenwriter": "written", "film_editor": "edited",
              "producer": "produced", "director_of_photography": "shot",
              "composer": "scored", "casting_director": "cast", "consultant": "advised",
              "production_designer": "designed"}


@check("director", "screenwriter", "film_editor", "producer", "director_of_photography",
       "composer", "casting_director", "consultant", "production_designer")
def crew(kb, c) -> Optional[Verdict]:
    film, person, pred = c.slots["subject"], c.slots.get("person"), c.predicate
    facts = kb.facts(subject=film, predicate=pred)
    hit = [f for f in facts if f.value == person]
    verb = CREW_WORDS.get(pred, pred)
    if hit:
        return supported(f"{L(kb, film)} was {verb} by {L(kb, person)}.", hit)
    if c.slots.get("weak"):
        return Verdict("drop", "")
    if person is None:
        return _crew_name(kb, c, film, pred, facts, verb)
    note = kb.is_complete(pred, subject=film)
    other = L(kb, person)
    if note and facts:
        who = ", ".join(L(kb, f.value) for f in facts)
        return refuted(f"{L(kb, film)} was {verb} by {who}, not {other} "
                       f"(the KB holds the full credit).", facts)
    people, noms, whole = _nominated_crew(kb, film, pred)
    if facts and not (people and whole and {f.value for f in facts} <= set(people)):
        # a credit held but not declared complete: the Academy's nomination still names the
        # whole credit when it names everyone the KB holds for it
        return None
    if person in people:
        return supported(f"{L(kb, film)} was {verb} by {L(kb, person)} (named for it in its "
                         f"{L(kb, noms[0].value)} nomination).", noms[:1])
    if people and whole:
        who = ", ".join(L(kb, x) for x in people)
        return refuted(f"{L(kb, film)} was {verb} by {who}, not {other} (its "
                       f"{L(kb, noms[0].value)} nomination names the whole credit).", noms[:1])
    return None


def _crew_name(kb, c, film: str, pred: str, facts: list, verb: str) -> Optional[Verdict]:
    """A credit given to a name the KB lacks: only the film's complete credit refutes it, and
    not when the name may be a spelling of a credited name."""
    name = c.slots.get("name")
    complete = bool(facts) and bool(kb.is_complete(pred, subject=film))
    people, cite = [f.value for f in facts], facts
    if not facts:
        people, noms, complete = _nominated_crew(kb, film, pred)
        cite = noms[:1]
    elif not complete:   # the nomination names the whole credit, everyone the KB holds in it
        named, noms, whole = _nominated_crew(kb, film, pred)
        if named and whole and set(people) <= set(named):
            people, cite, complete = named, noms[:1], True
    if not name or not people:
        return None
    who = ", ".join(L(kb, x) for x in people)
    if any(_close_name(kb, name, x) for x in people):
        return nei(f"{L(kb, film)} was {verb} by {who}; '{name}' may be a spelling of that "
                   f"name.", cite)
    if not complete:
        return None
    why = "the KB holds the full credit" if cite is facts else \
        f"its {L(kb, cite[0].value)} nomination names the whole credit"
    return refuted(f"{L(kb, film)} was {verb} by {who}, not {name} ({why}).", cite)


# A crew credit the Oscar record states: the category whose nominees hold it, and whether the
# nominees are the whole credit (a film's directors, cinematographer and editors are; its
# writers, composers and producers may be more than the Academy names)
NOMINATED_CREW = {
    "director": (("academy-award-for-best-director",), True),
    "director_of_photography": (("academy-award-for-best-cinematography",
                                 "academy-award-for-best-cinematography-black-and-white",
                                 "academy-award-for-best-cinematography-color"), True),
    "film_editor": (("academy-award-for-best-film-editing",), True),
    "screenwriter": (("academy-award-for-best-original-screenplay",
                      "academy-award-for-best-adapted-screenplay"), False),
    "composer": (("academy-award-for-best-original-score",), False),
    "producer": (("academy-award-for-best-picture",), False),
}


def _nominated_crew(kb, film: str, pred: str) -> tuple[list, list, bool]:
    """(people, nominations, whole?) the Academy's nominations of `film` name for a credit."""
    cats, whole = NOMINATED_CREW.get(pred, ((), False))
    noms = [f for f in kb.facts_involving(film, "nominated_for") if f.value in cats
            and not f.disputed and (f.subject == film or f.qualifiers.get("for_work") == film)]
    people = []
    for f in noms:
        for x in ([f.subject] if f.subject != film else f.qualifiers.get("recipients") or []):
            if x not in people:
                people.append(x)
    # one ceremony's nominations only: a reissue's second nomination is another credit
    if len({f.qualifiers.get("ceremony") for f in noms}) > 1:
        return people, noms, False
    return people, noms, whole


# -- awards ------------------------------------------------------------------------------------
_LABELS: dict = {}


def involves(f: Fact, who: str, kb=None) -> bool:
    q = f.qualifiers
    if f.subject == who or who in (q.get("recipients") or []) or q.get("for_work") == who:
        return True
    if kb is not None and (q.get("film_title") or q.get("recipients_text")):
        e = kb.entity(who)
        if e and e.type == "film" and e.label == q.get("film_title"):
            return True
        if e and e.type == "person" and e.label in str(q.get("recipients_text") or ""):
            return True
    return False


def expected_subject_type(kb, award: str) -> Optional[str]:
    """'person' for acting/directing categories, 'film' for Best Picture, from the winners."""
    if award in _LABELS:
        return _LABELS[award]
    types = {}
    for f in kb.facts(predicate="award_received", object_entity=award):
        e = kb.entity(f.subject)
        if e:
            types[e.type] = types.get(e.type, 0) + 1
    t = max(types, key=types.get) if types else None
    _LABELS[award] = t
    return t


def ceremony_year(kb, cid: Optional[str]) -> Optional[int]:
    e = kb.entity(cid) if cid else None
    return e.year if e else None




def _matches_when(kb, f: Fact, ceremony: Optional[str], year: Optional[int],
                  held: bool = False) -> bool:
    """Whether the fact is of the edition or year stated; a year may be the ceremony's or
    the films' year it honoured, unless `held` (the sentence dates the event: the ceremony's)."""
    q = f.qualifiers
    if ceremony and q.get("ceremony") and q["ceremony"] != ceremony:
        # "Cannes" (the festival) matches any edition
        if award_family(kb, q["ceremony"]) != ceremony:
            return False
    if year:
        years = {q.get("year"), ceremony_year(kb, q.get("ceremony"))}
        ey = str(q.get("eligibility_year") or "")
        if ey[:4].isdigit() and not held:
            years.add(int(ey[:4]))
        if year not in years:
            return False
    return True


def _award_facts(kb, pred: str, award: str, who: str) -> list[Fact]:
    preds = [pred] if pred == "award_received" else ["nominated_for", "award_received"]
    out = []
    for p in preds:
        out += _award_index(kb, p, award).involving(kb, who)
    return out


class _AwardIndex:
    """The facts of one award category, looked up by who they involve (what `involves` tests,
    without scanning every winner of the category for every claim)."""

    def __init__(self, facts: list[Fact]):
        self.order = {f.id: i for i, f in enumerate(facts)}
        self.by_id: dict[str, list[Fact]] = {}
        self.by_title: dict[str, list[Fact]] = {}
        self.texts: list[Fact] = []
        for f in facts:
            q = f.qualifiers
            for key in {f.subject, q.get("for_work"), *(q.get("recipients") or [])}:
                if isinstance(key, str):
                    self.by_id.setdefault(key, []).append(f)
            if q.get("film_title"):
                self.by_title.setdefault(q["film_title"], []).append(f)
            if q.get("recipients_text"):
                self.texts.append(f)

    def involving(self, kb, who: str) -> list[Fact]:
        got = {f.id: f for f in self.by_id.get(who, ())}
        e = kb.entity(who)
        if e is not None and e.type == "film":
            got.update((f.id, f) for f in self.by_title.get(e.label, ()))
        if e is not None and e.type == "person":
            got.update((f.id, f) for f in self.texts
                       if e.label in str(f.qualifiers.get("recipients_text") or ""))
        return sorted(got.values(), key=lambda f: self.order[f.id])


_AWARD_INDEXES: dict[tuple, _AwardIndex] = {}


def _award_index(kb, pred: str, award: str) -> _AwardIndex:
    key = (str(getattr(kb, "path", id(kb))), pred, award)
    got = _AWARD_INDEXES.get(key)
    if got is None:
        if len(_AWARD_INDEXES) > 20_000:
            _AWARD_INDEXES.clear()
        got = _AWARD_INDEXES[key] = _AwardIndex(kb.facts(predicate=pred, object_entity=award))
    return got


def _edition(kb, ceremony: Optional[str]) -> Optional[str]:
    """A specific ceremony/edition (not the festival itself)."""
    if not ceremony:
        return None
    fam = award_family(kb, ceremony)
    return ceremony if fam != ceremony else None


def _target_ceremony(kb, c, family: Optional[str], award: Optional[str],
                     who: str) -> Optional[str]:
    """Which ceremony an undated award claim is about: the one named, the family's ceremony of
    the year named, or the one where the KB has this person/film in the running for it."""
    ed = _edition(kb, c.slots.get("ceremony"))
    if ed:
        return ed
    year = c.slots.get("year")
    if year and family:
        cands = ceremonies_of_family(kb, family, year)
        if len(cands) == 1:
            return cands[0]
        return None
    seen = set()
    for p in ("nominated_for", "award_received"):
        for f in kb.facts_involving(who, p):
            if not involves(f, who, kb) or not f.qualifiers.get("ceremony"):
                continue
            if not _for_stated_work(c, f):   # "for A Complete Unknown" names the ceremony
                continue
            fam = award_family(kb, f.value)
            if (award and f.value == award) or (not award and family and fam == family):
                seen.add(f.qualifiers["ceremony"])
    return next(iter(seen)) if len(seen) == 1 else None


def _for_stated_work(c, f: Fact) -> bool:
    """Whether an award fact can be the one a claim means, given the work the claim states
    ("won Best Actor for A Complete Unknown"); True when the claim states none."""
    want_work, want_title = c.slots.get("for_work"), (c.slots.get("for_title") or "").lower()
    if not want_work and not want_title:
        return True
    q = f.qualifiers
    return q.get("for_work") == want_work or f.subject == want_work or bool(
        want_title and str(q.get("film_title", "")).lower().startswith(want_title))


# Real Academy Award categories the default KB does not list winners for: a claim naming one is
# still decided by a film's complete record at a ceremony ("also won Best Cinematography").
OSCAR_CATEGORIES_ELSEWHERE = (
    "cinematography", "original score", "score", "original song", "song", "sound",
    "sound editing", "sound mixing", "production design", "art direction", "costume design",
    "makeup and hairstyling", "makeup", "visual effects", "international feature film",
    "international feature", "foreign language film", "foreign-language film",
    "animated feature", "animated feature film", "documentary feature", "adapted screenplay",
    "live action short", "animated short", "documentary short", "casting")


def _outside_complete_set(kb, c, who: str, family: Optional[str], pol: str) -> Optional[Verdict]:
    """A named Oscar category outside a film's or person's complete record at a ceremony."""
    if family != "academy-awards" or not isinstance(c.object, str):
        return None
    phrase = re.sub(r"^(?:the\s+)?(?:oscars?\s+for\s+)?(?:best\s+)?", "", c.object.strip().lower())
    phrase = re.sub(r"\s+(?:oscar|award|prize|category)s?$", "", phrase)
    if phrase not in OSCAR_CATEGORIES_ELSEWHERE:
        return None
    target = _target_ceremony(kb, c, family, None, who)
    pred = "award_received" if pol == "won" else "nominated_for"
    if not target or not kb.is_complete(pred, subject=who, qualifiers={"ceremony": target}):
        return None
    have = [f for f in kb.facts_involving(who, pred)
            if f.qualifiers.get("ceremony") == target and involves(f, who, kb)]
    names = ", ".join(sorted({L(kb, f.value).replace("Academy Award for ", "") for f in have}))
    verb = "won" if pol == "won" else "was nominated for"
    return refuted(f"At the {L(kb, target)}, {L(kb, who)} {verb} "
                   f"{names or 'nothing'}; not Best {phrase.title()}.", have[:4])


def _winners(kb, award: str, ceremony: Optional[str], year: Optional[int]) -> list[Fact]:
    return [f for f in kb.facts(predicate="award_received", object_entity=award)
            if _matches_when(kb, f, ceremony, year)]


def _winner_names(kb, facts: list[Fact]) -> str:
    names = []
    for f in facts:
        e = kb.entity(f.subject)
        name = e.label if e else f.subject
        rec = f.qualifiers.get("recipients")
        if e and e.type == "film" and rec and len(rec) == 1:
            name = f"{L(kb, rec[0])} ({name})"
        elif e and e.type == "person" and (f.qualifiers.get("for_work") or f.qualifiers.get("film_title")):
            name = f"{name} ({L(kb, f.qualifiers.get('for_work')) if f.qualifiers.get('for_work') else f.qualifiers['film_title']})"
        if name not in names:
            names.append(name)
    return " and ".join(names)


def _works_of_wins(kb, c, who: str, family: str, pred: str, facts: list[Fact]) -> Verdict:
    """'took home prizes for his work on A and B': each work named must be one the prizes were
    for. One that is not is refuted where the person's record at that ceremony is complete."""
    def work_of(f: Fact):
        return f.qualifiers.get("for_work") or (f.subject if f.subject != who else None)

    def title_of(f: Fact) -> str:
        w = work_of(f)
        return str(f.qualifiers.get("film_title") or (L(kb, w) if w else "")).lower()

    target = _target_ceremony(kb, c, family, None, who)
    if target:
        facts = [f for f in facts if f.qualifiers.get("ceremony") == target]
    found = {w: [f for f in facts if work_of(f) == w or title_of(f) == L(kb, w).lower()]
             for w in c.slots.get("works") or []}
    found.update({t: [f for f in facts if title_of(f).startswith(t.lower())]
                  for t in c.slots.get("works_unknown") or []})
    missing = [w for w, fs in found.items() if not fs]
    verb = "won" if pred == "award_received" else "was nominated for"
    if not missing:
        return supported(f"{L(kb, who)} {verb} " + "; ".join(
            f"the {L(kb, fs[0].value)} for {L(kb, w) if kb.entity(w) else w}"
            for w, fs in found.items()) + ".", [fs[0] for fs in found.values()])
    names = ", ".join(L(kb, w) if kb.entity(w) else w for w in missing)
    if target and kb.is_complete(pred, subject=who, qualifiers={"ceremony": target}):
        had = sorted({str(f.qualifiers.get("film_title") or L(kb, work_of(f) or ""))
                      for f in facts} - {""})
        return refuted(f"At the {L(kb, target)}, {L(kb, who)}'s prizes were for "
                       f"{', '.join(had) or 'other work'}; not for {names}.", facts[:4])
    return nei(f"The KB does not tie {L(kb, who)}'s prizes to {names}.", facts[:3])


def _won_by_their_film(kb, c, who: str, wins: list[Fact]) -> Optional[Verdict]:
    """'Walter Salles accepted the international feature award for I'm Still Here': a prize a
    film won is said of its director (supported when the KB credits them), and of anyone the
    claim ties to the winning film it names (left open: the KB lists the film, not them)."""
    films = [f for f in wins if kb.entity(f.subject) and kb.entity(f.subject).type == "film"]
    for f in films:
        directed = [d for d in kb.facts(subject=f.subject, predicate="director")
                    if d.value == who and not d.disputed]
        if directed:
            return supported(f"{L(kb, f.subject)}, directed by {L(kb, who)}, won the "
                             f"{L(kb, f.value)} at the {L(kb, f.qualifiers.get('ceremony'))}.",
                             [f] + directed[:1])
    if any(c.slots.get("for_work") == f.subject for f in films):
        return nei(f"{L(kb, c.slots['for_work'])} won the {L(kb, films[0].value)}; the KB "
                   f"does not say what {L(kb, who)} did on it.", films[:1])
    return None


def _rival(kb, c, who: str, rival: str, family: Optional[str]) -> Optional[Verdict]:
    """'X beat Y at the 97th Academy Awards' with no prize named: a category of that ceremony
    that X won and Y was nominated for. Refuted when both records there are complete and no
    category joins them (or Y won one X lost)."""
    target = _target_ceremony(kb, c, family, None, who)
    if not target:
        return None
    at = lambda f: f.qualifiers.get("ceremony") == target and not f.disputed  # noqa: E731
    wins = [f for f in kb.facts_involving(who, "award_received") if at(f) and involves(f, who, kb)]
    noms = [f for f in kb.facts_involving(rival, "nominated_for") if at(f)
            and involves(f, rival, kb)]
    shared = [w for w in wins if any(n.value == w.value for n in noms)]
    # the rival's nomination records its loss to the subject ("lost to Kieran Culkin")
    beaten = [n for n in noms if str(n.qualifiers.get("result", "")).lower().startswith("lost to")
              and _lost_to_name(kb, who, n)]
    if beaten and not shared:
        return supported(f"{L(kb, rival)} was nominated for the {L(kb, beaten[0].value)} at the "
                         f"{L(kb, target)} and {beaten[0].qualifiers['result']}.", beaten[:1],
                         conf=0.8)
    if shared:
        return supported(f"{L(kb, who)} won the {L(kb, shared[0].value)} at the {L(kb, target)}, "
                         f"for which {L(kb, rival)} was also nominated.",
                         shared[:1] + [n for n in noms if n.value == shared[0].value][:1])
    complete = all(kb.is_complete(p, subject=x, qualifiers={"ceremony": target})
                   for p, x in (("award_received", who), ("nominated_for", rival)))
    if not complete:
        return None
    theirs = [f for f in kb.facts_involving(rival, "award_received") if at(f)
              and involves(f, rival, kb)]
    mine = {f.value for f in kb.facts_involving(who, "nominated_for") if at(f)}
    reverse = [f for f in theirs if f.value in mine]
    if reverse:
        return refuted(f"It was the other way round: {L(kb, rival)} won the "
                       f"{L(kb, reverse[0].value)} at the {L(kb, target)}, for which "
                       f"{L(kb, who)} was nominated.", reverse[:1])
    return refuted(f"At the {L(kb, target)}, {L(kb, who)} won no prize {L(kb, rival)} was "
                   f"nominated for.", (wins + noms)[:2])


def _fits_words(kb, f: Fact, c) -> bool:
    """Whether a prize fits the category words a family-level claim gives it ("the comedy
    prize": Best Motion Picture - Musical or Comedy, not Best Screenplay)."""
    label = fold(L(kb, f.value))
    return all(fold(w) in label for w in c.slots.get("award_words") or ())


def _lost_to_name(kb, who: str, f: Fact) -> bool:
    """Whether a nomination's recorded result ("lost to X") names `who`."""
    return fold(L(kb, who)) in fold(str(f.qualifiers.get("result", "")))


def _lost_to(kb, who: str, family: str, ceremony: Optional[str], year) -> list[Fact]:
    """Nominations of a family whose recorded result is a loss to `who`."""
    out = []
    for f in kb.facts(predicate="nominated_for"):
        res = str(f.qualifiers.get("result", "")).lower()
        if res.startswith("lost to") and _lost_to_name(kb, who, f) and not f.disputed \
                and award_family(kb, f.value) == family and _matches_when(kb, f, ceremony, year):
            out.append(f)
    return out


def _winners_complete(kb, ceremony: str) -> bool:
    """Whether the KB holds every winner of every category the edition gave (the Academy's
    record is declared complete per ceremony and category)."""
    cats = {f.value for f in kb.facts_with_qualifier("award_received", "ceremony", ceremony)}
    return bool(cats) and all(kb.is_complete("award_received", object_entity=cat,
                                             qualifiers={"ceremony": ceremony}) for cat in cats)


def _other_work(kb, c, wins: list[Fact]) -> Optional[Verdict]:
    """'Wicked's Zoe Saldaña won Best Supporting Actress': the film the winner is named by is
    the one the prize is read as for. A win the KB records for another film leaves the claim
    open (the film may only name the winner), never supported. With an edition or a year
    stated, the time decides which win, and the film is only a name."""
    nw = c.slots.get("named_by_work")
    if c.slots.get("ceremony") or c.slots.get("year"):
        return None
    works = {f.qualifiers.get("for_work") for f in wins} - {None}
    if not nw or not works or nw in works or any(f.subject == nw for f in wins):
        return None
    return nei(f"{L(kb, c.slots['subject'])} won the {L(kb, wins[0].value)} for "
               f"{', '.join(sorted(L(kb, w) for w in works))}, not for {L(kb, nw)}, the film "
               f"the sentence names the winner by.", wins[:2])


def _held_elsewhere(kb, c, facts: list[Fact], ceremony, year) -> Optional[Verdict]:
    """'won Best Actress in 2023' for a win at the ceremony of 2024, which honoured the films
    of 2023: the year dates the event, so it is the ceremony's, and that does not hold; the
    films' year does, so the claim is not refuted either. (A month with the year is the
    ceremony's date, which the date check decides.)"""
    if not year or not c.slots.get("year_held") or c.slots.get("month") or not facts or any(
            _matches_when(kb, f, ceremony, year, held=True) for f in facts):
        return None
    f = facts[0]
    cer = f.qualifiers.get("ceremony")
    y = f.qualifiers.get("year") or ceremony_year(kb, cer)
    return nei(f"The win was at the {L(kb, cer) if cer else 'ceremony'}, held in {y} for the "
               f"films of {year}; the sentence dates it to {year}.", facts[:2])


@check("award")
def award(kb, c) -> Optional[Verdict]:
    who, aw, pol = c.slots["subject"], c.slots.get("award"), c.slots.get("polarity")
    family = c.slots.get("family")
    pred = "award_received" if pol == "won" else "nominated_for"
    if not aw and c.slots.get("rival"):
        return _rival(kb, c, who, c.slots["rival"], family)
    if not aw and c.slots.get("family_only") and family and kb.entity(who) \
            and kb.entity(who).type == "person":
        # "nominated for the Golden Globe": her one nomination in that family, if only one
        mine = {f.value for f in kb.facts_involving(who, "nominated_for")
                if award_family(kb, f.value) == family and involves(f, who, kb)}
        if len(mine) == 1:
            aw = next(iter(mine))
    if not aw and c.slots.get("family_only") and family and kb.entity(family):
        # "Anora was nominated for a Golden Globe": any award of that family will do
        # every slot stated counts: "the top prize at the 76th edition" is that edition's
        fam_facts = [f for p in ([pred] if pred == "award_received" else [pred, "award_received"])
                     for f in kb.facts_involving(who, p)
                     if award_family(kb, f.value) == family and involves(f, who, kb)
                     and not f.disputed and _matches_when(
                         kb, f, _edition(kb, c.slots.get("ceremony")), c.slots.get("year"))
                     and _fits_words(kb, f, c)]
        held = _held_elsewhere(kb, c, fam_facts, _edition(kb, c.slots.get("ceremony")),
                               c.slots.get("year"))
        if held is not None:
            return held
        if fam_facts and (c.slots.get("works") or c.slots.get("works_unknown")):
            return _works_of_wins(kb, c, who, family, pred, fam_facts)
        if fam_facts:
            names = ", ".join(sorted({L(kb, f.value) for f in fam_facts}))
            return supported(f"{L(kb, who)} {'won' if pol == 'won' else 'was nominated for'}: "
                             f"{names}.", fam_facts[:3])
        if pol == "won" and not (c.slots.get("works") or c.slots.get("works_unknown")):
            # "Demi Moore won the Golden Globe": another nominee's recorded result names her
            beaten = _lost_to(kb, who, family, _edition(kb, c.slots.get("ceremony")),
                              c.slots.get("year"))
            beaten = [f for f in beaten if _fits_words(kb, f, c)]
            if beaten:
                rec = beaten[0].qualifiers.get("recipients") or [beaten[0].subject]
                return supported(f"{L(kb, who)} won the {L(kb, beaten[0].value)}: "
                                 f"{L(kb, rec[0])} {beaten[0].qualifiers['result']}.",
                                 beaten[:1], conf=0.8)
        target = _target_ceremony(kb, c, family, None, who)
        if pol == "won" and target and not c.slots.get("award_words") and (kb.is_complete(
                "award_received", subject=who, qualifiers={"ceremony": target})
                or _winners_complete(kb, target)):
            noms = [f for f in kb.facts_involving(who, "nominated_for")
                    if f.qualifiers.get("ceremony") == target]
            return refuted(f"{L(kb, who)} won nothing at the {L(kb, target)}"
                           f"{f' ({len(noms)} nominations)' if noms else ''}.", noms[:3])
        if not target and not any(c.slots.get(k) for k in (
                "ceremony", "year", "award_words", "works", "works_unknown", "for_work",
                "for_title", "subject_assumed")) and kb.is_complete(
                    pred, subject=who, qualifiers={"family": family}) \
                and not _accepted_for_country(kb, who, pred, None, []):
            # "has never won an Oscar", no edition stated: the career, which the KB holds
            # complete for this subject, has none (the nominations say what it had)
            noms = [f for f in kb.facts_involving(who, "nominated_for")
                    if award_family(kb, f.value) == family and involves(f, who, kb)]
            noun = "Oscar" if family == "academy-awards" else L(kb, family) + " award"
            if pred == "award_received":
                return refuted(f"{L(kb, who)} has won no {noun} in all"
                               f"{f' ({len(noms)} nominations)' if noms else ''}.", noms[:3])
            return refuted(f"{L(kb, who)} has received no {noun} nomination in all.", [])
        return None
    if not aw:
        return _outside_complete_set(kb, c, who, family, pol) or nei(
            "The award category could not be identified in the KB.")
    ceremony = _edition(kb, c.slots.get("ceremony"))
    year = c.slots.get("year")
    if aw == "palme-d-or" and not year and ceremony:
        year = ceremony_year(kb, ceremony)
    facts = [f for f in _award_facts(kb, pred, aw, who)
             if _matches_when(kb, f, ceremony, year)]
    held = _held_elsewhere(kb, c, facts, ceremony, year)
    if held is not None:
        return held
    firm = _firm(facts)
    verb = "won" if pol == "won" else "was nominated for"
    want_work = c.slots.get("for_work")
    want_title = (c.slots.get("for_title") or "").lower()
    if c.slots.get("named_by_work") and len(firm) > 1:
        firm = sorted(firm, key=lambda f: f.qualifiers.get("for_work") != c.slots[
            "named_by_work"])
    if (want_work or want_title) and len(firm) > 1:
        # "won Best Actor for The Brutalist": the win for that film first
        firm = sorted(firm, key=lambda f: not _for_stated_work(c, f))
    if firm and (other := _other_work(kb, c, firm)) is not None:
        return other
    if firm:
        cer = firm[0].qualifiers.get("ceremony")
        at = f" at the {L(kb, cer)}" if cer else ""
        return supported(f"{L(kb, who)} {verb} the {L(kb, aw)}{at}.", firm)
    if facts:
        return nei("Sources disagree on this award.", facts)
    # "Demi Moore won it": another nominee's recorded result says who beat them
    if pol == "won" and kb.entity(who):
        beaten = [f for f in kb.facts(predicate="nominated_for", object_entity=aw)
                  if str(f.qualifiers.get("result", "")).lower().startswith("lost to")
                  and _lost_to_name(kb, who, f)
                  and _matches_when(kb, f, ceremony, year) and not f.disputed]
        if beaten:
            rec = beaten[0].qualifiers.get("recipients") or [beaten[0].subject]
            return supported(f"{L(kb, who)} won the {L(kb, aw)}: {L(kb, rec[0])} "
                             f"{beaten[0].qualifiers['result']}.", beaten[:1], conf=0.8)
    # A nomination whose result the KB records ("lost to X") decides a claimed win.
    if pol == "won":
        lost = [f for f in _award_facts(kb, "nominated_for", aw, who)
                if str(f.qualifiers.get("result", "")).lower().startswith("lost to")
                and _matches_when(kb, f, ceremony, year) and not f.disputed]
        if lost:
            return refuted(f"{L(kb, who)} was nominated for the {L(kb, aw)} at the "
                           f"{L(kb, lost[0].qualifiers.get('ceremony'))} but "
                           f"{lost[0].qualifiers['result']}.", lost[:1])
    if aw == "palme-d-or":
        y = year or ceremony_year(kb, ceremony)
        if y and kb.is_complete("award_received", object_entity=aw, qualifiers={"year": y}):
            wins = _winners(kb, aw, None, y)
            if pol == "won":
                if wins:
                    return refuted(f"The {y} Palme d'Or went to {_winner_names(kb, wins)}, "
                                   f"not {L(kb, who)}.", wins)
                nf = [f for f in kb.facts(subject="cannes-film-festival", predicate="not_awarded")
                      if f.qualifiers.get("year") == y]
                return refuted(f"No Palme d'Or was awarded in {y}.", nf) if nf else None
        return None
    # Refutation needs a ceremony the KB is complete for, and a subject of the right kind.
    want = expected_subject_type(kb, aw)
    e_who = kb.entity(who)
    # a subject of another kind than the category's winners (a director for Best Picture) can
    # only be refuted through its own complete record, never through the category's winners
    kind_ok = not (want and e_who and e_who.type != want)
    # (a film or person in the running at just one ceremony of the family: that ceremony, whose
    # complete record decides a category they were not in, "Anora also won Best Cinematography")
    target = ceremony or _target_ceremony(kb, c, family, aw, who) or \
        _target_ceremony(kb, c, family, None, who)
    if not target:
        return None
    tq = {"ceremony": target}
    wins_here = _winners(kb, aw, target, None)
    mine_here = [f for f in wins_here if involves(f, who, kb)]
    if mine_here and pred == "award_received":  # the claim's other details did not match
        return supported(f"{L(kb, who)} won the {L(kb, aw)} at the {L(kb, target)}.", mine_here)
    by_film = _won_by_their_film(kb, c, who, wins_here) if pred == "award_received" else None
    if by_film is not None:
        return by_film
    if pred == "award_received":
        # the subject's (or its film's) wins at that ceremony are known completely
        owners = [who]
        for f in kb.facts(predicate="nominated_for", object_entity=aw):
            if involves(f, who) and f.qualifiers.get("ceremony") == target and f.subject != who:
                owners.append(f.subject)
        for owner in owners:
            if kb.is_complete("award_received", subject=owner, qualifiers=tq):
                got = [f for f in kb.facts(subject=owner, predicate="award_received")
                       if f.qualifiers.get("ceremony") == target]
                noms = [f for f in _award_facts(kb, "nominated_for", aw, who)
                        if f.qualifiers.get("ceremony") == target]
                extra = ""
                if wins_here:
                    extra = f"; it went to {_winner_names(kb, wins_here)}"
                if noms:
                    return refuted(f"{L(kb, who)} was nominated for the {L(kb, aw)} at the "
                                   f"{L(kb, target)} but did not win{extra}.",
                                   noms[:1] + wins_here[:1] + got[:1])
                return refuted(f"{L(kb, who)} did not win the {L(kb, aw)} at the "
                               f"{L(kb, target)}{extra}.", wins_here[:2] + got[:2])
        if kind_ok and kb.is_complete("award_received", object_entity=aw, qualifiers=tq) \
                and wins_here:
            return refuted(f"The {L(kb, aw)} at the {L(kb, target)} went to "
                           f"{_winner_names(kb, wins_here)}, not {L(kb, who)}.", wins_here)
        return None
    if kb.is_complete("nominated_for", subject=who, qualifiers=tq):
        noms = [f for f in kb.facts(subject=who, predicate="nominated_for")
                if f.qualifiers.get("ceremony") == target]
        names = ", ".join(L(kb, f.value).split(" for ")[-1] for f in noms)
        if not noms:   # "beating Denis Villeneuve", who had none that night
            return refuted(f"The KB's complete list of {L(kb, who)}'s nominations at the "
                           f"{L(kb, target)} holds none, so not the {L(kb, aw)}.", [])
        return refuted(f"{L(kb, who)}'s nominations at the {L(kb, target)} were: {names}; "
                       f"not the {L(kb, aw)}.", noms)
    return None


@check("award_count")
def award_count(kb, c) -> Optional[Verdict]:
    """A count said of a film "for" a person ("Anora won four Oscars for Baker") reads either
    way: it holds if either reading holds, and is refuted only if both are."""
    if c.slots.get("loose_count"):
        # "four major wins": all of the record, or a part of it the KB cannot single out;
        # the count can hold but a different one refutes nothing
        v = award_count(kb, replace(c, slots={k: x for k, x in c.slots.items()
                                              if k != "loose_count"}))
        return v if v is None or v.verdict != "refuted" else nei(v.explanation, v.facts)
    if c.slots.get("at_least"):
        # a record's count ("the first person to win five Oscars"): its holder won at least
        # that many. Refuted when even the most the KB holds falls short; what the record
        # adds (first, only) is no count, so a count reached supports nothing
        v = award_count(kb, replace(c, slots={k: x for k, x in c.slots.items()
                                              if k != "at_least"}))
        return v if v is not None and v.verdict == "refuted" and not _reached(kb, c) else None
    if c.slots.get("per_edition") and not any(
            c.slots.get(k) for k in ("ceremony", "year", "context_ceremony")):
        return _count_at_one_edition(kb, c, c.slots["subject"])
    if c.slots.get("reached") and (c.slots.get("ceremony") or c.slots.get("year")):
        return _count_reached(kb, c, c.slots["subject"])
    v = _award_count(kb, c, c.slots["subject"])
    night = c.slots.get("context_ceremony")
    if night:   # told as an event in a paragraph about one edition: that night or the career
        w = _award_count(kb, replace(c, slots={**c.slots, "ceremony": night}), c.slots["subject"])
        if w is not None and w.verdict == "supported":
            return w
        if v is not None and v.verdict == "supported":
            return v
        if v is not None and w is not None and v.verdict == w.verdict == "refuted":
            if w.explanation == v.explanation:   # both readings name the same night
                return w
            return refuted(f"{w.explanation[:-1]}; {v.explanation}", w.facts + v.facts)
        return None
    other = c.slots.get("beneficiary")
    if other and (v is None or v.verdict != "supported"):
        w = _award_count(kb, c, other)
        if w is not None and w.verdict == "supported":
            return w
        if v is not None and v.verdict == "refuted" and (w is None or w.verdict != "refuted"):
            return nei(v.explanation, v.facts)
    return v


@check("award_sweep")
def award_sweep(kb, c) -> Optional[Verdict]:
    """"won in every category it was nominated in": each nomination the subject had at the
    edition was a win. Supported when the KB's nominations there are complete and every one
    was won; refuted when a nomination there went to someone else."""
    who, family = c.slots["subject"], c.slots.get("family")
    target = _target_ceremony(kb, c, family, None, who)
    if not target:
        return None
    noms = {f.value: f for f in kb.facts_involving(who, "nominated_for")
            if involves(f, who, kb) and f.qualifiers.get("ceremony") == target}
    wins = {f.value: f for f in kb.facts_involving(who, "award_received")
            if involves(f, who, kb) and f.qualifiers.get("ceremony") == target}
    noms.update({a: f for a, f in wins.items() if a not in noms})   # a win was a nomination
    lost = [a for a in noms if a not in wins]
    for a in lost:
        other = [f for f in kb.facts(predicate="award_received", object_entity=a)
                 if f.qualifiers.get("ceremony") == target
                 and not involves(f, who, kb)] if not noms[a].disputed else []
        if other:
            return refuted(f"{L(kb, who)} was nominated for the {L(kb, a)} at the "
                           f"{L(kb, target)} but did not win; it went to "
                           f"{L(kb, other[0].subject)}.", [noms[a], other[0]])
    complete = kb.is_complete("nominated_for", subject=who, qualifiers={"ceremony": target})
    if noms and not lost and complete:
        names = ", ".join(L(kb, a) for a in wins)
        return supported(f"{L(kb, who)} won all {len(wins)} awards {L(kb, who)} was nominated "
                         f"for at the {L(kb, target)}: {names}.", list(wins.values()))
    return None


def _count_reached(kb, c, who: str) -> Optional[Verdict]:
    """"Became a two-time winner in 1979": every win (nomination) in the family up to the
    edition the clause names is the count, and one of them is at that edition. Refuted only
    where the KB declares the subject's record in the family complete."""
    n, family = c.slots["count"], c.slots.get("family")
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    target = _target_ceremony(kb, c, family, None, who)
    year = ceremony_year(kb, target) if target else None
    if not family or not target or not year:
        return None
    items = {}
    for f in kb.facts_involving(who, pred):
        y = ceremony_year(kb, f.qualifiers.get("ceremony"))
        if involves(f, who, kb) and award_family(kb, f.value) == family and not f.disputed \
                and y is not None and y <= year:
            items.setdefault((f.value, f.qualifiers["ceremony"], f.qualifiers.get("detail")), f)
    k = len(items)
    at = [f for key, f in items.items() if key[1] == target]
    ev = sorted(items.values(), key=lambda f: ceremony_year(kb, f.qualifiers["ceremony"]))[:6]
    what = "win" if pred == "award_received" else "nomination"
    said = (f"{L(kb, who)} had {k} {L(kb, family)} {what}{'' if k == 1 else 's'} by the "
            f"{L(kb, target)}")
    if k == n and at:
        return supported(f"{said}, the last of them there.", ev)
    if kb.is_complete(pred, subject=who, qualifiers={"family": family}):
        return refuted(f"{said}{'' if at else ', none of them there'}; not {n}.", ev)
    return None


def _reached(kb, c) -> bool:
    """Whether some count the KB holds for the claim's subject (and its beneficiary) in the
    family, at the edition it names or any, reaches the claim's number."""
    n, family = c.slots["count"], c.slots.get("family")
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    for who in filter(None, (c.slots.get("subject"), c.slots.get("beneficiary"))):
        facts = [f for f in kb.facts_involving(who, pred) if involves(f, who, kb)
                 and award_family(kb, f.value) == family]
        facts += _accepted_for_country(kb, who, pred, None, facts)
        work = c.slots.get("for_work")
        facts = [f for f in facts if not work or work in (f.subject, f.qualifiers.get("for_work"))]
        by_night: dict = {}
        for f in facts:
            key = f.qualifiers.get("ceremony") or f.qualifiers.get("year")
            by_night.setdefault(key, set()).add((f.value, f.qualifiers.get("detail")))
        if c.slots.get("per_edition") or c.slots.get("ceremony") or c.slots.get("year"):
            if any(len(v) >= n for v in by_night.values()):
                return True
        elif sum(len(v) for v in by_night.values()) >= n:
            return True
    return False


def _count_at_one_edition(kb, c, who: str) -> Optional[Verdict]:
    """"won four Oscars in one night": the count at some edition of the family. It holds if
    one edition's count holds; it is refuted only when every edition's count is refuted and
    none reaches the number (a count below one night's best may be a night the words mean)."""
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    family = c.slots.get("family")
    eds = {f.qualifiers.get("ceremony") for f in kb.facts_involving(who, pred)
           if f.qualifiers.get("ceremony") and award_family(kb, f.value) == family}
    verdicts = [(e, _award_count(kb, replace(c, slots={**c.slots, "ceremony": e}), who))
                for e in sorted(eds)]
    held = [v for _e, v in verdicts if v is not None and v.verdict == "supported"]
    if held:
        return held[0]
    if not verdicts or any(v is None or v.verdict != "refuted" for _e, v in verdicts):
        return None
    best = max(verdicts, key=lambda ev: len(ev[1].facts))
    k = len({f.value for f in best[1].facts})
    if k >= c.slots["count"]:
        return None
    return refuted(f"{L(kb, who)} never had {c.slots['count']} at one ceremony: the most was "
                   f"{k}, at the {L(kb, best[0])}.", best[1].facts)


# prizes the Academy gives a country, not a person: its director accepts them and is counted
# as their winner ("Bong Joon Ho won four Oscars", "Cuarón won three for Roma")
COUNTRY_PRIZES = ("academy-award-for-best-international-feature-film-foreign-language-film",)


def _accepted_for_country(kb, who: str, pred: str, target: Optional[str], facts: list) -> list:
    """The country prizes (at `target`, or at any ceremony) of the films `who` was up for Best
    Director with."""
    directed = {(f.qualifiers.get("for_work"), f.qualifiers.get("ceremony"))
                for f in kb.facts_involving(who, "nominated_for")
                if f.value == "academy-award-for-best-director" and f.subject == who
                and target in (None, f.qualifiers.get("ceremony"))}
    return [f for film, cer in directed if film for f in kb.facts(subject=film, predicate=pred)
            if f.value in COUNTRY_PRIZES and f.qualifiers.get("ceremony") == cer
            and f not in facts]


def _award_count(kb, c, who: str) -> Optional[Verdict]:
    n, family = c.slots["count"], c.slots.get("family")
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    target = _target_ceremony(kb, c, family, None, who)
    if not target:
        return _career_count(kb, c, who, n, family, pred)
    facts = [f for f in kb.facts_involving(who, pred) if involves(f, who, kb)
             and f.qualifiers.get("ceremony") == target and award_family(kb, f.value) == family]
    facts += _accepted_for_country(kb, who, pred, target, facts)
    awards = {}
    for f in facts:  # two songs nominated in one category are two nominations, and so are
        # two of a film's actresses nominated in one acting category
        other = f.subject if f.subject != who and kb.entity(f.subject) is not None \
            and kb.entity(f.subject).type == "person" else None
        if other is not None and not _performance(kb, f):
            other = None   # two co-directors (writers, producers) share one category's award
        awards.setdefault((f.value, f.qualifiers.get("detail"), other), f)
    for key in [k for k in awards if k[2] is None]:   # the film's own fact beside its nominee's
        if any(o[:2] == key[:2] and o[2] is not None for o in awards):
            del awards[key]
    k = len(awards)
    complete = kb.is_complete(pred, subject=who, qualifiers={"ceremony": target})
    noun = "Oscar" if family == "academy-awards" else "award"
    noun = noun if pred == "award_received" else "nomination"
    noun = noun if k == 1 else noun + "s"
    verb = "won" if pred == "award_received" else "received"
    names = ", ".join(dict.fromkeys(L(kb, a).split(" for ")[-1] for a, _d, _o in awards))
    ev = list(awards.values())
    if not complete:
        if n == 0 and k > 0 and not any(f.disputed for f in ev):
            # "went home empty-handed": any win the KB holds there says otherwise
            return refuted(f"{L(kb, who)} {verb} {k} {noun} at the {L(kb, target)}, not none"
                           f"{' (' + names + ')' if names else ''}.", ev)
        return None
    if pred == "award_received" and c.slots.get("competitive_count"):
        # "eight competitive Oscars": the board's awards that night are not among them
        compete = [a for a, _d, _o in awards
                   if not any(w in L(kb, a).lower() for w in NON_COMPETITIVE)]
        if len(compete) != k and len(compete) != n:
            return refuted(f"{L(kb, who)} {verb} {k} {noun} at the {L(kb, target)}, "
                           f"{len(compete)} of them competitive, not {n}"
                           f"{' (' + names + ')' if names else ''}.", ev)
    films = {f.qualifiers.get("for_work") or (f.subject if f.subject != who else None)
             or f.qualifiers.get("film_title") for f in ev}
    want = c.slots.get("works_count")
    if k == n and want is not None and len(films) != want and None not in films:
        return refuted(f"{L(kb, who)}'s {k} {noun} at the {L(kb, target)} were for "
                       f"{len(films)} film{'' if len(films) == 1 else 's'}, not {want}.", ev)
    if k == n and want is not None and None in films:
        return None
    if k == n:
        return supported(f"{L(kb, who)} {verb} {k} {noun} at the {L(kb, target)}"
                         f"{': ' + names if names else ''}.", ev)
    # "eight competitive Oscars" (or a count that leaves the honorary ones out, as writers do)
    compete = [a for a, _d, _o in awards
               if not any(w in L(kb, a).lower() for w in NON_COMPETITIVE)]
    if pred == "award_received" and len(compete) == n < k:
        return supported(f"{L(kb, who)} {verb} {k} {noun} at the {L(kb, target)}, {n} of them "
                         f"competitive{': ' + names if names else ''}.", ev)
    other = ""
    e = kb.entity(who)
    if e and e.type == "person":
        films = {f.subject for f in facts if f.subject != who} | {
            f.qualifiers["for_work"] for f in facts if f.qualifiers.get("for_work")}
        for film in films:
            fk = len({f.value for f in kb.facts_involving(film, pred)
                      if f.qualifiers.get("ceremony") == target and involves(f, film, kb)
                      and award_family(kb, f.value) == family})
            if fk == n:
                other = f"; the film {L(kb, film)} {verb} {fk}"
    return refuted(f"{L(kb, who)} {verb} {k} {noun} at the {L(kb, target)}, not {n}"
                   f"{other}{' (' + names + ')' if names else ''}.", ev)


def _performance(kb, f) -> bool:
    """Whether a person's win (nomination) is a performance of their own: a character played,
    or an acting category. Two actresses of one film nominated in one category are two
    nominations; the two directors of one film named in Best Director are one."""
    if f.qualifiers.get("character_name"):
        return True
    label = L(kb, f.value).lower()
    return "actor" in label or "actress" in label


def _career_count(kb, c, who: str, n: int, family: Optional[str],
                  pred: str) -> Optional[Verdict]:
    """"A 21-time Oscar nominee", "has won three Oscars" with no ceremony or year stated: every
    win (nomination) in the family's history, refuted only where the KB declares this person's
    or film's record in the family complete. A film stated ("two Oscars for Nomadland")
    narrows the count to it."""
    if not family or c.slots.get("ceremony") or c.slots.get("year") or c.slots.get("unchecked"):
        return None
    work = c.slots.get("for_work")
    facts = [f for f in kb.facts_involving(who, pred) if involves(f, who, kb)
             and award_family(kb, f.value) == family and not f.disputed]
    facts += _accepted_for_country(kb, who, pred, None, facts)
    facts = [f for f in facts if not work or work in (f.subject, f.qualifiers.get("for_work"))]
    items = {}
    for f in facts:   # one per category and ceremony (two songs in one category are two)
        items.setdefault((f.value, f.qualifiers.get("ceremony") or f.qualifiers.get("year"),
                          f.qualifiers.get("detail")), f)
    k = len(items)
    # "Walt Disney won 22 Oscars": writers often count the competitive awards only
    compete = len([key for key in items if not any(
        w in L(kb, key[0]).lower() for w in NON_COMPETITIVE)])
    noun = "Oscar" if family == "academy-awards" else L(kb, family) + " award"
    noun = noun if pred == "award_received" else noun + " nomination"
    verb = "won" if pred == "award_received" else "received"
    for_ = f" for {L(kb, work)}" if work else ""
    ev = sorted(items.values(), key=lambda f: str(f.qualifiers.get("ceremony") or ""))[:6]
    said = f"{L(kb, who)} has {verb} {k} {noun}{'' if k == 1 else 's'}{for_} in all"
    if compete != k:
        said += f", {compete} of them competitive"
    complete = kb.is_complete(pred, subject=who, qualifiers={"family": family})
    if c.slots.get("competitive_count") and compete != k:
        # "26 competitive Oscars": the board's awards are not among them
        if n == compete:
            return supported(f"{said}.", ev)
        return refuted(f"{said}; not {n} competitive.", ev) if complete else None
    if n in (k, compete) and (n or complete):   # none won: only a complete record says so
        return supported(f"{said}.", ev)
    if complete:
        return refuted(f"{said}; not {n}.", ev)
    return None


# words naming an award given by a board rather than won in competition (Honorary Award,
# Thalberg, Hersholt, special and scientific awards): counted apart as well as in the total
NON_COMPETITIVE = ("honorary", "special award", "thalberg", "hersholt", "scientific",
                   "technical", "juvenile", "sawyer", "humanitarian")


# -- dates -------------------------------------------------------------------------------------
def _date_parts(value: str) -> tuple[Optional[int], Optional[int], Optional[int]]:
    p = [int(x) for x in str(value).split("-")]
    return (p + [None, None, None])[:3]  # type: ignore[return-value]


def _ago_holds(c, year: Optional[int]) -> Optional[bool]:
    """Whether an event of `year` fits a span back from when the piece was written ("over 80
    years ago"): the piece was written between `written_lo` (its date's year, or the latest
    year it names; None: unknown) and `written_hi` (its date's year, or the year the check
    runs), and a year apart can be a year less or more. None: the bounds allow either."""
    n, bound = c.slots["ago"], c.slots.get("ago_bound") or "exact"
    lo, hi = c.slots.get("written_lo"), c.slots.get("written_hi")
    if year is None or hi is None:
        return None
    most = hi - year + 1                                  # the longest the span can be
    least = lo - year - 1 if lo is not None else None     # the shortest, when known
    # a year the piece names may lie ahead of when it was written ("due in 2030"): only its
    # own date bounds it from below firmly enough to refute
    firm = least if c.slots.get("written_firm") else None
    if bound == "over":
        return False if most <= n else True if least is not None and least >= n else None
    if bound == "under":
        return False if firm is not None and firm >= n else True if most <= n else None
    tol = max(2, round(n * 0.15)) if bound == "about" else max(1, round(n * 0.1))
    if most < n - tol or (firm is not None and firm > n + tol):
        return False
    if least is not None and least >= n - tol and most <= n + tol:
        return True
    return None


def _date_matches(c, value: str) -> Optional[bool]:
    y, m, d = _date_parts(value)
    if c.slots.get("ago") is not None:
        return _ago_holds(c, y)
    cy, cm, cd, cw = (c.slots.get(k) for k in ("year", "month", "day", "weekday"))
    if cy is not None and y is not None and cy != y:
        return False
    if cm is not None and m is not None and cm != m:
        return False
    if cd is not None and d is not None and cd != d:
        return False
    if cw is not None and y and m and d:
        if date(y, m, d).weekday() != cw:
            return False
    if (cm is not None and m is None) or (cd is not None and d is None):
        return None  # the KB is less precise than the claim
    part = c.slots.get("months")
    if part and (m is None or not part[0] <= m <= part[1]):
        return None   # "early 2025": the year holds, the part of it is loose
    return True


def _agree_as_said(c, values) -> bool:
    """Whether all of `values` (one date as the sources give it) are the same in every part the
    sentence states (its year, month, day): "April 2024" against sources that say May 21 and
    May 22, 2024 -- they disagree on the day, which the sentence does not state, and agree on
    the month it does. A part a source lacks, or a span back in time, agrees on nothing."""
    if c.slots.get("ago") is not None or c.slots.get("months"):
        return False
    said = [i for i, k in enumerate(("year", "month", "day")) if c.slots.get(k) is not None]
    if not said:
        return False
    cut = {tuple(_date_parts(str(v))[i] for i in said) for v in values}
    return len(cut) == 1 and None not in next(iter(cut))


def _agreed_words(c, value: str) -> str:
    """A source's date cut to the parts the sentence states ("October 2024")."""
    y, m, d = _date_parts(value)
    y, m, d = (x if c.slots.get(k) is not None else None
               for x, k in ((y, "year"), (m, "month"), (d, "day")))
    day = (MONTHS[m - 1] + (f" {d}" if d else "")) if m else ""
    return ", ".join(x for x in (day, str(y) if y else "") if x) if d else \
        " ".join(x for x in (day, str(y) if y else "") if x)


def _claimed_date_words(c) -> str:
    if c.slots.get("ago") is not None:
        return c.object or f"{c.slots['ago']} years ago"
    y, m, d, w = (c.slots.get(k) for k in ("year", "month", "day", "weekday"))
    if c.slots.get("months") and c.object:
        return c.object   # "early 2025", as the sentence says it
    parts = []
    if m:
        parts.append(MONTHS[m - 1] + (f" {d}" if d else ""))
    if y:
        parts.append(str(y))
    s = ", ".join(parts) if d and y else " ".join(parts)
    if w is not None:
        day = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][w]
        s = f"{day}, {s}" if s else "a " + day   # "not Monday, March 2, 2025"
    return s


# dates of one event each: sources that disagree on one still rule out a date none of them gives
# (a release date is many events -- limited, wide, per country -- and is not among them)
SINGLE_EVENT_DATES = frozenset({"date_of_birth", "date_of_death", "ceremony_date",
                                "premiere_date", "start_date", "end_date",
                                "nominations_announced"})


def _event_years(kb, who: str, award: Optional[str]) -> tuple[str, dict]:
    """The years of one side of an interval: the editions of `award` it won ("award"), else
    its own year, a film's release ("release"); ("", {}) when the KB has neither. Year ->
    the facts behind it."""
    if award:
        ys: dict = {}
        for f in _award_facts(kb, "award_received", award, who):
            y = ceremony_year(kb, f.qualifiers.get("ceremony")) or f.qualifiers.get("year")
            if isinstance(y, int):
                ys.setdefault(y, []).append(f)
        if ys:
            return "award", ys
    e = kb.entity(who)
    if e is not None and e.type == "film" and isinstance(e.year, int):
        return "release", {e.year: []}
    return "", {}


@check("interval")
def interval_claim(kb, c) -> Optional[Verdict]:
    """"Four years after The Square": the years of the two events the KB holds (see
    _event_years), their difference against the interval said. Matches: supported; off by
    more than the lexicon's tolerance (`intervals.tolerance`, 0 between two editions of a
    prize, 1 when a side is a film's year) with one year on each side: refuted; else NEI."""
    from ..claims.parse import lexicon
    sl = c.slots
    n, sign, award = sl["years"], sl.get("sign", 1), sl.get("award")
    ka, ya = _event_years(kb, sl["subject"], award)
    kb_, yb = _event_years(kb, sl["other"], award)
    if not ya or not yb or (award and ka != "award"):
        return None   # the clause's prize is not one the KB has this side winning
    tol = lexicon().section("intervals").get("tolerance", {})
    slack = max(tol.get(ka, 1), tol.get(kb_, 1)) + (1 if sl.get("approximate") else 0)
    facts = [f for v in list(ya.values()) + list(yb.values()) for f in v]
    said = f"{n} year{'s' if n != 1 else ''}"
    pairs = sorted(((x, y) for x in ya for y in yb), key=lambda xy: abs((xy[0] - xy[1]) * sign - n))
    x, y = pairs[0]
    gap = (x - y) * sign
    what = {"award": f"won the {L(kb, award)} in", "release": "is from"}
    expl = (f"{L(kb, sl['subject'])} {what[ka]} {x} and {L(kb, sl['other'])} {what[kb_]} {y}: "
            f"{abs(x - y)} year{'s' if abs(x - y) != 1 else ''} "
            f"{'after' if x >= y else 'before'}")
    if gap == n:
        return supported(f"{expl}, as said ({said}).", facts)
    if len(ya) == 1 and len(yb) == 1 and abs(gap - n) > slack and not sl.get("family_assumed"):
        return refuted(f"{expl}, not {said}.", facts)
    return nei(f"{expl}; the sentence says {said}.", facts)


@check("date")
def date_claim(kb, c) -> Optional[Verdict]:
    v = _date_claim(kb, c)
    if v is None or v.verdict != "refuted":
        return v
    coarse = all(c.slots.get(k) is None for k in ("year", "month", "day", "ago"))
    if c.slots.get("support_only") or coarse:
        # a date the sentence did not tie to this edition ("the ceremony was held on ..."), or
        # one that names only a weekday ("on Thursday"), may support but never refute
        return Verdict("not_enough_info", v.explanation.rstrip(".") + "; the sentence does not "
                       "say this exactly, so it is not refuted.", v.facts)
    return v


def _released_before_shown(kb, c, film: str) -> Optional[Verdict]:
    """No film is released before it was first shown: a release date wholly before the
    world premiere the KB holds (firm, with its day) is wrong in every country."""
    first = [f for f in _firm(kb.facts(subject=film, predicate="premiere_date"))
             if f.precision == "day"]
    y, m, d = c.slots.get("year"), c.slots.get("month"), c.slots.get("day")
    if not first or not y:
        return None
    py, pm, pd = _date_parts(str(first[0].value))
    latest = (y, m or 12, d or 31)   # the last day the words can mean
    if latest < (py, pm, pd):
        return refuted(f"{L(kb, film)} was first shown on {fmt_date(str(first[0].value))} "
                       f"(its world premiere); nothing of it came out before that, so not "
                       f"{_claimed_date_words(c)}.", first)
    return None


def _date_claim(kb, c) -> Optional[Verdict]:
    subj, pred = c.slots["subject"], c.predicate
    facts = kb.facts(subject=subj, predicate=pred)
    event = c.slots.get("event")
    if pred == "premiere_date" and event:
        # "premiered at TIFF on ...": a premiere at another festival than the KB's says nothing
        fam = award_family(kb, event)
        facts = [f for f in facts if not f.qualifiers.get("event")
                 or award_family(kb, f.qualifiers["event"]) == fam]
    if pred == "premiere_date" and c.slots.get("loose") and c.slots.get("month") is None:
        early = _released_before_shown(kb, c, subj)
        if early is not None:
            return early
        hit = [f for f in facts if _date_matches(c, f.value)]
        return supported(f"{L(kb, subj)} premiered on {fmt_date(hit[0].value)}.", hit) if hit \
            else nei(f"{L(kb, subj)} had its world premiere on {fmt_date(facts[0].value)}; a "
                     f"later premiere in one country the KB may not hold.", facts[:1]) \
            if facts else None
    if pred == "release_date":
        early = _released_before_shown(kb, c, subj)
        if early is not None:
            return early
        if c.slots.get("loose"):
            # a release on a medium ("landed on streaming") or in a bare year with no country:
            # the KB's theatrical dates need not be it; support a match, never refute
            hit = [f for f in facts if _date_matches(c, f.value) and not f.disputed
                   and (not c.slots.get("medium") or f.qualifiers.get("medium"))]
            if hit:
                return supported(f"{L(kb, subj)} was released on "
                                 f"{fmt_date(hit[0].value, hit[0].precision)}.", hit)
            on = f" on {c.slots['medium']}" if c.slots.get("medium") else ""
            return nei(f"The KB holds no release of {L(kb, subj)}{on} that this date can be "
                       f"checked against; only its world premiere bounds it.", facts[:1])
        country = c.slots.get("country")
        if country:
            facts = [f for f in facts if f.qualifiers.get("country") == country]
        else:
            anyhit = [f for f in facts if _date_matches(c, f.value) and not f.disputed]
            if anyhit:
                where = L(kb, anyhit[0].qualifiers.get("country"))
                return supported(f"{L(kb, subj)} was released on "
                                 f"{fmt_date(anyhit[0].value, anyhit[0].precision)} ({where}).",
                                 anyhit)
            shown = [f for f in _firm(kb.facts(subject=subj, predicate="premiere_date"))
                     if _date_matches(c, f.value)]
            if shown:
                # "Anora was released in May 2024": the month of its festival premiere, which
                # some count as its first release; not the cinema release, but not refuted
                return nei(f"{L(kb, subj)} premiered on {fmt_date(shown[0].value)}, which some "
                           f"count as its release; its release in cinemas came later.", shown)
            facts = [f for f in facts if f.qualifiers.get("country") == "united-states"]
    if not facts:
        return None
    for f in facts:
        alts = [f.value] + [dv["value"] for dv in (f.disputed_values or [])
                            if dv.get("value") != f.value]
        ok = _date_matches(c, f.value)
        what = {"release_date": "was released", "premiere_date": "premiered",
                "ceremony_date": "was held", "date_of_birth": "was born",
                "nominations_announced": "nominations were announced",
                "start_date": "began", "end_date": "ended"}.get(pred, pred)
        when = fmt_date(f.value, f.precision)
        if pred == "release_date" and f.qualifiers.get("country"):
            what = f"was released in {L(kb, f.qualifiers['country'])}"
        if ok:
            if f.disputed:
                return supported(f"{L(kb, subj)} {what} on {when} (most sources; some differ).",
                                 [f], conf=0.6)
            return supported(f"{L(kb, subj)} {what} on {when}.", [f])
        if ok is None:
            return nei(f"The KB only knows {L(kb, subj)} {what} in {when}.", [f])
        if f.disputed and ok is False and _agree_as_said(c, alts):
            # the sources differ only below what the sentence states, and there all say
            # otherwise: "opened in September 2024" against October 18 / October 9
            return refuted(f"{L(kb, subj)} {what} in {_agreed_words(c, f.value)} by every "
                           f"source ({', '.join(fmt_date(str(a)) for a in alts)}), not "
                           f"{_claimed_date_words(c)}.", [f])
        if f.disputed:
            if any(_date_matches(c, str(a)) for a in alts[1:]):
                return nei(f"Sources disagree: {L(kb, subj)} {what} on {when} per most, "
                           f"{', '.join(map(str, alts[1:]))} per others.", [f])
            if pred in SINGLE_EVENT_DATES and all(_date_matches(c, str(a)) is False
                                                  for a in alts):
                # one event, which no source dates as the sentence does
                return refuted(f"{L(kb, subj)} {what} on {when} (some sources: "
                               f"{', '.join(fmt_date(str(a)) for a in alts[1:])}), not "
                               f"{_claimed_date_words(c)}.", [f])
            return nei(f"Sources disagree on this date ({', '.join(map(str, alts))}); "
                       f"none says {_claimed_date_words(c)}.", [f])
        claimed = _claimed_date_words(c)
        return refuted(f"{L(kb, subj)} {what} on {when}, not {claimed}.", [f])
    return None


@check("dateline")
def dateline(kb, c) -> Optional[Verdict]:
    """A piece filed from a festival's town on a day of one of its editions ("Cannes, France –
    21 May 2024"): supported; any other day is open (a piece may be filed there any time)."""
    fam, y, m, d = (c.slots.get(k) for k in ("subject", "year", "month", "day"))
    day = (y, m, d)
    for f in kb.facts(predicate="edition_of", object_entity=fam):
        ed = f.subject
        e = kb.entity(ed)
        if e is None or e.year != y:
            continue
        starts = _firm(kb.facts(subject=ed, predicate="start_date"))
        ends = _firm(kb.facts(subject=ed, predicate="end_date"))
        if not starts or not ends:
            continue
        a, b = tuple(_date_parts(str(starts[0].value))), tuple(_date_parts(str(ends[0].value)))
        if None in a or None in b:
            continue
        if a <= day <= b:
            return supported(f"The {L(kb, ed)} ran from {fmt_date(starts[0].value)} to "
                             f"{fmt_date(ends[0].value)}, in {c.slots.get('place')}.",
                             [starts[0], ends[0]])
    return None


@check("age")
def age(kb, c) -> Optional[Verdict]:
    got = _age(kb, c)
    if got is None:
        return None
    v, real = got
    if v.verdict == "supported" and c.slots.get("fine") and "days" not in v.explanation:
        # "at 22 years and 222 days": the years hold, the finer part the KB cannot compute
        said = " and ".join(f"{k} {u}s" for k, u in c.slots["fine"])
        return Verdict("not_enough_info", v.explanation.rstrip(".") +
                       f"; the KB cannot check the '{said}' the sentence adds.")
    if v.verdict == "refuted" and c.slots.get("written") and min(real) <= c.slots["age"] + 1:
        # an age when the article was written may be years past the event: older is not wrong
        # (a preview may be written a year before it); only a younger one is
        return Verdict("not_enough_info", v.explanation.rstrip(".") + "; the article may give "
                       "the age when it was written, so this is not refuted.")
    if v.verdict == "refuted" and c.slots.get("support_only"):
        # the person or the event was inferred from the passage, not stated: never refute
        return Verdict("not_enough_info", v.explanation.rstrip(".") + "; the sentence does not "
                       "name who or which event it means, so this is not refuted.")
    return v


def _age(kb, c) -> Optional[tuple[Verdict, set]]:
    """(verdict, the ages the KB allows) for an age claim, or None."""
    who, n, event = c.slots["subject"], c.slots["age"], c.slots.get("event")
    if event is None and c.slots.get("at_award"):
        # "Jane Roe, 25, was named best actress": the age at the one ceremony it names her for
        eds = {f.qualifiers.get("ceremony") for f in kb.facts_involving(who, "nominated_for")
               if f.value == c.slots["at_award"]
               and (f.subject == who or who in (f.qualifiers.get("recipients") or []))}
        event = next(iter(eds)) if len(eds) == 1 else None
    if event is None and c.slots.get("at_family"):
        # "made her an Oscar winner at 25": the age at the one edition of the family she won at
        eds = {f.qualifiers.get("ceremony") for f in kb.facts_involving(who, "award_received")
               if involves(f, who, kb) and award_family(kb, f.value) == c.slots["at_family"]
               and not f.disputed}
        event = next(iter(eds)) if len(eds) == 1 else None
    if c.slots.get("character"):
        facts = [f for f in kb.facts_involving(who, "plot") if f.qualifiers.get("action") == "age"
                 and who in (f.qualifiers.get("agents") or [])]
        if not facts:
            return None
        real = facts[0].qualifiers.get("age")
        if real == n:
            return supported(f"{L(kb, who)} is {real} in the film.", facts[:1]), {real}
        return refuted(f"{L(kb, who)} is {real} in the film, not {n}.", facts[:1]), {real}
    for f in kb.facts(subject=who, predicate="age_at_event"):
        if event and f.qualifiers.get("event") == event:
            real = int(f.value)
            if real == n:
                return supported(f"{L(kb, who)} was {real} at the {L(kb, event)}.", [f]), {real}
            if not f.disputed:
                return refuted(f"{L(kb, who)} was {real} at the {L(kb, event)}, not {n}.",
                               [f]), {real}
    if not event:
        return _age_as_of(kb, c.slots)
    ev_dates = kb.facts(subject=event, predicate="ceremony_date") or \
        kb.facts(subject=event, predicate="start_date")
    dobs = kb.facts(subject=who, predicate="date_of_birth")
    if not ev_dates and getattr(kb.entity(event), "year", None):
        # an edition the KB dates by its year only: an age the person has in that year holds
        return _age_as_of(kb, dict(c.slots, as_of=kb.entity(event).year), L(kb, event))
    if not ev_dates or not dobs:
        return None
    # every date a source gives the event and the birth: the claim is decided only where
    # they all agree on the age
    ages = set()
    for ev in [ev_dates[0].value] + [dv["value"] for dv in (ev_dates[0].disputed_values or [])]:
        ey, em, ed = _date_parts(str(ev))
        if em is None or ed is None:
            return None
        for f in dobs:
            for v in [f.value] + [dv["value"] for dv in (f.disputed_values or [])]:
                y, m, d = _date_parts(str(v))
                if m is None or d is None:
                    ages |= {ey - y - 1, ey - y}
                else:
                    ages.add(ey - y - ((em, ed) < (m, d)))
    facts = dobs[:1] + ev_dates[:1]
    exact = None if ev_dates[0].disputed else _age_in_days(dobs, ev_dates[0].value,
                                                           c.slots.get("fine"))
    if exact is not None and n in ages:
        yrs, days = exact
        said = c.slots["fine"][0][0]
        if (yrs, days) == (n, said):
            return supported(f"{L(kb, who)} was {n} years and {days} days old at the "
                             f"{L(kb, event)}.", facts), ages
        return refuted(f"{L(kb, who)} was {yrs} years and {days} days old at the {L(kb, event)} "
                       f"({fmt_date(ev_dates[0].value)}), not {n} years and {said} days.",
                       facts), {yrs}
    if ages == {n}:
        return supported(f"{L(kb, who)} was {n} at the {L(kb, event)}.", facts), ages
    if n not in ages:
        real = " or ".join(str(a) for a in sorted(ages))
        return refuted(f"{L(kb, who)} was {real} at the {L(kb, event)} "
                       f"({fmt_date(ev_dates[0].value)}), not {n}.", facts), ages
    return None


def _age_as_of(kb, slots: dict, at: Optional[str] = None) -> Optional[tuple[Verdict, set]]:
    """An age in a year only: told as the subject's age now ("Jane Roe, 53,") in a piece
    written in or after the year `as_of` (the latest it names), or at an edition the KB dates
    by its year (`at`). It supports an age the person has in that year and never refutes: a
    piece may name a later year than the one it was written in, and a year is not a day."""
    who, n, year = slots["subject"], slots["age"], slots.get("as_of")
    dobs = kb.facts(subject=who, predicate="date_of_birth")
    if not year or len(dobs) != 1:
        return None
    # sources that disagree on the day but not the year allow the same two ages
    years = {_date_parts(str(v))[0] for v in [dobs[0].value] + [
        dv["value"] for dv in (dobs[0].disputed_values or [])]}
    when = f"at the {at} ({year})" if at else \
        f"in {year} (the text was written in {year} or later)"
    born = years.pop() if len(years) == 1 else None
    if born and n in (year - born - 1, year - born):
        on = f"in {born}" if dobs[0].disputed else \
            f"on {fmt_date(dobs[0].value, dobs[0].precision)}"
        return supported(f"{L(kb, who)} was born {on}, so {n} {when}.", dobs), \
            {year - born - 1, year - born}
    if born is None and years:
        # sources that disagree on the year: an age the person has in that year whichever
        # of them is right still holds ({21, 22} from 2002 and {22, 23} from 2001 share 22)
        every = set.intersection(*({year - b - 1, year - b} for b in years))
        if n in every:
            on = " or ".join(str(b) for b in sorted(years))
            return supported(f"{L(kb, who)} was born in {on} (sources differ), so {n} "
                             f"{when} on either.", dobs), every
    return None


def _age_in_days(dobs, event_date: str, fine) -> Optional[tuple[int, int]]:
    """(years, days) from one exact, undisputed birth date to an exact event date, when the
    claim's finer part is in days alone ("22 years and 222 days"); else None."""
    if not fine or [u for _n, u in fine] != ["day"] or len(dobs) != 1 or dobs[0].disputed:
        return None
    (y, m, d), (ey, em, ed) = _date_parts(str(dobs[0].value)), _date_parts(str(event_date))
    if None in (m, d, em, ed):
        return None
    years = ey - y - ((em, ed) < (m, d))
    try:
        last = date(y + years, m, d)
    except ValueError:   # born on 29 February
        last = date(y + years, 3, 1)
    return years, (date(ey, em, ed) - last).days


# -- numbers -----------------------------------------------------------------------------------
# the class of a bound as the claim layer's lexicon does not name it (runtimes, counts)
BOUND_OF = {"nearly": "near", "almost": "near", "just under": "near", "close to": "near",
            "less than": "less", "under": "less", "more than": "more", "over": "more",
            "upwards of": "more", "just over": "more", "at least": "at_least", "about": "about",
            "around": "about", "roughly": "about", "approximately": "about", "some": "about"}
# the tolerances of a figure, in one place: a plain figure is within `rel` of the real one
# (MONEY_TOLERANCE for money); a bounded one by its class
MONEY_TOLERANCE = {"budget": 0.08, "box_office": 0.05}
NEAR = (0.9, 1.02)        # "nearly $41 million": from 90% of it to a hair above
ABOUT = 0.15              # "about $6 million": within 15% either side


def _within(claimed: float, real: float, hedge: Optional[str], rel: float,
            bound: Optional[str] = None) -> bool:
    bound = bound or BOUND_OF.get(hedge or "")
    if bound == "near":
        return claimed * NEAR[0] <= real <= claimed * NEAR[1]
    if bound == "less":
        return real < claimed
    if bound == "more":
        return real > claimed * 0.999
    if bound == "at_least":
        return real >= claimed * 0.995
    if bound == "about":
        return abs(real - claimed) <= claimed * max(rel, ABOUT)
    return abs(real - claimed) <= claimed * rel


@check("money")
def money(kb, c) -> Optional[Verdict]:
    v = _money(kb, c)
    if v is not None and v.verdict == "supported" and c.slots.get("characterized"):
        # "$15 million, the lowest total for a winner since 1980": the figure holds; what it
        # is said to be is a claim the figure does not decide
        return nei(f"{v.explanation} The sentence also says it is "
                   f"'{c.slots['characterized']}', which is not checked.", v.facts)
    return v


def _money(kb, c) -> Optional[Verdict]:
    subj, pred = c.slots["subject"], c.predicate
    amount, hedge = c.slots["amount"], c.slots.get("hedge")
    bound = c.slots.get("bound") or BOUND_OF.get(hedge or "")
    facts = kb.facts(subject=subj, predicate=pred)
    if not facts:
        return None
    cur = c.slots.get("currency")
    same = [f for f in facts if not cur or not f.unit or f.unit == cur]
    if not same:
        # "made for €6 million" against a budget the KB keeps in dollars: not compared
        return nei(f"The KB keeps {L(kb, subj)}'s figure in {facts[0].unit}, not {cur}.", facts)
    facts = same
    ratio = c.slots.get("ratio")
    if pred == "budget" and c.slots.get("payer"):
        # "cost Neon $20 million": what something cost someone, not the production budget
        return nei(f"The KB keeps {L(kb, subj)}'s production budget "
                   f"({fmt_money(facts[0].value)}), not what it cost {c.slots['payer']}.", facts)
    if pred == "budget":
        hit = [f for f in facts if _within(amount, f.value, hedge, MONEY_TOLERANCE[pred], bound)]
        if hit and ratio:
            # "grossed nine times its $6 million budget": the budget holds, the multiple is
            # a claim of its own the KB does not decide
            return nei(f"{L(kb, subj)}'s reported budget is {fmt_money(hit[0].value)}; the "
                       f"'{ratio}' said of it is not checked.", hit)
        if hit:
            return supported(f"{L(kb, subj)}'s reported budget is {fmt_money(hit[0].value)}.", hit)
        if bound in ("less", "more", "at_least") and \
                any(abs(f.value - amount) <= amount * 0.02 for f in facts):
            # "under $6 million" against a reported $6 million: a round figure, which may
            # itself be a rounding of the cost; neither side of it is decided
            return nei(f"{L(kb, subj)}'s reported budget is {fmt_money(facts[0].value)}, a "
                       f"round figure: '{hedge}' it is not decided.", facts)
        firm = _firm(facts)
        if firm:
            return refuted(f"{L(kb, subj)}'s reported budget is {fmt_money(firm[0].value)}, "
                           f"not {c.object}.", firm)
        return None
    if ratio:
        return None   # a multiple of a gross: not a gross the KB holds
    if c.slots.get("window") or c.slots.get("territory") or c.slots.get("increment"):
        # a weekend's or one country's takings, an amount added: the KB keeps running totals
        what = f"in {c.slots['territory']}" if c.slots.get("territory") else \
            "added over a time" if c.slots.get("increment") else "over a window"
        return nei(f"The KB keeps {L(kb, subj)}'s running worldwide and domestic totals, not "
                   f"its gross {what}.", facts)
    if c.slots.get("event_time"):
        # "before its Oscar win", "since the Oscars": a total before an event, or what came
        # after it, which the KB's totals, dated by the day, are not matched to
        return nei(f"The KB dates {L(kb, subj)}'s running totals by the day; the time "
                   f"'{c.slots['event_time']}' is not matched to them.", facts)
    scope = c.slots.get("scope")
    if scope == "international":
        return _international(kb, c, facts)
    if scope:
        facts = [f for f in facts if f.qualifiers.get("scope") == scope] or facts
    hit = sorted((f for f in facts if _within(amount, f.value, hedge, MONEY_TOLERANCE[pred],
                                              bound)),
                 key=lambda f: abs(f.value - amount))   # the nearest figure first
    when = c.slots.get("as_of")
    if hit and when:
        # "by March 2025 it had grossed ...": a running total holds only as of the time said
        dated = [f for f in hit if _same_time(str(f.qualifiers.get("as_of") or ""), when)]
        if not dated:
            said = f"the time of the {L(kb, c.slots['as_of_from'])}, the latest event the " \
                "piece reports" if c.slots.get("as_of_from") else "the time the sentence gives"
            return nei(f"{L(kb, subj)} had grossed {fmt_money(hit[0].value)} as of "
                       f"{hit[0].qualifiers.get('as_of', '?')}, not {said}.", hit)
        hit = dated
    if hit and c.slots.get("undated") and len(hit) < len(facts):
        # a running total with no time: the piece's own, which neither it nor the sentence
        # gives; a figure the KB holds for one date only is not decided
        f = hit[0]
        last = max(facts, key=_as_of_key)
        later = "" if last in hit else \
            f" (the latest KB figure is {fmt_money(last.value)}, as of {last.qualifiers.get('as_of')})"
        return nei(f"{L(kb, subj)} had grossed {fmt_money(f.value)} "
                   f"({f.qualifiers.get('scope', '')}) as of {f.qualifiers.get('as_of', '?')}"
                   f"{later}; box office is a running total and the piece does not say when "
                   f"it was written.", hit)
    if hit:
        f = hit[0]
        return supported(f"{L(kb, subj)} had grossed {fmt_money(f.value)} "
                         f"({f.qualifiers.get('scope', '')}, as of {f.qualifiers.get('as_of', '?')}).",
                         hit)
    latest = max(facts, key=_as_of_key)
    return nei(f"Box office is a running total; the latest KB figure is {fmt_money(latest.value)} "
               f"({latest.qualifiers.get('scope', '')}, as of {latest.qualifiers.get('as_of')}).",
               [latest])


def _as_of_key(f) -> tuple:
    """A gross's time, to find the latest: its year and month ("about one week after the
    2025-03-02 Oscars" is March 2025), then its text."""
    text = str(f.qualifiers.get("as_of") or "")
    got = year_month(text) or (0, 0)
    day = re.search(r"\d{4}-\d{2}-(\d{2})", text)
    return (got[0] or 0, got[1] or 0, int(day.group(1)) if day else 0)


def _international(kb, c, facts: list) -> Optional[Verdict]:
    """"$32 million from abroad": the worldwide total less the domestic one, both as of one
    date, at the time the sentence gives. It may support; a difference of two rounded figures
    never refutes."""
    when = c.slots.get("as_of")
    by_date: dict = {}
    for f in facts:
        by_date.setdefault(str(f.qualifiers.get("as_of") or ""), {})[
            f.qualifiers.get("scope")] = f
    for as_of, got in sorted(by_date.items(), reverse=True):
        ww, dom = got.get("worldwide"), got.get("domestic")
        if ww is None or dom is None or not when or not _same_time(as_of, when):
            continue
        rest = ww.value - dom.value
        if _within(c.slots["amount"], rest, c.slots.get("hedge"), MONEY_TOLERANCE["box_office"],
                   c.slots.get("bound")):
            return supported(f"{L(kb, c.slots['subject'])} had grossed {fmt_money(ww.value)} "
                             f"worldwide and {fmt_money(dom.value)} domestic as of {as_of}: "
                             f"{fmt_money(rest)} outside the domestic market.", [ww, dom])
    return None


def _same_time(as_of: str, when) -> bool:
    """Whether a gross's `as_of` ("2025-03-16 ...") falls in the year (and within a month of
    the month) a sentence gives; a month alone ("by mid-March") is of the film's run."""
    y, m = when
    got = year_month(as_of)
    if got is None or y is not None and got[0] != y:
        return False
    if m is None:
        return True
    # a running total the KB dates after the month said is not yet what the sentence reports
    # ("by February it had grossed" is not the March figure); one a month before still is
    return got[1] is not None and 0 <= m - got[1] <= 1


TOLERANCE = {"runtime": 1.0, "shooting_days": 0.0, "scene_length": 1.0, "ovation_length": 0.5}
QWORDS = {"runtime": "runs", "shooting_days": "was shot in",
          "scene_length": "'s home-invasion sequence lasts",
          "ovation_length": "'s Cannes ovation lasted"}


@check("quantity")
def quantity(kb, c) -> Optional[Verdict]:
    subj, pred, value = c.slots["subject"], c.predicate, c.slots["value"]
    facts = kb.facts(subject=subj, predicate=pred)
    if not facts:
        return None
    tol = TOLERANCE.get(pred, 0.0)
    hedge = c.slots.get("hedge")
    f = facts[0]
    real = f.value
    words = QWORDS.get(pred, pred)
    sep = "" if words.startswith("'") else " "
    say = f"{L(kb, subj)}{sep}{words} {fmt_quantity(real, f.unit)}"
    close = _within(value, real, hedge, 0.1) if hedge else abs(real - value) <= tol
    if hedge:
        tol = max(tol, value * 0.1)
    if close:
        if f.disputed:
            return supported(say + " per most sources (others differ).", [f], conf=0.6)
        return supported(say + ".", [f])
    if f.disputed:
        alts = [dv["value"] for dv in f.disputed_values or []]
        if any(abs(float(a) - value) <= tol for a in alts if _num(a)):
            return nei(f"Sources disagree: {', '.join(map(str, alts))} "
                       f"({fmt_quantity(value, f.unit)} is one of them).", [f])
        return nei(f"Sources disagree ({', '.join(map(str, alts))}); none gives "
                   f"{fmt_quantity(value, f.unit)}.", [f])
    return refuted(f"{say}, not {fmt_quantity(value, f.unit)}.", [f])


def _num(v) -> bool:
    try:
        float(v)
        return True
    except (TypeError, ValueError):
        return False


# -- festivals and places ------------------------------------------------------------------------
def _festival_match(kb, fact_value: str, claimed: str) -> bool:
    return fact_value == claimed or award_family(kb, fact_value) == claimed


@check("festival")
def festival(kb, c) -> Optional[Verdict]:
    v = _festival(kb, c)
    if v is not None and v.verdict == "refuted" and c.slots.get("support_only"):
        # "the festival": the one the piece names, but the sentence does not name it
        return Verdict("not_enough_info", v.explanation.rstrip(".") + "; the sentence does not "
                       "name the festival, so this is not refuted.", v.facts)
    return v


def _festival(kb, c) -> Optional[Verdict]:
    v = _festival_at(kb, c)
    if v is None or v.verdict != "supported" or not c.slots.get("section"):
        return v
    # the section the sentence states is part of the claim: a film plays one section of a
    # festival, so the KB's section for that showing decides it
    said = c.slots["section"].lower()
    unlisted = said.startswith("~")   # a section the lexicon does not know: never refuted
    said = said.lstrip("~")
    held = {str(f.qualifiers.get("section")).lower() for f in v.facts
            if f.predicate in ("premiered_at", "festival_screening")
            and f.qualifiers.get("section")}
    if said in held:
        return v
    shown = [f for f in v.facts if f.predicate in ("premiered_at", "festival_screening")]
    if held and len(held) == 1 and not c.slots.get("negated") and not unlisted:
        return refuted(f"{L(kb, c.slots['subject'])} screened in the {next(iter(held))} "
                       f"section of the {L(kb, shown[0].value)}, not in {said}.", shown)
    if held:
        return nei(v.explanation.rstrip(".") + f", in the {', '.join(sorted(held))} section; "
                   f"the KB cannot place it in {said}.", v.facts)
    return nei(v.explanation.rstrip(".") + f"; the KB does not record the section ({said}).",
               v.facts)


def _festival_at(kb, c) -> Optional[Verdict]:
    film, fest = c.slots["subject"], c.slots["festival"]
    prem = kb.facts(subject=film, predicate="premiered_at")
    screens = kb.facts(subject=film, predicate="festival_screening")
    if fest is None:
        # a festival the KB does not know: a film has one world premiere, so the KB's record
        # of it refutes another festival; a screening there it cannot decide
        firm = _firm(prem)
        if c.slots.get("premiere") and firm and c.slots.get("festival_name"):
            return refuted(f"{L(kb, film)} had its world premiere at the {L(kb, firm[0].value)}, "
                           f"not at {c.slots['festival_name']}.", firm)
        return None
    if c.slots.get("premiere"):
        hit = [f for f in prem if _festival_match(kb, f.value, fest)]
        if hit:
            return _premiere_day(kb, c, film, supported(
                f"{L(kb, film)} had its world premiere at the {L(kb, hit[0].value)}.", hit))
        if any(_festival_match(kb, f.value, fest) for f in screens):
            s = [f for f in screens if _festival_match(kb, f.value, fest)]
            return nei(f"{L(kb, film)} screened at {L(kb, s[0].value)}, but its world premiere "
                       f"was at the {L(kb, prem[0].value)}." if prem else "", s + prem)
        firm = _firm(prem)
        if firm and kb.entity(fest):
            return refuted(f"{L(kb, film)} had its world premiere at the {L(kb, firm[0].value)}, "
                           f"not at {L(kb, fest)}.", firm)
        return _before_first_shown(kb, film, fest)
    hit = [f for f in prem + screens if _festival_match(kb, f.value, fest)]
    if hit:
        v = supported(f"{L(kb, film)} screened at {L(kb, hit[0].value)}.", hit)
        year = c.slots.get("year")
        held = getattr(kb.entity(hit[0].value), "year", None)
        if year and held and year != held:
            # the date the sentence gives the screening is part of the claim
            return nei(f"{L(kb, film)} screened at the {L(kb, hit[0].value)} ({held}); the "
                       f"KB does not place a screening in {year}.", hit)
        return v
    return _before_first_shown(kb, film, fest)


def _before_first_shown(kb, film: str, edition: str) -> Optional[Verdict]:
    """No film screens at an edition that ended before its world premiere."""
    first = first_shown(kb, film)
    ended = _firm(kb.facts(subject=edition, predicate="end_date"))
    if first is None or not ended or str(ended[0].value) >= str(first.value):
        return None
    return refuted(f"{L(kb, film)} was first shown on {fmt_date(first.value)} (its world "
                   f"premiere); the {L(kb, edition)} ended on {fmt_date(ended[0].value)}, "
                   f"before it.", [first, ended[0]])


def _premiere_day(kb, c, film: str, v: Verdict) -> Verdict:
    """A premiere's stated date is part of the claim: the KB's premiere date decides it."""
    if c.slots.get("date_unread"):
        return nei(v.explanation + " The date given is not checked.", v.facts)
    if not any(c.slots.get(k) for k in ("year", "month", "day")):
        return v
    days = _firm(kb.facts(subject=film, predicate="premiere_date"))
    if not days:
        return nei(v.explanation + " The KB holds no premiere date to check the one given.",
                   v.facts)
    ok = [f for f in days if _date_matches(c, str(f.value))]
    if ok:
        return supported(v.explanation.rstrip(".") + f", on {fmt_date(str(ok[0].value))}.",
                         v.facts + ok)
    if any(_date_matches(c, str(f.value)) is None for f in days):
        return nei(v.explanation, v.facts + days)
    return refuted(f"{L(kb, film)} premiered on {fmt_date(str(days[0].value))}, not "
                   f"{_claimed_date_words(c)}.",
                   days + v.facts)


def _countries(kb, eid: str) -> set:
    return {x for x in [eid] + ancestors(kb, eid) if _is_country(kb, x)}


def _share_region(kb, a: str, b: str) -> bool:
    """Whether two places lie in one region below the country (their outermost container)."""
    ca, cb = ancestors(kb, a), ancestors(kb, b)
    return bool((set(ca[:-1]) & set(cb[:-1])) - {a, b}) or bool(set(ca[1:-1]) & {b}) \
        or bool(set(cb[1:-1]) & {a})


def _unknown(c) -> Optional[Verdict]:
    """A place or a story person the KB lacks: the claim stays open, never refuted."""
    if c.slots.get("unknown"):
        return nei(f"The KB does not know {c.slots['unknown']}, so it cannot check this.")
    return None


@check("place")
def place(kb, c) -> Optional[Verdict]:
    v = _place(kb, c)
    who = c.slots.get("native_of")
    if who and not c.slots.get("unknown"):
        # "set in Baker's native New York": the phrase also says where Baker is from; a
        # place that is not his makes the whole phrase wrong
        origin = _place(kb, replace(
            c, predicate="place_of_birth",
            slots=dict(kind="place", subject=who, place=c.slots["place"], loose=True)))
        if origin is not None and origin.verdict == "refuted":
            return origin
    return v


def _place(kb, c) -> Optional[Verdict]:
    if c.slots.get("unknown"):
        return _unknown(c)
    subj, pred, p = c.slots["subject"], c.predicate, c.slots["place"]
    facts = kb.facts(subject=subj, predicate=pred)
    if not facts:
        return None
    rels = [(f, place_relation(kb, f.value, p)) for f in facts]
    hit = [f for f, r in rels if r in ("same", "inside")]
    words = {"narrative_location": "is set in", "filming_location": "was filmed in",
             "place_of_birth": "was born in"}[pred]
    if hit:
        within = f", in {L(kb, p)}" if hit[0].value != p else ""
        return supported(f"{L(kb, subj)} {words} {L(kb, hit[0].value)}{within}.", hit)
    complete = pred == "place_of_birth" or kb.is_complete(pred, subject=subj)
    if c.slots.get("loose") and any(_share_region(kb, f.value, p) for f in facts):
        return None   # "a Los Angeles native" born in a town beside it: not a clear error
    if c.slots.get("loose") == "country" and not all(
            _countries(kb, f.value) and _countries(kb, p)
            and not _countries(kb, f.value) & _countries(kb, p) for f in facts):
        return None   # "hails from Moscow", born elsewhere in Russia: where one grew up
    if complete and all(r == "disjoint" for _, r in rels):
        where = ", ".join(L(kb, f.value) for f in facts)
        return refuted(f"{L(kb, subj)} {words} {where}, not {L(kb, p)}.", facts)
    if complete and pred != "place_of_birth":
        # "on Staten Island" for a story the KB keeps, in full, in New York City's Brooklyn and
        # Manhattan: a place the KB lists holds it, but so does the list's own finer places of
        # that one, which are its siblings (same direct part) and none of which it lies in. The
        # list must go finer still under one of them (Brighton Beach in Brooklyn): then the
        # siblings' level was listed in full, not only the spots some scenes are at
        up = [f.value for f in kb.facts(subject=p, predicate="part_of")]
        sibs = [f for f, r in rels if r == "disjoint" and up and
                [g.value for g in kb.facts(subject=f.value, predicate="part_of")] == up[:1]]
        finer = any(place_relation(kb, s.value, f.value) == "contains" for s in sibs
                    for f in facts)
        if len(up) == 1 and sibs and finer and any(
                f.value == up[0] for f, r in rels if r == "contains") \
                and all(r in ("disjoint", "contains") for _, r in rels):
            where = " and ".join(L(kb, f.value) for f in sibs)
            return refuted(f"{L(kb, subj)} {words} {L(kb, up[0])}, but only in {where} there, "
                           f"not {L(kb, p)}.", sibs)
    return None


# -- records, filmography, production --------------------------------------------------------------
def _record_year(kb, f) -> Optional[int]:
    """The year a holder set a record: its ceremony's, else the holding film's."""
    for eid in (f.qualifiers.get("ceremony"), f.subject):
        e = kb.entity(eid) if eid else None
        if e is not None and e.year and (eid != f.subject or e.type == "film"):
            return e.year
    return None


@check("achievement_date")
def achievement_date(kb, c) -> Optional[Verdict]:
    """When an achievement the KB keeps the holders of was first done ("it dates back to
    1954", "over 70 years ago"): the year of its first holder's ceremony (or film)."""
    facts = [f for f in kb.facts(predicate="record")
             if f.qualifiers.get("achievement") == c.slots["achievement"]]
    dated = [(y, f) for f in facts for y in [_record_year(kb, f)] if y]
    if not dated or len(dated) != len(facts):
        return None
    holder = c.slots.get("holder")
    if holder:   # "Disney set this record in 1954": when this holder did it
        dated = [(y, f) for y, f in dated if f.subject == holder]
        if not dated:
            return None
    finer = c.slots.get("month") is not None or c.slots.get("day") is not None
    if c.slots.get("any_holder") and finer:
        return None   # a month or day of whichever holder's night: not checked
    if c.slots.get("any_holder"):
        # "Who won four Oscars in one night? It happened in 1954.": whichever holder is meant
        oks = [(_ago_holds(c, y) if c.slots.get("ago") is not None else
                None if c.slots.get("year") is None else
                True if c.slots["year"] == y else None if abs(c.slots["year"] - y) <= 1
                else False, y, f) for y, f in dated]
        hit = [(y, f) for ok, y, f in oks if ok]
        if hit:
            return supported(f"{L(kb, hit[0][1].subject)} did it in {hit[0][0]}.", [hit[0][1]])
        if oks and all(ok is False for ok, _, _ in oks) and not c.slots.get("support_only"):
            names = "; ".join(f"{L(kb, f.subject)} in {y}" for y, f in dated)
            return refuted(f"Done by {names}; none {_claimed_date_words(c)}.",
                           [f for _, f in dated])
        return None
    year, first = min(dated, key=lambda x: x[0])
    lead = "Done" if holder else "First done"
    said = f"{L(kb, first.subject)}: {first.value}"
    if c.slots.get("ago") is not None:
        ok = _ago_holds(c, year)
    else:
        # a ceremony honours the year before it: a year off by one may mean that one
        said_year = c.slots.get("year")
        ok = None if said_year is None or said_year != year and abs(said_year - year) <= 1 \
            else said_year == year
    if ok is None:
        return None
    if ok and finer:
        # "in March 1954": the day of the holder's ceremony decides the finer part
        cer = first.qualifiers.get("ceremony")
        day = kb.facts(subject=cer, predicate="ceremony_date") if cer else []
        if not day or _date_matches(c, day[0].value) is not True:
            return nei(f"{lead} in {year} ({said}); the KB cannot check the day given.",
                       [first])
        return supported(f"{lead} on {fmt_date(day[0].value)} ({said}).", [first, day[0]])
    if ok:
        return supported(f"{lead} in {year} ({said}).", [first])
    if c.slots.get("support_only"):
        return nei(f"{lead} in {year} ({said}); the sentence does not say this exactly.",
                   [first])
    return refuted(f"{lead} in {year} ({said}), not {_claimed_date_words(c)}.", [first])


@check("record")
def record(kb, c) -> Optional[Verdict]:
    v = _record(kb, c)
    if v is not None and v.verdict == "refuted" and c.slots.get("support_only"):
        # an achievement carried from an earlier paragraph ("this feat"): not sure enough of
        # what it refers to to refute
        return nei(v.explanation, v.facts)
    return v


def _previous_holder(kb, c, all_facts) -> Optional[Verdict]:
    """"The previous record was held by Walt Disney in 1954", "the previous film to do this
    (before Parasite) was Marty": the holder just before the anchor in the list's order, and
    the year it was done when one is said."""
    who, anchor = c.slots["subject"], c.slots.get("anchor")
    order = sorted(all_facts, key=lambda f: f.qualifiers.get("ordinal") or 0)
    at = [f.qualifiers.get("ordinal") for f in order if f.subject == anchor]
    if not anchor or not at or not at[0]:
        return None   # no holder named to count back from, or one the list lacks
    nxt = c.slots["relative"] == "next"
    before = [f for f in order if (f.qualifiers.get("ordinal") or 0) < at[0]] if not nxt else \
        [f for f in reversed(order) if (f.qualifiers.get("ordinal") or 0) > at[0]]
    if not before:
        return None
    prev = before[-1]
    rel = "after" if nxt else "before"
    if prev.subject != who:
        if who not in {f.subject for f in all_facts}:
            return None   # a name the list lacks is not checked against it
        return refuted(f"The holder {rel} {L(kb, anchor)} was {L(kb, prev.subject)}, not "
                       f"{L(kb, who)} ({prev.value}).", [prev])
    said, year = c.slots.get("year"), _record_year(kb, prev)
    if said is None:
        return supported(f"{L(kb, who)} was the holder {rel} {L(kb, anchor)}: {prev.value}.",
                         [prev])
    if year is None:
        return None
    # a film's record is dated by its release; its prizes may come a year later
    film = getattr(kb.entity(prev.subject), "type", "") == "film" and \
        not prev.qualifiers.get("ceremony")
    ok = said in ((year, year + 1) if film else (year,))
    if ok:
        return supported(f"{L(kb, who)} was the holder {rel} {L(kb, anchor)}, in {said}: "
                         f"{prev.value}.", [prev])
    if abs(said - year) <= 1 + int(film):
        return None
    return refuted(f"{L(kb, who)} was the holder {rel} {L(kb, anchor)}, in {year}, not "
                   f"{said}: {prev.value}.", [prev])


def _holder_count(kb, c, all_facts) -> Optional[Verdict]:
    """"Only four films have won both ...": the number of the list's holders, as of when the
    piece was written (a holder after it may not have been one yet)."""
    if c.slots.get("has_since") or c.slots.get("has_before") or c.slots.get("negated"):
        return None   # a count over part of the list
    n, holders = c.slots.get("only_count"), sorted(
        {f.subject: f for f in all_facts}.values(), key=lambda f: f.qualifiers.get("ordinal") or 0)
    if not n:
        return None
    names = ", ".join(L(kb, f.subject) for f in holders)
    if n == len(holders):
        return supported(f"Exactly {n}: {names}.", holders)
    written = c.slots.get("as_of")   # the piece was written in this year or later
    then = len([f for f in holders if (_record_year(kb, f) or 0) <= written]) if written \
        else len(holders)
    if then <= n < len(holders):
        return nei(f"{n} as of some year from {written} on; now {len(holders)}: {names}.",
                   holders)
    return refuted(f"{len(holders)}, not {n}: {names}.", holders)


def _award_films(kb, award) -> tuple[dict, bool]:
    """({film: (year, fact)} of the films that won `award` -- the winner itself or the work
    a person won it for -- and whether the KB declares every year from the first to the last
    complete (per ceremony or per year))."""
    won: dict = {}
    years: set = set()
    linked = True   # a winner whose film the KB does not name leaves the pairs unknown
    for f in kb.facts(predicate="award_received", object_entity=award):
        if f.disputed:
            continue
        cer = kb.entity(f.qualifiers.get("ceremony") or "")
        y = f.qualifiers.get("year") or (cer.year if cer is not None else None)
        film = f.subject if getattr(kb.entity(f.subject), "type", "") == "film" else \
            f.qualifiers.get("for_work")
        linked = linked and bool(film and y)
        if y:
            years.add(int(y))
        if film and y and (film not in won or int(y) < won[film][0]):
            won[film] = (int(y), f)
    from ..kb.awards import award_family
    fam = award_family(kb, award)
    eds = [(e.year, e.id) for f in kb.facts(predicate="edition_of", object_entity=fam)
           for e in [kb.entity(f.subject)] if e is not None and e.year] if fam else []
    if not years or not eds or not linked:
        return won, False
    # every edition of the span: its winners of this prize declared complete
    complete = all(kb.is_complete("award_received", object_entity=award,
                                  qualifiers={"ceremony": ed}) or
                   kb.is_complete("award_received", object_entity=award,
                                  qualifiers={"year": y})
                   for y, ed in eds if min(years) <= y <= max(years))
    return won, complete


def _both(kb, c) -> Optional[Verdict]:
    """"The first film to win both the Palme d'Or and Best Director": the films that won
    both prizes, in the order they completed the pair, from the KB's award lists. Refuted
    only when both lists are complete for every year they span; a winner under a prize's
    former name ("Grand Prix") makes the order of those before it uncertain."""
    if c.slots.get("has_since") or c.slots.get("has_before") or c.slots.get("negated") or \
            c.slots.get("only_count") or c.slots.get("only_other"):
        return None
    a, b = c.slots["prizes"]
    (wa, ca), (wb, cb) = _award_films(kb, a), _award_films(kb, b)
    holders = sorted((max(wa[f][0], wb[f][0]), f) for f in wa.keys() & wb.keys())
    who = c.slots["subject"]
    if getattr(kb.entity(who), "type", "") == "person":
        if not c.slots.get("same_work"):
            return None   # a person's pair may be for two films: not this count
        made = [f for _, f in holders if who in {d.value for d in kb.facts(
            subject=f, predicate="director")} | set(wa[f][1].qualifiers.get("recipients") or [])]
        if len(made) != 1:
            return None
        who = made[0]
    order = [f for _, f in holders]
    names = ", ".join(f"{L(kb, f)} ({y})" for y, f in holders)
    facts = [x for f in order[:6] for x in (wa[f][1], wb[f][1])]
    complete = ca and cb
    if c.slots.get("only"):
        written = c.slots.get("as_of")
        if written and [f for y, f in holders if y <= written] == [who] and order != [who]:
            return None   # alone until a later holder the piece may predate
        if order == [who]:
            return supported(f"{L(kb, who)} alone won both: {names}.", facts) if complete \
                else None
        if who in order and complete:
            return refuted(f"Not the only one: {names}.", facts)
        return None
    n = c.slots.get("ordinal")
    if not n:
        return None
    if who not in order:
        if complete and getattr(kb.entity(who), "type", "") == "film":
            return refuted(f"{L(kb, who)} did not win both; those that did: {names}.", facts)
        return None
    at = order.index(who) + 1
    renamed = sum(1 for f in order[:at - 1] if wa[f][1].qualifiers.get("prize_name")
                  or wb[f][1].qualifiers.get("prize_name"))
    if at - renamed <= n <= at:
        return supported(f"{L(kb, who)} is no. {at} to win both ({names}).", facts)
    if not complete:
        return None
    return refuted(f"{L(kb, who)} is no. {at}, not {n}, to win both: {names}.", facts)


def _record(kb, c) -> Optional[Verdict]:
    who, ach, ordn = c.slots["subject"], c.slots["achievement"], c.slots.get("ordinal")
    if ach == "most_wins":
        return _most_wins(kb, c)
    if ach == "both":
        return _both(kb, c)
    all_facts = [f for f in kb.facts(predicate="record") if f.qualifiers.get("achievement") == ach]
    if not all_facts:
        return None
    if c.slots.get("relative") in ("previous", "next"):
        return _previous_holder(kb, c, all_facts)
    if c.slots.get("relative") == "count":
        return _holder_count(kb, c, all_facts)
    if c.slots.get("relative") == "holder":
        # "the person who did this was X": X is one of the holders (the list is complete
        # for an achievement said in the clause; one carried from before is not refuted)
        mine = [f for f in all_facts if f.subject == who]
        if mine:
            return supported(f"{L(kb, who)}: {mine[0].value}.", mine)
        if c.slots.get("carried") or getattr(kb.entity(who), "type", "") not in (
                "film", "person"):
            return None
        names = ", ".join(L(kb, f.subject) for f in all_facts)
        return refuted(f"Not among those who did it: {names}.", all_facts)
    if c.slots.get("carried") and who not in {f.subject for f in all_facts} and not any(
            who in {d.value for d in kb.facts(subject=f.subject, predicate="director")}
            for f in all_facts):
        return None   # "X is the first actress to do this": the feat said before may not be
        # one X could hold; a name off the list is not checked against it
    mine = [f for f in all_facts if f.subject == who]
    if not mine and getattr(kb.entity(who), "type", "") == "person":
        # "Baker is the first American filmmaker to win the Palme since ...": a film's record
        # is its director's; the one holder film the person directed stands for them
        made = [f for f in all_facts if getattr(kb.entity(f.subject), "type", "") == "film"
                and who in {d.value for d in kb.facts(subject=f.subject, predicate="director")}]
        if len({f.subject for f in made}) == 1:
            mine, who = made, made[0].subject
    if ach in ("consecutive_palmes", "baker_highest_grossing", "first_oscar_nomination"):
        if not mine:
            return None
        want = mine[0].qualifiers.get("count")
        if want is not None and ordn is not None and ordn != want:
            return refuted(f"{mine[0].value} ({want}), not {ordn}.", mine)
        return supported(mine[0].value + ".", mine)
    if mine and c.slots.get("span_years") and mine[0].qualifiers.get("since_year"):
        # "the first in almost five decades": the span back from when the piece was written
        # to the previous one; an estimate, so it only ever supports
        real, written = mine[0].qualifiers["since_year"], c.slots.get("written")
        d, how = c.slots["span_years"], c.slots.get("span_how")
        if not written:
            return None
        g = written - real
        ok = 0.75 * d <= g <= d if how == "under" else g >= d if how == "over" else \
            abs(g - d) <= max(1, d // 10)
        return supported(f"{mine[0].value}: {g} years before {written}.", mine) if ok else \
            nei(f"{mine[0].value}: {g} years before {written}; the text says "
                f"{'about ' if how is None else how + ' '}{d}.", mine)
    if mine and mine[0].qualifiers.get("since_year") and ach != "american_palme_since" and \
            not mine[0].qualifiers.get("ordinal"):
        # "the first Russian actor nominated since 1977": the previous one's year
        since, real = c.slots.get("since_year"), mine[0].qualifiers["since_year"]
        if not since:
            return None   # a bound by a name: the KB keeps only the year
        if since != real:
            return refuted(f"{mine[0].value}; the previous one was in {real}, not {since}.",
                           mine)
        return supported(mine[0].value + ".", mine)
    if ach == "american_palme_since":
        if not mine:
            return None
        since = c.slots.get("since_year")
        real = mine[0].qualifiers.get("since_year")
        by = kb.entity(c.slots.get("since_entity") or "")
        if not since and by is not None and by.type == "film" and by.year and real:
            # "since Pulp Fiction": the film named is the previous holder, by its year (a
            # release may trail its festival by a year)
            if by.year in (real, real + 1):
                return supported(mine[0].value + ".", mine)
            return refuted(f"{mine[0].value}: the previous one came in {real}, not with "
                           f"{L(kb, by.id)} ({by.year}).", mine)
        if since and since != real:
            return refuted(f"{mine[0].value}; the previous one was in {real}, not {since}.", mine)
        return supported(mine[0].value + ".", mine)
    if (c.slots.get("since_year") or c.slots.get("since_entity")) and ach != "american_palme_since":
        # "the first (second ...) since X": X is a holder, and `who` the n-th after it in the
        # list's order
        if not mine:
            return None
        f = mine[0]
        at = f.qualifiers.get("ordinal") or 0
        since_e, since_y = c.slots.get("since_entity"), c.slots.get("since_year")

        def is_since(x) -> bool:
            e = kb.entity(x.subject)
            return x.subject == since_e or bool(since_y and e and e.year and since_y in (
                e.year, e.year + 1))
        named = [x for x in all_facts if (x.qualifiers.get("ordinal") or 0) < at and is_since(x)]
        if not named:
            return None
        base = named[-1]
        k, n = at - (base.qualifiers.get("ordinal") or 0), ordn or 1
        between = [x for x in all_facts if (base.qualifiers.get("ordinal") or 0)
                   < (x.qualifiers.get("ordinal") or 0) < at]
        if k == n:
            return supported(f"{L(kb, who)}: {f.value}; the {_ord(n)} since "
                             f"{L(kb, base.subject)}.", mine + named[-1:] + between)
        return refuted(f"{L(kb, who)} is the {_ord(k)} since {L(kb, base.subject)}, not the "
                       f"{_ord(n)}: " + ", ".join(L(kb, x.subject) for x in between)
                       + f" came between ({f.value}).", mine + named[-1:] + between)
    if c.slots.get("only") and c.slots.get("has_since") and not (
            c.slots.get("since_year") or c.slots.get("since_entity")):
        return None   # "only ... since the end of an era": a bound the KB cannot place
    if c.slots.get("has_before"):
        # "before Baker, Disney was the only one": the holders who came before the one named
        at = [f.qualifiers.get("ordinal") for f in all_facts
              if f.subject == c.slots.get("before_entity") and f.qualifiers.get("ordinal")]
        if not at:
            return None   # a bound the KB cannot place
        all_facts = [f for f in all_facts if (f.qualifiers.get("ordinal") or 0) < min(at)]
    written = c.slots.get("as_of")
    later = [f for f in all_facts if written and f.subject != who
             and (_record_year(kb, f) or 0) >= written]
    if later and who in {f.subject for f in all_facts}:
        # "X is the only one" in a piece that names no year past the others' records: it
        # may have held when written (a record set in the piece's own year may come after it)
        names = ", ".join(f"{L(kb, f.subject)} ({_record_year(kb, f)})" for f in later)
        return nei(f"True until {names} shared the record; the piece may be older (the "
                   f"latest year it names is {written}).", later)
    holders = {f.subject for f in all_facts}
    if c.slots.get("only_other"):
        # "Disney, the only other person to ...": the holder and exactly one more
        names = ", ".join(L(kb, f.subject) for f in sorted(
            all_facts, key=lambda f: f.qualifiers.get("ordinal", 0)))
        if who not in holders:
            return None
        if len(holders) == 2:
            return supported(f"Exactly two share this record: {names}.", all_facts)
        return refuted(f"{len(holders)}, not two, share this record: {names}.", all_facts)
    if c.slots.get("only") and c.slots.get("only_count"):
        # "X and Y are the only two to ...": the count is the slot
        n = c.slots["only_count"]
        names = ", ".join(L(kb, f.subject) for f in sorted(
            all_facts, key=lambda f: f.qualifiers.get("ordinal", 0)))
        if who not in holders:
            return None
        if n == len(holders):
            return supported(f"Exactly {n} share this record: {names}.", all_facts)
        return refuted(f"{len(holders)}, not {n}, share this record: {names}.", all_facts)
    if c.slots.get("only") and len(holders) > 1:
        names = ", ".join(L(kb, f.subject) for f in sorted(
            all_facts, key=lambda f: f.qualifiers.get("ordinal", 0)))
        return refuted(f"Not the only one: {names} share this record.", all_facts)
    if not mine:
        if ach == "palme_and_best_picture" and ordn:
            names = ", ".join(L(kb, f.subject) for f in all_facts)
            return refuted(f"Only {names} have won both Cannes' top prize and Best Picture.",
                           all_facts)
        return None
    f = mine[0]
    accepted = f.qualifiers.get("accepted_ordinals") or [f.qualifiers.get("ordinal")]
    if ordn in accepted:
        return supported(f"{L(kb, who)}: {f.value} (no. {ordn}).", mine)
    first = [x for x in all_facts if x.qualifiers.get("ordinal") == 1 and x.subject != who]
    if ach == "four_oscars_one_night" and first:
        return refuted(f"{L(kb, first[0].subject)} did it first ({first[0].value}); "
                       f"{L(kb, who)} tied that record and is the first to win four for one film.",
                       first + mine)
    order = " or ".join(_ord(a) for a in accepted)
    return refuted(f"{L(kb, who)} is the {order}, not the {_ord(ordn)}: {f.value}.", mine)


def _most_wins(kb, c) -> Optional[Verdict]:
    """"The biggest winner of the 2025 Oscars": the film with the most prizes of the edition,
    its own and those its people won for it, counted over the KB's winners. Supported when the
    film has strictly more than any other; refuted only when the edition was named and the
    film's wins of it are complete and another film's known wins outnumber them."""
    who, night = c.slots["subject"], c.slots.get("ceremony")
    if not night or getattr(kb.entity(who), "type", "") != "film":
        return None
    wins: dict[str, set] = {}
    facts = [f for f in kb.facts(predicate="award_received")
             if f.qualifiers.get("ceremony") == night and not f.disputed]
    for f in facts:
        films = {f.subject} if getattr(kb.entity(f.subject), "type", "") == "film" else set()
        films |= {x for x in [f.qualifiers.get("for_work")] + list(f.qualifiers.get("films") or [])
                  if x}
        for x in films:
            wins.setdefault(x, set()).add(f.value)
    mine = len(wins.get(who, ()))
    if not mine:
        return None
    rivals = sorted(((len(v), k) for k, v in wins.items() if k != who), reverse=True)
    top = rivals[0] if rivals else (0, None)
    if mine > top[0]:
        return supported(f"{L(kb, who)} won {mine} prizes at the {L(kb, night)}, more than any "
                         f"other film" + (f" ({L(kb, top[1])}: {top[0]})." if top[1] else "."),
                         [f for f in facts if f.subject == who or f.qualifiers.get("for_work")
                          == who][:4])
    if c.slots.get("ceremony_stated") and top[0] > mine and kb.is_complete(
            "award_received", subject=who, qualifiers={"ceremony": night}):
        # the film's own wins that night are all known, and another film won more
        return refuted(f"{L(kb, top[1])} won {top[0]} prizes at the {L(kb, night)}, "
                       f"{L(kb, who)} {mine}.", [])
    return None


def _ord(n) -> str:
    n = int(n or 0)
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, f"{n}th")


@check("nth_prize")
def nth_prize(kb, c) -> Optional[Verdict]:
    """'It was his second win, after The Pianist': the holder's prizes of the family (of the
    category, when the words name the kind) up to the one the claim stands for. Supported
    when the count fits (and the works "after" names are the earlier ones'); refuted only for
    one category the KB holds complete at every edition up to that one."""
    sl = c.slots
    who, n, pol, aw, fam = sl["subject"], sl["n"], sl["polarity"], sl["award"], sl.get("family")
    pred = "award_received" if pol == "won" else "nominated_for"
    mine = [f for f in _award_facts(kb, pred, aw, who)
            if not sl.get("for_work") or _for_stated_work(c, f) or f.qualifiers.get(
                "for_work") == sl.get("for_work") or f.subject == sl.get("for_work")]
    if sl.get("year"):   # "became a two-time winner in 1979": the prize of that year
        mine = [f for f in mine if sl["year"] in (f.qualifiers.get("year"), ceremony_year(
            kb, f.qualifiers.get("ceremony")))]
    ceremonies = {f.qualifiers.get("ceremony") for f in mine}
    if len(ceremonies) != 1 or None in ceremonies:
        return None
    at = ceremonies.pop()
    year = ceremony_year(kb, at)
    if not year:
        return None
    if sl.get("scoped"):
        cats = [aw]
    else:
        preds = ["award_received"] + (["nominated_for"] if pol == "nominated" else [])
        cats = sorted({f.value for p_ in preds for f in kb.facts(subject=who, predicate=p_)
                       if award_family(kb, f.value) == fam} | {aw})
    held = {}
    for cat in cats:
        for f in _award_facts(kb, pred, cat, who):
            y = ceremony_year(kb, f.qualifiers.get("ceremony"))
            if y and y <= year:
                held[(f.qualifiers.get("ceremony"), cat)] = f
    before = [f for (cer, _), f in held.items() if ceremony_year(kb, cer) < year]
    now = [f for (cer, _), f in held.items() if cer == at]
    lo, hi = len(before) + 1, len(before) + max(1, len(now))
    works = {f.qualifiers.get("for_work") for f in before} | {
        f.subject for f in before if kb.entity(f.subject) is not None
        and kb.entity(f.subject).type == "film"}
    noun = "win" if pol == "won" else "nomination"
    what = f"{L(kb, who)}'s {'prizes' if pol == 'won' else 'nominations'}" + (
        f" for {L(kb, aw)}" if sl.get("scoped") else "")
    earlier = ", ".join(sorted({L(kb, w) for w in works if w})) or "none before it"
    if lo <= n <= hi and all(w in works for w in sl.get("after") or ()) and not \
            sl.get("after_unknown"):
        return supported(f"{what}: this one, at the {L(kb, at)}, is number {n} "
                         f"(earlier: {earlier}).", before + now)
    complete = sl.get("scoped") and all(
        kb.is_complete("award_received", object_entity=aw, qualifiers={"ceremony": cer})
        or kb.is_complete("award_received", object_entity=aw,
                          qualifiers={"year": ceremony_year(kb, cer)})
        for cer in ceremonies_of_family_until(kb, fam, year))
    if complete and lo <= n <= hi and any(w not in works for w in sl.get("after") or ()):
        wrong = ", ".join(L(kb, w) for w in sl["after"] if w not in works)
        return refuted(f"{what}: the earlier ones were for {earlier}, not {wrong}.",
                       before + now)
    if complete and not lo <= n <= hi:
        return refuted(f"{what}: the one at the {L(kb, at)} is number {lo}"
                       f"{'' if hi == lo else f'-{hi}'}, not {n} (earlier: {earlier}).",
                       before + now)
    return None


def ceremonies_of_family_until(kb, fam: Optional[str], year: int) -> list[str]:
    """Every edition of a family held up to `year` (empty when the family is not known)."""
    if not fam:
        return []
    out = [f.subject for f in kb.facts(predicate="edition_of", object_entity=fam)
           if kb.entity(f.subject) is not None and (kb.entity(f.subject).year or 9999) <= year]
    return out


@check("filmography")
def filmography(kb, c) -> Optional[Verdict]:
    who, work = c.slots["subject"], c.slots["work"]
    facts = [f for f in kb.facts(subject=who, predicate="notable_work") if f.value == work]
    facts += [f for f in kb.facts(subject=work) if f.value == who and f.predicate in (
        "cast_member", "director", "screenwriter", "film_editor", "producer")]
    if not facts and kb.entity(work) is not None:
        # a prize the person won for the work ("Marty, starring Ernest Borgnine": his Best
        # Actor Oscar for Marty) is a credit on it
        title = kb.entity(work).label
        facts = [f for f in kb.facts(subject=who, predicate="award_received")
                 if f.qualifiers.get("for_work") == work
                 or f.qualifiers.get("film_title") == title]
    if facts and c.slots.get("ordinal"):
        return _nth_film(kb, c, who, work, facts)
    if facts and c.slots.get("after"):
        return _next_film(kb, c, who, work, facts)
    year = c.slots.get("year")
    if facts and year:
        # "Baker's 2019 film Red Rocket": the year is part of the claim; a credit's year or
        # the film's may support it, another leaves it open (release and production years differ)
        held = {f.qualifiers.get("year") for f in facts} | {
            getattr(kb.entity(work), "year", None)}
        held = {int(y) for y in held if y and str(y).isdigit()}
        if year not in held:
            return nei(f"{L(kb, who)}'s credits include {L(kb, work)}, which the KB dates "
                       f"{', '.join(map(str, sorted(held))) or 'nowhere'}, not {year}.", facts)
    if facts:
        return supported(f"{L(kb, who)}'s credits include {L(kb, work)}.", facts)
    return None


def _nth_film(kb, c, who: str, work: str, facts: list) -> Verdict:
    """'Baker's sophomore film, Take Out': the work's place among the films the person
    directed, by year. The KB may lack some of them, so a place that differs is left open."""
    n = c.slots["ordinal"]
    made = [f for f in kb.facts(predicate="director") if f.value == who]
    years = {f.subject: getattr(kb.entity(f.subject), "year", None) for f in made}
    mine = years.get(work)
    if mine is None or any(y is None for y in years.values()) or \
            sum(1 for y in years.values() if y == mine) > 1:
        return nei(f"{L(kb, who)}'s credits include {L(kb, work)}; the KB cannot place it "
                   f"among their films.", facts)
    place = 1 + sum(1 for y in years.values() if y < mine)
    order = sorted(years, key=lambda e: years[e])
    if place == n:
        return supported(f"{L(kb, work)} ({mine}) is {L(kb, who)}'s {_ord(n)} film: "
                         f"{', '.join(L(kb, e) for e in order[:n])}.", facts + made)
    return nei(f"The KB lists {L(kb, work)} ({mine}) as {L(kb, who)}'s {_ord(place)} film, "
               f"not the {_ord(n)}; it may lack some of their films.", facts + made)


def _next_film(kb, c, who: str, work: str, facts: list) -> Verdict:
    """"Anora, Baker's follow-up to Red Rocket": the earlier work comes right before this one
    among the films the person directed, by year. The KB may lack some of them, so another
    order is left open, never refuted."""
    prev = c.slots["after"]
    made = [f for f in kb.facts(predicate="director") if f.value == who]
    years = {f.subject: getattr(kb.entity(f.subject), "year", None) for f in made}
    mine, theirs = years.get(work), years.get(prev)
    if mine is None or theirs is None or any(y is None for y in years.values()) or \
            len(set(years.values())) != len(years):
        return nei(f"{L(kb, who)}'s credits include {L(kb, work)}; the KB cannot place it "
                   f"after {L(kb, prev)}.", facts)
    between = [e for e, y in years.items() if theirs < y < mine]
    if theirs < mine and not between:
        return supported(f"{L(kb, work)} ({mine}) came right after {L(kb, prev)} ({theirs}) "
                         f"among {L(kb, who)}'s films.", facts + made)
    if theirs > mine:   # the order itself is wrong, whatever films the KB may lack
        return refuted(f"{L(kb, work)} ({mine}) came before {L(kb, prev)} ({theirs}), not "
                       f"after it, among {L(kb, who)}'s films.", facts + made)
    return nei(f"The KB does not list {L(kb, work)} ({mine}) right after {L(kb, prev)} "
               f"({theirs}) among {L(kb, who)}'s films; it may lack some of them.", facts + made)


@check("spouse")
def spouse(kb, c) -> Optional[Verdict]:
    """Marriages can end and begin: a listed spouse supports; no other name is refuted."""
    who, other = c.slots["subject"], c.slots["person"]
    facts = [f for f in kb.facts(subject=who, predicate="spouse") if f.value == other]
    facts += [f for f in kb.facts(subject=other, predicate="spouse") if f.value == who]
    if facts:
        return supported(f"{L(kb, who)} is married to {L(kb, other)}.", facts)
    return None


@check("work_year")
def work_year(kb, c) -> Optional[Verdict]:
    """A sourced career entry with that year supports; a different year does not refute
    (premiere, release and production years differ)."""
    work, year = c.slots["work"], c.slots["year"]
    prize = c.slots.get("prize")
    won = _listed_wins(kb, work, prize) if prize else []
    at = [(f, y) for f, y in won if y == year]
    if at:   # an item of a list of the prize's winners: the year of the edition it won at
        f, y = at[0]
        ed = f.qualifiers.get("ceremony")
        return supported(f"{L(kb, work)} won the {L(kb, prize)} in {y}"
                         f"{f' ({L(kb, ed)})' if ed else ''}.", [f])
    facts = [f for f in kb.facts(predicate="notable_work", object_entity=work)
             if f.qualifiers.get("year") == year]
    if facts:  # entity years of history films are labels from general knowledge: not enough
        return supported(f"{L(kb, work)} dates from {year}.", facts)
    shown = [f for p in ("premiere_date", "release_date") for f in kb.facts(subject=work, predicate=p)
             if not f.disputed and str(f.value)[:4] == str(year)]
    if shown:
        what = "premiered" if shown[0].predicate == "premiere_date" else "was released"
        return supported(f"{L(kb, work)} {what} on {fmt_date(shown[0].value)}.", shown[:1])
    # an Academy Award nomination for the films of a calendar year: a qualifying release then
    ran = [f for p in ("nominated_for", "award_received") for f in kb.facts_involving(work, p)
           if involves(f, work, kb) and str(f.qualifiers.get("eligibility_year")) == str(year)]
    if ran:
        return supported(f"{L(kb, work)} was in the running at the "
                         f"{L(kb, ran[0].qualifiers.get('ceremony'))}, for the films of {year}.",
                         ran[:1])
    first = first_shown(kb, work)
    if first is not None and year < int(str(first.value)[:4]):
        return refuted(f"{L(kb, work)} was first shown on {fmt_date(first.value)} (its world "
                       f"premiere); it is not a film of {year}.", [first])
    fam = award_family(kb, prize) if prize else None
    if won and fam != prize and (
            kb.is_complete("award_received", object_entity=prize, qualifiers={"year": year})
            or any(kb.is_complete("award_received", object_entity=prize,
                                  qualifiers={"ceremony": ed})
                   for ed in ceremonies_of_family(kb, fam, year))):
        # neither the edition's year nor the film's: later than every year the KB has for it
        # (its win, its award runs, its premiere and releases, its career entry)
        years = [y for _, y in won]
        for f in kb.facts_involving(work, "nominated_for") + kb.facts_involving(
                work, "award_received"):
            if not involves(f, work, kb):
                continue
            ed = kb.entity(f.qualifiers.get("ceremony") or "")
            years += [int(str(v)[:4]) for v in (f.qualifiers.get("year"),
                                                f.qualifiers.get("eligibility_year"),
                                                ed.year if ed else None) if str(v)[:4].isdigit()]
        years += [int(str(f.value)[:4]) for p in ("premiere_date", "release_date")
                  for f in kb.facts(subject=work, predicate=p) if str(f.value)[:4].isdigit()]
        years += [f.qualifiers["year"] for f in kb.facts(predicate="notable_work",
                                                           object_entity=work)
                  if isinstance(f.qualifiers.get("year"), int)]
        if year > max(years):
            f, y = won[0]
            return refuted(f"{L(kb, work)} won the {L(kb, prize)} in {y}; {year} is neither "
                           f"that edition's year nor the film's.", [f] + ([first] if first else []))
    return None


def _listed_wins(kb, work: str, prize: str) -> list:
    """(fact, edition year) of each win of `prize` (or of a category of it) by `work`."""
    out = []
    for f in kb.facts_involving(work, "award_received"):
        if not involves(f, work, kb):
            continue
        if f.value != prize and award_family(kb, f.value) != prize and not any(
                x.value == prize for x in kb.facts(subject=f.value, predicate="part_of")):
            continue
        ed = kb.entity(f.qualifiers.get("ceremony") or "")
        y = f.qualifiers.get("year") or (ed.year if ed else None)
        if str(y)[:4].isdigit():
            out.append((f, int(str(y)[:4])))
    return out


def first_shown(kb, film: str) -> Optional[Fact]:
    """A film's world premiere, the day before which it had not been shown (nor released)."""
    return next((f for f in kb.facts(subject=film, predicate="premiere_date")
                 if not f.disputed and "world" in str(f.qualifiers.get("kind", ""))
                 and str(f.value)[:4].isdigit()), None)


@check("debut")
def debut(kb, c) -> Optional[Verdict]:
    who, work = c.slots["subject"], c.slots["work"]
    facts = _firm(kb.facts(subject=who, predicate="debut_feature"))
    if not facts:
        return None
    if facts[0].value == work:
        return supported(f"{L(kb, who)}'s first feature was {L(kb, work)}.", facts)
    w = kb.entity(work)
    yr = f" ({w.year})" if w and w.year else ""
    d = kb.entity(facts[0].value)
    return refuted(f"{L(kb, who)}'s first feature was {d.label}{f' ({d.year})' if d and d.year else ''}; "
                   f"{L(kb, work)}{yr} came later.", facts)


@check("production_company", "distributor")
def company(kb, c) -> Optional[Verdict]:
    """A company's credit on a film ("produced by Cre Film", "distributed by Neon"): held, or
    refuted only by the film's complete list of them; a company the KB lacks is unknown."""
    film, org, pred = c.slots["subject"], c.slots.get("person"), c.predicate
    facts = kb.facts(subject=film, predicate=pred)
    verb = COMPANY_WORDS[pred]
    hit = [f for f in facts if f.value == org]
    where = c.slots.get("territory")
    if hit and where:   # the market stated is a slot: a credit held elsewhere does not say it
        named = {fold(a) for a, _k in kb.aliases_of(where)} | {fold(L(kb, where))}
        held = [f for f in hit if fold(str(f.qualifiers.get("territory")
                                           or f.qualifiers.get("market") or "")) in named]
        if not held:
            markets = ", ".join(str(f.qualifiers.get("territory") or f.qualifiers.get("market")
                                    or "unstated markets") for f in hit)
            return nei(f"{L(kb, film)} was {verb} by {L(kb, org)} in {markets}; the KB does "
                       f"not say it was in {L(kb, where)}.", hit)
        hit = held
    if hit and c.slots.get("time"):
        return nei(f"{L(kb, film)} was {verb} by {L(kb, org)}; the KB does not date it "
                   f"({c.slots['time']}).", hit)
    if hit:
        return supported(f"{L(kb, film)} was {verb} by {L(kb, org)}"
                         f"{' in ' + L(kb, where) if where else ''}.", hit)
    if c.slots.get("weak"):
        return Verdict("drop", "")
    if org is None or not facts or not kb.is_complete(pred, subject=film):
        return None
    who = ", ".join(L(kb, f.value) for f in facts)
    return refuted(f"{L(kb, film)} was {verb} by {who}, not {L(kb, org)} (the KB holds the "
                   f"full list).", facts)


COMPANY_WORDS = {"production_company": "produced", "distributor": "distributed"}


@check("birth_name")
def birth_name(kb, c) -> Optional[Verdict]:
    """The name a person was born with, word by word: every word claimed is the KB's (a middle
    name left out still holds); refuted only when the surname claimed is none of the KB name's
    words (the KB holds one birth name)."""
    who = c.slots["subject"]
    facts = _firm(kb.facts(subject=who, predicate="birth_name"))
    if not facts:
        return None
    real = fold(facts[0].value).replace("-", " ").split()
    said = fold(c.slots["name"]).replace("-", " ").split()
    if set(said) <= set(real):
        return supported(f"{L(kb, who)} was born {facts[0].value}.", facts[:1])
    if len(real) > 1 and said[-1] not in real:
        return refuted(f"{L(kb, who)} was born {facts[0].value}, not {c.slots['name']}.",
                       facts[:1])
    return nei(f"{L(kb, who)} was born {facts[0].value}; '{c.slots['name']}' is not that name "
               f"word for word.", facts[:1])


@check("format")
def film_format(kb, c) -> Optional[Verdict]:
    film, fmt = c.slots["subject"], c.slots["format"]
    facts = kb.facts(subject=film, predicate="filming_format")
    if not facts:
        return None
    norm = fmt.replace(" ", "").lower()
    hit = [f for f in facts if norm.rstrip("s") in f.value.replace(" ", "").lower()]
    if hit:
        return supported(f"{L(kb, film)} was shot on {hit[0].value}.", hit)
    if c.slots.get("part"):
        return nei(f"{L(kb, film)} was shot on {facts[0].value}; the KB does not say what its "
                   f"{c.slots['part']} alone was shot on.", facts)
    if kb.is_complete("filming_format", subject=film):
        return refuted(f"{L(kb, film)} was shot on {facts[0].value}, not {fmt}.", facts)
    return None


@check("rumour")
def rumour(kb, c) -> Optional[Verdict]:
    return nei("Presented as rumour or hearsay; the KB has nothing that bears it out, and "
               "absence of evidence does not support it.")


@check("statement")
def statement(kb, c) -> Optional[Verdict]:
    return noted(kb, c.slots["fact_id"])


def noted(kb, fact_id: Optional[str]) -> Optional[Verdict]:
    """Support from a sourced prose note that says everything the claim says (never refutes)."""
    f = kb.fact(fact_id) if fact_id else None
    if f is None:
        return None
    what = "plot summary" if f.predicate == "plot" else "sourced note"
    return supported(f"The KB's {what} says so: {f.value}.", [f], conf=0.75)


@check("rating")
def rating(kb, c) -> Optional[Verdict]:
    facts = kb.facts(subject=c.slots["subject"], predicate="mpa_rating")
    if not facts:
        return None
    if facts[0].value.upper() == c.slots["rating"].upper():
        return supported(f"{L(kb, c.slots['subject'])} is rated {facts[0].value} (MPA).", facts)
    return refuted(f"{L(kb, c.slots['subject'])} is rated {facts[0].value} (MPA), not "
                   f"{c.slots['rating']}.", facts)


@check("no_prize")
def no_prize(kb, c) -> Optional[Verdict]:
    y = c.slots["year"]
    nf = [f for f in kb.facts(subject="cannes-film-festival", predicate="not_awarded")
          if f.qualifiers.get("year") == y]
    if nf:
        return supported(f"No Palme d'Or was awarded in {y}: {nf[0].value}.", nf)
    if kb.is_complete("award_received", object_entity="palme-d-or", qualifiers={"year": y}):
        wins = _winners(kb, "palme-d-or", None, y)
        if wins:
            return refuted(f"Cannes awarded its top prize in {y}, to {_winner_names(kb, wins)}.",
                           wins)
    return None
