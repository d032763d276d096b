"""Award claims from frames: slot accounting on top of the award checks (`wins.py`, `counts.py`).

- A winner the KB does not know is refuted by a complete list of winners that does not name
  them ("Ilse Varga won Best Actress at the 96th": it went to someone else), never otherwise.
- A count stated with a specific award ("has taken the Palme d'Or twice") is checked against
  every win of that award the KB holds, and refuted only when each edition's list is complete.
- A verdict accounts for every slot the sentence states: a win supported by a fact that does not
  match the stated film (or count) is not `supported`.
"""
from __future__ import annotations

import calendar
import copy
from datetime import date
from functools import lru_cache
from typing import Optional

from ..kb.awards import award_family
from ..textutil import fold
from .checks import L, Verdict, nei, refuted, same_name, supported
from .counts import competitive
from .datematch import _date_parts
from .decades import check_decades
from .editions import (_for_stated_work, _matches_when, _ord, _winner_names, _winners,
                       beneficiary, ceremony_year, edition_number, expected_subject_type, involves,
                       named_among)
from .words import MONTHS, fmt_date

NUMBER_NAMES = {1: "once", 2: "twice", 3: "three times", 4: "four times", 5: "five times"}


def _times(n: int) -> str:
    return NUMBER_NAMES.get(n, f"{n} times")


def _target(kb, c) -> Optional[str]:
    """The edition an award claim names: its ceremony, or its family's edition of the year."""
    cer = c.slots.get("ceremony")
    if cer and award_family(kb, cer) != cer:
        return cer
    year, family = c.slots.get("year"), c.slots.get("family")
    if year and family:
        eds = [f.subject for f in kb.facts(predicate="edition_of", object_entity=family)
               if (e := kb.entity(f.subject)) and e.year == year]
        if len(eds) == 1:
            return eds[0]
    return None


def unknown_winner(kb, c) -> Optional[Verdict]:
    """A win (a nomination) claimed for a name the KB lacks, against a complete list of the
    award's winners (nominees, the winners among them)."""
    name, aw = c.slots.get("subject_name"), c.slots.get("award")
    won = c.slots.get("polarity") == "won"
    if not name or not aw or not (won or c.slots.get("polarity") == "nominated") \
            or c.slots.get("negated"):
        return None
    pred = "award_received" if won else "nominated_for"
    target = _target(kb, c)
    year = c.slots.get("year") or ceremony_year(kb, target)
    if target:
        complete = kb.is_complete(pred, object_entity=aw, qualifiers={"ceremony": target}) \
            or kb.is_complete(pred, object_entity=aw, qualifiers={"year": year})
    elif year:
        complete = kb.is_complete(pred, object_entity=aw, qualifiers={"year": year})
    else:
        return None
    if not complete:
        return None
    wins = _winners(kb, aw, target, None if target else year)
    listed = wins if won else wins + _nominees(kb, aw, target, None if target else year)
    if not listed:
        return None
    if expected_subject_type(kb, aw) == "person" and c.slots.get("subject_kind") == "org":
        return None   # "The New Zealander ... took Best Director", read as an organisation:
        # a description, no name of one of a people's category's winners
    if c.slots.get("subject_kind") == "person" and any(
            (e := kb.entity(f.subject)) is not None and e.type == "film"
            and not f.qualifiers.get("recipients") for f in listed):
        return None   # a film's prize, its people not listed: a director may well accept it
    named = listed
    if year and not c.slots.get("ceremony"):
        # a bare year may be the year of the films the show honoured ("won Best Director in
        # 2014" for a 2014 film, given at the 2015 show): that show's winners may be the name
        named = listed + [f for f in _winners(kb, aw, None, None) + (
            [] if won else _nominees(kb, aw, None, None))
            if str(f.qualifiers.get("eligibility_year", ""))[:4] == str(year)]
    if named_among(kb, name, named):
        return None  # the name is on the list under a spelling the linker missed
    when = f"at the {L(kb, target)}" if target else f"in {year}"
    if won:
        return refuted(f"The {L(kb, aw)} {when} went to {_winner_names(kb, wins)}, not {name}.",
                       wins)
    return refuted(f"{name} is not among the nominees for the {L(kb, aw)} {when}: "
                   f"{_winner_names(kb, listed, '; ')}.", listed)


def _nominees(kb, award: str, ceremony: Optional[str], year: Optional[int]) -> list:
    """The nominations for `award` at the edition (the winners' are `_winners`)."""
    return [f for f in kb.facts(predicate="nominated_for", object_entity=award)
            if _matches_when(kb, f, ceremony, year)]


@lru_cache(maxsize=256)
def _history_complete(kb, aw: str) -> bool:
    """Whether every edition of the award's family has a complete list of its winners: the KB
    declares the category's winners complete over the family (the Oscar record: every winner
    of the category, ceremonies it was not given at included), or each edition's."""
    family = award_family(kb, aw)
    if family and kb.is_complete("award_received", object_entity=aw,
                                 qualifiers={"family": family}):
        return True
    eds = [f.subject for f in kb.facts(predicate="edition_of", object_entity=family)]
    if not eds:
        return False
    for ed in eds:
        y = ceremony_year(kb, ed)
        if not (kb.is_complete("award_received", object_entity=aw, qualifiers={"ceremony": ed})
                or kb.is_complete("award_received", object_entity=aw, qualifiers={"year": y})):
            return False
    return True


