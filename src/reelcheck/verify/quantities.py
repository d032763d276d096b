"""Money and other quantities: budgets and grosses within a tolerance that honours the
sentence's hedge ("nearly", "about"), running totals at the time they were stated, runtimes and
shooting days."""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from ..kb.places import ancestors
from ..textutil import year_month
from .checks import L, Verdict, _firm, check, nei, refuted, supported
from .statements import note_fields
from .words import fmt_money, fmt_quantity


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


def _zeros(x: float) -> int:
    n, x = 0, round(x)
    while x and x % 10 == 0 and n < 12:
        x, n = x // 10, n + 1
    return n


def _finer(claimed: float, real: float, bound: Optional[str]) -> bool:
    """A plain figure more precise than the KB's round one and not equal to it ("$6.5 million"
    against a reported $6 million): the round figure does not decide it either way."""
    return not bound and round(claimed) != round(real) and _zeros(claimed) < _zeros(real)


def _too_fine(kb, c, hit: list, amount: float, bound: Optional[str], what: str):
    if hit and all(_finer(amount, f.value, bound) for f in hit):
        f = hit[0]
        return nei(f"{L(kb, c.slots['subject'])}'s {what} is {fmt_money(f.value)}, a round "
                   f"figure; the more precise {fmt_money(amount)} is not decided by it.", hit)
    return None


@check("money")
def money(kb, c) -> Optional[Verdict]:
    v = _money(kb, c)
    if v is not None and v.verdict == "supported" and c.slots.get("characterized"):
        # "$15 million, the lowest total for a winner since 1980": the figure holds; what it
        # is said to be is a claim the figure does not decide
        return nei(f"{v.explanation} The sentence also says it is "
                   f"'{c.slots['characterized']}', which is not checked.", v.facts)
    return v


# the field of a career note (a person's filmography entry on a film: "Tangerine; year: 2015;
# ...; budget usd: 100000") that reports the film's budget, and its currency
NOTE_BUDGET_FIELDS = {"budget usd": "USD"}


def _noted_budget(kb, film, pred: str) -> list:
    """The budget a career note about the film reports in a field, as a budget fact of the
    note (its sources), when the KB holds no budget fact for the film: [] for none, or when
    notes disagree."""
    if pred != "budget" or not isinstance(film, str):
        return []
    found = {}
    for f, key, val in note_fields(kb, film):
        unit = NOTE_BUDGET_FIELDS.get(key)
        val = val.replace(",", "")
        if unit and val.replace(".", "", 1).isdigit():
            found.setdefault((float(val), unit), f)
    if len(found) != 1:
        return []
    (value, unit), f = next(iter(found.items()))
    return [dataclasses.replace(f, subject=film, predicate="budget", value=value,
                                value_type="quantity", unit=unit)]


def _money(kb, c) -> Optional[Verdict]:
    subj, pred = c.slots["subject"], c.predicate
    amount, hedge = c.slots["amount"], c.slots.get("hedge")
    bound = c.slots.get("bound") or BOUND_OF.get(hedge or "")
    facts = kb.facts(subject=subj, predicate=pred) or _noted_budget(kb, subj, pred)
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
        fine = _too_fine(kb, c, hit, amount, bound, "reported budget")
        if fine is not None:
            return fine
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
    fine = _too_fine(kb, c, hit, amount, bound, "gross in the KB")
    if fine is not None:
        return fine
    when = c.slots.get("as_of")
    day = _day_of(when)
    that_day = [f for f in facts if day and c.slots.get("scope")
                and f.qualifiers.get("scope") == c.slots["scope"]
                and str(f.qualifiers.get("as_of") or "")[:10] == day]
    if that_day:
        # "$25 million domestically by February 17, 2025" with a domestic total the KB dates
        # to that very day: the figure is that day's, not another date's of the same month
        hit = [f for f in hit if f in that_day]
        firm = _firm(that_day)
        if not hit and firm and all(f.value * (1 + ABOUT) < amount for f in firm) and \
                bound not in ("less", "near"):
            f = firm[0]
            return refuted(f"{L(kb, subj)} had grossed {fmt_money(f.value)} "
                           f"({f.qualifiers['scope']}) as of {day}, not {c.object}.", firm)
        if not hit:
            # a lower figure: a running total passes it on the way, and a count taken
            # earlier may be quoted with a later date; a figure a little above it may be
            # another tracker's estimate: not decided
            f = that_day[0]
            why = f"the lower {c.object} may be an earlier count" if amount < f.value else \
                f"{c.object} is close enough to be another tracker's estimate"
            return nei(f"{L(kb, subj)} had grossed {fmt_money(f.value)} "
                       f"({f.qualifiers.get('scope')}) as of {day}; {why}.", that_day)
    if not hit and when and not c.slots.get("as_of_from"):
        v = _above_a_later_total(kb, c, facts, when, amount, bound)
        if v is not None:
            return v
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


