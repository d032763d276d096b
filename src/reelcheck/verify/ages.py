"""Age checks: a person's age on a date or at an event, from the birth date the KB holds."""
from __future__ import annotations

from calendar import monthrange
from dataclasses import replace
from datetime import date
from typing import Optional

from ..kb.awards import award_family
from .checks import L, Verdict, check, nei, refuted, supported
from .datematch import _date_parts
from .editions import _ord, involves
from .words import fmt_date


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
        # (a win: the editions it was won at; the film it is for narrows them further)
        pred = "award_received" if c.slots.get("at_won") else "nominated_for"
        facts = [f for f in kb.facts_involving(who, pred) if f.value == c.slots["at_award"]
                 and (f.subject == who or who in (f.qualifiers.get("recipients") or []))]
        eds = {f.qualifiers.get("ceremony") for f in _for_work(facts, c.slots.get("at_work"))}
        event = next(iter(eds)) if len(eds) == 1 else None
        if len(eds) > 1 and c.slots.get("at_won"):
            # "won Best Actor at 83" of a two-time winner: it holds if it holds at one of the
            # wins; the sentence does not say which, so it is never refuted
            return _held_at_one(kb, c, eds, "at_award")
    if event is None and c.slots.get("at_work") and not c.slots.get("at_award") \
            and not c.slots.get("at_family"):
        # "won her second for Poor Things at 35", no prize named: the age at a win for the
        # film; of several such nights it holds if it holds at one, and is never refuted
        pred = "award_received" if c.slots.get("at_won") else "nominated_for"
        eds = sorted({f.qualifiers.get("ceremony") for f in _for_work(
            [f for f in kb.facts_involving(who, pred) if involves(f, who, kb)
             and not f.disputed], c.slots["at_work"])} - {None})
        if len(eds) != 1:
            return _held_at_one(kb, c, eds, "at_work")
        event = eds[0]
    if event is None and c.slots.get("at_family"):
        # "made her an Oscar winner at 25": the age at the one edition of the family she won at
        eds = {f.qualifiers.get("ceremony") for f in _for_work(
               [f for f in kb.facts_involving(who, "award_received")
                if involves(f, who, kb) and award_family(kb, f.value) == c.slots["at_family"]
                and not f.disputed], c.slots.get("at_work"))}
        if c.slots.get("at_first") and None not in eds and len(eds) > 1:
            # "was 28 when she first won": the earliest of those editions, when each is dated
            years = {e: getattr(kb.entity(e), "year", None) for e in eds}
            if all(years.values()) and len(set(years.values())) == len(eds):
                eds = {min(eds, key=lambda e: int(years[e]))}
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
    # they all agree on the age. A festival runs for days: a birthday during its run makes
    # the age at its opening and at its close differ, and the sentence's time may be either
    ends = [] if ev_dates[0].predicate == "ceremony_date" else \
        kb.facts(subject=event, predicate="end_date")
    ages = set()
    for ev in [ev_dates[0].value] + [dv["value"] for dv in (ev_dates[0].disputed_values or [])] \
            + [f.value for f in ends[:1]]:
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
    if max(ages) < 0:
        return None   # an event before the birth is not the one the age is at
    facts = dobs[:1] + ev_dates[:1]
    exact = None if ev_dates[0].disputed or ends else _age_in_days(dobs, ev_dates[0].value,
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
        born = "" if len(dobs) != 1 or dobs[0].disputed else \
            f" (born {fmt_date(dobs[0].value, dobs[0].precision)})"
        held = fmt_date(ev_dates[0].value) + (f" to {fmt_date(ends[0].value)}" if ends else "")
        return refuted(f"{L(kb, who)}{born} was {real} at the {L(kb, event)} "
                       f"({held}), not {n}.", facts + ends[:1]), ages
    return None


def _held_at_one(kb, c, eds, read: str) -> Optional[tuple[Verdict, set]]:
    """The age supported at one of several editions (`read`, the slot that found them, left
    out so each is judged as the event itself), else None: the sentence does not say which,
    so it is never refuted."""
    got_all = []
    for ed in sorted(e for e in eds if e):
        got = _age(kb, replace(c, slots=dict(c.slots, event=ed, **{read: None})))
        if got is not None and got[0].verdict == "supported":
            return got
        got_all.append((ed, got))
    # ... unless it is wrong at every one of them, and they are all of the holder's wins of
    # the prize (a complete record): "won the Best Actor Oscar at 45" of winners at 29 and 51
    aw = c.slots.get("at_award")
    # (the show named: one only assumed may be another's, whose winners the KB may lack)
    if read == "at_award" and aw and c.slots.get("at_won") and not c.slots.get("at_assumed") \
            and len(got_all) > 1 and all(
            g is not None and g[0].verdict == "refuted" for _e, g in got_all) and all(
            kb.is_complete("award_received", object_entity=aw, qualifiers={"ceremony": e})
            for e, _g in got_all) and kb.is_complete(
            "award_received", subject=c.slots["subject"],
            qualifiers={"family": award_family(kb, aw)}):
        real = set().union(*(g[1] for _e, g in got_all))
        told = "; ".join(g[0].explanation.rstrip(".") for _e, g in got_all)
        return refuted(f"{L(kb, c.slots['subject'])} was not {c.slots['age']} at any win of "
                       f"the {L(kb, aw)}: {told}.",
                       [f for _e, g in got_all for f in g[0].facts][:4]), real
    return None


def _for_work(facts: list, work: Optional[str]) -> list:
    """The award facts for `work` (the film the sentence names for the win), when it names one
    and some are for it; else all of them."""
    if not work:
        return facts
    return [f for f in facts if f.qualifiers.get("for_work") == work] or facts


def _age_as_of(kb, slots: dict, at: Optional[str] = None) -> Optional[tuple[Verdict, set]]:
    """An age in a year only: told as the subject's age now ("Jane Roe, 53,") in a piece
    written in or after the year `as_of` (the latest it names), or at an edition the KB dates
    by its year (`at`). It supports an age the person has in that year and never refutes: a
    piece may name a later year than the one it was written in, and a year is not a day."""
    who, n, year = slots["subject"], slots["age"], slots.get("as_of")
    dobs = kb.facts(subject=who, predicate="date_of_birth")
    if not year or len(dobs) != 1:
        return None
    if slots.get("as_of_date") and not dobs[0].disputed:
        got = _age_since(kb, who, n, dobs[0], slots["as_of_date"], slots["as_of_event"])
        if got is not None:
            return got
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


def _age_since(kb, who: str, n: int, dob, day: str, ed: str) -> Optional[tuple[Verdict, set]]:
    """An age now in a piece written after `day`, the night of the latest prize it reports as
    won: the age that day, or the next, holds; any other is left open (a younger one cannot
    be right if the piece was written after that night, but the day it was written is a
    guess). None when the birth date is not a full date."""
    (y, m, d), (ey, em, ed_) = _date_parts(str(dob.value)), _date_parts(day)
    if None in (m, d, em, ed_):
        return None
    a = ey - y - ((em, ed_) < (m, d))
    then = f"{a} at the {L(kb, ed)} ({fmt_date(day)}), the latest event the piece reports"
    said = f"{L(kb, who)} was born on {fmt_date(dob.value, dob.precision)}, so {then}"
    if n in (a, a + 1):
        return supported(f"{said}.", [dob]), {a, a + 1}
    # another age is open, never refuted: when the piece was written is a guess
    return nei(f"{said}; the piece was written after it, when {L(kb, who)} was {a} or "
               f"older, not {n} (when it was written the text does not say).", [dob]), {a, a + 1}


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


def _days_old(kb, who: str, ceremony: Optional[str]) -> Optional[tuple[int, int]]:
    """(fewest, most days old, fewest, most whole years old) a person was at an edition, over
    every date sources give the birth and the edition (disputed ones too; a birth known to the
    year or month only spans it); None where either is not known."""
    ev = kb.facts(subject=ceremony, predicate="ceremony_date") if ceremony else []
    dobs = kb.facts(subject=who, predicate="date_of_birth")
    if not ev or not dobs:
        return None
    spans, years = [], []
    for e in [ev[0].value] + [dv["value"] for dv in (ev[0].disputed_values or [])]:
        on = _date_parts(str(e))
        if None in on:
            return None
        for f in dobs:
            for v in [f.value] + [dv["value"] for dv in (f.disputed_values or [])]:
                y, m, d = _date_parts(str(v))
                first = date(y, m or 1, d or 1)
                last = date(y, m or 12, d or monthrange(y, m or 12)[1])
                spans += [(date(*on) - last).days, (date(*on) - first).days]
                years += [_whole_years(last, date(*on)), _whole_years(first, date(*on))]
    return min(spans), max(spans), min(years), max(years)


def _whole_years(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _years(d: tuple) -> str:
    """The whole years of `_days_old` ("29", or "29 or 30" where the dates leave both)."""
    return str(d[2]) if d[2] == d[3] else f"{d[2]} or {d[3]}"


def age_rank(kb, c, who: str, aw: str, firm: list) -> Verdict:
    """"Brody became the youngest man to win Best Actor": of the category's winners (people),
    the subject was the youngest (oldest) at the win, over the winners up to that edition
    (said in the past: "became", "was") or every winner since too (said in the present:
    "is", "remains"). Supported only where the KB holds every edition's winners of that
    span, each one's birth and the edition's day; refuted by a winner up to that edition
    surely younger (older), whom every reading counts."""
    from .awards import _history_complete
    from .editions import ceremony_year
    spec, word = c.slots["age_rank"], c.slots["age_rank"]["rank"]
    spec["read"] = True   # (the claim's account takes the rank word as judged here)
    young = word == "youngest"
    narrows = spec.get("class") and not any(w in L(kb, aw).lower() for w in spec["class"])
    if narrows or getattr(kb.entity(who), "type", None) != "person":
        # "the youngest woman to win Best Director": a part of the winners the KB cannot
        # single out
        return nei(f"The KB cannot single out the winners of the {L(kb, aw)} the sentence "
                   f"ranks {L(kb, who)} among.", firm[:1])
    mine = [(f, d) for f in firm if (d := _days_old(kb, who, f.qualifiers.get("ceremony")))]
    if not mine:
        return nei(f"The KB cannot tell how old {L(kb, who)} was at the win, so it cannot tell "
                   f"whether that made {L(kb, who)} the {word} winner.", firm[:1])
    # of several wins, the one that ranks best ("youngest": the earliest)
    here, age_of = min(mine, key=lambda x: x[1][0] if young else -x[1][1])
    lo, hi = age_of[:2]
    year = ceremony_year(kb, here.qualifiers.get("ceremony")) or 0
    at = f"the {L(kb, here.qualifiers['ceremony'])}" if here.qualifiers.get("ceremony") else \
        str(year)
    said = f"{L(kb, who)} won the {L(kb, aw)} at {at} aged {_years(age_of)}"
    pool = []   # (year, days old or None, person or None, edition) of every other winner
    for f in kb.facts(predicate="award_received", object_entity=aw):
        if f.disputed:
            continue
        cer, y = f.qualifiers.get("ceremony"), ceremony_year(kb, f.qualifiers.get("ceremony"))
        named = [x for x in [f.subject] + list(f.qualifiers.get("recipients") or [])
                 if x and getattr(kb.entity(x), "type", None) == "person"]
        if not named:
            pool.append((y or 0, None, None, cer))
        pool += [(y or 0, _days_old(kb, x, cer), x, cer) for x in named if x != who]
    bound, scope = spec.get("since"), "to date" if spec.get("now") else "up to then"
    if bound and bound.get("span"):
        return _span_age_rank(kb, spec, who, firm, said, age_of, year, pool, bound)
    if bound:   # "the youngest winner since Jennifer Lawrence": the winners after that win
        low = bound.get("year") or max((y for f in kb.facts(
            subject=bound.get("who"), predicate="award_received", object_entity=aw)
            if not f.disputed and (y := ceremony_year(kb, f.qualifiers.get("ceremony")))
            and y < year), default=None)
        if low is None or low >= year:
            return nei(f"{said}; the KB holds no earlier win of it by "
                       f"{L(kb, bound['who']) if bound.get('who') else bound['year']} to count "
                       f"the winners from.", firm[:1])
        ref = [o for o in pool if o[0] == low and o[1] is not None]
        pool = [o for o in pool if o[0] > low]
        if ref and not any(o[1][0] <= hi if young else o[1][1] >= lo for o in ref):
            # "since X" says X was younger (older) still; where X was not, it is loosely said
            return nei(f"{said}; {L(kb, ref[0][2])}, who won it in {low}, was not "
                       f"{'younger' if young else 'older'} ({_years(ref[0][1])}).", firm[:1])
        scope = f"since {low}"
    then = [o for o in pool if o[0] <= year]
    if spec.get("nth"):
        return _nth_age_rank(kb, c, spec, who, aw, firm, said, age_of, then,
                             pool if spec.get("now") else then, scope)
    beats = [o for o in then if o[1] is not None and (o[1][1] < lo if young else o[1][0] > hi)]
    if beats:
        o = min(beats, key=lambda o: o[1][0] if young else -o[1][1])
        return refuted(f"{said}; {L(kb, o[2])} was {'younger' if young else 'older'} at the "
                       f"{L(kb, o[3])} ({_years(o[1])}).", firm[:1])
    over = pool if spec.get("now") else then
    unknown = next((o for o in over if o[1] is None), None)
    if unknown is not None or not _history_complete(kb, aw):
        lacks = f"the birth date of {L(kb, unknown[2])}, a winner" if unknown and unknown[2] \
            else "a winner's age"
        return nei(f"{said}; the KB lacks {lacks}, so it cannot tell whether that was the "
                   f"{word} of its winners.", firm[:1])
    if not any(o[1][0] <= hi if young else o[1][1] >= lo for o in over):
        return supported(f"{said}, the {word} of its winners {scope}.", firm[:1])
    return nei(f"{said}; the KB cannot tell whether that was the {word} of its winners.",
               firm[:1])


def _nth_age_rank(kb, c, spec: dict, who: str, aw: str, firm: list, said: str, age_of: tuple,
                  then: list, over: list, scope: str) -> Verdict:
    """"Madison became the tenth-youngest Best Actress winner": the subject's place among the
    category's winners (each person at the win that ranks best), by age at the win. Those
    surely younger (older) up to that edition put the place after them: more of them than
    the place allows refutes it whatever the KB lacks. The place is otherwise decided only
    where the KB holds every edition's winners of the span and each one's age: exactly as
    many surely younger, and every other surely older, supports it; fewer who could be
    younger than the place needs refutes it."""
    from .awards import _history_complete
    n, word, young = spec["nth"], spec["rank"], spec["rank"] == "youngest"
    spec["nth_read"] = True
    lo, hi = age_of[:2]

    def ahead(pool, surely: bool) -> set:
        out = set()
        for o in pool:
            if o[1] is None:
                if not surely:
                    out.add(o[2] or o[3])
                continue
            if surely and (o[1][1] < lo if young else o[1][0] > hi) or not surely and (
                    o[1][0] <= hi if young else o[1][1] >= lo):
                out.add(o[2])
        return out

    sure = ahead(then, True)
    place = f"the {_ord(n)}-{word}"
    names = lambda xs: ", ".join(sorted(L(kb, x) for x in xs if x))   # noqa: E731
    if len(sure) >= n:
        return refuted(f"{said}; {len(sure)} of its winners were surely {'younger' if young else 'older'} "
                       f"by then ({names(sure)}), so not {place}.", firm[:1])
    if not _history_complete(kb, aw) or any(o[1] is None for o in over):
        return nei(f"{said}; the KB lacks a winner's age, so it cannot tell whether that "
                   f"made {L(kb, who)} {place}.", firm[:1])
    sure, maybe = ahead(over, True), ahead(over, False)
    if len(sure) >= n:
        return refuted(f"{said}; {len(sure)} of its winners {scope} were "
                       f"{'younger' if young else 'older'} ({names(sure)}), so not {place}.",
                       firm[:1])
    if len(maybe) < n - 1:
        return refuted(f"{said}; only {len(maybe)} of its winners {scope} were "
                       f"{'younger' if young else 'older'}"
                       f"{' (' + names(maybe) + ')' if maybe else ''}, so not {place}.",
                       firm[:1])
    if len(sure) == len(maybe) == n - 1:
        return supported(f"{said}, {place} of its winners {scope} ({names(sure)} "
                         f"{'younger' if young else 'older'}).", firm[:1])
    return nei(f"{said}; the KB cannot tell whether that was {place} of its winners.", firm[:1])


def _span_age_rank(kb, spec: dict, who: str, firm: list, said: str, age_of: tuple, year: int,
                   pool: list, bound: dict) -> Verdict:
    """"Madison became the youngest Best Actress winner in over a decade": no winner within
    the span before the win was younger (older), and the last one who was came about that
    span before (under it, over it or about it, as `records.spans` words say; a round span
    is loose by a tenth). Refuted only by a winner surely younger (older) well inside the
    span (within three quarters of it); a span that does not fit the last such winner stays
    open."""
    from .awards import _history_complete
    aw = firm[0].value if firm else None
    word, young = spec["rank"], spec["rank"] == "youngest"
    d, how = bound["span"], bound.get("how")
    lo, hi = age_of[:2]
    if spec.get("nth"):
        return nei(f"{said}; the KB does not count places within a span of years.", firm[:1])
    before = [o for o in pool if o[0] < year or (o[0] == year and o[2] != who)]
    sure = [o for o in before if o[1] is not None and (o[1][1] < lo if young else o[1][0] > hi)]
    close = [o for o in sure if year - o[0] < 0.75 * d]
    if close:
        o = max(close, key=lambda o: o[0])
        return refuted(f"{said}; {L(kb, o[2])} was {'younger' if young else 'older'} at the "
                       f"{L(kb, o[3])} ({_years(o[1])}), {year - o[0]} years before.", firm[:1])
    maybe = [o for o in before if o[1] is None or (o[1][0] <= hi if young else o[1][1] >= lo)]
    if not sure or (aw and not _history_complete(kb, aw)) or \
            max(o[0] for o in maybe) != max(o[0] for o in sure):
        return nei(f"{said}; the KB cannot tell when a winner was last "
                   f"{'younger' if young else 'older'}.", firm[:1])
    last = max(sure, key=lambda o: o[0])
    g = year - last[0]
    ok = 0.75 * d <= g <= d if how == "under" else g >= d if how == "over" else \
        abs(g - d) <= max(1, d // 10)
    told = f"{L(kb, last[2])} was {'younger' if young else 'older'} at the {L(kb, last[3])} " \
        f"({_years(last[1])}), {g} years before"
    if ok:
        return supported(f"{said}, the {word} of its winners since {last[0]}: {told}.", firm[:1])
    return nei(f"{said}; {told}, which the span the sentence gives does not fit.", firm[:1])
