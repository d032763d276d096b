"""Date checks: release, premiere, ceremony and other single-event dates at the granularity the
sentence states, datelines, and intervals between two events ("three years after")."""
from __future__ import annotations

from typing import Optional

from ..kb.awards import award_family
from ..kb.places import ancestors, is_country
from .checks import L, Verdict, _firm, bound_words, check, nei, refuted, supported, within_bound
from .datematch import (_agree_as_said, _agreed_words, _claimed_date_words, _date_matches,
                        _date_parts)
from .editions import _award_facts, ceremony_year
from .festivals import _festival_names, _name_words, festival_held
from .words import at_date, fmt_date


# dates of one event each: sources that disagree on one still rule out a date none of them gives
# (a release date is many events -- limited, wide, per country -- and is not among them)
SINGLE_EVENT_DATES = frozenset({"date_of_birth", "date_of_death", "ceremony_date",
                                "premiere_date", "start_date", "end_date",
                                "nominations_announced", "planned_date"})


def _event_years(kb, who: str, award: Optional[str],
                 pred: str = "award_received") -> tuple[str, dict]:
    """The years of one side of an interval: the editions of `award` it won ("award"; or, a
    side told as a nomination, "four decades after her first nomination, for A", was
    nominated for: `pred`), else its own year, a film's release ("release"); ("", {}) when
    the KB has neither. Year -> the facts behind it."""
    if award:
        ys: dict = {}
        for f in _award_facts(kb, pred, award, who):
            y = ceremony_year(kb, f.qualifiers.get("ceremony")) or f.qualifiers.get("year")
            if isinstance(y, int):
                ys.setdefault(y, []).append(f)
        if ys:
            return "award", ys
    e = kb.entity(who)
    if e is not None and e.type == "film" and isinstance(e.year, int):
        return "release", {e.year: []}
    return "", {}


def _namesakes_years(kb, c, who: str, award: Optional[str], pred: str) -> tuple[str, dict]:
    """`_event_years` of the other side of an interval, read as any KB film of its title that
    the claim's words do not set apart by its year ("two years after A Star Is Born": the 2018
    film, or the 1976 one, or ...): the years of those that won the prize when one did, else
    of each one's release. One film, or none with namesakes: its own years."""
    kind, ys = _event_years(kb, who, award, pred)
    e = kb.entity(who)
    if e is None or e.type != "film" or not hasattr(kb, "entities_by_name") or \
            e.year and str(e.year) in c.text:
        return kind, ys
    for o in kb.entities_by_name(e.label, "film"):
        if o.id == who or o.label != e.label or o.year and str(o.year) in c.text:
            continue
        k, more = _event_years(kb, o.id, award, pred)
        if k and (k == kind or not kind):
            kind = k
            for y, fs in more.items():
                ys.setdefault(y, []).extend(fs)
        elif k == "award" and kind == "release":   # a namesake that won it: the one meant
            kind, ys = k, dict(more)
    return kind, ys


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
    kb_, yb = _namesakes_years(kb, c, sl["other"], award,
                               "nominated_for" if sl.get("other_nominated") else "award_received")
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
    other = "was nominated for it in" if kb_ == "award" and sl.get("other_nominated") else \
        what[kb_]
    expl = (f"{L(kb, sl['subject'])} {what[ka]} {x} and {L(kb, sl['other'])} {other} {y}: "
            f"{abs(x - y)} year{'s' if abs(x - y) != 1 else ''} "
            f"{'after' if x >= y else 'before'}")
    if gap == n:
        return supported(f"{expl}, as said ({said}).", facts)
    if len(ya) == 1 and len(yb) == 1 and abs(gap - n) > slack and not sl.get("family_assumed"):
        return refuted(f"{expl}, not {said}.", facts)
    return nei(f"{expl}; the sentence says {said}.", facts)


