"""Cast and crew checks: who plays whom, nicknames, who directed, wrote, edited, shot, scored or
produced a film (with the nominations' credits where the KB has no other), spouses and birth
names."""
from __future__ import annotations

from typing import Optional

from rapidfuzz import fuzz

from ..kb.awards import nominated_crew
from ..textutil import fold
from .checks import L, Verdict, _firm, check, nei, refuted, supported


def _close_name(kb, name: str, eid: str) -> bool:
    """Whether a written name may be a spelling of entity eid's name or one of its aliases
    (a surname alone, a one-letter slip, another order of the same words)."""
    n = fold(name)
    for other in [L(kb, eid)] + [a for a, _k in kb.aliases_of(eid)]:
        o = fold(other)
        if n == o or o.endswith(" " + n) or n.endswith(" " + o) or \
                fuzz.token_sort_ratio(n, o) >= 85:
            return True
    return False


@check("nickname")
def nickname(kb, c) -> Optional[Verdict]:
    """The name a character goes by: one of the KB's names for it holds; another is refuted
    only where the KB declares the character's names complete."""
    who, name = c.slots["subject"], fold(c.slots["name"]).lower()
    names = kb.aliases_of(who)
    if any(fold(a).lower() == name for a, _k in names):
        return supported(f"{L(kb, who)} is also called {c.slots['name']}.", [])
    if kb.is_complete("nickname", subject=who):
        nick = [a for a, k in names if k == "nickname"]
        return refuted(f"{L(kb, who)} goes by {', '.join(nick)}, not {c.slots['name']}.", [])
    return None


@check("played_by")
def played_by(kb, c) -> Optional[Verdict]:
    char, actor = c.slots["subject"], c.slots["actor"]
    facts = kb.facts(subject=char, predicate="played_by")
    if not facts:
        return None
    if c.slots.get("other_film") and c.slots.get("film_name"):   # "In Harbour Lights, ..."
        return nei(f"The clause says the part is in '{c.slots['film_name']}', a film the KB "
                   f"does not know; it cannot tell who plays that part there.", facts)
    if c.slots.get("other_film"):   # "Borisov played Igor in Compartment No. 6"
        films = sorted({f.qualifiers.get("film") for f in facts} - {None})
        return nei(f"The KB's {L(kb, char)} is a character of "
                   f"{' and '.join(L(kb, x) for x in films)}, not of "
                   f"{L(kb, c.slots['film'])}; it does not say who plays that part there.", facts)
    if actor is None:   # a name the KB does not know ("Toros, played by Jane Roe")
        name, firm = c.slots.get("actor_name"), _firm(facts)
        if not name or not firm or c.slots.get("weak"):
            return None
        if any(_close_name(kb, name, f.value) for f in facts):
            return nei(f"{L(kb, char)} is played by {L(kb, facts[0].value)}; '{name}' may be a "
                       f"spelling of that name.", facts)
        who = " and ".join(L(kb, f.value) for f in firm)
        return refuted(f"{L(kb, char)} is played by {who}, not {name}.", firm)
    hit = [f for f in facts if f.value == actor]
    if hit:
        return supported(f"{L(kb, char)} is played by {L(kb, actor)}.", hit)
    firm = _firm(facts)
    if c.slots.get("weak"):
        return Verdict("drop", "")
    if firm:
        who = " and ".join(L(kb, f.value) for f in firm)
        return refuted(f"{L(kb, char)} is played by {who}, not {L(kb, actor)}.", firm)
    return nei("Sources disagree on who plays this character.", facts)


@check("part")
def part(kb, c) -> Optional[Verdict]:
    """"Borisov plays the gentler henchman", "Madison landed the part": a part said without its
    character's name, in the film the passage is about. The player's being in that film's cast
    supports it; anything else is no claim (the words may be about something else: "plays the
    piano"). Never refuted: the film was not named, and the part cannot be matched."""
    who, film = c.slots["subject"], c.slots["work"]
    facts = [f for f in kb.facts(subject=film) if f.value == who
             and f.predicate in ("cast_member", "voice_actor")]
    facts += [f for f in kb.facts(predicate="played_by") if f.value == who
              and f.qualifiers.get("film") == film]
    if not facts:
        return Verdict("drop", "")
    return supported(f"{L(kb, who)} is in the cast of {L(kb, film)}.", facts)


