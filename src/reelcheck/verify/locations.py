"""Place checks: where a film was shot or set, a person was born or an event was held, against the geography tree
(kb/places.py): a place inside the KB's place supports, a place in another country refutes."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..kb.places import ancestors, beside, is_country as _is_country, place_relation
from .checks import L, Verdict, _unknown, check, nei, refuted, supported


def _countries(kb, eid: str) -> set:
    return {x for x in [eid] + ancestors(kb, eid) if _is_country(kb, x)}


def _larger(kb, p: str, venue: str) -> bool:
    """Whether place p holds more of the KB's places than the town a venue lies in (the
    venue's first container, or the venue itself when it has none)."""
    town = ([x for x in ancestors(kb, venue) if x != venue] or [venue])[0]
    def size(x):
        return len(kb.facts(predicate="part_of", object_entity=x))
    return size(p) > size(town)


def _share_region(kb, a: str, b: str) -> bool:
    """Whether two places lie in one region below the country (their outermost container)."""
    ca, cb = ancestors(kb, a), ancestors(kb, b)
    return bool((set(ca[:-1]) & set(cb[:-1])) - {a, b}) or bool(set(ca[1:-1]) & {b}) \
        or bool(set(cb[1:-1]) & {a})


@check("place")
def place(kb, c) -> Optional[Verdict]:
    v = _place(kb, c)
    if v is not None and v.verdict == "refuted" and c.slots.get("borrowed"):
        # "the ceremony was held in ...": the edition is the one the paragraph named before,
        # which the sentence does not name itself; a place outside it is not judged
        return nei(f"{v.explanation} The sentence does not name the event; it is taken to be "
                   f"the one named before, so this is not judged.", v.facts)
    who = c.slots.get("native_of")
    if who and not c.slots.get("unknown"):
        # "set in Baker's native New York": the phrase also says where Baker is from; a
        # place that is not his makes the whole phrase wrong
        origin = _place(kb, replace(
            c, predicate="place_of_birth",
            slots=dict(kind="place", subject=who, place=c.slots["place"], loose=True)))
        if origin is not None and origin.verdict == "refuted":
            return origin
    if c.slots.get("only") and not c.slots.get("unknown"):
        v = _only(kb, c, v)
    if v is not None and v.verdict == "supported" and c.slots.get("part_of"):
        return nei(f"{v.explanation} The sentence says the {c.slots['part_of']} of it, which "
                   f"the KB does not say.", v.facts)
    return v


def _only(kb, c, v: Optional[Verdict]) -> Optional[Verdict]:
    """"Shot entirely in Las Vegas": the places the clause names are all there are. A place the
    KB holds that lies outside every one of them refutes it; otherwise the KB's list must be
    complete for the clause to hold, and a support of one place alone is withdrawn."""
    subj, pred, said = c.slots["subject"], c.predicate, c.slots["only"]
    facts = kb.facts(subject=subj, predicate=pred)
    words = {"narrative_location": "is also set in", "filming_location": "was also filmed in",
             "place_of_birth": "was born in"}.get(pred, "is also at")
    outside = [f for f in facts
               if all(place_relation(kb, f.value, p) == "disjoint" for p in said)]
    if outside and any(place_relation(kb, f.value, p) in ("same", "inside")
                       for f in facts for p in said):
        where = ", ".join(L(kb, f.value) for f in outside[:3])
        return refuted(f"{L(kb, subj)} {words} {where}, not only in "
                       f"{' and '.join(L(kb, p) for p in said)}.", outside[:3])
    if v is not None and v.verdict == "supported" and (
            outside or not kb.is_complete(pred, subject=subj)):
        return nei(f"{v.explanation} The sentence says it was only there, which the KB's "
                   f"list of places does not settle.", v.facts)
    return v


def _unknown_within(kb, c) -> Optional[Verdict]:
    """"held at the Edison Ballroom in Los Angeles": a place the KB lacks, said to lie in a
    place it knows. The unknown place is never confirmed; but where the town it is put in is
    itself wrong for the subject (checked as if the sentence named the town alone), the claim
    is wrong whatever the place is."""
    town = c.slots.get("within")
    if not town or c.slots.get("subject") is None or kb.entity(town) is None:
        return None
    slots = {k: v for k, v in c.slots.items() if k not in ("unknown", "within", "only")}
    v = _place(kb, replace(c, slots=dict(slots, place=town)))
    if v is None or v.verdict != "refuted":
        return None
    return refuted(f"{v.explanation} The sentence puts {c.slots['unknown']} in "
                   f"{L(kb, town)}.", v.facts)


