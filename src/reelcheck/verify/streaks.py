"""Runs of wins: "won back-to-back Oscars", "Best Actor two years in a row", "his second
straight Palme" (claims/intervals.py `_streaks`). The subject's wins of the prize (a category,
or every prize of a show when the sentence names only the show) are ordered by the number of
their edition; the claim holds when N of them are consecutive editions (with every year the
clause names among that run's, as the ceremony's year or its films'). It is refuted only when
the KB's record of the subject's wins is complete around each of them -- the subject's whole
record of the show, or each neighbouring edition's winners of the prize -- and no run of N
exists; else the KB cannot tell."""
from __future__ import annotations

from typing import Optional

from ..kb.awards import award_family
from .checks import L, Verdict, bound_words, check, nei, refuted, supported, within_bound
from .editions import _award_facts, ceremony_year, edition_number, involves


def _wins(kb, who: str, award: Optional[str], family: Optional[str]) -> list:
    """The subject's wins of the prize: of the category, or of any prize of the show."""
    if award and award != family and kb.entity(award) is not None and \
            kb.entity(award).type != "ceremony" and award_family(kb, award) != award:
        return _award_facts(kb, "award_received", award, who)
    fam = family or award
    return [f for f in kb.facts_involving(who, "award_received")
            if involves(f, who, kb) and award_family(kb, f.value) == fam]


def _years_of(kb, f) -> set:
    """The years a win may be dated by: its edition's, and the year of its films."""
    q = f.qualifiers
    y = ceremony_year(kb, q.get("ceremony")) or q.get("year")
    out = {y} if isinstance(y, int) else set()
    ey = str(q.get("eligibility_year") or "")[:4]
    if ey.isdigit():
        out.add(int(ey))
    elif isinstance(y, int) and award_family(kb, q.get("ceremony")) == "academy-awards":
        out.add(y - 1)
    return out


def _complete_around(kb, who: str, award: Optional[str], fam: Optional[str], wins: dict,
                     n: int) -> bool:
    """Whether no win of the subject can be missing next to one the KB holds: its record of
    the show is declared complete, or each edition within n-1 of a win has its winners of the
    prize declared complete."""
    if fam and kb.is_complete("award_received", subject=who, qualifiers={"family": fam}):
        return True
    if not award or not fam:
        return False
    numbered = {edition_number(kb, f.subject): f.subject
                for f in kb.facts(predicate="edition_of", object_entity=fam)}
    for k in wins:
        for j in range(k - n + 1, k + n):
            ed = numbered.get(j)
            if j == k or j < 1:
                continue
            if ed is None:   # an edition the KB does not hold (nor one yet to come)
                return False
            year = ceremony_year(kb, ed) if ed else None
            if ed and not (kb.is_complete("award_received", object_entity=award,
                                          qualifiers={"ceremony": ed}) or year and
                           kb.is_complete("award_received", object_entity=award,
                                          qualifiers={"year": year})):
                return False
    return True


@check("streak")
def streak_claim(kb, c) -> Optional[Verdict]:
    sl = c.slots
    who, award, family, n = sl["subject"], sl.get("award"), sl.get("family"), sl["run"]
    facts = [f for f in _wins(kb, who, award, family) if f.qualifiers.get("ceremony")]
    if not facts:
        return None   # the win's own claim says what the KB holds of it
    by: dict = {}
    for f in facts:
        k = edition_number(kb, f.qualifiers["ceremony"])
        if k is None:
            return None
        by.setdefault(k, []).append(f)
    prize = L(kb, award or family)
    ks = sorted(by)
    runs, run = [], [ks[0]]
    for k in ks[1:]:
        if k == run[-1] + 1:
            run.append(k)
        else:
            runs.append(run)
            run = [k]
    runs.append(run)
    said = set(sl.get("years") or ())
    told = "; ".join(
        f"{L(kb, fs[0].qualifiers['ceremony'])}" for k in ks for fs in [by[k]])[:300]
    long = [r for r in runs if len(r) >= n]
    for r in long:
        years = set().union(*(_years_of(kb, f) for k in r for f in by[k]))
        if said <= years:
            ev = [by[k][0] for k in r]
            return supported(f"{L(kb, who)} won the {prize} at {len(r)} consecutive "
                             f"editions: {', '.join(L(kb, f.qualifiers['ceremony']) for f in ev)}.",
                             ev)
    if long:
        return nei(f"{L(kb, who)} won the {prize} at consecutive editions, but not in the "
                   f"years said ({', '.join(map(str, sorted(said)))}).", [by[k][0] for k in ks])
    fam = family or award_family(kb, award)
    if any(f.disputed for f in facts) or not _complete_around(kb, who, award, fam, by, n):
        return nei(f"The KB holds {L(kb, who)}'s wins of the {prize} at {told}, not at "
                   f"{n} consecutive editions, but not a complete record.", facts[:6])
    longest = max(len(r) for r in runs)
    return refuted(f"{L(kb, who)} won the {prize} at {told}: "
                   f"{'no two' if longest < 2 else f'at most {longest}'} of them at "
                   f"consecutive editions, not {n} in a row.", facts[:6])


