"""Where places lie in the KB's geography tree (part_of facts): the chain of places that
contain one, and how two places relate. Read by the verifier (location checks) and by the
claims stage (a note placed somewhere else), so it lives with the KB, not in either."""
from __future__ import annotations


def ancestors(kb, eid: str) -> list[str]:
    """eid and every place that contains it (part_of chain)."""
    chain, seen = [eid], {eid}
    while True:
        fs = kb.facts(subject=chain[-1], predicate="part_of")
        if not fs or fs[0].value in seen:
            return chain
        chain.append(fs[0].value)
        seen.add(fs[0].value)


def place_relation(kb, a: str, b: str) -> str:
    """'same', 'inside' (a in b), 'contains' (b in a), 'disjoint' or 'unknown'."""
    if a == b:
        return "same"
    aa, bb = ancestors(kb, a), ancestors(kb, b)
    if b in aa:
        return "inside"
    if a in bb:
        return "contains"
    ea, eb = kb.entity(a), kb.entity(b)
    if ea and eb and ea.type == eb.type == "place" and (len(aa) > 1 or is_country(kb, a)) \
            and (len(bb) > 1 or is_country(kb, b)):
        return "disjoint"
    return "unknown"


def beside(kb, a: str, b: str) -> bool:
    """Whether the KB says one place borders the other (a town on a city's edge: "borders")."""
    return any(f.value == b for f in kb.facts(subject=a, predicate="borders")) or \
        any(f.value == a for f in kb.facts(subject=b, predicate="borders"))


def is_country(kb, eid: str) -> bool:
    # a place that contains others and is contained by none: a top of the geography tree
    return not kb.facts(subject=eid, predicate="part_of") and bool(
        kb.facts(predicate="part_of", object_entity=eid))


def festival_town(kb, fid: str, name: str):
    """The town a festival's name also names ("shot partly in Cannes", "held in the town of
    Cannes"): the one place the KB gives as the `event_location` of the festival (or of its
    editions), when that place's own name begins with the name as written; None otherwise
    (a venue, several towns, or a name that is not the town's: "the Berlinale")."""
    from .awards import award_family
    from ..textutil import fold
    fam = award_family(kb, fid) or fid
    editions = [fam] + [f.subject for f in kb.facts(predicate="edition_of", object_entity=fam)]
    towns = {f.value for e in editions for f in kb.facts(subject=e, predicate="event_location")}
    if len(towns) != 1:
        return None
    town = next(iter(towns))
    ent = kb.entity(town)
    if ent is None or ent.type != "place":
        return None
    said = fold(name).strip()
    names = [ent.label] + list(getattr(ent, "aliases", None) or [])
    return town if said and any(fold(n).startswith(said) for n in names) else None
