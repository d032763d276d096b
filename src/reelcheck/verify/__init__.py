"""Verification: a verdict, evidence and a one-line explanation for every claim.

The rule that governs everything here: **refute only what the KB can refute.** A claim is
`refuted` only when the KB holds the relevant fact and is complete for it — a functional value
(runtime, birth date, a character's actor) or a set a factsheet declared complete (a ceremony's
winners, a film's nominations, its director credit). Disputed facts never refute; entities the
KB lacks never refute. Everything else that no fact supports is `not_enough_info`.
"""
from __future__ import annotations

import copy
import re

from typing import Callable, Optional

from ..claims.accounting import account as account_slots
from ..kb.awards import award_family
from ..model import Claim
from ..textutil import year_month
# each family's module registers its checks in checks.CHECKS when imported
from . import (ages, awards, counts, dates, events, festivals, filmography,  # noqa: F401
               locations, people, plot, production, quantities, records, statements,
               streaks, wins)
from .checks import CHECKS, Verdict
from .editions import involves
from .event_days import date_gaps, measured_sides, prize_days
from .statements import noted
from .sources import cite


def verify_claims(claims: list[Claim], kb, doc=None, options=None) -> list[Claim]:
    """Fill verdict, evidence, explanation and confidence of each claim (in place).

    Claims the verifier finds are not check-worthy after all (a weak appositive that the KB
    does not bear out) are dropped from the list.
    """
    kept = {}
    facts = {}   # id(claim) -> the facts its verdict rests on, for the slot account
    # a running total the sentence does not date is checked last, at the time of the latest
    # edition the piece's other claims are about
    later = [c for c in claims if c.slots.get("undated")]
    # an age said as the person's age now ("Jane Roe, 53,"), checked last, as of the latest
    # prize the piece reports as won
    now = [c for c in claims if c.predicate == "age" and c.slots.get("as_of")
           and not c.slots.get("undated")]
    # the time between two events, checked once the events are: from the days their
    # verdicts' facts give
    gaps = [c for c in claims if c.slots.get("kind") == "gap"]
    eds = set()   # the editions the piece's claims are about, stated or borne out
    won = set()   # the editions of the prizes its claims bear out as won
    for c in [c for c in claims if not c.slots.get("undated") and c not in now
              and c not in gaps]:
        v = _verify(c, kb, doc)
        if v is not None:
            kept[id(c)] = c
            facts[id(c)] = v.facts
            eds.add(c.slots.get("ceremony"))
            if v.verdict == "supported":
                eds |= {f.qualifiers.get("ceremony") for f in v.facts}
                if c.slots.get("kind") == "award" and c.slots.get("polarity") == "won":
                    # the earliest night the claim's own wins allow ("an Oscar winner" may
                    # mean any of a person's wins)
                    won.add(frozenset(f.qualifiers.get("ceremony") for f in v.facts
                                      if f.predicate == "award_received"))
    _year_of_the_run(kb, [c for c in claims if id(c) in kept], doc)
    _film_year_rows(kb, [c for c in claims if id(c) in kept], doc)
    _time_running_totals(kb, eds - {None}, later)
    if doc is None or not doc.date:
        _time_ages_now(kb, won, now)
    # an event's claim open only for the measure of a gap told over it ("22 years after he
    # won it for The Pianist"): read without the measure, the gap's slot, when that holds
    measured = {}
    for c, rest in measured_sides(gaps, [c for c in claims if id(c) in kept]):
        bare = copy.copy(c)
        bare.slots = dict(c.slots, unchecked=rest or None)
        v = _verify(bare, kb, doc)
        if v is not None and v.verdict == "supported":
            measured[id(c)] = (bare, v.facts)
    date_gaps(kb, gaps, [measured[id(c)][0] if id(c) in measured else c for c in claims
                         if id(c) in kept], {**facts, **{id(b): fs for b, fs in
                                                       measured.values()}}, eds - {None})
    later += now + gaps
    for c in later:
        v = _verify(c, kb, doc)
        if v is not None:
            kept[id(c)] = c
            facts[id(c)] = v.facts
    _unread_anaphors([g for g in gaps if id(g) not in kept], [c for c in claims if id(c) in kept])
    for c in [c for c in claims if id(c) in measured]:
        # ... and once the gap has judged its measure, the event's claim is judged without it
        if any(g.verdict in ("supported", "refuted") and id(g) in kept and any(
                tuple(s) == (c.start, c.end) for side in ("first", "second")
                for s in g.slots.get(side) or ()) for g in gaps):
            bare = measured[id(c)][0]
            c.slots, c.verdict, c.explanation = bare.slots, bare.verdict, bare.explanation
            c.evidence, c.confidence = bare.evidence, bare.confidence
            facts[id(c)] = measured[id(c)][1]
    account_slots([c for c in claims if id(c) in kept], facts, kb)
    _misread_lists([c for c in claims if id(c) in kept])
    claims[:] = _merge_groups([c for c in claims if id(c) in kept], doc)
    if options is not None:
        _attach_passages(claims, kb, options)
    return claims