def award_count(kb, c) -> Optional[Verdict]:
    """'X has won the Palme d'Or twice': every win of that award the KB holds for X."""
    who, aw, n = c.slots.get("subject"), c.slots.get("award"), c.slots.get("count")
    if c.slots.get("polarity") == "nominated" and who and aw and n is not None and not (
            c.slots.get("ceremony") or c.slots.get("year")):
        return _nomination_count(kb, c, who, aw, n)
    if not who or not aw or n is None or c.slots.get("polarity") != "won":
        return None
    if c.slots.get("ceremony") or c.slots.get("year"):
        return None  # "won two Oscars at the 97th" is the per-ceremony count's business
    wins = [f for f in _wins_of(kb, who, aw) if not f.disputed]
    k = len({f.qualifiers.get("ceremony") or f.qualifiers.get("year") or f.id for f in wins})
    what = "; ".join(dict.fromkeys(
        f"{L(kb, f.subject) if f.subject != who or not f.qualifiers.get('for_work') else L(kb, f.qualifiers['for_work'])}"
        f", {_win_year(kb, f)}" for f in wins[:4]))
    listed = set(c.slots.get("works") or ())
    if len(listed) > 1 and k != n:
        # "won Best Actor twice, for My Left Foot and Lincoln": the count is of the works
        # listed, not of the career (a third win elsewhere leaves it true)
        got = [f for f in wins if listed & {f.subject, f.qualifiers.get("for_work")}]
        if len(listed) == n and len(got) == n:
            return supported(f"{L(kb, who)} won the {L(kb, aw)} for "
                             f"{' and '.join(sorted(L(kb, w) for w in listed))} ({_times(n)}); "
                             f"{_times(k)} in all ({what}).", got)
        return nei(f"{L(kb, who)} has won the {L(kb, aw)} {_times(k) if k else 'never'}"
                   f"{' (' + what + ')' if what else ''}; the works the sentence lists leave "
                   f"the count it means open.", wins)
    won_for = {x for f in wins for x in (f.subject, f.qualifiers.get("for_work")) if x}
    if listed and (missing := sorted(w for w in listed if w not in won_for)):
        # "won Best Actress twice, first for A and then for B": every work listed is one of
        # the wins counted; one that is not makes the count's wins other than the ones said
        why = (f"{L(kb, who)} has won the {L(kb, aw)} {_times(k) if k else 'never'}"
               f"{' (' + what + ')' if what else ''}, not for "
               f"{' or '.join(L(kb, w) for w in missing)}.")
        if _history_complete(kb, aw) and kb.entity(who) is not None and not c.slots.get(
                "family_assumed"):
            return refuted(why, wins)
        return nei(why, wins)
    latest = _latest_win(kb, c, wins)
    if latest is not None and latest.verdict == "refuted" and _history_complete(kb, aw):
        return latest
    if k == n == 0 and c.slots.get("family_assumed"):
        # "won no award for editing", no show named: the Oscars' record says nothing of the
        # other shows' prizes
        return nei(f"{L(kb, who)} has never won the {L(kb, aw)}; the sentence names no show, "
                   f"and other shows' prizes are not in the KB's complete record.", wins)
    if k == n and (n or _history_complete(kb, aw)):   # "never won it": a full history only
        if latest is not None and latest.verdict != "supported":
            return latest
        return supported(f"{L(kb, who)} has won the {L(kb, aw)} {_times(k)}"
                         f"{' (' + what + ')' if what else ''}.", wins)
    if _history_complete(kb, aw) and kb.entity(who) is not None:
        return refuted(f"{L(kb, who)} has won the {L(kb, aw)} {_times(k) if k else 'never'}"
                       f"{' (' + what + ')' if what else ''}, not {_times(n)}.", wins)
    return nei(f"The KB holds {k} win(s) of the {L(kb, aw)} for {L(kb, who)}, but not a "
               f"complete history of the award.", wins)


def _wins_of(kb, who: str, aw: str) -> list:
    """Every win of the award `aw` the KB holds for `who` (disputed ones too)."""
    return [f for f in _winners(kb, aw, None, None) if involves(f, who, kb)]


def _win_year(kb, f):
    """The year of a win: its own, or its edition's."""
    return f.qualifiers.get("year") or ceremony_year(kb, f.qualifiers.get("ceremony"))


def again(kb, c, v: Verdict) -> Verdict:
    """"Anora won Best Picture again": a supported win of one prize also says the subject had
    won it before; without an earlier win of it in the KB the support is withdrawn (never a
    refute: "again" may repeat the verb, not the prize)."""
    who, aw = c.slots.get("subject"), c.slots.get("award")
    if v.verdict != "supported" or not who or not aw or c.slots.get("family_only") \
            or c.slots.get("polarity") != "won":
        return v
    if len({ceremony_year(kb, f.qualifiers.get("ceremony")) or 0
            for f in _wins_of(kb, who, aw)}) > 1:
        return v
    return nei(f"{v.explanation} The KB holds no earlier win of the {L(kb, aw)} by "
               f"{L(kb, who)}, which 'again' says.", v.facts)


def _latest_win(kb, c, wins: list) -> Optional[Verdict]:
    """"..., most recently for X in 2022": the latest of the subject's wins of the award must
    be for that work, in that year; None when the sentence names no latest."""
    year, work = c.slots.get("latest_year"), c.slots.get("latest_work")
    if not (year or work) or not wins:
        return None

    def when(f):
        return int(str(_win_year(kb, f) or 0)[:4])
    last = max(wins, key=when)
    got_work = last.qualifiers.get("for_work") or (last.subject if last.subject != c.slots.get(
        "subject") else None)
    said = (f"{L(kb, c.slots.get('subject'))}'s latest {L(kb, c.slots.get('award'))} was "
            f"{'for ' + L(kb, got_work) + ' ' if got_work else ''}in {when(last)}")
    if (year and when(last) != year) or (work and got_work != work):
        stated = " ".join(x for x in (f"for {L(kb, work)}" if work else "",
                                      f"in {year}" if year else "") if x)
        return refuted(f"{said}, not {stated}.", [last])
    return supported(f"{said}.", [last])


