"""Award checks: a win or nomination of a person or film, for a category, at a ceremony or in a
year, for a work; refuted only by a complete list of winners (or nominees) of the edition named,
with rivals ("lost to"), other works and other shows told apart."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..kb.awards import (award_family, category_candidates, category_forms, category_words, ceremonies_of_family,
                         edition_for_films_of,
                         directed_by)
from ..kb.store import Fact
from ..textutil import fold
from .ages import age_rank
from .checks import L, Verdict, _firm, check, nei, refuted, supported
from .editions import (COUNTRY_PRIZES, _ord, _accepted_for_country, _award_facts, _award_index, _edition, _for_stated_work, _lost_to,
                       _lost_to_name, _matches_when, _target_ceremony, _winner_names, _winners,
                       _winners_complete, beneficiary, ceremony_year, expected_subject_type,
                       involves, named_among, place_by_year)
from .festivals import (before_festival, competed_once, former_name, never_won_top, second_to_top,
                        unheld_prize)


# Real Academy Award categories the default KB does not list winners for: a claim naming one is
# still decided by a film's complete record at a ceremony ("also won Best Cinematography").
OSCAR_CATEGORIES_ELSEWHERE = (
    "cinematography", "original score", "score", "original song", "song", "sound",
    "sound editing", "sound mixing", "production design", "art direction", "costume design",
    "makeup and hairstyling", "makeup", "visual effects", "international feature film",
    "international feature", "foreign language film", "foreign-language film",
    "animated feature", "animated feature film", "documentary feature", "adapted screenplay",
    "live action short", "animated short", "documentary short", "casting")


def _outside_complete_set(kb, c, who: str, family: Optional[str], pol: str) -> Optional[Verdict]:
    """A named Oscar category outside a film's or person's complete record at a ceremony."""
    if family != "academy-awards" or not isinstance(c.object, str):
        return None
    phrase = re.sub(r"^(?:the\s+)?(?:oscars?\s+for\s+)?(?:best\s+)?", "", c.object.strip().lower())
    phrase = re.sub(r"\s+(?:oscar|award|prize|category)s?$", "", phrase)
    if phrase not in OSCAR_CATEGORIES_ELSEWHERE:
        return None
    target = _target_ceremony(kb, c, family, None, who)
    pred = "award_received" if pol == "won" else "nominated_for"
    if not target or not kb.is_complete(pred, subject=who, qualifiers={"ceremony": target}):
        return None
    have = [f for f in kb.facts_involving(who, pred)
            if f.qualifiers.get("ceremony") == target and involves(f, who, kb)]
    names = ", ".join(sorted({L(kb, f.value).replace("Academy Award for ", "") for f in have}))
    verb = "won" if pol == "won" else "was nominated for"
    return refuted(f"At the {L(kb, target)}, {L(kb, who)} {verb} "
                   f"{names or 'nothing'}; not Best {phrase.title()}.", have[:4])


def _works_of_wins(kb, c, who: str, family: str, pred: str, facts: list[Fact]) -> Verdict:
    """'took home prizes for his work on A and B': each work named must be one the prizes were
    for. One that is not is refuted where the person's record at that ceremony is complete."""
    def work_of(f: Fact):
        return f.qualifiers.get("for_work") or (f.subject if f.subject != who else None)

    def title_of(f: Fact) -> str:
        w = work_of(f)
        return str(f.qualifiers.get("film_title") or (L(kb, w) if w else "")).lower()

    named = len(c.slots.get("works") or []) + len(c.slots.get("works_unknown") or [])
    # a night the claim states, or the one its work names; of several works with no night
    # stated ("won for A and B"), each may be of a night of its own
    if c.slots.get("year") and not c.slots.get("ceremony"):
        # a bare year is the night's or that of the films it honoured ("Meryl Streep (Sophie's
        # Choice, 1982)" won at the 1983 show): the prizes that year fits (`facts`, read
        # either way) name the night, or the nights
        nights = sorted({f.qualifiers.get("ceremony") for f in facts} - {None})
        target = nights[0] if len(nights) == 1 else None
    else:
        target = _target_ceremony(kb, c, family, None, who) if named < 2 or c.slots.get(
            "ceremony") else None
        nights = [target] if target else []
    if target:
        facts = [f for f in facts if f.qualifiers.get("ceremony") == target]
    found = {w: [f for f in facts if work_of(f) == w or title_of(f) == L(kb, w).lower()]
             for w in c.slots.get("works") or []}
    found.update({t: [f for f in facts if title_of(f).startswith(t.lower())]
                  for t in c.slots.get("works_unknown") or []})
    missing = [w for w, fs in found.items() if not fs]
    verb = "won" if pred == "award_received" else "was nominated for"
    if not missing:
        return supported(f"{L(kb, who)} {verb} " + "; ".join(
            f"the {L(kb, fs[0].value)} for {L(kb, w) if kb.entity(w) else w}"
            for w, fs in found.items()) + ".", [fs[0] for fs in found.values()])
    names = ", ".join(L(kb, w) if kb.entity(w) else w for w in missing)
    if nights and all(kb.is_complete(pred, subject=who, qualifiers={"ceremony": n})
                      for n in nights):
        at = " and the ".join(L(kb, n) for n in nights)
        had = sorted({str(f.qualifiers.get("film_title") or L(kb, work_of(f)))
                      for f in facts if f.qualifiers.get("film_title") or work_of(f)})
        if not had:
            nothing = ("won nothing" if pred == "award_received" else "had no nomination") \
                if not facts else "won no prize for a film (" + ", ".join(
                    sorted({L(kb, f.value) for f in facts})) + ")"
            return refuted(f"At the {at}, {L(kb, who)} {nothing}, so nothing for "
                           f"{names}.", facts[:4])
        return refuted(f"At the {at}, {L(kb, who)}'s prizes were for "
                       f"{', '.join(had)}; not for {names}.", facts[:4])
    return nei(f"The KB does not tie {L(kb, who)}'s prizes to {names}.", facts[:3])


def _subtitled_winner(kb, who: str, wins: list[Fact]) -> Optional[str]:
    """The title of a winning film that is the subject's title with a subtitle after it
    ("Spider-Man: Into the Spider-Verse" of "Spider-Man"), or that is the subject's title
    itself, a film of another year the linker did not pick ("Henry V" of 1989, not of 1944),
    or None."""
    e = kb.entity(who)
    if e is None or e.type != "film":
        return None
    short = L(kb, who).lower()
    for f in wins:
        for w in (f.subject, f.qualifiers.get("for_work")):
            got = kb.entity(w) if w else None
            if got is not None and got.type == "film" and w != who and any(
                    L(kb, w).lower().startswith(short + sep) for sep in (":", " -", " \u2013")):
                return L(kb, w)
            if got is not None and got.type == "film" and w != who \
                    and L(kb, w).lower() == short:
                return f"{L(kb, w)} ({got.year})" if got.year else L(kb, w)
    return None


def _people_listed(kb, who: str, wins: list[Fact]) -> bool:
    """Whether a person is judged by the winners' lists of people: the winners are works whose
    prize names the people it went to (a screenplay's writers, a picture's producers), so a
    person no list names did not win it there (a director of a winning film is credited
    with its prize before this is asked: `_won_by_their_film`)."""
    e = kb.entity(who)
    return e is not None and e.type == "person" and bool(wins) and all(
        f.qualifiers.get("recipients") and not f.qualifiers.get("recipients_text")
        and not f.disputed for f in wins)


