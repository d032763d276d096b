"""Checks of what a film's story tells (plot claims): where its characters go, marry, live and
come from, what they do to whom and what for, and how they are related. Each check judges
every slot the claim states against the KB's plot facts and the story's places; a slot the
facts do not tell leaves the claim open (`_slot_untold`), never refuted. Registered in
`checks.CHECKS` like the other families' checks."""
from __future__ import annotations

from copy import copy
from typing import Optional

from ..claims.context import description_roles, tie_in_description
from ..claims.parse import lexicon
from ..kb.places import ancestors, place_relation
from ..textutil import fold
from .checks import L, Verdict, _unknown, check, nei, refuted, supported
from .quantities import _within


@check("plot_place", "plot_event")
def plot(kb, c) -> Optional[Verdict]:
    if c.slots.get("unknown"):
        return _unknown(c)
    film, p, action = c.slots["subject"], c.slots["place"], c.slots.get("action")
    plots = kb.facts(subject=film, predicate="plot")
    if action == "marry":
        ev = [f for f in plots if f.qualifiers.get("action") == "marry"]
        if ev and (c.slots.get("at_start") or c.slots.get("at_end")):
            # "In the opening scene they marry in X": the story's wedding is told at no moment
            # of the film, and only the ending's facts say what the end is
            return _slot_untold(c, "when in the story it happens", ev[:1])
        # the story's wedding between the characters named (another pair's is another
        # wedding: neither its place nor its match says anything of it)
        who = set(c.slots.get("who") or ())
        weddings = ev
        ev = [f for f in ev if who <= set(f.qualifiers.get("agents") or ())]
        if weddings and not ev:
            # "Ani marries Igor": the story's wedding is another pair's; who marries is a
            # slot no fact tells, and no note speaks for it either
            return _slot_untold(c, "who marries whom", weddings[:1])
        if p is None:
            return supported(ev[0].value + ".", ev[:1]) if ev else None
        if ev:
            rel = place_relation(kb, ev[0].qualifiers.get("place"), p)
            if rel in ("same", "inside"):
                return supported(ev[0].value + ".", ev)
            if rel == "disjoint" and not c.slots.get("support_only"):
                return refuted(f"In the film the wedding is in {L(kb, ev[0].qualifiers['place'])}, "
                               f"not {L(kb, p)}: {ev[0].value}.", ev)
            if rel == "disjoint":
                # a place that may be the wedding's: not the story's wedding place, and no note
                # of the wedding speaks for it either
                return _slot_untold(c, "where the wedding is", ev[:1])
        return None
    if c.slots.get("at_start") and not c.slots.get("negated"):
        # "At the start, his parents fly to New York": a journey the story's facts tell at no
        # moment of the film is not said to open it
        who = set(c.slots.get("who") or ())
        told = [f for f in plots if f.qualifiers.get("action") in ("travel", "ending")]
        told = [f for f in told if who & set(f.qualifiers.get("agents") or ())] or told
        return _slot_untold(c, "when in the story it happens", told[:1])
    if action == "origin":
        return _journey(kb, c, plots, "origin", p)
    if action == "travel" and c.slots.get("route"):
        # "sends the henchmen through Coney Island": a place the journey passes, which the
        # story's places may hold; no journey's end says anything of it
        locs = kb.facts(subject=film, predicate="narrative_location")
        inside = [f for f in locs if place_relation(kb, f.value, p) in ("same", "inside")]
        return supported(f"The story of {L(kb, film)} takes place in {L(kb, p)}.",
                         inside[:2]) if inside else None
    if action == "travel" and c.slots.get("at_end"):
        v = _ending_journey(kb, c, plots, p)
        if v is not None:
            return v
    if action == "travel":
        # "the parents set out for the States": a journey of the story to a place inside it
        v = _journey(kb, c, plots, "destination", p)
        if v is not None:
            return v
        who = set(c.slots.get("who") or ())
        # (or, for an arrival, theirs: "Garnick and Igor arrive at the mansion in X" is told
        # of no place but the mansion)
        kinds = ("travel", "arrival") if c.slots.get("arrival") else ("travel",)
        theirs = [f for f in plots if f.qualifiers.get("action") in kinds
                  and who and who <= set(f.qualifiers.get("agents") or ())]
        if theirs and not _never_there(kb, c, film, p):
            # "Nikolai and Galina fly to Las Vegas": the story tells their journey, to
            # another place; that the story is in Las Vegas does not say they go there
            # (a place the story never goes to is judged below, as any journey's)
            return _slot_untold(c, "where they go", theirs[:1])
    locs = kb.facts(subject=film, predicate="narrative_location")
    if not locs:
        return None
    rels = [place_relation(kb, f.value, p) for f in locs]
    if any(r in ("same", "inside", "contains") for r in rels):
        inside = [f for f, r in zip(locs, rels) if r in ("same", "inside")]
        if inside and action == "travel" and c.slots.get("purpose_verbs"):
            return None   # the story is there; what the journey is for, the KB does not say
        if inside and action == "travel" and c.slots.get("back") and not c.slots.get("home"):
            return None   # "Ani returns to Las Vegas": the story is there, but a return is a
            # journey of its own, which no fact of the story tells ("goes home to X" says
            # where they live, which the story's places do tell)
        if inside:
            return supported(f"The story of {L(kb, film)} takes place in {L(kb, p)}.", inside[:2])
        return None
    travel = [f for f in plots if f.qualifiers.get("action") == "travel"]
    homes = [f for f in travel if f.qualifiers.get("origin") and place_relation(
        kb, f.qualifiers["origin"], p) in ("same", "inside", "contains")]
    who = set(c.slots.get("who") or ())
    if homes and (c.slots.get("back") or who & {a for f in homes for a in f.qualifiers.get("agents") or ()}
                  or (who and who <= _from_there(plots, homes))):
        # "the parents take him back to Russia", "Vanya flies to Moscow": the story is never
        # set there, but its people come from there (or every traveller is their family), and
        # a return home is a journey the KB does not list (and a note telling only the journey
        # out does not speak for it)
        return _slot_untold(c, "whether they go back", homes[:1])
    if kb.is_complete("narrative_location", subject=film) and all(r == "disjoint" for r in rels) \
            and not c.slots.get("support_only"):
        vals = {f.value for f in locs}
        tops = [v for v in vals if not any(a in vals for a in ancestors(kb, v)[1:])]
        where = " and ".join(sorted(L(kb, v) for v in tops))
        expl = f"The story of {L(kb, film)} never goes to {L(kb, p)}; it stays in {where}."
        if travel:
            expl += f" ({travel[0].value}.)"
        return refuted(expl, locs[:2] + travel[:1])
    return None