def _nomination_count(kb, c, who: str, aw: str, n: int) -> Optional[Verdict]:
    """'Nominated for Best Actress four times': the editions at which the KB holds a
    nomination (or a win) of that category for the subject. Refuted only where the KB holds
    the subject's nominations in the family complete."""
    family = award_family(kb, aw)
    if family == aw and kb.facts(predicate="part_of", object_entity=aw):
        # "six Oscar nominations" read with the show itself as the prize: no nomination is
        # of the show as such, so its categories' count is the count claim's, not this one's
        return None
    facts = [f for p in ("nominated_for", "award_received") for f in kb.facts_involving(who, p)
             if f.value == aw and involves(f, who, kb) and not f.disputed]
    eds = {}
    film = getattr(kb.entity(who), "type", None) == "film"
    for f in facts:
        # a person is up once a night; a film once for each person of it nominated that night
        # (three of its actors for Best Actor are three nominations)
        nominee = f.subject if film and f.subject != who and getattr(
            kb.entity(f.subject), "type", None) == "person" else None
        eds.setdefault((f.qualifiers.get("ceremony") or f.qualifiers.get("year") or f.id,
                        nominee), f)
    k = len(eds)
    ev = list(eds.values())[:6]
    noms = [n for _, n in list(eds)[:4]]
    what = "; ".join(dict.fromkeys(
        f"{L(kb, nominee or f.qualifiers.get('for_work') or f.subject)}, "
        f"{f.qualifiers.get('year') or ceremony_year(kb, f.qualifiers.get('ceremony'))}"
        for nominee, f in zip(noms, ev[:4])))
    said = f"{L(kb, who)} has been nominated for the {L(kb, aw)} {_times(k)}" \
        f"{' (' + what + ')' if what else ''}"
    if k == n and n:
        return supported(f"{said}.", ev)
    if family and kb.entity(who) is not None and kb.is_complete(
            "nominated_for", subject=who, qualifiers={"family": family}):
        return refuted(f"{said}, not {_times(n)}.", ev)
    return nei(f"The KB holds {k} nomination(s) for the {L(kb, aw)} for {L(kb, who)}, but "
               f"not a complete record.", ev)


def _titles(f) -> list[str]:
    """The film titles a nomination names (the Academy lists several as "A; B; C")."""
    return [fold(t) for t in str(f.qualifiers.get("film_title") or "").split(";") if t.strip()]


def _same_title(a: str, b: str) -> bool:
    """Folded titles equal, or one is the other's main title ("sunrise" / "sunrise: a song
    of two humans")."""
    return a == b or a.startswith(b + ":") or b.startswith(a + ":")


def _count_of_another_year(kb, c) -> Optional[Verdict]:
    """"Ben-Hur won 11 Academy Awards in 1962": a film is in the running at one edition of a
    show. When every fact the KB holds of the film in the family is of one edition, its record
    there complete, and the year stated is neither the year that edition was held nor the
    year of its films, the count is of a night the film was not at."""
    who, fam, year, n = (c.slots.get(k) for k in ("subject", "family", "year", "count"))
    if c.slots.get("ceremony") or not (who and fam and year) or not n or c.slots.get(
            "family_assumed") or c.slots.get("negated"):
        return None
    e = kb.entity(who)
    if e is None or e.type != "film":
        return None
    facts = [f for p in ("award_received", "nominated_for") for f in kb.facts_involving(who, p)
             if involves(f, who, kb) and award_family(kb, f.value) == fam and not f.disputed]
    eds = {f.qualifiers.get("ceremony") for f in facts}
    if len(eds) != 1 or None in eds:
        return None
    ed = next(iter(eds))
    held = ceremony_year(kb, ed)
    if not held or held < 1935 or year in (held, held - 1) or any(
            str(year) in str(f.qualifiers.get("eligibility_year", "")) for f in facts):
        return None
    won = c.slots.get("polarity") == "won"
    pred = "award_received" if won else "nominated_for"
    if not kb.is_complete(pred, subject=who, qualifiers={"ceremony": ed}):
        return None
    return refuted(f"{L(kb, who)} was in the running at the {L(kb, ed)} only (held in {held}, "
                   f"for the films of {held - 1}); not in {year}.", facts[:4])


def account(kb, c, v: Optional[Verdict]) -> Optional[Verdict]:
    """A supported award verdict must match every slot the sentence states. A slot the KB
    contradicts refutes it even where the sentence also states one the KB cannot check
    ("became the first woman to win Best Director, for W" of a win for another film); a
    verdict every checked slot upholds stays open over the unchecked one."""
    if v is None and c.slots.get("kind") == "award_count":
        return _count_of_another_year(kb, c)
    if v is None or v.verdict != "supported" or c.slots.get("kind") not in ("award",
                                                                              "award_count"):
        return v
    v = _stated_slots(kb, c, v)
    among = c.slots.get("works_among")
    if v is not None and v.verdict == "supported" and among:
        # "A and B won for X and Y": the films pair with the winners in some order; this
        # win must be for one of them (which one the sentence does not say)
        got = {f.qualifiers.get("for_work") or f.subject for f in v.facts} - {c.slots.get(
            "subject")}
        if not got & set(among):
            return nei(f"{v.explanation} The sentence lists "
                       f"{' and '.join(L(kb, w) for w in among)} for its winners; this win "
                       f"was for {' and '.join(L(kb, w) for w in sorted(got)) or 'no film'}.",
                       v.facts)
    if v is not None and v.verdict == "supported" and c.slots.get("unchecked"):
        # "At the March 2 ceremony, X took Best Picture": a day the sentence gives its night
        # is checked by the ceremony's own date (a day it does not hold stays open)
        days = _ceremony_days(kb, v.facts)
        c.slots["unchecked"] = [x for x in c.slots["unchecked"] if not _said_day_of(x, days)]
    if v is not None and v.verdict == "supported" and c.slots.get("unchecked") and \
            c.slots.get("kind") == "award":
        # "won the Palme d'Or in the '90s": a decade, checked by the prizes' years
        v = check_decades(kb, c, v)
    if v is not None and v.verdict == "supported" and c.slots.get("unchecked"):
        what = ", ".join(f"'{x}'" for x in c.slots["unchecked"])
        return nei(f"{v.explanation} The KB cannot check {what}, which the sentence also states.",
                   v.facts)
    return v


def _ceremony_days(kb, facts) -> list[tuple[int, int, int]]:
    """(year, month, day) of the ceremonies the supporting award facts were given at."""
    out = []
    for ed in {f.qualifiers.get("ceremony") for f in facts if f.qualifiers.get("ceremony")}:
        for d in kb.facts(subject=ed, predicate="ceremony_date"):
            y, m, dd = _date_parts(str(d.value)) if not d.disputed else (None, None, None)
            if y and m and dd:
                out.append((y, m, dd))
    return out