def _won_by_their_film(kb, c, who: str, wins: list[Fact]) -> Optional[Verdict]:
    """'Walter Salles accepted the international feature award for I'm Still Here': a prize a
    film won is said of its director (supported when the KB credits them), and of anyone the
    claim ties to the winning film it names (left open: the KB lists the film, not them; unless
    the prize is a person's and the KB holds their own wins there completely)."""
    films = [f for f in wins if kb.entity(f.subject) and kb.entity(f.subject).type == "film"]
    for f in films:
        if expected_subject_type(kb, f.value) == "person":
            continue   # a person's prize (Best Actress) is its recipients', not the director's
        if _credited_to_others(kb, who, f):
            continue   # (Best Film Editing named its editors: the director did not win it)
        directed = directed_by(kb, f.subject, who)
        if directed:
            return supported(f"{L(kb, f.subject)}, directed by {L(kb, who)}, won the "
                             f"{L(kb, f.value)} at the {L(kb, f.qualifiers.get('ceremony'))}.",
                             [f] + directed[:1])
    tied = [f for f in films if c.slots.get("for_work") == f.subject]
    if tied and not ((expected_subject_type(kb, tied[0].value) == "person"
                      or _credited_to_others(kb, who, tied[0])) and kb.is_complete(
            "award_received", subject=who,
            qualifiers={"ceremony": tied[0].qualifiers.get("ceremony")})):
        # (a person's prize, said of someone whose own wins there the KB holds completely, is
        # judged by them: "Demi Moore (Anora) won Best Actress" is no open question when her
        # record has no such win; a film's prize, Best Picture, stays open)
        return nei(f"{L(kb, c.slots['for_work'])} won the {L(kb, films[0].value)}; the KB "
                   f"does not say what {L(kb, who)} did on it.", films[:1])
    return None


def _credited_to_others(kb, who: str, f: Fact) -> bool:
    """Whether a film's win is a craft's prize the record credits to named people, `who` not
    among them (Best Film Editing at the 97th: Sean Baker; Best Cinematography: its
    cinematographer): then neither its director nor anyone the claim ties to the film won it.
    Not the prizes a director or a producer makes (lexicon `qualifiers.made_work_classes` of
    the verbs `direct` and `produce`: Best Director, Best Picture), nor a prize that names no
    craft (an animated or international feature's, often said of its director)."""
    got = f.qualifiers.get("recipients") or []
    if not got or who in got or any(getattr(kb.entity(r), "type", None) != "person"
                                    for r in got):
        return False
    from ..claims.parse import lexicon
    made = lexicon().qualifiers.get("made_work_classes") or {}
    label = fold(L(kb, f.value))
    return _of_a_craft(kb, f.value) and not any(
        fold(w) in label for verb in ("direct", "produce") for w in made.get(verb, ()))


def _rival(kb, c, who: str, rival: str, family: Optional[str]) -> Optional[Verdict]:
    """'X beat Y at the 97th Academy Awards' with no prize named: a category of that ceremony
    that X won and Y was nominated for. Refuted when both records there are complete and no
    category joins them (or Y won one X lost)."""
    if rival == who:
        return None   # a misread: no one is their own rival ("X lost the Oscar to Y" read
        # with X on both sides); the other reading of the clause says who beat whom
    target = _target_ceremony(kb, c, family, None, who)
    read = not target and c.slots.get("passage_night")
    if read:   # the night the passage is about: a reading, which may support, never refute
        got = _rival_at(kb, c, who, rival, c.slots["passage_night"])
        return got if got is not None and got.verdict == "supported" else None
    if not target:
        return None
    got = _rival_at(kb, c, who, rival, target)
    year = c.slots.get("year")
    if got is not None or not year or c.slots.get("ceremony") or not family:
        return got
    # "lost the 1987 race to X": a year may mean the night held then or the one for that
    # year's films; refuted when it is refuted at each, each person's record there complete
    films = edition_for_films_of(kb, target, year)
    nights = list(dict.fromkeys(x for x in (target, films) if x))
    each = [_rival_at(kb, c, who, rival, n, whole_record=True) for n in nights]
    held = [v for v in each if v is not None and v.verdict == "supported"]
    if held:   # (a reading that holds: the year may well mean that night)
        return held[0]
    # (refuted only where the clause names the show: "beat it in 2010" after a passage on
    # prizes may be of a box-office record)
    if each and c.slots.get("show_said") and all(v is not None and v.verdict == "refuted"
                                                 for v in each):
        if len(each) == 1:
            return each[0]
        return refuted(" ".join(v.explanation for v in each) + " (The year may name either "
                       "night; neither holds.)", [f for v in each for f in v.facts][:4])
    return None


def _rival_at(kb, c, who: str, rival: str, target: str,
              whole_record: bool = False) -> Optional[Verdict]:
    at = lambda f: f.qualifiers.get("ceremony") == target and not f.disputed  # noqa: E731
    wins = [f for f in kb.facts_involving(who, "award_received") if at(f) and involves(f, who, kb)]
    noms = [f for f in kb.facts_involving(rival, "nominated_for") if at(f)
            and involves(f, rival, kb)]
    shared = [w for w in wins if any(n.value == w.value for n in noms)]
    # the rival's nomination records its loss to the subject ("lost to Kieran Culkin")
    beaten = [n for n in noms if str(n.qualifiers.get("result", "")).lower().startswith("lost to")
              and _lost_to_name(kb, who, n)]
    if beaten and not shared:
        return supported(f"{L(kb, rival)} was nominated for the {L(kb, beaten[0].value)} at the "
                         f"{L(kb, target)} and {beaten[0].qualifiers['result']}.", beaten[:1],
                         conf=0.8)
    if shared:
        return supported(f"{L(kb, who)} won the {L(kb, shared[0].value)} at the {L(kb, target)}, "
                         f"for which {L(kb, rival)} was also nominated.",
                         shared[:1] + [n for n in noms if n.value == shared[0].value][:1])
    # (a person's whole record in the show, held complete, is complete at each edition too:
    # someone with no nomination there at all won nothing there; read so only at an edition
    # the clause names by its number, not by a year that may mean two)
    fam = award_family(kb, target) if whole_record or _stated_edition(kb, c) == target \
        and c.slots.get("ceremony") and not c.slots.get("year") else None
    complete = all(kb.is_complete(p, subject=x, qualifiers={"ceremony": target}) or (
        fam and kb.is_complete(p, subject=x, qualifiers={"family": fam}))
        for p, x in (("award_received", who), ("nominated_for", rival)))
    if not complete:
        return None
    theirs = [f for f in kb.facts_involving(rival, "award_received") if at(f)
              and involves(f, rival, kb)]
    mine = {f.value for f in kb.facts_involving(who, "nominated_for") if at(f)}
    reverse = [f for f in theirs if f.value in mine]
    if reverse:
        return refuted(f"It was the other way round: {L(kb, rival)} won the "
                       f"{L(kb, reverse[0].value)} at the {L(kb, target)}, for which "
                       f"{L(kb, who)} was nominated.", reverse[:1])
    return refuted(f"At the {L(kb, target)}, {L(kb, who)} won no prize {L(kb, rival)} was "
                   f"nominated for.", (wins + noms)[:2])


def _fits_words(kb, f: Fact, c) -> bool:
    """Whether a prize fits the category words a family-level claim gives it ("the comedy
    prize": Best Motion Picture - Musical or Comedy, not Best Screenplay)."""
    label = fold(L(kb, f.value))
    return all(fold(w) in label or any(all(x in label.split() for x in alt.split())
                                       for alt in _word_fallbacks(fold(w)))
               for w in c.slots.get("award_words") or ()) and _fits_class(kb, f.value, c)


def _lost_in_words(kb, c, who: str, family: str) -> Optional[Verdict]:
    """"Anora won the SAG ensemble prize": a show's prize named by its category words alone,
    which the subject holds no win of; the one category of the show the words fit that the
    subject was up for, at the night the clause says (if any), has its recorded result ("lost
    to Conclave"), which decides the win. None when no such nomination, or several."""
    if not c.slots.get("award_words"):
        return None
    lost = [f for f in kb.facts_involving(who, "nominated_for")
            if award_family(kb, f.value) == family and involves(f, who, kb) and not f.disputed
            and _matches_when(kb, f, _edition(kb, c.slots.get("ceremony")), c.slots.get("year"))
            and _fits_words(kb, f, c)]
    if len({f.value for f in lost}) != 1 or not all(
            str(f.qualifiers.get("result", "")).lower().startswith("lost to") for f in lost):
        return None
    f = lost[0]
    return refuted(f"{L(kb, who)} was nominated for the {L(kb, f.value)} at the "
                   f"{L(kb, f.qualifiers.get('ceremony'))} but {f.qualifiers['result']}.", [f])