def _ending_journey(kb, c, plots: list, p: str) -> Optional[Verdict]:
    """"In the end Igor drives Ani to X": the story has one ending, and the KB's fact of it
    takes its people home (a word of `plot.returns` in its text); home is where the story's
    facts say they live (`lives_in`). A journey of every one of them at the end to a place
    inside that home is the ending's; to a place apart from it, refuted. None when the
    travellers are not all the ending's people, or the KB tells no home."""
    who = set(c.slots.get("who") or ())
    back = set((lexicon().section("plot").get("returns") or {}).get("words") or ())
    homeward = [f for f in plots if f.qualifiers.get("action") == "ending"
                and back & {w.strip(",.;:'\"()").lower() for w in f.value.split()}]
    endings = [f for f in homeward if who and who <= set(f.qualifiers.get("agents") or ())]
    if homeward and not endings and _never_there(kb, c, c.slots["subject"], p):
        return None   # a place the story never goes to: no journey of it, judged as any
    if homeward and who and not endings and not c.slots.get("negated"):
        # "in the end Toros drives her back to X": the story's one ending takes others home;
        # nor does the story's being in X say these travellers go there at the end
        return _slot_untold(c, "who makes the journey", homeward[:1])
    if homeward and not who and not c.slots.get("negated"):
        # "the film ends with ... driving her back to X", her no one named: a place apart from
        # every home of the ending's people is no journey the ending tells
        agents = {a for f in homeward for a in f.qualifiers.get("agents") or ()}
        homes = [f.qualifiers["lives_in"] for f in plots if f.qualifiers.get("lives_in")
                 and agents & set(f.qualifiers.get("agents") or ())]
        if homes and all(place_relation(kb, h, p) == "disjoint" for h in homes):
            return _slot_untold(c, "where the journey ends", homeward[:1])
        return None
    if not endings or c.slots.get("negated") or c.slots.get("purpose_verbs"):
        return None
    agents = set(endings[0].qualifiers.get("agents") or ())
    homes = [f for f in plots if f.qualifiers.get("lives_in")
             and agents & set(f.qualifiers.get("agents") or ())]
    if not homes:
        return None
    rels = [place_relation(kb, f.qualifiers["lives_in"], p) for f in homes]
    if any(r in ("same", "inside") for r in rels):
        return supported(f"{endings[0].value}; home is {L(kb, homes[0].qualifiers['lives_in'])}.",
                         endings[:1] + homes[:1])
    if all(r == "disjoint" for r in rels) and not c.slots.get("support_only"):
        return refuted(f"In the film's ending the drive is home, to "
                       f"{L(kb, homes[0].qualifiers['lives_in'])}, not {L(kb, p)}: "
                       f"{endings[0].value}.", endings[:1] + homes[:1])
    if all(r == "disjoint" for r in rels):
        # (a claim only ever confirmed: the ending's home is elsewhere, and the story's being
        # there does not speak for this journey)
        return _slot_untold(c, "where the journey ends", endings[:1] + homes[:1])
    return None