@check("gap")
def gap_claim(kb, c) -> Optional[Verdict]:
    """"Nine months later", "two months after it had won the Palme": the days between the two
    events (verify/event_days.py `date_gaps` gives each side's days) against the amount said
    in its unit, within the lexicon's `intervals.gap_support`; refuted when every pair of days
    is off by more than `gap_refute` units and a quarter of the amount, with one day for each
    side and no softening word ("nearly", "about"). Without an amount, the order alone."""
    from ..claims.parse import lexicon
    from datetime import date
    lx = lexicon().section("intervals")
    sl = c.slots
    first, second = sl.get("first_days") or [], sl.get("second_days") or []
    partial = False   # a side with an event the KB dates only by its year
    # one event whose day the sources dispute ("2024-10-09..2024-10-18"): each source's day is
    # a reading of it; the measure is refuted only when it fits none of them
    single = len(first) == 1 and len(second) == 1
    spans = {fid: when for when, fid in first + second if ".." in when}
    if sl["amount"] is not None:   # a measure is counted between days
        first, second = _source_days(first), _source_days(second)
        whole = first, second
        first, second = [x for x in first if len(x[0]) == 10], [x for x in second if len(x[0]) == 10]
        partial = len(first) < len(whole[0]) or len(second) < len(whole[1])
        if partial and sl["unit"] in ("year", "decade") \
                and all(whole) and sl["amount"] == int(sl["amount"]):
            # "27 years after The Wages of Fear won it": years between editions the KB dates
            # by their year alone are counted in years
            return _years_apart(kb, *whole, int(sl["amount"]) * (10 if sl["unit"] == "decade"
                                                                  else 1), sl)
    if not first or not second:
        # a side the KB does not date to the day: the event's own claim tells the measure
        # was not checked
        return Verdict("drop", "")
    unit, n, sign = sl["unit"], sl["amount"], sl["sign"]
    if n is None:
        return _order(kb, first, second, sign, sl.get("vague"), unit)
    per = lx["day_units"][unit]
    said = f"{n} {unit}{'s' if n != 1 else ''}"
    def gap(a, b):   # in the unit said, measured in the direction said
        return (date.fromisoformat(b) - date.fromisoformat(a)).days * sign / per
    pairs = sorted(((a, b) for a in first for b in second),
                   key=lambda ab: abs(gap(ab[0][0], ab[1][0]) - n))
    (a, fa), (b, fb) = pairs[0]
    facts = [f for f in (kb.fact(fa), kb.fact(fb)) if f is not None]
    days = (date.fromisoformat(b) - date.fromisoformat(a)).days
    # (a day split from a disputed span is told with the span: "on October 9 or October 18")
    told = [_when_told(kb, f, spans.get(f.id, when)) for f, when in zip(facts, (a, b))]
    expl = (f"{told[0]} and {told[1]}: {abs(days)} day{'s' if abs(days) != 1 else ''} "
            f"{'later' if days >= 0 else 'earlier'}"
            f"{' (about ' + _in_units(abs(days), unit, per) + ')' if unit != 'day' else ''}"
            if len(told) == 2 else f"{abs(days)} days")
    off = abs(gap(a, b) - n)
    # (two events of one day have no direction, but are still a gap of none: "a week after" a
    # show held the same night does not hold)
    if off <= lx["gap_support"][unit] and ((days >= 0) == (sign > 0) or days == 0):
        return supported(f"{expl}, as said ({said}).", facts)
    if single and not sl.get("approximate") and not partial and (
            off > lx["gap_refute"][unit] and off > n / 4 or days * sign < -1):
        # (or the other way round: "a month after" a show held two weeks later)
        return refuted(f"{expl}, not {said}.", facts)
    return nei(f"{expl}; the sentence says {said}.", facts)


def _source_days(side: list) -> list:
    """A side's (when, fact id) with a disputed span of days ("2024-10-09..2024-10-18", the
    first and last day its sources give) split into those two days."""
    out = []
    for when, fid in side:
        out += [(d, fid) for d in when.split("..")] if ".." in when else [(when, fid)]
    return out


def _years_apart(kb, first: list, second: list, years: int, sl: dict) -> Verdict:
    """A measure in years between two events one of which the KB dates by its year alone:
    held when a pair of years is that many apart in the direction said; refuted when every
    pair is two or more years off (a year's span either side), with no softening word."""
    sign = sl["sign"]
    pairs = [(a, b) for a in first for b in second]
    def apart(ab) -> int:
        return (int(ab[1][0][:4]) - int(ab[0][0][:4])) * sign
    (a, fa), (b, fb) = min(pairs, key=lambda ab: abs(apart(ab) - years))
    facts = [f for f in (kb.fact(fa), kb.fact(fb)) if f is not None]
    told = "; ".join(_when_told(kb, f, w) for f, w in zip(facts, (a, b)))
    got = apart(((a, fa), (b, fb)))
    said = f"{years} year{'s' if years != 1 else ''}"
    held = within_bound(got, years, sl.get("bound"))
    if held is not None:   # "more than ten years after": a bound, not a measure
        said = bound_words(sl["bound"], said)
    if got == years and held is None or held:
        return supported(f"{told}: {abs(got)} years apart, as said ({said}).", facts)
    if len(pairs) == 1 and not sl.get("approximate") and (abs(got - years) >= max(
            2, (sl.get("slack") or 0) + 1) and held is None
                                                          or held is False and got != years):
        return refuted(f"{told}: {abs(got)} years {'later' if got >= 0 else 'earlier'}, "
                       f"not {said}.", facts)
    return nei(f"{told}; the sentence says {said}.", facts)


