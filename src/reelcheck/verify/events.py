"""Event checks: who hosted a ceremony (`host` claims, claims/hosts.py).

A host the KB lists for the edition supports; a name that is none of them refutes only where
a factsheet declared that edition's host list complete, and only when the sentence names the
edition itself (not one taken from the paragraph: the host of another year may be meant)."""
from __future__ import annotations

from typing import Optional

from .checks import L, Verdict, _firm, check, nei, refuted, same_name, supported


@check("host")
def host(kb, c) -> Optional[Verdict]:
    ev, who, name = c.slots["subject"], c.slots.get("host"), c.slots.get("host_name") or ""
    facts = kb.facts(subject=ev, predicate="host")
    if not facts:
        return None
    hit = [f for f in facts if who and f.value == who or same_name(name, L(kb, f.value))]
    if hit and c.slots.get("unchecked"):
        said = ", ".join(f"'{x}'" for x in c.slots["unchecked"])
        return nei(f"{L(kb, ev)} was hosted by {L(kb, hit[0].value)}. The sentence also says "
                   f"{said}, which the KB cannot check.", hit)
    if hit:
        return supported(f"{L(kb, ev)} was hosted by {L(kb, hit[0].value)}.", hit)
    hosts = " and ".join(L(kb, f.value) for f in facts)
    if c.slots.get("borrowed"):
        return nei(f"{L(kb, ev)} was hosted by {hosts}; the sentence does not name the edition "
                   f"and may mean another year's show, so this is not judged.", facts)
    if kb.is_complete("host", subject=ev) and _firm(facts) == facts:
        return refuted(f"{L(kb, ev)} was hosted by {hosts}, not {name}.", facts)
    return nei(f"{L(kb, ev)} was hosted by {hosts}; the KB does not say it had no other "
               f"host.", facts)