def _never_there(kb, c, film: str, p: str) -> bool:
    """Whether the story, whose places the KB holds in full, is never anywhere in or around
    place p (a journey there is then no journey of the story's, whoever makes it)."""
    locs = kb.facts(subject=film, predicate="narrative_location")
    return bool(locs) and not c.slots.get("support_only") \
        and kb.is_complete("narrative_location", subject=film) \
        and all(place_relation(kb, f.value, p) == "disjoint" for f in locs)


def _from_there(plots: list, homes: list) -> set:
    """The characters who come from a place: those whose journey starts there (`homes`) and
    their family, by the story's relation facts whose tie is one of the lexicon's
    `plot.family_ties` (not a godfather or a henchman)."""
    ties = set(lexicon().section("plot").get("family_ties") or ())
    people = {a for f in homes for a in f.qualifiers.get("agents") or ()}
    for f in plots:
        pair = (f.qualifiers.get("agents") or [])[:2]
        if f.qualifiers.get("action") == "relation" and f.qualifiers.get("relation") in ties \
                and len(pair) == 2 and people & set(pair):
            people |= set(pair)
    return people


def _journey(kb, c, plots: list, end: str, p: str) -> Optional[Verdict]:
    """A journey of the story whose `end` ("origin" or "destination") is the place p or inside
    it supports the claim; what the journey is for ("to celebrate the wedding"), when the
    sentence says it, is a slot the story's journey must tell."""
    went = [f for f in plots if f.qualifiers.get("action") == "travel" and f.qualifiers.get(end)
            and place_relation(kb, f.qualifiers[end], p) in ("same", "inside")]
    who = set(c.slots.get("who") or ())
    if went and who:
        # who makes the journey is a slot: the parents' flight to New York is no flight of
        # Igor's (the journey of others does not tell it; the claim is left open)
        theirs = [f for f in went if who <= set(f.qualifiers.get("agents") or ())]
        if not theirs:
            return _slot_untold(c, "who makes the journey", went[:1])
        went = theirs
    if went and c.slots.get("purpose_verbs"):
        told = [f for f in went if _purpose_told(c.slots["purpose_verbs"], f.value)]
        if not told:
            return _slot_untold(c, "what the journey is for", went[:1])
        went = told
    if went and c.slots.get("other_end"):
        # "fly from Armenia to New York": the journey's other end, stated too, must be the
        # story's (or one it does not tell)
        other, places = c.slots["other_end"]
        held = [f for f in went if not f.qualifiers.get(other) or any(
            place_relation(kb, f.qualifiers[other], x) in ("same", "inside") for x in places)]
        if not held:
            return _slot_untold(c, "where they come from" if other == "origin" else
                                "where they go", went[:1])
        went = held
    if went:
        return supported(went[0].value + ".", went[:1])
    return None