@lru_cache(maxsize=64)
def _word_fallbacks(word: str) -> tuple[str, ...]:
    """What another show's labels say for a category word (lexicon `categories.fallbacks`:
    the SAG Awards' ensemble prize is its "Performance by a Cast", their actress a "Female
    Actor"), for a bare prize noun's words ("the SAG ensemble prize"); not an alternative
    that is a category head alone ("performance"), which names a class of prizes, not the
    word's one sense."""
    from ..claims.parse import lexicon
    cats = lexicon().categories
    heads = set(cats.get("heads", ()))
    return tuple(fold(a) for a in (cats.get("fallbacks") or {}).get(word, ())
                 if fold(a) not in heads)


def _fits_class(kb, award: str, c) -> bool:
    """Whether a prize is of the class of categories a family-level claim names ("an acting
    Oscar", "an Oscar for writing X": `award_class`, any one of whose words its label holds)."""
    cls = c.slots.get("award_class")
    label = fold(L(kb, award))
    return not cls or any(fold(w) in label for w in cls)


def _of_a_craft(kb, award: str) -> bool:
    """Whether a prize's label names one of the crafts the lexicon's classes do (acting,
    writing, directing, editing, ...: `categories.classes`, `qualifiers.made_work_classes`)."""
    label = fold(L(kb, award))
    return any(w in label for w in _craft_words())


@lru_cache(maxsize=1)
def _craft_words() -> frozenset:
    """The folded words of every class of categories and every craft of a made work."""
    from ..claims.parse import lexicon
    lex = lexicon()
    return frozenset(fold(w) for ws in [*(lex.categories.get("classes") or {}).values(),
                                        *(lex.qualifiers.get("made_work_classes") or {}).values()]
                     for w in ws)


def _craft_named(c) -> bool:
    """Whether the claim's category was read from the making of its work ("an Oscar for
    directing Soul", "for editing Anora": one word, a verb's -ing form), not named."""
    phrase = (c.slots.get("award_phrase") or "").strip().lower()
    return bool(c.slots.get("for_work")) and " " not in phrase and phrase.endswith("ing")


def _none_in_class(kb, c, who: str, family: str, won: bool) -> Optional[Verdict]:
    """"Christopher Nolan won an Oscar for writing Oppenheimer", none of whose prizes in the
    family is of the class said (`award_class`): refuted where the KB holds the whole of it --
    at the edition the clause names or its work was in the running at, whose winners (a
    nomination: the subject's nominations in the family) the KB holds complete; with no
    edition, work or year said, the subject's whole record, if complete, and none of the
    subject's prizes there is one no craft names (a documentary's may be its cinematographer's
    or producer's). Else None (open)."""
    said = c.slots.get("award_class_said") or "such"
    pred = "award_received" if won else "nominated_for"
    if c.slots.get("year") and not c.slots.get("ceremony"):
        return None   # a year may be the films' (the edition's is the year after)
    if c.slots.get("subject_assumed") or c.slots.get("for_title") or c.slots.get(
            "works_unknown"):
        return None
    target = _target_ceremony(kb, c, family, None, who)
    mine = [f for p in ("nominated_for", "award_received") for f in kb.facts_involving(who, p)
            if award_family(kb, f.value) == family and involves(f, who, kb) and not f.disputed
            and (target is None or f.qualifiers.get("ceremony") == target)]
    if any(_fits_class(kb, f.value, c) for f in mine if f.predicate == pred or not won):
        return None   # (in the running for one of the class there: the other checks decide)
    if any(not _of_a_craft(kb, f.value) for f in mine if f.predicate == pred):
        return None   # a prize no craft names (a documentary's, an animated feature's) may be
        # what the maker of that craft got: "won an Oscar for producing Soul"
    if target:
        if won and not _winners_complete(kb, target) or not won and not kb.is_complete(
                "nominated_for", subject=who, qualifiers={"family": family}):
            return None
        where = f"at the {L(kb, target)}"
        had_at = " there"
    elif not any(c.slots.get(k) for k in ("ceremony", "works", "for_work")) and kb.is_complete(
            pred, subject=who, qualifiers={"family": family}):
        where, had_at = f"of the {L(kb, family)} in the KB's complete record", ""
    else:
        return None
    if _accepted_for_country(kb, who, pred, target, []):
        return None
    got = sorted({L(kb, f.value) for f in mine if f.predicate == pred})
    had = f" ({'wins' if won else 'nominations'}{had_at}: {', '.join(got)})" if got else ""
    verb = "won no" if won else "received no"
    noun = "prize" if won else "nomination"
    return refuted(f"{L(kb, who)} {verb} {said} {noun} {where}{had}.",
                   [f for f in mine if f.predicate == pred][:3])


def _other_work(kb, c, wins: list[Fact]) -> Optional[Verdict]:
    """'Wicked's Zoe Saldaña won Best Supporting Actress': the film the winner is named by is
    the one the prize is read as for. A win the KB records for another film leaves the claim
    open (the film may only name the winner), never supported. With an edition or a year
    stated, the time decides which win, and the film is only a name."""
    nw = c.slots.get("named_by_work")
    if c.slots.get("ceremony") or c.slots.get("year"):
        return None
    works = {f.qualifiers.get("for_work") for f in wins} - {None}
    if not nw or not works or nw in works or any(f.subject == nw for f in wins):
        return None
    return nei(f"{L(kb, c.slots['subject'])} won the {L(kb, wins[0].value)} for "
               f"{', '.join(sorted(L(kb, w) for w in works))}, not for {L(kb, nw)}, the film "
               f"the sentence names the winner by.", wins[:2])


def _held_elsewhere(kb, c, facts: list[Fact], ceremony, year) -> Optional[Verdict]:
    """'won Best Actress in 2023' for a win at the ceremony of 2024, which honoured the films
    of 2023: the year dates the event, so it is the ceremony's, and that does not hold; the
    films' year does, so the claim is not refuted either. (A month with the year is the
    ceremony's date, which the date check decides.)"""
    if not year or not c.slots.get("year_held") or c.slots.get("month") or not facts or any(
            _matches_when(kb, f, ceremony, year, held=True) for f in facts):
        return None
    f = facts[0]
    cer = f.qualifiers.get("ceremony")
    y = f.qualifiers.get("year") or ceremony_year(kb, cer)
    return nei(f"The win was at the {L(kb, cer) if cer else 'ceremony'}, held in {y} for the "
               f"films of {year}; the sentence dates it to {year}.", facts[:2])


def _year_off_the_edition(kb, c, pred: str, aw: str, who: str, ceremony: str,
                          year: int) -> Optional[Verdict]:
    """'was nominated for Best Actor at the 52nd Academy Awards and for Missing in 1983': the
    subject has the prize at the edition named, but the year the clause holds is neither that
    edition's nor its films' (a year of another clause, or a slip the date check reads). The
    edition and the year disagree, so the claim is decided by neither: not supported on the
    edition while its year is ignored, not refuted as if the category were wrong."""
    at_edition = [f for f in _award_facts(kb, pred, aw, who)
                  if _matches_when(kb, f, ceremony, None) and not f.disputed]
    if not at_edition:
        return None
    held = ceremony_year(kb, ceremony)
    verb = "won" if pred == "award_received" else "was nominated for"
    return nei(f"{L(kb, who)} {verb} the {L(kb, aw)} at the {L(kb, ceremony)}"
               f"{f', held in {held}' if held else ''}; the clause's year {year} is not that "
               f"edition's, so the claim is not decided.", at_edition[:2])


