"""Who won or was nominated for what at which edition: the lookups over the KB's award facts
that the award, count, record, date and filmography checks share (a ceremony's year, the edition a
claim names, the complete winners of a category, the facts that involve a person or film)."""
from __future__ import annotations

from typing import Optional

from ..kb.awards import award_family, ceremonies_of_family, winner_type
from ..kb.store import Fact
from ..textutil import fold
from .checks import L, same_name


def involves(f: Fact, who: str, kb=None) -> bool:
    q = f.qualifiers
    if f.subject == who or who in (q.get("recipients") or []) or q.get("for_work") == who:
        return True
    if kb is not None and (q.get("film_title") or q.get("recipients_text")):
        e = kb.entity(who)
        if e and e.type == "film" and e.label == q.get("film_title") \
                and not _namesake_of_another_year(e, q):
            return True
        if e and e.type == "person" and e.label in str(q.get("recipients_text") or ""):
            return True
    return False


def beneficiary(kb, c) -> Optional[str]:
    """The person a film's prize is said to be for ("Anora won Best Actress for Mikey
    Madison"): a slot the prize's facts must name (as a recipient), or None. An item of a list
    read with its own person by position (`item_winner`, checked on its own) has no other."""
    ben = c.slots.get("beneficiary") if not c.slots.get("item_winner") else None
    return ben if ben and ben != c.slots.get("subject") and getattr(
        kb.entity(ben), "type", None) == "person" else None


def _namesake_of_another_year(film, q) -> bool:
    """The fact names a film of the same title from another year than `film` (John Wayne's
    Best Actor for the 1969 "True Grit" is no prize of the 2010 one): its films' year is two
    years or more from the film's."""
    ey = str(q.get("eligibility_year") or "")[:4]
    return bool(film.year and ey.isdigit() and abs(int(ey) - int(film.year)) > 1)


def expected_subject_type(kb, award: str) -> Optional[str]:
    """'person' for acting/directing categories, 'film' for Best Picture (`winner_type`)."""
    return winner_type(kb, award)


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
        # every fact names the people it honours (a person's record in the category is whole)
        self.size = len(facts)
        self.all_named = all(f.qualifiers.get("recipients") for f in facts)
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
            got.update((f.id, f) for f in self.by_title.get(e.label, ())
                       if f.id in got or not _namesake_of_another_year(e, f.qualifiers))
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
        if len(cands) == 1 and _film_year_reading(kb, c, year, cands[0]):
            return None   # "1967 – In the Heat of the Night (Norman Jewison)": the work's year
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


def _film_year_reading(kb, c, year: int, ceremony: str) -> bool:
    """Whether a year the claim does not say is a ceremony's may be its work's own year
    instead: the claim states a work of that year, which had no fact at all at the ceremony
    held that year (a list dated by its films' years). The ceremony of that year is then no
    safe reading, to refute with."""
    work = c.slots.get("for_work")
    e = kb.entity(work) if work and not c.slots.get("year_held") else None
    if e is None or getattr(e, "year", None) is None or int(e.year) != year:
        return False
    return not any(f.qualifiers.get("ceremony") == ceremony
                   for p in ("nominated_for", "award_received")
                   for f in kb.facts_involving(work, p))


def _for_stated_work(c, f: Fact, kb=None) -> bool:
    """Whether an award fact can be the one a claim means, given the work the claim states
    ("won Best Actor for A Complete Unknown"); True when the claim states none. With `kb`, a
    fact that names its film only by title (a producer's win for a short) is for the stated
    work when the title is the work's label."""
    want_work, want_title = c.slots.get("for_work"), (c.slots.get("for_title") or "").lower()
    if not want_work and not want_title:
        return True
    q = f.qualifiers
    if kb is not None and want_work and not q.get("for_work") and q.get("film_title") and \
            (e := kb.entity(want_work)) is not None and \
            fold(str(q["film_title"])) == fold(e.label):
        return True
    return q.get("for_work") == want_work or f.subject == want_work or bool(
        want_title and str(q.get("film_title", "")).lower().startswith(want_title))


def _winners(kb, award: str, ceremony: Optional[str], year: Optional[int]) -> list[Fact]:
    return [f for f in kb.facts(predicate="award_received", object_entity=award)
            if _matches_when(kb, f, ceremony, year)]


def _winner_names(kb, facts: list[Fact], sep: str = " and ") -> str:
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
    return sep.join(names)


def named_among(kb, name: str, facts: list[Fact]) -> bool:
    """Whether a name is one the facts' winners go by (a film or person, a recipient, the
    recipients as the source wrote them): a name on the list under a spelling the linker
    missed, or a title the linker gave another film of that name."""
    names = []
    for f in facts:
        names.append(L(kb, f.subject))
        names += [L(kb, r) for r in f.qualifiers.get("recipients") or []]
        if f.qualifiers.get("recipients_text"):
            names.append(str(f.qualifiers["recipients_text"]))
    return any(same_name(name, n) for n in names)


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
    record is declared complete per ceremony and category). Only a show's whole record says
    so: each category's winners held complete over the family as well (the Oscar record); a
    factsheet that declares one night's winner of a category or two ("the one BAFTA for
    Casting of the 78th awards") says nothing of the show's other categories."""
    cats = {f.value for f in kb.facts_with_qualifier("award_received", "ceremony", ceremony)}
    return bool(cats) and all(kb.is_complete("award_received", object_entity=cat,
                                             qualifiers={"ceremony": ceremony})
                              and kb.is_complete("award_received", object_entity=cat,
                                                 qualifiers={"family": award_family(kb, cat)})
                              for cat in cats)


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


def place_by_year(firsts, year: int) -> tuple[dict, int, int]:
    """(before, lo, hi) of one more holder at `year`, from (holder, year it held) pairs up to
    that year: the first year of each holder before it, and the places it may have among them
    (holders only of that year tie with it, in an order the KB does not know)."""
    before, same = {}, set()
    for x, y in firsts:
        if y < year:
            before[x] = min(before.get(x, y), y)
        else:
            same.add(x)
    same -= set(before)
    return before, len(before) + 1, len(before) + 1 + len(same)


def edition_number(kb, ed: Optional[str]) -> Optional[int]:
    """The number of an edition ("66th Academy Awards": 66), from the first word of its label."""
    e = kb.entity(ed) if ed else None
    word = (e.label.split() or [""])[0] if e is not None else ""
    return int(word[:-2]) if word[:-2].isdigit() and word[-2:].lower() in (
        "st", "nd", "rd", "th") else None


def _ord(n) -> str:
    n = int(n or 0)
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, f"{n}th")


def ceremonies_of_family_until(kb, fam: Optional[str], year: int) -> list[str]:
    """Every edition of a family held up to `year` (empty when the family is not known)."""
    if not fam:
        return []
    out = [f.subject for f in kb.facts(predicate="edition_of", object_entity=fam)
           if kb.entity(f.subject) is not None and (kb.entity(f.subject).year or 9999) <= year]
    return out


def first_shown(kb, film: str) -> Optional[Fact]:
    """A film's world premiere, the day before which it had not been shown (nor released)."""
    return next((f for f in kb.facts(subject=film, predicate="premiere_date")
                 if not f.disputed and "world" in str(f.qualifiers.get("kind", ""))
                 and str(f.value)[:4].isdigit()), None)
