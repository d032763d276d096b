"""Filmography checks: a person's credits, a film's place among them ("her third film", "his next
film"), the year of a work, and debuts."""
from __future__ import annotations

import re
from typing import Optional

from ..kb.awards import award_family, ceremonies_of_family
from ..textutil import fold
from .checks import L, Verdict, _firm, check, nei, refuted, supported
from .editions import _ord, first_shown, involves
from .words import at_date, fmt_date


@check("filmography")
def filmography(kb, c) -> Optional[Verdict]:
    who, work = c.slots["subject"], c.slots["work"]
    facts = [f for f in kb.facts(subject=who, predicate="notable_work") if f.value == work]
    facts += [f for f in kb.facts(subject=work) if f.value == who and f.predicate in (
        "cast_member", "director", "screenwriter", "film_editor", "producer")]
    if not facts and kb.entity(work) is not None:
        # a prize the person won for the work ("Marty, starring Ernest Borgnine": his Best
        # Actor Oscar for Marty) is a credit on it
        title = kb.entity(work).label
        facts = [f for f in kb.facts(subject=who, predicate="award_received")
                 if f.qualifiers.get("for_work") == work
                 or f.qualifiers.get("film_title") == title]
        if not facts and c.slots.get("role"):
            # a nomination for the work that names the very part the sentence gives ("played
            # Bobby in The Florida Project": Willem Dafoe's nomination as Bobby) is the credit
            words = [fold(w) for w in c.slots["role"].replace('"', " ").split() if len(w) > 1]
            facts = [f for f in kb.facts(subject=who, predicate="nominated_for")
                     if (f.qualifiers.get("for_work") == work
                         or f.qualifiers.get("film_title") == title)
                     and all(w in fold(str(f.qualifiers.get("character_name") or ""))
                             for w in words)]
    if not facts and kb.entity(work) is not None and not c.slots.get("role"):
        # a prize or nomination of the work that names the person ("Brady Corbet's The
        # Brutalist": his Best Director nomination for it) is a credit on it
        title = kb.entity(work).label
        facts = ([f for pred in ("award_received", "nominated_for")
                  for f in kb.facts(subject=work, predicate=pred)
                  if who in (f.qualifiers.get("recipients") or ())]
                 + [f for f in kb.facts(subject=who, predicate="nominated_for")
                    if f.qualifiers.get("for_work") == work
                    or f.qualifiers.get("film_title") == title])[:1]
    if not facts and c.category != "cast":
        # a career note the KB files under the person's filmography about the work ("Anora is
        # his second film with Baker after Red Rocket") is a credit on it, as a credit fact is
        # (any credit: not a place in the cast, which "Anora's cast includes X" says)
        facts = _career_notes(kb, who, work)
    if not facts and c.slots.get("role") and kb.entity(work) is not None:
        # no credit that names the part: the record's part in the film may be another
        words = [fold(w) for w in c.slots["role"].replace('"', " ").split() if len(w) > 1]
        wrong = _part_of_another_film(kb, c, who, work, words)
        if wrong is not None:
            return wrong
    if facts and c.category == "cast":
        crew_only = _crew_only(kb, who, work, facts)
        if crew_only is not None:
            # (the KB tells the person's part in the film: a note matching the rest of the
            # clause does not speak for the place in the cast)
            c.slots["slot_untold"] = "a place in the cast"
            return crew_only
    if facts and c.slots.get("ordinal"):
        return _nth_film(kb, c, who, work, facts)
    if facts and c.slots.get("after"):
        return _next_film(kb, c, who, work, facts)
    caster = c.slots.get("caster")
    if facts and caster:
        # "Tarantino cast her in X": who cast the part, the film's director or casting
        # director as the KB holds them; anyone else is left open (the KB may lack the credit)
        cast_by = [f for pred in ("director", "casting_director")
                   for f in kb.facts(subject=work, predicate=pred) if f.value == caster]
        # ... or the film's director by a directing prize for it ("Best Director" for X), or
        # a sourced note about the caster, the person and the film that tells the casting
        cast_by += [f for pred in ("nominated_for", "award_received")
                    for f in kb.facts(subject=caster, predicate=pred)
                    if f.qualifiers.get("for_work") == work
                    and str(kb.label(f.value)).lower().endswith("director")][:1]
        cast_by += [f for f in kb.facts(predicate="statement")
                    if {work, caster, who} <= set(f.qualifiers.get("about") or ()) | {f.subject}
                    and " cast" in f" {str(f.value).lower()}"][:1]
        if not cast_by:
            return nei(f"{L(kb, who)}'s credits include {L(kb, work)}; the KB does not say "
                       f"{L(kb, caster)} cast the part.", facts)
        facts = facts + cast_by
    year = c.slots.get("year")
    if facts and year:
        # "Baker's 2019 film Red Rocket": the year is part of the claim; a credit's year or
        # the film's may support it, another leaves it open (release and production years differ)
        held = {f.qualifiers.get("year") for f in facts} | {
            getattr(kb.entity(work), "year", None)}
        held = {int(y) for y in held if y and str(y).isdigit()}
        if year not in held:
            return nei(f"{L(kb, who)}'s credits include {L(kb, work)}, which the KB dates "
                       f"{', '.join(map(str, sorted(held))) or 'nowhere'}, not {year}.", facts)
    if facts:
        # the KB's career notes on that credit (its role, its year) are what the support rests
        # on too: "played Amber Freeman in Scream" is judged by the note that names the part
        notes = [f for f in kb.facts(subject=who, predicate="statement")
                 if f.qualifiers.get("category") in ("filmography", "cast")
                 and work in (f.qualifiers.get("about") or ())]
        role = c.slots.get("role")
        if role:   # "played Amber Freeman in Scream": the part, from the character's player
            # or the note on that credit; a part neither names is left open, never refuted
            played = [f for f in kb.facts(subject=c.slots.get("role_entity") or "",
                                          predicate="played_by")
                      if f.value == who and f.qualifiers.get("film") in (None, work)]
            words = [fold(w) for w in role.replace('"', " ").split() if len(w) > 1]
            named = [f for f in notes if f.qualifiers.get("category") == "filmography"
                     and _note_names_part(str(f.value), words,
                                          bool(c.slots.get("role_phrase")))]
            # the part a prize for the work names ("Bobby" in Willem Dafoe's nomination for
            # The Florida Project)
            # ... or any prize of the person's for the work does ("nominated for playing X
            # in Y": the credit read from one prize, the part from another of that work)
            title = kb.entity(work).label if kb.entity(work) is not None else None
            prized = [f for pred in ("award_received", "nominated_for")
                      for f in kb.facts(subject=who, predicate=pred)
                      if f.qualifiers.get("for_work") == work
                      or title is not None and f.qualifiers.get("film_title") == title]
            named += [f for f in facts + [x for x in prized if x not in facts]
                      if f.predicate in ("award_received", "nominated_for") and words
                      and all(w in fold(str(f.qualifiers.get("character_name") or ""))
                              for w in words)]
            said = c.slots.get("role_phrase") or role   # ("a Manson girl": the part described)
            if not played and not named:
                wrong = _part_of_another_film(kb, c, who, work, words)
                if wrong is not None:
                    return wrong
                return nei(f"{L(kb, who)}'s credits include {L(kb, work)}; the KB does not say "
                           f"the part was {said}.", facts)
            return supported(f"{L(kb, who)}'s credits include {L(kb, work)}, as {said}.",
                             facts + played + named)
        return supported(f"{L(kb, who)}'s credits include {L(kb, work)}.", facts + notes)
    return None