def _said_day_of(phrase: str, days: list) -> bool:
    """Whether `phrase` is nothing but a day of the month (with its month, and its year if it
    says one: "March 2", "2 March 2025") that is one of `days`."""
    words = [w.strip(",.").lower() for w in phrase.replace(",", " ").split()]
    months = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    month = [months[w] for w in words if w in months]
    nums = [w for w in words if w not in months]
    if len(month) != 1 or not 1 <= len(nums) <= 2 or not all(w.isdigit() for w in nums):
        return False
    day = next((int(w) for w in nums if len(w) <= 2), None)
    year = next((int(w) for w in nums if len(w) == 4), None)
    if day is None or len(nums) == 2 and year is None:
        return False
    return any(m == month[0] and d == day and (year is None or y == year)
               for y, m, d in days)


def _stated_slots(kb, c, v: Verdict) -> Verdict:
    """The supported award verdict `v` checked against each slot the sentence states."""
    stated = c.slots.get("stated") or []
    facts = v.facts
    if c.slots.get("same_night_as") and not (c.slots.get("ceremony") or c.slots.get("year")):
        v = _same_night(kb, c, v)
        if v.verdict != "supported":
            return v
    if c.slots.get("item_winner"):
        v = _item_winner(kb, c, v)
        if v.verdict != "supported":
            return v
    if c.slots.get("count_items"):
        v = _count_items(kb, c, v)
        if v.verdict != "supported":
            return v
    if c.slots.get("kind") == "award_count":
        return v
    if (ben := beneficiary(kb, c)) and facts and not any(involves(f, ben, kb) for f in facts):
        # "Anora won Best Director for Mikey Madison": the prize's record names others
        names = sorted({L(kb, r) for f in facts for r in f.qualifiers.get("recipients") or ()})
        return nei(f"{v.explanation} The KB's record of it names "
                   f"{', '.join(names) or 'no one'}, not {L(kb, ben)}.", facts)
    if "month" in stated or "weekday" in stated:
        v = _on_the_day(kb, c, v)
        if v.verdict != "supported":
            return v
    if c.slots.get("career_ordinal"):
        v = _nth_of_career(kb, c, v)
        if v.verdict != "supported":
            return v
    if c.slots.get("nomination_ordinal"):
        v = _won_on_nth_nomination(kb, c, v)
        if v.verdict != "supported":
            return v
    if "for_work" in stated and facts:
        want = c.slots["for_work"]
        title = fold(L(kb, want))
        ok = [f for f in facts if f.qualifiers.get("for_work") == want or f.subject == want
              or any(_same_title(t, title) for t in _titles(f))
              or want in (f.qualifiers.get("films") or [])]
        if not ok:
            # a win (a nomination) the complete list records for another film: the film is
            # the wrong slot ("nominated for Best Actress for X" when the one nomination
            # there was for Y)
            other = [f for f in facts if f.predicate in ("award_received", "nominated_for") and (
                f.qualifiers.get("for_work") or f.qualifiers.get("film_title"))
                and not f.qualifiers.get("films") and f.qualifiers.get("ceremony")
                and len(_titles(f)) <= 1
                and kb.is_complete(f.predicate, object_entity=f.value,
                                   qualifiers={"ceremony": f.qualifiers["ceremony"]})]
            if not other:
                # a festival's prize is the film's own fact ("The White Ribbon won the Palme
                # d'Or", Haneke its recipient): the film is the work, once the edition's list
                # of winners is complete and the prize went to no other film there
                other = [f for f in facts if _film_won_it(kb, f, c.slots.get("subject"))]
            if other:
                def real(f):
                    return L(kb, f.qualifiers["for_work"]) if f.qualifiers.get("for_work") \
                        else f.qualifiers.get("film_title") or L(kb, f.subject)
                f = other[0]
                who = c.slots.get("subject")
                whose = f"{L(kb, who)}'s " if who else "The "
                if len(other) > 1 and who:
                    # several wins, none for the film: name them all, not one night's
                    what = "nominations" if f.predicate == "nominated_for" else "wins"
                    prizes = sorted({L(kb, o.value) for o in other})
                    each = ", ".join(dict.fromkeys(   # (a fact from two sources, said once)
                        f"{real(o)} ({L(kb, o.qualifiers['ceremony'])})"
                        for o in sorted(other, key=lambda o: edition_number(
                            kb, o.qualifiers["ceremony"]) or 0)))
                    return refuted(f"{whose}{what} ({' and '.join(prizes)}) were for {each}, "
                                   f"not {L(kb, want)}.", facts)
                if f.predicate == "nominated_for":
                    whose += "nomination for the "
                return refuted(f"{whose}{L(kb, f.value)} at the "
                               f"{L(kb, f.qualifiers['ceremony'])} was for {real(f)}, not "
                               f"{L(kb, want)}.", facts)
            film = _the_work_s(kb, c, want) or _the_work_s_win_named_others(kb, c, facts, want)
            if film is not None:
                return film
            return nei(f"{v.explanation} The KB does not say it was for {L(kb, want)}.", facts)
    if "for_title" in stated and facts:
        want = fold(c.slots["for_title"])
        if not any(fold(str(f.qualifiers.get("film_title", ""))) == want or fold(L(kb, f.subject)) == want
                   or _names_the_piece(f, want) for f in facts):
            return nei(f"{v.explanation} The KB does not say it was for {c.slots['for_title']}.",
                       facts)
    return v


def _names_the_piece(f, want: str) -> bool:
    """The prize was for a piece the fact names as its detail (a song's title: "won Best
    Original Song for 'Shallow'"), written in full or without its bracketed subtitle."""
    detail = fold(str(f.qualifiers.get("detail") or ""))
    return bool(detail) and (detail == want or detail.split(" (")[0].strip() == want)


