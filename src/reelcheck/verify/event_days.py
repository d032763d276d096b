"""When the events a piece tells happened, as the KB dates them: a prize's night (a ceremony's
date, a festival's closing day), a premiere's or a release's day, the days of an edition, a day
the sources dispute as the span of their values, an edition dated only by its year. The claims
on the time between two events (claims/intervals.py; checked in verify/dates.py `gap_claim`)
get each side's dates here (`date_gaps`)."""
from __future__ import annotations

from datetime import date
from typing import Optional

from ..model import Claim


def date_gaps(kb, gaps: list[Claim], done: list[Claim], facts: dict, eds: set) -> None:
    """Give each side of a gap the days of the events its claims tell, as the KB bears them
    out: the nights or closing days of the editions of a prize won, the day of a world
    premiere (a side whose claim did not hold has none); a side that is a show named without
    its edition ("after the Oscars") is the one edition of it among those the piece's claims
    are about (`eds`), if there is one."""
    by_span: dict = {}
    for c in done:
        if c.verdict == "supported":
            by_span.setdefault((c.start, c.end), []).append(c)
    for g in gaps:
        for side in ("first", "second"):
            days = {}
            for span in g.slots[side]:
                for c in by_span.get(tuple(span), ()):
                    got = [_event_when(kb, f) for f in facts.get(id(c)) or ()
                           if f.predicate in _EVENT_FACTS]
                    got += [_event_when(kb, f) for f in namesake_wins(kb, c, facts.get(id(c)))]
                    if any(got) and not all(got):
                        continue   # one of the events the claim tells is not dated: it
                        # may be the one meant ("his first Palme" of two)
                    for when, fid in (x for ds in got for x in ds):
                        days.setdefault(when, fid)
            for ed in g.slots.get(side + "_editions") or ():   # the show's own days
                if not kb.facts(subject=ed, predicate="edition_of"):   # a show: the piece's
                    ed = _the_edition(kb, ed, eds, g.slots.get("subject"))   # one edition
                got = [(str(d.value), d.id) for d in _edition_days(kb, ed)] if ed else []
                if ed and not got:   # an edition the KB dates by its year alone
                    got = [(str(e.year), f.id) for f in kb.facts(subject=ed, predicate="edition_of")
                           if (e := kb.entity(ed)) is not None and e.year][:1]
                for when, fid in got:
                    days.setdefault(when, fid)
            g.slots[side + "_days"] = sorted(days.items())


def namesake_wins(kb, c: Claim, held) -> list:
    """The wins of the same prize by the other KB films of the title a side's claim names,
    when the claim dates its win by nothing of its own (no edition, no year): "29 years after
    A Star Is Born won Best Original Song" may mean the 1976 film or the 2018 one, both of
    which won it, so either night is a reading of the side (the gap holds when one of them
    bears it out, and is refuted by neither alone)."""
    wins = [f for f in held or () if f.predicate == "award_received"]
    if not wins or c.slots.get("ceremony") or c.slots.get("year") or \
            not hasattr(kb, "entities_by_name"):
        return []
    out = []
    for film in {f.subject for f in wins}:
        e = kb.entity(film)
        if e is None or e.type != "film":
            continue
        for o in kb.entities_by_name(e.label, "film"):
            if o.id == film or o.label != e.label or o.year and str(o.year) in c.text:
                continue
            out += [f for f in kb.facts(subject=o.id, predicate="award_received")
                    if any(f.value == w.value for w in wins if w.subject == film)]
    return out


def measured_sides(gaps: list[Claim], done: list[Claim]) -> list[tuple[Claim, list]]:
    """(claim, what it leaves unchecked but the gap's measure) of each event's claim that a
    gap is told over and that left unchecked the gap's own measure ("22 years after he won it
    for The Pianist": the award claim of the "after" clause holds "22 years" unchecked). The
    measure is the gap's slot: the event's claim is to be judged without it."""
    out = []
    for c in done:
        left = c.slots.get("unchecked") or []
        if c.verdict != "not_enough_info" or not left:
            continue
        over = [g for g in gaps if any(tuple(s) == (c.start, c.end) for side in (
            "first", "second") for s in g.slots.get(side) or ())]
        rest = [u for u in left if not any(u in g.text for g in over)]
        if over and len(rest) < len(left):
            out.append((c, rest))
    return out


_EVENT_FACTS = ("award_received", "premiere_date", "release_date", "premiered_at", "distributor")


