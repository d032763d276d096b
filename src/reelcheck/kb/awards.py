"""Award structure in the KB: which family (Academy Awards, Cannes ...) an award or edition
belongs to. Shared by the claim builders and the verifier."""
from __future__ import annotations

import re
from typing import Optional


def award_family(kb, eid: Optional[str]) -> Optional[str]:
    """The award family (academy-awards, cannes-film-festival ...) of an award or ceremony
    entity: follow part_of / edition_of up to the top."""
    seen = set()
    while eid and eid not in seen:
        seen.add(eid)
        for pred in ("part_of", "edition_of"):
            fs = kb.facts(subject=eid, predicate=pred)
            if fs:
                eid = fs[0].value
                break
        else:
            return eid
    return eid


def presented_show(kb, body: str) -> Optional[str]:
    """The one show a body presents (`presented_by`: the Academy of Motion Picture Arts and
    Sciences -> the Academy Awards), else None."""
    shows = {f.subject for f in kb.facts(predicate="presented_by", object_entity=body)}
    return next(iter(shows)) if len(shows) == 1 else None


def show_of(kb, eid: Optional[str]) -> Optional[str]:
    """The award family an entity stands for: an award's or ceremony's family, or the one show
    a body presents; else the entity itself."""
    e = kb.entity(eid) if eid else None
    if e is not None and e.type == "organization" and presented_show(kb, eid):
        return presented_show(kb, eid)
    return award_family(kb, eid)


def ceremonies_of_family(kb, family: str, year: int) -> list[str]:
    """The editions of an award family held in a year (usually one)."""
    out = []
    for f in kb.facts(predicate="edition_of", object_entity=family):
        e = kb.entity(f.subject)
        if e and e.year == year:
            out.append(e.id)
    return out


_FILMS_YEARS: dict[tuple, set] = {}


def _films_years(kb, cid: str) -> set:
    """The years of the films an edition honoured (`eligibility_year` on its facts)."""
    key = (str(getattr(kb, "path", id(kb))), cid)
    if key not in _FILMS_YEARS:
        if len(_FILMS_YEARS) > 20_000:
            _FILMS_YEARS.clear()
        ws = kb.facts_with_qualifier("award_received", "ceremony", cid) \
            if hasattr(kb, "facts_with_qualifier") else []
        _FILMS_YEARS[key] = {str(f.qualifiers.get("eligibility_year"))[:4] for f in ws
                             if f.qualifiers.get("eligibility_year")}
    return _FILMS_YEARS[key]


def year_named(kb, text: str, cid: Optional[str]) -> Optional[int]:
    """The year a ceremony is named by alone ("the 1976 Academy Awards", "Oscars 1934"), when
    its show honours the films of a year before the one it is held in: the name then may mean
    the edition held that year or the one for that year's films. None for any other name."""
    e = kb.entity(cid) if cid else None
    words = text.split()
    years = [w for w in words if len(w) == 4 and w.isdigit()]
    if e is None or e.type != "ceremony" or not e.year or years != [str(e.year)] or any(
            w[:1].isdigit() and w[-2:].lower() in ("st", "nd", "rd", "th") for w in words):
        return None
    return e.year if _films_years(kb, e.id) - {str(e.year)} else None


def edition_for_films_of(kb, cid: str, year: int) -> Optional[str]:
    """The edition of `cid`'s family that honoured the films of `year`, if exactly one."""
    fam = award_family(kb, cid)
    eds = [f.subject for f in kb.facts(predicate="edition_of", object_entity=fam)
           if kb.entity(f.subject) is not None and kb.entity(f.subject).year in (year + 1, year)]
    got = [x for x in eds if str(year) in _films_years(kb, x)]
    return got[0] if len(got) == 1 else None


_CATEGORY_MEMO: dict[tuple, Optional[str]] = {}
_WORDS = re.compile(r"[a-z]+")
_FILLER = frozenset(("best", "in", "a", "the", "or", "role"))


def resolve_category(kb, family: str, phrase: str) -> Optional[str]:
    """A category phrase within a family ('Best Actress', 'supporting actor') -> the family's
    award whose label holds every word of it with the fewest words besides."""
    key = (str(getattr(kb, "path", id(kb))), family, phrase.lower())
    if key not in _CATEGORY_MEMO:
        if len(_CATEGORY_MEMO) > 50_000:
            _CATEGORY_MEMO.clear()
        _CATEGORY_MEMO[key] = _resolve_category(kb, family, phrase)
    return _CATEGORY_MEMO[key]


