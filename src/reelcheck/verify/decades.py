"""A decade the sentence gives a win ("won the Palme d'Or in the '90s", "took Best Picture in
the mid-1950s"), checked against the years of the prizes that support the claim.

A prize's years are its show's (the ceremony or festival edition's year) and, for a show that
honours the films of the year before (the Oscars), the films' year: "a '90s Best Picture" may
mean either, so a decade either falls in holds, and one neither does is wrong. A part of the
decade ("early", "mid", "late") narrows what supports; only the whole decade refutes. A
time bound a list's heading puts on its prize ("Every Palme d'Or winner since 2010") is
checked the same way: it holds when every supporting prize falls in it, and is wrong when none
does.
"""
from __future__ import annotations

from typing import Optional

from .checks import Verdict, refuted

# the years of a decade a part of it covers (the edges are shared: "mid" and "late" overlap)
_PARTS = {"early": (0, 3), "mid": (3, 7), "late": (6, 9)}
_APOSTROPHES = "'\u2019\u2018`"


def decade_of(phrase: str) -> Optional[tuple[list[int], tuple[int, int]]]:
    """(first years of the decades the phrase may mean, (first, last) offsets of its part), or
    None when the phrase is not a decade: "'90s" -> ([1990], (0, 9)); "the mid-1950s" ->
    ([1950], (3, 7)); "'20s" -> ([1920, 2020], (0, 9))."""
    words = phrase.strip().lower().replace("-", " ").split()
    if words and words[0] == "the":
        words = words[1:]
    part = (0, 9)
    if len(words) == 2 and words[0] in _PARTS:
        part, words = _PARTS[words[0]], words[1:]
    if len(words) != 1:
        return None
    core = words[0].lstrip(_APOSTROPHES)
    if not core.endswith("s") or not core[:-1].isdigit():
        return None
    num, quoted = core[:-1], words[0][:1] in _APOSTROPHES
    if len(num) == 4 and num.endswith("0"):
        return [int(num)], part
    if len(num) == 2 and num.endswith("0") and (quoted or int(num) >= 30):
        n = int(num)
        return ([1900 + n] if n >= 30 else [1900 + n, 2000 + n]), part
    return None


def bound_of(phrase: str) -> Optional[tuple[float, float]]:
    """The years a time bound a list's heading puts on its prize admits, or None when the
    phrase is no such bound: "since 2000" -> (2000, inf); "after 2000" -> (2001, inf);
    "before 2000" -> (-inf, 1999)."""
    words = phrase.strip().lower().split()
    if len(words) != 2 or not (words[1].isdigit() and len(words[1]) == 4):
        return None
    y = int(words[1])
    return {"since": (y, float("inf")), "after": (y + 1, float("inf")),
            "before": (float("-inf"), y - 1)}.get(words[0])


def fact_years(kb, f) -> set[int]:
    """The years a prize fact may be said to be of: its show's and its films'."""
    out = set()
    ed = f.qualifiers.get("ceremony")
    e = kb.entity(ed) if ed else None
    if e is not None and getattr(e, "year", None):
        out.add(int(e.year))
    for k in ("year", "eligibility_year"):
        v = f.qualifiers.get(k)
        if v is not None and str(v)[:4].isdigit():
            out.add(int(str(v)[:4]))
    return out


def check_decades(kb, c, v: Verdict) -> Verdict:
    """A supported award verdict `v` whose claim leaves a decade unchecked: the decade holds
    when every supporting prize falls in it (in its part, if one is said), and it is wrong
    when none falls in any decade the words may mean."""
    unchecked = c.slots.get("unchecked") or []
    said = [(x, decade_of(x)) for x in unchecked]
    said = [(x, d) for x, d in said if d is not None]
    bounds = [(x, b) for x in unchecked if (b := bound_of(x)) is not None]
    if not (said or bounds) or not v.facts:
        return v
    years = [fact_years(kb, f) for f in v.facts]
    if not all(years):
        return v
    held = " and ".join(dict.fromkeys(_told(kb, f) for f in v.facts))
    done = []
    for phrase, (lo, hi) in bounds:
        # "Every film to win the Palme d'Or since 2000" over "Pulp Fiction (1994)": a bound the
        # heading puts on every row's prize holds when each supporting prize falls in it
        # (in one of its years), and is wrong when none does
        if not any(lo <= y <= hi for ys in years for y in ys):
            return refuted(f"{v.explanation.rstrip('.')} ({held}): not {phrase}.", v.facts)
        if all(any(lo <= y <= hi for y in ys) for ys in years):
            done.append(phrase)
    for phrase, (starts, (lo, hi)) in said:
        whole = [(s, s + 9) for s in starts]
        bare = phrase.removeprefix("the ").strip()
        if not any(a <= y <= b for ys in years for y in ys for a, b in whole):
            return refuted(f"{v.explanation.rstrip('.')} ({held}): not in the {bare}.",
                           v.facts)
        if all(any(s + lo <= y <= s + hi for y in ys for s in starts) for ys in years):
            done.append(phrase)
    if not done:
        return v
    c.slots["unchecked"] = [x for x in unchecked if x not in done]
    said = " and ".join(x if bound_of(x) else f"in the {x.removeprefix('the ').strip()}"
                        for x in done)
    return Verdict(v.verdict, f"{v.explanation.rstrip('.')} ({held}), {said}.", v.facts,
                   v.confidence)


def _told(kb, f) -> str:
    """"held in 2002, for the films of 2001": a prize's years, as an explanation says them."""
    ed = f.qualifiers.get("ceremony")
    e = kb.entity(ed) if ed else None
    year = getattr(e, "year", None) or f.qualifiers.get("year")
    films = f.qualifiers.get("eligibility_year")
    if year and films and str(films)[:4] != str(year)[:4]:
        return f"held in {year}, for the films of {str(films)[:4]}"
    return f"in {year}" if year else f"for the films of {str(films)[:4]}"


__all__ = ["bound_of", "check_decades", "decade_of", "fact_years"]
