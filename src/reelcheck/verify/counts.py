"""Award counts: how many wins or nominations a person or film has at one edition or across a
career ("won four of its six nominations", "a three-time winner", "swept"), and a prize's ordinal
("its second Palme"); a count is refuted only when every set it counts is complete."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..kb.awards import award_family, category_candidates, edition_for_films_of
from .checks import L, Verdict, check, nei, refuted, supported
from .editions import (_accepted_for_country, _award_facts, _for_stated_work, _target_ceremony,
                       ceremonies_of_family_until, ceremony_year, involves)


def bound_range(n: int, bound: str) -> range:
    """The counts a bound on n admits: "nearly 12" 9-11, "more than 10" 11-15, "about 20"
    18-22, "at least 5" 5-7 (a bound that far says nothing one could check)."""
    d = max(1, n // 5)
    return {"below": range(max(1, n - d - 1), n), "nearly": range(max(1, n - d - 1), n),
            "above": range(n + 1, n + 2 * d + 2),
            "near": range(max(1, n - d), n + d + 1), "at_least": range(n, n + 2 * d + 2),
            "at_most": range(max(0, n - 2 * d - 1), n + 1)}.get(bound, range(n, n + 1))


def _bounded(kb, c, bound: str, fn) -> Optional[Verdict]:
    """"Won nearly a dozen Oscars": supported when the count the KB holds is one the bound
    admits; never refuted (the words do not say how near)."""
    for m in bound_range(c.slots["count"], bound):
        v = fn(kb, replace(c, slots=dict(c.slots, count=m, count_bound=None)))
        if v is not None and v.verdict == "supported":
            return v
    first = fn(kb, replace(c, slots=dict(c.slots, count_bound=None)))
    if first is None:
        return None
    n = c.slots["count"]
    if first.verdict == "refuted":   # the KB holds the record complete: its count decides
        k = next((m for m in range(0, 2 * n + 30) if getattr(fn(kb, replace(c, slots=dict(
            c.slots, count=m, count_bound=None))), "verdict", None) == "supported"), None)
        said = {"above": "more than", "at_least": "at least", "below": "under",
                "at_most": "at most"}.get(bound)
        if k is not None and said and (
                bound == "above" and k <= n or bound == "at_least" and k < n
                or bound == "below" and k >= n or bound == "at_most" and k > n):
            head = first.explanation.split("; not ")[0].split(", not ")[0].rstrip(".")
            return refuted(f"{head}: {k}, not {said} {n}.", first.facts)
    return nei(f"{first.explanation} The sentence gives a bound ('{bound.replace('_', ' ')}'), "
               f"which the KB's count does not meet closely enough to say.", first.facts)


def _named_set_won(kb, c, who: str, groups: list) -> Optional[Verdict]:
    """"Won the top five Oscars": a win of each of the set's categories (a label holding one of
    each group's words) in the family. Refuted only where the KB holds the subject's wins in
    the family complete."""
    family = c.slots.get("family")
    if not family:
        return None
    wins = [f for f in kb.facts_involving(who, "award_received") if involves(f, who, kb)
            and award_family(kb, f.value) == family and not f.disputed]
    got, missing = [], []
    for g in groups:
        hit = next((f for f in wins if any(w in L(kb, f.value).lower() for w in g)), None)
        (got.append(hit) if hit is not None else missing.append(g[0]))
    if not missing:
        return supported(f"{L(kb, who)} won each of them: "
                         f"{', '.join(L(kb, f.value) for f in got)}.", got)
    if wins and kb.is_complete("award_received", subject=who, qualifiers={"family": family}):
        told = " or ".join([", ".join(missing[:-1]), missing[-1]] if len(missing) > 1
                           else missing)
        return refuted(f"{L(kb, who)} won no {told} prize, so not all of the five "
                       f"(its wins: {', '.join(sorted({L(kb, f.value) for f in wins}))}).",
                       wins[:5])
    return nei(f"{L(kb, who)} won {len(got)} of the set the sentence names; the KB may not hold "
               f"all of its wins.", got)


@check("award_count")
def award_count(kb, c) -> Optional[Verdict]:
    """`_read_count`, and a refute is withheld where the count holds of another KB film of
    the same title that the sentence does not rule out (`_namesake_holds`). A bare number
    after a light verb with no count before it to name its noun (`either_kind`: "Anora
    collected six") counts wins or nominations: it holds if either reading holds, and is
    refuted only if both are."""
    if c.slots.get("either_kind"):
        won = award_count(kb, replace(c, slots={**c.slots, "either_kind": False}))
        nom = award_count(kb, replace(c, slots={**c.slots, "either_kind": False,
                                                "polarity": "nominated"}))
        for v in (won, nom):
            if v is not None and v.verdict == "supported":
                return v
        if won is not None and nom is not None and won.verdict == nom.verdict == "refuted":
            return refuted(f"{won.explanation.rstrip('.')}; as nominations: {nom.explanation}",
                           won.facts + nom.facts)
        return nei(next((v.explanation for v in (won, nom) if v is not None),
                        "The count may be of wins or of nominations."),
                   [f for v in (won, nom) if v is not None for f in v.facts])
    v = _read_count(kb, c)
    if v is not None and v.verdict == "refuted":
        held = _namesake_holds(kb, c)
        if held is not None:
            return nei(f"{v.explanation.rstrip('.')}; but the {held[0]} film of that title "
                       f"fits: {held[1].explanation}", v.facts + held[1].facts)
    return v


def _read_count(kb, c) -> Optional[Verdict]:
    """A count said of a film "for" a person ("Anora won four Oscars for Baker") reads either
    way: it holds if either reading holds, and is refuted only if both are."""
    bound = c.slots.get("count_bound")
    if bound and c.slots.get("count") is not None:
        return _bounded(kb, c, bound, award_count)
    named = c.slots.get("count_set")
    if named and c.slots.get("polarity") == "won" and named.get("family") == c.slots.get(
            "family") and not c.slots.get("family_assumed"):
        return _named_set_won(kb, c, c.slots["subject"], named["categories"])
    if c.slots.get("loose_count"):
        # "four major wins": all of the record, or a part of it the KB cannot single out;
        # the count can hold but a different one refutes nothing
        v = award_count(kb, replace(c, slots={k: x for k, x in c.slots.items()
                                              if k != "loose_count"}))
        return v if v is None or v.verdict != "refuted" else nei(v.explanation, v.facts)
    if c.slots.get("at_least"):
        # a record's count ("the first person to win five Oscars"): its holder won at least
        # that many. Refuted when even the most the KB holds falls short; what the record
        # adds (first, only) is no count, so a count reached supports nothing
        v = award_count(kb, replace(c, slots={k: x for k, x in c.slots.items()
                                              if k != "at_least"}))
        return v if v is not None and v.verdict == "refuted" and not _reached(kb, c) else None
    if c.slots.get("per_edition") and not any(
            c.slots.get(k) for k in ("ceremony", "year", "context_ceremony")):
        return _count_at_one_edition(kb, c, c.slots["subject"])
    if c.slots.get("reached") and (c.slots.get("ceremony") or c.slots.get("year")):
        return _count_reached(kb, c, c.slots["subject"])
    if c.slots.get("held_then") and (c.slots.get("ceremony") or c.slots.get("year")):
        return _count_held_then(kb, c, c.slots["subject"])
    v = _award_count(kb, c, c.slots["subject"])
    if c.slots.get("listed_works") and v is not None and v.verdict == "refuted":
        # "won four times, for A, B, ...": the whole record's count, or the listed works'
        # (the list may be partial): a count that differs refutes nothing
        return nei(v.explanation, v.facts)
    night = c.slots.get("context_ceremony")
    if night:   # told as an event in a paragraph about one edition: that night or the career
        w = _award_count(kb, replace(c, slots={**c.slots, "ceremony": night}), c.slots["subject"])
        if w is not None and w.verdict == "supported":
            return w
        if v is not None and v.verdict == "supported":
            return v
        if v is not None and w is not None and v.verdict == w.verdict == "refuted":
            if w.explanation == v.explanation:   # both readings name the same night
                return w
            return refuted(f"{w.explanation[:-1]}; {v.explanation}", w.facts + v.facts)
        if w is None and v is not None and v.verdict == "refuted" and c.slots.get("count") \
                and _nothing_at(kb, c, c.slots["subject"], night):
            # the night the paragraph is about, one the subject had nothing at in a record
            # complete across the show's history, reads as none: both readings refute
            return refuted(f"{v.explanation[:-1]}; at the {L(kb, night)} it had none.",
                           v.facts)
        return None
    other = c.slots.get("beneficiary")
    if other and (v is None or v.verdict != "supported"):
        # "the film won two, both for X": X's prizes for that film, not X's whole record
        e = kb.entity(c.slots["subject"])
        w = _award_count(kb, replace(c, slots={**c.slots, "for_work": c.slots.get("for_work")
                                               or c.slots["subject"]})
                         if e is not None and e.type == "film" else c, other)
        if w is not None and w.verdict == "supported":
            return w
        if v is not None and v.verdict == "refuted" and (w is None or w.verdict != "refuted"):
            return nei(v.explanation, v.facts)
    return v


def _nothing_at(kb, c, who: str, night: str) -> bool:
    """Whether `who`'s record in the claim's family, which the KB holds complete across the
    show's history, has no win (nomination) at the edition `night` of that family."""
    family = c.slots.get("family")
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    if not family or not kb.is_complete(pred, subject=who, qualifiers={"family": family}) \
            or not any(e.value == family for e in kb.facts(subject=night, predicate="edition_of")):
        return False
    return not any(f.qualifiers.get("ceremony") == night for p in (pred, "nominated_for")
                   for f in kb.facts_involving(who, p) if involves(f, who, kb))


def _stated_numbers(c) -> set:
    return {str(x[1]) for group in c.slots.get("stated_slots") or () for x in group
            if isinstance(x, (tuple, list)) and len(x) >= 2 and x[0] == "number"}


def _namesake_holds(kb, c) -> Optional[tuple]:
    """(year, verdict) of another KB film of the subject film's title for which the count
    holds, when the sentence names neither the film's year nor an edition: "West Side Story
    won one Oscar" may be said of the 2021 remake the reader has in mind, so the 1961 film's
    ten wins refute nothing."""
    who = c.slots.get("subject")
    e = kb.entity(who) if who else None
    if e is None or e.type != "film" or any(c.slots.get(k) for k in ("ceremony", "year")) \
            or not hasattr(kb, "entities_by_name"):
        return None
    if e.year and str(e.year) in _stated_numbers(c):
        return None
    for o in kb.entities_by_name(e.label, "film"):
        if o.id == who or o.label != e.label:
            continue
        w = _award_count(kb, replace(c, slots={**c.slots, "subject": o.id,
                                               "context_ceremony": None}), o.id)
        if w is not None and w.verdict == "supported":
            return o.year, w
    return None


@check("award_sweep")
def award_sweep(kb, c) -> Optional[Verdict]:
    """"won in every category it was nominated in": each nomination the subject had at the
    edition was a win. Supported when the KB's nominations there are complete and every one
    was won; refuted when a nomination there went to someone else."""
    who, family = c.slots["subject"], c.slots.get("family")
    target = _target_ceremony(kb, c, family, None, who)
    if not target:
        return None
    noms = {f.value: f for f in kb.facts_involving(who, "nominated_for")
            if involves(f, who, kb) and f.qualifiers.get("ceremony") == target}
    wins = {f.value: f for f in kb.facts_involving(who, "award_received")
            if involves(f, who, kb) and f.qualifiers.get("ceremony") == target}
    noms.update({a: f for a, f in wins.items() if a not in noms})   # a win was a nomination
    lost = [a for a in noms if a not in wins]
    for a in lost:
        other = [f for f in kb.facts(predicate="award_received", object_entity=a)
                 if f.qualifiers.get("ceremony") == target
                 and not involves(f, who, kb)] if not noms[a].disputed else []
        if other:
            return refuted(f"{L(kb, who)} was nominated for the {L(kb, a)} at the "
                           f"{L(kb, target)} but did not win; it went to "
                           f"{L(kb, other[0].subject)}.", [noms[a], other[0]])
    complete = kb.is_complete("nominated_for", subject=who, qualifiers={"ceremony": target})
    n = c.slots.get("count")   # "won all three Oscars it was nominated for"
    if n and noms and complete and len(noms) != n:
        return refuted(f"{L(kb, who)} was nominated for {len(noms)} awards at the "
                       f"{L(kb, target)}, not {n}.", list(noms.values())[:6])
    if noms and not lost and complete:
        names = ", ".join(L(kb, a) for a in wins)
        return supported(f"{L(kb, who)} won all {len(wins)} awards {L(kb, who)} was nominated "
                         f"for at the {L(kb, target)}: {names}.", list(wins.values()))
    return None


def _held_up_to(kb, c, who: str):
    """(target edition, {prize, edition, detail: fact} of every win (nomination) of `who` in
    the claim's family up to that edition's year, the earliest six of them as evidence, and
    the start of a sentence telling how many there were), or None when no edition is told."""
    family = c.slots.get("family")
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    target = _target_ceremony(kb, c, family, None, who)
    year = ceremony_year(kb, target) if target else None
    if not family or not target or not year:
        return None
    items = {}
    for f in kb.facts_involving(who, pred):
        y = ceremony_year(kb, f.qualifiers.get("ceremony"))
        if involves(f, who, kb) and award_family(kb, f.value) == family and not f.disputed \
                and y is not None and y <= year:
            items.setdefault((f.value, f.qualifiers["ceremony"], f.qualifiers.get("detail")), f)
    ev = sorted(items.values(), key=lambda f: ceremony_year(kb, f.qualifiers["ceremony"]))[:6]
    k = len(items)
    what = "win" if pred == "award_received" else "nomination"
    said = (f"{L(kb, who)} had {k} {L(kb, family)} {what}{'' if k == 1 else 's'} by the "
            f"{L(kb, target)}")
    return target, items, ev, said


def _record_complete(kb, c, who: str) -> bool:
    """Whether the KB declares `who`'s record of wins (nominations) in the family complete."""
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    return kb.is_complete(pred, subject=who, qualifiers={"family": c.slots.get("family")})


def _count_held_then(kb, c, who: str) -> Optional[Verdict]:
    """"At the 97th, three-time nominee X ...": the holder's wins (nominations) in the family
    as of the edition the clause is at, counted with that edition's or before it (writers
    count either way). Refuted only when neither count is the number and the KB declares the
    subject's record in the family complete."""
    got = _held_up_to(kb, c, who)
    if got is None:
        return None
    target, items, ev, said = got
    n = c.slots["count"]
    before = [k for k in items if k[1] != target]
    said = f"{said} ({len(before)} before it)"
    if n in (len(items), len(before)) and items:
        return supported(f"{said}.", ev)
    if _record_complete(kb, c, who):
        return refuted(f"{said}; not {n}.", ev)
    return None


def _count_reached(kb, c, who: str) -> Optional[Verdict]:
    """"Became a two-time winner in 1979": every win (nomination) in the family up to the
    edition the clause names is the count, and one of them is at that edition. Refuted only
    where the KB declares the subject's record in the family complete."""
    got = _held_up_to(kb, c, who)
    if got is None:
        return None
    target, items, ev, said = got
    n = c.slots["count"]
    at = [key for key in items if key[1] == target]
    if len(items) == n and at:
        return supported(f"{said}, the last of them there.", ev)
    if _record_complete(kb, c, who):
        return refuted(f"{said}{'' if at else ', none of them there'}; not {n}.", ev)
    return None


def _reached(kb, c) -> bool:
    """Whether some count the KB holds for the claim's subject (and its beneficiary) in the
    family, at the edition it names or any, reaches the claim's number."""
    n, family = c.slots["count"], c.slots.get("family")
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    for who in filter(None, (c.slots.get("subject"), c.slots.get("beneficiary"))):
        facts = [f for f in kb.facts_involving(who, pred) if involves(f, who, kb)
                 and award_family(kb, f.value) == family]
        facts += _accepted_for_country(kb, who, pred, None, facts)
        work = c.slots.get("for_work")
        facts = [f for f in facts if not work or work in (f.subject, f.qualifiers.get("for_work"))]
        by_night: dict = {}
        for f in facts:
            key = f.qualifiers.get("ceremony") or f.qualifiers.get("year")
            by_night.setdefault(key, set()).add((f.value, f.qualifiers.get("detail")))
        if c.slots.get("per_edition") or c.slots.get("ceremony") or c.slots.get("year"):
            if any(len(v) >= n for v in by_night.values()):
                return True
        elif sum(len(v) for v in by_night.values()) >= n:
            return True
    return False


def _count_at_one_edition(kb, c, who: str) -> Optional[Verdict]:
    """"won four Oscars in one night": the count at some edition of the family. It holds if
    one edition's count holds; it is refuted only when every edition's count is refuted and
    none reaches the number (a count below one night's best may be a night the words mean)."""
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    family = c.slots.get("family")
    eds = {f.qualifiers.get("ceremony") for f in kb.facts_involving(who, pred)
           if f.qualifiers.get("ceremony") and award_family(kb, f.value) == family}
    verdicts = [(e, _award_count(kb, replace(c, slots={**c.slots, "ceremony": e}), who))
                for e in sorted(eds)]
    held = [v for _e, v in verdicts if v is not None and v.verdict == "supported"]
    if held:
        return held[0]
    if not verdicts or any(v is None or v.verdict != "refuted" for _e, v in verdicts):
        return None
    best = max(verdicts, key=lambda ev: len(ev[1].facts))
    k = len({f.value for f in best[1].facts})
    if k >= c.slots["count"]:
        return None
    return refuted(f"{L(kb, who)} never had {c.slots['count']} at one ceremony: the most was "
                   f"{k}, at the {L(kb, best[0])}.", best[1].facts)


def edition_tally(kb, who: str, pred: str, target: str,
                  family: Optional[str]) -> tuple[dict, list]:
    """The prizes (nominations) `who` had at one edition, one entry per prize as writers count
    them ((category, detail, performer) -> fact), and the facts they were counted from."""
    facts = [f for f in kb.facts_involving(who, pred) if involves(f, who, kb)
             and f.qualifiers.get("ceremony") == target and award_family(kb, f.value) == family]
    facts += _accepted_for_country(kb, who, pred, target, facts)
    awards = {}
    for f in facts:  # two songs nominated in one category are two nominations, and so are
        # two of a film's actresses nominated in one acting category
        other = f.subject if f.subject != who and kb.entity(f.subject) is not None \
            and kb.entity(f.subject).type == "person" else None
        if other is not None and not _performance(kb, f):
            other = None   # two co-directors (writers, producers) share one category's award
        # ... and one person up twice in a category, for two films, has two nominations
        work = f.qualifiers.get("for_work") or f.subject
        if getattr(kb.entity(work), "type", None) != "film":
            work = None
        awards.setdefault((f.value, f.qualifiers.get("detail"), other, work), f)
    for key in [k for k in awards if k[2] is None]:   # the film's own fact beside its nominee's
        if any(o[:2] == key[:2] and o[2] is not None and o[3] == key[3] for o in awards):
            del awards[key]
    return awards, facts


def _award_count(kb, c, who: str) -> Optional[Verdict]:
    n, family = c.slots["count"], c.slots.get("family")
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    target = _target_ceremony(kb, c, family, None, who)
    if not target:
        return _career_count(kb, c, who, n, family, pred)
    awards, facts = edition_tally(kb, who, pred, target, family)
    classes = c.slots.get("classes")
    if classes:   # "two acting Oscars that night": the class's categories only
        awards = {a: v for a, v in awards.items() if _in_class(kb, a[0], classes)}
        facts = [f for f in facts if _in_class(kb, f.value, classes)]
    work = c.slots.get("for_work")
    work = work if work and work != who and getattr(kb.entity(work), "type", None) == "film" \
        else None
    if work:   # "won four Oscars for X at the 97th": the prizes for that film only (one the
        # KB holds for no film may be one for it: the count is then open)
        awards = {a: v for a, v in awards.items() if a[3] in (work, None)}
    if c.slots.get("lost_count") and pred == "nominated_for":
        return _lost_count(kb, c, who, target, family, awards, n)
    k = len(awards)
    complete = kb.is_complete(pred, subject=who, qualifiers={"ceremony": target}) and not (
        work and any(a[3] is None for a in awards))
    noun = "Oscar" if family == "academy-awards" else "award"
    noun = noun if pred == "award_received" else "nomination"
    noun = noun if k == 1 else noun + "s"
    if classes:
        noun += f" in {' or '.join(classes)} categories"
    if work:
        noun += f" for {L(kb, work)}"
    verb = "won" if pred == "award_received" else "received"
    names = ", ".join(dict.fromkeys(L(kb, a).split(" for ")[-1] for a, _d, _o, _w in awards))
    ev = list(awards.values())
    if not complete and k == 0 and n > 0 and not classes and c.slots.get("ceremony") == target \
            and "ceremony" in (c.slots.get("stated") or []) \
            and kb.is_complete(pred, subject=who, qualifiers={"family": family}):
        # nothing at the edition the clause numbers, in a record complete across the show's
        # history ("Parasite won four Oscars at the 91st"): where the record has them. (Not an
        # edition found from a year: "won 11 Oscars in 1997" may give the films' year.)
        had = sorted({f.qualifiers.get("ceremony") for f in kb.facts_involving(who, pred)
                      if involves(f, who, kb) and award_family(kb, f.value) == family
                      and f.qualifiers.get("ceremony")}, key=lambda e: ceremony_year(kb, e) or 0)
        what = "Oscars" if pred == "award_received" else "nominations"
        where = f"; its {what} came at the {', '.join(L(kb, e) for e in had[:3])}" if had \
            else ""
        return refuted(f"{L(kb, who)} {verb} nothing at the {L(kb, target)}{where}.",
                       [f for f in kb.facts_involving(who, pred) if f.qualifiers.get(
                           "ceremony") in had[:1]][:3])
    if not complete:
        if n == 0 and k > 0 and not any(f.disputed for f in ev):
            # "went home empty-handed": any win the KB holds there says otherwise
            return refuted(f"{L(kb, who)} {verb} {k} {noun} at the {L(kb, target)}, not none"
                           f"{' (' + names + ')' if names else ''}.", ev)
        return None
    if pred == "award_received" and c.slots.get("competitive_count"):
        # "eight competitive Oscars": the board's awards that night are not among them
        compete = [a for a, _d, _o, _w in awards
                   if competitive(kb, a)]
        if len(compete) != k and len(compete) != n:
            return refuted(f"{L(kb, who)} {verb} {k} {noun} at the {L(kb, target)}, "
                           f"{len(compete)} of them competitive, not {n}"
                           f"{' (' + names + ')' if names else ''}.", ev)
    films = {f.qualifiers.get("for_work") or (f.subject if f.subject != who else None)
             or f.qualifiers.get("film_title") for f in ev}
    want = c.slots.get("works_count")
    if k == n and want is not None and len(films) != want and None not in films:
        return refuted(f"{L(kb, who)}'s {k} {noun} at the {L(kb, target)} were for "
                       f"{len(films)} film{'' if len(films) == 1 else 's'}, not {want}.", ev)
    if k == n and want is not None and None in films:
        return None
    if k == n:
        return supported(f"{L(kb, who)} {verb} {k} {noun} at the {L(kb, target)}"
                         f"{': ' + names if names else ''}.", ev)
    # "eight competitive Oscars" (or a count that leaves the honorary ones out, as writers do)
    compete = [a for a, _d, _o, _w in awards
               if competitive(kb, a)]
    if pred == "award_received" and len(compete) == n < k:
        return supported(f"{L(kb, who)} {verb} {k} {noun} at the {L(kb, target)}, {n} of them "
                         f"competitive{': ' + names if names else ''}.", ev)
    # "Bong Joon Ho won three Oscars for Parasite": the Academy gives the International
    # Feature prize to the country, so a count that leaves out the one credited to the
    # director reads the record as the Academy keeps it
    country = _accepted_for_country(kb, who, pred, target, [])
    own = [a for a, f in awards.items() if f not in country]
    if pred == "award_received" and country and len(own) == n < k:
        return supported(f"{L(kb, who)} {verb} {n} {noun} at the {L(kb, target)}, not counting "
                         f"the film's {L(kb, country[0].value)}, which the Academy gives the "
                         f"country: {', '.join(L(kb, a[0]).split(' for ')[-1] for a in own)}.",
                         ev)
    films_year = _films_year_reading(kb, c, who, pred, target, family, n, k)
    if films_year is not None:
        return films_year
    other = ""
    e = kb.entity(who)
    if e and e.type == "person":
        films = {f.subject for f in facts if f.subject != who} | {
            f.qualifiers["for_work"] for f in facts if f.qualifiers.get("for_work")}
        for film in films:
            fk = len({f.value for f in kb.facts_involving(film, pred)
                      if f.qualifiers.get("ceremony") == target and involves(f, film, kb)
                      and award_family(kb, f.value) == family})
            if fk == n:
                other = f"; the film {L(kb, film)} {verb} {fk}"
    return refuted(f"{L(kb, who)} {verb} {k} {noun} at the {L(kb, target)}, not {n}"
                   f"{other}{' (' + names + ')' if names else ''}.", ev)


def _lost_count(kb, c, who: str, target: str, family: Optional[str], noms: dict,
                n: int) -> Optional[Verdict]:
    """"Lost four of its five nominations": the nominations at the edition that did not win,
    counted where both records are complete there; else open."""
    if c.slots.get("classes") or not all(kb.is_complete(
            pred, subject=who, qualifiers={"ceremony": target})
            for pred in ("nominated_for", "award_received")):
        return None
    won, _ = edition_tally(kb, who, "award_received", target, family)
    lost = {a: f for a, f in noms.items() if not any(w[:2] == a[:2] for w in won)}
    names = ", ".join(dict.fromkeys(L(kb, a).split(" for ")[-1] for a, *_ in lost))
    said = (f"{L(kb, who)} lost {len(lost)} of {len(noms)} nomination"
            f"{'' if len(noms) == 1 else 's'} at the {L(kb, target)}")
    ev = list(noms.values())
    if len(lost) == n:
        return supported(f"{said}{': ' + names if names else ''}.", ev)
    return refuted(f"{said}, not {n}{' (' + names + ')' if names else ''}.", ev)



def _films_year_reading(kb, c, who: str, pred: str, target: str, family: Optional[str],
                        n: int, k: int) -> Optional[Verdict]:
    """"Walt Disney won four Oscars in one night in 1953": a year that names no edition may be
    the films' year, not the night's; where the edition for that year's films holds the count
    the edition held that year does not, the count is open, never refuted."""
    year = c.slots.get("year")
    if not year or not family or "ceremony" in (c.slots.get("stated") or []):
        return None
    alt = edition_for_films_of(kb, family, year)
    if not alt or alt == target:
        return None
    got, _facts = edition_tally(kb, who, pred, alt, family)
    if len(got) != n:
        return None
    e, verb = kb.entity(alt), "won" if pred == "award_received" else "had"
    return nei(f"At the {L(kb, target)}, held in {year}, {L(kb, who)} {verb} {k}; at the "
               f"{L(kb, alt)}, held in {e.year if e else year + 1} for the films of {year}, "
               f"{n}: the sentence may date the night by its films.", list(got.values()))


def _latest_of(kb, c, items: list, who: str) -> Optional[tuple[str, str]]:
    """"won four Oscars, the last for X in 1982": (verdict, words) for the latest of the
    counted, which must be for that work, in that year; None when the claim names no latest."""
    year, work = c.slots.get("latest_year"), c.slots.get("latest_work")
    dated = [f for f in items if ceremony_year(kb, f.qualifiers.get("ceremony"))]
    if not (year or work) or not dated:
        return None
    last_year = max(ceremony_year(kb, f.qualifiers["ceremony"]) for f in dated)
    last = [f for f in dated if ceremony_year(kb, f.qualifiers["ceremony"]) == last_year]
    works = {f.qualifiers.get("for_work") or (f.subject if f.subject != who else None)
             for f in last} - {None}
    said = f"the latest was {'for ' + ', '.join(L(kb, w) for w in works) + ' ' if works else ''}" \
        f"in {last_year}"
    if (year and year != last_year) or (work and works and work not in works):
        return "refuted", f"{said}, not {'for ' + L(kb, work) + ' ' if work else ''}" \
            f"{'in ' + str(year) if year else ''}".rstrip()
    return "supported", said


def _performance(kb, f) -> bool:
    """Whether a person's win (nomination) is a performance of their own: a character played,
    or an acting category. Two actresses of one film nominated in one category are two
    nominations; the two directors of one film named in Best Director are one."""
    if f.qualifiers.get("character_name"):
        return True
    label = L(kb, f.value).lower()
    return "actor" in label or "actress" in label


def _career_count(kb, c, who: str, n: int, family: Optional[str],
                  pred: str) -> Optional[Verdict]:
    """"A 21-time Oscar nominee", "has won three Oscars" with no ceremony or year stated: every
    win (nomination) in the family's history, refuted only where the KB declares this person's
    or film's record in the family complete. A film stated ("two Oscars for Nomadland")
    narrows the count to it."""
    if not family or c.slots.get("ceremony") or c.slots.get("year") or set(
            c.slots.get("unchecked") or ()) - set(c.slots.get("record_words") or ()):
        return None   # (a record's words said over the tally are no scope of the count:
        # the tally is checked, and the record stays open: verify/awards.py `account`)
    work, classes = c.slots.get("for_work"), c.slots.get("classes")
    facts = [f for f in kb.facts_involving(who, pred) if involves(f, who, kb)
             and award_family(kb, f.value) == family and not f.disputed]
    facts += _accepted_for_country(kb, who, pred, None, facts)
    facts = [f for f in facts if not work or work in (f.subject, f.qualifiers.get("for_work"))]
    if classes:   # "three acting Oscars": the categories whose labels say actor or actress
        facts = [f for f in facts if _in_class(kb, f.value, classes)]
    items = {}
    for f in facts:   # one per category, ceremony and work (two songs in one category, or two
        # of one's films up for one category on one night, are two)
        q = f.qualifiers
        items.setdefault((f.value, q.get("ceremony") or q.get("year"), q.get("detail"),
                          q.get("for_work") or q.get("film_title") or f.subject), f)
    k = len(items)
    # "Walt Disney won 22 Oscars": writers often count the competitive awards only
    compete = len([key for key in items if competitive(kb, key[0])])
    noun = "Oscar" if family == "academy-awards" else L(kb, family) + " award"
    noun = noun if pred == "award_received" else noun + " nomination"
    verb = "won" if pred == "award_received" else "received"
    for_ = f" for {L(kb, work)}" if work else ""
    ev = sorted(items.values(), key=lambda f: str(f.qualifiers.get("ceremony") or ""))[:6]
    said = f"{L(kb, who)} has {verb} {k} {noun}{'' if k == 1 else 's'}{for_}" + (
        f" in {' or '.join(classes)} categories" if classes else " in all")
    if compete != k:
        said += f", {compete} of them competitive"
    complete = kb.is_complete(pred, subject=who, qualifiers={"family": family})
    if c.slots.get("competitive_count") and compete != k:
        # "26 competitive Oscars": the board's awards are not among them
        if n == compete:
            return supported(f"{said}.", ev)
        return refuted(f"{said}; not {n} competitive.", ev) if complete else None
    if n in (k, compete) and (n or complete):   # none won: only a complete record says so
        latest = _latest_of(kb, c, list(items.values()), who)
        if latest is not None and latest[0] == "refuted":
            return refuted(f"{said}; {latest[1]}.", ev) if complete else \
                nei(f"{said}; {latest[1]}.", ev)
        return supported(f"{said}{'; ' + latest[1] if latest else ''}.", ev)
    country = _accepted_for_country(kb, who, pred, None, [])
    if country and n == len([x for x in items.values() if x not in country]) < k:
        # the count as the Academy keeps it: the film's country prize (its nomination) is not
        # the director's
        return supported(f"{said}, not counting the {L(kb, country[0].value)} the Academy "
                         f"gives the country.", ev)
    own = len([key for key in items if key[0] not in PRODUCERS_PRIZES])
    if n == own < k and getattr(kb.entity(who), "type", "") == "person":
        # "three-time Oscar winner Frances McDormand": writers often leave out a Best Picture
        # won as a producer, and so a nomination as one ("nominated three times" of an actor
        # also up for producing the Best Picture); the count may hold, it refutes nothing
        return nei(f"{said}; {own} of them not as a producer of the Best Picture.", ev)
    then = _count_when_written(kb, c, items, n)
    if then is not None:   # the count the record had when the piece may have been written
        return supported(f"{said}; {n} by {then}, when the piece was written.", ev) \
            if c.slots.get("written_lo") is not None and c.slots.get("written_lo") == \
            c.slots.get("written_hi") else nei(
            f"{said}; it was {n} in {then}, and the piece may be from then.", ev)
    if complete and abs(n - k) == 1 and k >= LONG_CAREER:
        # a long career's count differs by one between sources (a shared or studio credit,
        # a withdrawn nomination): close is not wrong
        return nei(f"{said}; sources that count shared or studio credits otherwise may give "
                   f"{n}.", ev)
    if complete:
        return refuted(f"{said}; not {n}.", ev)
    return None


# a career this long is counted a little differently by different sources (see _career_count)
LONG_CAREER = 20


def _count_when_written(kb, c, items: dict, n: int) -> Optional[int]:
    """A year the record counted `n` in, within the years the piece can have been written in
    (slots written_lo/written_hi; unbounded when None): "a 16-time nominee" in a piece of 2025
    holds though the KB has since added a 17th. Within a year, the count before and after
    that year's editions are both possible. None when no such year, or when the piece shows
    no time at all (no date, no year: it is read as of now)."""
    if c.slots.get("written_lo") is None and c.slots.get("written_hi") is None:
        return None
    years = sorted(y for y in (f.qualifiers.get("year") or ceremony_year(
        kb, f.qualifiers.get("ceremony")) for f in items.values()) if isinstance(y, int))
    if len(years) != len(items) or not years:
        return None   # an undated prize: no count over time
    lo = c.slots.get("written_lo") or years[0]
    hi = c.slots.get("written_hi") or years[-1]
    for y in range(max(lo, years[0] - 1), min(hi, years[-1]) + 1):
        if n in (sum(1 for x in years if x < y), sum(1 for x in years if x <= y)):
            return y
    return None


# prizes a person holds as one of a film's producers, which counts of a person's Oscars often
# leave out ("three-time Oscar winner Frances McDormand", Nomadland's Best Picture aside)
PRODUCERS_PRIZES = ("academy-award-for-best-picture",)


# words naming an award given by a board rather than won in competition (Honorary Award,
# Thalberg, Hersholt, special and scientific awards): counted apart as well as in the total
NON_COMPETITIVE = ("honorary", "special award", "special achievement", "thalberg", "hersholt", "scientific",
                   "technical", "juvenile", "sawyer", "humanitarian")


def competitive(kb, award: str) -> bool:
    """A prize won in competition, not one the board gives (honorary, Thalberg, Hersholt...)."""
    return not any(w in L(kb, award).lower() for w in NON_COMPETITIVE)


def _in_class(kb, award: str, words) -> bool:
    """Whether a category is of the class whose labels hold one of `words`."""
    return any(w in L(kb, award).lower().split() for w in words)


@check("nth_prize")
def nth_prize(kb, c) -> Optional[Verdict]:
    """'It was his second win, after The Pianist': the holder's prizes of the family (of the
    category, when the words name the kind) up to the one the claim stands for. Supported
    when the count fits (and the works "after" names are the earlier ones'); refuted only for
    one category the KB holds complete at every edition up to that one."""
    sl = c.slots
    who, n, pol, aw, fam = sl["subject"], sl["n"], sl["polarity"], sl["award"], sl.get("family")
    pred = "award_received" if pol == "won" else "nominated_for"
    # a phrase that names several categories ("Best Art Direction": the colour and the
    # black-and-white splits, the renamed later one): the prize is one of them
    alts = category_candidates(kb, fam, sl["award_phrase"]) if fam and sl.get(
        "award_phrase") else []
    alts = alts if aw in alts else [aw]
    mine = [f for a_ in alts for f in _award_facts(kb, pred, a_, who)
            if not sl.get("for_work") or _for_stated_work(c, f) or f.qualifiers.get(
                "for_work") == sl.get("for_work") or f.subject == sl.get("for_work")]
    if sl.get("ceremony"):   # "won at the 96th, her second Oscar": the prize of that night
        mine = [f for f in mine if f.qualifiers.get("ceremony") == sl["ceremony"]] or mine
    if sl.get("year"):   # "became a two-time winner in 1979": the prize of that year
        mine = [f for f in mine if sl["year"] in (f.qualifiers.get("year"), ceremony_year(
            kb, f.qualifiers.get("ceremony")))]
    ceremonies = {f.qualifiers.get("ceremony") for f in mine}
    if len(ceremonies) != 1 or None in ceremonies:
        return None
    at = ceremonies.pop()
    year = ceremony_year(kb, at)
    if not year:
        return None
    classes = sl.get("classes")   # "his first acting Oscar": the class's categories
    if classes and not _in_class(kb, aw, classes):
        return None
    if classes:
        cats = sorted({f.value for f in _held_by(kb, who, pred)
                       if award_family(kb, f.value) == fam and _in_class(kb, f.value, classes)}
                      | {aw})
    elif sl.get("scoped"):
        cats = alts
    else:
        preds = ["award_received"] + (["nominated_for"] if pol == "nominated" else [])
        cats = sorted({f.value for p_ in preds for f in _held_by(kb, who, p_)
                       if award_family(kb, f.value) == fam} | {aw})
    held = {}
    for cat in cats:
        for f in _award_facts(kb, pred, cat, who):
            y = ceremony_year(kb, f.qualifiers.get("ceremony"))
            if y and y <= year:
                held[(f.qualifiers.get("ceremony"), cat)] = f
    before = [f for (cer, _), f in held.items() if ceremony_year(kb, cer) < year]
    now = [f for (cer, _), f in held.items() if cer == at]
    lo, hi = len(before) + 1, len(before) + max(1, len(now))
    works = {f.qualifiers.get("for_work") for f in before} | {
        f.subject for f in before if kb.entity(f.subject) is not None
        and kb.entity(f.subject).type == "film"}
    noun = "win" if pol == "won" else "nomination"
    what = f"{L(kb, who)}'s {'prizes' if pol == 'won' else 'nominations'}" + (
        f" in {' or '.join(classes)} categories" if classes else
        f" for {L(kb, aw)}" if sl.get("scoped") else "")
    earlier = ", ".join(sorted({L(kb, w) for w in works if w})) or "none before it"
    if sl.get("gap"):   # "his first Oscar in 17 years": the gap back to the one before
        return _first_in_a_while(kb, sl, what, at, year, before, now, bool(
            not sl.get("scoped") and not classes and fam and sl.get("family_named")
            and kb.is_complete(pred, subject=who, qualifiers={"family": fam})))
    if lo < n <= hi and all(w in works for w in sl.get("after") or ()):
        # "his second Oscar" of four won in one night: the KB does not order a night's prizes
        return nei(f"{what}: the ones at the {L(kb, at)} are numbers {lo}-{hi}, and the KB "
                   f"does not order one night's prizes (earlier: {earlier}).", before + now)
    if lo <= n <= hi and all(w in works for w in sl.get("after") or ()) and not \
            sl.get("after_unknown"):
        return supported(f"{what}: this one, at the {L(kb, at)}, is number {n} "
                         f"(earlier: {earlier}).", before + now)
    complete = sl.get("scoped") and not classes and len(alts) == 1 and all(
        kb.is_complete("award_received", object_entity=aw, qualifiers={"ceremony": cer})
        or kb.is_complete("award_received", object_entity=aw,
                          qualifiers={"year": ceremony_year(kb, cer)})
        for cer in ceremonies_of_family_until(kb, fam, year)) or (
        # "her third Oscar": the words name the show, whose record of the holder is complete
        # ("his fourth win" may count other shows' prizes: left open)
        not sl.get("scoped") and fam and sl.get("family_named")
        and bool(kb.is_complete(pred, subject=who, qualifiers={"family": fam})))
    if complete and lo <= n <= hi and any(w not in works for w in sl.get("after") or ()):
        wrong = ", ".join(L(kb, w) for w in sl["after"] if w not in works)
        return refuted(f"{what}: the earlier ones were for {earlier}, not {wrong}.",
                       before + now)
    if complete and not lo <= n <= hi and pol == "won" and not sl.get("scoped") and \
            len([f for f in before if competitive(kb, f.value)]) + 1 <= n <= hi:
        # "his first Oscar" after an honorary one: the count may be of prizes won in
        # competition, which the words do not rule out
        return nei(f"{what}: the one at the {L(kb, at)} is number {lo}, or {n} counting only "
                   f"prizes won in competition (earlier: {earlier}).", before + now)
    if complete and not lo <= n <= hi:
        return refuted(f"{what}: the one at the {L(kb, at)} is number {lo}"
                       f"{'' if hi == lo else f'-{hi}'}, not {n} (earlier: {earlier}).",
                       before + now)
    return None


def _first_in_a_while(kb, sl, what: str, at: str, year: int, before: list, now: list,
                      complete: bool) -> Verdict:
    """'His first Oscar in 17 years', '... since 2009', '... since Milk': not the holder's first
    prize, but the first after a gap, measured from the latest earlier one. Refuted only when the
    KB holds the holder's whole record of the show and it leaves the words no reading: an
    earlier prize inside the span, or one after the year or the work the "since" names."""
    gap, ev = sl["gap"], before + now
    if not before:
        return nei(f"{what}: the one at the {L(kb, at)} is the first; the KB holds no earlier "
                   f"one for the gap to be measured from.", ev)
    last = max(ceremony_year(kb, f.qualifiers.get("ceremony")) for f in before)
    prev = [f for f in before if ceremony_year(kb, f.qualifiers.get("ceremony")) == last]
    works = sorted({L(kb, w) for f in prev for w in (f.qualifiers.get("for_work"), f.subject)
                    if w and kb.entity(w) is not None and kb.entity(w).type == "film"})
    said = f"the one before it came at the {L(kb, prev[0].qualifiers.get('ceremony'))} " \
           f"({last}{', ' + ', '.join(works) if works else ''})"
    if "years" in gap:
        n, how, diff = gap["years"], gap.get("how"), year - last
        fits = diff > n if how == "over" else n * 0.8 <= diff <= n if how == "under" \
            else diff == n
        off = diff <= n - 1 if how == "over" else diff > n + 1 if how == "under" \
            else abs(diff - n) > 1
        span = f"{'more than ' if how == 'over' else 'almost ' if how == 'under' else ''}" \
               f"{n} years"
        if fits:
            return supported(f"{what}: the one at the {L(kb, at)} ({year}) came {diff} years "
                             f"after the one before, as said ({span}); {said}.", ev)
        if complete and off:
            return refuted(f"{what}: the one at the {L(kb, at)} ({year}) came {diff} years "
                           f"after the one before, not {span}; {said}.", ev)
        return nei(f"{what}: the one at the {L(kb, at)} came {diff} years after the one "
                   f"before; {said}.", ev)
    if gap.get("since_year"):
        y = gap["since_year"]
        held = {last} | {f.qualifiers.get("eligibility year") or f.qualifiers.get(
            "eligibility_year") for f in prev}
        if y in held:
            return supported(f"{what}: {said}, none between.", ev)
        if complete and last > y + 1:
            return refuted(f"{what}: not the first since {y}: {said}.", ev)
        return nei(f"{what}: {said}.", ev)
    since = gap.get("since_work")
    if since and since in {w for f in prev for w in (f.qualifiers.get("for_work"), f.subject)}:
        return supported(f"{what}: {said}, none between.", ev)
    if since and complete and any(since in (f.qualifiers.get("for_work"), f.subject)
                                  for f in before):
        return refuted(f"{what}: not the first since {L(kb, since)}: {said}.", ev)
    return nei(f"{what}: {said}.", ev)


def _held_by(kb, who: str, pred: str) -> list:
    """The prizes (nominations) a person holds, as `involves` reads a fact: as the subject, or
    as a recipient of a film's ("Anora won Best Film Editing", recipients: Sean Baker)."""
    return [f for f in kb.facts_involving(who, pred) if involves(f, who, kb)]


def _record_tally(kb, who: str, pred: str, family: str, award: Optional[str],
                  ceremony: Optional[str]) -> tuple[int, int, list]:
    """(all, competitive, facts) of `who`'s wins (nominations) in a family's record, one per
    category, night, detail and work as writers count them (`_career_count`); of one category
    and one night when given."""
    facts = [f for f in kb.facts_involving(who, pred) if involves(f, who, kb)
             and award_family(kb, f.value) == family and not f.disputed
             and (award is None or f.value == award)
             and (ceremony is None or f.qualifiers.get("ceremony") == ceremony)]
    facts += [f for f in _accepted_for_country(kb, who, pred, ceremony, facts)
              if award is None or f.value == award]
    items = {}
    for f in facts:
        q = f.qualifiers
        items.setdefault((f.value, q.get("ceremony") or q.get("year"), q.get("detail"),
                          q.get("for_work") or q.get("film_title") or f.subject), f)
    compete = len([k for k in items if competitive(kb, k[0])])
    return len(items), compete, list(items.values())


def _compare(kx: int, ky: int, cmp: dict) -> bool:
    factor, diff, op = cmp.get("factor") or 1.0, cmp.get("diff") or 0, cmp["op"]
    if op == "=":
        return kx == ky * factor
    if diff:
        return kx == ky + diff if op == ">" else kx == ky - diff
    if factor != 1.0:   # "four times more": as writers use it, four times as many
        return kx == ky * factor
    return kx > ky if op == ">" else kx < ky


@check("count_comparison")
def count_comparison(kb, c) -> Optional[Verdict]:
    """"X won more Oscars than Y", "as many nominations as Y", "twice as many as Y", "one
    fewer than Y": both records counted in the family (of the category, and of the night for
    two people, when the clause names them). Decided only where the KB declares both records
    complete, and only where counting the honorary awards or leaving them out gives the same
    answer; a film's record is the whole of its nights."""
    cmp, family = c.slots.get("compared") or {}, c.slots.get("family")
    who, other = c.slots.get("subject"), cmp.get("other")
    if not family or c.slots.get("family_assumed") or not who or not other:
        return None
    if cmp.get("joined") or cmp.get("per_edition") or c.slots.get("per_edition") \
            or c.slots.get("reached"):
        return None   # "than A and B combined", "more in one night than X": not two records
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    e = kb.entity(who)
    person = e is not None and e.type == "person"
    night = c.slots.get("ceremony") if person else None
    if person and (c.slots.get("year") and not night or c.slots.get("context_ceremony")):
        return None   # a time the clause gives that names no night of both
    if night and not any(f.qualifiers.get("ceremony") == night
                         for f in kb.facts_involving(other, "nominated_for")):
        return None   # "more Oscars at the 97th than X", X not in that night's race: X's
        # record elsewhere may be meant
    if any(not kb.is_complete(pred, subject=x, qualifiers={"family": family})
           for x in (who, other)):
        return None
    award = c.slots.get("award")
    ax, cx, fx = _record_tally(kb, who, pred, family, award, night)
    ay, cy, fy = _record_tally(kb, other, pred, family, award, night)
    both = {_compare(ax, ay, cmp), _compare(cx, cy, cmp)}
    noun = ("Oscar" if family == "academy-awards" else "award") if pred == "award_received" \
        else "nomination"
    verb = "won" if pred == "award_received" else "received"
    where = f" at the {L(kb, night)}" if night else ""
    said = (f"{L(kb, who)} {verb} {ax} {noun}{'' if ax == 1 else 's'}{where}, "
            f"{L(kb, other)} {ay}")
    if award:
        verb = "won" if pred == "award_received" else "was nominated for"
        said = (f"{L(kb, who)} {verb} the {L(kb, award)} {ax} time{'' if ax == 1 else 's'}"
                f"{where}, {L(kb, other)} {ay}")
    if ax != cx or ay != cy:
        said += f" ({cx} and {cy} competitive)"
    if len(both) > 1:
        return nei(f"{said}; whether the comparison holds depends on counting the honorary "
                   f"awards.", fx[:3] + fy[:3])
    if both.pop():
        return supported(f"{said}.", fx[:3] + fy[:3])
    return refuted(f"{said}, so the comparison the sentence makes does not hold.",
                   fx[:3] + fy[:3])