@check("plot_absence")
def absence(kb, c) -> Optional[Verdict]:
    """Who is already gone when others arrive ("upon reaching the mansion, they learn that
    Vanya has vanished"): the KB's fact of that arrival (`action: arrival`, its `agents` those
    who arrive) names who is there when they come (`present`). One of them said to be gone
    already is refuted; anyone else is left open."""
    comers = set(c.slots.get("arrivers") or ())
    for f in kb.facts(subject=c.slots["subject"], predicate="plot"):
        if f.qualifiers.get("action") != "arrival" or not comers \
                or not comers <= set(f.qualifiers.get("agents") or ()):
            continue
        if c.slots["who"] in set(f.qualifiers.get("present") or ()):
            return refuted(f"In the film {L(kb, c.slots['who'])} is there when they arrive: "
                           f"{f.value}.", [f])
    return None


@check("relation")
def relation(kb, c) -> Optional[Verdict]:
    film, x, y, rel = c.slots["subject"], c.slots["x"], c.slots["y"], c.slots["relation"]
    facts = [f for f in kb.facts(subject=film, predicate="plot")
             if f.qualifiers.get("action") == "relation"]
    words = lexicon().section("cast")
    implies, inverses = words.get("relation_implies") or {}, words.get("relation_inverses") or {}
    for f in facts:
        a, b = (f.qualifiers.get("agents") or [None, None])[:2]
        r = f.qualifiers.get("relation")
        told = {r, *(implies.get(r) or ())}   # "henchman": an employee too
        if (a, b) == (x, y) and rel in told or (b, a) == (x, y) and any(
                rel in (inverses.get(t) or ()) for t in told):
            return supported(f"In the film, {f.value}.", [f])
    if not c.slots.get("negated") and tie_in_description(kb, x, y, rel):
        # "Lulu is Ani's friend": the character's KB description tells the tie
        e = kb.entity(x)
        return supported(f"The KB describes {L(kb, x)}: {e.description}.", [])
    deed = (words.get("relation_deeds") or {}).get(rel)
    if deed and not c.slots.get("negated"):   # "Ani becomes Vanya's wife": the story's
        # wedding of the two (a denial is left open: a story's marriage may be undone)
        wed = [f for f in kb.facts(subject=film, predicate="plot")
               if f.qualifiers.get("action") == deed
               and {x, y} <= set(f.qualifiers.get("agents") or ())]
        if wed and x != y:
            return supported(f"In the film, {wed[0].value}.", wed[:1])
    if rel in (lexicon().section("cast").get("single_relations") or ()):
        # one holds this tie to someone ("Vanya's father"): the story's holder of it is
        # the only one, and a named other character is not it
        held = [f for f in facts if f.qualifiers.get("relation") == rel
                and (f.qualifiers.get("agents") or [None, None])[1:2] == [y]
                and (f.qualifiers.get("agents") or [None])[0] not in (None, x)]
        if len(held) == 1 and kb.entity(x) is not None:
            return refuted(f"In the film, {held[0].value}, not {L(kb, x)}.", held)
    return None


@check("character_role")
def character_role(kb, c) -> Optional[Verdict]:
    """What a character is said to be ("Igor, a henchman for the Zakharov family"): one of the
    roles the KB's description of the character gives, by its noun or a noun of one sense with
    it (`accounting.character_senses`), with every word of the phrase among the words that
    role is given with. Anything else is left open, never refuted: a description is loose,
    and the KB's is not the whole of what the character is."""
    who = c.slots["who"]
    e = kb.entity(who)
    if e is None or not getattr(e, "description", None):
        return None
    groups = [set(g) for g in lexicon().section("accounting").get("character_senses") or ()]

    def senses(w: str) -> set:
        return {w}.union(*[g for g in groups if w in g])
    noun = c.slots["noun"]
    for role, mods in description_roles(e.description):
        if role not in senses(noun):
            continue
        if all(any(senses(w) & (mods | {role}) for w in alts) for alts in c.slots["words"]):
            return supported(f"The KB describes {L(kb, who)}: {e.description}.", [])
    return _slot_untold(c, f"what {L(kb, who)} is", [])