def _order(kb, first: list, second: list, sign: int, vague=None, unit=None) -> Verdict:
    """"After its premiere", "before winning the Palme": the order of two events alone, from
    their days or, where the KB dates one only by its year, the year (the whole year its
    span). Held when every pair is in the order said; refuted when every pair is the other way
    round by more than a day (time zones); otherwise open.

    With a vague measure ("a few weeks after": its least and most in `unit`, lexicon
    `intervals.vague_counts`) the order still decides a refute, but it holds only when the
    KB's days put every pair's gap in that range, give or take `gap_support`; a gap outside
    it is left open, never refuted by its size."""
    def later(a, b) -> tuple:   # (least, most) days the clause's event (b) came after (a)
        (a0, a1), (b0, b1) = _span(a), _span(b)
        return (b0 - a1).days, (b1 - a0).days
    pairs = [(a, b) for a in first for b in second]
    (a, fa), (b, fb) = min(pairs, key=lambda ab: later(ab[0][0], ab[1][0])[0] * sign)
    facts = [f for f in (kb.fact(fa), kb.fact(fb)) if f is not None]
    way = "after" if sign > 0 else "before"
    told = [_when_told(kb, f, w) for f, w in zip(facts, (a, b))]
    lo, hi = later(a, b)
    days = lo if sign > 0 else hi
    expl = "; ".join(told)
    if len(a) == len(b) == 10:
        expl += f", {abs(days)} day{'s' if abs(days) != 1 else ''} " \
                f"{'later' if days >= 0 else 'earlier'}"
    if all((later(x[0], y[0])[1] < -1) if sign > 0 else (later(x[0], y[0])[0] > 1)
           for x, y in pairs):
        return refuted(f"{expl}: not {way}.", facts)
    if not all((later(x[0], y[0])[0] > 0) if sign > 0 else (later(x[0], y[0])[1] < 0)
               for x, y in pairs):
        return nei(f"{expl}; the KB's dates do not settle whether it was {way}.", facts)
    if vague is None:
        return supported(f"{expl}: {way}, as said.", facts)
    from ..claims.parse import lexicon
    lx = lexicon().section("intervals")
    per, slack = lx["day_units"][unit], lx["gap_support"][unit]
    said = f"{vague[0]} to {vague[1]} {unit}s, as the vague measure is read"
    if all(vague[0] - slack <= min(abs(d) for d in later(x[0], y[0])) / per and
           max(abs(d) for d in later(x[0], y[0])) / per <= vague[1] + slack for x, y in pairs):
        return supported(f"{expl}: {way}, within {said}.", facts)
    return nei(f"{expl}: {way} as said, but not within {said}.", facts)


def _span(when: str) -> tuple:
    """The first and last day a date said to the day, the month or the year covers."""
    from datetime import date
    if ".." in when:   # days the sources dispute: from the first to the last
        a, b = when.split("..")
        return date.fromisoformat(a), date.fromisoformat(b)
    y = int(when[:4])
    if len(when) >= 10:
        d = date.fromisoformat(when[:10])
        return d, d
    if len(when) >= 7:
        m = int(when[5:7])
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
    return date(y, 1, 1), date(y, 12, 31)


def _when_told(kb, f, when: str) -> str:
    """A dated event as said in an explanation: its day, or the prize won in its year."""
    if len(when) == 10:
        return _day_told(kb, f)
    if ".." in when:
        a, b = when.split("..")
        return f"{L(kb, f.subject)} {_DAY_WORDS.get(f.predicate, 'was')} on " \
               f"{at_date(a).removeprefix('on ')} or {at_date(b).removeprefix('on ')} " \
               f"(its sources differ)"
    if f.predicate == "award_received":
        return f"{L(kb, f.subject)} won the {L(kb, f.value)} in {when}"
    if f.predicate == "distributor":   # a purchase dated by the credit's `acquired`
        return f"{L(kb, f.value)} acquired {L(kb, f.subject)} {at_date(when)}"
    return f"{L(kb, f.subject)} was held in {when}"