def _played(kb, c, who: str, verb: str, firm: list[Fact]) -> Verdict:
    """A prize said to be for a part ("for playing Lewis Strauss"): the character the record
    names for it. Every word of the part in it supports; no word in common refutes (the record
    names the part); some words in common, or no part recorded, leave it open. A part said as
    an epithet ("for playing the Joker": Arthur Fleck) is never refuted by the record's name."""
    said, eid = c.slots["role"][:2]
    titled = len(c.slots["role"]) > 2 and c.slots["role"][2]

    def words(text: str) -> set:
        return {fold(w).lower() for w in re.findall(r"[^\W\d_]{2,}", text)}
    # the part's own words, or any name the KB knows the character by ("Anora" is "Ani")
    spellings = [words(said)] + ([words(a) for a, _k in kb.aliases_of(eid)] + [
        words(L(kb, eid))] if eid and hasattr(kb, "aliases_of") else [])
    spellings = [w for w in spellings if w]

    def at(f: Fact) -> str:   # the prize and where: "the Academy Award for X at the 96th ..."
        cer = f.qualifiers.get("ceremony")
        return f"the {L(kb, f.value)}" + (f" at the {L(kb, cer)}" if cer else "")
    # the film the part is said in ("for playing Frank Serpico in The Godfather Part II"): the
    # prize for that film is the one whose part is judged; with none for it, the part said
    # may be another film's, so it is not judged by the others
    w = c.slots.get("for_work") or c.slots.get("work_hint")
    if w and kb.entity(w) is not None:
        title = kb.entity(w).label
        mine = [f for f in firm if f.qualifiers.get("for_work") == w
                or f.qualifiers.get("film_title") == title]
        if mine:
            firm = mine
        elif not c.slots.get("for_work"):
            return nei(f"{L(kb, who)} {verb} {at(firm[0])}; the KB holds no such prize of "
                       f"theirs for {L(kb, w)}, so the part '{said}' there is not checked.",
                       firm)
    held = [(f, str(f.qualifiers.get("character_name") or "")) for f in firm]
    held = [(f, h) for f, h in held if h]
    if not held or not spellings:
        return nei(f"{L(kb, who)} {verb} {at(firm[0])}; the KB does not name "
                   f"the part, so '{said}' is not checked.", firm)
    for f, h in held:   # the prize (of several) whose part it is
        if any(w <= words(h) for w in spellings):
            return supported(f"{L(kb, who)} {verb} {at(f)}, as {h}.", [f])
    if len(held) == len(firm) and not titled and \
            not any(w & words(h) for w in spellings for _f, h in held):
        if len(held) == 1:
            f, h = held[0]
            return refuted(f"{L(kb, who)} {verb} {at(f)} for playing {h}, not {said}.", [f])
        parts = "; ".join(f"{at(f)} for playing {h}" for f, h in held)
        return refuted(f"{L(kb, who)} {verb} {parts}; none for playing {said}.",
                       [f for f, _h in held])
    f, h = held[0]
    return nei(f"{L(kb, who)} {verb} {at(f)}, as {h}; the KB does not say "
               f"the part was {said}.", firm)


def _nth_winner(kb, c, who: str, aw: str, firm: list[Fact]) -> Verdict:
    """"Wings was the first film to win Best Picture": the subject is the n-th of the
    category's winners (of its own kind: films, people) in the order of the editions, ties at
    one edition sharing the places. Refuted only where the KB holds every edition's winners."""
    from .awards import _history_complete
    n, e = c.slots["nth_winner"], kb.entity(who)
    kind = e.type if e else None
    cls = c.slots.get("nth_class")
    if cls and not any(w in L(kb, aw).lower() for w in cls[1:]):
        # "the first woman to win Best Director": a part of the winners the KB cannot single out
        at = min(firm, key=lambda f: ceremony_year(kb, f.qualifiers.get("ceremony")) or 9999)
        return nei(f"{L(kb, who)} won the {L(kb, aw)} at the "
                   f"{L(kb, at.qualifiers.get('ceremony'))}; the KB cannot tell which of its "
                   f"winners were the {_ord(n)} {cls[0]}.", firm[:1])
    own = lambda f: {x for x in [f.subject, f.qualifiers.get("for_work")]  # noqa: E731
                     + list(f.qualifiers.get("recipients") or [])
                     if x and (k := kb.entity(x)) is not None and k.type == kind}
    year = min(y for f in firm if (y := ceremony_year(kb, f.qualifiers.get("ceremony"))))
    here = min(firm, key=lambda f: ceremony_year(kb, f.qualifiers.get("ceremony")) or 9999)
    won = [f for f in kb.facts(predicate="award_received", object_entity=aw) if not f.disputed]
    held, unnamed = [], False   # (winner, year of the win), up to the subject's year
    for f in won:
        y = ceremony_year(kb, f.qualifiers.get("ceremony"))
        if not y or y > year:
            continue
        unnamed |= y < year and not own(f)
        held += [(x, y) for x in own(f) - {who}]
    before, lo, hi = place_by_year(held, year)
    at = f"the {L(kb, here.qualifiers['ceremony'])}" if here.qualifiers.get("ceremony") \
        else str(year)
    first = sorted(before, key=lambda x: before[x])[:3]
    earlier = f" (earlier: {', '.join(L(kb, x) for x in first)}{', ...' if len(before) > 3 else ''})" \
        if first else ""
    complete = _history_complete(kb, aw)   # a winner the KB lacks may come before
    if lo <= n <= hi and not unnamed and complete:
        return supported(f"{L(kb, who)} won the {L(kb, aw)} at {at}, the {_ord(n)} of its "
                         f"winners{earlier}.", firm[:1])
    if unnamed or not complete or lo <= n <= hi:
        return nei(f"{L(kb, who)} won the {L(kb, aw)} at {at}; the KB cannot tell whether it was "
                   f"the {_ord(n)} of its winners.", firm[:1])
    place = f"the {_ord(lo)}" if lo == hi else f"among the {_ord(lo)} to {_ord(hi)}"
    return refuted(f"{L(kb, who)} won the {L(kb, aw)} at {at}, {place} of its winners, not the "
                   f"{_ord(n)}{earlier}.", firm[:1])


@check("award")
def award(kb, c) -> Optional[Verdict]:
    """`_award_forms`, and for a win said of a country with its entry ("Brazil won ... with
    I'm Still Here": slot `entry_of`), the country the record names as the entry's."""
    v = _award_forms(kb, c)
    entry = c.slots.get("entry_of")
    return v if not entry or v is None else _entry_country(kb, c, entry, v)


def _entry_country(kb, c, country: str, v: Verdict) -> Verdict:
    """A verdict on a film's win or nomination, given the country the sentence says it was the
    entry of: the record's country of the entry (the nominee it names for a country prize,
    International Feature) must be that one; where the record names none, the country is a
    slot the KB cannot check."""
    if v.verdict != "supported":
        return v   # (the film's own part is wrong, or open, whatever its country)
    named = sorted({f.qualifiers["nominee_text"] for f in v.facts
                    if f.predicate in ("award_received", "nominated_for")
                    and f.qualifiers.get("nominee_text")})
    film, said = L(kb, c.slots.get("subject")), L(kb, country)
    if not named:
        return nei(f"{v.explanation} The KB does not say which country {film} was the entry "
                   f"of, which the sentence also states ({said}).", v.facts)
    if any(fold(n) == fold(said) for n in named):
        return supported(f"{v.explanation} It was {said}'s entry.", v.facts)
    return refuted(f"{film} was the entry of {' and '.join(named)}, not {said}. "
                   f"{v.explanation}", v.facts)


