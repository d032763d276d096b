"""Festival checks: where and when a film was shown or premiered, against the festival run the KB
holds (a film shown before its first showing, the day of a premiere); festival editions as facts
(the years a festival was held bound its prizes: none before its first edition; an edition's year
and run; which edition is which) and the president of a festival's jury. The edition helpers
are used by the award and date checks (wins.py, dates.py, imported where used); they refute only
from the KB's own records."""
from __future__ import annotations

from typing import Optional

from ..claims.parse import lexicon
from ..kb.awards import award_family
from ..textutil import fold
from .checks import L, Verdict, _firm, check, nei, refuted, same_name, supported
from .datematch import _claimed_date_words, _date_matches, _date_parts
from .editions import _winner_names, first_shown, involves, named_among
from .words import at_date, fmt_date


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
    v = _regional(kb, c, _festival_at(kb, c))
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
    shown = [f for f in v.facts if f.predicate in ("premiered_at", "festival_screening")]
    prizes = set(lexicon().section("festivals").get("competition_prizes", ()))
    won = [] if held else [w for f in shown for w in _competed(kb, c.slots["subject"], f.value)
                           if w.qualifiers.get("ceremony") == f.value] + [
        f for f in v.facts if f.predicate == "award_received" and f.value in prizes]
    if won:   # a prize of the main competition at the edition it showed at: played there
        ed = won[0].qualifiers["ceremony"]
        if said == COMPETITION:
            return supported(v.explanation.rstrip(".") + f", in the main competition (it won "
                             f"the {L(kb, won[0].value)} there).", v.facts + won[:1])
        if not (c.slots.get("premiere") or c.slots["festival"] == ed
                or c.slots.get("year") == edition_year(kb, ed)):
            # a screening at the festival in a year the sentence leaves open may be another
            # edition's, in another section
            return nei(v.explanation.rstrip(".") + f"; the KB cannot place it in {said}.",
                       v.facts)
        held = {COMPETITION}
        v = Verdict(v.verdict, v.explanation, v.facts + won[:1])
        shown = shown + won[:1]
    if said in held:
        return v
    if held and len(held) == 1 and not c.slots.get("negated") and not unlisted:
        return refuted(f"{L(kb, c.slots['subject'])} screened in the {next(iter(held))} "
                       f"section of the {L(kb, shown[0].value)}, not in {said}.", shown)
    if held:
        return nei(v.explanation.rstrip(".") + f", in the {', '.join(sorted(held))} section; "
                   f"the KB cannot place it in {said}.", v.facts)
    return nei(v.explanation.rstrip(".") + f"; the KB does not record the section ({said}).",
               v.facts)


def _regional(kb, c, v: Optional[Verdict]) -> Optional[Verdict]:
    """A regional premiere ("its North American premiere at Telluride") is more than a
    screening there: which premiere it was is a slot, told only by a showing the KB records
    as that premiere (its `kind` naming the region); else the screening leaves it open."""
    said = c.slots.get("regional_premiere")
    if not said or v is None or v.verdict != "supported":
        return v
    words = {w for w in fold(said).replace(".", "").split()}
    if any(words <= set(fold(str(f.qualifiers.get("kind") or "")).replace(".", "").split())
           for f in v.facts):
        return v
    return nei(v.explanation.rstrip(".") + f"; the KB does not record it as its {said} "
               f"premiere.", v.facts)