# the credits that put a person in a film's cast, and those behind the camera
CAST_PREDICATES = ("cast_member", "voice_actor")
CREW_CREDITS = ("director", "screenwriter", "film_editor", "producer",
                "director_of_photography", "composer", "casting_director",
                "production_designer")


def _crew_only(kb, who: str, work: str, facts: list) -> Optional[Verdict]:
    """A place in the cast ("stars opposite X", "Cast: A, B") said of a person whose credits on
    the work the KB gives are all behind the camera (director, editor, ...): none of them is a
    place in the cast, so it is left open (no cast list is complete enough to refute it). A
    credit of no stated kind (a filmography entry alone, a prize for the work) still
    supports; None then."""
    on_work = [f for f in kb.facts(subject=work) if f.value == who]
    if any(f.predicate in CAST_PREDICATES for f in on_work) or any(
            f.predicate == "played_by" and f.value == who and f.qualifiers.get("film") == work
            for f in kb.facts_involving(who)):
        return None
    jobs = sorted({f.predicate for f in on_work} & set(CREW_CREDITS))
    if not jobs:
        return None
    said = ", ".join(j.replace("_", " ") for j in jobs)
    return nei(f"{L(kb, who)}'s credits on {L(kb, work)} are behind the camera ({said}); the "
               f"KB does not put them in its cast.", [f for f in on_work if f.predicate in jobs])