def _film_years(kb, film: str) -> dict:
    """year -> the facts that date a film: its career entries, premieres and releases; its
    entity year with no fact behind it."""
    out: dict = {}
    for f in kb.facts(predicate="notable_work", object_entity=film):
        y = f.qualifiers.get("year")
        if y and str(y).isdigit():
            out.setdefault(int(y), []).append(f)
    for p in ("premiere_date", "release_date"):
        for f in kb.facts(subject=film, predicate=p):
            if not f.disputed and str(f.value)[:4].isdigit():
                out.setdefault(int(str(f.value)[:4]), []).append(f)
    y = getattr(kb.entity(film), "year", None)
    if y and str(y).isdigit():
        out.setdefault(int(y), [])
    return out


CREW_WORDS = {"director": "directed", "screenwriter": "written", "film_editor": "edited",
              "producer": "produced", "director_of_photography": "shot",
              "composer": "scored", "casting_director": "cast", "consultant": "advised",
              "production_designer": "designed"}


@check("director", "screenwriter", "film_editor", "producer", "director_of_photography",
       "composer", "casting_director", "consultant", "production_designer")
def crew(kb, c) -> Optional[Verdict]:
    film, person, pred = c.slots["subject"], c.slots.get("person"), c.predicate
    facts = kb.facts(subject=film, predicate=pred)
    hit = [f for f in facts if f.value == person]
    verb = CREW_WORDS.get(pred, pred)
    if hit and c.slots.get("year"):
        # "directed Tangerine in 2015": a year the KB gives the film (its own, a credit's, a
        # premiere's or a release's) confirms it; another is left open, never refuted
        # (production, premiere and release years differ)
        year, dated = c.slots["year"], _film_years(kb, film)
        if year in dated:
            return supported(f"{L(kb, film)} ({year}) was {verb} by {L(kb, person)}.",
                             hit + dated[year])
        return nei(f"{L(kb, film)} was {verb} by {L(kb, person)}; the KB dates it "
                   f"{', '.join(map(str, sorted(dated))) or 'nowhere'}, not {year}.", hit)
    if hit and c.slots.get("holders") is not None:
        return _counted_crew(kb, c, film, pred, facts, hit, verb)
    if hit and c.slots.get("format"):
        # "Jane Roe's 35mm photography": the format is a slot of the credit; the film's
        # format facts judge it (another format is left open here: its own claim refutes)
        fmt = c.slots["format"]
        shot = kb.facts(subject=film, predicate="filming_format")
        on = [f for f in shot if fmt.rstrip("s") in f.value.replace(" ", "").lower()]
        if on:
            return supported(f"{L(kb, film)} was {verb} by {L(kb, person)}, on "
                             f"{on[0].value}.", hit + on)
        return nei(f"{L(kb, film)} was {verb} by {L(kb, person)}; the KB does not say it was "
                   f"shot on {fmt}.", hit)
    if hit:
        return supported(f"{L(kb, film)} was {verb} by {L(kb, person)}.", hit)
    if c.slots.get("weak"):
        wrong = _wrong_craft(kb, c, film, person, pred, facts, verb) \
            if c.slots.get("craft") and person else None
        return wrong or Verdict("drop", "")
    if person is None:
        return _crew_name(kb, c, film, pred, facts, verb)
    note = kb.is_complete(pred, subject=film)
    other = L(kb, person)
    if note and facts:
        who = ", ".join(L(kb, f.value) for f in facts)
        return refuted(f"{L(kb, film)} was {verb} by {who}, not {other} "
                       f"(the KB holds the full credit).", facts)
    people, noms, whole = nominated_crew(kb, film, pred)
    if facts and not (people and whole and {f.value for f in facts} <= set(people)):
        # a credit held but not declared complete: the Academy's nomination still names the
        # whole credit when it names everyone the KB holds for it
        return None
    if person in people and c.slots.get("holders") is not None:
        return _counted_crew(kb, c, film, pred, facts, [], verb)
    if person in people:
        return supported(f"{L(kb, film)} was {verb} by {L(kb, person)} (named for it in its "
                         f"{L(kb, noms[0].value)} nomination).", noms[:1])
    if people and whole:
        who = ", ".join(L(kb, x) for x in people)
        return refuted(f"{L(kb, film)} was {verb} by {who}, not {other} (its "
                       f"{L(kb, noms[0].value)} nomination names the whole credit).", noms[:1])
    return None