def _place(kb, c) -> Optional[Verdict]:
    if c.slots.get("unknown"):
        return _unknown_within(kb, c) or _unknown(c)
    subj, pred, p = c.slots["subject"], c.predicate, c.slots["place"]
    facts = kb.facts(subject=subj, predicate=pred)
    if not facts:
        return None
    rels = [(f, place_relation(kb, f.value, p)) for f in facts]
    hit = [f for f, r in rels if r in ("same", "inside")]
    words = {"narrative_location": "is set in", "filming_location": "was filmed in",
             "place_of_birth": "was born in", "event_location": "took place at"}[pred]
    said_in = c.slots.get("within")
    if said_in and place_relation(kb, p, said_in) == "disjoint":
        # "set in Brighton Beach, Queens": the place is right, where it is said to lie is not;
        # a namesake of the place may lie there, so this is left open, never supported
        up = [x for x in ancestors(kb, p) if x != p][:1]
        where = f" the KB has it in {L(kb, up[0])}" if up else " the KB does not have it there"
        return nei(f"The sentence puts {L(kb, p)} in {L(kb, said_in)};{where}, so the place "
                   f"is not confirmed.", facts)
    if hit:
        within = f", in {L(kb, p)}" if hit[0].value != p else ""
        if not within and said_in and place_relation(kb, p, said_in) == "inside":
            within = f", in {L(kb, said_in)}"   # "at the Fairmont in Los Angeles": both said
        return supported(f"{L(kb, subj)} {words} {L(kb, hit[0].value)}{within}.", hit)
    # one place of birth, one place an event was held at: a place outside it is an error
    complete = pred in ("place_of_birth", "event_location") or kb.is_complete(pred, subject=subj)
    near = [f for f in facts if _share_region(kb, f.value, p) or beside(kb, f.value, p)]
    if c.slots.get("loose") and near:
        # "a Los Angeles native" born in a town beside it: not a clear error
        return nei(f"{L(kb, subj)} {words} {L(kb, near[0].value)}, next to {L(kb, p)}; a "
                   f"native of {L(kb, p)} may mean its area, so this is not judged.", near)
    if c.slots.get("loose") == "country" and not all(
            _countries(kb, f.value) and _countries(kb, p)
            and not _countries(kb, f.value) & _countries(kb, p) for f in facts):
        return None   # "hails from Moscow", born elsewhere in Russia: where one grew up
    centre = [f for f in near if _larger(kb, p, f.value)] if pred == "event_location" else []
    if centre:
        # "the Golden Globes in Los Angeles" for a show held at a Beverly Hills hotel: an
        # event's place is often said by the larger centre of the area around its venue (a
        # place of the venue's region, or bordering it, that holds more of the KB's places
        # than the venue's own town), so that is not judged; a smaller town beside it ("the
        # Oscars in Beverly Hills", for Hollywood's Dolby Theatre) still refutes
        return nei(f"{L(kb, subj)} {words} {L(kb, centre[0].value)}, in the area of "
                   f"{L(kb, p)}; the sentence may name the area, so this is not judged.", centre)
    if complete and all(r == "disjoint" for _, r in rels):
        where = ", ".join(L(kb, f.value) for f in facts)
        return refuted(f"{L(kb, subj)} {words} {where}, not {L(kb, p)}.", facts)
    if complete and pred != "place_of_birth":
        # "on Staten Island" for a story the KB keeps, in full, in New York City's Brooklyn and
        # Manhattan: a place the KB lists holds it, but so does the list's own finer places of
        # that one, which are its siblings (same direct part) and none of which it lies in. The
        # list must go finer still under one of them (Brighton Beach in Brooklyn): then the
        # siblings' level was listed in full, not only the spots some scenes are at
        up = [f.value for f in kb.facts(subject=p, predicate="part_of")]
        sibs = [f for f, r in rels if r == "disjoint" and up and
                [g.value for g in kb.facts(subject=f.value, predicate="part_of")] == up[:1]]
        finer = any(place_relation(kb, s.value, f.value) == "contains" for s in sibs
                    for f in facts)
        if len(up) == 1 and sibs and finer and any(
                f.value == up[0] for f, r in rels if r == "contains") \
                and all(r in ("disjoint", "contains") for _, r in rels):
            where = " and ".join(L(kb, f.value) for f in sibs)
            return refuted(f"{L(kb, subj)} {words} {L(kb, up[0])}, but only in {where} there, "
                           f"not {L(kb, p)}.", sibs)
    return None