def _festival_at(kb, c) -> Optional[Verdict]:
    film, fest = c.slots["subject"], c.slots["festival"]
    prem = kb.facts(subject=film, predicate="premiered_at")
    screens = kb.facts(subject=film, predicate="festival_screening")
    if fest is None:
        # a festival the KB does not know: a film has one world premiere, so the KB's record
        # of it refutes another festival; a screening there it cannot decide
        firm = _firm(prem)
        if c.slots.get("premiere") and c.slots.get("festival_name") and not firm:
            # the KB may hold the premiere only as a dated showing with its venue's name
            hit = _venue_hit(kb, film, [c.slots["festival_name"]])
            if hit:
                return _premiere_day(kb, c, film, supported(
                    f"{L(kb, film)} had its world premiere at the "
                    f"{hit[0].qualifiers.get('venue')}.", hit))
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
            firm = _firm(prem)
            if c.slots.get("world_said") and firm:
                # "its world premiere at Telluride": the one first showing, which the KB
                # holds elsewhere; a later screening there does not make it the world's
                return refuted(f"{L(kb, film)} had its world premiere at the "
                               f"{L(kb, firm[0].value)}; it screened at {L(kb, s[0].value)} "
                               f"later.", firm + s)
            return nei(f"{L(kb, film)} screened at {L(kb, s[0].value)}, but its world premiere "
                       f"was at the {L(kb, prem[0].value)}." if prem else "", s + prem)
        firm = _firm(prem)
        if not prem:
            hit = _venue_hit(kb, film, _festival_names(kb, fest, c.slots.get("festival_name")))
            if hit:
                return _premiere_day(kb, c, film, supported(
                    f"{L(kb, film)} had its world premiere at the "
                    f"{hit[0].qualifiers.get('venue')}.", hit))
        if firm and kb.entity(fest):
            return refuted(f"{L(kb, film)} had its world premiere at the {L(kb, firm[0].value)}, "
                           f"not at {L(kb, fest)}.", firm)
        if not prem and kb.entity(fest):
            v = _premiered_elsewhere(kb, film, fest, _festival_names(
                kb, fest, c.slots.get("festival_name")), L(kb, fest))
            if v is not None:
                return v
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
        if c.slots.get("month") and held:
            # a month or day the sentence gives the screening: within the edition's run (when
            # the KB holds it) it may be one of its showings; else nothing says it was then
            run = _run(kb, hit[0].value)
            m, d = c.slots.get("month"), c.slots.get("day")
            if run is None or not (run[0][:2] <= (held, m) <= run[1][:2] if d is None
                                   else run[0] <= (held, m, d) <= run[1]):
                return nei(f"{L(kb, film)} screened at the {L(kb, hit[0].value)}; the KB does "
                           f"not place a screening then.", hit)
            first = [tuple(_date_parts(str(f.value))) for f in _firm(kb.facts(
                subject=film, predicate="premiere_date"))]
            if d is not None and first and len(first[0]) == 3 and (held, m, d) < min(first):
                return nei(f"{L(kb, film)} screened at the {L(kb, hit[0].value)}, but its "
                           f"first showing came later.", hit)
            return supported(v.explanation, hit + run[2])
        return v
    return _played_for_prize(kb, c, film, fest) or _before_first_shown(kb, film, fest)


COMPETITION = "main competition"   # the section name (lexicon `festival_sections`)


def _competed(kb, film: str, fest: str) -> list:
    """The film's wins of a prize its festival gives only to films of its main competition
    (`festivals.competition_prizes`) at an edition of `fest` (an edition, or the festival):
    each says the film played that edition, in the main competition."""
    prizes = set(lexicon().section("festivals").get("competition_prizes", ()))
    return [f for f in _firm(kb.facts(subject=film, predicate="award_received"))
            if f.value in prizes and f.qualifiers.get("ceremony")
            and _festival_match(kb, f.qualifiers["ceremony"], fest)]


def _played_for_prize(kb, c, film: str, fest: str) -> Optional[Verdict]:
    """"Amour screened at Cannes in 2012": a screening the KB does not list, at an edition
    where the KB records the film winning a prize of the main competition, which only a film
    shown there wins. A month the sentence gives it holds when the edition ran in it, all of
    it (the KB's run); a day is not told by the win."""
    if c.slots.get("day") or c.slots.get("date_unread"):
        return None
    year, month = c.slots.get("year"), c.slots.get("month")
    won = [f for f in _competed(kb, film, fest)
           if not year or edition_year(kb, f.qualifiers["ceremony"]) == year]
    if not won:
        return None
    ed = won[0].qualifiers["ceremony"]
    run = _run(kb, ed) if month else None
    if month and (run is None or not run[0][1] == month == run[1][1]):
        return None
    return supported(f"{L(kb, film)} won the {L(kb, won[0].value)} at the {L(kb, ed)}, so it "
                     f"screened there.", won[:1] + (run[2] if run else []))