_DAY_WORDS = {"ceremony_date": "was held", "end_date": "closed", "premiere_date": "premiered",
              "start_date": "opened", "release_date": "was released"}


def _day_told(kb, f) -> str:
    """"the 97th Academy Awards was held on Sunday, March 2, 2025"."""
    return f"{L(kb, f.subject)} {_DAY_WORDS.get(f.predicate, 'was')} {at_date(str(f.value))}"


def _in_units(days: int, unit: str, per: float) -> str:
    x = round(days / per, 1)
    return f"{x:g} {unit}{'s' if x != 1 else ''}"


@check("date")
def date_claim(kb, c) -> Optional[Verdict]:
    v = _date_claim(kb, c)
    if v is not None and v.verdict == "supported" and c.predicate == "premiere_date":
        v = _premiere_places(kb, c, v)
        v = _premiere_festival(kb, c, v)
    if v is None or v.verdict != "refuted":
        return v
    if c.predicate == "premiere_date" and c.slots.get("regional"):
        # "premiered in San Diego on May 4, 2021": perhaps not the world premiere, but none
        # comes before the world premiere, which a day wholly before it contradicts
        early = _released_before_shown(kb, c, c.slots["subject"])
        if early is not None:
            return early
        if c.slots.get("places_only") and v.facts and not _places_missing(kb, v.facts[0], c):
            # "premiered at the Shrine Auditorium in Los Angeles on July 19": where the world
            # premiere was, so that premiere, whose day the KB holds
            return v
    coarse = all(c.slots.get(k) is None for k in ("year", "month", "day", "ago"))
    if coarse and c.slots.get("weekday_only") and not c.slots.get("support_only"):
        return _weekday_only(kb, c, v)
    if c.slots.get("support_only") or coarse:
        # a date the sentence did not tie to this edition ("the ceremony was held on ..."), or
        # one that names only a weekday ("on Thursday"), may support but never refute
        return Verdict("not_enough_info", v.explanation.rstrip(".") + "; the sentence does not "
                       "say this exactly, so it is not refuted.", v.facts)
    if c.slots.get("edition_or_year") and c.slots.get("year"):
        # "the 91st Academy Awards in 2020": the number or the year is wrong; say both
        other = _edition_held_in(kb, c.slots["subject"], c.slots["year"])
        if other:
            return Verdict(v.verdict, f"{v.explanation.rstrip('.')}; the edition held in "
                           f"{c.slots['year']} was the {L(kb, other)}.", v.facts, v.confidence)
    return v


def _weekday_only(kb, c, v: Verdict) -> Verdict:
    """"The 77th Cannes Film Festival wrapped on a Wednesday": a weekday alone, of a show's day
    whose edition the sentence names. The day has one weekday where it was held, and the next
    or the one before in a time zone far off (the Oscars' Sunday night is Monday in Asia); any
    other weekday, against every day the sources give, is wrong."""
    from datetime import date, timedelta
    f = v.facts[0] if v.facts else None
    days = [date.fromisoformat(str(f.value)[:10])] + [
        date.fromisoformat(str(d["value"])[:10]) for d in (f.disputed_values or [])
        if len(str(d.get("value", ""))) >= 10] if f is not None and f.precision == "day" else []
    said = c.slots.get("written_on")
    if not days or said and all(abs((d - date.fromisoformat(said)).days) > 7 for d in days):
        # (with a dateline, "on Sunday" is one within a week of it; a show far from the
        # piece's date may not be the one the weekday is of)
        return Verdict("not_enough_info", v.explanation.rstrip(".") + "; the sentence does not "
                       "say this exactly, so it is not refuted.", v.facts)
    wd = c.slots["weekday"]
    near = [d for d in days if wd in ((d - timedelta(1)).weekday(), (d + timedelta(1)).weekday())]
    if any(d.weekday() == wd for d in days) or near:
        if near and not any(d.weekday() == wd for d in days):
            return Verdict("not_enough_info", f"{_day_told(kb, f)}, a day from a "
                           f"{_claimed_date_words(c)[2:]} (a time zone may explain it).", [f])
        return v
    return refuted(v.explanation, [f])


def _edition_held_in(kb, edition: str, year: int) -> Optional[str]:
    """The one edition of `edition`'s show held in `year`, else None."""
    fam = next((f.value for f in kb.facts(subject=edition, predicate="edition_of")), None)
    if not isinstance(fam, str):
        return None
    got = [f.subject for f in kb.facts(predicate="edition_of", object_entity=fam)
           if f.subject != edition and getattr(kb.entity(f.subject), "year", None) == year]
    return got[0] if len(got) == 1 else None