def _film_won_it(kb, f, who: Optional[str]) -> bool:
    """Whether a win is a film's own fact, the person `who` among its recipients, at an
    edition whose list of the prize's winners is complete and names this film alone."""
    e = kb.entity(f.subject)
    ed = f.qualifiers.get("ceremony")
    if f.predicate != "award_received" or e is None or e.type != "film" or not who or \
            f.subject == who or not ed or f.disputed or f.qualifiers.get("shared_with") or \
            who not in (f.qualifiers.get("recipients") or ()):
        return False
    if not (kb.is_complete("award_received", object_entity=f.value, qualifiers={"ceremony": ed})
            or kb.is_complete("award_received", object_entity=f.value,
                              qualifiers={"year": ceremony_year(kb, ed)})):
        return False
    return [x.subject for x in kb.facts(predicate="award_received", object_entity=f.value)
            if x.qualifiers.get("ceremony") == ed] == [f.subject]


def _the_work_s(kb, c, want: str) -> Optional[Verdict]:
    """"X was nominated for Best Director for W": a person's prize for a work is among the
    work's own; when the work's complete record refutes the prize for the work ("W's
    nominations at the 97th were: ...; not Best Director"), the claim is refuted with it.
    Only a person's, for a specific category of the show, with no night or year stated."""
    from .checks import CHECKS
    # (a denial, "X was not nominated for Best Director for W", is the same check turned
    # around by the caller: the work's complete record lacking the prize supports it)
    if not c.slots.get("award") or c.slots.get("family_only") or \
            c.slots.get("ceremony") or c.slots.get("year") or c.slots.get("month"):
        return None   # (a night or year may be another clause's event than the work's)
    who = kb.entity(c.slots.get("subject") or "")
    if who is None or who.type != "person":
        return None
    e = kb.entity(want)
    if e is None or e.type != "film":
        return None
    fn = CHECKS.get("award")
    if fn is None:
        return None
    w = copy.copy(c)
    w.slots = dict(c.slots, subject=want, subject_kind="film", for_work=None, works=[],
                   beneficiary=None, career_ordinal=None, role=None,
                   stated=[x for x in c.slots.get("stated") or [] if x != "for_work"])
    v = fn(kb, w)
    if v is None or v.verdict != "refuted":
        return None
    return refuted(f"{L(kb, c.slots['subject'])} for {L(kb, want)}: {v.explanation}", v.facts)


def _the_work_s_win_named_others(kb, c, facts, want: str) -> Optional[Verdict]:
    """"X won the Palme d'Or for W", X a winner of that prize for another work: W's own win of
    it (a festival's prize is the film's fact) names its recipients, at an edition whose list
    of winners is complete; X not among them, and holding no credit on W, did not win it for
    W. Refuted with W's win; None when W has no single win of the prize, names no recipients,
    or X is one of W's people."""
    who = c.slots.get("subject")
    person = kb.entity(who or "")
    film = kb.entity(want)
    if person is None or person.type != "person" or film is None or film.type != "film":
        return None
    prizes = {f.value for f in facts}
    if len(prizes) != 1 or any(f.predicate != "award_received" for f in facts):
        return None
    prize = next(iter(prizes))
    if any(f.value == who or who in (f.qualifiers.get("recipients") or ())
           for f in kb.facts(subject=want)):
        return None   # (X directed, wrote, produced or played in W: W's people)
    wins = [f for f in kb.facts(subject=want, predicate="award_received")
            if f.value == prize and not f.disputed]
    if len(wins) != 1:
        return None
    w = wins[0]
    got, ed = w.qualifiers.get("recipients") or [], w.qualifiers.get("ceremony")
    if not got or not ed or w.qualifiers.get("shared_with"):
        return None
    if not (kb.is_complete("award_received", object_entity=prize, qualifiers={"ceremony": ed})
            or kb.is_complete("award_received", object_entity=prize,
                              qualifiers={"year": ceremony_year(kb, ed)})):
        return None
    names = ", ".join(L(kb, r) for r in got)
    return refuted(f"{L(kb, want)}'s {L(kb, prize)} at the {L(kb, ed)} went to {names}, not "
                   f"{L(kb, who)}.", list(facts) + [w])


def _item_winner(kb, c, v: Verdict) -> Verdict:
    """"Won seven Oscars, including Best Actress for Michelle Yeoh": the listed prize's win
    must be the named person's. Refuted when the wins found name their people and not this
    one; open when they name no people."""
    who = c.slots["item_winner"]
    wins = [f for f in v.facts if f.predicate == "award_received"]
    if not wins or any(involves(f, who, kb) for f in wins):
        return v
    def people(f) -> list:   # the people a win names: its subject, or its recipients
        if getattr(kb.entity(f.subject), "type", None) == "person":
            return [f.subject]
        return [] if f.qualifiers.get("recipients_text") else list(
            f.qualifiers.get("recipients") or [])
    if all(people(f) and not f.disputed for f in wins):
        names = ", ".join(dict.fromkeys(L(kb, r) for f in wins for r in people(f)))
        return refuted(f"{v.explanation.rstrip('.')}, but it went to {names}, not "
                       f"{L(kb, who)}.", wins)
    return nei(f"{v.explanation} The KB does not say the prize was {L(kb, who)}'s.", wins)


def _count_items(kb, c, v: Verdict) -> Verdict:
    """"Six nods, including one for X": X must hold one of the prizes the verdict counted
    (its subject or among its recipients). Open when none names X: the sentence says more
    than the count, which the count's facts do not bear out."""
    for who in c.slots["count_items"]:
        if not any(involves(f, who, kb) for f in v.facts):
            return nei(f"{v.explanation} The KB does not say one of them was {L(kb, who)}'s.",
                       v.facts)
    return v