def _career_notes(kb, who, work) -> list:
    """The person's notes filed under filmography that are about the work."""
    return [f for f in kb.facts(subject=who, predicate="statement")
            if f.qualifiers.get("category") == "filmography"
            and work in (f.qualifiers.get("about") or ())]


def part_unnamed(kb, c, fact_id) -> bool:
    """Whether a note that holds all of a credit claim's words still does not name its part: the
    note's "role:" field names another ("played Tara in Scream" against the note "role: Amber
    Freeman, best friend of Tara ..."). Such a note says no more for the claim than the credit
    check read from it."""
    role = c.slots.get("role") if c.category in ("filmography", "cast") else None
    f = kb.fact(fact_id) if role and fact_id else None
    if f is None or not re.search(r"(?:^|;)\s*role:", str(f.value)):
        return False
    words = [fold(w) for w in role.replace('"', " ").split() if len(w) > 1]
    return not _note_names_part(str(f.value), words, bool(c.slots.get("role_phrase")))


def _note_names_part(note: str, words: list, described: bool) -> bool:
    """Whether a career note names the part said. A note with a "role:" field names its part
    there, by name before the first comma ("role: Amber Freeman, best friend of Tara ..."):
    a part said by name must be that name, word for word ("played Tara in Scream" is not
    borne out by a note on Amber Freeman that mentions Tara); a part said by a description
    ("a Manson Family member") may match the field's description too. A note with no such
    field is read whole, as before."""
    m = re.search(r"(?:^|;)\s*role:\s*([^;]*)", note)
    if m is None:
        return all(w in fold(note) for w in words)
    if described:   # ("a killer": the field's "one of the Ghostface killers")
        return all(w in fold(m.group(1)) for w in words)
    said = set(re.findall(r"\w+", fold(m.group(1).split(",")[0])))
    return bool(words) and all(w in said for w in words)


def _part_of_another_film(kb, c, who: str, work: str, words: list) -> Optional[Verdict]:
    """"Christoph Waltz played Hans Landa in Django Unchained": the KB names the person's part
    in that film (Dr. King Schultz) and the part said is the one it names for another of their
    films (Inglourious Basterds): the credits are swapped. The parts come from the Oscar record
    (a prize's character name) or from the person's career notes (a note's "role:" field,
    "Scream; role: Amber Freeman, ..."). Refuted only then: the part said by a plain name (not
    an epithet, "the Joker", nor a description), no word shared with the KB's part in the
    film, and every word of it in the KB's part in the other film."""
    if not words or c.slots.get("role_phrase") or c.slots.get("role_titled"):
        return None
    title = "title:" + kb.entity(work).label if kb.entity(work) is not None else None
    parts = _named_parts(kb, who)
    here = [(f, n) for f, w, n in parts if w in (work, title)]
    there = [(f, w) for f, w, n in parts if w not in (work, title) and not w.startswith("title:")
             and all(x in n.split() for x in words)]
    if not here or not there or any(x in n.split() for _f, n in here for x in words):
        return None
    (h, _n), (t, other) = here[0], there[0]
    return refuted(f"The KB names {L(kb, who)}'s part in {L(kb, work)} as {_part_said(h)}; "
                   f"{c.slots['role']} was their part in {L(kb, other)}.", [h, t])


def _named_parts(kb, who: str) -> list:
    """(fact, work, the part's name folded) for each part the KB names for the person: a prize's
    character name for a film, or the part in a career note's "role:" field about one work."""
    out = []
    for pred in ("award_received", "nominated_for"):
        for f in kb.facts(subject=who, predicate=pred):
            name = fold(str(f.qualifiers.get("character_name") or ""))
            work = f.qualifiers.get("for_work") or (
                "title:" + str(f.qualifiers["film_title"]) if f.qualifiers.get("film_title")
                else None)   # a prize that names the film by its title only
            if name and work:
                out.append((f, work, name))
    for f in _filmography_notes(kb, who):
        # the note's work is the one its title field names ("Scream; year: 2022; role: ...";
        # it may be about other films too)
        head = fold(str(f.value).split(";")[0])
        about = [a for a in (f.qualifiers.get("about") or ()) if kb.entity(a) is not None
                 and kb.entity(a).type in ("film", "work")
                 and head.startswith(fold(kb.entity(a).label))]
        name = _role_field_name(str(f.value))
        if name and len(about) == 1 and not set(name.split()) & _crew_title_words():
            # ("role: writer-director-editor": a crew credit, no part)
            out.append((f, about[0], name))
    return out