def _premiere_places(kb, c, v: Verdict) -> Verdict:
    """A premiere said to be in a place ("premiered in London on July 11") is supported only
    where the premiere the KB holds is there: its venue or festival names the place; else the
    day holds but the place is unchecked ("premiered in London" of a Paris premiere)."""
    if not v.facts or not (c.slots.get("premiere_places") or c.slots.get("region_words")):
        return v
    f = v.facts[0]
    region = _names_missing(kb, f, c.slots.get("region_words") or [])
    if region:
        # "its North American premiere on May 21": the world premiere's day, of a premiere
        # the KB does not place in that region
        return nei(f"{v.explanation.rstrip('.')} (its world premiere); the KB does not place "
                   f"a {', '.join(region)} premiere then.", v.facts)
    missing = _places_missing(kb, f, c)
    if not missing:
        return v
    at = f" at {f.qualifiers['venue']}" if f.qualifiers.get("venue") else ""
    return nei(f"{v.explanation.rstrip('.')}{at}; the KB does not place it in "
               f"{', '.join(missing)}.", v.facts)


def _places_missing(kb, f, c) -> list[str]:
    """The places claim `c` says its premiere was in that premiere fact `f`'s venue or
    festival does not name (all of them when `f` names neither)."""
    said = c.slots.get("premiere_places") or []
    return _names_missing(kb, f, said)


def _names_missing(kb, f, said: list[str]) -> list[str]:
    """The names in `said` that premiere fact `f`'s venue or festival does not name."""
    where = " ".join(str(x) for x in (f.qualifiers.get("venue"),
                                      L(kb, f.qualifiers["event"]) if f.qualifiers.get("event")
                                      else None) if x).lower()
    return [x for x in said if not where or x.lower().removeprefix("the ") not in where]


