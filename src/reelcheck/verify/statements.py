"""Statements the KB holds as sourced notes (what someone said or did), rumours, and the
descriptions set off beside a name that no family reads."""
from __future__ import annotations

from typing import Optional

from .checks import L, Verdict, check, nei, supported


@check("entity_description")
def entity_description(kb, c) -> Optional[Verdict]:
    """"Barbie, the year's biggest box office hit,": a description set off beside a name that
    no family reads (claims/descriptions.py). The KB holds nothing that decides it, so it is
    left open, named, and never judged by the clause around it (nor that clause by it)."""
    return nei(f"Nothing here checks the description '{c.text.strip(' ,')}' given of "
               f"{L(kb, c.slots.get('subject'))}; it is left open.")


@check("rumour")
def rumour(kb, c) -> Optional[Verdict]:
    return nei("Presented as rumour or hearsay; the KB has nothing that bears it out, and "
               "absence of evidence does not support it.")


@check("statement")
def statement(kb, c) -> Optional[Verdict]:
    return noted(kb, c.slots["fact_id"])


def noted(kb, fact_id: Optional[str]) -> Optional[Verdict]:
    """Support from a sourced prose note that says everything the claim says (never refutes)."""
    f = kb.fact(fact_id) if fact_id else None
    if f is None:
        return None
    what = "plot summary" if f.predicate == "plot" else "sourced note"
    return supported(f"The KB's {what} says so: {f.value}.", [f], conf=0.75)


def note_fields(kb, film: str):
    """(note, field, value) of each "field: value" part of the career notes about a film (a
    person's filmography entry on it: "Red Rocket; year: 2021; us distributor: A24"), the
    field lower-cased, both stripped."""
    for f in kb.facts_involving(film, "statement"):
        if f.qualifiers.get("category") != "filmography" or \
                film not in (f.qualifiers.get("about") or ()):
            continue
        for part in str(f.value).split(";"):
            key, sep, val = part.partition(":")
            if sep:
                yield f, key.strip().lower(), val.strip()