def _wrong_craft(kb, c, film: str, person: str, pred: str, facts: list,
                 verb: str) -> Optional[Verdict]:
    """A craft's title said in passing of a person on the film in focus ("cinematographer
    Jane Roe" of its production designer): refuted only when the film's credit for that craft
    is whole in the KB and every crew credit the KB holds of the person is another craft
    (lexicon `crew.passing_titles`) on this film: the title can then only be her job there,
    misnamed. A person with credits elsewhere may be named by another job of hers."""
    from ..claims.parse import lexicon
    crafts = set(lexicon().section("crew").get("passing_titles") or ())
    if not facts or not kb.is_complete(pred, subject=film):
        return None
    own = [f for f in kb.facts_involving(person)
           if f.value == person and f.predicate in CREW_WORDS]
    if not own or any(f.subject != film or f.predicate not in crafts or f.predicate == pred
                      for f in own):
        return None
    who = ", ".join(L(kb, f.value) for f in facts)
    jobs = " and ".join(sorted({CREW_WORDS[f.predicate] for f in own}))
    return refuted(f"{L(kb, film)} was {verb} by {who}, not {L(kb, person)}, who {jobs} it (the "
                   f"KB holds the full credit).", facts + own[:1])


def _counted_crew(kb, c, film: str, pred: str, facts: list, hit: list,
                  verb: str) -> Verdict:
    """"The two producers, A and B": a credit held, said with how many hold the title. The
    count holds only against the film's whole credit (declared complete, or named whole by an
    Academy nomination); any other count, or a credit not known whole, leaves it open (never
    refuted: "its two producers besides X" counts a part of the credit)."""
    people, cite = [f.value for f in facts], list(hit)
    complete = bool(facts) and bool(kb.is_complete(pred, subject=film))
    if not complete:   # the nomination names the whole credit, everyone the KB holds in it
        named, noms, whole = nominated_crew(kb, film, pred)
        if named and whole and set(people) <= set(named):
            people, cite, complete = named, cite + noms[:1], True
    n, held = c.slots["holders"], f"{L(kb, film)} was {verb} by {L(kb, c.slots['person'])}"
    if complete and len(people) == n:
        return supported(f"{held}, one of the {n} its full credit names.", cite)
    if complete:
        return nei(f"{held}; the KB's full credit names {len(people)} "
                   f"({', '.join(L(kb, x) for x in people)}), not {n}.", cite)
    return nei(f"{held}; the KB does not hold the full credit, so the count of {n} is not "
               f"checked.", cite)


def _crew_name(kb, c, film: str, pred: str, facts: list, verb: str) -> Optional[Verdict]:
    """A credit given to a name the KB lacks: only the film's complete credit refutes it, and
    not when the name may be a spelling of a credited name."""
    name = c.slots.get("name")
    complete = bool(facts) and bool(kb.is_complete(pred, subject=film))
    people, cite = [f.value for f in facts], facts
    if not facts:
        people, noms, complete = nominated_crew(kb, film, pred)
        cite = noms[:1]
    elif not complete:   # the nomination names the whole credit, everyone the KB holds in it
        named, noms, whole = nominated_crew(kb, film, pred)
        if named and whole and set(people) <= set(named):
            people, cite, complete = named, noms[:1], True
    if not name or not people:
        return None
    who = ", ".join(L(kb, x) for x in people)
    if any(_close_name(kb, name, x) for x in people):
        return nei(f"{L(kb, film)} was {verb} by {who}; '{name}' may be a spelling of that "
                   f"name.", cite)
    if not complete:
        return None
    why = "the KB holds the full credit" if cite is facts else \
        f"its {L(kb, cite[0].value)} nomination names the whole credit"
    return refuted(f"{L(kb, film)} was {verb} by {who}, not {name} ({why}).", cite)


@check("spouse")
def spouse(kb, c) -> Optional[Verdict]:
    """Marriages can end and begin: a listed spouse supports; no other name is refuted."""
    who, other = c.slots["subject"], c.slots["person"]
    facts = [f for f in kb.facts(subject=who, predicate="spouse") if f.value == other]
    facts += [f for f in kb.facts(subject=other, predicate="spouse") if f.value == who]
    if facts:
        return supported(f"{L(kb, who)} is married to {L(kb, other)}.", facts)
    return None


@check("birth_name")
def birth_name(kb, c) -> Optional[Verdict]:
    """The name a person was born with, word by word: every word claimed is the KB's (a middle
    name left out still holds); refuted only when the surname claimed is none of the KB name's
    words (the KB holds one birth name)."""
    who = c.slots["subject"]
    facts = _firm(kb.facts(subject=who, predicate="birth_name"))
    if not facts:
        return None
    real = fold(facts[0].value).replace("-", " ").split()
    said = fold(c.slots["name"]).replace("-", " ").split()
    if set(said) <= set(real):
        return supported(f"{L(kb, who)} was born {facts[0].value}.", facts[:1])
    if len(real) > 1 and said[-1] not in real:
        return refuted(f"{L(kb, who)} was born {facts[0].value}, not {c.slots['name']}.",
                       facts[:1])
    return nei(f"{L(kb, who)} was born {facts[0].value}; '{c.slots['name']}' is not that name "
               f"word for word.", facts[:1])