def _crew_title_words() -> frozenset:
    """The words of the crew roles' titles in the lexicon ("director", "editor", ...)."""
    from ..claims.parse import lexicon
    roles = lexicon().section("crew").get("roles") or {}
    return frozenset(w for r in roles.values() for t in r.get("titles") or ()
                     for w in fold(t).split())


def _part_said(f) -> str:
    """The part a fact names, as the KB writes it."""
    if f.predicate == "statement":
        m = re.search(r"(?:^|;)\s*role:\s*([^;,]*)", str(f.value))
        return m.group(1).strip() if m else str(f.value)
    return str(f.qualifiers.get("character_name"))


def _role_field_name(note: str) -> str:
    """The part a career note's "role:" field names, folded, the words before its first comma
    ("role: Amber Freeman, best friend of ..." -> "amber freeman"); "" without such a field."""
    m = re.search(r"(?:^|;)\s*role:\s*([^;]*)", note)
    return " ".join(re.findall(r"\w+", fold(m.group(1).split(",")[0]))) if m else ""


def _filmography_notes(kb, who) -> list:
    return [f for f in kb.facts(subject=who, predicate="statement")
            if f.qualifiers.get("category") == "filmography"]


def _nth_film(kb, c, who: str, work: str, facts: list) -> Verdict:
    """'Baker's sophomore film, Take Out': the work's place among the films the person
    directed, by year. The KB may lack some of them, so a place that differs is left open."""
    n = c.slots["ordinal"]
    made = [f for f in kb.facts(predicate="director") if f.value == who]
    years = {f.subject: getattr(kb.entity(f.subject), "year", None) for f in made}
    mine = years.get(work)
    if mine is None or any(y is None for y in years.values()) or \
            sum(1 for y in years.values() if y == mine) > 1:
        return nei(f"{L(kb, who)}'s credits include {L(kb, work)}; the KB cannot place it "
                   f"among their films.", facts)
    place = 1 + sum(1 for y in years.values() if y < mine)
    order = sorted(years, key=lambda e: years[e])
    counted = _counted_places(kb, who, work)
    if counted and n not in counted[1] and place != n:
        # a sourced count of the person's features up to this one ("Anora is his eighth"):
        # a place no source gives, and the KB's list does not give either, is wrong
        f, places = counted
        return refuted(f"{L(kb, work)} ({mine}) is {L(kb, who)}'s "
                       f"{' or '.join(_ord(x) for x in sorted(places))} feature by the sources "
                       f"the KB holds, not the {_ord(n)}.", [f] + facts)
    if place == n:
        return supported(f"{L(kb, work)} ({mine}) is {L(kb, who)}'s {_ord(n)} film: "
                         f"{', '.join(L(kb, e) for e in order[:n])}.", facts + made)
    return nei(f"The KB lists {L(kb, work)} ({mine}) as {L(kb, who)}'s {_ord(place)} film, "
               f"not the {_ord(n)}; it may lack some of their films.", facts + made)


def _counted_places(kb, who: str, work: str):
    """The KB's sourced place of the work among the person's features (`feature_number`),
    with every value the sources give when they disagree: (fact, places) or None."""
    for f in kb.facts(subject=who, predicate="feature_number"):
        if f.qualifiers.get("film") != work:
            continue
        places = {f.value} | {d.get("value") for d in (f.disputed_values or [])}
        places = {int(v) for v in places if isinstance(v, (int, float)) or str(v).isdigit()}
        if places:
            return f, places
    return None