def _year_of_the_run(kb, claims: list[Claim], doc) -> None:
    """"In 2020, Parasite won the Palme d'Or and Best Picture": one year said of the prizes
    of two shows (a festival in May, the Oscars the next spring) dates the film's run, not
    each prize. Where it fits one show's prize, a prize of another show that the KB holds as
    won in another year is left open, its own year named: the sentence may be loose, not
    wrong. (A year that fits none of them still refutes.)"""
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        if c.slots.get("kind") == "award" and c.slots.get("group") and c.slots.get("year") \
                and not c.slots.get("ceremony") and c.slots.get("award"):
            groups.setdefault(c.slots["group"], []).append(c)
    for cs in groups.values():
        show = {id(c): award_family(kb, c.slots["award"]) for c in cs}
        for c in [c for c in cs if c.verdict == "refuted"]:
            # (the one year: "in 2024 and 2025, respectively" gives each prize its own)
            fits = next((o for o in cs if o.verdict == "supported"
                         and o.slots["year"] == c.slots["year"]
                         and show[id(o)] not in (None, show[id(c)])), None)
            if fits is None:
                continue
            bare = _held_without_year(c, kb, doc)
            if bare is None:
                continue
            c.verdict = "not_enough_info"
            c.explanation = (f"One year for the prizes of two shows dates the run: "
                             f"{c.slots['year']} fits the {kb.label(fits.slots['award'])}; "
                             f"{bare.explanation}")
            c.evidence, c.confidence = bare.evidence, bare.confidence


def _held_without_year(c: Claim, kb, doc) -> Optional[Claim]:
    """The claim read without the year it states (a copy, verified), when so it holds; else
    None."""
    bare = copy.copy(c)
    bare.slots = dict(c.slots, year=None, year_held=None, stated=[
        x for x in c.slots.get("stated") or [] if x != "year"])
    v = _verify(bare, kb, doc)
    return bare if v is not None and v.verdict == "supported" else None


def _unread_anaphors(dropped: list[Claim], claims: list[Claim]) -> None:
    """"X won A, and Y won B the same night": the gap claim reads "the same night" for the
    later win (slot `reads`); where the KB could not date both nights and the gap was
    dropped, the later win's support no longer accounts for those words: open, naming them."""
    for g in dropped:
        said = g.slots.get("reads")
        if not said:
            continue
        for c in claims:
            if c.verdict == "supported" and any(tuple(s) == (c.start, c.end)
                                                for s in g.slots.get("second") or ()):
                c.verdict = "not_enough_info"
                c.explanation = (f"{c.explanation} The KB cannot check '{said}', which the "
                                 f"sentence also states.")


def _film_year_rows(kb, claims: list[Claim], doc) -> None:
    """A list's bare row dated by its film's own year ("The Lost Weekend (1945)" under "Palme
    d'Or winners", a film shown at the 1946 festival): the year a list gives beside a title
    may be the film's, not the prize's. A row refuted only by that year, which is the film's
    year in the KB, holds read without it (the row's film-year claim judges the year)."""
    for c in claims:
        if c.verdict != "refuted" or c.slots.get("row_list") is None or \
                c.slots.get("kind") != "award" or not c.slots.get("year"):
            continue
        film = kb.entity(c.slots.get("subject") or "")
        if film is None or getattr(film, "year", None) != c.slots["year"]:
            continue
        bare = _held_without_year(c, kb, doc)
        if bare is None:
            continue
        c.verdict = "supported"
        c.explanation = (f"{c.slots['year']} is {kb.label(film.id)}'s own year, as a list's "
                         f"row gives a title's year: {bare.explanation}")
        c.evidence, c.confidence = bare.evidence, bare.confidence