def _premiere_festival(kb, c, v: Verdict) -> Verdict:
    """A premiere said to be at a festival ("premiered at Venice in August 2024") is supported
    only where the premiere the KB holds is that festival's: its event is of the festival's
    family, or its venue names it; else the day holds but the festival does not."""
    from ..claims.parse import lexicon
    said, event = c.slots.get("premiere_festival"), c.slots.get("event")
    if v.verdict != "supported" or not v.facts or not said:
        return v
    f = v.facts[0]
    held = f.qualifiers.get("event")
    if held and event and award_family(kb, held) == award_family(kb, event):
        return v
    where = set(_name_words(" ".join(str(x) for x in (
        f.qualifiers.get("venue"), L(kb, held) if held else None) if x)))
    names = _festival_names(kb, event, said)
    short = lexicon().qualifiers.get("festival_short_names", {})
    for n in names:
        want = [x for w in _name_words(n) for x in str(short.get(w, w)).split()]
        if want and all(w in where for w in want):
            return v
    at = f" at the {f.qualifiers['venue']}" if f.qualifiers.get("venue") else (
        f" at the {L(kb, held)}" if held else "")
    return nei(f"{v.explanation.rstrip('.')}{at}; the KB does not place it at "
               f"{names[0] if names else 'the festival named'}.", v.facts)


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
        return refuted(f"{L(kb, film)} was first shown {at_date(str(first[0].value))} "
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
    # "Up opened Cannes on May 13", "screened at Cannes on May 24" (a festival shows a film
    # more than once): a showing there, which the KB holds only as far as the world premiere
    # goes: none can come before it, the premiere's day supports, any other day is open
    open_because = "which festival it opened, and when, the KB does not hold" \
        if c.slots.get("opener") else "a later screening the KB does not list may be meant" \
        if c.slots.get("repeat") else None
    if pred == "premiere_date" and open_because:
        early = _released_before_shown(kb, c, subj)
        if early is not None:
            return early
        hit = [f for f in facts if _date_matches(c, f.value) and not f.disputed]
        if hit:
            return supported(f"{L(kb, subj)} premiered {at_date(hit[0].value)}.", hit)
        return nei(f"{L(kb, subj)} had its world premiere {at_date(facts[0].value)}; "
                   f"{open_because}.", facts[:1]) if facts else None
    if pred == "premiere_date" and c.slots.get("loose") and c.slots.get("month") is None:
        early = _released_before_shown(kb, c, subj)
        if early is not None:
            return early
        hit = [f for f in facts if _date_matches(c, f.value)]
        return supported(f"{L(kb, subj)} premiered {at_date(hit[0].value)}.", hit) if hit \
            else nei(f"{L(kb, subj)} had its world premiere {at_date(facts[0].value)}; a "
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
        if not country and c.slots.get("places") is not None:
            # "opened in Italy on ...", "bowed in Los Angeles on ...": the release of the
            # country the place lies in; one the KB holds none for is not dated by another's
            where = {a for e in c.slots["places"] if e for a in ancestors(kb, e)
                     if is_country(kb, a)}
            if len(where) > 1:
                # "released in the UK and Germany on ...": a day of one of theirs supports;
                # which one the date is, the sentence does not say
                # (a disputed day by the value most sources give, as a single market's is)
                hit = [f for f in facts if f.qualifiers.get("country") in where
                       and _date_matches(c, f.value)]
                if hit:
                    most = " (most sources; some differ)" if hit[0].disputed else ""
                    return supported(f"{L(kb, subj)} was released in "
                                     f"{L(kb, hit[0].qualifiers['country'])} on "
                                     f"{fmt_date(hit[0].value, hit[0].precision)}{most}.", hit)
                held = [f for f in facts if f.qualifiers.get("country") in where]
                if held:
                    named = ", ".join(sorted(L(kb, w) for w in where))
                    return nei(f"The sentence gives this date with several markets ({named}); "
                               f"the KB's releases there are on other days, and which market "
                               f"the date is said of is not clear.", held)
            if len(where) != 1 or not any(f.qualifiers.get("country") in where
                                          for f in facts):
                named = ", ".join(L(kb, e) for e in c.slots["places"] if e) or "the place named"
                return nei(f"The KB holds no release of {L(kb, subj)} in {named}; its "
                           f"release elsewhere does not date it.", [])
            country = next(iter(where))
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
                return nei(f"{L(kb, subj)} premiered {at_date(shown[0].value)}, which some "
                           f"count as its release; its release in cinemas came later.", shown)
            facts = [f for f in facts if f.qualifiers.get("country") == "united-states"]
    if pred == "ceremony_date" and not facts:
        return festival_held(kb, c, subj)   # a festival's edition: its year and run
    if not facts:
        return None
    for f in facts:
        alts = [f.value] + [dv["value"] for dv in (f.disputed_values or [])
                            if dv.get("value") != f.value]
        ok = _date_matches(c, f.value)
        what = {"release_date": "was released", "premiere_date": "premiered",
                "ceremony_date": "was held", "date_of_birth": "was born",
                "nominations_announced": "nominations were announced",
                "planned_date": "was first scheduled",
                "start_date": "began", "end_date": "ended"}.get(pred, pred)
        when = fmt_date(f.value, f.precision)
        at = at_date(f.value, f.precision)
        if pred == "release_date" and f.qualifiers.get("country"):
            what = f"was released in {L(kb, f.qualifiers['country'])}"
        if ok:
            if f.disputed:
                return supported(f"{L(kb, subj)} {what} {at} (most sources; some differ).",
                                 [f], conf=0.6)
            return supported(f"{L(kb, subj)} {what} {at}.", [f])
        if ok is None and c.slots.get("written_on") and f.precision == "day":
            # "on Sunday" in a piece dated more than a week from that Sunday
            return nei(f"{L(kb, subj)} {what} {at}, more than a week from the piece's own "
                       f"date ({fmt_date(c.slots['written_on'], 'day')}): which "
                       f"{_claimed_date_words(c)[2:]} the sentence means is unclear.", [f])
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
                return nei(f"Sources disagree: {L(kb, subj)} {what} {at} per most, "
                           f"{', '.join(map(str, alts[1:]))} per others.", [f])
            if pred in SINGLE_EVENT_DATES and all(_date_matches(c, str(a)) is False
                                                  for a in alts):
                # one event, which no source dates as the sentence does
                return refuted(f"{L(kb, subj)} {what} {at} (some sources: "
                               f"{', '.join(fmt_date(str(a)) for a in alts[1:])}), not "
                               f"{_claimed_date_words(c)}.", [f])
            return nei(f"Sources disagree on this date ({', '.join(map(str, alts))}); "
                       f"none says {_claimed_date_words(c)}.", [f])
        claimed = _claimed_date_words(c)
        return refuted(f"{L(kb, subj)} {what} {at}, not {claimed}.", [f])
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