@check("plot_lives")
def plot_lives(kb, c) -> Optional[Verdict]:
    if c.slots.get("unknown") or not c.slots.get("who"):
        return _unknown(c)
    film, who, p, where = (c.slots[k] for k in ("subject", "who", "place", "where"))
    # "a Brooklyn stripper": where she lives or where she works
    wheres = ("lives_in", "works_in") if where == "any" else (where,)
    facts = [f for f in kb.facts(subject=film, predicate="plot")
             if who in (f.qualifiers.get("agents") or [])]
    if c.slots.get("with") and not _companions_told(kb, film, who, c.slots):
        return None   # whom they live with ("with her grandmother"): the story does not say
    for f in facts:
        for w in wheres:
            if f.qualifiers.get(w) and place_relation(kb, f.qualifiers[w], p) in (
                    "same", "inside"):
                return supported(f"In the film, {f.value}.", [f])
    told = [f for f in facts if any(f.qualifiers.get(w) for w in wheres)]
    if told:
        # the story puts them elsewhere ("works at a Brooklyn club" of a Manhattan one): not
        # refuted (a story may move), and no note matching the other words speaks for it
        return _slot_untold(c, "where " + ("they live or work" if len(wheres) > 1 else
                                           "they " + wheres[0].split("_")[0].rstrip("s")), told)
    return None


_DOERS: dict = {}


def _fact_doers(kb, f) -> Optional[set]:
    """The agents a plot fact's own text makes the subject of its deed verb (`plot.deeds`):
    "Vanya pays Ani ...": Vanya. None when its parse does not say."""
    if f.id in _DOERS:
        return _DOERS[f.id]
    from ..nlp import parse
    verbs = {v for d in lexicon().section("plot").get("deeds") or ()
             if d["action"] == f.qualifiers.get("action") for v in d.get("verbs") or ()}
    doc = next(iter(parse([f.value])))
    subj = [c for t in doc if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX")
            for c in t.children if c.dep_ == "nsubj"]
    got = None
    if subj:
        # (a name the tagger took for a common noun, "Igor drives", is still a name)
        said = {fold(x.text) for s in subj for x in s.subtree if x.pos_ in ("PROPN", "NOUN")}
        got = {a for a in f.qualifiers.get("agents") or ()
               if any(fold(n) in said for n, _k in kb.aliases_of(a))} or None
    _DOERS[f.id] = got
    return got


def _company_told(kb, company: list, others: set) -> bool:
    """Whether the fact's people beyond those the claim names (`others`) are the company the
    claim counts ([count, noun] each: "two henchmen"): as many of them as the KB's
    descriptions give that role (a noun of one sense with it, `accounting.character_senses`),
    or as many as there are (a retelling may call the whole party by one of its roles: "a
    trio of goons")."""
    groups = [set(g) for g in lexicon().section("accounting").get("character_senses") or ()]

    def senses(w: str) -> set:
        return {w}.union(*[g for g in groups if w in g])
    for n, noun in company:
        playing = {x for x in others if (e := kb.entity(x)) is not None and any(
            role in senses(noun) for role, _m in description_roles(e.description or ""))}
        if n not in (len(playing), len(others)):
            return False
    return True


def _slot_untold(c, what: str, facts: list) -> Verdict:
    """Not enough info: the story's fact of this event tells another `what` than the clause.
    The claim is marked so that a note matching only the rest of the clause does not speak
    for it (slot `slot_untold`)."""
    c.slots["slot_untold"] = what
    if facts:
        return nei(f"The KB tells the event otherwise ({facts[0].value}); it does not say "
                   f"{what} as the sentence does.", facts)
    return nei(f"The KB does not say {what} as the sentence does.")