def _misread_lists(claims: list[Claim]) -> None:
    """The bare rows of a list read as wins of the prize its heading names ("Palme d'Or
    winners" over "Titane (2021)", `AwardReader._row_prize`): when most of the list's rows do
    not hold so, the heading was misread (a list of another prize, of nominees, of films
    dated another way), and none of its rows is refuted, only left open with why."""
    lists: dict[int, list[Claim]] = {}
    for c in claims:
        if c.slots.get("row_list") is not None:
            lists.setdefault(c.slots["row_list"], []).append(c)
    for rows in lists.values():
        wrong = [c for c in rows if c.verdict == "refuted"]
        if len(rows) < 3 or 2 * len(wrong) <= len(rows):
            continue
        for c in wrong:
            c.verdict = "not_enough_info"
            c.explanation = (f"{len(wrong)} of the {len(rows)} rows of this list do not hold "
                             f"as wins of the prize its heading names; the list may be of "
                             f"something else. Read so, this does not hold: {c.explanation}")


def _time_running_totals(kb, eds: set, undated: list[Claim]) -> None:
    """A running total the sentence does not date ("it has grossed $15 million") is the total
    when the piece was written: after the latest of the editions (ceremonies) its other
    claims are about, whose month the KB dates (none from before the film's year: "the
    first since Parasite" names an older show). With none, it stays undated."""
    dates = [(ym, ed) for ed in eds for f in prize_days(kb, ed)
             if (ym := year_month(f.value)) is not None and ym[1] is not None]
    if not dates:
        return
    when, ed = max(dates)
    for c in undated:
        film = kb.entity(c.slots.get("subject") or "")
        if film is not None and isinstance(film.year, int) and when[0] < film.year:
            continue   # a show before the film was made cannot date when its takings stood
        c.slots.update(as_of=when, as_of_from=ed)
        del c.slots["undated"]


def _time_ages_now(kb, won: set, ages: list[Claim]) -> None:
    """An age said as the person's age now is at least their age on the day of the latest
    prize the piece reports as won (it was written after that night): that day, when the KB
    dates it and it falls in or after the year the piece's words bound it by."""
    days = []
    for nights in won:   # each claim's earliest dated night; the latest of those
        mine = [(str(f.value), ed) for ed in nights if ed for f in prize_days(kb, ed)
                if len(str(f.value)) == 10]
        if mine:
            days.append(min(mine))
    if not days:
        return
    day, ed = max(days)
    for c in ages:
        if int(day[:4]) >= c.slots["as_of"]:
            c.slots.update(as_of_date=day, as_of_event=ed)


def _any_prize(kb, c: Claim, fn: Callable, verdict: str) -> Optional[Verdict]:
    """The award claim read as any prize of its show (at its night, for its work), when that
    reading gives `verdict`; else None."""
    wide = copy.copy(c)
    wide.slots = dict(c.slots, award=None, family_only=True, award_phrase=None,
                      family_assumed=False, night_reading=False)
    v = _award_verdict(kb, wide, fn)
    return v if v is not None and v.verdict == verdict else None


def _award_verdict(kb, c: Claim, fn: Callable) -> Optional[Verdict]:
    """An award claim judged by `fn`'s facts; one naming several works ("won best director
    for A and B", "won Oscars for A, B and C") as a win for each work, each judged as its own."""
    if awards.several_works(c):
        return awards.each_work(c, lambda one: awards.account(kb, one, fn(kb, one)))
    return awards.account(kb, c, fn(kb, c))


def _night_reading(kb, c: Claim, fn: Callable) -> Optional[Verdict]:
    """The refute of an award claim read as any prize of its show at its night, or None."""
    return _any_prize(kb, c, fn, "refuted")