def _run(kb, edition: str):
    """((y, m, d) first day, (y, m, d) last day, the facts) of a festival edition's run, or
    None when the KB does not date both ends."""
    starts = _firm(kb.facts(subject=edition, predicate="start_date"))
    ends = _firm(kb.facts(subject=edition, predicate="end_date"))
    if not starts or not ends:
        return None
    return (tuple(_date_parts(str(starts[0].value))), tuple(_date_parts(str(ends[0].value))),
            starts[:1] + ends[:1])


def _name_words(text: str) -> list:
    generic = set(lexicon().section("festivals").get("generic_name_words", []))
    words = [w.strip(".,;:()'\"").lower() for w in str(text).replace("'s", " 's").split()]
    return [w for w in words if w and w not in generic and not w.isdigit()]


def _venue_hit(kb, film: str, names: list) -> list:
    """The film's world premiere facts whose venue text names the festival the sentence names
    (by one of `names`): every distinctive word of the name stands in the venue."""
    out = []
    for f in _firm(kb.facts(subject=film, predicate="premiere_date")):
        if str(f.qualifiers.get("kind") or "world premiere") != "world premiere":
            continue
        venue = set(_name_words(f.qualifiers.get("venue") or ""))
        for n in names:
            want = _name_words(n)
            if want and venue and all(w in venue for w in want):
                out.append(f)
                break
    return out


def _premiered_elsewhere(kb, film: str, fest: str, names: list,
                         said: str) -> Optional[Verdict]:
    """A world premiere the KB holds only as a dated showing (`premiere_date`) at another
    festival: refuted when every such fact (undisputed) names a festival, by its event or by a
    venue whose name says "festival", and none of them is the one said ("The Brutalist
    premiered at Cannes": its world premiere was at Venice). A film has one world premiere.
    Only for a festival the KB knows, whose every name is tried on the venue: a name it does
    not know may be another name of the venue's festival (the venue is free text)."""
    facts = [f for f in _firm(kb.facts(subject=film, predicate="premiere_date"))
             if str(f.qualifiers.get("kind") or "world premiere") == "world premiere"]
    if not facts or _venue_hit(kb, film, names):
        return None
    where = []
    for f in facts:
        event, venue = f.qualifiers.get("event"), str(f.qualifiers.get("venue") or "")
        if event and _festival_match(kb, event, fest):
            return None
        ent = kb.entity(event) if event else None
        if ent is not None and ent.type == "festival":
            where.append(venue or ent.label)
        elif "festival" in venue.lower().split():
            where.append(venue)
        else:
            return None   # a showing the KB does not place at a festival: not decided here
    return refuted(f"{L(kb, film)} had its world premiere at the {where[0]}, not at {said}.",
                   facts)


def _festival_names(kb, fest: Optional[str], said: Optional[str]) -> list:
    names = [said] if said else []
    ent = kb.entity(fest) if fest else None
    if ent is not None:
        names += [ent.label] + list(getattr(ent, "aliases", None) or [])
        fam = award_family(kb, fest)
        if fam and fam != fest and kb.entity(fam) is not None:
            names.append(kb.entity(fam).label)
    return names