def _above_a_later_total(kb, c, facts: list, when, amount: float,
                         bound: Optional[str]) -> Optional[Verdict]:
    """"By February 2025 it had grossed $90 million": a running total only grows, so a total
    the KB dates after the whole time the sentence gives (after its day, month or year) is
    the most the film can have grossed by then. A figure well above it (more than `ABOUT`
    over, at the least the sentence allows) is refuted; a worldwide total bounds the domestic
    and the foreign ones too. Only a firm total dated to a day or month counts, and only a
    figure whose scope is said (as for a total of the same day)."""
    if bound in ("less", "near"):
        return None
    y, m = when[0], when[1]
    if y is None:
        return None   # "by mid-March": the month of which year is not said
    d = when[2] if len(when) > 2 and m else None
    end = (y, m or 12, d or 31)
    scope = c.slots.get("scope")
    if not scope:
        return None   # a sum whose scope is not said may count more than ticket sales
    scopes = {"worldwide"} if scope in ("worldwide", "international") else {scope, "worldwide"}
    later = [f for f in _firm(facts) if f.qualifiers.get("scope") in scopes
             and _as_of_key(f)[1] and _as_of_key(f) >= end]
    if not later:
        return None
    cap = min(later, key=lambda f: f.value)
    least = amount * (1 - ABOUT) if bound == "about" or c.slots.get("hedge") else amount
    if least <= cap.value * (1 + ABOUT):
        return None
    return refuted(f"{L(kb, c.slots['subject'])} had grossed {fmt_money(cap.value)} "
                   f"({cap.qualifiers.get('scope')}) as of {cap.qualifiers.get('as_of')}, later "
                   f"than the time said; a running total only grows, so not {c.object} then.",
                   [cap])


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


def _day_of(when) -> Optional[str]:
    """The day ("2025-02-17") a sentence dates a running total to, if it gives one."""
    if not when or len(when) < 3 or not all(when[:3]):
        return None
    return f"{when[0]:04d}-{when[1]:02d}-{when[2]:02d}"


def _same_time(as_of: str, when) -> bool:
    """Whether a gross's `as_of` ("2025-03-16 ...") falls in the year (and within a month of
    the month) a sentence gives; a month alone ("by mid-March") is of the film's run."""
    y, m = when[0], when[1]
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
    if c.slots.get("place"):
        # "a neighbourhood where it was shot over two weeks": the days spent in one place,
        # which the length of the whole shoot neither gives nor rules out -- unless they are
        # more than the whole shoot had ("shot over 45 days in New York" of a 37-day shoot):
        # a part of the shoot is no longer than all of it
        f = facts[0]
        listed = c.slots.get("places") or []
        spots = [x.value for x in kb.facts(subject=subj, predicate="filming_location")]
        if listed and spots and not f.disputed and not c.slots.get("hedge") and \
                abs(value - f.value) <= TOLERANCE.get(pred, 0.0) and all(
                    set(ancestors(kb, x)) & set(listed) for x in spots):
            # "the shoot spanned 37 days in New York and Las Vegas": every place the KB has
            # it shot in lies in the places listed, so the days there are the whole shoot's
            return supported(f"{L(kb, subj)} was shot in {fmt_quantity(f.value, f.unit)}, in "
                             f"places that all lie in those named.", [f])
        more = value - f.value > TOLERANCE.get(pred, 0.0)
        bound = c.slots.get("bound") or BOUND_OF.get(c.slots.get("hedge") or "")
        # (a figure said to be its least, "over 45 days", is more than the whole all the same)
        plain = not c.slots.get("hedge") or bound in ("more", "at_least")
        if pred == "shooting_days" and more and plain and not f.disputed:
            return refuted(f"{L(kb, subj)} was shot in {fmt_quantity(f.value, f.unit)} in all, "
                           f"fewer than the {fmt_quantity(value, f.unit)} said of "
                           f"{c.slots['place']}.", [f])
        return nei(f"The KB holds how long the whole shoot of {L(kb, subj)} lasted, not how "
                   f"long it spent in {c.slots['place']}.", facts)
    tol = TOLERANCE.get(pred, 0.0)
    hedge = c.slots.get("hedge")
    f = facts[0]
    real = f.value
    words = QWORDS.get(pred, pred)
    sep = "" if words.startswith("'") else " "
    say = f"{L(kb, subj)}{sep}{words} {fmt_quantity(real, f.unit)}"
    close = _within(value, real, hedge, 0.1, c.slots.get("bound")) if hedge \
        else abs(real - value) <= tol
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
    grain = c.slots.get("grain")
    if grain and abs(real - value) <= grain / 2:
        # "shot in five weeks" of a 37-day shoot: the figure is the KB's to the precision
        # the sentence gives it in (a week), which neither confirms the count nor rules it out
        return nei(f"{say}; '{c.object}' is that to the precision it is said in (steps of "
                   f"{fmt_quantity(grain, f.unit)}), which neither confirms nor rules out the "
                   f"count.", [f])
    return refuted(f"{say}, not {fmt_quantity(value, f.unit)}.", [f])


def _num(v) -> bool:
    try:
        float(v)
        return True
    except (TypeError, ValueError):
        return False
