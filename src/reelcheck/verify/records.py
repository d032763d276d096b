"""Record checks over complete lists: firsts, onlys and "the Nth to ...", previous holders,
"both prizes", the most wins, and the date a record was set.

"The most-nominated film of the 97th Academy Awards": the film's nominations at the edition,
counted the way writers count them (counts.edition_tally), against every other film nominated
there. Supported when the film has strictly more than any other; refuted only when the edition
was named, the film's own nominations there are complete and another film's known ones
outnumber them (a rival's count can only grow with what the KB lacks)."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..kb.awards import award_family
from .checks import L, Verdict, check, nei, refuted, supported
from .counts import award_count, edition_tally
from .datematch import _ago_holds, _claimed_date_words, _date_matches
from .editions import _ord, ceremony_year, place_by_year
from .words import fmt_date


def _record_year(kb, f) -> Optional[int]:
    """The year a holder set a record: its ceremony's, else the holding film's."""
    for eid in (f.qualifiers.get("ceremony"), f.subject):
        e = kb.entity(eid) if eid else None
        if e is not None and e.year and (eid != f.subject or e.type == "film"):
            return e.year
    return None


@check("achievement_date")
def achievement_date(kb, c) -> Optional[Verdict]:
    """When an achievement the KB keeps the holders of was first done ("it dates back to
    1954", "over 70 years ago"): the year of its first holder's ceremony (or film)."""
    facts = [f for f in kb.facts(predicate="record")
             if f.qualifiers.get("achievement") == c.slots["achievement"]]
    dated = [(y, f) for f in facts for y in [_record_year(kb, f)] if y]
    if not dated or len(dated) != len(facts):
        return None
    holder = c.slots.get("holder")
    if holder:   # "Disney set this record in 1954": when this holder did it
        dated = [(y, f) for y, f in dated if f.subject == holder]
        if not dated:
            return None
    finer = c.slots.get("month") is not None or c.slots.get("day") is not None
    if c.slots.get("any_holder") and finer:
        return None   # a month or day of whichever holder's night: not checked
    if c.slots.get("any_holder"):
        # "Who won four Oscars in one night? It happened in 1954.": whichever holder is meant
        oks = [(_ago_holds(c, y) if c.slots.get("ago") is not None else
                None if c.slots.get("year") is None else
                True if c.slots["year"] == y else None if abs(c.slots["year"] - y) <= 1
                else False, y, f) for y, f in dated]
        hit = [(y, f) for ok, y, f in oks if ok]
        if hit:
            return supported(f"{L(kb, hit[0][1].subject)} did it in {hit[0][0]}.", [hit[0][1]])
        if oks and all(ok is False for ok, _, _ in oks) and not c.slots.get("support_only"):
            names = "; ".join(f"{L(kb, f.subject)} in {y}" for y, f in dated)
            return refuted(f"Done by {names}; none {_claimed_date_words(c)}.",
                           [f for _, f in dated])
        return None
    year, first = min(dated, key=lambda x: x[0])
    lead = "Done" if holder else "First done"
    said = f"{L(kb, first.subject)}: {first.value}"
    if c.slots.get("ago") is not None:
        ok = _ago_holds(c, year)
    else:
        # a ceremony honours the year before it: a year off by one may mean that one
        said_year = c.slots.get("year")
        ok = None if said_year is None or said_year != year and abs(said_year - year) <= 1 \
            else said_year == year
    if ok is None and c.slots.get("year") is None and c.slots.get("ago") is None and (
            finer or c.slots.get("weekday") is not None):
        # "made history on Sunday": no year, but the day of the holder's ceremony
        cer = first.qualifiers.get("ceremony")
        day = kb.facts(subject=cer, predicate="ceremony_date") if cer else []
        if day and _date_matches(c, day[0].value) is True:
            return supported(f"{lead} on {fmt_date(day[0].value)} ({said}).", [first, day[0]])
        if day:
            return nei(f"{lead} on {fmt_date(day[0].value)} ({said}); the sentence says "
                       f"{_claimed_date_words(c)}.", [first, day[0]])
        return None
    if ok is None:
        return None
    if ok and finer:
        # "in March 1954": the day of the holder's ceremony decides the finer part
        cer = first.qualifiers.get("ceremony")
        day = kb.facts(subject=cer, predicate="ceremony_date") if cer else []
        if not day or _date_matches(c, day[0].value) is not True:
            return nei(f"{lead} in {year} ({said}); the KB cannot check the day given.",
                       [first])
        return supported(f"{lead} on {fmt_date(day[0].value)} ({said}).", [first, day[0]])
    if ok:
        return supported(f"{lead} in {year} ({said}).", [first])
    if c.slots.get("support_only"):
        return nei(f"{lead} in {year} ({said}); the sentence does not say this exactly.",
                   [first])
    return refuted(f"{lead} in {year} ({said}), not {_claimed_date_words(c)}.", [first])


@check("record")
def record(kb, c) -> Optional[Verdict]:
    v = _record(kb, c)
    if v is not None and v.verdict == "refuted" and c.slots.get("support_only"):
        # an achievement carried from an earlier paragraph ("this feat"): not sure enough of
        # what it refers to to refute
        return nei(v.explanation, v.facts)
    return v


def _previous_holder(kb, c, all_facts) -> Optional[Verdict]:
    """"The previous record was held by Walt Disney in 1954", "the previous film to do this
    (before Parasite) was Marty": the holder just before the anchor in the list's order, and
    the year it was done when one is said."""
    who, anchor = c.slots["subject"], c.slots.get("anchor")
    order = sorted(all_facts, key=lambda f: f.qualifiers.get("ordinal") or 0)
    at = [f.qualifiers.get("ordinal") for f in order if f.subject == anchor]
    if not anchor or not at or not at[0]:
        return None   # no holder named to count back from, or one the list lacks
    nxt = c.slots["relative"] == "next"
    before = [f for f in order if (f.qualifiers.get("ordinal") or 0) < at[0]] if not nxt else \
        [f for f in reversed(order) if (f.qualifiers.get("ordinal") or 0) > at[0]]
    if not before:
        return None
    prev = before[-1]
    rel = "after" if nxt else "before"
    if prev.subject != who:
        if who not in {f.subject for f in all_facts}:
            return None   # a name the list lacks is not checked against it
        return refuted(f"The holder {rel} {L(kb, anchor)} was {L(kb, prev.subject)}, not "
                       f"{L(kb, who)} ({prev.value}).", [prev])
    said, year = c.slots.get("year"), _record_year(kb, prev)
    if said is None:
        return supported(f"{L(kb, who)} was the holder {rel} {L(kb, anchor)}: {prev.value}.",
                         [prev])
    if year is None:
        return None
    # a film's record is dated by its release; its prizes may come a year later
    film = getattr(kb.entity(prev.subject), "type", "") == "film" and \
        not prev.qualifiers.get("ceremony")
    ok = said in ((year, year + 1) if film else (year,))
    if ok:
        return supported(f"{L(kb, who)} was the holder {rel} {L(kb, anchor)}, in {said}: "
                         f"{prev.value}.", [prev])
    if abs(said - year) <= 1 + int(film):
        return None
    return refuted(f"{L(kb, who)} was the holder {rel} {L(kb, anchor)}, in {year}, not "
                   f"{said}: {prev.value}.", [prev])


def _holder_count(kb, c, all_facts) -> Optional[Verdict]:
    """"Only four films have won both ...": the number of the list's holders, as of when the
    piece was written (a holder after it may not have been one yet)."""
    if c.slots.get("span_years") and not (c.slots.get("has_since") or c.slots.get("has_before")
                                          or c.slots.get("negated")):
        return _in_span(kb, c, all_facts, None, None)   # "only two films in 60 years ..."
    if c.slots.get("has_since") or c.slots.get("has_before") or c.slots.get("negated") or \
            c.slots.get("span_years"):
        return None   # a count over part of the list
    n, holders = c.slots.get("only_count"), sorted(
        {f.subject: f for f in all_facts}.values(), key=lambda f: f.qualifiers.get("ordinal") or 0)
    if not n:
        return None
    names = ", ".join(L(kb, f.subject) for f in holders)
    if n == len(holders):
        return supported(f"Exactly {n}: {names}.", holders)
    if n in _counts_then(kb, holders):
        return supported(f"{n} by one accepted count (sources differ on whether the "
                         f"earliest counts): {names}.", holders)
    written = c.slots.get("as_of")   # the piece was written in this year or later
    return _held_since(kb, n, holders, written or None, names, holders) or \
        refuted(f"{len(holders)}, not {n}: {names}.", holders)


def _held_since(kb, n: int, facts: list, since: Optional[int], names: str,
                evidence: list) -> Optional[Verdict]:
    """not_enough_info when `n` holders of a record (its facts) is a count that held at some
    time from `since` (the earliest year the piece can have been written) to now, fewer than
    hold it now; else None. With no `since`, only the count of now holds."""
    holders = {f.subject for f in facts}
    then = len({f.subject for f in facts if (_record_year(kb, f) or 0) <= since}) \
        if since is not None else len(holders)
    if then <= n < len(holders) or n in _counts_then(kb, facts, since) - _counts_then(
            kb, facts):
        return nei(f"{n} as of some year from {since} on; now {len(holders)}: {names}.",
                   evidence)
    return None


def _counts_then(kb, facts: list, since: Optional[int] = None) -> set:
    """The numbers of a record's holders that sources accept at some time from `since` on
    (now, with no `since`): a list whose early holders are disputed ("the Grand Prix before
    it was the Palme") gives each holder the ordinals sources give it (`accepted_ordinals`),
    and the count at a time is the latest holder's by then."""
    ranked = sorted({f.subject: f for f in facts}.values(),
                    key=lambda f: f.qualifiers.get("ordinal") or 0)
    if not ranked:
        return set()

    def accepted(f) -> set:
        return set(f.qualifiers.get("accepted_ordinals") or [f.qualifiers.get("ordinal")]) - {None}

    if since is None:
        return accepted(ranked[-1])
    before = [f for f in ranked if (_record_year(kb, f) or 0) <= since]
    out = accepted(before[-1]) if before else set()
    for f in ranked:
        if (_record_year(kb, f) or 0) > since:
            out |= accepted(f)
    return out


def _award_films(kb, award) -> tuple[dict, bool]:
    """({film: (year, fact)} of the films that won `award` -- the winner itself or the work
    a person won it for -- and whether the KB declares every year from the first to the last
    complete (per ceremony or per year))."""
    won: dict = {}
    years: set = set()
    linked = True   # a winner whose film the KB does not name leaves the pairs unknown
    for f in kb.facts(predicate="award_received", object_entity=award):
        if f.disputed:
            continue
        cer = kb.entity(f.qualifiers.get("ceremony") or "")
        y = f.qualifiers.get("year") or (cer.year if cer is not None else None)
        film = f.subject if getattr(kb.entity(f.subject), "type", "") == "film" else \
            f.qualifiers.get("for_work")
        linked = linked and bool(film and y)
        if y:
            years.add(int(y))
        if film and y and (film not in won or int(y) < won[film][0]):
            won[film] = (int(y), f)
    from ..kb.awards import award_family
    fam = award_family(kb, award)
    eds = [(e.year, e.id) for f in kb.facts(predicate="edition_of", object_entity=fam)
           for e in [kb.entity(f.subject)] if e is not None and e.year] if fam else []
    if not years or not eds or not linked:
        return won, False
    # every edition of the span: its winners of this prize declared complete
    complete = all(kb.is_complete("award_received", object_entity=award,
                                  qualifiers={"ceremony": ed}) or
                   kb.is_complete("award_received", object_entity=award,
                                  qualifiers={"year": y})
                   for y, ed in eds if min(years) <= y <= max(years))
    return won, complete


def _both(kb, c) -> Optional[Verdict]:
    """"The first film to win both the Palme d'Or and Best Director": the films that won
    both prizes, in the order they completed the pair, from the KB's award lists. Refuted
    only when both lists are complete for every year they span; a winner under a prize's
    former name ("Grand Prix") makes the order of those before it uncertain."""
    if c.slots.get("has_since") or c.slots.get("has_before") or c.slots.get("negated") or \
            c.slots.get("only_count") or c.slots.get("only_other") or c.slots.get("span_years"):
        return None   # (a count over part of the years: "the second in 30 years")
    a, b = c.slots["prizes"]
    (wa, ca), (wb, cb) = _award_films(kb, a), _award_films(kb, b)
    holders = sorted((max(wa[f][0], wb[f][0]), f) for f in wa.keys() & wb.keys())
    who = c.slots["subject"]
    if getattr(kb.entity(who), "type", "") == "person":
        if not c.slots.get("same_work"):
            return None   # a person's pair may be for two films: not this count
        made = [f for _, f in holders if who in {d.value for d in kb.facts(
            subject=f, predicate="director")} | set(wa[f][1].qualifiers.get("recipients") or [])]
        if len(made) != 1:
            return None
        who = made[0]
    order = [f for _, f in holders]
    names = ", ".join(f"{L(kb, f)} ({y})" for y, f in holders)
    facts = [x for f in order[:6] for x in (wa[f][1], wb[f][1])]
    complete = ca and cb
    if c.slots.get("only"):
        written = c.slots.get("as_of")
        if written and [f for y, f in holders if y <= written] == [who] and order != [who]:
            return None   # alone until a later holder the piece may predate
        if order == [who]:
            return supported(f"{L(kb, who)} alone won both: {names}.", facts) if complete \
                else None
        if who in order and complete:
            return refuted(f"Not the only one: {names}.", facts)
        return None
    n = c.slots.get("ordinal")
    if not n:
        return None
    if who not in order:
        if complete and getattr(kb.entity(who), "type", "") == "film":
            return refuted(f"{L(kb, who)} did not win both; those that did: {names}.", facts)
        return None
    at = order.index(who) + 1
    renamed = sum(1 for f in order[:at - 1] if wa[f][1].qualifiers.get("prize_name")
                  or wb[f][1].qualifiers.get("prize_name"))
    if at - renamed <= n <= at:
        return supported(f"{L(kb, who)} is no. {at} to win both ({names}).", facts)
    if not complete:
        return None
    return refuted(f"{L(kb, who)} is no. {at}, not {n}, to win both: {names}.", facts)


def _record(kb, c) -> Optional[Verdict]:
    v = _record_checked(kb, c)
    said = c.slots.get("record_year")
    if said and v is not None and v.verdict == "supported":
        # "..., in 1964": the year the sentence says the holder set it, read from the holder's
        # own record (its ceremony's year, or a film holder's; a film's year may trail by one)
        mine = [f for f in kb.facts(predicate="record") if f.subject == c.slots["subject"]
                and f.qualifiers.get("achievement") == c.slots["achievement"]]
        years = {y for f in mine if (y := _record_year(kb, f))}
        # (a ceremony's year may be said as its films'; a film's as its festival's or the
        # ceremony the next year that completed the record)
        fits = {x for f in mine if (y := _record_year(kb, f))
                for x in ((y - 1, y) if f.qualifiers.get("ceremony") else (y, y + 1))}
        if not years:
            c.slots["slot_untold"] = "year"
            return nei(f"{v.explanation} The KB cannot check the year {said}, which the "
                       f"sentence also states.", v.facts)
        if said not in fits:
            c.slots["slot_untold"] = "year"
            return nei(f"{v.explanation} The KB dates it to {', '.join(map(str, sorted(years)))}"
                       f", not {said}.", v.facts)
    return v


def _record_checked(kb, c) -> Optional[Verdict]:
    who, ach, ordn = c.slots["subject"], c.slots["achievement"], c.slots.get("ordinal")
    if c.slots.get("unread_class"):
        # "only the second comedy to ...": a part of the holders the KB cannot single out
        c.slots["slot_untold"] = c.slots["unread_class"]
        return nei(f"The KB cannot single out the holders that '{c.slots['unread_class']}' "
                   f"names, so it cannot check this record.")
    if c.slots.get("unread_period"):
        # "the second film this century to ...": the KB's list is not kept by that period;
        # a rank or count over it is neither confirmed nor denied (nor by a sourced note that
        # tells the record without the period: verify/__init__.py, `slot_untold`)
        c.slots["slot_untold"] = c.slots["unread_period"]
        return nei(f"The KB keeps no list of this record by the period "
                   f"'{c.slots['unread_period']}', so it cannot check it.")
    if c.slots.get("person_class") is not None:
        return _person_most(kb, c)
    if ach == "most_wins":
        return _stated_record_count(kb, c, "award_received", _most_wins(kb, c))
    if ach == "most_nominations":
        return _stated_record_count(kb, c, "nominated_for", most_nominations(kb, c))
    if ach == "both":
        return _both(kb, c)
    all_facts = [f for f in kb.facts(predicate="record") if f.qualifiers.get("achievement") == ach]
    if not all_facts:
        return None
    if c.slots.get("relative") in ("previous", "next"):
        return _previous_holder(kb, c, all_facts)
    if c.slots.get("relative") == "count":
        return _holder_count(kb, c, all_facts)
    if c.slots.get("relative") == "holder":
        # "the person who did this was X": X is one of the holders (the list is complete
        # for an achievement said in the clause; one carried from before is not refuted)
        mine = [f for f in all_facts if f.subject == who]
        said, held = c.slots.get("tied_count"), c.slots.get("record_spec_count")
        if mine and said and said != held:
            # "tied the record for most Oscars in one night, with five": the record is four
            return nei(f"{L(kb, who)}: {mine[0].value}; the record is "
                       f"{held if held else 'a count the KB does not keep'}, not {said}.", mine)
        if mine:
            return supported(f"{L(kb, who)}: {mine[0].value}.", mine)
        if c.slots.get("carried") or getattr(kb.entity(who), "type", "") not in (
                "film", "person"):
            return None
        names = ", ".join(L(kb, f.subject) for f in all_facts)
        return refuted(f"Not among those who did it: {names}.", all_facts)
    if c.slots.get("carried") and who not in {f.subject for f in all_facts} and not any(
            who in {d.value for d in kb.facts(subject=f.subject, predicate="director")}
            for f in all_facts):
        return None   # "X is the first actress to do this": the feat said before may not be
        # one X could hold; a name off the list is not checked against it
    mine = [f for f in all_facts if f.subject == who]
    if not mine and getattr(kb.entity(who), "type", "") == "person":
        # "Baker is the first American filmmaker to win the Palme since ...": a film's record
        # is its director's; the one holder film the person directed stands for them
        made = [f for f in all_facts if getattr(kb.entity(f.subject), "type", "") == "film"
                and who in {d.value for d in kb.facts(subject=f.subject, predicate="director")}]
        if len({f.subject for f in made}) == 1:
            mine, who = made, made[0].subject
    if ach in ("consecutive_palmes", "baker_highest_grossing", "first_oscar_nomination"):
        if not mine:
            return None
        want = mine[0].qualifiers.get("count")
        if want is not None and ordn is not None and ordn != want:
            return refuted(f"{mine[0].value} ({want}), not {ordn}.", mine)
        return supported(mine[0].value + ".", mine)
    if mine and c.slots.get("span_years") and mine[0].qualifiers.get("since_year"):
        # "the first in almost five decades": the span back from the holder's own record
        # (the edition it was set at, or a film holder's year), else from when the piece was
        # written, to the previous one; an estimate, so it only ever supports
        real, held = mine[0].qualifiers["since_year"], kb.entity(mine[0].subject)
        written = ceremony_year(kb, mine[0].qualifiers.get("ceremony")) or (
            held.year if getattr(held, "type", "") == "film" and getattr(held, "year", None)
            else None) or c.slots.get("written")
        d, how = c.slots["span_years"], c.slots.get("span_how")
        if not written:
            return None
        g = written - real
        ok = 0.75 * d <= g <= d if how == "under" else g >= d if how == "over" else \
            abs(g - d) <= max(1, d // 10)
        return supported(f"{mine[0].value}: {g} years before {written}.", mine) if ok else \
            nei(f"{mine[0].value}: {g} years before {written}; the text says "
                f"{'about ' if how is None else how + ' '}{d}.", mine)
    if mine and mine[0].qualifiers.get("since_year") and not mine[0].qualifiers.get("ordinal") \
            and (ordn or 1) > 1 and not c.slots.get("relative"):
        # "the second American film to win since 2011": the KB keeps the holder as the first
        # since then, and no list to count a second by; the ordinal the sentence states is
        # never left out of a support
        return nei(f"{mine[0].value}; the KB does not count the {_ord(ordn)} since then.", mine)
    if mine and mine[0].qualifiers.get("since_year") and ach != "american_palme_since" and \
            not mine[0].qualifiers.get("ordinal"):
        # "the first Russian actor nominated since 1977": the previous one's year
        since, real = c.slots.get("since_year"), mine[0].qualifiers["since_year"]
        if not since:
            return None   # a bound by a name: the KB keeps only the year
        if since != real and since not in _show_years(kb, mine[0], real):
            return refuted(f"{mine[0].value}; the previous one was in {real}, not {since}.",
                           mine)
        if since != real:   # the ceremony's year of the previous one
            return supported(f"{mine[0].value}; the show for {real}'s films was held in "
                             f"{since}.", mine)
        return supported(mine[0].value + ".", mine)
    if ach == "american_palme_since":
        if not mine:
            return None
        since = c.slots.get("since_year")
        real = mine[0].qualifiers.get("since_year")
        by = kb.entity(c.slots.get("since_entity") or "")
        if not since and by is not None and by.type == "film" and by.year and real:
            # "since Pulp Fiction": the film named is the previous holder, by its year (a
            # release may trail its festival by a year)
            if by.year in (real, real + 1):
                return supported(mine[0].value + ".", mine)
            return refuted(f"{mine[0].value}: the previous one came in {real}, not with "
                           f"{L(kb, by.id)} ({by.year}).", mine)
        if since and since != real:
            return refuted(f"{mine[0].value}; the previous one was in {real}, not {since}.", mine)
        return supported(mine[0].value + ".", mine)
    if (c.slots.get("since_year") or c.slots.get("since_entity")) and ach != "american_palme_since":
        # "the first (second ...) since X": X is a holder, and `who` the n-th after it in the
        # list's order
        if not mine:
            return None
        f = mine[0]
        at = f.qualifiers.get("ordinal") or 0
        since_e, since_y = c.slots.get("since_entity"), c.slots.get("since_year")

        def is_since(x) -> bool:
            e = kb.entity(x.subject)
            fits = bool(since_y and e and e.year and since_y in (e.year, e.year + 1))
            # "since Parasite in 2018": a holder named with a year is that holder in that year
            return (x.subject == since_e and (not since_y or fits)) if since_e else fits
        named = [x for x in all_facts if (x.qualifiers.get("ordinal") or 0) < at and is_since(x)]
        if not named:
            return None
        base = named[-1]
        k, n = at - (base.qualifiers.get("ordinal") or 0), ordn or 1
        between = [x for x in all_facts if (base.qualifiers.get("ordinal") or 0)
                   < (x.qualifiers.get("ordinal") or 0) < at]
        if k == n:
            return supported(f"{L(kb, who)}: {f.value}; the {_ord(n)} since "
                             f"{L(kb, base.subject)}.", mine + named[-1:] + between)
        return refuted(f"{L(kb, who)} is the {_ord(k)} since {L(kb, base.subject)}, not the "
                       f"{_ord(n)}: " + ", ".join(L(kb, x.subject) for x in between)
                       + f" came between ({f.value}).", mine + named[-1:] + between)
    if c.slots.get("span_years") and not c.slots.get("has_before"):
        # "the only other film in the past 69 years to ...": the holders inside the span
        return _in_span(kb, c, all_facts, who, ordn)
    if c.slots.get("only") and c.slots.get("has_since") and not (
            c.slots.get("since_year") or c.slots.get("since_entity")):
        return None   # "only ... since the end of an era": a bound the KB cannot place
    if c.slots.get("has_before"):
        # "before Baker, Disney was the only one": the holders who came before the one named
        at = [f.qualifiers.get("ordinal") for f in all_facts
              if f.subject == c.slots.get("before_entity") and f.qualifiers.get("ordinal")]
        if not at:
            return None   # a bound the KB cannot place
        all_facts = [f for f in all_facts if (f.qualifiers.get("ordinal") or 0) < min(at)]
    written = c.slots.get("as_of")
    later = [f for f in all_facts if written and f.subject != who
             and (_record_year(kb, f) or 0) >= written]
    if later and who in {f.subject for f in all_facts}:
        # "X is the only one" in a piece that names no year past the others' records: it
        # may have held when written (a record set in the piece's own year may come after it)
        names = ", ".join(f"{L(kb, f.subject)} ({_record_year(kb, f)})" for f in later)
        return nei(f"True until {names} shared the record; the piece may be older (the "
                   f"latest year it names is {written}).", later)
    holders = {f.subject for f in all_facts}
    if c.slots.get("only_other"):
        # "Disney, the only other person to ...": the holder and exactly one more
        names = ", ".join(L(kb, f.subject) for f in sorted(
            all_facts, key=lambda f: f.qualifiers.get("ordinal", 0)))
        if who not in holders:
            return None
        if len(holders) == 2:
            return supported(f"Exactly two share this record: {names}.", all_facts)
        return refuted(f"{len(holders)}, not two, share this record: {names}.", all_facts)
    if c.slots.get("only") and c.slots.get("only_count"):
        # "X and Y are the only two to ...": the count is the slot
        n = c.slots["only_count"]
        names = ", ".join(L(kb, f.subject) for f in sorted(
            all_facts, key=lambda f: f.qualifiers.get("ordinal", 0)))
        if who not in holders:
            return None
        strays = [x for x in c.slots.get("only_named") or () if x not in holders]
        if strays:   # "X joins Y as the only people to ...": Y must hold the record too.
            # Open, not refuted: a list kept of one reading of a record ("four individual
            # Oscars") may leave out a holder of another ("four Oscars, one the country's")
            stray = ", ".join(L(kb, x) for x in strays)
            return nei(f"The KB's holders of this record are {names}; it does not list "
                       f"{stray}.", all_facts)
        if n == len(holders):
            return supported(f"Exactly {n} share this record: {names}.", all_facts)
        if n in _counts_then(kb, all_facts) and not (
                c.slots.get("only_named") and len(c.slots["only_named"]) != n):
            return supported(f"{n} share this record by one accepted count (sources differ "
                             f"on whether the earliest counts): {names}.", all_facts)
        # the piece was written no earlier than the latest year it names, nor than its
        # subject's own record: a count that held at some time since is not wrong
        named = {who} | {x[2] for grp in c.slots.get("stated_slots") or () for x in grp
                          if x[0] == "entity"}   # ("Marty and Parasite are the only two")
        since = max([written or 0] + [_record_year(kb, f) or 0 for f in all_facts
                                      if f.subject in named])
        return _held_since(kb, n, all_facts, since, names, all_facts) or refuted(
            f"{len(holders)}, not {n}, share this record: {names}.", all_facts)
    if c.slots.get("only") and len(holders) > 1:
        names = ", ".join(L(kb, f.subject) for f in sorted(
            all_facts, key=lambda f: f.qualifiers.get("ordinal", 0)))
        return refuted(f"Not the only one: {names} share this record.", all_facts)
    if not mine:
        if ach == "palme_and_best_picture" and ordn:
            names = ", ".join(L(kb, f.subject) for f in all_facts)
            return refuted(f"Only {names} have won both Cannes' top prize and Best Picture.",
                           all_facts)
        return None
    f = mine[0]
    accepted = f.qualifiers.get("accepted_ordinals") or [f.qualifiers.get("ordinal")]
    early = _earlier_named(kb, c, all_facts, f.qualifiers.get("ordinal"))
    if early is not None and early.verdict != "supported":
        return early
    if ordn in accepted:
        return supported(f"{L(kb, who)}: {f.value} (no. {ordn}).", mine)
    first = [x for x in all_facts if x.qualifiers.get("ordinal") == 1 and x.subject != who]
    if ach == "four_oscars_one_night" and first:
        return refuted(f"{L(kb, first[0].subject)} did it first ({first[0].value}); "
                       f"{L(kb, who)} tied that record and is the first to win four for one film.",
                       first + mine)
    order = " or ".join(_ord(a) for a in accepted)
    return refuted(f"{L(kb, who)} is the {order}, not the {_ord(ordn)}: {f.value}.", mine)


def _earlier_named(kb, c, all_facts, at: Optional[int]) -> Optional[Verdict]:
    """"The fourth film to win both ..., after The Lost Weekend, Marty and Parasite": each
    name the "after" phrase gives is a holder before the subject (a person stands for the one
    holder film they directed). None when none is said; open when a name is no earlier holder
    or one the KB lacks: never supported with a wrong name left out, but not refuted either (a
    list kept of one reading of a record, "four individual Oscars", may leave out a holder of
    another, as `only_named` strays are)."""
    said = c.slots.get("after_named")
    if said is None:
        return None
    if c.slots.get("after_unknown") or not at:
        return nei("The KB cannot check every holder the sentence names before this one.",
                   all_facts)
    before = {x.subject: x for x in all_facts if (x.qualifiers.get("ordinal") or 0) < at}
    made = {d.value: x.subject for x in before.values()
            for d in kb.facts(subject=x.subject, predicate="director")}
    names = ", ".join(L(kb, x.subject) for x in sorted(
        before.values(), key=lambda x: x.qualifiers.get("ordinal") or 0))
    strays = [e for e in said if e not in before and e not in made]
    if strays:
        return nei(f"The KB's holders before {L(kb, c.slots['subject'])} are {names or 'none'}; "
                   f"it does not list {', '.join(L(kb, e) for e in strays)}.",
                   list(before.values()))
    return supported(f"Before {L(kb, c.slots['subject'])}: {names}.", list(before.values()))


def _record_years(kb, f) -> Optional[tuple[int, int]]:
    """(earliest, latest) year a holder can be said to have set its record: its ceremony's,
    else its film's year or the next (a film's Oscar comes the year after its release)."""
    y = _record_year(kb, f)
    if y is None:
        return None
    return (y, y) if f.qualifiers.get("ceremony") else (y, y + 1)


def _in_span(kb, c, all_facts, who: str, ordn: Optional[int]) -> Optional[Verdict]:
    """"Parasite is the only other film in the past 69 years to win both ...", "the second
    film in the past 69 years to ...": the list's holders inside a span back from when the
    piece was written (no earlier than the latest holder's record or the latest year the
    piece names, a year later at most). A holder is inside when every reading puts it less
    than the span back, outside when every reading puts it at least that far; a round span
    ("five decades") is loose by a tenth. Any holder in between leaves the claim open. What
    the window decides only ever supports: the writing year is an estimate."""
    d, how = c.slots["span_years"], c.slots.get("span_how")
    years = {id(f): _record_years(kb, f) for f in all_facts}
    if not all(years.values()):
        return None
    last = max([c.slots.get("written") or 0] + [y[1] for y in years.values()])
    end = (last, last + 1)
    mine = [years[id(f)] for f in all_facts if f.subject == who]
    if ordn and not c.slots.get("only") and mine:
        # "Marty became the second film in a decade to ...": counted back from its own record
        end = mine[0]
        last = end[1]
    slack = d // 10 if d % 10 == 0 else 0
    inside_below = 0.75 * d if how == "under" else d + 1 if how == "over" else d - slack
    outside_from = d if how == "under" else None if how == "over" else d + slack
    inside, unsure = [], []
    for f in all_facts:
        lo, hi = years[id(f)]
        g_lo, g_hi = end[0] - hi, end[1] - lo   # how far back, over every reading
        if g_lo < 0 and lo > end[1]:
            continue   # a holder after the one counted: no part of its rank
        if g_hi < inside_below:
            inside.append(f)
        elif outside_from is None or g_lo < outside_from:
            unsure.append(f)
    order = sorted(inside, key=lambda f: f.qualifiers.get("ordinal") or 0)
    names = ", ".join(f"{L(kb, f.subject)} ({_record_year(kb, f)})" for f in order)
    span = f"{'under ' if how == 'under' else 'over ' if how == 'over' else ''}{d} years"
    if unsure:
        return nei(f"{L(kb, unsure[0].subject)} ({_record_year(kb, unsure[0])}) may or may "
                   f"not fall within {span} of when the piece was written.", unsure)
    held = [f.subject for f in order]
    if who is None:   # "only two films in the past 60 years have won ...": how many
        n = c.slots.get("only_count")
        return None if not n else supported(f"Within {span} of {last}: {names}.", order) \
            if n == len(held) else nei(f"Within {span} of {last}: {names}; the KB's estimate "
                                       f"of the writing year cannot settle that.", order)
    if who not in held:
        return nei(f"{L(kb, who)} is not among the holders of the last {span}: "
                   f"{names or 'none'}.", order)
    slots, n = c.slots, None
    if slots.get("only_other"):
        n = 2
    elif slots.get("only"):
        n = slots.get("only_count") or 1
    if n is not None:
        ok = len(held) == n and not (set(slots.get("only_named") or ()) - set(held))
        return supported(f"Within {span} of {last}: {names}.", order) if ok else \
            nei(f"Within {span} of {last}: {names}; the KB's estimate of the writing year "
                f"cannot settle that.", order)
    if ordn:
        at = held.index(who) + 1
        return supported(f"{L(kb, who)} is no. {at} within {span} of {last}: {names}.",
                         order) if at == ordn else \
            nei(f"{L(kb, who)} is no. {at} within {span} of {last} ({names}); the KB's "
                f"estimate of the writing year cannot settle that.", order)
    return None


def _show_years(kb, fact, real: int) -> set:
    """The years the record's show was held for the films of year `real` ("since Baryshnikov
    in 1978": his nomination for a 1977 film came at the 50th Academy Awards, held in 1978):
    a record of a show's prize may date the previous one by its film or by its ceremony."""
    cer = fact.qualifiers.get("ceremony")
    shows = {f.value for f in kb.facts(subject=cer, predicate="edition_of")} if cer else set()
    if not shows:
        return set()
    out = set()
    for f in kb.facts(predicate="ceremony_date"):
        if str(f.qualifiers.get("eligibility_year")) != str(real) or not shows & {
                g.value for g in kb.facts(subject=f.subject, predicate="edition_of")}:
            continue
        e = kb.entity(f.subject)
        if e is not None and e.year:
            out.add(e.year)
    return out


def _stated_record_count(kb, c, pred: str, v: Optional[Verdict]) -> Optional[Verdict]:
    """An edition's count record with the count it states ("Most wins of the 97th: Anora,
    with five"): the holder's count at that edition must be the one stated. A different count
    refutes it when the edition was named and the holder's prizes there are complete; else
    the record's own verdict is only kept when the count holds."""
    n, who, night = c.slots.get("record_count"), c.slots["subject"], c.slots.get("ceremony")
    if n is None:
        return v
    if not night and (pred == "nominated_for" or c.slots.get("all_time")):
        # "led the field with 13 nominations", "tied the record for most wins with 11": the
        night = _own_edition(kb, who)   # one edition the film ran at, as `most_nominations`
    if night and c.slots.get("show_family") and award_family(kb, night) != c.slots["show_family"]:
        return None   # "led the Golden Globes with ...": not the film's one edition's show
    if not night or getattr(kb.entity(who), "type", "") != "film":
        return None
    family = award_family(kb, night)
    if pred == "award_received":   # (as `_most_wins` counts: the film's prizes and its people's)
        mine = {f.value for f in kb.facts(predicate=pred) if f.qualifiers.get("ceremony") == night
                and not f.disputed and who in {f.subject, f.qualifiers.get("for_work"),
                                               *(f.qualifiers.get("films") or [])}}
    else:
        mine = set(edition_tally(kb, who, pred, night, family)[0])
    if len(mine) == n:
        return v
    if c.slots.get("ceremony_stated") and mine and kb.is_complete(
            pred, subject=who, qualifiers={"ceremony": night}):
        what = "prizes" if pred == "award_received" else "nominations"
        return refuted(f"{L(kb, who)} had {len(mine)} {what} at the {L(kb, night)}, not {n}.",
                       v.facts if v is not None else [])
    return None


def _most_wins(kb, c) -> Optional[Verdict]:
    """"The biggest winner of the 2025 Oscars": the film with the most prizes of the edition,
    its own and those its people won for it, counted over the KB's winners. Supported when the
    film has strictly more than any other; refuted only when the edition was named and the
    film's wins of it are complete and another film's known wins outnumber them."""
    who, night = c.slots["subject"], c.slots.get("ceremony")
    if c.slots.get("all_time") and getattr(kb.entity(who), "type", "") == "film":
        return _most_wins_of_all_time(kb, c, who)   # "tied the record for most Oscar wins"
    if not night and c.slots.get("own_night"):   # "the biggest winner of the night"
        night = _own_edition(kb, who)
        if night and any(x != award_family(kb, night) for x in c.slots.get("own_night_shows")
                         or ()):
            return None   # ("At the Globes, X was the night's biggest winner": not that night)
    if not night or getattr(kb.entity(who), "type", "") != "film":
        return None
    wins: dict[str, set] = {}
    facts = [f for f in kb.facts(predicate="award_received")
             if f.qualifiers.get("ceremony") == night and not f.disputed]
    for f in facts:
        films = {f.subject} if getattr(kb.entity(f.subject), "type", "") == "film" else set()
        films |= {x for x in [f.qualifiers.get("for_work")] + list(f.qualifiers.get("films") or [])
                  if x}
        for x in films:
            wins.setdefault(x, set()).add(f.value)
    mine = len(wins.get(who, ()))
    if not mine:
        return None
    rivals = sorted(((len(v), k) for k, v in wins.items() if k != who), reverse=True)
    top = rivals[0] if rivals else (0, None)
    if mine > top[0]:
        return supported(f"{L(kb, who)} won {mine} prizes at the {L(kb, night)}, more than any "
                         f"other film" + (f" ({L(kb, top[1])}: {top[0]})." if top[1] else "."),
                         [f for f in facts if f.subject == who or f.qualifiers.get("for_work")
                          == who][:4])
    if c.slots.get("ceremony_stated") and top[0] > mine and kb.is_complete(
            "award_received", subject=who, qualifiers={"ceremony": night}):
        # the film's own wins that night are all known, and another film won more
        return refuted(f"{L(kb, top[1])} won {top[0]} prizes at the {L(kb, night)}, "
                       f"{L(kb, who)} {mine}.", [])
    return None


def _films_at(kb, night: str) -> set:
    """The films the KB holds a nomination (or win) for at one edition."""
    out = set()
    for pred in ("nominated_for", "award_received"):
        for f in kb.facts(predicate=pred):
            if f.qualifiers.get("ceremony") != night:
                continue
            for x in [f.subject, f.qualifiers.get("for_work")] + list(
                    f.qualifiers.get("films") or []):
                if x and getattr(kb.entity(x), "type", "") == "film":
                    out.add(x)
    return out


def _own_edition(kb, who: str) -> Optional[str]:
    """The one edition a film was nominated at, when the sentence names none ("the
    most-nominated film of its year"); None when it ran at several (or none)."""
    nights = {f.qualifiers.get("ceremony") for f in kb.facts_involving(who, "nominated_for")
              if f.qualifiers.get("ceremony")}
    return nights.pop() if len(nights) == 1 else None


_ALL_TIME: dict = {}


def _raw_tallies(kb, family: str, pred: str = "nominated_for") -> dict:
    """{(film, edition): facts naming the film there} for every nomination (win) of a show: a
    bound from above of each film's tally, read in one pass (kept per KB)."""
    key = (str(getattr(kb, "path", id(kb))), family, pred)   # (as the other per-KB tables)
    if key not in _ALL_TIME:
        raw: dict = {}
        fams: dict = {}   # award -> its show, and id -> whether a film: asked once each
        films: dict = {}
        for f in kb.facts(predicate=pred):
            night = f.qualifiers.get("ceremony")
            if night and f.value not in fams:
                fams[f.value] = award_family(kb, f.value)
            if not night or fams[f.value] != family:
                continue
            for x in {f.subject, f.qualifiers.get("for_work")}:
                if x and x not in films:
                    films[x] = getattr(kb.entity(x), "type", "") == "film"
                if x and films[x]:
                    raw[(x, night)] = raw.get((x, night), 0) + 1
        _ALL_TIME[key] = raw
    return _ALL_TIME[key]


def _most_of_all_time(kb, c, who: str, pred: str = "nominated_for") -> Optional[Verdict]:
    """"The most-nominated film in Oscar history": the film's tally at its own edition against
    every film's at every edition of a show whose record the KB holds complete (supported when
    no other reached it, refuted when another had more, open on a tie). Only the films whose
    count of facts could reach the subject's are tallied as writers count them."""
    night = c.slots.get("ceremony") or _own_edition(kb, who)
    family = award_family(kb, night) if night else None
    if not family or not kb.is_complete(pred, subject=who,
                                        qualifiers={"family": family}):
        return None
    mine = edition_tally(kb, who, pred, night, family)[0]
    noun, verb = ("nominations", "received") if pred == "nominated_for" else ("wins", "had")
    if not mine:
        return None
    n = len(mine)
    # the editions held by the time of writing: the latest year the piece shows, and at least
    # the subject's own ("Titanic remains the most nominated film ever", in a piece of 1998,
    # is not judged by a film of 2026)
    by = max(c.slots.get("written") or 0, ceremony_year(kb, night) or 0)
    if c.slots.get("tied"):   # "La La Land tied the record": an event of its own edition,
        by = ceremony_year(kb, night) or by   # judged by the editions up to it
    raw = {k: v for k, v in _raw_tallies(kb, family, pred).items()
           if (ceremony_year(kb, k[1]) or 0) <= by}
    others = sorted(((len(edition_tally(kb, film, pred, ed, family)[0]), film, ed)
                     for (film, ed), k in raw.items() if film != who and k + 1 >= n),
                    reverse=True)
    if (not others or others[0][0] < n) and c.slots.get("tied"):
        return nei(f"{L(kb, who)} {verb} {n} {noun} at the {L(kb, night)}, more than any "
                   f"other film at any edition: a record of its own, not one tied.",
                   list(mine.values())[:4])
    if not others or others[0][0] < n:
        best = max(((k, film, ed) for (film, ed), k in raw.items() if film != who),
                   default=None)
        told = f" (no other had more than {best[0]}: {L(kb, best[1])} at the " \
            f"{L(kb, best[2])})" if best and not others else f" ({L(kb, others[0][1])}: " \
            f"{others[0][0]} at the {L(kb, others[0][2])})" if others else ""
        return supported(f"{L(kb, who)} {verb} {n} {noun} at the {L(kb, night)}, more than "
                         f"any other film at any edition{told}.", list(mine.values())[:4])
    top, film, ed = others[0]
    if top > n:
        return refuted(f"{L(kb, film)} {verb} {top} {noun} at the {L(kb, ed)}; "
                       f"{L(kb, who)} {n} at the {L(kb, night)}.", list(mine.values())[:4])
    if c.slots.get("tied"):   # "tied the record for most nominations": as many as the top
        level = {x for k, x, _e in others if k == n}
        strays = [x for x in c.slots.get("tied_with") or () if x not in level]
        if strays:   # "..., set by Ben-Hur": a film said to share it that did not
            return nei(f"{L(kb, who)} {verb} {n} {noun} at the {L(kb, night)}, as many "
                       f"as {L(kb, film)} at the {L(kb, ed)}; not "
                       + ", ".join(L(kb, x) for x in strays) + ".", list(mine.values())[:4])
        return supported(f"{L(kb, who)} {verb} {n} {noun} at the {L(kb, night)}, as "
                         f"many as {L(kb, film)} at the {L(kb, ed)}, the most of any film.",
                         list(mine.values())[:4])
    return nei(f"{L(kb, who)} {verb} {n} {noun} at the {L(kb, night)}, as many as "
               f"{L(kb, film)} at the {L(kb, ed)}: a tie, not the most.", list(mine.values())[:4])


def _most_wins_of_all_time(kb, c, who: str) -> Optional[Verdict]:
    """"Ben-Hur won the most Oscars in history", "The Return of the King tied the record for
    most wins": `_most_of_all_time` over wins, which writers count with or without the
    board's honorary prizes (Gone with the Wind's ten are eight competitive ones): the film
    is the top only when it has more than every other film both ways, is beaten only when
    another has more both ways, and ties the record when it matches the top either way."""
    from .counts import competitive
    pred = "award_received"
    night = c.slots.get("ceremony") or _own_edition(kb, who)
    family = award_family(kb, night) if night else None
    if not family or not kb.is_complete(pred, subject=who, qualifiers={"family": family}) \
            or not _record_whole(kb, family, _raw_tallies(kb, family, pred), pred):
        return None

    def pair(film, ed) -> tuple[int, int]:
        t = edition_tally(kb, film, pred, ed, family)[0]
        return len(t), len([a for a in t if competitive(kb, a[0])])
    n, mc = pair(who, night)
    if not n:
        return None
    by = max(c.slots.get("written") or 0, ceremony_year(kb, night) or 0)
    if c.slots.get("tied"):   # an event of its own edition, judged by the editions up to it
        by = ceremony_year(kb, night) or by
    raw = {k: v for k, v in _raw_tallies(kb, family, pred).items()
           if (ceremony_year(kb, k[1]) or 0) <= by}
    cand = [(pair(film, ed), film, ed) for (film, ed), k in raw.items()
            if film != who and k + 1 >= min(n, mc)]
    head = f"{L(kb, who)} had {n} wins at the {L(kb, night)}" + (
        f" ({mc} competitive)" if mc != n else "")
    ev = list(edition_tally(kb, who, pred, night, family)[0].values())[:4]
    beaten = sorted((x for x in cand if x[0][0] > n and x[0][1] > mc), reverse=True)
    if beaten:
        (k, _kc), film, ed = beaten[0]
        return refuted(f"{L(kb, film)} had {k} wins at the {L(kb, ed)}; {head}.", ev)
    level = {film for (k, kc), film, _e in cand if k == n or kc == mc}
    most = all(k < n and kc < mc for (k, kc), _f, _e in cand)
    if c.slots.get("tied"):
        if most:
            return nei(f"{head}, more than any other film at any edition: a record of its "
                       f"own, not one tied.", ev)
        strays = [x for x in c.slots.get("tied_with") or () if x not in level]
        if not level or strays:
            return nei(f"{head}; the top is shared with "
                       + (", ".join(L(kb, x) for x in sorted(level)) or "no film")
                       + (f", not {', '.join(L(kb, x) for x in strays)}." if strays else "."),
                       ev)
        return supported(f"{head}, as many as " + ", ".join(L(kb, x) for x in sorted(level))
                         + ", the most of any film.", ev)
    if most:
        return supported(f"{head}, more than any other film at any edition.", ev)
    if level:
        return nei(f"{head}: as many as " + ", ".join(L(kb, x) for x in sorted(level))
                   + ", counted with or without honorary prizes; no more.", ev)
    (k, kc), film, ed = max(cand)
    return nei(f"{head}; {L(kb, film)} had {k} at the {L(kb, ed)} ({kc} competitive): the top "
               f"one way of counting, not the other.", ev)


def most_nominations(kb, c) -> Optional[Verdict]:
    who = c.slots["subject"]
    if getattr(kb.entity(who), "type", "") != "film":
        return None
    if c.slots.get("all_time"):
        return _most_of_all_time(kb, c, who)
    night = c.slots.get("ceremony") or _own_edition(kb, who)
    if not night or (c.slots.get("show_family") and award_family(kb, night)
                     != c.slots["show_family"]):
        return None   # (a show named without its edition must be the film's one edition's)
    family = award_family(kb, night)
    mine = edition_tally(kb, who, "nominated_for", night, family)[0]
    if not mine:
        return None
    rivals = sorted(((len(edition_tally(kb, x, "nominated_for", night, family)[0]), x)
                     for x in _films_at(kb, night) if x != who), reverse=True)
    top = rivals[0] if rivals else (0, None)
    n = len(mine)
    if n > top[0]:
        return supported(f"{L(kb, who)} received {n} nominations at the {L(kb, night)}, more "
                         f"than any other film" + (f" ({L(kb, top[1])}: {top[0]})."
                                                   if top[1] else "."), list(mine.values())[:4])
    if c.slots.get("ceremony_stated") and top[0] > n and kb.is_complete(
            "nominated_for", subject=who, qualifiers={"ceremony": night}):
        return refuted(f"{L(kb, top[1])} received {top[0]} nominations at the {L(kb, night)}, "
                       f"{L(kb, who)} {n}.", list(mine.values())[:4])
    return None


def _record_whole(kb, family: str, raw: dict, pred: str) -> bool:
    """Whether the KB holds the show's whole record: every prize its films won (were nominated
    for) is a category whose winners are declared complete over the show (the Oscar record)."""
    key = (str(getattr(kb, "path", id(kb))), family, pred, "whole")
    if key not in _ALL_TIME:
        awards = {f.value for f in kb.facts(predicate="award_received")
                  if award_family(kb, f.value) == family}
        _ALL_TIME[key] = bool(raw) and bool(awards) and all(
            kb.is_complete("award_received", object_entity=a, qualifiers={"family": family})
            for a in awards)
    return _ALL_TIME[key]


def dict_slots(c, **changes):
    """The claim with some of its slots changed."""
    return replace(c, slots={**c.slots, **changes})


@check("count_rank")
def count_rank(kb, c) -> Optional[Verdict]:
    """"Titanic became the second film to win 11 Oscars": the films that won (were nominated
    for) at least the count at one edition of the show, in the order of the editions where
    each first reached it (films of one edition share the places), and the subject's place
    among them. Decided only over a show whose whole record the KB holds; refuted only when
    the film's own record there is complete too."""
    who, n, family = c.slots["subject"], c.slots.get("count"), c.slots.get("family")
    rank, only = c.slots.get("held_rank"), c.slots.get("held_only")
    pred = "award_received" if c.slots.get("polarity") == "won" else "nominated_for"
    named = (c.slots.get("count_set") or {}).get("categories")
    if named and not family and not c.slots.get("family_assumed"):
        family = c.slots["count_set"].get("family")   # the set is that show's categories
    if named and (pred != "award_received" or c.slots["count_set"].get("family") != family):
        return None
    # a set named by its categories ("the five major categories", "the Big Five") is exact
    # however loosely its number is said: the rank is over the films that won each of them
    loose = () if named else ("loose_count",)
    if not (n and (rank or only) and family) or c.slots.get("negated") or any(
            c.slots.get(k) for k in ("classes", "count_bound", *loose, "for_work",
                                     "either_kind", "ceremony", "year")):
        # a part of the record (acting prizes, one work's, one night's) or a count unsure:
        # the film won at least the count, all that is left to check
        return award_count(kb, dict_slots(c, kind="award_count"))
    raw = _raw_tallies(kb, family, pred)
    if not _record_whole(kb, family, raw, pred):
        return None

    def tally(film, ed) -> int:
        """The film's count at the edition; for a named set ("the Big Five"), the count if
        its wins there hold one prize of each of the set's categories, else 0."""
        got = edition_tally(kb, film, pred, ed, family)[0]
        if named and not all(any(any(w in L(kb, a[0]).lower() for w in g) for a in got)
                             for g in named):
            return 0
        return len(got)
    mine = sorted((ceremony_year(kb, ed) or 9999, ed, tally(who, ed))
                  for (film, ed) in raw if film == who)
    reached = [(y, ed, k) for y, ed, k in mine if k >= n]
    noun = "wins" if pred == "award_received" else "nominations"
    word = f"a win of each of the {n} named categories" if named else \
        f"{n} or more {noun}"
    whole = kb.is_complete(pred, subject=who, qualifiers={"family": family})
    if not reached:
        most = max(mine, key=lambda x: x[2], default=None)
        if most is None or not whole:
            return None
        if named:
            return refuted(f"{L(kb, who)} never had {word} at one edition.", [])
        return refuted(f"{L(kb, who)} never had {n} {noun} at one edition: the most was "
                       f"{most[2]}, at the {L(kb, most[1])}.", [])
    year, night, k = reached[0]
    if only:
        return _holders_of_count(kb, c, who, night, year, only, [
            (film, ed, ceremony_year(kb, ed) or 9999) for (film, ed), m in raw.items()
            if m + 1 >= n and tally(film, ed) >= n], word, whole)
    reached = []   # (film, the year it reached the count), up to the subject's year
    for (film, ed), m in raw.items():
        y = ceremony_year(kb, ed) or 9999
        if film == who or y > year or m + 1 < n:   # (the raw count bounds the tally)
            continue
        if tally(film, ed) >= n:
            reached.append((film, y))
    before, lo, hi = place_by_year(reached, year)
    ahead = sorted(before, key=lambda x: before[x])
    told = f" (before it: {', '.join(f'{L(kb, x)} ({before[x]})' for x in ahead[:5])}" \
        f"{', ...' if len(ahead) > 5 else ''})" if ahead else " (none before it)"
    place = f"the {_ord(lo)}" if lo == hi else f"among the {_ord(lo)} to {_ord(hi)}"
    head = f"{L(kb, who)} had {k} {noun} at the {L(kb, night)}: {place} film with {word} " \
        f"at one edition{told}"
    facts = list(edition_tally(kb, who, pred, night, family)[0].values())[:6]
    if lo <= rank <= hi:
        return supported(f"{head}, the {_ord(rank)}.", facts)
    if not whole:
        return nei(f"{head}; the KB may not hold all of the film's record.", facts)
    return refuted(f"{head}, not the {_ord(rank)}.", facts)


def _holders_of_count(kb, c, who: str, night: str, year: int, only: int, hits: list,
                      word: str, whole: bool) -> Optional[Verdict]:
    """"X is one of only three films to win 11 Oscars": the number of films that reached it
    (`hits`: (film, edition, year)), as of when the piece was written -- no earlier than the
    subject's own edition, so a number that held at some time since is not wrong (the
    holders only grow)."""
    first: dict = {}
    for film, ed, y in hits:
        first[film] = min(first.get(film, y), y)
    now = len(first)
    lo = len([f for f, y in first.items() if y <= max(year, c.slots.get("written_lo") or 0)])
    names = ", ".join(f"{L(kb, f)} ({y})" for f, y in sorted(first.items(), key=lambda x: x[1]))
    head = f"{now} films had {word} at one edition: {names}"
    told = c.slots.get("held_named")
    if told:   # "X, Y and Z are the only films to ...": which films, not only how many
        last = max((first[x] for x in told if x in first), default=0)
        early = {f for f, y in first.items() if y <= last}
        if set(told) == set(first):
            return supported(f"{head}.", [])
        if set(told) == early and last >= (c.slots.get("written_lo") or 0) or not whole:
            return nei(f"{head}; the films named were all of them up to {last}.", [])
        wrong = [L(kb, x) for x in told if x not in first]
        by = max(last, c.slots.get("written_lo") or 0)
        gone = [L(kb, x) for x in sorted(first, key=lambda x: first[x])
                if first[x] <= by and x not in told]
        why = f"{', '.join(wrong)} never had {word} at one edition" if wrong else \
            f"{', '.join(gone)} had it too, by {by}"
        return refuted(f"{head}; {why}.", [])
    if only == now:
        return supported(f"{head}.", [])
    if lo <= only < now or not whole:
        return nei(f"{head}; {only} as of some year from {year} on.", [])
    return refuted(f"{head}; not {only}.", [])


def _person_tallies(kb, family: str, pred: str) -> dict:
    """{person: {(category, edition, work)}} of every nomination (win) of a show: each
    person's prizes as writers count them, one per category, edition and film (kept per KB)."""
    key = (str(getattr(kb, "path", id(kb))), family, pred, "people")
    if key not in _ALL_TIME:
        out: dict = {}
        fams: dict = {}
        kinds: dict = {}

        def kind(x):
            if x not in kinds:
                kinds[x] = getattr(kb.entity(x), "type", "")
            return kinds[x]
        for f in kb.facts(predicate=pred):
            if f.value not in fams:
                fams[f.value] = award_family(kb, f.value)
            if fams[f.value] != family or f.disputed:
                continue
            work = f.qualifiers.get("for_work") or (f.subject if kind(f.subject) == "film"
                                                     else None)
            for x in {f.subject, *(f.qualifiers.get("recipients") or [])}:
                if x and kind(x) == "person":
                    out.setdefault(x, set()).add((f.value, f.qualifiers.get("ceremony"), work))
        _ALL_TIME[key] = out
    return _ALL_TIME[key]


def _person_most(kb, c) -> Optional[Verdict]:
    """`_person_most_in` for each reading of the person noun ("actor": any performer, or men
    only) that fits the person (one with a prize of its categories): it holds if one reading
    holds, and is refuted only if every reading is."""
    vs = [v for words in c.slots["person_class"] for v in [_person_most_in(kb, c, words)]
          if v is not None]
    hit = next((v for v in vs if v.verdict == "supported"), None)
    if hit is not None or not vs:
        return hit
    if all(v.verdict == "refuted" for v in vs):
        return refuted(" ".join(v.explanation for v in vs), [])
    return next(v for v in vs if v.verdict != "refuted")


def _person_most_in(kb, c, words: list) -> Optional[Verdict]:
    """"Meryl Streep, the most-nominated actor in Oscar history": the person's nominations
    (wins) over the show's whole record -- in the categories of the noun's class ("actor":
    the acting categories) -- against every other person's. Supported when no one else has as
    many, refuted when someone has more (counting wins with and without the board's honorary
    prizes alike), open on a tie; only over a record the KB holds whole."""
    from .counts import competitive
    who = c.slots["subject"]
    family = c.slots.get("family") or "academy-awards"
    pred = "nominated_for" if c.slots["achievement"] == "most_nominations" else "award_received"
    if c.slots.get("negated") or getattr(kb.entity(who), "type", "") != "person" or \
            not _record_whole(kb, family, _raw_tallies(kb, family, pred), pred):
        return None
    labels: dict = {}

    def fits(a: str) -> bool:
        if a not in labels:
            low = L(kb, a).lower().split()
            labels[a] = not words or any(w in low for w in words)
        return labels[a]

    years: dict = {}

    def year(ed) -> int:
        if ed not in years:
            years[ed] = ceremony_year(kb, ed) or 0
        return years[ed]

    def counts(items, by: Optional[int] = None) -> tuple:
        mine = [k for k in items if fits(k[0]) and (by is None or year(k[1]) <= by)]
        return len(mine), len([k for k in mine if competitive(kb, k[0])])
    people = _person_tallies(kb, family, pred)
    tallies = {p: counts(v) for p, v in people.items()}
    mine = tallies.get(who, (0, 0))
    # the piece was written no earlier than the latest year it names, nor than the subject's
    # own latest prize of the class: a rival who passed them after that may not have yet
    by = max([c.slots.get("written") or 0] + [year(k[1]) for k in people.get(who, ())
                                              if fits(k[0])])
    then = {p: counts(v, by) for p, v in people.items()}
    noun = "nominations" if pred == "nominated_for" else "wins"
    scope = f" in the {' and '.join(words)} categories" if words else ""
    rivals = sorted(((t, p) for p, t in tallies.items() if p != who), reverse=True)
    if not mine[0] or not rivals:
        return None
    top = rivals[0]
    head = f"{L(kb, who)} has {mine[0]} {noun}{scope}"
    n = c.slots.get("record_count")
    if n is not None and n not in mine:
        # "..., with 25 nominations": the tally said is a slot of the record. A tally only
        # grows: more than the whole record holds is wrong whenever it was written, and so is
        # fewer than the person had by the latest year the piece names; fewer than now, but
        # not by then, may be the count when it was written
        written = c.slots.get("written")
        old = counts(people.get(who, ()), written) if written else None
        if kb.is_complete(pred, subject=who, qualifiers={"family": family}) and (
                n > mine[0] or old is not None and n < min(old)):
            had = f" (by {written}, {old[0]})" if old is not None and n < mine[0] else ""
            return refuted(f"{head}{had}, not {n}.", [])
        return nei(f"{head}; {n} may be the tally of an earlier year.", [])
    if all(mine[i] > max(t[i] for t, _ in rivals) for i in (0, 1)):
        return supported(f"{head}, more than anyone else (next: {L(kb, top[1])}, "
                         f"{top[0][0]}).", [])
    better = [(then[p], p) for t, p in rivals if then[p][0] > then[who][0] and
              then[p][1] > then[who][1]]
    if better and kb.is_complete(pred, subject=who, qualifiers={"family": family}):
        b = max(better)
        return refuted(f"{head}; {L(kb, b[1])} had more by {by}, {b[0][0]}.", [])
    return nei(f"{head}; {L(kb, top[1])} has {top[0][0]}: not more than anyone else.", [])