def _purpose_told(verbs: list[str], text: str) -> bool:
    """Whether a fact's text tells the purpose a clause states: one of its content verbs (a light
    verb, "have", "get", or a vague one of `plot.vague_purposes`, "deal with", tells nothing)
    is one of the text's words as the notes fold them, or of one sense with one
    (`plot.purpose_senses`: "end" and "annul" a marriage); a purpose of no content verb holds."""
    from ..claims.statements import _token

    def norm(w: str) -> set:
        kind, got = _token(w)
        return set(got[0]) if kind == "w" and got[0] else set()

    senses = [frozenset(g) for g in (lexicon().section("plot").get("purpose_senses") or ())]

    def sense(ws: set) -> set:
        return {i for i, g in enumerate(senses) for w in ws if w in g or norm(w) & norm_g[i]}

    norm_g = [set().union(*(norm(w) for w in g)) for g in senses]
    vague = frozenset(lexicon().section("plot").get("vague_purposes") or ())
    said = {w: norm(w) for w in verbs if w not in vague}
    told = set().union(*(norm(w.strip(",.;:'\"()").lower()) for w in text.split()))
    told_raw = {w.strip(",.;:'\"()").lower() for w in text.split()}
    content = {w: ws for w, ws in said.items() if ws}   # (a light verb tells nothing)
    return not content or any(ws & told or sense({w}) & sense(told_raw | told)
                              for w, ws in content.items())


def _spans_told(spans: list, words: set, text: str = "") -> bool:
    """Whether a fact's words state every span the claim does ("for a week": its unit, and its
    count when more than one: "two weeks" needs "two" or "2"), or the same length in another
    unit of `plot.span_days` ("for seven days" is "for a week")."""
    from ..claims.text import parse_number
    nums = {parse_number(w) for w in words} - {None}
    told = _span_lengths(text)
    for n, unit in spans:
        days = _days(n, unit)
        if days is not None and days in told:
            continue
        if unit not in words and unit + "s" not in words:
            return False
        if n not in (None, 1) and n not in nums:
            return False
        if n == 1 and unit + "s" in words and unit not in words:
            return False
    return True


def _days(n, unit: str):
    """A span's length in days, for the units `plot.span_days` counts exactly; else None."""
    per = (lexicon().section("plot").get("span_days") or {}).get(unit)
    return None if per is None or n is None else n * per


def _span_lengths(text: str) -> set:
    """The lengths in days of the spans a fact's text states ("for a week": 7): each unit of
    `plot.span_days`, counted by the number word before it ("a"/"an" is one)."""
    from ..claims.text import parse_number
    words = [w.strip(",.;:'\"()").lower() for w in text.split()]
    out = set()
    for i, w in enumerate(words):
        unit = w[:-1] if w.endswith("s") and _days(1, w[:-1]) is not None else w
        if i == 0 or _days(1, unit) is None:
            continue
        n = 1 if words[i - 1] in ("a", "an", "one") else parse_number(words[i - 1])
        if n is not None:
            out.add(_days(n, unit))
    return out


def _companions_told(kb, film: str, who: str, slots: dict) -> bool:
    """Whether one of the story's texts (a plot fact, a plot note) naming `who` tells the
    claim's verb ("lives") with every companion it states ("with her sister")."""
    from ..nlp import surface_forms
    verb = slots.get("verb") or ""
    forms = {fold(x) for x in surface_forms(verb) | {verb}}
    names = [fold(a) for a, _k in kb.aliases_of(who)]
    texts = [f.value for f in kb.facts(subject=film, predicate="plot")] + [
        f.value for f in kb.facts(subject=film, predicate="statement")
        if f.qualifiers.get("category") == "plot"]
    for t in texts:
        words = {w.strip(",.;:'\"()") for w in fold(t).split()}
        if words & forms and all(w in words for w in slots["with"]) \
                and any(n in words or " " in n and n in fold(t) for n in names):
            return True
    return False