def _same_night(kb, c, v: Verdict) -> Verdict:
    """"X lost Best Picture to Y", "Y beat X for Best Picture", no edition named: Y's win and
    X's nomination must be of one edition. Refuted when the other party was in the running
    for the prize at one edition only, and the KB's list for that edition (its winners, or
    its nominees) is complete and does not have this party; open when the editions differ
    otherwise."""
    other, other_pol = c.slots["same_night_as"]
    aw, who = c.slots.get("award"), c.slots.get("subject")
    preds = ("award_received",) if other_pol == "won" else ("award_received", "nominated_for")
    if not aw:   # a category named in words: the one of the verdict's that the other party
        # holds ("beat A and B for best supporting actress": the prize the winner won)
        held = {f.value for f in v.facts} & {f.value for p in preds
                                              for f in kb.facts_involving(other, p)
                                              if involves(f, other, kb) and not f.disputed}
        aw = next(iter(held)) if len(held) == 1 else None
    if not aw or not who:
        return v
    own = [f for f in v.facts if f.value == aw]
    them = [f for p in preds for f in kb.facts_involving(other, p)
            if f.value == aw and involves(f, other, kb) and not f.disputed]
    if not own or not them or any(not f.qualifiers.get("ceremony") for f in own + them):
        return v   # the other's fact, or an edition, the KB does not hold: nothing to compare
    mine = {f.qualifiers["ceremony"] for f in own}
    theirs = {f.qualifiers["ceremony"] for f in them}
    both = mine & theirs
    if both == mine and c.slots.get("award"):
        return v
    if both:   # of the party's several editions, the one the other's fact names
        ed = sorted(both, key=lambda e: ceremony_year(kb, e) or 0)[0]
        verb = "won" if c.slots.get("polarity") == "won" else "was nominated for"
        return supported(f"{L(kb, who)} {verb} the {L(kb, aw)} at the {L(kb, ed)}.",
                         [f for f in own if f.qualifiers["ceremony"] == ed])
    unsure = nei(f"{v.explanation} The KB does not hold {L(kb, other)} "
                 f"{'winning' if other_pol == 'won' else 'in the running for'} it at the same "
                 f"ceremony.", v.facts)
    if len(theirs) != 1:
        return unsure
    ed = next(iter(theirs))
    if c.slots.get("polarity") == "won":
        if not kb.is_complete("award_received", object_entity=aw, qualifiers={"ceremony": ed}):
            return unsure
        wins = _winners(kb, aw, ed, None)
        if not wins:
            return unsure
        there = "won it" if other_pol == "won" else "was in the running"   # (a shared win)
        return refuted(f"The {L(kb, aw)} at the {L(kb, ed)}, where {L(kb, other)} {there}, "
                       f"went to {_winner_names(kb, wins)}, not {L(kb, who)}.",
                       wins + v.facts[:1])
    if not kb.is_complete("nominated_for", object_entity=aw, qualifiers={"ceremony": ed}):
        return unsure
    return refuted(f"{L(kb, who)} was not in the running for the {L(kb, aw)} at the "
                   f"{L(kb, ed)}, where {L(kb, other)} won it.", v.facts[:1])


def _in_class(kb, award: str, words) -> bool:
    """Whether a category is of the class whose labels hold one of `words` (None: any)."""
    return not words or any(w in L(kb, award).lower().split() for w in words)


def _nth_of_career(kb, c, v: Verdict) -> Verdict:
    out = _nth_in(kb, c, v)
    if out.verdict == "refuted" and c.slots.get("ordinal_of_family") and c.slots.get("award") \
            and not c.slots.get("family_only") and not c.slots.get("ordinal_class"):
        # "his tenth nomination for Best Director" may count his nominations in the category
        # as well as all of them: wrong only when neither count makes it the n-th
        other = _nth_in(kb, _with_slots(c, ordinal_of_family=False), v)
        if other.verdict != "refuted":
            return other
    return out