def category_candidates(kb, family: str, phrase: str) -> list[str]:
    """Every category of the family that fits a phrase as well as `resolve_category`'s pick:
    more than one when the phrase names neither ("screenplay": Original or Adapted; "Best Art
    Direction": the colour and black-and-white splits of the 1940s-60s and the later category
    whose label keeps that name in brackets)."""
    want = _words(phrase) - _FILLER
    if not want:
        return []
    fits = [(fit[0], e) for e, names in _category_name_sets(kb, family)
            if (fit := _fit(names, want)) is not None]
    if _words(phrase) == want and len(want) == 1:
        # a craft named by its bare noun ("for Cover Girl's score", "the film's sound"): any
        # category of that craft, whichever the ceremony had (scoring of a musical, original
        # score)
        return sorted({e for _n, e in fits})
    least = min((n for n, _e in fits), default=None)
    return sorted({e for n, e in fits if n == least})


def _category_names(label: str) -> tuple[str, Optional[str]]:
    """A category label's own name and the former name its bracket gives, if any:
    "Academy Award for Best Production Design (Art Direction)" -> ("... Best Production
    Design", "... Best Art Direction"); a bracket that splits the category ("Best
    Cinematography (Color)") names no category of its own, nor one of a label not of a "Best".
    A label whose category a dash splits by the kind of film ("Golden Globe for Best Actress in
    a Motion Picture - Drama" and "- Musical or Comedy") has the words before the dash as its
    own name: each form is one with the others (`category_forms`)."""
    base, _, rest = label.partition(" (")
    head, dash, _kind = base.partition(" - ")
    if dash:
        return head, None
    head, sep, _tail = base.partition(" for Best ")
    former = f"{head} for Best {rest.rstrip(')')}" if rest and sep else None
    return base, former


def category_forms(kb, family: str, award: str) -> list[str]:
    """The family's categories that are one with `award` in some year: the forms it was split
    into ("Best Cinematography" and its "(Black-and-White)" and "(Color)" halves of 1939-1966)
    and the one its old name lives on in ("Best Art Direction" in "Best Production Design (Art
    Direction)"). A category named as writers name it ("won Best Cinematography in 1959") is
    whichever form the record files that year under."""
    e = kb.entity(award)
    if e is None or not family:
        return [award]
    base, former = _category_names(e.label)
    out = []
    for f in kb.facts(predicate="part_of", object_entity=family):
        o = kb.entity(f.subject)
        if o is None or o.type != "award":
            continue
        ob, of = _category_names(o.label)
        if ob == base or ob == former or of == base:
            out.append(o.id)
    return sorted(set(out) | {award})


def _category_name_sets(kb, family: str) -> list[tuple[str, list[set]]]:
    """(award, the word sets that name it) for each category of a family: its whole label,
    and for a competitive category whose label brackets a part ("Best Sound (Sound Mixing)",
    "Best Production Design (Art Direction)", "Best Cinematography (Color)"), the label
    without the bracket and "Best" with the bracket's words (a split of the category, or the
    name it had before a rename): writers name it by either."""
    out = []
    for f in kb.facts(predicate="part_of", object_entity=family):
        e = kb.entity(f.subject)
        if not e or e.type != "award":
            continue
        names = [_words(e.label)]
        base, former = _category_names(e.label)
        if former and e.label.endswith(")"):
            names += [_words(base), _words(former)]
        elif base != e.label.partition(" (")[0]:
            names += [_words(base)]   # a dash's split: the category before the kind of film
        out.append((e.id, names))
    return out


# words a category's label may hold that a phrase must say to name it: "Best Actor" is no
# name of a supporting category (the lead is the unmarked role), nor of a prize to a whole cast
_MARKED = frozenset(("supporting", "cast"))


def _fit(names: list[set], want: set) -> Optional[tuple[int, int]]:
    """How well a phrase's words fit a category's names: (the fewest words besides in a name
    holding them all, the words besides in its whole label), or None when no name holds them
    or a name holds a marked word (`_MARKED`) the phrase does not say."""
    got = [len(n - want) for n in names if want <= n and not (n & _MARKED) - want]
    return (min(got), len(names[0] - want)) if got else None


def category_words(text: str) -> set[str]:
    """The words a category phrase or label is matched by (see `_words`)."""
    return _words(text)