def _family_reading(kb, c: Claim, fn: Callable) -> Optional[Verdict]:
    """The support of a bare win whose category was read from the passage ("X won for
    Oppenheimer" after a sentence on Best Actor), read as any prize of the show for the work
    the clause names, or None: the clause itself names only the work."""
    if c.slots.get("family_assumed") != "context" or c.slots.get("negated") \
            or c.slots.get("polarity") != "won" or not c.slots.get("works"):
        return None
    phrase = (c.slots.get("award_phrase") or "").lower()
    if phrase and phrase in c.text.lower():
        # the clause names its category itself ("X won best supporting actress for Y, while Z
        # took his third Oscar": only the show is another clause's): any other prize of the
        # work is no support of it
        return None
    return _any_prize(kb, c, fn, "supported")


# claims about someone the KB does not know that a complete list still decides: a win (a
# nomination) off the complete list of winners (nominees), a jury president other than the one
# the edition had, a juror off an edition's complete jury
UNKNOWN_SUBJECT: dict[str, Callable] = {"award": awards.unknown_winner,
                                        "jury": festivals.unknown_president,
                                        "jury_member": festivals.jury_member}


def _verify(c: Claim, kb, doc) -> Optional[Verdict]:
    """Fill one claim's verdict, evidence, explanation and confidence and give the verdict;
    None when it is not check-worthy after all."""
    kind = c.slots.get("kind") or c.predicate
    fn: Optional[Callable] = CHECKS.get(kind)
    v: Optional[Verdict] = None
    if c.slots.get("subject") is None and c.slots.get("subject_name"):
        known_by = UNKNOWN_SUBJECT.get(kind)
        v = known_by(kb, c) if known_by else None
        v = v or Verdict("not_enough_info", f"The KB does not know "
                         f"{c.slots['subject_name']}, so it cannot check this claim.")
    elif c.slots.get("subject") is None or (c.subject and kb.entity(c.subject.id) is None):
        v = Verdict("not_enough_info", "The KB does not know who or what this claim is about.")
    elif kind == "award" and c.slots.get("count") is not None:
        v = (counts._bounded(kb, c, c.slots["count_bound"], awards.award_count)
             if c.slots.get("count_bound") else awards.award_count(kb, c)) or Verdict(
            "not_enough_info", "The KB cannot count these wins.")
        if v.verdict == "supported" and c.slots.get("unchecked"):
            # "the only man to win Best Actor three times": the count holds, the record not
            v = Verdict("not_enough_info", v.explanation + " The KB cannot check " + ", ".join(
                f"'{x}'" for x in c.slots["unchecked"]) + ", which the sentence also states.",
                v.facts)
    elif fn is not None and c.slots.get("for_work_read"):
        # "for the film": a work read from the passage picks the win it confirms; where it
        # does not, the claim is judged as if it named no work
        v = awards.account(kb, c, fn(kb, c))
        if v is None or v.verdict != "supported":
            bare = copy.copy(c)
            bare.slots = dict(c.slots, for_work=None, for_work_read=None, works=[
                w for w in c.slots.get("works") or [] if w != c.slots.get("for_work")],
                stated=[x for x in c.slots.get("stated") or [] if x != "for_work"])
            v = awards.account(kb, bare, fn(kb, bare))
            if v is not None and v.verdict == "supported":   # but not for the film read
                v = Verdict("not_enough_info", f"{v.explanation} The passage's film here "
                            f"reads as {kb.label(c.slots['for_work'])}, which this "
                            f"{'nomination' if c.slots.get('polarity') == 'nominated' else 'win'}"
                            " was not for; the sentence may mean another.", v.facts)
    elif fn is not None and c.slots.get("work_hint") and not c.slots.get("for_work") \
            and c.slots.get("subject") != c.slots["work_hint"]:
        # the one film the sentence names, as the work of a prize said without one: kept
        # only where the KB bears it out (it picks that night's fact as the evidence)
        hinted = copy.copy(c)
        hinted.slots = dict(c.slots, for_work=c.slots["work_hint"], stated=list(
            c.slots.get("stated") or []) + ["for_work"])
        v = awards.account(kb, hinted, fn(kb, hinted))
        if v is None or v.verdict != "supported":
            v = awards.account(kb, c, fn(kb, c))
        if kind == "award" and c.slots.get("again") and v is not None:
            v = awards.again(kb, c, v)
    elif fn is not None and kind == "award" and awards.several_works(c):
        v = _award_verdict(kb, c, fn)
    elif fn is not None:
        v = awards.account(kb, c, fn(kb, c))
        if kind == "award" and c.slots.get("again") and v is not None:
            v = awards.again(kb, c, v)
    if (v is None or v.verdict == "not_enough_info") and c.slots.get("note_fact") \
            and not c.slots.get("negated") and not c.slots.get("slot_untold") \
            and c.subject and kb.entity(c.subject.id) \
            and not filmography.part_unnamed(kb, c, c.slots["note_fact"]):
        v = noted(kb, c.slots["note_fact"]) or v  # a sourced note says the whole clause
    if v is None:
        if c.slots.get("weak"):
            return None
        v = Verdict("not_enough_info", "The KB holds no fact that decides this claim.")
    if v.verdict == "drop":
        return None
    if c.slots.get("negated") and v.verdict == "supported" and \
            (lo := c.slots.get("denied_as_of")) is not None and v.facts and all(
                _fact_year(kb, f) is None or _fact_year(kb, f) >= lo for f in v.facts):
        # "X, who has never won an Oscar": every win the KB holds may postdate the piece
        v = Verdict("not_enough_info", "The piece names " + str(lo) + "; the wins the KB holds "
                    "may be later than it: " + v.explanation, v.facts)
    if c.slots.get("negated") and v.verdict == "supported" and c.slots.get("said_lost") \
            and (lost := _lost_elsewhere(kb, c) or _lost_some(kb, c, doc)) is not None:
        v = lost   # "After losing Best Actress, she won it": a loss at another edition;
        # "Anora lost at the 97th": one of its nominations there it did not win
    elif c.slots.get("negated") and v.verdict in ("supported", "refuted"):
        v = _negate(v, lost=bool(c.slots.get("said_lost")))
        if v.verdict == "supported" and c.slots.get("passed_over") and c.slots.get("award") \
                and any(f.predicate == "nominated_for" and f.value == c.slots["award"]
                        for f in v.facts):
            # "was snubbed for Best Director" of a nominee who lost: the word most often says
            # there was no nomination, which the record contradicts; left open
            v = Verdict("not_enough_info", "Said of a prize, being passed over most often "
                        "means no nomination, and there was one: " + v.explanation.removeprefix(
                            "Correctly denied: "), v.facts)
    if c.slots.get("night_reading") and v.verdict == "refuted" and fn is not None \
            and not c.slots.get("negated"):
        # a category read from the passage, at the night it named: what refutes is that the
        # subject won nothing of that show that night (any category will do)
        night = _night_reading(kb, c, fn)
    else:
        night = None
    if night is not None:
        v = night   # the night is the passage's own: the show is not merely assumed
    elif c.slots.get("family_assumed") and v.verdict == "refuted" and fn is not None \
            and (wide := _family_reading(kb, c, fn)) is not None:
        v = wide
    elif c.slots.get("family_assumed") and v.verdict == "refuted":
        why = ("The clause names no show; read as the passage's, this does not hold: "
               if c.slots.get("family_assumed") is not True else
               "The clause names no show that has this prize; read as the Oscars, this does "
               "not hold: ")
        v = Verdict("not_enough_info", why + v.explanation, v.facts)
    if c.slots.get("negated") and v.verdict != "supported" and c.slots.get("denial_night") \
            and fn is not None and not (c.slots.get("ceremony") or c.slots.get("year")):
        # "Gerwig was not nominated for Best Director" in a passage about one night: read at
        # that night, the denial may hold there (an older nomination refutes nothing)
        w = _denied_at_night(kb, c, fn, c.slots["denial_night"])
        if w is not None:
            v = w
    upto = _count_beyond_record(kb, c) if c.slots.get("count_upto") and \
        c.slots.get("refute_blocked") and v.verdict != "supported" else None
    if upto is not None:
        v = upto
    elif c.slots.get("refute_blocked") and v.verdict == "refuted":
        # the claim reads the sentence one way of several (its own words say why)
        v = Verdict("not_enough_info", c.slots["refute_blocked"] + v.explanation, v.facts)
    if c.slots.get("subject_guessed") and v.verdict == "refuted":
        # "Two Towers" read as Two Soldiers: a whole word changed is a guess, never a refute
        v = Verdict("not_enough_info", f"'{c.slots['subject_guessed']}' is read as "
                    f"{c.subject.label if c.subject else 'a KB name'}, a guess at a misspelled "
                    "name; read so, this does not hold: " + v.explanation, v.facts)
    if c.slots.get("subject_assumed") and v.verdict == "refuted":
        v = Verdict("not_enough_info", "The pronoun may stand for another person named nearby; "
                    "read as " + (c.subject.label if c.subject else "it") + ", this does not "
                    "hold: " + v.explanation, v.facts)
    if c.hedged and v.verdict == "supported" and not v.facts:
        v = Verdict("not_enough_info", "Presented as rumour; nothing in the KB bears it out.")
    v, evidence = cite(kb, v, doc)  # best source first; never the article itself
    c.verdict = v.verdict
    c.explanation = v.explanation
    if c.hedged and v.verdict == "not_enough_info" and "rumour" not in v.explanation:
        c.explanation = "Presented as rumour or hearsay. " + v.explanation
    c.evidence = evidence
    c.confidence = v.confidence
    return v