def _before_first_shown(kb, film: str, edition: str) -> Optional[Verdict]:
    """No film screens at an edition that ended before its world premiere."""
    first = first_shown(kb, film)
    ended = _firm(kb.facts(subject=edition, predicate="end_date"))
    if first is None or not ended or str(ended[0].value) >= str(first.value):
        return None
    return refuted(f"{L(kb, film)} was first shown {at_date(first.value)} (its world "
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
        return supported(v.explanation.rstrip(".") + f", {at_date(str(ok[0].value))}.",
                         v.facts + ok)
    if any(_date_matches(c, str(f.value)) is None for f in days) or \
            c.slots.get("date_support_only"):
        # (or a date counted from the piece's own, which may be when it was updated)
        return nei(v.explanation, v.facts + days)
    # ("premiered at Cannes in September": a month alone, of no year, is still wrong: the
    # film premiered at that festival once, in the month the KB holds)
    return refuted(f"{L(kb, film)} premiered {at_date(str(days[0].value))}, not "
                   f"{_claimed_date_words(c)}.",
                   days + v.facts)

# -- festival editions as facts (the award and date checks use these) ---------------------------

def editions(kb, family: str) -> list:
    """The festival's editions the KB holds, each with its year."""
    out = []
    for f in kb.facts(predicate="edition_of", object_entity=family):
        e = kb.entity(f.subject)
        if e is not None and getattr(e, "year", None):
            out.append(e)
    return out


def first_year(kb, family: str) -> Optional[int]:
    """The year of the festival's first edition (its 1st, when the KB holds it)."""
    eds = editions(kb, family)
    first = [e for e in eds if e.label.split()[0] in ("1st",)]
    return first[0].year if first else None


def before_first(kb, award: str, year: Optional[int]) -> Optional[tuple[str, int]]:
    """(festival, first year) when the award is a festival's and the year is before the
    festival's first edition: no one won it then."""
    if not year:
        return None
    fam = award_family(kb, award)
    e = kb.entity(fam) if fam else None
    if e is None or e.type != "festival":
        for f in kb.facts(subject=award, predicate="part_of"):
            e = kb.entity(f.value) if isinstance(f.value, str) else None
            if e is not None and e.type == "festival":
                break
        else:
            return None
    start = first_year(kb, e.id)
    return (e.id, start) if start and year < start else None


def edition_year(kb, edition: str) -> Optional[int]:
    """The year of a festival's edition (its entity's), when it is a festival's edition."""
    e = kb.entity(edition)
    if e is None or e.type != "festival" or not getattr(e, "year", None):
        return None
    if award_family(kb, edition) in (None, edition):
        return None
    return e.year


def before_festival(kb, c, award: str, who: str, year: Optional[int], pol: str):
    """"won the Palme d'Or in 1942", "competed for it in 1940": a festival's prize in a year
    before its first edition was won (or competed for) by no one. Said of a film or person the
    KB knows (never of one it lacks)."""
    pre = before_first(kb, award, year) if kb.entity(who) else None
    if pre is None or c.slots.get("support_only"):
        return None
    fam, start = pre
    first = [f for f in kb.facts(predicate="edition_of", object_entity=fam)
             if getattr(kb.entity(f.subject), "year", None) == start]
    what = "awarded" if pol == "won" else "competed for"
    return refuted(f"The {L(kb, fam)} was first held in {start}, so no {L(kb, award)} was "
                   f"{what} in {year}.", first[:1])


def festival_held(kb, c, edition: str):
    """"The 76th Cannes Film Festival was held in 2023", "Cannes 2022 took place in May": the
    edition's year is its entity's; a month or day must fall within its run (start and end
    dates, when the KB holds them; else it is not checked)."""
    ey = edition_year(kb, edition)
    if ey is None:
        return None
    y, m, d = c.slots.get("year"), c.slots.get("month"), c.slots.get("day")
    if c.slots.get("ago") or not (y or m):
        return None
    name = L(kb, edition)
    if y and y != ey:
        return refuted(f"The {name} was held in {ey}, not {y}.",
                       kb.facts(subject=edition, predicate="edition_of")[:1])
    if m is None:
        return supported(f"The {name} was held in {ey}.",
                         kb.facts(subject=edition, predicate="edition_of")[:1])
    starts = _firm(kb.facts(subject=edition, predicate="start_date"))
    ends = _firm(kb.facts(subject=edition, predicate="end_date"))
    if not starts or not ends:
        return None
    first, last = tuple(_date_parts(str(starts[0].value))), tuple(_date_parts(str(ends[0].value)))
    run = f"from {fmt_date(str(starts[0].value))} to {fmt_date(str(ends[0].value))}"
    if d is not None:
        ok = first <= (ey, m, d) <= last
    else:
        ok = first[:2] <= (ey, m) <= last[:2]
    if ok:
        return supported(f"The {name} ran {run}.", starts[:1] + ends[:1])
    return refuted(f"The {name} ran {run}, not {'then' if d else 'in that month'}.",
                   starts[:1] + ends[:1])


def competed_once(kb, c, award: str, who: str, year: Optional[int]):
    """"Anora competed for the Palme d'Or in 2023": a film is in a festival's competition at
    one edition only (its world premiere's), so the edition the KB records for its run at the
    prize decides any other year. Said of a film only (a director competes again and again)."""
    e = kb.entity(who)
    if not year or e is None or e.type != "film" or c.slots.get("support_only") \
            or not _festival_prize(kb, award):
        return None
    ran = [f for p in ("nominated_for", "award_received") for f in kb.facts(subject=who, predicate=p)
           if f.value == award and not f.disputed]
    eds = {f.qualifiers.get("ceremony") for f in ran}
    if len(eds) != 1 or None in eds:
        return None
    ed = next(iter(eds))
    ey = edition_year(kb, ed)
    if ey is None or ey == year:
        return None
    return refuted(f"{L(kb, who)} was in the running for the {L(kb, award)} at the {L(kb, ed)} "
                   f"({ey}), not in {year}; a film competes at one edition only.", ran[:1])


def _shown_at(kb, film: str, fam: str) -> set:
    """The editions of festival `fam` at which the KB records a film premiered or screened."""
    return {f.value for p in ("premiered_at", "festival_screening")
            for f in kb.facts(subject=film, predicate=p)
            if not f.disputed and award_family(kb, f.value) == fam and f.value != fam}


def never_won_top(kb, c, award: str, who: str) -> Optional[Verdict]:
    """"Emilia Pérez won the Palme d'Or", no year said: a film the KB knows that is not among
    the prize's winners, a list the KB holds complete for every year the film could have
    competed in (the year of the edition it premiered or screened at; else its own year and
    the ones either side), never won it. Said of a film only (a person's name may be another
    person's), whose title names no winner of any year."""
    e = kb.entity(who)
    fam = award_family(kb, award)
    if e is None or e.type != "film" or not fam or not _festival_prize(kb, award) \
            or c.slots.get("polarity") != "won" or c.slots.get("support_only") \
            or c.slots.get("antecedent_skipped"):
        return None
    years = {edition_year(kb, ed) for ed in _shown_at(kb, who, fam)} - {None}
    if not years and getattr(e, "year", None):
        years = {e.year - 1, e.year, e.year + 1}
    if not years or not all(kb.is_complete("award_received", object_entity=award,
                                           qualifiers={"year": y}) for y in years):
        return None
    wins = [f for f in kb.facts(predicate="award_received", object_entity=award)
            if f.qualifiers.get("year") in years]
    if any(involves(f, who, kb) for f in wins) or named_among(kb, L(kb, who), wins):
        return None
    if named_among(kb, L(kb, who), kb.facts(predicate="award_received", object_entity=award)):
        return None   # a title a winner of another year bears too ("The Turning Point"):
        # the film meant may be that namesake
    shown = sorted(_shown_at(kb, who, fam), key=lambda ed: edition_year(kb, ed) or 0)
    where = f"; it was shown at the {L(kb, shown[0])}" if shown else ""
    held = [f for f in wins if not shown or f.qualifiers.get("ceremony") == shown[0]]
    went = f", where the {L(kb, award)} went to {_winner_names(kb, held)}" \
        if shown and held else ""
    return refuted(f"{L(kb, who)} is not among the {L(kb, award)} winners, which the KB holds "
                   f"complete{where}{went}.", held[:2])


def second_to_top(kb, c, award: str, who: str) -> Optional[Verdict]:
    """"Anatomy of a Fall won Cannes' Grand Prix": a show's second prize (`categories.top`
    `second`) said of a film the KB records as the winner of the show's top prize (`of`) at
    the edition it competed at (the year said, if any): a film takes one of the two, the top
    prize. A year in which the second prize's name was the top prize's (`festivals.
    former_names`) is read by `former_name`. Said of a film, or of a person with the film
    named ("Bong Joon-ho won the Grand Prix for Parasite": the film's prize is the claim's);
    never of a person alone (a director may take each prize, for two films)."""
    top = lexicon().categories.get("top", {})
    fam = award_family(kb, award)
    first = (top.get("of") or {}).get(fam or "")
    e = kb.entity(who)
    work = c.slots.get("for_work")
    if e is not None and e.type == "person" and work and (c.slots.get("works") or [work]) \
            == [work] and getattr(kb.entity(work), "type", None) == "film":
        who, e = work, kb.entity(work)
    if not first or (top.get("second") or {}).get(fam) != award or e is None \
            or e.type != "film" or c.slots.get("polarity") != "won" or c.slots.get("support_only") \
            or c.slots.get("antecedent_skipped") or not _festival_said(kb, c, fam, award):
        return None
    spans = [tuple(x) for x in lexicon().section("festivals").get("former_names", {}).get(
        award, {}).get("years", ())]
    year = c.slots.get("year") or edition_year(kb, c.slots.get("ceremony") or "")
    wins = [f for f in kb.facts(subject=who, predicate="award_received")
            if f.value == first and not f.disputed and f.qualifiers.get("year")
            and (not year or f.qualifiers["year"] == year)
            and not any(a <= f.qualifiers["year"] <= b for a, b in spans)]
    if not wins:
        return None
    w = wins[0]
    at = f" at the {L(kb, w.qualifiers['ceremony'])}" if w.qualifiers.get("ceremony") else ""
    return refuted(f"{L(kb, who)} won the {L(kb, first)}, the festival's top prize{at} "
                   f"({w.qualifiers['year']}), not the {L(kb, award).split(' (')[0]}, its "
                   f"second prize.", wins[:1])


def unheld_prize(kb, c, family: Optional[str]) -> Optional[str]:
    """"won best actress at Cannes", "the Jury Prize at Cannes": a festival's prize the KB
    does not hold, named so in an explanation (never read as another show's: the Oscars')."""
    phrase = (c.slots.get("award_phrase") or "").strip()
    show = kb.entity(family) if family else None
    if show is None or show.type != "festival" or not phrase or family in {
            e.id for e in kb.entities_by_name(phrase)}:
        return None
    nouns = lexicon().qualifiers.get("award_nouns", ())
    words = phrase.split()
    tail = " prize" if words[-1].lower().rstrip("s") not in nouns and (
        phrase.islower() or words[0].lower() == "best") else ""   # ("best actress")
    return f"The KB does not hold the {show.label}'s {phrase.removeprefix('the ')}{tail}."


def _festival_said(kb, c, fam: str, award: str) -> bool:
    """Whether the claim's own words name the festival `fam`: the festival or an edition of
    it, or the prize by a name that holds the festival's ("the Cannes Grand Prix"; a bare "the
    Grand Prix" may be another festival's); a prize said by its rank ("Cannes' runner-up
    prize", no name of the prize said) is the festival's the reader found for it."""
    generic = set(lexicon().section("festivals").get("generic_name_words", ()))
    own = {fold(w) for w in L(kb, fam).split()} - {fold(w) for w in generic}
    clauses = c.slots.get("stated_slots") or ()
    if clauses and not any(s[0] == "entity" and s[2] == award for cl in clauses for s in cl):
        return True
    for clause in clauses:
        for s in clause:
            if s[0] != "entity" or not s[2]:
                continue
            if s[2] != award and (s[2] == fam or award_family(kb, s[2]) == fam):
                return True
            if s[2] == award and own & {fold(w) for w in str(s[1]).split()}:
                return True
    return False


def _festival_prize(kb, award: str) -> bool:
    fam = award_family(kb, award)
    e = kb.entity(fam) if fam else None
    return e is not None and e.type == "festival"


def former_name(kb, c, award: Optional[str], who: str):
    """(award to check, verdict or None) for a prize written by a name another prize bore in
    some years (`festivals.former_names`): "won the Grand Prix at Cannes in 1946" is the top
    prize of 1946 (checked as such); with no year, a top-prize win in those years supports it
    (one outside them, or none, leaves it open: the later prize of that name is another)."""
    spec = lexicon().section("festivals").get("former_names", {}).get(award or "")
    if not spec:
        return award, None
    spans = [tuple(x) for x in spec.get("years", ())]
    named = lambda y: y is not None and any(a <= y <= b for a, b in spans)  # noqa: E731
    year = c.slots.get("year") or edition_year(kb, c.slots.get("ceremony") or "")
    if year:
        return (spec["as"], None) if named(year) else (award, None)
    if c.slots.get("polarity") != "won":
        return award, None
    wins = [f for f in kb.facts(subject=who, predicate="award_received")
            if f.value == spec["as"] and not f.disputed
            and named(f.qualifiers.get("year") or edition_year(kb, f.qualifiers.get(
                "ceremony") or ""))]
    if not wins:
        return award, None
    y = wins[0].qualifiers.get("year") or edition_year(kb, wins[0].qualifiers["ceremony"])
    return award, supported(f"{L(kb, who)} won the {L(kb, spec['as'])} in {y}, when it was "
                            f"called the {L(kb, award).split(' (')[0]}.", wins[:1])


def unknown_president(kb, c) -> Optional[Verdict]:
    """A jury president the KB does not know, at an edition whose one president it holds
    under another name: refuted ("Jane Roe presided over the jury at the 77th")."""
    ed, name = c.slots.get("edition"), c.slots.get("subject_name")
    if not ed or not name:
        return None
    pres, facts = _presidents(kb).get(ed, (set(), []))
    if not pres or any(same_name(name, L(kb, p)) for p in pres):
        return None
    return refuted(f"The jury of the {L(kb, ed)} was presided over by "
                   f"{_names(kb, pres)}, not {name}.", facts[:1])


def _presidents(kb) -> dict:
    """{edition: ({president}, facts)}: whom the KB records presiding over an edition's jury,
    as a `jury_president` fact of the edition (its set declared complete) or a qualifier of a
    prize the jury gave there."""
    out: dict = {}
    for f in kb.facts(predicate="award_received"):
        ed, who = f.qualifiers.get("ceremony"), f.qualifiers.get("jury_president")
        if ed and who and not f.disputed:
            got = out.setdefault(ed, (set(), []))
            got[0].add(who)
            got[1].append(f)
    for f in _firm(kb.facts(predicate="jury_president")):
        if kb.is_complete("jury_president", f.subject):
            got = out.setdefault(f.subject, (set(), []))
            got[0].add(f.value)
            got[1].append(f)
    return out


def _names(kb, people) -> str:
    return " and ".join(sorted(L(kb, p) for p in people))


@check("jury")
def jury(kb, c):
    """A festival jury's president: an edition has one, so the KB's president of the edition
    the sentence names decides it; with no edition named, a person the KB records as some
    edition's president supports it (nothing refutes it)."""
    who, ed = c.slots["subject"], c.slots.get("edition")
    by_ed = _presidents(kb)
    if ed is None:
        # a year the sentence gives is part of the claim: another year's presidency is not it
        year = c.slots.get("year")
        mine = [(e, fs) for e, (pres, fs) in by_ed.items() if who in pres
                and (not year or edition_year(kb, e) == year)]
        if mine:
            cer, fs = mine[0]
            return supported(f"{L(kb, who)} presided over the jury of the {L(kb, cer)}.",
                             fs[:1])
        return None
    pres, facts = by_ed.get(ed, (set(), []))
    if not pres:
        return None
    if who in pres:
        return supported(f"{L(kb, who)} presided over the jury of the {L(kb, ed)}.", facts[:1])
    return refuted(f"The jury of the {L(kb, ed)} was presided over by {_names(kb, pres)}, not "
                   f"{L(kb, who)}.", facts[:1])


@check("jury_member")
def jury_member(kb, c) -> Optional[Verdict]:
    """A member of a festival jury: the edition's jury, where the KB lists it whole
    (`jury_member` declared complete), decides it, a name the KB lacks included (also
    `verify.UNKNOWN_SUBJECT`); with no
    edition named, a membership the KB records anywhere supports it (nothing refutes it)."""
    who, ed = c.slots.get("subject"), c.slots.get("edition")
    name = L(kb, who) if who else c.slots.get("subject_name", "")
    if ed is None:
        mine = _firm(kb.facts(predicate="jury_member", object_entity=who)) if who else []
        if mine:
            return supported(f"{name} sat on the jury of the {L(kb, mine[0].subject)}.",
                             mine[:1])
        return None
    facts = _firm(kb.facts(subject=ed, predicate="jury_member"))
    if who and any(f.value == who for f in facts):
        got = [f for f in facts if f.value == who]
        return supported(f"{name} sat on the jury of the {L(kb, ed)}.", got[:1])
    if not facts or not kb.is_complete("jury_member", ed) or c.slots.get("support_only"):
        return None
    if not who and any(same_name(name, L(kb, f.value)) for f in facts):
        return None   # a member's name written another way: not someone else
    names = sorted(L(kb, f.value) for f in facts)
    return refuted(f"The jury of the {L(kb, ed)} was {', '.join(names[:-1])} and {names[-1]}; "
                   f"{name} was not on it.", facts[:1])


@check("jury_size")
def jury_size(kb, c) -> Optional[Verdict]:
    """How many sat on an edition's jury ("the nine-member jury"), where the KB lists the jury
    whole (`jury_member` declared complete). Its members counted apart from its president
    ("its eight members besides Gerwig") are one fewer: a count of members may be either."""
    ed, said = c.slots.get("edition"), c.slots.get("count")
    facts = _firm(kb.facts(subject=ed, predicate="jury_member")) if ed else []
    if not facts or not kb.is_complete("jury_member", ed):
        return None
    n = len({f.value for f in facts})
    heads = _firm(kb.facts(subject=ed, predicate="jury_president"))
    ok = {n} | ({n - 1} if c.slots.get("counted") == "member" and heads else set())
    if said in ok:
        return supported(f"The jury of the {L(kb, ed)} had {n} members"
                         + ((f": its president {L(kb, heads[0].value)} and {n - 1} more"
                             if said == n - 1 else
                             f", its president {L(kb, heads[0].value)} among them")
                            if heads else "") + ".", facts[:1] + heads[:1])
    return refuted(f"The jury of the {L(kb, ed)} had {n} members, not {said}.",
                   facts[:1] + heads[:1])


@check("edition_identity")
def edition_identity(kb, c):
    """"The 2024 festival was the 75th edition": two names of editions the KB holds (each with
    its year and number) are one edition or not."""
    a, b = c.slots["subject"], c.slots["other"]
    facts = kb.facts(subject=a, predicate="edition_of")[:1] + \
        kb.facts(subject=b, predicate="edition_of")[:1]
    if a == b:
        return supported(f"The {L(kb, a)} was held in {edition_year(kb, a)}.", facts[:1])
    ya, yb = edition_year(kb, a), edition_year(kb, b)
    if ya is None or yb is None:
        return None
    return refuted(f"The {L(kb, a)} was held in {ya}; the {L(kb, b)} in {yb}: not the same "
                   f"edition.", facts)


_RANK_WORDS = {1: "top", 2: "second", 3: "third", 4: "fourth"}


@check("prize_rank")
def prize_rank(kb, c) -> Optional[Verdict]:
    """"the Grand Prix, the festival's top prize": the rank a show's prize holds is 1 for the
    show's top prize and 2 for its second (`categories.top` `of`, `second`; one prize each, so
    the rank of either is known and a rank said of it otherwise is wrong). A prize that was the
    top prize under its name in some years (`festivals.former_names`) has its rank decided by the
    sentence's years, else the year of the film said to win it; with neither it stays open. The
    verdict rests on the KB's notes about the prize (none: open)."""
    award, fam, said = c.slots.get("award"), c.slots.get("family"), c.slots.get("rank")
    top = lexicon().categories.get("top", {})
    if not award or not fam or not said:
        return None
    if award == (top.get("of") or {}).get(fam):
        actual = 1
    elif award == (top.get("second") or {}).get(fam):
        actual = 2
    else:
        return None
    spans = [tuple(x) for x in lexicon().section("festivals").get("former_names", {}).get(
        award, {}).get("years", ())]
    when = None
    if spans:
        years = c.slots.get("years") or ([c.slots["winner_year"]]
                                         if c.slots.get("winner_year") else [])
        if not years:
            return nei(f"The {L(kb, award).split(' (')[0]} was once {L(kb, fam)}'s top prize; "
                       f"the sentence does not say which year it speaks of.")
        named = [any(a <= y <= b for a, b in spans) for y in years]
        if any(named) != all(named):
            return None   # years on both sides of the renaming
        if all(named):
            actual = 1
        when = max(years)
    facts = _firm(f for f in kb.facts_involving(award, "statement")
                  if f.subject == award or award in (f.qualifiers.get("about") or ()))
    if not facts:
        return None
    name = L(kb, award).split(" (")[0]
    at = f" in {when}" if when else ""
    word = _RANK_WORDS.get(actual, str(actual))
    if actual == said:
        return supported(f"The {name} is {L(kb, fam)}'s {word} prize{at}.", facts[:2])
    other = "" if actual == 1 else \
        f"; the top prize is the {L(kb, (top.get('of') or {}).get(fam)).split(' (')[0]}"
    return refuted(f"The {name} is {L(kb, fam)}'s {word} prize{at}, not its "
                   f"{_RANK_WORDS.get(said, str(said))}{other}.", facts[:2])
