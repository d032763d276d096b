"""KB facts in words: the `statement` of every piece of evidence and the explanations' phrases."""
from __future__ import annotations

from datetime import date

from ..kb.schema import PREDICATES
from ..kb.store import Fact

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt_date(value: str, precision: str | None = "day") -> str:
    parts = str(value).split("-")
    try:
        if precision == "year" or len(parts) == 1:
            return parts[0]
        if precision == "month" or len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        d = date(int(parts[0]), int(parts[1]), int(parts[2]))
        return f"{d.strftime('%A')}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    except (ValueError, IndexError):
        return str(value)


def at_date(value: str, precision: str | None = None) -> str:
    """"on Tuesday, May 21, 2024" for a day; "in May 2019" or "in 2019" for a month or a year."""
    parts = str(value).split("-")
    coarse = precision in ("month", "year") or len(parts) < 3
    return f"{'in' if coarse else 'on'} {fmt_date(value, precision or 'day')}"


def fmt_money(amount: float, unit: str | None = "USD") -> str:
    sym = {"USD": "$", "EUR": "€", "GBP": "£"}.get(unit or "USD", "")
    if amount >= 1e9:
        s = f"{amount / 1e9:.2f}".rstrip("0").rstrip(".") + " billion"
    elif amount >= 1e6:
        s = f"{amount / 1e6:.2f}".rstrip("0").rstrip(".") + " million"
    else:
        s = f"{amount:,.0f}"
    return f"{sym}{s}" if sym else f"{s} {unit}"


def fmt_quantity(amount: float, unit: str | None) -> str:
    if unit in ("USD", "EUR", "GBP"):
        return fmt_money(amount, unit)
    n = f"{amount:g}"
    if unit == "minute":
        if amount >= 60 and float(amount).is_integer():
            return f"{n} minutes ({int(amount) // 60} h {int(amount) % 60:02d} min)"
        return f"{n} minutes"
    if unit:
        return f"{n} {unit}s" if amount != 1 else f"{n} {unit}"
    return n


def value_words(kb, fact: Fact) -> str:
    if fact.value_type == "entity":
        return kb.label(fact.value)
    if fact.value_type == "date":
        return fmt_date(fact.value, fact.precision)
    if fact.value_type == "quantity":
        return fmt_quantity(fact.value, fact.unit)
    return str(fact.value)


def fact_statement(kb, fact: Fact) -> str:
    """'Anora — directed by: Sean Baker (ceremony: 97th Academy Awards)' style sentence."""
    pred = PREDICATES.get(fact.predicate)
    label = pred.label if pred and pred.label else fact.predicate.replace("_", " ")
    parts = [f"{kb.label(fact.subject)} {label} {value_words(kb, fact)}"]
    q = []
    for k, v in fact.qualifiers.items():
        if v in (None, "", []) or k in ("accepted_ordinals",):
            continue
        if isinstance(v, list):
            v = ", ".join(kb.label(x) if isinstance(x, str) and kb.entity(x) else str(x) for x in v)
        elif isinstance(v, str) and kb.entity(v):
            v = kb.label(v)
        q.append(f"{k.replace('_', ' ')}: {v}")
    if q:
        parts.append(f"({'; '.join(q)})")
    if fact.disputed and fact.disputed_values:
        alts = "; ".join(str(d.get("value")) for d in fact.disputed_values)
        parts.append(f"[disputed between sources: {alts}]")
    return " ".join(parts)
