"""Festival checks: where and when a film was shown or premiered, against the festival run the KB
holds (a film shown before its first showing, the day of a premiere)."""
from __future__ import annotations

from typing import Optional

from ..kb.awards import award_family
from .checks import L, Verdict, _firm, check, nei, refuted, supported
from .datematch import _claimed_date_words, _date_matches
from .editions import first_shown
from .words import fmt_date


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