def _words(text: str) -> set[str]:
    """A phrase's or label's words: "leading" as "lead", a plural as its singular ("Short
    Subject (Cartoons)" holds "cartoon"), and a performer's sex made a word of its own: an
    "actress" is a female actor and a bare "actor" a male one, so "Best Actress" names the
    guild's "Outstanding Female Actor in a Leading Role" and "Best Actor" never does."""
    words = {"lead" if w == "leading" else w[:-1] if len(w) > 3 and w.endswith("s")
             and not w.endswith("ss") else w for w in _WORDS.findall(text.lower())}
    if "actress" in words:
        words = (words - {"actress"}) | {"actor", "female"}
    elif "actor" in words and "female" not in words:
        words.add("male")
    if "actor" in words and "supporting" not in words:
        words.add("lead")   # (the unmarked role: "Best Actress" is the leading role's prize)
    return words


def _resolve_category(kb, family: str, phrase: str) -> Optional[str]:
    want = _words(phrase) - _FILLER
    if not want:
        return None
    best, best_fit = None, (99, 99)
    for e, names in _category_name_sets(kb, family):
        fit = _fit(names, want)
        if fit is not None and fit < best_fit:
            best, best_fit = e, fit
    return best


# A crew credit the Oscar record states: the category whose nominees hold it, and whether the
# nominees are the whole credit (a film's directors, cinematographer and editors are; its
# writers, composers and producers may be more than the Academy names)
NOMINATED_CREW = {
    "director": (("academy-award-for-best-director",), True),
    "director_of_photography": (("academy-award-for-best-cinematography",
                                 "academy-award-for-best-cinematography-black-and-white",
                                 "academy-award-for-best-cinematography-color"), True),
    "film_editor": (("academy-award-for-best-film-editing",), True),
    "screenwriter": (("academy-award-for-best-original-screenplay",
                      "academy-award-for-best-adapted-screenplay"), False),
    "composer": (("academy-award-for-best-original-score",), False),
    "producer": (("academy-award-for-best-picture",), False),
}


def nominated_crew(kb, film: str, pred: str) -> tuple[list, list, bool]:
    """(people, nominations, whole?) the Academy's nominations of `film` name for a credit."""
    cats, whole = NOMINATED_CREW.get(pred, ((), False))
    noms = [f for f in kb.facts_involving(film, "nominated_for") if f.value in cats
            and not f.disputed and (f.subject == film or f.qualifiers.get("for_work") == film)]
    people = []
    for f in noms:
        for x in ([f.subject] if f.subject != film else f.qualifiers.get("recipients") or []):
            if x not in people:
                people.append(x)
    # one ceremony's nominations only: a reissue's second nomination is another credit
    if len({f.qualifiers.get("ceremony") for f in noms}) > 1:
        return people, noms, False
    return people, noms, whole


def film_directors(kb, film: str) -> list:
    """The facts that name a film's directors: its director credits (undisputed), else, for a
    film the KB knows from the Oscar record, its Best Director nomination (which names the
    whole credit)."""
    credits = kb.facts(subject=film, predicate="director")
    if credits:
        return [f for f in credits if not f.disputed]
    people, noms, whole = nominated_crew(kb, film, "director")
    return noms[:1] if whole and people else []


def named_directors(f, film: str) -> list:
    """Who one of `film_directors`' facts names as the film's director."""
    if f.predicate == "director":
        return [f.value]
    return [f.subject] if f.subject != film else list(f.qualifiers.get("recipients") or ())


_WINNER_TYPES: dict = {}


def winner_type(kb, award: str) -> Optional[str]:
    """What a prize is given to, from its winners: 'person' for the acting and directing
    categories, 'film' for Best Picture or the Palme d'Or (the entity type most of its
    `award_received` facts have as subject); None for a prize with no winner in the KB."""
    if award in _WINNER_TYPES:
        return _WINNER_TYPES[award]
    types: dict = {}
    for f in kb.facts(predicate="award_received", object_entity=award):
        e = kb.entity(f.subject)
        if e:
            types[e.type] = types.get(e.type, 0) + 1
    t = max(types, key=types.get) if types else None
    _WINNER_TYPES[award] = t
    return t


def directed_by(kb, film: str, who: str) -> list:
    """The facts that say `who` directed `film` (see `film_directors`)."""
    return [f for f in film_directors(kb, film) if who in named_directors(f, film)]