def _count_beyond_record(kb, c: Claim) -> Optional[Verdict]:
    """"Nominated twenty times before The Departed", "had previously won three": a count up to
    an event or an earlier time is at most the whole record's, so a count larger than the
    whole record (complete in the KB) is refuted; a smaller one says nothing. Only an exact
    count with no night or year of its own (a year would date the count); else None."""
    s = c.slots
    if s.get("count") is None or s.get("count_bound") or s.get("ceremony") or s.get("year") \
            or s.get("negated"):
        return None
    kind = s.get("kind") or c.predicate
    fn = awards.award_count if kind == "award" else CHECKS.get(kind)
    # (the bound itself, left unchecked, is what the whole record's count stands over)
    whole = copy.copy(c)
    whole.slots = dict(s, unchecked=None, refute_blocked=None)
    v = counts._bounded(kb, whole, "at_least", fn) if fn is not None else None
    if v is None or v.verdict != "refuted":
        return None
    return Verdict("refuted", "A count up to an earlier event cannot exceed the whole record, "
                   "which holds fewer: " + v.explanation, v.facts)


def _merge_groups(claims: list[Claim], doc=None) -> list[Claim]:
    """One statement, one row: the claims one frame made on overlapping words ("X lost Best
    Actress to Y": a nomination for X, a win for Y; "won Best Picture, its only win from eight
    nominations") become one claim: refuted when a part is, supported when every part is, its
    explanation naming each part. (Claims of different families on nested words stay separate
    rows for now: merging them made the true half of compound sentences read as refuted.)"""
    groups: dict[str, list[Claim]] = {}
    rows: list[list[Claim]] = []
    for c in claims:   # within a frame, claims whose words overlap are one statement
        g = c.slots.get("group")
        if not g:
            rows.append([c])
            continue
        for k in range(100):
            key = f"{g}#{k}"
            members = groups.get(key)
            if members is None:
                groups[key] = [c]
                rows.append(groups[key])
                break
            if any(m.start < c.end and c.start < m.end for m in members):
                members.append(c)
                break
    out = [_combine(parts, doc) if len(parts) > 1 else parts[0] for parts in rows]
    out.sort(key=lambda c: (c.start, -c.end))
    # a claim whose words open another's and stop inside the same clause states a part of
    # the same statement ("X won Best Supporting Actor for his turn as Igor": the prize and
    # the role; "shot on 35mm film over 35 days"): one row. A coordinated clause after it
    # ("runs three hours and was filmed in 20 days") is a statement of its own.
    merged: list[Claim] = []
    for c in out:
        outer = merged[-1] if merged else None
        # So does one whose words sit inside another's with only the clause's subject
        # before them ("It premiered at Sundance on May 21": the day and the festival).
        if outer is not None and doc is not None and outer.start <= c.start \
                and c.end <= outer.end and {c.verdict, outer.verdict} == CONTRADICTION \
                and not CLAUSE_BREAK.search(doc.text[outer.start:c.start]) \
                and not CLAUSE_BREAK.search(doc.text[c.end:outer.end]) \
                and not _bracketed_aside(doc.text[c.start:c.end]) \
                and _entities(c) & _entities(outer):
            merged[-1] = _combine([outer, c], doc)
            continue
        merged.append(c)
    merged.sort(key=lambda c: (c.start, c.end))
    return merged