def _award_forms(kb, c) -> Optional[Verdict]:
    """`_award`, and for a category phrase that fits two categories equally ("screenplay":
    Original or Adapted), each of them: it holds if one does, and is wrong only if all are."""
    aw, fam, phrase = c.slots.get("award"), c.slots.get("family"), c.slots.get("award_phrase")
    alts = category_candidates(kb, fam, phrase) if aw and fam and phrase else []
    one = len(alts) < 2 or aw not in alts   # the phrase fits one category (and its forms)
    if one:
        alts = [aw]
    if aw and fam and phrase and not _bracket_said(kb, aw, phrase):
        # "Best Cinematography" of 1959 is the record's "(Black-and-White)" or "(Color)" half
        night, year = _edition(kb, c.slots.get("ceremony")), c.slots.get("year")
        given = sorted({form for a in alts for form in category_forms(kb, fam, a)
                        if _given_when(kb, form, night, year)})
        alts = given if aw in given or len(given) > 1 or (given and one) else alts
    if len(alts) < 2 and alts and alts[0] != aw:
        # the one form the record gives that night ("Best Art Direction" at the 41st: the
        # category's unsplit form, not its "(Color)" half the words fit best)
        c.slots["award"] = alts[0]
        try:
            return _award(kb, c)
        finally:
            c.slots["award"] = aw
    if len(alts) < 2:
        return _award(kb, c)
    got = []
    for alt in alts:
        c.slots["award"] = alt
        try:
            got.append(_award(kb, c))
        finally:
            c.slots["award"] = aw
    held = [v for v in got if v is not None and v.verdict == "supported"]
    # (the one whose facts are for the work the claim states, when one is: "won Best Art
    # Direction for Patton" is the renamed category's win, not the colour split's of 1942)
    held = [v for v in held if any(_for_stated_work(c, f, kb) for f in v.facts)] or held
    if held:
        return held[0]
    # (a form the subject was up for first: its result says best why the claim is wrong)
    order = sorted(zip(alts, got), key=lambda x: x[1] is None or not any(
        f.predicate == "nominated_for" for f in x[1].facts))
    if got and all(v is not None and v.verdict == "refuted" for v in got) and one:
        # wrong under each form: the one the record files that night's prize under says why
        return next((v for a, v in order if any(f.value == a for f in v.facts)),
                    got[alts.index(aw) if aw in alts else 0])
    if got and all(v is not None and v.verdict == "refuted" for v in got):
        return refuted(f"'{phrase}' may name either category; neither holds: "
                       + " ".join(v.explanation for _a, v in order),
                       [f for v in got for f in v.facts][:6])
    return nei(f"'{phrase}' names more than one category: "
               + ", ".join(L(kb, a) for a in alts) + ".", [])


def _carried(kb, c, who: str, family: str, pred: str) -> Optional[Verdict]:
    """A show named only as a whole after a prize with a category ("the Oscar for Best
    Actress, along with the Golden Globe"): that show's form of the category
    (`award_candidates`), among them the ones the subject was up for at the show. It holds if
    one holds, and is wrong only if all the subject was up for are; a subject the KB records
    in none of them is left open (the show may have honoured them in a form it lacks)."""
    said = c.slots["carried_category"]
    cands = c.slots.get("award_candidates") or []
    ceremony, year = _edition(kb, c.slots.get("ceremony")), c.slots.get("year")
    up = sorted({f.value for p in ("nominated_for", "award_received")
                 for f in kb.facts_involving(who, p)
                 if f.value in cands and involves(f, who, kb) and not f.disputed
                 and _matches_when(kb, f, ceremony, year)})
    if not up:
        what = " or ".join(L(kb, a) for a in cands) if cands else \
            f"no category of the {L(kb, family)} for {said}"
        return nei(f"The KB records {L(kb, who)} for none of: {what}." if cands else
                   f"The KB holds {what}.", [])
    saved = dict(c.slots)
    got = []
    for a in up:
        c.slots.update(award=a, family_only=False, carried_category=None,
                       award_phrase=L(kb, a))
        try:
            got.append(award(kb, c))
        finally:
            c.slots.clear()
            c.slots.update(saved)
    held = [v for v in got if v is not None and v.verdict == "supported"]
    if held:
        return held[0]
    if got and all(v is not None and v.verdict == "refuted" for v in got):
        if len(got) == 1:
            return got[0]
        return refuted(f"{L(kb, who)} was up for {len(up)} forms of {said} at the "
                       f"{L(kb, family)}; none holds: " + " ".join(v.explanation for v in got),
                       [f for v in got for f in v.facts][:6])
    return nei(f"'{c.slots.get('award_phrase')}' read as its {said}: "
               + " ".join(v.explanation for v in got if v is not None), [])


def _given_when(kb, award: str, night: Optional[str], year: Optional[int]) -> bool:
    """Whether the record holds a win of `award` at the night or in the year stated (any, when
    neither is): a form of a category the Academy had not split that year is no reading."""
    return not (night or year) or any(
        _matches_when(kb, f, night, year)
        for f in kb.facts(predicate="award_received", object_entity=award))


def _bracket_said(kb, aw: str, phrase: str) -> bool:
    """Whether a category phrase says the words of its category's bracket ("one-reel" of
    "Best Short Subject (One-Reel)") or of the kind of film after its dash ("Musical or
    Comedy"): then it names that form alone."""
    label = L(kb, aw)
    # (or the kind of film after a dash: "- Musical or Comedy" of the Golden Globes' split)
    inner = label.partition(" (")[2].rstrip(")") or label.partition(" (")[0].partition(" - ")[2]
    # (a plural as its singular: "Best Short Cartoon" says "(Cartoons)")
    return bool(inner) and category_words(inner) <= category_words(phrase)


def _given_elsewhere(kb, c, who: str, aw: str, venue: str) -> Optional[Verdict]:
    """"Parasite won the Palme d'Or at the Academy Awards": a prize said won at a show of
    another family than its own (the KB's `part_of`), which never gives it. Refuted, naming
    where the subject did win it, if it did; a denial or a reading is left open."""
    fam = award_family(kb, aw)
    if not fam or fam == aw or award_family(kb, venue) == fam or c.slots.get("negated") \
            or c.slots.get("support_only") or c.slots.get("family_assumed"):
        return None
    wins = [f for f in _award_facts(kb, "award_received", aw, who) if not f.disputed]
    where = ""
    if wins:
        w = wins[0]
        at = w.qualifiers.get("ceremony")
        where = f"; {L(kb, who)} won it at the {L(kb, at)}" if at else \
            f"; {L(kb, who)} won it in {w.qualifiers.get('year')}" if w.qualifiers.get("year") \
            else ""
    return refuted(f"The {L(kb, aw)} is a prize of the {L(kb, fam)}, not of the "
                   f"{L(kb, award_family(kb, venue))}{where}.", wins[:1])