def _show_named(kb, c) -> bool:
    """Whether the claim's prize words name the show itself ("his second Oscar"): the prize
    is any of the show's, not the category the win was in."""
    phrase, fam = c.slots.get("award_phrase"), c.slots.get("family")
    return bool(phrase and fam and hasattr(kb, "entities_by_name") and any(
        e.id == fam for e in kb.entities_by_name(phrase)))


def _complete_upto(kb, who: str, award: Optional[str], fam: Optional[str], year: int) -> bool:
    """Whether the KB holds every prize of the kind the subject won up to `year`: its record of
    the show is complete, or the prize's winners at every edition held until then are."""
    if fam and kb.is_complete("award_received", subject=who, qualifiers={"family": fam}):
        return True
    if not award or not fam or award == fam:
        return False
    for f in kb.facts(predicate="edition_of", object_entity=fam):
        y = ceremony_year(kb, f.subject)
        if not y:
            return False
        if y <= year and not (kb.is_complete("award_received", object_entity=award,
                                             qualifiers={"ceremony": f.subject})
                              or kb.is_complete("award_received", object_entity=award,
                                                qualifiers={"year": y})):
            return False
    return True


@check("nth_interval")
def nth_interval(kb, c) -> Optional[Verdict]:
    """"His second Palme ten years after his first": the editions of the holder's n-th and
    k-th prizes (a nomination for the k-th when said so) in the KB, the years between them
    against the measure. Refuted only when the holder's record of the prize is complete up to
    the later one and the measure is off (by more than a year when softened)."""
    sl = c.slots
    who, fam = sl["subject"], sl.get("family")
    award = fam if _show_named(kb, c) else sl.get("award")
    wins = [f for f in _wins(kb, who, award, fam) if f.qualifiers.get("ceremony")]
    if sl.get("again"):
        return _again(kb, c, who, award, fam, wins)
    if sl.get("other_film"):   # "seven years after La La Land": the film's own prize
        others = [f for f in wins if involves(f, sl["other_film"], kb)]
        if len(others) != 1:
            return None
        sl = dict(sl, other_nth=1 + sorted({edition_number(kb, f.qualifiers["ceremony"]) or 0
                                            for f in wins}).index(
            edition_number(kb, others[0].qualifiers["ceremony"]) or 0))
    elif sl.get("other_nominated"):
        from .editions import _award_facts as facts_of
        others = facts_of(kb, "nominated_for", award, who) if award != fam else [
            f for p in ("nominated_for", "award_received") for f in kb.facts_involving(who, p)
            if involves(f, who, kb) and award_family(kb, f.value) == fam]
    else:
        others = wins
    def order(fs):
        eds = sorted({f.qualifiers.get("ceremony") for f in fs if f.qualifiers.get("ceremony")},
                     key=lambda e: edition_number(kb, e) or 0)
        return [e for e in eds if ceremony_year(kb, e)]
    mine, theirs = order(wins), order(others)
    n, k, said = sl["nth"], sl["other_nth"], sl["years"]
    if sl.get("other_film"):
        theirs = mine
    if len(mine) < n or len(theirs) < k or sl.get("pair") and len(mine) != 2:
        return None   # the n-th prize's own claim says what the KB holds of it
    a, b = mine[n - 1], theirs[k - 1]
    ya, yb = ceremony_year(kb, a), ceremony_year(kb, b)
    gap = (ya - yb) * sl.get("sign", 1)
    ev = [f for f in wins + others if f.qualifiers.get("ceremony") in (a, b)][:4]
    expl = (f"{L(kb, who)}'s prize number {n} of the {L(kb, award)} came at the {L(kb, a)} "
            f"({ya}), number {k} {'of its nominations ' if sl.get('other_nominated') else ''}"
            f"at the {L(kb, b)} ({yb}): {abs(ya - yb)} years apart")
    words = f"{said} year{'s' if said != 1 else ''}"
    held = within_bound(gap, said, sl.get("bound"))
    if held is not None:   # "more than two decades after": a bound, not a measure
        words = bound_words(sl["bound"], words)
    if gap == said and held is None or held:
        return supported(f"{expl}, as said ({words}).", ev)
    slack = max(1 if sl.get("approximate") else 0, sl.get("slack") or 0)
    if (abs(gap - said) > slack or held is False) and not any(
            f.disputed for f in wins + others) and _complete_upto(kb, who, award, fam, ya):
        return refuted(f"{expl}, not {words}.", ev)
    return nei(f"{expl}; the sentence says {words}.", ev)


