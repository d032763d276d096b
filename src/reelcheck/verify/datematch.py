"""How a date the sentence states matches a date the KB holds: at the granularity the sentence
states it (a year, a month, a day), "N years ago" against the article's date, and the words of the
claim that said the date."""
from __future__ import annotations

from datetime import date
from typing import Optional

from .words import MONTHS


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
        said = c.slots.get("written_on")
        if said and cy is None and cm is None and cd is None and \
                abs((date(y, m, d) - date.fromisoformat(said)).days) > 7:
            # "on Sunday" in a piece of March 10: the Sunday before it or after, not one a
            # week or more away (nor a wrong one: the page's date may be when it was updated)
            return None
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