def _bracketed_aside(text: str) -> bool:
    """Whether a claim's words end with a bracket they open ("Sean Baker (born 1971)"): the
    bracket is an aside, a statement of its own beside the clause it is set in."""
    text = text.rstrip()
    return text.endswith(")") and "(" in text


def _entities(c: Claim) -> set:
    return {getattr(x, "id", None) for x in (c.subject, c.object)} - {None}


CONTRADICTION = {"supported", "refuted"}
# where one clause ends and the next begins, in the words between two claims
CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:and|but|while|whereas|or|which|who|that)\b",
                          re.I)


def _combine(parts: list[Claim], doc=None) -> Claim:
    verdicts = [x.verdict for x in parts]
    own = {id(x): x.verdict for x in parts}   # each part's verdict, before the head takes the row's
    head = next((x for x in parts if x.verdict == "refuted"), None) or parts[0]
    head.verdict = ("refuted" if "refuted" in verdicts else "supported"
                    if all(v == "supported" for v in verdicts) else "not_enough_info")
    order = {"refuted": 0, "not_enough_info": 1, "supported": 2}
    parts = sorted(parts, key=lambda x: order[own[id(x)]])
    word = {"supported": "Holds", "refuted": "Wrong", "not_enough_info": "Open"}
    # (a part that was itself combined already opens with its word: not said twice)
    expl = list(dict.fromkeys(x.explanation if x.explanation.startswith(f"{word[own[id(x)]]}: ")
                              else f"{word[own[id(x)]]}: {x.explanation}" for x in parts))
    head.explanation = " ".join(expl) if len(expl) > 1 else parts[0].explanation
    head.start, head.end = min(x.start for x in parts), max(x.end for x in parts)
    head.evidence = list({(e.fact_id, e.statement): e for x in parts for e in x.evidence}
                         .values())[:6]
    head.confidence = min(x.confidence for x in parts)
    head.hedged = any(x.hedged for x in parts)
    if doc is not None:
        head.text = doc.text[head.start:head.end]
    return head


