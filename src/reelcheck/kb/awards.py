"""Award structure in the KB: which family (Academy Awards, Cannes ...) an award or edition
belongs to. Shared by the claim builders and the verifier."""
from __future__ import annotations

from typing import Optional


def award_family(kb, eid: Optional[str]) -> Optional[str]:
    """The award family (academy-awards, cannes-film-festival ...) of an award or ceremony
    entity: follow part_of / edition_of up to the top."""
    seen = set()
    while eid and eid not in seen:
        seen.add(eid)
        for pred in ("part_of", "edition_of"):
            fs = kb.facts(subject=eid, predicate=pred)
            if fs:
                eid = fs[0].value
                break
        else:
            return eid
    return eid


def ceremonies_of_family(kb, family: str, year: int) -> list[str]:
    """The editions of an award family held in a year (usually one)."""
    out = []
    for f in kb.facts(predicate="edition_of", object_entity=family):
        e = kb.entity(f.subject)
        if e and e.year == year:
            out.append(e.id)
    return out