def _next_film(kb, c, who: str, work: str, facts: list) -> Verdict:
    """"Anora, Baker's follow-up to Red Rocket": the earlier work comes right before this one
    among the films the person directed, by year. A film the KB lists between them, or a
    reversed order, refutes it (a film the KB lacks could only add to those in between)."""
    prev = c.slots["after"]
    made = [f for f in kb.facts(predicate="director") if f.value == who]
    years = {f.subject: getattr(kb.entity(f.subject), "year", None) for f in made}
    mine, theirs = years.get(work), years.get(prev)
    if mine is None or theirs is None or any(y is None for y in years.values()) or \
            len(set(years.values())) != len(years):
        return nei(f"{L(kb, who)}'s credits include {L(kb, work)}; the KB cannot place it "
                   f"after {L(kb, prev)}.", facts)
    between = [e for e, y in years.items() if theirs < y < mine]
    if theirs < mine and not between:
        return supported(f"{L(kb, work)} ({mine}) came right after {L(kb, prev)} ({theirs}) "
                         f"among {L(kb, who)}'s films.", facts + made)
    if theirs > mine:   # the order itself is wrong, whatever films the KB may lack
        return refuted(f"{L(kb, work)} ({mine}) came before {L(kb, prev)} ({theirs}), not "
                       f"after it, among {L(kb, who)}'s films.", facts + made)
    if between:   # films the KB lists in between: a film it lacks could only add to them
        order = sorted(between, key=lambda e: years[e])
        return refuted(f"{L(kb, who)} made {', '.join(f'{L(kb, e)} ({years[e]})' for e in order)} "
                       f"between {L(kb, prev)} ({theirs}) and {L(kb, work)} ({mine}).",
                       facts + [f for f in made if f.subject in between])
    return nei(f"The KB does not list {L(kb, work)} ({mine}) right after {L(kb, prev)} "
               f"({theirs}) among {L(kb, who)}'s films; it may lack some of them.", facts + made)


@check("work_year")
def work_year(kb, c) -> Optional[Verdict]:
    """A sourced career entry with that year supports; a different year does not refute
    (premiere, release and production years differ)."""
    work, year = c.slots["work"], c.slots["year"]
    prize = c.slots.get("prize")
    won = _listed_wins(kb, work, prize) if prize else []
    at = [(f, y) for f, y in won if y == year]
    if at:   # an item of a list of the prize's winners: the year of the edition it won at
        f, y = at[0]
        ed = f.qualifiers.get("ceremony")
        return supported(f"{L(kb, work)} won the {L(kb, prize)} in {y}"
                         f"{f' ({L(kb, ed)})' if ed else ''}.", [f])
    facts = [f for f in kb.facts(predicate="notable_work", object_entity=work)
             if f.qualifiers.get("year") == year]
    if facts:  # entity years of history films are labels from general knowledge: not enough
        return supported(f"{L(kb, work)} dates from {year}.", facts)
    shown = [f for p in ("premiere_date", "release_date") for f in kb.facts(subject=work, predicate=p)
             if not f.disputed and str(f.value)[:4] == str(year)]
    if shown:
        what = "premiered" if shown[0].predicate == "premiere_date" else "was released"
        return supported(f"{L(kb, work)} {what} {at_date(shown[0].value)}.", shown[:1])
    # an Academy Award nomination for the films of a calendar year: a qualifying release then
    ran = [f for p in ("nominated_for", "award_received") for f in kb.facts_involving(work, p)
           if involves(f, work, kb) and str(f.qualifiers.get("eligibility_year")) == str(year)]
    if ran:
        return supported(f"{L(kb, work)} was in the running at the "
                         f"{L(kb, ran[0].qualifiers.get('ceremony'))}, for the films of {year}.",
                         ran[:1])
    # a festival's competition shows new films: a film that won a prize at the edition held
    # in a year is a film of that year ("Taste of Cherry (1997)", a Palme d'Or of 1997)
    shown_at = [f for f in kb.facts_involving(work, "award_received") if f.subject == work
                and not f.disputed and (ed := kb.entity(f.qualifiers.get("ceremony") or ""))
                is not None and ed.type == "festival" and ed.year == year]
    if shown_at:
        f = shown_at[0]
        return supported(f"{L(kb, work)} won the {L(kb, f.value)} at the "
                         f"{L(kb, f.qualifiers['ceremony'])}, held in {year}.", [f])
    first = first_shown(kb, work)
    e = kb.entity(work)
    namesake = [x for x in kb.entities_by_name(e.label, type="film") if x.id != work
                and x.label == e.label and x.year and abs(int(x.year) - year) <= 1] \
        if e is not None and first is not None and year < int(str(first.value)[:4]) else []
    if namesake:   # "A Star Is Born ... in 1977": the 1976 film of that title, not the 2018 one
        return nei(f"{L(kb, work)} was first shown {at_date(first.value)}; {year} fits "
                   f"{L(kb, namesake[0].id)} ({namesake[0].year}), a film of the same title.",
                   [first])
    if first is not None and year < int(str(first.value)[:4]):
        return refuted(f"{L(kb, work)} was first shown {at_date(first.value)} (its world "
                       f"premiere); it is not a film of {year}.", [first])
    fam = award_family(kb, prize) if prize else None
    if won and fam != prize and (
            kb.is_complete("award_received", object_entity=prize, qualifiers={"year": year})
            or any(kb.is_complete("award_received", object_entity=prize,
                                  qualifiers={"ceremony": ed})
                   for ed in ceremonies_of_family(kb, fam, year))):
        # neither the edition's year nor the film's: later than every year the KB has for it
        # (its win, its award runs, its premiere and releases, its career entry)
        years = [y for _, y in won]
        for f in kb.facts_involving(work, "nominated_for") + kb.facts_involving(
                work, "award_received"):
            if not involves(f, work, kb):
                continue
            ed = kb.entity(f.qualifiers.get("ceremony") or "")
            years += [int(str(v)[:4]) for v in (f.qualifiers.get("year"),
                                                f.qualifiers.get("eligibility_year"),
                                                ed.year if ed else None) if str(v)[:4].isdigit()]
        years += [int(str(f.value)[:4]) for p in ("premiere_date", "release_date")
                  for f in kb.facts(subject=work, predicate=p) if str(f.value)[:4].isdigit()]
        years += [f.qualifiers["year"] for f in kb.facts(predicate="notable_work",
                                                           object_entity=work)
                  if isinstance(f.qualifiers.get("year"), int)]
        if year > max(years):
            f, y = won[0]
            return refuted(f"{L(kb, work)} won the {L(kb, prize)} in {y}; {year} is neither "
                           f"that edition's year nor the film's.", [f] + ([first] if first else []))
    return _later_than_its_run(kb, work, year)