def _manner_told(manner, text: str) -> bool:
    """Whether a fact's text tells every word of manner a deed's clause hangs on its verb
    ("drives her home"); the words of a return (`plot.returns`: "back", "home") are one."""
    back = set((lexicon().section("plot").get("returns") or {}).get("words") or ())
    words = {w.strip(",.;:'\"()").lower() for w in fold(text).split()}
    manner = set(manner)
    if manner & back and words & back:
        manner -= back   # "drives her back" is "drives her home"
    return manner <= words


def _contrary_beside(beside: list, f) -> bool:
    """Whether the fact's text does to a thing the contrary (`notes.contrary_deeds`) of what a
    verb coordinated with the claim's deed does to it ("keeps her ring" against the fact's
    "returns her wedding ring")."""
    from ..claims.note_conflicts import _note_doc, contrary_deeds
    told = [(n.head, n.lemma_.lower()) for n in _note_doc(f)
            if n.dep_ == "dobj" and n.head.pos_ == "VERB"]
    return any(o == obj and contrary_deeds({verb}, {v.lemma_.lower(), v.lower_})
               for verb, obj in beside for v, o in told)


def _things_told(things, text: str) -> bool:
    """Whether a fact's text names every word of the thing a deed is done to ("her wedding
    ring": wedding, ring)."""
    from ..nlp import surface_forms
    words = {w.strip(",.;:'\"()").lower() for w in fold(text).split()}
    return all(words & (surface_forms(t) | {t}) for t in things)


def _ending_doer(kb, c) -> Optional[Verdict]:
    """"In the end Toros drives Ani home": the story has one ending, and the KB's fact of it
    names who does this deed to whom (its doer: the subject of the deed's verb in its text).
    Another character doing it to the same people, in the same way (every word of manner the
    clause hangs on the verb, "home", "away", is in the fact's text; the words of a return,
    `plot.returns`, are one), is refuted."""
    by, done = set(c.slots["by"]), set(c.slots.get("who") or ())
    if not done or any((e := kb.entity(x)) is None or e.type != "character" for x in by):
        return None
    for f in kb.facts(subject=c.slots["subject"], predicate="plot"):
        if f.qualifiers.get("action") != c.slots["action"]:
            continue
        agents, doers = set(f.qualifiers.get("agents") or ()), _fact_doers(kb, f)
        if not doers or by & doers or not done <= agents - doers:
            continue
        if c.slots.get("things") and not _things_told(c.slots["things"], f.value):
            continue   # ("Toros returns her phone": not the ending's deed)
        if _manner_told(c.slots.get("manner") or (), f.value):
            return refuted(f"In the film's ending it is {' and '.join(sorted(L(kb, d) for d in doers))}"
                           f", not {' and '.join(sorted(L(kb, b) for b in by))}: {f.value}.", [f])
    return None