def _fact_year(kb, f) -> Optional[int]:
    """The year of an award fact: its own, else its ceremony's."""
    y = f.qualifiers.get("year")
    if y is None and f.qualifiers.get("ceremony"):
        e = kb.entity(f.qualifiers["ceremony"])
        y = e.year if e is not None else None
    try:
        return int(y) if y is not None else None
    except (TypeError, ValueError):
        return None


def _denied_at_night(kb, c: Claim, fn, night: str) -> Optional[Verdict]:
    """A denial read at the passage's night: supported when the KB holds the subject's record
    there and it lacks the prize; else None (a reading never refutes). Being passed over of
    a nominee who lost there is left open, as at a night the clause names."""
    at = copy.copy(c)
    at.slots = dict(c.slots, ceremony=night, refute_blocked=None, denial_night=None)
    w = awards.account(kb, at, fn(kb, at))
    if w is None or w.verdict != "refuted":
        return None
    aw = c.slots.get("award")
    if c.slots.get("passed_over") and aw and any(
            f.value == aw and f.qualifiers.get("ceremony") == night
            for f in kb.facts_involving(c.slots["subject"], "nominated_for")):
        return None
    return Verdict("supported", f"Read at the {kb.label(night)}, the night the passage "
                   f"names: " + _negate(w).explanation, w.facts, w.confidence)