def _award(kb, c) -> Optional[Verdict]:
    who, aw, pol = c.slots["subject"], c.slots.get("award"), c.slots.get("polarity")
    aw, early = former_name(kb, c, aw, who)   # "the Grand Prix" of 1946: the top prize
    if early is None and aw:   # "the Grand Prix" said of the year's Palme d'Or winner
        early = second_to_top(kb, c, aw, who)
    if early is not None:
        return early
    if aw and pol == "won" and c.slots.get("other_show_venue"):
        return _given_elsewhere(kb, c, who, aw, c.slots["other_show_venue"])
    family = c.slots.get("family")
    pred = "award_received" if pol == "won" else "nominated_for"
    if not aw and c.slots.get("rival"):
        return _rival(kb, c, who, c.slots["rival"], family)
    if not aw and c.slots.get("carried_category") and family:
        return _carried(kb, c, who, family, pred)
    if not aw and c.slots.get("family_only") and family and kb.entity(who) \
            and kb.entity(who).type == "person":
        # "nominated for the Golden Globe": her one nomination in that family, if only one; a
        # win counts the prizes given without a nomination too (an honorary award)
        mine = {f.value for p in (("nominated_for", "award_received") if pol == "won"
                                  else ("nominated_for",))
                for f in kb.facts_involving(who, p)
                if award_family(kb, f.value) == family and involves(f, who, kb)}
        if len(mine) == 1 and _fits_class(kb, next(iter(mine)), c):
            aw = next(iter(mine))
    if not aw and c.slots.get("family_only") and family and kb.entity(family):
        # "Anora was nominated for a Golden Globe": any award of that family will do
        # every slot stated counts: "the top prize at the 76th edition" is that edition's
        fam_facts = [f for p in ([pred] if pred == "award_received" else [pred, "award_received"])
                     for f in kb.facts_involving(who, p)
                     if award_family(kb, f.value) == family and involves(f, who, kb)
                     and not f.disputed and _matches_when(
                         kb, f, _edition(kb, c.slots.get("ceremony")), c.slots.get("year"))
                     and _fits_words(kb, f, c)]
        held = _held_elsewhere(kb, c, fam_facts, _edition(kb, c.slots.get("ceremony")),
                               c.slots.get("year"))
        if held is not None:
            return held
        ben = beneficiary(kb, c)
        if ben and fam_facts:   # "Anora won an Oscar for Mikey Madison": a prize of hers
            if not any(involves(f, ben, kb) for f in fam_facts):
                return nei(f"{L(kb, who)} won: {', '.join(sorted({L(kb, f.value) for f in fam_facts}))}"
                           f"; the KB names {L(kb, ben)} in none of them.", fam_facts[:3])
            fam_facts = [f for f in fam_facts if involves(f, ben, kb)]
        if fam_facts and (c.slots.get("works") or c.slots.get("works_unknown")):
            return _works_of_wins(kb, c, who, family, pred, fam_facts)
        if not fam_facts and c.slots.get("award_class"):
            # "won an Oscar for writing Oppenheimer": none of that class; the checks below
            # read the show as a whole
            return _none_in_class(kb, c, who, family, pol == "won")
        if fam_facts and c.slots.get("role"):   # "won the Oscar for her role as X"
            return _played(kb, c, who, "won" if pol == "won" else "was nominated for",
                           fam_facts)
        if fam_facts:
            names = ", ".join(sorted({L(kb, f.value) for f in fam_facts}))
            return supported(f"{L(kb, who)} {'won' if pol == 'won' else 'was nominated for'}: "
                             f"{names}.", fam_facts[:3])
        if pol == "won" and not (c.slots.get("works") or c.slots.get("works_unknown")):
            # "Demi Moore won the Golden Globe": another nominee's recorded result names her
            beaten = _lost_to(kb, who, family, _edition(kb, c.slots.get("ceremony")),
                              c.slots.get("year"))
            beaten = [f for f in beaten if _fits_words(kb, f, c)]
            if beaten:
                rec = beaten[0].qualifiers.get("recipients") or [beaten[0].subject]
                return supported(f"{L(kb, who)} won the {L(kb, beaten[0].value)}: "
                                 f"{L(kb, rec[0])} {beaten[0].qualifiers['result']}.",
                                 beaten[:1], conf=0.8)
            lost = _lost_in_words(kb, c, who, family) if not ben else None
            if lost is not None:
                return lost
        target = _target_ceremony(kb, c, family, None, who)
        if pol == "won" and target and not c.slots.get("award_words") and (kb.is_complete(
                "award_received", subject=who, qualifiers={"ceremony": target})
                or _winners_complete(kb, target)):
            noms = [f for f in kb.facts_involving(who, "nominated_for")
                    if f.qualifiers.get("ceremony") == target]
            return refuted(f"{L(kb, who)} won nothing at the {L(kb, target)}"
                           f"{f' ({len(noms)} nominations)' if noms else ''}.", noms[:3])
        if pol != "won" and target and _stated_edition(kb, c) == target \
                and not c.slots.get("award_words") and not c.slots.get("subject_assumed") \
                and kb.is_complete("nominated_for", subject=who, qualifiers={"family": family}) \
                and not _accepted_for_country(kb, who, pred, target, []):
            # "was nominated at the 78th Academy Awards": the person's nominations in the
            # family, which the KB holds complete, have none at the edition named (nor a prize)
            none = _none_at(kb, c, who, target, family)
            if none is not None:
                return none
        if not target and not any(c.slots.get(k) for k in (
                "ceremony", "year", "award_words", "works", "works_unknown", "for_work",
                "for_title", "subject_assumed")) and kb.is_complete(
                    pred, subject=who, qualifiers={"family": family}) \
                and not _accepted_for_country(kb, who, pred, None, []):
            # "has never won an Oscar", no edition stated: the career, which the KB holds
            # complete for this subject, has none (the nominations say what it had)
            noms = [f for f in kb.facts_involving(who, "nominated_for")
                    if award_family(kb, f.value) == family and involves(f, who, kb)]
            noun = "Oscar" if family == "academy-awards" else L(kb, family) + " award"
            if pred == "award_received":
                return refuted(f"{L(kb, who)} has won no {noun} in all"
                               f"{f' ({len(noms)} nominations)' if noms else ''}.", noms[:3])
            return refuted(f"{L(kb, who)} has received no {noun} nomination in all.", [])
        return None
    if not aw:
        unheld = unheld_prize(kb, c, family) or \
            "The award category could not be identified in the KB."
        return _outside_complete_set(kb, c, who, family, pol) or nei(unheld)
    ceremony = _edition(kb, c.slots.get("ceremony"))
    year = c.slots.get("year")
    if aw == "palme-d-or" and not year and ceremony:
        year = ceremony_year(kb, ceremony)
    facts = [f for f in _award_facts(kb, pred, aw, who)
             if _matches_when(kb, f, ceremony, year)]
    held = _held_elsewhere(kb, c, facts, ceremony, year)
    if held is not None:
        return held
    if not facts and ceremony and year:
        clash = _year_off_the_edition(kb, c, pred, aw, who, ceremony, year)
        if clash is not None:
            return clash
    firm = _firm(facts)
    verb = "won" if pol == "won" else "was nominated for"
    want_work = c.slots.get("for_work")
    want_title = (c.slots.get("for_title") or "").lower()
    if c.slots.get("named_by_work") and len(firm) > 1:
        firm = sorted(firm, key=lambda f: f.qualifiers.get("for_work") != c.slots[
            "named_by_work"])
    if (want_work or want_title) and len(firm) > 1:
        # "won Best Actor for The Brutalist": the win for that film first
        firm = sorted(firm, key=lambda f: not _for_stated_work(c, f))
    if firm and (other := _other_work(kb, c, firm)) is not None:
        return other
    if firm and c.slots.get("nth_winner"):
        return _nth_winner(kb, c, who, aw, firm)
    if firm and c.slots.get("age_rank"):
        return age_rank(kb, c, who, aw, firm)
    if firm and c.slots.get("role"):
        return _played(kb, c, who, verb, firm)
    if firm:
        cer = firm[0].qualifiers.get("ceremony")
        at = f" at the {L(kb, cer)}" if cer else ""
        return supported(f"{L(kb, who)} {verb} the {L(kb, aw)}{at}.", firm)
    if facts:
        return nei("Sources disagree on this award.", facts)
    # "Demi Moore won it": another nominee's recorded result says who beat them
    if pol == "won" and kb.entity(who):
        beaten = [f for f in kb.facts(predicate="nominated_for", object_entity=aw)
                  if str(f.qualifiers.get("result", "")).lower().startswith("lost to")
                  and _lost_to_name(kb, who, f)
                  and _matches_when(kb, f, ceremony, year) and not f.disputed]
        if beaten:
            rec = beaten[0].qualifiers.get("recipients") or [beaten[0].subject]
            return supported(f"{L(kb, who)} won the {L(kb, aw)}: {L(kb, rec[0])} "
                             f"{beaten[0].qualifiers['result']}.", beaten[:1], conf=0.8)
    # A nomination whose result the KB records ("lost to X") decides a claimed win.
    if pol == "won":
        lost = [f for f in _award_facts(kb, "nominated_for", aw, who)
                if str(f.qualifiers.get("result", "")).lower().startswith("lost to")
                and _matches_when(kb, f, ceremony, year) and not f.disputed]
        if lost:
            return refuted(f"{L(kb, who)} was nominated for the {L(kb, aw)} at the "
                           f"{L(kb, lost[0].qualifiers.get('ceremony'))} but "
                           f"{lost[0].qualifiers['result']}.", lost[:1])
    if aw == "palme-d-or":
        y = year or ceremony_year(kb, ceremony)
        early = before_festival(kb, c, aw, who, y, pol)
        if early is None and pol != "won":
            early = competed_once(kb, c, aw, who, y)
        if early is None and not y:   # no year said: a film among no year's winners
            early = never_won_top(kb, c, aw, who)
        if early is not None:
            return early
        held = ceremony_year(kb, ceremony) if ceremony else None
        if pol == "won" and held and year and held != year and \
                kb.is_complete("award_received", object_entity=aw, qualifiers={"year": y}) and \
                any(involves(f, who, kb) for f in _winners(kb, aw, None, y)):
            # "won the Palme at the 75th festival in 2024": the year's Palme is the subject's,
            # so what is wrong is the edition (held in another year): its winners refute
            y = held
            if kb.is_complete("award_received", object_entity=aw, qualifiers={"year": y}) and (
                    wins := _winners(kb, aw, None, y)) and not any(
                    involves(f, who, kb) for f in wins):
                return refuted(f"The Palme d'Or at the {L(kb, ceremony)} ({y}) went to "
                               f"{_winner_names(kb, wins)}, not {L(kb, who)}.", wins)
            return None
        if y and kb.is_complete("award_received", object_entity=aw, qualifiers={"year": y}):
            wins = _winners(kb, aw, None, y)
            if pol == "won":
                if wins and named_among(kb, L(kb, who), wins):
                    return None   # another film of that title won it (the linker's pick
                    # is one of two films of one name)
                if wins:
                    return refuted(f"The {y} Palme d'Or went to {_winner_names(kb, wins)}, "
                                   f"not {L(kb, who)}.", wins)
                nf = [f for f in kb.facts(subject="cannes-film-festival", predicate="not_awarded")
                      if f.qualifiers.get("year") == y]
                return refuted(f"No Palme d'Or was awarded in {y}.", nf) if nf else None
        return None
    # Refutation needs a ceremony the KB is complete for, and a subject of the right kind.
    want = expected_subject_type(kb, aw)
    e_who = kb.entity(who)
    # a subject of another kind than the category's winners (a director for Best Picture) can
    # only be refuted through its own complete record, never through the category's winners
    kind_ok = not (want and e_who and e_who.type != want)
    # (a film or person in the running at just one ceremony of the family: that ceremony, whose
    # complete record decides a category they were not in, "Anora also won Best Cinematography")
    target = ceremony or _target_ceremony(kb, c, family, aw, who) or \
        _target_ceremony(kb, c, family, None, who)
    if not target:
        return _never_in_category(kb, c, who, aw, family, pred)
    tq = {"ceremony": target}
    wins_here = _winners(kb, aw, target, None)
    mine_here = [f for f in wins_here if involves(f, who, kb)]
    if mine_here and pred == "award_received":  # the claim's other details did not match
        return supported(f"{L(kb, who)} won the {L(kb, aw)} at the {L(kb, target)}.", mine_here)
    by_film = _won_by_their_film(kb, c, who, wins_here) if pred == "award_received" else None
    if by_film is not None:
        return by_film
    if pred == "award_received" and (longer := _subtitled_winner(kb, who, wins_here)):
        # "Spider-Man won Best Animated Feature at the 91st": the winner's title is the
        # written one with a subtitle; writers shorten titles so, and the sentence may mean it
        return nei(f"The {L(kb, aw)} at the {L(kb, target)} went to {longer}, whose title "
                   f"is or begins with '{L(kb, who)}': the sentence may mean that film.",
                   wins_here[:2])
    if pred == "award_received" and _craft_named(c) and (no_craft := [
            f for f in kb.facts_involving(who, "award_received")
            if f.qualifiers.get("ceremony") == target and involves(f, who, kb)
            and not _of_a_craft(kb, f.value)]):
        # "won an Oscar for directing Soul": the category read from the craft, while the
        # subject's prize there names none (an animated feature's, a documentary's), which its
        # maker may be said to have won for that craft
        return nei(f"{L(kb, who)} won the {L(kb, no_craft[0].value)} at the {L(kb, target)}, "
                   f"a prize that names no craft; the sentence may mean it.", no_craft[:1])
    if pred == "award_received":
        # the subject's (or its film's) wins at that ceremony are known completely
        owners = [who]
        for f in kb.facts(predicate="nominated_for", object_entity=aw):
            if involves(f, who) and f.qualifiers.get("ceremony") == target and f.subject != who:
                owners.append(f.subject)
        for owner in owners:
            if kb.is_complete("award_received", subject=owner, qualifiers=tq):
                got = [f for f in kb.facts(subject=owner, predicate="award_received")
                       if f.qualifiers.get("ceremony") == target]
                noms = [f for f in _award_facts(kb, "nominated_for", aw, who)
                        if f.qualifiers.get("ceremony") == target]
                extra = ""
                if wins_here:
                    extra = f"; it went to {_winner_names(kb, wins_here)}"
                if noms:
                    return refuted(f"{L(kb, who)} was nominated for the {L(kb, aw)} at the "
                                   f"{L(kb, target)} but did not win{extra}.",
                                   noms[:1] + wins_here[:1] + got[:1])
                return refuted(f"{L(kb, who)} did not win the {L(kb, aw)} at the "
                               f"{L(kb, target)}{extra}.", wins_here[:2] + got[:2])
        if kind_ok and kb.is_complete("award_received", object_entity=aw, qualifiers=tq) \
                and wins_here:
            return refuted(f"The {L(kb, aw)} at the {L(kb, target)} went to "
                           f"{_winner_names(kb, wins_here)}, not {L(kb, who)}.", wins_here)
        if _people_listed(kb, who, wins_here) and kb.is_complete(
                "award_received", object_entity=aw, qualifiers=tq):
            named = "; ".join(f"{L(kb, f.subject)} ({', '.join(L(kb, r) for r in f.qualifiers['recipients'])})"
                              for f in wins_here)
            return refuted(f"The {L(kb, aw)} at the {L(kb, target)} went to {named}, not "
                           f"{L(kb, who)}.", wins_here)
        return None
    if aw in COUNTRY_PRIZES:
        # "Bong Joon Ho was nominated for International Feature": the country's nomination is
        # said of the director of the film that held it (as its win is, `_won_by_their_film`)
        for f in (f for p in ("nominated_for", "award_received")
                  for f in kb.facts(predicate=p, object_entity=aw)
                  if f.qualifiers.get("ceremony") == target and not f.disputed):
            directed = directed_by(kb, f.subject, who)
            if directed:
                return supported(f"{L(kb, f.subject)}, directed by {L(kb, who)}, was in the "
                                 f"running for the {L(kb, aw)} at the {L(kb, target)}.",
                                 [f] + directed[:1])
    year_only = _none_in_year(kb, c, who, aw, kind_ok)
    if year_only is not None:
        return year_only
    # a person's whole record in the family, held complete, is complete at each edition too;
    # read so only at an edition the clause itself names (not the passage's)
    career = _stated_edition(kb, c) == target and kind_ok and e_who is not None \
        and e_who.type == "person" and not c.slots.get("subject_assumed") and kb.is_complete(
            "nominated_for", subject=who, qualifiers={"family": award_family(kb, aw)}) \
        and not _accepted_for_country(kb, who, pred, target, [])
    # (a country's prize counts as its director's only at the night the film was up: "Bong
    # Joon Ho was nominated at the 93rd" is decided by his record there)
    if career and not kb.is_complete("nominated_for", subject=who, qualifiers=tq):
        return _none_at(kb, c, who, target, award_family(kb, aw))
    if kb.is_complete("nominated_for", subject=who, qualifiers=tq):
        # (a nomination a film holds with the person among its recipients is theirs too:
        # "Prince of the City" for Adapted Screenplay, recipients Jay Allen, Sidney Lumet)
        noms = [f for f in kb.facts_involving(who, "nominated_for")
                if involves(f, who, kb) and f.qualifiers.get("ceremony") == target]
        names = ", ".join(L(kb, f.value).split(" for ")[-1] for f in noms)
        if not noms:   # "beating Denis Villeneuve", who had none that night
            return refuted(f"The KB's complete list of {L(kb, who)}'s nominations at the "
                           f"{L(kb, target)} holds none, so not the {L(kb, aw)}.", [])
        return refuted(f"{L(kb, who)}'s nominations at the {L(kb, target)} were: {names}; "
                       f"not the {L(kb, aw)}.", noms)
    if kind_ok and e_who is not None and not c.slots.get("subject_assumed") and (
            _stated_edition(kb, c) == target or c.slots.get("for_work")) \
            and kb.is_complete("nominated_for", object_entity=aw, qualifiers=tq):
        # the category's complete list of nominees that night, at a night the clause names
        # (or its work was up at), holds no one it is said of
        noms = [f for f in kb.facts(predicate="nominated_for", object_entity=aw)
                if f.qualifiers.get("ceremony") == target and not f.disputed]
        if noms and not any(involves(f, who, kb) for f in noms):
            by_film = expected_subject_type(kb, aw) == "film"   # Best Picture: the films
            names = ", ".join(dict.fromkeys(
                L(kb, x) for f in noms for x in (
                    [f.subject] if by_film else f.qualifiers.get("recipients") or [f.subject])
                if kb.entity(x) is not None))
            return refuted(f"The {L(kb, aw)} nominees at the {L(kb, target)} were {names}; "
                           f"not {L(kb, who)}.", noms[:5])
    return None