def _again(kb, c, who: str, award: Optional[str], fam: Optional[str], wins: list) -> Optional[Verdict]:
    """"Won it again ten years later": the years between each win of the subject and the one
    before it (only the win of the work, edition or year the claim names, when it names one).
    Supported when one such pair is that far apart; refuted when none is (every reading) and
    the subject's record is complete up to the latest of them."""
    sl = c.slots
    eds = sorted({f.qualifiers["ceremony"] for f in wins}, key=lambda e: edition_number(kb, e) or 0)
    pairs = list(zip(eds, eds[1:]))
    def named(ed):
        fs = [f for f in wins if f.qualifiers["ceremony"] == ed]
        return (not sl.get("for_work") or any(involves(f, sl["for_work"], kb) for f in fs)) and \
            (not sl.get("ceremony") or ed == sl["ceremony"]) and \
            (not sl.get("year") or sl["year"] in set().union(*(_years_of(kb, f) for f in fs)))
    pairs = [(a, b) for a, b in pairs if named(b)]
    if not pairs or any(not ceremony_year(kb, e) for ab in pairs for e in ab):
        return None
    said = sl["years"]
    words = f"{said} year{'s' if said != 1 else ''}"
    def gap(ab):
        return (ceremony_year(kb, ab[1]) - ceremony_year(kb, ab[0])) * sl.get("sign", 1)
    best = min(pairs, key=lambda ab: abs(gap(ab) - said))
    held = within_bound(gap(best), said, sl.get("bound"))
    if held is not None:   # "won it again more than ten years later": a bound on some pair
        best = next((ab for ab in pairs if within_bound(gap(ab), said, sl["bound"])), best)
        held, words = within_bound(gap(best), said, sl["bound"]), bound_words(sl["bound"], words)
    ev = [f for f in wins if f.qualifiers["ceremony"] in best]
    expl = (f"{L(kb, who)} won the {L(kb, award)} at the {L(kb, best[1])} "
            f"({ceremony_year(kb, best[1])}), the win before it at the {L(kb, best[0])} "
            f"({ceremony_year(kb, best[0])})")
    if gap(best) == said and held is None or held:
        return supported(f"{expl}: {words} later, as said.", ev)
    slack = max(1 if sl.get("approximate") else 0, sl.get("slack") or 0)
    if (abs(gap(best) - said) > slack or held is False) and not any(f.disputed for f in wins) and \
            _complete_upto(kb, who, award, fam, max(ceremony_year(kb, b) for _a, b in pairs)):
        return refuted(f"{expl}: {abs(gap(best))} years apart, not {words}.", ev)
    return nei(f"{expl}; the sentence says {words}.", ev)