def _later_than_its_run(kb, work: str, year: int) -> Optional[Verdict]:
    """"Marty (1957)": a film in the running for a prize for the films of a calendar year (its
    eligibility year) had been shown by then, so its year is no later; one or two years past
    every year the KB has for it -- that one, its premiere and releases, its career entries,
    and the years of the editions it ran at (which a list of winners may give) -- is wrong.
    A year further off may be another film of that title (a remake the KB lacks): left open."""
    ran = [f for p in ("nominated_for", "award_received") for f in kb.facts_involving(work, p)
           if involves(f, work, kb) and not f.disputed]
    if not any(str(f.qualifiers.get("eligibility_year")).isdigit() for f in ran):
        return None
    years = [getattr(kb.entity(work), "year", None)]
    for f in ran:
        ed = kb.entity(f.qualifiers.get("ceremony") or "")
        years += [f.qualifiers.get("year"), f.qualifiers.get("eligibility_year"),
                  ed.year if ed else None]
    years += [f.value for p in ("premiere_date", "release_date")
              for f in kb.facts(subject=work, predicate=p)]
    years += [f.qualifiers.get("year") for f in kb.facts(predicate="notable_work",
                                                          object_entity=work)]
    known = [int(str(y)[:4]) for y in years if y is not None and str(y)[:4].isdigit()]
    if not known or not max(known) < year <= max(known) + 2:
        return None
    f = next(f for f in ran if str(f.qualifiers.get("eligibility_year")).isdigit())
    ed = f.qualifiers.get("ceremony")
    return refuted(f"{L(kb, work)} ran at the {L(kb, ed) if ed else 'awards'} for the films "
                   f"of {f.qualifiers['eligibility_year']}; {year} is later than every year the "
                   f"KB has for it.", [f])


def _listed_wins(kb, work: str, prize: str) -> list:
    """(fact, edition year) of each win of `prize` (or of a category of it) by `work`."""
    out = []
    for f in kb.facts_involving(work, "award_received"):
        if not involves(f, work, kb):
            continue
        if f.value != prize and award_family(kb, f.value) != prize and not any(
                x.value == prize for x in kb.facts(subject=f.value, predicate="part_of")):
            continue
        ed = kb.entity(f.qualifiers.get("ceremony") or "")
        y = f.qualifiers.get("year") or (ed.year if ed else None)
        if str(y)[:4].isdigit():
            out.append((f, int(str(y)[:4])))
    return out


@check("debut")
def debut(kb, c) -> Optional[Verdict]:
    who, work = c.slots["subject"], c.slots["work"]
    facts = _firm(kb.facts(subject=who, predicate="debut_feature"))
    if not facts:
        return None
    if facts[0].value == work:
        return supported(f"{L(kb, who)}'s first feature was {L(kb, work)}.", facts)
    w = kb.entity(work)
    yr = f" ({w.year})" if w and w.year else ""
    d = kb.entity(facts[0].value)
    return refuted(f"{L(kb, who)}'s first feature was {d.label}{f' ({d.year})' if d and d.year else ''}; "
                   f"{L(kb, work)}{yr} came later.", facts)