def _the_edition(kb, show: str, eds: set, subject: Optional[str]) -> Optional[str]:
    """The edition of a show a piece means by the show's bare name ("before the Oscars"): the
    one edition of it among those the piece's claims are about, else the one at which the
    clause's subject was nominated or won; None when neither names one."""
    def of_show(e):
        return any(f.value == show for f in kb.facts(subject=e, predicate="edition_of"))
    mine = {e for e in eds if of_show(e)}
    if not mine and subject:
        mine = {f.qualifiers.get("ceremony") for pred in ("award_received", "nominated_for")
                for f in kb.facts_involving(subject, pred)} - {None}
        mine = {e for e in mine if of_show(e)}
    if not mine and subject:
        mine = _same_season(kb, show, subject)
    return mine.pop() if len(mine) == 1 else None


# how far apart two ceremonies of one awards season are at most (the Golden Globes in early
# January, the Oscars in March); a yearly show's editions are a year apart
_SEASON_DAYS = 100


def _same_season(kb, show: str, subject: str) -> set:
    """"The 97th Academy Awards were held two weeks after the BAFTAs": a ceremony the clause
    names, measured against another show named bare, is measured against that show's ceremony
    of the same awards season -- its one edition held within `_SEASON_DAYS` of the named one.
    Only ceremonies: a festival's edition (Cannes in May) belongs to no season of prizes."""
    e = kb.entity(subject)
    if e is None or e.type != "ceremony":
        return set()
    days = _edition_days(kb, subject)
    if len(days) != 1:
        return set()
    at = date.fromisoformat(str(days[0].value)[:10])
    out = set()
    for f in kb.facts(predicate="edition_of", object_entity=show):
        x = kb.entity(f.subject)
        if x is None or x.type != "ceremony":
            continue
        near = [d for d in _edition_days(kb, f.subject) if len(str(d.value)) >= 10 and abs(
            (date.fromisoformat(str(d.value)[:10]) - at).days) <= _SEASON_DAYS]
        if near:
            out.add(f.subject)
    return out


def _event_when(kb, f) -> list:
    """[(when, fact id)] of a fact's event: its days (`_event_days`), else, a prize won at an
    edition the KB does not date to the day, the edition's year ("1994"); a distribution
    credit, the month or day its rights were bought (its `acquired` qualifier)."""
    if f.predicate == "distributor":
        return [(str(f.qualifiers["acquired"]), f.id)] if f.qualifiers.get("acquired") else []
    got = [(str(d.value), d.id) for d in _event_days(kb, f)]
    if not got:   # a day the KB's sources dispute: the days they give, as one span
        got = [(f"{min(ds)}..{max(ds)}", d.id) for d in _event_days(kb, f, disputed=True)
               if (ds := [str(x) for x in [d.value] + [v.get("value") for v in (
                   d.disputed_values or [])] if len(str(x)) == 10])]
    if got or f.predicate != "award_received" or not f.qualifiers.get("ceremony"):
        return got
    e = kb.entity(f.qualifiers["ceremony"])
    year = e.year if e is not None and e.year else f.qualifiers.get("year")
    return [(str(year), f.id)] if year else []


def _event_days(kb, f, disputed: bool = False) -> list:
    """The day-precise dates a fact's event happened on: a prize's night, a premiere's day
    (`disputed`: instead the day facts whose sources disagree)."""
    if f.predicate == "award_received" and f.qualifiers.get("ceremony"):
        got = _prize_day_facts(kb, f.qualifiers["ceremony"])
    elif f.predicate in ("premiere_date", "release_date"):
        got = [f]
    elif f.predicate == "premiered_at":   # the day of the premiere at that event
        got = [d for d in kb.facts(subject=f.subject, predicate="premiere_date")
               if d.qualifiers.get("event") == f.value]
    else:
        got = []
    return [d for d in got if len(str(d.value)) == 10 and bool(d.disputed) == disputed]


def _edition_days(kb, ed: str) -> list:
    """The day-precise, undisputed days an edition was held on: a ceremony's night, a
    festival's opening and closing days."""
    return [f for f in kb.facts(subject=ed, predicate="ceremony_date")
            + kb.facts(subject=ed, predicate="start_date") + kb.facts(subject=ed, predicate="end_date")
            if not f.disputed and len(str(f.value)) == 10]


def prize_days(kb, ed: str) -> list:
    """The undisputed dates an edition gave its prizes on: a ceremony's date, a festival
    edition's closing day."""
    return [f for f in _prize_day_facts(kb, ed) if not f.disputed]


def _prize_day_facts(kb, ed: str) -> list:
    """Every date fact of the day an edition gave its prizes on, disputed or not."""
    return kb.facts(subject=ed, predicate="ceremony_date") + kb.facts(subject=ed,
                                                                      predicate="end_date")
