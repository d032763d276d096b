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