def _category_names(kb, aw: str) -> list[list[str]]:
    """The words of a category's names: its label without the show, and what its brackets
    say ("Best Production Design (Art Direction)": production design; art direction)."""
    label = fold(L(kb, aw)).lower()
    fam = fold(L(kb, award_family(kb, aw) or "")).lower().rstrip("s")
    label = label.split(" for ", 1)[1] if fam and label.startswith(fam) and " for " in label \
        else label
    names = [label.split("(")[0]] + [x.split(")")[0] for x in label.split("(")[1:]]
    out = []
    for n in names:
        words = [w for w in n.replace("-", " ").split() if w not in ("best", "award", "the")]
        if words:
            out.append(words)
    return out


def _none_at(kb, c, who: str, target: str, family: str) -> Optional[Verdict]:
    """A nomination at an edition where the person's complete record in the family has none
    (and no prize either): refuted, with the edition the work's nomination was at."""
    if any(involves(f, who, kb) and award_family(kb, f.value) == family
           and f.qualifiers.get("ceremony") == target
           for p in ("nominated_for", "award_received") for f in kb.facts_involving(who, p)):
        return None
    noms = sorted((f for f in kb.facts_involving(who, "nominated_for")
                   if involves(f, who, kb) and award_family(kb, f.value) == family
                   and _for_stated_work(c, f) and f.qualifiers.get("ceremony")),
                  key=lambda f: ceremony_year(kb, f.qualifiers["ceremony"]) or 0)
    where = ", ".join(dict.fromkeys(L(kb, f.qualifiers["ceremony"]) for f in noms))
    said = f"; the nomination for {L(kb, c.slots['for_work'])} was at the {where}" \
        if where and c.slots.get("for_work") else ""
    return refuted(f"The KB's complete record of {L(kb, who)}'s nominations holds none at the "
                   f"{L(kb, target)}{said}.", noms[:3] if said else [])