def _nth_in(kb, c, v: Verdict) -> Verdict:
    """'Her first Oscar nomination', 'his third Best Actress Oscar': the fact found must be
    the n-th of the subject's nominations (wins) in the family, or of that award when the
    claim names one, in the order of their ceremonies. Refuted only where the KB declares the
    subject's record in the family complete."""
    who, fam, n = c.slots.get("subject"), c.slots.get("family"), c.slots["career_ordinal"]
    won = c.slots.get("polarity") == "won"
    cls = c.slots.get("ordinal_class")   # "his first acting Oscar": within the class
    if c.slots.get("ordinal_competitive"):   # "his first competitive Oscar": no honorary one
        kept = [f for f in v.facts if competitive(kb, f.value)]
        if not kept:
            return nei(f"{v.explanation} None of these was won in competition.", v.facts)
        if len(kept) < len(v.facts):
            v = Verdict(v.verdict, "; ".join(
                f"{L(kb, who)} won the {L(kb, f.value)} in competition"
                + (f" at the {L(kb, f.qualifiers['ceremony'])}" if f.qualifiers.get("ceremony")
                   else "") for f in kept) + ".", kept, v.confidence)
    mine = [f for f in v.facts if _in_class(kb, f.value, cls)]
    if cls and len({(f.value, f.qualifiers.get("ceremony")) for f in mine}) == 1 \
            and len(mine) < len(v.facts) and mine[0].qualifiers.get("ceremony"):
        f = mine[0]   # the win of the class among those the claim found
        v = Verdict(v.verdict, f"{L(kb, who)} {'won' if won else 'was nominated for'} the "
                    f"{L(kb, f.value)} at the {L(kb, f.qualifiers['ceremony'])}.", mine,
                    v.confidence)
    eds = {f.qualifiers.get("ceremony") for f in v.facts if f.qualifiers.get("ceremony")}
    if len(eds) > 1 and any(c.slots.get(k) for k in ("for_work", "for_title", "ceremony",
                                                     "year")):
        eds = {v.facts[0].qualifiers.get("ceremony")}   # the fact the stated slots picked
    unsure = nei(f"{v.explanation} The KB cannot tell whether it was the {_ord(n)}.", v.facts)
    if not who or not fam or not all(_in_class(kb, f.value, cls) for f in v.facts):
        return unsure
    aw = c.slots.get("award") if not (c.slots.get("family_only") or cls
                                       or c.slots.get("ordinal_of_family")) else None
    preds = ("award_received",) if won else ("award_received", "nominated_for")
    items = {_nomination_key(f): f for p in preds
             for f in kb.facts_involving(who, p) if involves(f, who, kb) and not f.disputed
             and award_family(kb, f.value) == fam and (aw is None or f.value == aw)
             and ceremony_year(kb, f.qualifiers.get("ceremony")) and _in_class(kb, f.value, cls)
             and (not c.slots.get("ordinal_competitive") or competitive(kb, f.value))}
    complete = kb.is_complete("award_received" if won else "nominated_for", subject=who,
                              qualifiers={"family": fam}) or bool(
        won and aw and _history_complete(kb, aw))
    year = lambda f: ceremony_year(kb, f.qualifiers["ceremony"])  # noqa: E731
    if len(eds) != 1:
        # no slot picks the ceremony: an n-th the complete record never reached is wrong
        # whichever it was ("her ninth Oscar nomination" of a six-time nominee)
        if complete and items and n > len(items) and c.slots.get("career_past"):
            what = "win" if won else "nomination"
            return refuted(f"{L(kb, who)} has {len(items)} {what}{'s' if len(items) > 1 else ''}"
                           f" in all for the {L(kb, aw or fam)}, so none was the {_ord(n)}.",
                           list(items.values())[:3])
        ordered = sorted(items.values(), key=year)
        if complete and c.slots.get("career_past") and not c.slots.get("career_by_other") \
                and n <= len(ordered) and (
                n == len(ordered) or year(ordered[n - 1]) != year(ordered[n])) and (
                n == 1 or year(ordered[n - 2]) != year(ordered[n - 1])):
            # "X, who won her second Oscar": an n-th the complete record holds, on a night
            # of its own (two prizes one night leave their order open)
            nth = ordered[n - 1]
            what = "win" if won else "nomination"
            return supported(f"{L(kb, who)}'s {_ord(n)} {what} for the {L(kb, aw or fam)} came "
                             f"at the {L(kb, nth.qualifiers['ceremony'])}.", [nth])
        return unsure
    here = ceremony_year(kb, next(iter(eds)))
    before = sorted((f for f in items.values() if year(f) < here), key=year)
    at = [f for f in items.values() if year(f) == here]
    if c.slots.get("ordinal_night"):
        # "a second statuette that night": the n-th of that night's prizes, which the KB
        # does not order; more than the night held is wrong when its record is complete
        if n <= len(at) or not (complete or (won and kb.is_complete(
                "award_received", subject=who, qualifiers={"ceremony": next(iter(eds))}))):
            return nei(f"{v.explanation} The KB does not order one night's prizes.", v.facts)
        return refuted(f"{v.explanation.rstrip('.')}, but only {len(at)} that night, so none "
                       f"was the {_ord(n)}.", v.facts + at[:3])
    if len(before) + 1 < n <= len(before) + len(at):
        return unsure   # "his second Oscar of the night": the KB does not order one night's
    if len(before) < n <= len(before) + len(at):
        return v if complete else unsure
    if n > len(before) + len(at) and not complete:
        return unsure   # earlier ones the KB does not hold may make it the n-th
    what = "win" if won else "nomination"
    if n > len(before) + len(at) and len(at) > 1:
        # (several prizes that night: none of them is "the first" alone)
        total = len(before) + len(at)
        return refuted(f"{v.explanation.rstrip('.')}; {L(kb, who)} has {total} {what}"
                       f"{'s' if total != 1 else ''} in all for the {L(kb, aw or fam)}, so "
                       f"none was the {_ord(n)}.", v.facts + before[:3])
    first = f": the first came at the {L(kb, before[0].qualifiers['ceremony'])}" if before \
        else ""
    return refuted(f"{v.explanation.rstrip('.')}, but it was the {_ord(len(before) + 1)} "
                   f"{what}, not the {_ord(n)}{first}.", v.facts + before[:3])


def _nomination_key(f) -> tuple:
    """One nomination, whether the KB tells it as a win or as a nomination: the category,
    the night and the work (two films up for one category on one night are two)."""
    q = f.qualifiers
    return (f.value, q.get("ceremony"), q.get("for_work") or q.get("film_title") or f.subject)


def _won_on_nth_nomination(kb, c, v: Verdict) -> Verdict:
    """"Won on his third nomination": the win's night must hold the subject's n-th nomination
    in the show, counted over the nominations (wins among them) of its ceremonies in order.
    Refuted only where the subject's nominations in the show are complete in the KB and the
    ordinal counts nominations (a "fourth attempt" may count the category's: never refuted)."""
    who, fam = c.slots.get("subject"), c.slots.get("family")
    n, firm = c.slots["nomination_ordinal"]
    wins = [f for f in v.facts if f.predicate == "award_received" and f.qualifiers.get("ceremony")]
    wins = [f for f in wins if _for_stated_work(c, f)] or wins   # "for Blade Runner 2049"
    eds = {f.qualifiers.get("ceremony") for f in wins}
    unsure = nei(f"{v.explanation} The KB cannot tell whether it came on the {_ord(n)} "
                 f"nomination.", v.facts)
    if not who or not fam or len(eds) != 1:
        return unsure
    here = ceremony_year(kb, next(iter(eds)))
    won = wins[0].value
    noms = {_nomination_key(f): f for p in ("award_received", "nominated_for")
            for f in kb.facts_involving(who, p) if involves(f, who, kb) and not f.disputed
            and award_family(kb, f.value) == fam and ceremony_year(kb, f.qualifiers.get("ceremony"))}
    year = lambda f: ceremony_year(kb, f.qualifiers["ceremony"])  # noqa: E731
    # writers count a career's nominations in the show, in the class of the category won
    # ("his fifth acting nomination") or in the category itself: any of the three bears it out
    # ("his sixth acting nomination": only the class the sentence names)
    said = c.slots.get("nomination_class")
    cls = said or _class_of(kb, won)
    counts = []
    for keep in ((lambda a: _in_class(kb, a, cls),) if said else (
            lambda a: True, lambda a: cls is not None and _in_class(kb, a, cls),
            lambda a: a == won)):
        mine = [f for f in noms.values() if keep(f.value)]
        before = sorted((f for f in mine if year(f) < here), key=year)
        at = [f for f in mine if year(f) == here]
        if at:
            counts.append((before, at))
    complete = kb.is_complete("nominated_for", subject=who, qualifiers={"family": fam})
    if any(len(b) < n <= len(b) + len(a) for b, a in counts):
        return v if complete else unsure
    if not complete or not firm or not counts:
        return unsure
    before, at = counts[0]
    first = f" (the first came at the {L(kb, before[0].qualifiers['ceremony'])})" if before \
        else ""
    kind = f"{' or '.join(said)} " if said else ""   # "acting" said: those nominations
    return refuted(f"{v.explanation.rstrip('.')}, on the {_ord(len(before) + 1)} of "
                   f"{L(kb, who)}'s {kind}nominations for the {L(kb, fam)}, not the "
                   f"{_ord(n)}{first}.", v.facts + before[:3])