@check("plot_deed")
def plot_deed(kb, c) -> Optional[Verdict]:
    """A deed of the story ("they send a couple of henchmen"): the KB's plot fact of that
    action, with every character the claim names among its people and a purpose ("to annul the
    marriage") the fact names too. Refuted only by its sum, when the claim names the fact's own
    deal by its purpose or span ("pays her $10,000 to be his girlfriend for a week") and states
    another sum; otherwise never: the KB does not list a story's deeds in full."""
    if c.slots.get("unknown"):
        return _unknown(c)
    who, purpose = set(c.slots.get("who") or ()), c.slots.get("purpose") or []
    if c.slots.get("at_end") and c.slots.get("by"):
        v = _ending_doer(kb, c)
        if v is not None:
            return v
    if c.slots.get("doer_unnamed"):
        return None   # "the family pays her": a doer no fact's can be said to be
    if c.slots.get("journey_place"):
        # "in the end Igor drives her back to X": where to is a slot the deed's fact does not
        # tell; the ending's journey home does (as for the journey's own claim), else open
        if not c.slots.get("at_end") or c.slots.get("unknown"):
            return None
        journey = copy(c)
        journey.slots = dict(c.slots, place=c.slots["journey_place"],
                             who=sorted(set(c.slots.get("who") or ()) | set(c.slots.get("by") or ())))
        return _ending_journey(kb, journey, kb.facts(subject=c.slots["subject"],
                                                     predicate="plot"), journey.slots["place"])
    if c.slots.get("by"):
        if not c.slots.get("doer_is_agent"):
            return None   # who did it: the KB's facts name whom it was done to
        who |= set(c.slots["by"])   # a deed whose fact names its doer too ("pays")
    amount = c.slots.get("amount")
    untold, what, other_sum = [], "what it is done for", []
    for f in kb.facts(subject=c.slots["subject"], predicate="plot"):
        if f.qualifiers.get("action") != c.slots["action"] or not who <= set(
                f.qualifiers.get("agents") or ()):
            continue
        maybe = c.slots.get("doer_maybe")
        if maybe and maybe in set(f.qualifiers.get("agents") or ()) - who:
            untold.append(f)
            what = "who does it"
            continue   # "he sends Garnick and Igor" after Toros: one the fact has sent may
            # be who sends them here, which the fact does not say
        if c.slots.get("by") and c.slots.get("doer_is_agent"):
            doers = _fact_doers(kb, f)
            if doers is not None and not doers & set(c.slots["by"]):
                continue   # "Ani pays Vanya": the fact's payer is the other of its agents
        words = {w.strip(",.;:'\"()").lower() for w in f.value.split()}
        if purpose and not words.intersection(purpose):
            continue
        if c.slots.get("manner") and not _manner_told(c.slots["manner"], f.value):
            continue   # "drives him away": the fact's deed is done otherwise
        if c.slots.get("beside") and _contrary_beside(c.slots["beside"], f):
            untold.append(f)
            what = "what else is done"
            continue   # "drives her home and keeps her ring": the fact's ring is returned
        if c.slots.get("company") and not _company_told(
                kb, c.slots["company"],
                set(f.qualifiers.get("agents") or ()) - who - set(c.slots.get("by") or ())):
            untold.append(f)
            what = "how many are with them"
            continue   # "sends Toros and four henchmen": the fact's party is another size
        if c.slots.get("things") and not _things_told(c.slots["things"], f.value):
            untold.append(f)
            what = "what it is done to"
            continue   # "returns her phone": the fact's deed is done to another thing
        if c.slots.get("setting") and not set(c.slots["setting"]) <= words:
            untold.append(f)
            what = "where it happens"
            continue   # "arrive at the club": the fact's arrival is elsewhere
        if c.slots.get("at_start") and f.qualifiers.get("action") == "ending":
            untold.append(f)
            what = "when in the story it happens"
            continue   # "At the start Igor drives her home": the fact's deed is the ending's
        if c.slots.get("spans") and not _spans_told(c.slots["spans"], words, f.value):
            untold.append(f)
            what = "how long it lasts"
            continue   # "for a month": the fact's span is another
        if c.slots.get("purpose_verbs") and not _purpose_told(c.slots["purpose_verbs"], f.value):
            untold.append(f)
            continue   # "sent to celebrate the marriage": the fact's purpose is another
        if amount is not None and not (
                c.slots.get("currency") in (None, "USD") and f.qualifiers.get("amount")
                and _within(amount, float(f.qualifiers["amount"]), c.slots.get("hedge"), 0.02)):
            if f.qualifiers.get("amount") and c.slots.get("currency") in (None, "USD") \
                    and (purpose or c.slots.get("spans")) and not c.slots.get("rate"):
                other_sum.append(f)   # the fact's deal (its purpose or span told), another sum
            continue   # a sum the fact does not state: every slot must hold
        return supported(f"In the film, {f.value}.", [f])
    if other_sum and not c.slots.get("support_only"):
        f = other_sum[0]
        return refuted(f"In the film the sum is ${float(f.qualifiers['amount']):,.0f}, "
                       f"not ${amount:,.0f}: {f.value}.", [f])
    if untold:
        return _slot_untold(c, what, untold[:1])
    return None