def _none_in_year(kb, c, who: str, aw: str, kind_ok: bool) -> Optional[Verdict]:
    """"Nominated for Best Director in 2021", the show named and only a year said: the year may
    be the night's or its films', so refuted only when the person's complete record in the
    family has nothing at the night held that year nor at the next one (its films' night)."""
    fam = award_family(kb, aw)
    year = c.slots.get("year")
    e_who = kb.entity(who)
    if not (year and fam and kind_ok and e_who is not None and e_who.type == "person") or \
            "year" not in (c.slots.get("stated") or ()) or "ceremony" in (
                c.slots.get("stated") or ()) or c.slots.get("family_assumed") or \
            c.slots.get("subject_assumed") or not kb.is_complete(
                "nominated_for", subject=who, qualifiers={"family": fam}):
        return None
    # (the show named in the clause itself, not read from the passage: "best director" alone
    # may be another show's category)
    if not any(x[0] == "entity" and x[2] and (x[2] == fam or award_family(kb, x[2]) == fam)
               for grp in c.slots.get("stated_slots") or () for x in grp):
        return None
    eds = ceremonies_of_family(kb, fam, year) + ceremonies_of_family(kb, fam, year + 1)
    if len(eds) != 2 or any(_accepted_for_country(kb, who, p, e, []) for e in eds
                            for p in ("nominated_for", "award_received")):
        return None
    if any(involves(f, who, kb) and award_family(kb, f.value) == fam
           and f.qualifiers.get("ceremony") in eds
           for p in ("nominated_for", "award_received") for f in kb.facts_involving(who, p)):
        return None
    return refuted(f"The KB's complete record of {L(kb, who)}'s nominations holds none at the "
                   f"{L(kb, eds[0])} (held in {year}) nor at the {L(kb, eds[1])} (for the "
                   f"films of {year}).", [])


def _stated_edition(kb, c) -> Optional[str]:
    """The edition the claim's own clause names (not one read from the passage)."""
    return _edition(kb, c.slots.get("ceremony")) if "ceremony" in (c.slots.get("stated") or ()) \
        else None


def _kin_categories(kb, a: str, b: str) -> bool:
    """The same category, or one a record may file it under: names that share their first
    word or where one begins the other ("Cinematography" and "Cinematography (Color)", "Sound
    Recording" and "Sound (Sound Mixing)", "Original Story" and "Original Screenplay")."""
    if a == b:
        return True
    if award_family(kb, a) != award_family(kb, b):
        return False
    return any(x[0] == y[0] for x in _category_names(kb, a) for y in _category_names(kb, b))


def _credited_by_name(kb, aw: str) -> bool:
    """Whether a category filed under its films names the people it honours on every
    nomination the KB holds (the writers of a screenplay prize, an editor, a composer), so a
    person's own record in it is complete. Not a show's top prize (the lexicon's
    `categories.top.of`: a best picture is loosely said to be its director's) nor a prize given to
    a country."""
    from ..claims.parse import lexicon
    top = (lexicon().categories.get("top") or {}).get("of") or {}
    if aw in COUNTRY_PRIZES or aw in set(top.values()):
        return False
    both = [_award_index(kb, p, aw) for p in ("nominated_for", "award_received")]
    return any(x.size for x in both) and all(x.all_named for x in both)


def _never_in_category(kb, c, who: str, aw: str, family: Optional[str],
                       pred: str) -> Optional[Verdict]:
    """"Glenn Close won Best Actress", naming no edition and no work: a person's whole record
    in the family, which the KB holds complete, has no such win (or nomination) at any
    edition. Only a person of the category's kind (a film's wins go through its ceremony)."""
    e_who = kb.entity(who)
    if e_who is None or e_who.type != "person" or not family \
            or award_family(kb, aw) != family:
        return None
    want = expected_subject_type(kb, aw)
    if want and want != "person" and not _credited_by_name(kb, aw):
        return None
    if any(c.slots.get(k) for k in ("ceremony", "year", "award_words", "works", "works_unknown",
                                    "for_work", "for_title", "subject_assumed", "rival")):
        return None
    if not kb.is_complete(pred, subject=who, qualifiers={"family": family}) \
            or _accepted_for_country(kb, who, pred, None, []):
        return None
    preds = ("award_received",) if pred == "award_received" else \
        ("nominated_for", "award_received")
    mine = [f for p in preds for f in kb.facts_involving(who, p)
            if _kin_categories(kb, f.value, aw) and involves(f, who, kb)]
    if mine:
        return None   # in the running for it (or a kin of it) somewhere: others decide
    noms = [f for f in kb.facts_involving(who, "nominated_for")
            if award_family(kb, f.value) == family and involves(f, who, kb)]
    won = [f for f in kb.facts_involving(who, "award_received")
           if award_family(kb, f.value) == family and involves(f, who, kb)]
    if pred == "award_received":
        had = (f"; {L(kb, who)}'s wins there: " + ", ".join(
            sorted({L(kb, f.value) for f in won}))) if won else ""
        return refuted(f"{L(kb, who)} never won the {L(kb, aw)} in the KB's complete record"
                       f"{had}.", (won or noms)[:3])
    return refuted(f"{L(kb, who)} was never nominated for the {L(kb, aw)} in the KB's complete "
                   f"record.", noms[:3])


@check("no_prize")
def no_prize(kb, c) -> Optional[Verdict]:
    y = c.slots["year"]
    nf = [f for f in kb.facts(subject="cannes-film-festival", predicate="not_awarded")
          if f.qualifiers.get("year") == y]
    if nf:
        return supported(f"No Palme d'Or was awarded in {y}: {nf[0].value}.", nf)
    if kb.is_complete("award_received", object_entity="palme-d-or", qualifiers={"year": y}):
        wins = _winners(kb, "palme-d-or", None, y)
        if wins:
            return refuted(f"Cannes awarded its top prize in {y}, to {_winner_names(kb, wins)}.",
                           wins)
    return None