def _class_of(kb, award: str) -> Optional[list]:
    """The label words of the class of categories `award` is in (lexicon `categories.classes`:
    the acting prizes), or None."""
    from ..claims.parse import lexicon
    for words in (lexicon().categories.get("classes") or {}).values():
        if _in_class(kb, award, words):
            return list(words)
    return None


def _on_the_day(kb, c, v: Verdict) -> Verdict:
    """"Won the Palme d'Or on May 24, 2024": the day (or month) stated is the day the prize was
    given, the ceremony's date (a festival's prizes: its closing day). A day one off may be a
    time zone's. A nomination's day is the day the nominations were announced."""
    month, day = c.slots.get("month"), c.slots.get("day")
    eds = {f.qualifiers.get("ceremony") for f in v.facts if f.qualifiers.get("ceremony")}
    work = c.slots.get("for_work")
    if len(eds) > 1 and work and (mine := {
            f.qualifiers.get("ceremony") for f in v.facts if f.qualifiers.get("ceremony")
            and work in (f.qualifiers.get("for_work"), f.subject)}):
        eds = mine   # "won her third Best Actress on Sunday, for Nomadland": that film's night
    # "A beat B for Best Picture in March 2010": the rival's part is dated by the night it lost
    won = c.slots.get("polarity") == "won" or bool(c.slots.get("same_night_as"))
    dated = [d for e in eds for d in (
        kb.facts(subject=e, predicate="ceremony_date") or kb.facts(subject=e, predicate="end_date")
        if won else kb.facts(subject=e, predicate="nominations_announced"))]
    closing = bool(dated) and dated[0].predicate == "end_date"
    wd = c.slots.get("weekday")
    named = (f"{MONTHS[month - 1]} {day}" if day else MONTHS[month - 1]) if month else (
        calendar.day_name[wd])
    if c.slots.get("year"):   # "in March 2024": the year is the ceremony's, not the film's
        named += f", {c.slots['year']}" if day or not month else f" {c.slots['year']}"
    if not month and not c.slots.get("year") and len(eds) > 1 and len(dated) == len(eds) \
            and all(not x.disputed and x.precision == "day" and date(*_date_parts(str(
                x.value))).weekday() == wd for x in dated):
        # "won his third Oscar on Sunday night": whichever of the nights the words leave
        # open, each was held on that weekday (which of them the ordinal picks is its check)
        return v
    if len(eds) != 1 or len(dated) != 1 or dated[0].disputed or \
            dated[0].precision != "day" and not month:
        return nei(f"{v.explanation} The KB does not date it ({named}).", v.facts)
    y, m, d = _date_parts(str(dated[0].value))
    real = date(y, m, d)
    cy = c.slots.get("year") or y
    what = "was held" if won else "announced its nominations"
    when = f"{L(kb, next(iter(eds)))} {'gave its prizes' if closing else what} on " \
        f"{fmt_date(dated[0].value)}"
    if not month:
        # "won the Palme d'Or on Friday": a weekday alone, of a week unsaid; the night's own
        # weekday holds, the one next to it may be a time zone's, any other is wrong
        off = min((wd - real.weekday()) % 7, (real.weekday() - wd) % 7)
        if off == 0 and cy == y:
            return v
        if off == 1 and cy == y:
            return nei(f"{v.explanation} The {when}, a day from a {named} (a time zone may "
                       f"explain it).", v.facts + dated)
        if cy != y or c.slots.get("gapped"):
            # (a prize taken from another clause may not be the one this weekday is of)
            return nei(f"{v.explanation} The {when}, not a {named}.", v.facts + dated)
        return refuted(f"{v.explanation.rstrip('.')}, but not on a {named}: the {when}.",
                       v.facts + dated)
    if month == m and day in (None, d) and cy == y:
        wd = c.slots.get("weekday")
        if wd is not None and day and wd != real.weekday():
            return refuted(f"{v.explanation} The {when}: not a {calendar.day_name[wd]}.",
                           v.facts + dated)
        return v
    if day and abs((date(cy, month, day) - real).days) <= 1:
        return nei(f"{v.explanation} The {when}, a day from {named} (a time zone may explain "
                   f"it).", v.facts + dated)
    return refuted(f"{v.explanation.rstrip('.')}, but not {'on' if day else 'in'} {named}: the "
                   f"{when}.", v.facts + dated)

__all__ = ["account", "award_count", "unknown_winner", "_matches_when"]


def _with_slots(c, **slots):
    """A copy of a claim with some slots changed."""
    out = copy.copy(c)
    out.slots = {**c.slots, **slots}
    return out


def several_works(c) -> bool:
    """Whether an award claim names one category, or only the show, and several KB works it
    was for ("won best director for A and B", "won Oscars for A, B and C"), each a win
    (nomination) of its own, with no count or list of wins
    that scopes them (those are read as a whole) and no denial."""
    works = c.slots.get("works") or []
    return bool(c.slots.get("award") or c.slots.get("family_only")) and len(works) > 1 \
        and c.slots.get("for_work") in works and not c.slots.get("works_unknown") \
        and not c.slots.get("negated") and not c.slots.get("listed_works") \
        and c.slots.get("count") is None


def each_work(c, judge) -> Optional[Verdict]:
    """The claim judged once per work it names (`judge` of a copy with that work alone):
    supported when every work holds, refuted when one is refuted, else open."""
    got = []
    for w in c.slots["works"]:
        one = copy.copy(c)
        one.slots = dict(c.slots, for_work=w, works=[w])
        got.append(judge(one))
    wrong = next((v for v in got if v is not None and v.verdict == "refuted"), None)
    if wrong is not None:
        return wrong
    if all(v is not None and v.verdict == "supported" for v in got):
        return supported(" ".join(v.explanation for v in got), [f for v in got for f in v.facts])
    return next((v for v in got if v is not None and v.verdict != "supported"), None)