def _lost_elsewhere(kb, c: Claim) -> Optional[Verdict]:
    """"X lost Best Y" with no edition said, of someone who also won it: "lost" is true of any
    edition where X was in the running and did not win, so it is not the negation of the
    win. The first such nomination, or None (no loss on record: the negation stands)."""
    who, aw = c.slots.get("subject"), c.slots.get("award")
    if not who or not aw or c.slots.get("ceremony") or c.slots.get("year"):
        return None
    won = {f.qualifiers.get("ceremony") for f in kb.facts_involving(who, "award_received")
           if f.value == aw and involves(f, who, kb)}
    lost = [f for f in kb.facts_involving(who, "nominated_for") if f.value == aw
            and involves(f, who, kb) and f.qualifiers.get("ceremony") not in won]
    if not lost:
        return None
    f = min(lost, key=lambda f: str(f.qualifiers.get("year") or ""))
    return Verdict("supported", f"Lost, as said: {kb.label(who)} was nominated for the "
                   f"{kb.label(aw)} at the {kb.label(f.qualifiers.get('ceremony') or '')} and did "
                   f"not win.", [f])


def _lost_some(kb, c: Claim, doc=None) -> Optional[Verdict]:
    """"X lost at the 97th Academy Awards", no prize named: "lost" is true when X was in the
    running there for a prize it did not win, whatever else it won. Those nominations, or
    None (every nomination there won: the negation of the win stands). A clause set inside
    another ("Best Picture was one of the prizes X lost") may take its prize from the words
    before it: there the loss is only left open."""
    who, ed = c.slots.get("subject"), c.slots.get("ceremony")
    if not who or not ed or c.slots.get("award"):
        return None
    won = {f.value for f in kb.facts_involving(who, "award_received")
           if f.qualifiers.get("ceremony") == ed and involves(f, who, kb)}
    lost = [f for f in kb.facts_involving(who, "nominated_for")
            if f.qualifiers.get("ceremony") == ed and involves(f, who, kb) and f.value not in won]
    if not lost:
        return None
    said = (f"{kb.label(who)} was nominated for the "
            f"{', the '.join(sorted(kb.label(f.value) for f in lost))} at the "
            f"{kb.label(ed)} and did not win")
    text = doc.text if doc is not None else ""
    at = c.slots.get("sentence_at")   # where the claim's sentence starts (accounting.record)
    before = text[at:c.start].strip() if at is not None else ""
    if before and not before.endswith(","):
        return Verdict("not_enough_info", f"{said}; the sentence may name the prize lost "
                       f"before this clause.", lost)
    return Verdict("supported", f"Lost, as said: {said}.", lost)


def _negate(v: Verdict, lost: bool = False) -> Verdict:
    """'X did not win Y' (or 'X lost Y'): the KB's answer to 'X won Y', turned around."""
    if v.verdict == "supported":
        lead = "It was won, not lost: " if lost else \
            "The article denies it, but the KB says otherwise: "
        return Verdict("refuted", lead + v.explanation, v.facts, v.confidence)
    return Verdict("supported", ("Lost, as said: " if lost else "Correctly denied: ")
                   + v.explanation, v.facts, v.confidence)


def _attach_passages(claims: list[Claim], kb, options) -> None:
    """Trusted-source passages as extra evidence for claims the KB could not decide."""
    undecided = [c for c in claims if c.verdict == "not_enough_info"]
    if not undecided or not getattr(options, "evidence_passages", 0):
        return
    try:
        from ..sources import open_sources, search_passages
    except ImportError:
        return
    index = open_sources(kb, options)
    if index is None:
        return
    nli = None
    if getattr(options, "nli_model", None):
        from ..nli import load_verifier
        nli = load_verifier(options.nli_model)
    for c in undecided:
        passages = search_passages(index, c.text, k=options.evidence_passages)
        c.evidence += passages
        if nli is not None and passages and not c.hedged:
            decision = nli.decide(c.text, [p.statement for p in passages])
            if decision is not None:
                label, prob = decision
                if label == "supported":
                    c.verdict, c.confidence = "supported", float(prob)
                    c.explanation = "A trusted passage entails this claim (NLI model)."
