"""The plot family on the parse: what a film's characters do in its story, and where.

A cue of the lexicon's `plot.story` relations is a verb ("fly", "elope", "take", "marry",
"live", "dance at"); its frame is built from the parse as any frame is (`frames._verb_frame`),
with the relation's roles: the `mover` (the subject, a passive subject, or the one taken along:
"he takes her to Atlantic City"), the `place` it goes to or happens in, the `origin` it comes
from. These cues stay out of the lexicon's shared relations because their verbs state other
relations there ("took home the prize", "the award went to").

A frame is the story's only when its mover is: a character, a noun naming the story's people
(`plot.story_people`: "the newlyweds", "their marriage"), or a pronoun whose last person-like
name in the paragraph is a character ("He takes her to Atlantic City" after Ani and Vanya). A
real person who moves ("He took the film to Cannes") is not the story. The place is the KB
place in the role's phrase ("at a chapel in Las Vegas"); a place the KB lacks is still an
argument, and so is a mover the KB lacks: the claim is made and left open, never refuted.

A hedged sentence (a rumour: "Fans believe the studio trimmed it") that states an event
(`plot.rumour_events`) and no claim of any family is itself one claim, marked hedged: the KB's
silence never supports it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ..model import Claim, EntityRef
from .frames import (Filler, Frame, _modal, _negated, _prep_heads, _prep_objects, _verb_frame,
                     cleft_head, clause_of, conjuncts, contrast_head, subject_token)
from .arrivals import absence_claims, word_lemmas
from .cast import other_version
from .context import role_character
from .lexicon import Cue, Relation
from .parse import Arg, Parsed, lexicon
from .text import find_money

FAMILY = "plot"
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "everyone", "everybody"})
PLURAL = frozenset({"they", "them", "everyone", "everybody"})
POSSESSIVES = {"his": False, "her": False, "their": True}   # -> plural
KIND = {"travel": "plot_place", "origin": "plot_place", "marry": "plot_event",
        "lives_in": "plot_lives", "works_in": "plot_lives"}


def _section() -> dict:
    return lexicon().section("plot")


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[Cue]]:
    """First lemma -> the story cues it may start, longest first."""
    out: dict[str, list[Cue]] = {}
    for r in _section().get("story") or ():
        rel = Relation(r["name"], FAMILY, "plot", None,
                       tuple(sorted((r.get("roles") or {}).items())))
        for v in r.get("verbs") or ():
            words = tuple(v.lower().split())
            out.setdefault(words[0], []).append(Cue(words, False, rel))
    for lst in out.values():
        lst.sort(key=lambda c: -len(c.words))
    return out


def _a_rate(p: Parsed, m) -> bool:
    """The sum is a rate ("$1,000 a night", "$500 per hour"): its number has a noun of time or
    measure hung on it with "a" or "per"."""
    for t in p.doc:
        if t.like_num and m.start <= p.offset + t.idx < m.end:
            return any(c.dep_ in ("npadvmod", "prep") and (
                c.lower_ == "per" or any(d.dep_ == "det" and d.lower_ in ("a", "an", "per", "each")
                                         for d in c.children)) for c in t.children)
    return False


@lru_cache(maxsize=1)
def _rumour_events() -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for v in _section().get("rumour_events") or ():
        words = tuple(v.lower().split())
        out.setdefault(words[0], []).append(words)
    return out


@lru_cache(maxsize=1)
def _deeds() -> dict[str, str]:
    """A deed verb's lemma -> the action of the KB's plot facts it tells."""
    return {v: d["action"] for d in _section().get("deeds") or ()
            for v in [*(d.get("verbs") or ()), *(d.get("offers") or ()),
                      *(d.get("takes") or ()), *(d.get("particle_verbs") or {})]}


@lru_cache(maxsize=1)
def _deed_particles() -> dict:
    """A deed verb told only with a particle (`particle_verbs`: "gives back") -> the
    particle."""
    return {v: prt for d in _section().get("deeds") or ()
            for v, prt in (d.get("particle_verbs") or {}).items()}


@lru_cache(maxsize=1)
def _thing_deeds() -> frozenset:
    """The deeds that may be done to a thing (`things`: "returns her ring")."""
    return frozenset(d["action"] for d in _section().get("deeds") or () if d.get("things"))


@lru_cache(maxsize=1)
def _offer_verbs() -> frozenset:
    """Deed verbs that tell the deed as offered (`offers`: "offers her $15,000"): a deed only
    with a sum, and never refuted by another one."""
    return frozenset(v for d in _section().get("deeds") or () for v in d.get("offers") or ())


@lru_cache(maxsize=1)
def _taker_verbs() -> frozenset:
    """Deed verbs whose subject is the one the deed is done to (`takes`: "for $15,000, Ani
    agrees to be his girlfriend"): a deed only with a sum."""
    return frozenset(v for d in _section().get("deeds") or () for v in d.get("takes") or ())


@lru_cache(maxsize=1)
def _doer_deeds() -> frozenset:
    """The deeds whose KB facts name the doer among their agents too (`doer_is_agent`: "Vanya
    pays Ani": the payment's agents are both)."""
    return frozenset(d["action"] for d in _section().get("deeds") or ()
                     if d.get("doer_is_agent"))


@lru_cache(maxsize=1)
def _intransitive_deeds() -> frozenset:
    """The deeds whose verb takes no object (`intransitive`: "Garnick and Igor arrive"): its
    subject is whom the KB's fact names, and the nouns of the phrases on it ("at the mansion")
    where it is done, words the fact must tell too."""
    return frozenset(d["action"] for d in _section().get("deeds") or () if d.get("intransitive"))


@lru_cache(maxsize=1)
def _manner_deeds() -> frozenset:
    """The deeds whose words of manner ("home", "away") are a slot (`manner`)."""
    return frozenset(d["action"] for d in _section().get("deeds") or () if d.get("manner"))


@lru_cache(maxsize=1)
def cue_words() -> frozenset:
    """Every form of the first word of the family's cues, for the candidate gate."""
    from ..nlp import surface_forms
    words: set = set()
    for lemma in set(_cues()) | set(_rumour_events()):
        words |= surface_forms(lemma) | {lemma}
    for lemma in word_lemmas():   # "Vanya has vanished" when they arrive
        words |= surface_forms(lemma) | {lemma}
    return frozenset(words) | event_words()


@lru_cache(maxsize=1)
def free_words() -> frozenset:
    """Every form of `plot.ungated`: words that open a sentence with no name in it ("They
    marry in a chapel": a pronoun may stand for the story's people)."""
    from ..nlp import surface_forms
    words: set = set()
    for lemma in _section().get("ungated") or ():
        words |= surface_forms(lemma) | {lemma}
    return frozenset(words)


@lru_cache(maxsize=1)
def event_words() -> frozenset:
    """Every form of the deeds' verbs and the event nouns, for the candidate gate: they make
    a claim with no place or character named ("a bodyguard sent by his parents")."""
    from ..nlp import surface_forms
    words: set = set()
    for lemma in set(_deeds()) | set(_section().get("event_nouns") or ()):
        words |= surface_forms(lemma) | {lemma}
    return frozenset(words)


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, tuple]:
    """A participle of a cue's first word -> that word ("married" -> "marry")."""
    from ..nlp import surface_forms
    out: dict[str, set] = {}
    for lemma in set(_cues()):
        for form in surface_forms(lemma):
            if form != lemma:
                out.setdefault(form, set()).add(lemma)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _right(tok) -> set:
    """The words hanging on a verb after it (its particles, prepositions, objects)."""
    out = {c.lower_ for c in tok.children if c.i > tok.i}
    out |= {g.lower_ for c in tok.children if c.i > tok.i and c.dep_ in ("dobj", "prt", "acomp")
            for g in c.children}
    return out


def _match(tok, table: dict) -> Optional[object]:
    """The longest entry of `table` the verb completes (its lemma, then words after it)."""
    right = _right(tok)
    # (a participle tagged as an adjective keeps its own form as lemma: "married")
    for lemma in dict.fromkeys((tok.lemma_.lower(), tok.lower_, *_verb_forms().get(
            tok.lower_, ()))):
        for entry in table.get(lemma, ()):
            words = entry.words if isinstance(entry, Cue) else entry
            if all(w in right for w in words[1:]):
                return entry
    return None


def purpose_verbs(tok) -> list[str]:
    """The verbs of a verb's purpose clause ("fly in to have the marriage annulled": have,
    annul), as lemmas: what the deed or journey is for is a slot the clause states."""
    linking = set(_section().get("linking_purposes") or ())
    return sorted({x.lemma_.lower() for c in purpose_clauses(tok)
                   for x in c.subtree if x.pos_ == "VERB" and not (
                       x.lemma_.lower() in linking and _linked_noun(x))})


def purpose_clauses(tok) -> list:
    """A verb's purpose clauses: an infinitive on it ("pays her to be his girlfriend"), or one
    the parser hung on the object of its own preposition ("hires her for a week to be his
    wife": "to be" read as a relative clause of "week")."""
    def infinitive(c) -> bool:
        return any(a.tag_ == "TO" for a in c.children)
    out = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and infinitive(c)]
    out += [r for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
            for r in o.children if r.dep_ in ("relcl", "acl") and infinitive(r)]
    if tok.dep_ in ("relcl", "acl") and not out:
        # "follows Ani, a dancer who is hired by Igor (Jane Roe) to be his girlfriend": an
        # infinitive right after a relative clause, the parser hung on the verb before it
        # (as "follows ... to be"), is the purpose of the clause it follows
        doc, end = tok.doc, tok.right_edge.i + 1
        while end < len(doc) and doc[end].is_punct and doc[end].text not in ",;:.!?":
            end += 1
        x = doc[end] if end < len(doc) else None
        x = x.head if x is not None and x.tag_ == "TO" else None
        if x is not None and x.dep_ in ("advcl", "xcomp") and x.head.i < tok.i \
                and x.left_edge.i == end and infinitive(x):
            out.append(x)
    return out


def _after_copula(tok) -> bool:
    """Whether a verb is a participle completing a copula of `plot.copulas` ("get hitched",
    "were hitched": the copula its auxiliary)."""
    copulas = set(_section().get("copulas") or ())
    return tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in copulas
                                     for c in tok.children)


def _fronted_description_of(tok) -> list:
    """The subject a fronted description describes: `tok` a subject set off by a comma before
    another subject of the same verb ("A stripper from Brighton Beach, Ani meets ...")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    doc = tok.doc
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")
            and c.i > tok.right_edge.i and any(doc[i].text == "," for i in range(
                tok.right_edge.i + 1, c.left_edge.i))]


def _fronted_subject(p: Parsed, verb) -> list:
    """The subject the parser joined to the object of a phrase set before a verb that has none
    ("After a weekend in Vegas, Ani and Vanya marry": the names read as conjuncts of "Vegas"):
    the characters coordinated there after the phrase's comma, those and the ones joined to
    them."""
    for c in verb.children:
        if c.dep_ != "prep" or c.i > verb.i:
            continue
        for t in c.subtree:
            if t.dep_ == "conj" and t.i > 0 and p.doc[t.i - 1].text == "," \
                    and getattr(p.arg_at(t.i), "kind", None) == "character":
                return [x for x in conjuncts(t) if x.i >= t.i]
    return []


def _linked_noun(verb) -> bool:
    """Whether a verb of `plot.linking_purposes` links its subject to a noun ("to stay with
    him as his girlfriend", "to act as his escort"): the noun, not the verb, is the purpose."""
    return any(c.dep_ in ("attr", "oprd") or c.dep_ == "prep" and c.lower_ == "as" and any(
        o.dep_ == "pobj" for o in c.children) for c in verb.children)


def _verbs_of(cue) -> list:
    """The cue and the words its subject may hang on instead: for a participle after "get" or
    "be", the verb it completes; its auxiliaries ("the two get married", with "two" hung on
    "get")."""
    out = [cue] + ([cue.head] if cue.dep_ == "acomp" and cue.head.lemma_.lower() in set(
        _section().get("copulas") or ()) else [])
    return out + [c for v in out for c in v.children if c.dep_ in ("aux", "auxpass")
                  and c.i < cue.i]


def _misattached(p: Parsed, verb, c) -> bool:
    """Whether a child of a cue verb is a character the parser hung on it as a modifier ("Ani
    marries Vanya, the son of ...": Ani a compound of the verb, Vanya an adverb): a name
    is no modifier of a verb, so it is one of the verb's people."""
    a = p.arg_at(c.i)
    return verb.pos_ in ("VERB", "AUX") and c.dep_ in ("compound", "advmod", "npadvmod", "nmod",
                                                       "dep") \
        and a is not None and a.kind == "character" and a.entity is not None


def _span_nouns(p: Parsed, verb) -> list:
    """The time nouns of `plot.duration_units` under a "for" in a deed's own clause or its
    purpose ("hires her for a week", "pays her to be his girlfriend for two weeks")."""
    units = set(_section().get("duration_units") or ())
    mine = set(clause_of(verb, p.titles)) | {x.i for c in verb.children if c.dep_ in (
        "advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children) for x in c.subtree}
    return [p.doc[i] for i in sorted(mine) if p.doc[i].lemma_.lower() in units
            and p.doc[i].head.lower_ == "for" and p.doc[i].dep_ == "pobj"]


def _spans(p: Parsed, verb) -> list[list]:
    """How long the deed's own clause or its purpose says it lasts (`_span_nouns`): [count,
    unit] of each, a count of 1 for "a"/"an"/"one"."""
    from .text import parse_number
    out = []
    for t in _span_nouns(p, verb):
        num = next((c for c in t.children if c.dep_ == "nummod"), None)
        n = parse_number(num.text) if num is not None else (
            1 if any(c.lower_ in ("a", "an", "one") for c in t.children) else None)
        out.append([n, t.lemma_.lower()])
    return out


def _counted_company(toks) -> list:
    """The unnamed people a deed's phrases count ("sends Toros and two henchmen", "along with
    a couple of goons"): [count, noun] of each common noun among them and their conjuncts with
    a number on it, or counting an 'of' phrase by a noun `plot.quantity_sizes` sizes (the noun
    then the phrase's: "a pair of heavies": [2, heavy])."""
    from .text import parse_number
    sizes = _section().get("quantity_sizes") or {}
    out = []
    for x in {x.i: x for t in toks for x in conjuncts(t)}.values():
        if x.pos_ != "NOUN" or x.dep_ == "appos" or any(c.dep_ == "appos" for c in x.children):
            continue   # ("the two henchmen, Garnick and Igor": the count of the names set
            # beside it, who are named: `_counted_names`)
        num = next((c for c in x.children if c.dep_ == "nummod"), None)
        n, noun = (parse_number(num.text) if num is not None else None), x
        if num is None and x.lemma_.lower() in sizes:
            noun = next((o for c in x.children if c.dep_ == "prep" and c.lower_ == "of"
                         for o in c.children if o.dep_ == "pobj"), None)
            n = sizes[x.lemma_.lower()] if noun is not None else None
        if n is not None:
            out.append([int(n), noun.lemma_.lower()])
    return out


def _occurrence_places(tok) -> list:
    """The 'in'/'at' phrases of the verb an event noun is the subject of, when the verb tells
    where it happens (`plot.occurrence_verbs`: "Their marriage takes place in Reno")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    v = tok.head
    said = {v.lemma_.lower()} | {f"{v.lemma_.lower()} {c.lower_}" for c in v.children
                                 if c.dep_ in ("dobj", "prt")}
    said |= {f"be {v.lemma_.lower()}" for c in v.children if c.dep_ == "auxpass"}
    if not said & set(_section().get("occurrence_verbs") or ()):
        return []
    return [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]


def _journey_of(tok):
    """The journey noun an event noun ends ("their trip to Las Vegas ends in a wedding": trip):
    the subject of a verb of `plot.outcome_verbs` that the event noun is the object of (by one
    of `plot.outcome_preps`), when the subject is a noun of `plot.journey_nouns`; else None."""
    sec = _section()
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in set(
            sec.get("outcome_preps") or ()):
        return None
    v = prep.head
    if v.pos_ != "VERB" or v.lemma_.lower() not in set(sec.get("outcome_verbs") or ()):
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    # (the parser may read "Ani and Vanya's trip" as "Ani" and "Vanya's trip": the noun is
    # then the subject's conjunct)
    return next((t for t in conjuncts(subj)
                 if t.lemma_.lower() in set(sec.get("journey_nouns") or ())), None)


def _chain(tok) -> list:
    """A noun and every noun coordinated after it, however the parser chained them ("Garnick,
    Igor and Vanya": Vanya hung on Igor)."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return sorted(out, key=lambda t: t.i)


def _counted_names(p: Parsed, toks) -> list:
    """The counts a deed's people give the names set beside them ("the two henchmen, Garnick
    and Igor"): each number on a noun with names in apposition that counts them exactly (the
    sentence itself says it; another count is left for the slot accounting to name)."""
    from .text import parse_number
    out = []
    for x in {x.i: x for t in toks for x in conjuncts(t)}.values():
        num = next((c for c in x.children if c.dep_ == "nummod"), None)
        names = [n for c in x.children if c.dep_ == "appos" for n in _chain(c)
                 if getattr(p.arg_at(n.i), "kind", None) == "character"]
        if x.pos_ == "NOUN" and num is not None and names \
                and parse_number(num.text) == len(names):
            out.append(len(names))
    return out


def _beside_deeds(tok) -> list:
    """[verb lemma, object lemma] of each verb coordinated with a deed's verb that takes a
    common noun as its direct object ("drives her home and keeps her ring": keep, ring)."""
    verbs = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    return [[v.lemma_.lower(), o.lemma_.lower()] for v in verbs for o in v.children
            if o.dep_ == "dobj" and o.pos_ == "NOUN"]


def _wished(tok) -> bool:
    """Whether a cue is what someone asks or wants done, not what is done: an infinitive
    hanging on a verb of `plot.wish_verbs` ("begs her to get married", "wants to marry her")."""
    wish = set(_section().get("wish_verbs") or ())
    return tok.dep_ in ("xcomp", "advcl", "ccomp") and tok.head.lemma_.lower() in wish \
        and any(c.tag_ == "TO" for c in tok.children)


def _ending_phrase(prep, moment: str = "ending_phrases") -> bool:
    """Whether a preposition's phrase sets its clause at the story's ending ("in the end",
    "at the conclusion", "in the final scene": `plot.ending_phrases`), or with `moment`
    "opening_phrases" at its start ("at the start", "in the first scene")."""
    return any(o.dep_ == "pobj" and _moment_noun(o, moment) for o in prep.children)


def _moment_noun(o, moment: str = "ending_phrases") -> bool:
    """Whether a noun names the story's ending ("the end", "the final scene", "the ending of
    the film": `plot.ending_phrases`), or with `moment` "opening_phrases" its start; not the end
    of something else ("the end of the night")."""
    e = _section().get(moment) or {}
    whole = set(_section().get("story_frames") or ())
    if any(c.dep_ == "prep" and c.lower_ == "of" and not any(
            g.dep_ == "pobj" and g.lemma_.lower() in whole
            for g in c.children) for c in o.children):
        return False   # "at the end of the night": the end of something else than the story
    lemma = o.lemma_.lower()
    if lemma in set(e.get("nouns") or ()):
        return True
    return lemma in set(e.get("scene_nouns") or ()) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in set(e.get("last_words") or ())
        for c in o.children)


def _at_end(tok, moment: str = "ending_phrases") -> bool:
    """Whether a deed is said of the story's ending: an ending phrase on its verb, or on the
    verb its clause is coordinated with ("In the end Igor drives her home and ..."); with
    `moment` "opening_phrases", of its start ("At the start Igor drives her home")."""
    v = tok
    while True:
        if any(c.dep_ == "prep" and _ending_phrase(c, moment) for c in v.children):
            return True
        if _ending_clause(v, moment):
            return True
        if v.dep_ == "relcl" and v.head.pos_ == "NOUN" and _moment_noun(v.head, moment):
            return True   # "the hidden ending, in which Ani flies home": the ending's deed
        gov = _phrase_governor(v)
        if gov is not None and _story_verb(gov, moment):
            return True   # "Anora ends after Igor's drive ...", "ends ... after driving her home"
        if gov is not None:
            v = gov   # "ends with Igor returning her ring after driving her home": a deed in
            continue  # a phrase on another deed's verb is said of that deed's moment
        if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX"):
            return False
        v = v.head


def _phrase_governor(v):
    """The verb a gerund with no subject of its own is the phrase of, through its preposition
    ("returning her ring after driving her home": returning); None for any other verb."""
    if v.tag_ != "VBG" or v.dep_ != "pcomp" or v.head.dep_ != "prep" \
            or v.head.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    return v.head.head


def _ending_clause(v, moment: str = "ending_phrases") -> bool:
    """Whether a verb's clause is what the film or its story ends on: an adverbial clause
    ("The film closes as Igor drives her home") or the 'with' phrase ("Anora ends with Igor
    driving her home") of a verb of the moment's `verbs`, whose subject is a noun of
    `plot.story_frames` or a proper name (the film's title)."""
    if v.dep_ in ("ccomp", "xcomp") and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and _moment_noun(c, moment)
            for c in v.head.children):
        return True   # "The ending finds Igor driving her home", "the final scene has him
        # drive her home": the clause its subject, the ending, shows
    if v.dep_ == "advcl":
        gov = v.head
    elif v.dep_ == "pcomp" and v.head.lower_ == "with" and v.head.dep_ == "prep":
        gov = v.head.head
    else:
        return False
    return _story_verb(gov, moment)


def _story_verb(gov, moment: str = "ending_phrases") -> bool:
    """Whether a verb is one of the moment's `verbs` said of the film or its story ("Anora
    ends", "the film closes"): its subject a noun of `plot.story_frames` or a proper name."""
    e = _section().get(moment) or {}
    lemma = gov.lemma_.lower()
    up = any(c.dep_ == "prt" and c.lower_ == "up" for c in gov.children)
    if lemma not in set(e.get("verbs") or ()) or lemma in set(e.get("verbs_up") or ()) \
            and not up or lemma in set(e.get("verbs_not_up") or ()) and up:
        return False
    whole = set(_section().get("story_frames") or ())
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in whole or c.pos_ == "PROPN")
               for c in gov.children)


ASIDES = frozenset({"appos", "relcl", "acl", "punct"})


def _edge(tok, side: int) -> int:
    """The first (side -1) or last (side 1) token of a noun's phrase without its asides (an
    apposition, a relative clause, a participle)."""
    kids = [c for c in tok.children if c.dep_ not in ASIDES and (c.i - tok.i) * side > 0]
    if not kids:
        return tok.i
    return min(c.left_edge.i for c in kids) if side < 0 else max(c.right_edge.i for c in kids)


def _denied(p: Parsed, cue) -> bool:
    """Whether a clause after the cue denies it ("..., which never happens", "..., which is
    false"): its subject is a relative or demonstrative pronoun, and it is a negated event
    verb or a copula with a word of untruth (`plot.denials`), and it hangs in the cue's
    own phrase."""
    d = _section().get("denials") or {}
    verbs, words = set(d.get("verbs") or ()), set(d.get("words") or ())
    mine = {t.i for t in cue.subtree}
    for t in p.doc[cue.i + 1:]:
        if t.i not in mine and t.head.i not in mine:
            continue   # a clause about something else ("..., and a wedding that never happens")
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that", "this")
                   for c in t.children):
            continue
        if t.lemma_.lower() in verbs and any(
                c.dep_ == "neg" or c.lower_ in ("never", "not") for c in t.children):
            return True
        if t.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words
                                    for c in t.children):
            return True
    return False


class PlotReader:
    def __init__(self, kb, resolver, text: str):
        self.kb, self.res, self.text = kb, resolver, text
        self._para_start: dict[int, int] = {}
        for s in resolver.sentences:
            self._para_start.setdefault(s.paragraph, s.start)

    def _default_film(self, p: Parsed) -> Optional[str]:
        """The film a story sentence that names no character is about: the sentence's, else
        the piece's main film, unless the sentence itself names a film the KB lacks ("In the
        2019 film Velvet Harbors, the couple marry in Reno": that film's couple)."""
        s = p.sentence
        got = self.res.film(s)
        if got is None and not self.res._unknown_in(s.start, s.end):
            got = self.res.main_film
        return got

    # -- the story's frames ----------------------------------------------------------------
    def frames(self, p: Parsed) -> list[Frame]:
        out = []
        for tok in p.doc:
            # a cue the tagger took for a noun heading the sentence ("the two elope to X"), or
            # heading a clause coordinated with a verb's (", and the two marry in X": only a
            # verb is coordinated with a verb, so the word is its clause's verb)
            misread = tok.pos_ == "NOUN" and (tok.dep_ == "ROOT" or tok.dep_ == "conj"
                                              and tok.head.pos_ in ("VERB", "AUX"))
            # a participle the tagger took for an adjective after "get" or "be" ("the two get
            # married in Las Vegas"): the verb, said of the subject of the one it completes
            predicate = tok.pos_ == "ADJ" and tok.dep_ == "acomp" \
                and tok.head.lemma_.lower() in set(_section().get("copulas") or ()) \
                and not any(c.tag_ == "TO" for c in tok.head.children)   # (not "to get ...")
            if tok.pos_ not in ("VERB", "AUX") and not misread and not predicate:
                continue
            cue = _match(tok, _cues())
            if cue is None or cue.words[0] in set(_section().get("participle_cues") or ()) \
                    and not (predicate or _after_copula(tok)):
                continue   # ("hitches a ride": only "get hitched" is a wedding)
            f = _verb_frame(p, tok, cue)
            if predicate:   # "never got married", "would be married": the verb it completes
                f.negated = f.negated or _negated(tok.head)
                f.irrealis = f.irrealis or _modal(tok.head)
            if any(c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children)
                   for c in tok.children):
                f.negated = not f.negated   # "never got married": the negation on its auxiliary
            if _wished(tok) or other_version(tok):
                f.irrealis = True   # (a wish; a scene of another cut: "in a deleted scene")
            # a word of a cue of several words is the cue's, no argument of it ("tie the knot":
            # the knot is no one who marries)
            own = {c.i for c in tok.children if c.lower_ in cue.words[1:]}
            for role in f.roles:
                f.roles[role] = [x for x in f.roles[role] if x.token not in own]
            if predicate:
                # "On a trip to Reno, the two get married on a whim": the copula's phrases
                # are the event's too (the participle completes it); a role it leaves empty
                # is filled from them
                for word in dict.fromkeys(c.lower_ for c in _prep_heads(tok.head)
                                          if c.i not in p.titles):
                    role = cue.relation.role(word)
                    if role and role != "mover" and not f.roles.get(role):
                        got = [o for o in _prep_objects(tok.head, word)
                               if not (tok.left_edge.i <= o.i <= tok.right_edge.i)]
                        if got:
                            f.roles[role] = [Filler(o.i, p.arg_at(o.i)) for o in got]
            movers = f.roles.setdefault("mover", [])
            # "the heir ..., and their marriage is carried off": a second subject the parser
            # did not coordinate is a mover too, and so is one it hung on an auxiliary
            for c in [c for v in _verbs_of(tok) for c in v.children]:
                if (c.dep_ in ("nsubj", "nsubjpass") or misread and c.i < tok.i and c.dep_ in (
                        "nummod", "compound", "amod", "nmod") or _misattached(p, tok, c)) and all(
                            x.token != c.i for x in movers):
                    movers.append(Filler(c.i, p.arg_at(c.i)))
            if not movers and not any(c.dep_ in ("nsubj", "nsubjpass") for v in _verbs_of(tok)
                                      for c in v.children):
                movers += [Filler(x.i, p.arg_at(x.i)) for x in _fronted_subject(p, tok)]
            if tok.dep_ == "relcl" and not f.roles.get("place"):
                # "the heir who marries Ani in Las Vegas": the parser hangs a role's preposition
                # right after a relative clause on the noun the clause is said of
                nxt = tok.right_edge.i + 1
                while nxt < len(p.doc) and p.doc[nxt].is_punct and p.doc[nxt].text in ")]":
                    nxt += 1
                c = p.doc[nxt] if nxt < len(p.doc) else None
                heads = {tok.head.i} | ({tok.head.head.i} if tok.head.dep_ == "appos" else set())
                if c is not None and c.dep_ == "prep" and c.head.i in heads \
                        and cue.relation.role(c.lower_) == "place":
                    f.roles["place"] = [Filler(o.i, p.arg_at(o.i)) for o in c.children
                                        if o.dep_ == "pobj"]
            rel = tok.head if tok.dep_ == "acomp" and len(_verbs_of(tok)) > 1 else tok
            if rel.dep_ == "relcl" and any(c.lower_ == "where" for c in rel.children) \
                    and cue.relation.role("in") == "place":
                # "Atlantic City, where they marry (in a chapel)": the place is the noun the
                # clause hangs on
                f.roles.setdefault("place", []).insert(0, Filler(rel.head.i,
                                                                 p.arg_at(rel.head.i)))
            elif rel.dep_ in ("ccomp", "advcl") and rel.head.lemma_ == "be" \
                    and any(c.lower_ == "where" and c.dep_ == "advmod" for c in rel.children) \
                    and cue.relation.role("in") == "place":
                # "Brighton Beach is where Ani lives": the place is the copula's subject
                subj = next((c for c in rel.head.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    f.roles.setdefault("place", []).insert(0, Filler(subj.i, p.arg_at(subj.i)))
            there = next((c for c in tok.children if c.dep_ == "advmod"
                          and c.lower_ in ("there", "here")), None)
            if there is not None and not f.roles.get("place") \
                    and cue.relation.role("in") == "place":
                # "whisks her off to Atlantic City and marries her there": the place adverb
                # stands for the last place the sentence named before it; one it cannot bind
                # is a place the clause states that no one can look up (no place-less claim)
                # (the last phrase before it that may name a place: a preposition's object or
                # a place; "meets him at a club and marries him there" is the club, no place
                # the KB knows: the claim is left open, never a wedding placed nowhere)
                heads = {a.head: a for a in p.args if a.kind == "place" and a.last <= there.i}
                last = max([t.i for t in p.doc[:there.i] if t.dep_ == "pobj"] + list(heads),
                           default=None)
                place = None if last is None else heads.get(last) or self._place(p, p.doc[last])
                at = p.offset + there.idx
                place = replace(place, first=there.i, last=there.i + 1, head=there.i) \
                    if place is not None else Arg(at, at + len(there.text),
                                                  f'the place "{there.text}" means', "place",
                                                  None, there.i, there.i + 1, there.i)
                f.roles["place"] = [Filler(there.i, place)]
                f.proform = there.i
            if _denied(p, tok):
                f.negated = not f.negated
            for fl in list(f.roles.get("place") or ()):
                # "married to Vanya", "wed at a chapel": a character in a place role is whom
                # one marries, a mover of the wedding
                a = self._mover(p, fl) if fl.arg is not None else None
                if isinstance(a, Arg) and a.kind == "character":
                    f.roles["place"].remove(fl)
                    f.roles["mover"].append(fl)
            out.append(f)
        return out

    def sentence_claims(self, p: Parsed, hedged: bool) -> list[Claim]:
        default = self._default_film(p)
        out = []
        for f in self.frames(p):
            if f.irrealis or f.record:
                continue
            action = f.relation.name
            movers = [m for m in (self._mover(p, self._antecedent(p, fl))
                                  for fl in f.roles.get("mover", ())) if m is not None]
            # the characters' film over the sentence's; but where the sentence's film is not
            # safe to name (a film the KB lacks came in between), a pronoun may be that film's
            named = any(isinstance(m, Arg) and m.kind == "character" for m in movers)
            film = (self._story_film(p, f, movers) if named or default else None) or default
            if film is None:
                continue
            if not movers:
                if action in ("lives_in", "works_in"):
                    out += self._life(p, f, hedged)
                elif action == "travel":
                    out += self._production(p, f, film, hedged)
                continue
            who = next((m for m in movers if isinstance(m, Arg) and m.entity), None)
            unknown = next((m for m in movers if isinstance(m, Arg) and not m.entity), None)
            if action in ("lives_in", "works_in") and who is None and unknown is None:
                continue   # where "the couple" lives: no one the KB can look up
            if action == "marry" and not any(self._role_place(p, f, t)
                                             for fl in f.roles.get("place", ())
                                             for t in conjuncts(p.doc[fl.token])):
                out += self._wedding(p, f, film, hedged)
                continue
            roles = ("place", "origin", "route")
            found = []
            for role in roles:
                for fl in f.roles.get(role, ()):
                    for t in conjuncts(p.doc[fl.token]):
                        if t.i != f.cue and _match(t, _cues()) is not None and any(
                                c.dep_ == "prep" for c in t.children):
                            continue   # "works at a club and lives in X": a story verb the
                            # tagger took for a noun coordinated with the place is no place
                        place = self._role_place(p, f, t)
                        if place is None:
                            continue
                        # (where one arrives, "arrive in New York", is the journey's end)
                        kind_action = "origin" if role == "origin" else (
                            "travel" if action == "origin" else action)
                        found.append((place, kind_action, role == "route"))
            arrived = action == "origin"
            for place, kind_action, route in found:
                c = self._claim(p, f, film, movers, place, kind_action, who, unknown, hedged)
                if route:
                    # "through Coney Island": the story passes there, a journey ends nowhere
                    # there; a place the story never goes to is not judged by it either (it
                    # may be on the way between two of the story's places)
                    c.slots.update(route=True, support_only=True)
                    out.append(c)
                    continue
                if arrived and kind_action == "travel":
                    c.slots["arrival"] = True   # "arrive at the mansion in X": an arrival
                if action == "marry":
                    # "They married in Moscow" after "Vanya's parents are old-fashioned.":
                    # the people the pronoun stands for are who marries
                    c.slots["who"] = sorted(set(c.slots["who"]) | self._pronoun_people(
                        p, f.roles.get("mover", ())))
                if action == "travel":
                    # the journey's other end the clause states ("fly from Armenia to New
                    # York"): a slot of each end's claim, which the story's journey must hold
                    other = "travel" if kind_action == "origin" else "origin"
                    ends = [x.entity for x, k, r in found if k == other and x.entity and not r]
                    if ends:
                        c.slots["other_end"] = ("destination" if other == "travel" else
                                                "origin", ends)
                out.append(c)
        out += self._deed_claims(p, hedged)
        out += self._event_noun_claims(p, hedged)
        out += self._description_claims(p, hedged)
        out += absence_claims(self, p, hedged)
        return out

    def _role_characters(self, film: Optional[str], word: str) -> list:
        """The characters of a film's story (those its plot facts name) whose KB description
        gives them the role a noun names, or a noun of one sense with it
        (`accounting.character_senses`: "goons" are henchmen)."""
        from .context import description_roles
        groups = [set(g) for g in lexicon().section("accounting").get("character_senses") or ()]
        senses = {word}.union(*[g for g in groups if word in g])
        people = {a for f in self.kb.facts(subject=film, predicate="plot")
                  for a in f.qualifiers.get("agents") or ()} if film else set()
        return sorted(x for x in people if (e := self.kb.entity(x)) is not None and any(
            role in senses for role, _m in description_roles(e.description or "")))

    def _arrivers_word(self, p: Parsed, tok) -> list:
        """The characters a noun or plural pronoun arriving stands for: a role noun's
        (`_role_characters`: "the henchmen"); for "they", those of the last role noun the
        paragraph names before it that some characters of the story hold. [] otherwise."""
        from ..nlp import surface_forms
        film = self._default_film(p)
        if tok.pos_ == "NOUN":
            return self._role_characters(film, tok.lemma_.lower())
        if tok.lower_ not in PLURAL:
            return []
        groups = [g for g in lexicon().section("accounting").get("character_senses") or ()]
        # (and the plural of a noun in "-man": "henchmen")
        forms = {f: w for g in groups for w in g for f in surface_forms(w) | {w} | (
            {w[:-3] + "men"} if w.endswith("man") else set())}
        start = self._para_start.get(p.sentence.paragraph, 0)
        before = self.text[start:p.offset + tok.idx].lower().split()
        for w in reversed(before):
            w = w.strip(",.;:!?'\"()")
            if w in forms:
                got = self._role_characters(film, forms[w])
                if got:
                    return got
        return []

    # -- deeds, events and descriptions the KB's plot facts name -----------------------------
    def _person(self, p: Parsed, i: int):
        """The story person token i names: a character's Arg, True for a story noun or a
        pronoun the story stands behind, an Arg without entity for a name the KB lacks, None
        for no one of the story. "a couple of henchmen": the henchmen; "Anora" read as the
        film in a story phrase: its title character."""
        tok = p.doc[i]
        quantities = set(_section().get("quantity_nouns") or ())
        if tok.lemma_.lower() in quantities or tok.like_num:
            part = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for o in c.children if o.dep_ == "pobj"), None)
            if part is not None:
                tok = part
        if tok.lower_ in POSSESSIVES and tok.dep_ == "poss":
            return True if self._story_here(p, tok.i, plural=POSSESSIVES[tok.lower_]) else None
        a = p.arg_at(tok.i)
        if a is not None and a.kind == "film" and a.entity:
            got = self.kb.entities_by_name(self.kb.label(a.entity), type="character")
            return replace(a, kind="character", entity=got[0].id) if len(got) == 1 else None
        return self._mover(p, Filler(tok.i, a))

    def _film_of(self, p: Parsed, cue: int, people) -> Optional[str]:
        """The film whose story a deed or event is: its characters', else the sentence's; a
        film the KB keeps no story of gives way to the piece's main film when the sentence
        names none ("Baker's Cinderella story about a dancer. ... a bodyguard sent by ...")."""
        default = self._default_film(p)
        main = self.res.main_film
        if default != main and main and not self.kb.facts(subject=default, predicate="plot") \
                and not any(a.kind in ("film", "work") for a in p.args):
            default = main
        named = any(isinstance(m, Arg) and m.kind == "character" for m in people)
        return (self._story_film_at(p, cue, people) if named or default else None) or default

    def _deed_claims(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"They send a couple of henchmen", "a bodyguard sent by his parents to annul the
        marriage": a deed of `plot.deeds` done by and to the story's people; a claim the KB's
        plot fact of that action may support (never refute: the KB lists no deed in full)."""
        out, doc = [], p.doc
        for tok in doc:
            action = _deeds().get(tok.lemma_.lower())
            if action is None or tok.pos_ not in ("VERB", "AUX") or _modal(tok) \
                    or _negated(tok) or _wished(tok) or other_version(tok):
                continue   # ("refuses to pay her": a refusal, not the deed; "in the alternate
                # ending Toros drives her home": another cut's story, not the film's)
            need = _deed_particles().get(tok.lemma_.lower())
            if need and not any(c.dep_ in ("prt", "advmod") and c.lower_ == need
                                for c in tok.children):
                continue   # ("gives her a ring": no giving back)
            if any(c.dep_ == "prep" and self._place(p, c) is not None for c in tok.children):
                continue   # "sends him to Moscow": a journey (`story`)
            # "drives her back to X": a journey's place, which the journey's claim judges
            bound = [a.entity or a.text for c in tok.children if c.dep_ in ("advmod", "prt")
                     for g in c.children if g.dep_ == "prep"
                     and (a := self._place(p, g)) is not None]
            # a sum the deed's own clause states ("pays her $15,000", "hires her for $10,000"):
            # the deed's amount, not one it is done to
            # the deed's clause and its purpose ("hires her to be his girlfriend for $10,000":
            # the sum hangs in the purpose clause), not a clause coordinated with it
            mine = {p.offset + doc[i].idx for i in clause_of(tok, p.titles)} | {
                p.offset + x.idx for c in purpose_clauses(tok) for x in c.subtree}
            sums = [m for m in find_money(p.sentence.text, p.sentence.start)
                    if any(m.start <= x < m.end for x in mine)]
            offered = tok.lemma_.lower() in _offer_verbs()
            taken = tok.lemma_.lower() in _taker_verbs()
            if (offered or taken) and not sums:
                continue   # "offers her a job", "agrees to marry him": no deal the story's
                # payment tells
            done = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative")
                    and not any(m.start <= p.offset + c.idx < m.end for m in sums)]
            # "drives Ani home", parsed with the name a compound of "home": the name is whom
            # it is done to, "home" (a word of `plot.returns`) how
            homeward = set((_section().get("returns") or {}).get("words") or ())
            manner = {t.lower_ for t in done if t.lower_ in homeward and any(
                getattr(p.arg_at(c.i), "kind", None) == "character" for c in t.children
                if c.dep_ == "compound")}
            done = [next((c for c in t.children if c.dep_ == "compound"), t)
                    if t.lower_ in manner else t for t in done]
            by = [o for c in tok.children if c.dep_ == "agent" for o in c.children
                  if o.dep_ == "pobj"]
            by += [c for c in tok.children if c.dep_ == "nsubj"]
            shared = None
            if not by and tok.dep_ == "conj" and not any(
                    c.dep_ in ("nsubjpass", "csubj") for c in tok.children):
                # "Toros hosts a party and pays her": the doer a conjunct shares (a slot the
                # claim judges, though its words are the other clause's)
                subj = subject_token(tok)
                if subj is not None and subj.dep_ == "nsubj":
                    by.append(subj)
                    shared = subj.i
            gov = _phrase_governor(tok)
            if not by and gov is not None and action in _doer_deeds() \
                    and not _story_verb(gov) and not _story_verb(gov, "opening_phrases"):
                # "Toros returns her ring after driving her home": the gerund's doer is the
                # subject of the verb its phrase is on (a slot the fact's doer must hold): that
                # verb's own, not one it inherits ("Anora wraps up, returning ... after
                # driving her": the film is no doer)
                subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
                if subj is not None and getattr(p.arg_at(subj.i), "kind", None) != "film":
                    by.append(subj)
                    shared = subj.i
            if not by and tok.dep_ == "xcomp" and action in _doer_deeds() \
                    and not _wished(tok) and not any(c.dep_ in ("dobj", "dative")
                                                     for c in tok.head.children):
                # "Igor ends up driving her home", "Toros goes on to pay her": the verb it
                # completes has its doer (subject control; "asks Igor to drive" is a wish)
                subj = subject_token(tok)
                if subj is not None and subj.i != tok.i \
                        and getattr(p.arg_at(subj.i), "kind", None) != "film":
                    by.append(subj)
                    shared = subj.i
            if tok.dep_ == "acl" and tok.tag_ == "VBN":
                done.append(tok.head)   # "a bodyguard sent by ..."
            if tok.dep_ == "advcl" and tok.tag_ == "VBN" and not done and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                # "Hired by Vanya for a week, Ani moves in": a fronted passive participle is
                # said of the subject of the clause it is set before
                said = subject_token(tok)
                if said is not None and said.i != tok.i and said.dep_ == "nsubj":
                    done.append(said)
            if not done:
                # "pays $15,000 for Ani to be his girlfriend": whom the deal is for is the
                # subject its "for ... to" purpose clause gives
                done += [c for x in purpose_clauses(tok) if any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in x.children)
                    for c in x.children if c.dep_ == "nsubj"]
            if taken:
                # "Ani agrees, for $15,000, to ...", "she accepts $15,000": the subject is the
                # one paid, and the clause names no payer
                done, by, shared = [t for t in by if t.dep_ == "nsubj"], [], None
            # (the relative's noun; "Igor, not Vanya, who drives her home": the one contrasted)
            # ("Igor is the one who drives her home": Igor)
            cleft = cleft_head(tok.head) if tok.dep_ == "relcl" else None
            rel_noun = contrast_head(tok.head) or cleft or tok.head
            by = [rel_noun if t.tag_ in ("WP", "WDT") and tok.dep_ == "relcl" else t
                  for t in by]
            done = [rel_noun if t.tag_ in ("WP", "WDT") and tok.dep_ == "relcl" else t
                    for t in done]
            done = [x for t in done for x in conjuncts(t)]
            by = [x for t in by for x in conjuncts(t)]
            things, thing_toks = [], []
            if action in _thing_deeds():
                # "returns Ani's ring", "gives back her ring": a thing it is done to is a slot
                # (its noun and the nouns compounded on it), and whom it is done to is the
                # thing's owner; a thing of no one's ("returns the ring") leaves only the doer
                kept = []
                for t in done:
                    if t.pos_ != "NOUN" or self._person(p, t.i) is not None:
                        kept.append(t)
                        continue
                    things += [c.lemma_.lower() for c in t.children if c.dep_ == "compound"
                               and c.pos_ == "NOUN"] + [t.lemma_.lower()]
                    kept += [c for c in t.children if c.dep_ == "poss"]
                    thing_toks.append(t)
                done = kept
            lone = action in _intransitive_deeds()
            if lone:
                # "Garnick and Igor arrive at the mansion": the subject is whom the fact names
                # (the ones arriving), each a character named by name
                done, by = ([] if done else by), []
            if not done:
                continue
            people = [self._person(p, t.i) for t in done + by]
            if any(m is None for m in people) or lone and not all(
                    isinstance(m, Arg) and m.kind == "character" and m.entity for m in people):
                continue
            film = self._film_of(p, tok.i, people)
            if film is None:
                continue
            # the story's people it is done with ("is sent with Garnick and Igor"): each one
            # of the fact's people too (a thing it is done with, "with a gun", is no one)
            # ("along with Garnick and Igor", "together with ...": the "with" under its adverb)
            along = [x for c in tok.children if c.dep_ in ("prep", "advmod")
                     for w in [c, *c.children] if w.dep_ == "prep" and w.lower_ == "with"
                     for o in w.children if o.dep_ == "pobj" for x in conjuncts(o)
                     if isinstance(self._person(p, x.i), Arg)]
            alongside = [self._person(p, t.i) for t in along]
            chars = [m.entity if isinstance(m, Arg) else None for m in people]
            if bound and not any(chars):
                continue   # "driving her back to X": no one named; the journey's claim is it
            unknown = next((m.text for m in people + alongside
                            if isinstance(m, Arg) and not m.entity), None)
            # (a noun of `plot.vague_objects` names no purpose: "to handle things")
            vague = set(_section().get("vague_objects") or ())
            purpose = [x.lemma_.lower() for c in purpose_clauses(tok) for x in c.subtree
                       if x.pos_ in ("NOUN", "PROPN") and x.lemma_.lower() not in vague]
            # the people's own phrases, not what is said of them in an aside ("Vanya, the
            # spoiled son of an oligarch, hires Ani": the aside is a claim of its own)
            spoken = [t for t in done + by + along if t.i != shared]
            lo = min([tok.i] + [_edge(t, -1) for t in spoken])
            if lone:   # (at the names: "The Armenian priest Toros arrives": what he is said
                # to be before his name is a claim of its own)
                # (the name set beside a role noun, "the priest Toros", is where he is named)
                named = [next((a for x in [t, *t.children] if (x is t or x.dep_ == "appos")
                               and (a := p.arg_at(x.i)) is not None
                               and a.kind == "character"), None) for t in spoken]
                lo = min([tok.i] + [a.first if a is not None else _edge(t, -1)
                                    for t, a in zip(spoken, named)])
            hi = max([tok.i] + [_edge(t, 1) for t in spoken] + [t.i for t in thing_toks]) + 1
            if cleft is not None and cleft.i > tok.i:   # "The one who drives her home is
                lo = min(lo, _edge(tok.head, -1))      # Igor": from "The one"
            asides = [c.right_edge.i for t in spoken if t.i < tok.i for c in t.children
                      if c.dep_ in ASIDES - {"punct"} and t.i < c.i < tok.i
                      and getattr(p.arg_at(c.i), "kind", None) != "character"]
            # (an apposition naming the people is who they are: "two brothers, Toros and
            # Garnick, are sent")
            if asides:   # the claim opens after the aside, at what is said of the people
                lo = max(asides) + 1
                while lo < tok.i and doc[lo].is_punct:
                    lo += 1
            ways = []   # the phrases of how it is done ("home", "back to her house")
            if action in _manner_deeds():
                how = set(_section().get("manner_prepositions") or ())
                # (not a "when" opening the clause: "ends when Igor drives her home")
                ways = [c for c in tok.children if c.dep_ in ("advmod", "prt") and c.tag_ != "WRB"
                        or c.dep_ == "prep" and c.lower_ in how] + [
                    t for t in doc if t.lower_ in manner and t.head.i == tok.i]
                hi = max([hi] + [c.right_edge.i + 1 for c in ways if c.i > tok.i])
            if lone:   # (the phrases of where it is done: "arrive at the mansion")
                hi = max([hi] + [_edge(o, 1) + 1 for c in tok.children
                                 if c.dep_ == "prep" and c.i > tok.i
                                 for o in c.children if o.dep_ == "pobj"])
            start, end = p.span_of(lo, hi)
            # what the deed is for and how long it lasts are slots it judges ("hires her to be
            # his girlfriend for a week"): the words up to them are the deed's, so that no note
            # speaks for them apart from its doer ("hired by Igor ... to be his girlfriend")
            reach = max([hi] + [c.right_edge.i + 1 for c in purpose_clauses(tok)]
                        + [t.right_edge.i + 1 for t in _span_nouns(p, tok)])
            slots = dict(kind="plot_deed", subject=film, action=action, negated=False,
                         who=sorted({c for c in chars[:len(done)] if c} | {
                             m.entity for m in alongside if m.entity}),
                         by=sorted({c for c in chars[len(done):] if c}), purpose=purpose,
                         purpose_verbs=purpose_verbs(tok))
            spans = _spans(p, tok)
            if spans:
                slots["spans"] = spans   # "for a week": how long, a slot the fact must state
            beside = _beside_deeds(tok)
            if beside:
                slots["beside"] = beside   # "drives her home and keeps her ring": what the
                # sentence says is done besides, which the fact must not tell otherwise
            if unknown:
                slots["unknown"] = unknown
            if action not in _doer_deeds():
                # "Toros ..., so he sends Garnick and Igor": a "he"/"she" who does a deed whose
                # fact names only whom it is done to may be one of those (the sent one is not
                # the sender); the character last named before it is who it may be
                for t in by:
                    if t.lower_ in ("he", "she"):
                        pos = p.offset + t.idx
                        start_ = self._para_start.get(p.sentence.paragraph, 0)
                        names = [m for m in self.res.mentions if start_ <= m.start < pos
                                 and m.entity_type == "character" and m.entity]
                        if names:
                            slots["doer_maybe"] = max(names, key=lambda m: m.start).entity.id
            if action in _doer_deeds():
                slots["doer_is_agent"] = True
                # who does it is a slot the fact's doer must hold: a kin noun (`kin_doers`) is
                # the characters the story's ties make it ("Vanya's parents pay her"); one
                # they do not name ("the family pays her") leaves the doer unknown
                kin_doers = set(_section().get("kin_doers") or ())
                for t, m in zip(done + by, people):
                    if t in by and m is True and (t.lower_ in kin_doers
                                                  or t.lemma_.lower() in kin_doers):
                        kin = self._named_people(doc, p.offset, [t])
                        slots["by"] = sorted(set(slots["by"]) | kin)
                        if not kin:
                            slots["doer_unnamed"] = t.text
            if action in _manner_deeds():
                # "drives her home", "drives him away": the words that say how it is done
                slots["manner"] = sorted({c.lower_ for c in ways if c.dep_ != "prep"} | {
                    o.lemma_.lower() for c in ways if c.dep_ == "prep"
                    for o in c.children if o.dep_ == "pobj"})
            # (a noun the parser took for the verb's conjunct, "sends Toros and one henchman",
            # is one of its objects)
            company = _counted_company(done + [o for c in tok.children if c.dep_ in (
                "prep", "advmod") for w in [c, *c.children] if w.lower_ == "with"
                for o in w.children if o.dep_ == "pobj"] + [
                c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"])
            if company:
                slots["company"] = company   # "sends Toros and two henchmen": how many more
            named = _counted_names(p, done + by)
            if named:
                slots["counted_names"] = named   # "the two henchmen, Garnick and Igor"
            # the names set beside a noun of those it is done to are among them ("the three
            # henchmen, Garnick, Igor and Vanya, are sent"), each one of the fact's people
            beside = {a.entity for t in done
                      for c in t.children if c.dep_ == "appos" for n in _chain(c)
                      if (a := p.arg_at(n.i)) is not None and a.kind == "character"
                      and a.entity}
            if beside:
                slots["who"] = sorted(set(slots["who"]) | beside)
            if things:
                slots["things"] = sorted(set(things))   # "returns her ring": what to
            if offered:
                slots["support_only"] = True   # an offer: the sum agreed may be another
            if bound:
                slots["journey_place"] = bound[0]   # a slot the deed's facts do not judge
            if lone:   # where it is done ("at the mansion"): a slot the fact's words must hold
                slots["setting"] = sorted({o.lemma_.lower() for c in tok.children
                                           if c.dep_ == "prep" for o in c.children
                                           if o.dep_ == "pobj" and o.pos_ == "NOUN"})
            if _at_end(tok):
                slots["at_end"] = True   # "In the end Toros drives her home": the ending's
            elif _at_end(tok, "opening_phrases"):
                slots["at_start"] = True   # "At the start ...": another moment than the end
            if reach > hi:
                slots["reach"] = p.span_of(lo, reach)[1]
            for m in sums[:1]:
                slots.update(amount=m.amount, currency=m.currency, hedge=m.hedge)
                if _a_rate(p, m):
                    slots["rate"] = True   # "$1,000 a night": a rate, not the deal's sum
                start = max(p.sentence.start, min(start, m.start))
                end = min(p.sentence.end, max(end, m.start + len(m.text.rstrip())))
            out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                             category="plot", subject=EntityRef(film, self.kb.label(film)),
                             predicate="plot", object=action, hedged=hedged, slots=slots))
        return out

    def _event_noun_claims(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"a Vegas wedding", "Vanya's marriage to Ani": an event noun of `plot.event_nouns`
        with the story's people (two, or a place) or a place. Without people the story's
        wedding is only a reading of it: confirmed, never refuted."""
        out, doc = [], p.doc
        nouns = _section().get("event_nouns") or {}
        for tok in doc:
            action = nouns.get(tok.lemma_.lower())
            if action is None or tok.pos_ != "NOUN" or tok.dep_ == "compound" \
                    or other_version(tok):
                continue
            people = [c for c in tok.children if c.dep_ == "poss"]
            people += [x for c in tok.children if c.dep_ == "prep"
                       and c.lower_ in ("to", "with", "of", "between")
                       for o in c.children if o.dep_ == "pobj" for x in conjuncts(o)]
            places = [a for c in tok.children if c.dep_ == "compound"
                      for a in [p.arg_at(c.i)] if a is not None and a.kind == "place"]
            places += [a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                       for a in [self._place(p, c)] if a is not None]
            places += [a for c in _occurrence_places(tok) for a in [self._place(p, c)]
                       if a is not None]
            journey = _journey_of(tok)
            if journey is not None:
                # "their trip to Las Vegas ends in a wedding": the journey's place and people
                # are the event's
                places += [a for c in journey.children if c.dep_ == "compound"
                           for a in [p.arg_at(c.i)] if a is not None and a.kind == "place"]
                places += [a for c in journey.children if c.dep_ == "prep"
                           and c.lower_ in ("to", "in") for a in [self._place(p, c)]
                           if a is not None]
                # (its owner, or owners the parser joins as a modifier: "Ani and Vanya's
                # trip", the "'s" on the last of them)
                owners = [c for c in journey.children if c.dep_ == "poss" or c.dep_ == "nmod"
                          and any(g.dep_ == "case" for x in conjuncts(c) for g in x.children)]
                people += [x for c in owners for x in conjuncts(c)]
                if owners and journey.dep_ == "conj":   # ... and "Ani" is an owner too
                    people += [t for t in conjuncts(journey) if t.i < journey.i
                               and getattr(p.arg_at(t.i), "kind", None) == "character"]
            who = [self._person(p, t.i) for t in people]
            if any(m is None for m in who):
                continue
            count = sum(2 if doc[t.i].lemma_.lower() in ("couple", "newlywed", "newlyweds",
                                                         "pair", "two") else 1 for t in people)
            if count < 2 and not places:
                continue   # "their marriage", "the marriage": no event stated
            if not people and any(a.kind == "person" and a.entity for a in p.args):
                continue   # "Baker's friend's Vegas wedding": whose, the sentence may say
            verb = next((v for v in tok.ancestors if v.pos_ in ("VERB", "AUX")), None)
            if not people and verb is not None and any(
                    c.dep_ in ("nsubj", "nsubjpass") and (a := p.arg_at(c.i)) is not None
                    and a.kind in ("film", "work") for c in verb.children):
                continue   # "Anora turns a Vegas wedding into a farce": what the film makes
                # of it, not the story's event
            film = self._film_of(p, tok.i, who)
            if film is None:
                continue
            chars = sorted({m.entity for m in who if isinstance(m, Arg) and m.entity})
            unknown = next((m.text for m in who if isinstance(m, Arg) and not m.entity), None)
            for place in places or [None]:
                lo = min([tok.i] + [t.left_edge.i for t in people] + (
                    [place.first] if place else []) + (
                    [journey.left_edge.i] if journey is not None else []))
                hi = max([tok.i + 1] + [t.right_edge.i + 1 for t in people] + (
                    [place.last] if place else []))
                start, end = p.span_of(lo, hi)
                slots = dict(kind="plot_event", subject=film, action=action, negated=False,
                             place=place.entity if place else None, who=chars)
                if not people:
                    slots["support_only"] = True
                if unknown or place is not None and not place.entity:
                    slots["unknown"] = unknown or place.text
                out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                                 category="plot", subject=EntityRef(film, self.kb.label(film)),
                                 predicate="plot", object="wedding", hedged=hedged,
                                 slots=slots))
        return out

    def _description_claims(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"Ani, a Brooklyn sex worker", "the titular stripper from Brooklyn": a noun of
        `plot.character_nouns` said of a character (in apposition, or the film's title
        character by a `title_words` word) with a place on it: where the character lives
        ("from") or lives or works (a place compound, "in", "at"). Confirmed by the KB's plot
        facts; never refuted (a description is loose)."""
        out, doc = [], p.doc
        nouns = set(_section().get("character_nouns") or ())
        titles = set(_section().get("title_words") or ())
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or tok.dep_ == "compound":
                continue
            char = None
            cands = ([tok.head] if tok.dep_ == "appos" else []) + [
                c for c in tok.children if c.dep_ == "appos"]
            # "A sex worker from Brighton Beach, Ani meets ...": a description set before the
            # subject it describes, read by the parser as a second subject of the verb
            cands += _fronted_description_of(tok)
            named = p.given_name(tok)   # "a Brighton Beach stripper named Ani"
            cands += [p.doc[named.first]] if named is not None else []
            for t in cands:
                m = self._mover(p, Filler(t.i, p.arg_at(t.i)))
                if isinstance(m, Arg) and m.kind == "character" and m.entity:
                    char = m.entity
                    break
            film = self._default_film(p)
            if char is None and any(c.dep_ in ("amod", "compound") and c.lower_ in titles
                                    for c in tok.children):
                # the title character of a film the sentence names, or of the passage's
                for f in [a.entity for a in p.args if a.kind == "film" and a.entity] + [film]:
                    got = self.kb.entities_by_name(self.kb.label(f), type="character") \
                        if f else []
                    if len(got) == 1 and f in self._films_of(got[0].id):
                        char = got[0].id
                        break
            if char is None:
                continue
            mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
            mods += [g for c in mods for g in c.children if g.dep_ in ("compound", "amod")]
            places = [(a, "any") for a in {id(a): a for c in mods for a in [p.arg_at(c.i)]
                                           if a is not None and a.kind == "place"}.values()]
            places += [(a, "lives_in" if c.lower_ == "from" else "any") for c in tok.children
                       if c.dep_ == "prep" and c.lower_ in ("from", "in", "at")
                       for a in [self._place(p, c)] if a is not None]
            films = self._films_of(char)
            film = next(iter(films)) if len(films) == 1 else film
            for place, where in places:
                lo = min(tok.i, place.first)   # not the noun's other words ("a 26-year-old")
                hi = max(tok.i + 1, place.last)
                start, end = p.span_of(lo, hi)
                slots = dict(kind="plot_lives", subject=film, who=char, place=place.entity,
                             where=where, negated=False, action="lives_in")
                if not place.entity:
                    slots["unknown"] = place.text
                obj = EntityRef(place.entity, self.kb.label(place.entity)) if place.entity \
                    else place.text
                out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                                 category="plot", subject=EntityRef(film, self.kb.label(film)),
                                 predicate="plot", object=obj, hedged=hedged, slots=slots))
        return out

    def _wedding(self, p: Parsed, f: Frame, film: str, hedged: bool) -> list[Claim]:
        """A wedding the sentence places nowhere ("a dancer who marries the son of an
        oligarch"): a claim that the story has the wedding, made only when every one who
        marries is the story's (a character, a pronoun a character stands behind, a noun of
        `plot.story_people`); the characters named are its `who`."""
        fillers = []
        cue = p.doc[f.cue]
        rel = cue
        while rel.dep_ == "conj" and rel.head.pos_ in ("VERB", "AUX"):
            rel = rel.head   # "who falls for him and marries him": the clause "who" opens
        said_of = rel.head if rel.dep_ == "relcl" else None
        for fl in f.roles.get("mover", ()):
            tok = p.doc[fl.token]
            if tok.tag_ in ("WP", "WDT"):
                if said_of is not None:   # "who": the noun the clause hangs on, or the
                    # person up its phrase ("a dancer at a club who marries ...")
                    ante = self._antecedent(p, fl)
                    fillers.append(ante if ante.token != fl.token else
                                   Filler(said_of.i, p.arg_at(said_of.i)))
                continue
            if said_of is not None and not (cue.left_edge.i <= tok.i <= cue.right_edge.i) \
                    and tok.i != said_of.i and tok.head.i != said_of.i:
                continue   # a guess at what "who" means other than the noun it hangs on
            if said_of is not None and tok.i == said_of.i and any(
                    x.tag_ == "WP" and self._antecedent(p, Filler(x.i, None)).token
                    not in (x.i, said_of.i) for x in cue.children):
                continue   # the thing "who" hangs on, when a person up its phrase is meant
            part = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for o in c.children if o.dep_ == "pobj"), None)
            if part is not None and tok.like_num:   # "one of her clients": who the clients are
                fl = Filler(part.i, p.arg_at(part.i))
            fillers.append(fl)
        movers = [self._mover(p, fl) for fl in fillers]
        if not fillers or any(m is None for m in movers):
            return []
        who = sorted({m.entity for m in movers if isinstance(m, Arg) and m.entity}
                     | self._pronoun_people(p, fillers))
        if any(isinstance(m, Arg) and not m.entity for m in movers):
            return []   # a name the KB lacks: who it is cannot be looked up
        # the span: the cue and the phrases of its own that hold a mover ("who", "with him")
        own = [c for v in _verbs_of(cue) for c in v.children if c.i != cue.i and any(
            c.left_edge.i <= fl.token <= c.right_edge.i for fl in f.roles.get("mover", ()))]
        # (a mover's own phrase without what an aside says of it: "Vanya, the son of an
        # oligarch, marries Ani": the aside is a statement of its own)
        # (a phrase set before the verb that the parser gave its subject, "After a weekend in
        # Miami, Ani and Vanya marry": from the movers, not what the phrase says)
        fronted = [c for c in own if c.dep_ == "prep" and c.i < cue.i] if not any(
            x.dep_ in ("nsubj", "nsubjpass") for v in _verbs_of(cue) for x in v.children) else []
        lo = min([cue.i] + [c.left_edge.i for c in own if c not in fronted] + [
            fl.token for c in fronted for fl in f.roles.get("mover", ())
            if c.left_edge.i <= fl.token <= c.right_edge.i])
        # (the words of a cue of several: "tie the knot")
        words = getattr(_match(cue, _cues()), "words", ())[1:]
        hi = max([cue.i] + [_edge(c, 1) if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                            else c.right_edge.i for c in own]
                 + [c.i for c in cue.children if c.lower_ in words])
        asides = [a.right_edge.i for c in own if c.i < cue.i for a in c.children
                  if a.dep_ in ASIDES - {"punct"} and c.i < a.i < cue.i]
        if asides:   # the claim opens after the aside, at what is said of the mover
            lo = max(asides) + 1
            while lo < cue.i and p.doc[lo].is_punct:
                lo += 1
        start, end = p.span_of(lo, hi + 1)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        slots = dict(kind="plot_event", subject=film, place=None, negated=f.negated,
                     action="marry", who=who)
        low = self._trailing_place(p, cue, f)
        if low is not None:
            # "marries the son of an oligarch in Atlantic City": the place the parser hung on
            # the last noun of whom one marries may be where the wedding is, or where that
            # noun is; a slot the claim states, which may confirm the wedding's place but
            # never refutes it
            slots.update(place=low.entity, support_only=True)
            if not low.entity:
                slots["unknown"] = low.text
        return [Claim(id="", start=start, end=end, text=self.text[start:end], category="plot",
                      subject=EntityRef(film, self.kb.label(film)), predicate="plot",
                      object="wedding", hedged=hedged, slots=slots)]

    def _trailing_place(self, p: Parsed, cue, f: Frame) -> Optional[Arg]:
        """A place in an "in"/"at" phrase that ends the phrase of one who marries after the cue
        ("the son of an oligarch in Atlantic City"), hung low on a noun of it; None if none."""
        for fl in f.roles.get("mover", ()):
            tok = p.doc[fl.token]
            if tok.i < cue.i:
                continue
            for t in tok.subtree:
                if t.dep_ == "prep" and t.lower_ in ("in", "at") and t.i > tok.i \
                        and t.right_edge.i == tok.right_edge.i:
                    place = self._place(p, t)
                    if place is not None:
                        return place
        return None

    def _travellers(self, p: Parsed, f: Frame) -> list:
        """The characters a journey's movers are: named ("Nikolai and Galina"), or named by
        their tie to a named one ("Vanya's parents": the story's relation facts, lexicon
        `cast.relation_nouns` and `plot.group_kin`). When one of them is no one the KB can
        name (a pronoun, "the couple", a tie the story does not tell) only the characters
        named by name ("Toros" of "Anora, Toros, ... flies in", the title misread as a subject
        beside him): each is still one who makes the journey; [] when there are none."""
        single = lexicon().section("cast").get("relation_nouns") or {}
        groups = _section().get("group_kin") or {}
        ties = [x for x in self.kb.facts(predicate="plot")
                if x.qualifiers.get("action") == "relation"]
        out, named = set(), set()
        for fl in f.roles.get("mover", ()):
            for t in conjuncts(p.doc[self._antecedent(p, fl).token]):
                a = p.arg_at(t.i)
                if a is not None and a.kind == "character" and a.entity:
                    named.add(a.entity)
                    continue
                # "the henchmen Garnick and Igor": the names set beside the noun are who go
                beside = [b for c in t.children if c.dep_ == "appos" for x in conjuncts(c)
                          for b in [p.arg_at(x.i)] if b is not None and b.kind == "character"]
                if beside and all(b.entity for b in beside):
                    named |= {b.entity for b in beside}
                    continue
                w = next((x for x in (t.lower_, t.lemma_.lower()) if x in groups or x in single),
                         None)
                rels = groups.get(w) or ([single[w]] if w in single else [])
                # ("Vanya's mother and father": the possessive of the first is the second's)
                first = t
                while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
                    first = first.head
                owner = next((c for x in (t, first) for c in x.children if c.dep_ == "poss"),
                             None)
                oa = p.arg_at(owner.i) if owner is not None else None
                if not rels or oa is None or oa.kind != "character" or not oa.entity:
                    out = None
                    continue
                got = {x.qualifiers["agents"][0] for x in ties
                       if x.qualifiers.get("relation") in rels
                       and list(x.qualifiers.get("agents") or [None, None])[1:2] == [oa.entity]}
                if len(got) < len(rels):
                    out = None
                elif out is not None:
                    out |= got
        return sorted(named | out) if out is not None else sorted(named)

    def _pronoun_people(self, p: Parsed, fillers) -> set:
        """The characters the pronoun fillers of a wedding stand for, when nothing before the
        pronoun in its sentence may be what it means and the sentence before it in the
        paragraph has named people as its subject: a character for "he"/"she" ("Toros has a
        family of his own. He got married in Yerevan."), two or more for "they" (names joined,
        or a kin noun of a character: "Vanya's parents are old-fashioned. They married in
        Moscow."). The wedding is then theirs, and a wedding of others is no wedding of the
        story's couple. Empty when that sentence does not say."""
        from ..nlp import parse
        out: set = set()
        for fl in fillers:
            tok = p.doc[fl.token]
            if tok.lower_ not in PRONOUNS or tok.lower_ in ("everyone", "everybody"):
                continue
            if any(t.pos_ in ("PRON", "PROPN") or t.lemma_.lower() in set(
                    _section().get("story_people") or ()) for t in p.doc[:tok.i]):
                continue   # "He takes her to X, where they marry": the people before it
            s = p.sentence
            prev = self.res.sentences[s.index - 1] if s.index > 0 and s.index - 1 < len(
                self.res.sentences) else None
            if prev is None or prev.paragraph != s.paragraph:
                continue
            doc = next(iter(parse([prev.text])))
            root = next((t for t in doc if t.dep_ == "ROOT"), None)
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")),
                        None) if root is not None else None
            if subj is None:
                continue
            people = self._named_people(doc, prev.start, list(conjuncts(subj)))
            plural = tok.lower_ in PLURAL
            if people and (len(people) >= 2 if plural else len(people) == 1):
                out |= people
        return out

    def _named_people(self, doc, offset: int, toks) -> set:
        """The characters a subject's words name: each a character's name, or a kin noun of a
        named character the story's relations tell ("Vanya's parents"); empty when one of
        them is neither."""
        single = lexicon().section("cast").get("relation_nouns") or {}
        groups = _section().get("group_kin") or {}
        ties = [x for x in self.kb.facts(predicate="plot")
                if x.qualifiers.get("action") == "relation"]

        def char_at(t):
            pos = offset + t.idx
            return next((m.entity.id for m in self.res.mentions if m.entity_type == "character"
                         and m.start <= pos < m.end), None)
        out: set = set()
        for t in toks:
            c = char_at(t)
            if c is not None:
                out.add(c)
                continue
            w = next((x for x in (t.lower_, t.lemma_.lower()) if x in groups or x in single),
                     None)
            rels = groups.get(w) or ([single[w]] if w in single else [])
            # ("Vanya's mother and father": the possessive of the first is the second's too)
            owner = next((c for x in (t, toks[0]) for c in x.children if c.dep_ == "poss"), None)
            oc = char_at(owner) if owner is not None else None
            if not rels or oc is None:
                return set()
            got = {x.qualifiers["agents"][0] for x in ties
                   if x.qualifiers.get("relation") in rels
                   and list(x.qualifiers.get("agents") or [None, None])[1:2] == [oc]}
            if len(got) < len(rels):
                return set()
            out |= got
        return out

    def _antecedent(self, p: Parsed, fl: Filler) -> Filler:
        """What a relative "who" stands for: the noun its clause hangs on, or, where the parser
        hangs it on a thing ("a dancer at a club ... who lives in X"), the person up the
        phrase: a noun of the story's people, a character, or the subject a predicate noun is
        said of ("Ani is a dancer at a club who ...")."""
        tok = p.doc[fl.token]
        if tok.lower_ in ("they", "he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
            kin = self._kin_subject_before(p, tok)
            return Filler(kin.i, p.arg_at(kin.i)) if kin is not None else fl
        if tok.tag_ != "WP" or tok.lower_ not in ("who", "whom"):
            return fl
        clause = tok.head
        while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
        if clause.dep_ != "relcl":
            return fl
        people = set(_section().get("story_people") or ()) | set(
            _section().get("character_nouns") or ())
        # ("Igor, not Vanya, who ...", "Igor is the one who ...": Igor)
        h = contrast_head(clause.head) or cleft_head(clause.head) or clause.head
        for _ in range(6):
            a = p.arg_at(h.i)
            if a is not None and a.kind in ("character", "person") or \
                    h.lemma_.lower() in people or h.lower_ in PRONOUNS:
                break
            if h.dep_ not in ("pobj", "prep") or h.head.i == h.i:
                return fl
            h = h.head
        else:
            return fl
        if h.dep_ == "attr" and h.head.lemma_ == "be":   # "Ani is a dancer ... who"
            subj = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
            a = p.arg_at(subj.i) if subj is not None else None
            if a is not None and a.kind in ("character", "person") or \
                    subj is not None and (subj.lower_ in PRONOUNS or a is None
                                          and self._role(p, subj) is not None):
                h = subj   # not "which is about a stripper who ...": the stripper (and "the
                # heroine is a dancer who ...": the heroine)
        return Filler(h.i, p.arg_at(h.i))

    @staticmethod
    def _kin_subject_before(p: Parsed, tok):
        """The kin noun of a character a subject pronoun stands for: the subject of an earlier
        clause of its sentence ("When Ani's parents hear of it, they fly in": they, her
        parents), a noun of `plot.group_kin` or `cast.relation_nouns` owned by a character,
        of the pronoun's number, with no name between the two. None otherwise."""
        kin = set(_section().get("group_kin") or ()) | set(
            lexicon().section("cast").get("relation_nouns") or ())
        plural = tok.lower_ == "they"
        for x in reversed(p.doc[:tok.i]):
            a = p.arg_at(x.i)
            if x.dep_ in ("nsubj", "nsubjpass") and x.head.i != tok.head.i:
                owner = next((c for c in x.children if c.dep_ == "poss"), None)
                oa = p.arg_at(owner.i) if owner is not None else None
                if a is None and x.pos_ == "NOUN" and (x.lower_ in kin or x.lemma_.lower() in kin) \
                        and oa is not None and oa.kind == "character" \
                        and (x.tag_ == "NNS") == plural:
                    return x
                return None
            if a is not None and a.kind in ("character", "person") and not (
                    x.dep_ == "poss" and x.head.dep_ in ("nsubj", "nsubjpass")):
                return None   # a name nearer the pronoun: it may stand for that one
        return None

    def _films_of(self, character: str) -> set:
        """The films a character is in (the films whose cast names them)."""
        memo = self.__dict__.setdefault("_char_films", {})
        if character not in memo:
            memo[character] = {f.subject for f in self.kb.facts(predicate="cast_member")
                               if f.qualifiers.get("character") == character}
        return memo[character]

    def _story_film(self, p: Parsed, f: Frame, movers) -> Optional[str]:
        """The film whose story a frame tells, from its characters: a character mover's film,
        else (a pronoun or "the couple") the one film of the characters named before it in the
        paragraph. None when that is not one film: the sentence's film then stands."""
        return self._story_film_at(p, f.cue, movers)

    def _story_film_at(self, p: Parsed, cue: int, movers) -> Optional[str]:
        chars = [m.entity for m in movers if isinstance(m, Arg) and m.entity
                 and m.kind == "character"]
        if not chars and any(m is True for m in movers):
            pos = p.offset + p.doc[cue].idx
            start = self._para_start.get(p.sentence.paragraph, 0)
            chars = [m.entity.id for m in self.res.mentions if start <= m.start < pos
                     and m.entity_type == "character"]
        films = set().union(*(self._films_of(c) for c in chars)) if chars else set()
        return next(iter(films)) if len(films) == 1 else None

    def _life(self, p: Parsed, f: Frame, hedged: bool) -> list[Claim]:
        """Where a real person lives or works ("Jane Roe, who plays Lulu, was working at a
        Brooklyn club"): a claim about the person, not the story; the KB keeps no such fact,
        so it stays open."""
        who = next((fl.arg for fl in f.roles.get("mover", ()) if fl.arg is not None
                    and fl.arg.kind == "person" and fl.arg.entity), None)
        if who is None:
            return []
        out = []
        for place in self._places(p, f):
            own = p.doc[who.head].head.i == f.cue   # its own subject, not one it inherits
            lo = min([f.cue, place.first] + ([who.first] if own else []))
            out.append(self._place_claim(
                p, lo, max(f.cue + 1, place.last), who.entity, f.relation.name, place, hedged,
                dict(kind="person_place", subject=who.entity, place=place.entity,
                     negated=f.negated)))
        return out

    def _production(self, p: Parsed, f: Frame, film: str, hedged: bool) -> list[Claim]:
        """Where the production went is where the film was shot ("the search for Vanya took
        the crew to a diner in Brighton Beach"): a mover of `plot.production_movers`; where the
        story goes is where the film is set ("the story moves to Las Vegas"): one of
        `plot.story_movers`."""
        sec = _section()
        pred = None
        for words, what in ((sec.get("production_movers"), "filming_location"),
                            (sec.get("story_movers"), "narrative_location")):
            # "the story moves to Miami": where the story goes, the film is set
            if any(p.doc[fl.token].lemma_.lower() in set(words or ()) and fl.arg is None
                   and not any(c.lower_ in ("another", "a", "his", "her", "their") or (
                       c.dep_ == "poss" and getattr(p.arg_at(c.i), "kind", None) != "film")
                               for c in p.doc[fl.token].children)
                   for fl in f.roles.get("mover", ())):
                pred = what
                break
        if pred is None:
            return []
        out = []
        places = list(self._places(p, f))
        if pred == "narrative_location":
            # "the action moves from Brighton Beach to Las Vegas": where the story leaves is
            # where it is set as much as where it goes
            places += [a for fl in f.roles.get("origin", ())
                       for a in [self._place(p, p.doc[fl.token])] if a is not None]
        for place in places:
            slots = dict(kind="place", subject=film, place=place.entity, negated=f.negated)
            if not place.entity:
                slots["unknown"] = place.text
            out.append(self._place_claim(p, min(f.cue, place.first), max(f.cue + 1, place.last),
                                         film, pred, place, hedged, slots))
        return out

    def _places(self, p: Parsed, f: Frame):
        """The places the frame's place role names (see `_place`)."""
        for fl in f.roles.get("place", ()):
            place = self._place(p, p.doc[fl.token])
            if place is not None:
                yield place

    def _place_claim(self, p: Parsed, lo: int, hi: int, subject: str, predicate: str, place,
                     hedged: bool, slots: dict) -> Claim:
        """A location claim over tokens [lo, hi): a place the KB knows, or its words."""
        start, end = p.span_of(lo, hi)
        obj = EntityRef(place.entity, self.kb.label(place.entity)) if place.entity \
            else place.text
        return Claim(id="", start=start, end=end, text=self.text[start:end], category="location",
                     subject=EntityRef(subject, self.kb.label(subject)), predicate=predicate,
                     object=obj, hedged=hedged, slots=slots)

    def _mover(self, p: Parsed, fl: Filler):
        """The story person a mover filler is (an Arg, or True for "the couple"), or None
        when the mover is not the story's."""
        tok = p.doc[fl.token]
        # the filler, the noun it is in apposition to, and a character the parser hung on
        # it ("Ani (Mikey Madison)" headed by the actor's name)
        for t in [tok] + ([tok.head] if tok.dep_ == "appos" else []) + [
                c for c in tok.children if c.dep_ in ("appos", "nmod") and c.i < tok.i
                or c.dep_ == "appos"]:
            a = p.arg_at(t.i)
            if a is not None and a.kind == "character":
                return a
        a = fl.arg
        if a is None:
            # "the oligarch's son", "the Armenian priest", "the heroine": the one character of
            # the story its KB description gives that role
            role = self._role(p, tok)
            if role is not None:
                return role
            kin = self._kin_of_character(p, tok)
            if kin is not None:
                return kin
            if self._story_kin(p, tok):
                return True
        story_people = set(_section().get("story_people") or ())
        if tok.lemma_.lower() in story_people or tok.lower_ in story_people:
            # "the newlyweds", "the two" (a number the NER calls a cardinal); "her family" is
            # the story's only when "her" is
            for c in tok.children:
                if c.dep_ != "poss":
                    continue
                pa = p.arg_at(c.i)
                if pa is not None and pa.kind == "character" and pa.entity \
                        and not self._kin_known(tok, pa.entity):
                    # "Ani's parents": no one the story makes Ani's parents
                    return Arg(pa.start, p.offset + tok.idx + len(tok.text),
                               self.text[pa.start:p.offset + tok.idx + len(tok.text)],
                               "character", None, c.i, tok.i + 1, tok.i)
                if pa is not None and pa.kind == "person" and pa.entity or \
                        c.lower_ in ("his", "her", "their") and not self._story_here(
                            p, c.i, plural=c.lower_ == "their") and not any(
                            t.lemma_.lower() in story_people or (a := p.arg_at(t.i)) is not None
                            and a.kind == "character" for t in p.doc[:c.i]):
                    return None   # "her" is no one of the story named before it
            return True
        if a is not None and a.kind == "person":
            if a.entity:
                # a real person: the making of the film, not its story; but an actor set in
                # parentheses after a noun ("a young dancer (Jane Roe) who ...") stands for
                # the part they play
                return True if tok.dep_ == "appos" and self._plays_part(a.mention) else None
            return a if self._story_here(p, tok.i) else None
        if a is not None and a.kind == "film" and a.entity and any(
                c.dep_ in ("compound", "amod") and c.i < tok.i
                and c.lemma_.lower() in set(_section().get("character_nouns") or ())
                for c in tok.children):
            # "the stripper Anora": a title a noun of the story's people names is its title
            # character
            got = self.kb.entities_by_name(self.kb.label(a.entity), type="character")
            return replace(a, kind="character", entity=got[0].id) if len(got) == 1 else None
        if a is not None:
            return None
        if tok.lower_ in PRONOUNS and (self._story_here(p, tok.i, plural=tok.lower_ in PLURAL)
                                       or self._story_noun_before(p, tok.i,
                                                                  tok.lower_ in PLURAL)):
            return True
        return None

    def _role(self, p: Parsed, tok) -> Optional[Arg]:
        """The character a definite role noun names in the sentence's story (see
        `context.role_character`), as an argument spanning the noun's phrase."""
        eid = role_character(self.kb, self._default_film(p), tok,
                             frozenset(_section().get("lead_nouns") or ()),
                             frozenset(_section().get("story_people") or ()))
        if eid is None:
            return None
        lo = min([tok.i] + [c.left_edge.i for c in tok.children if c.i < tok.i])
        start = p.offset + p.doc[lo].idx
        end = p.offset + tok.idx + len(tok.text)
        return Arg(start, end, self.text[start:end], "character", eid, lo, tok.i + 1, tok.i)

    def _kin_of_character(self, p: Parsed, tok) -> Optional[Arg]:
        """The character a kin noun of a named character is ("Vanya's father": the one the
        story's relation facts make his father; `cast.relation_nouns`), as an argument over
        the noun's phrase; a tie the story does not tell, or tells of two, is a character the
        KB cannot name ("Ani's mother": entity None, the claim is left open). None when the
        noun is no kin noun or its owner no character; for a noun coordinated after a kin
        noun, the first one's owner is its owner too ("Vanya's mother and father")."""
        single = lexicon().section("cast").get("relation_nouns") or {}

        def kin(t) -> Optional[tuple]:
            """(owner token, the one character the tie names or None), or None for a
            noun that is no kin noun of a character."""
            rel = single.get(t.lower_) or single.get(t.lemma_.lower())
            if rel is None:
                return None
            first = t
            while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
                first = first.head
            owner = next((c for x in (t, first) for c in x.children if c.dep_ == "poss"), None)
            oa = p.arg_at(owner.i) if owner is not None else None
            if oa is None or oa.kind != "character" or not oa.entity:
                return None
            got = {x.qualifiers["agents"][0] for x in self.kb.facts(predicate="plot")
                   if x.qualifiers.get("action") == "relation"
                   and x.qualifiers.get("relation") == rel
                   and list(x.qualifiers.get("agents") or [None, None])[1:2] == [oa.entity]}
            return owner, next(iter(got)) if len(got) == 1 else None
        mine = kin(tok)
        if mine is None:
            return None
        owner, eid = mine
        # a kin noun coordinated with it whose tie the story does not tell ("Vanya's mother
        # and Ani's father") is someone the KB cannot name: the movers are not all known
        if eid is not None and any(
                (k := kin(t)) is not None and k[1] is None or k is None and (
                    (a := p.arg_at(t.i)) is None or a.kind != "character")
                for t in conjuncts(tok) if t.i != tok.i):
            eid = None
        lo = min(owner.left_edge.i, tok.i) if owner.head.i == tok.i else tok.i
        start = p.offset + p.doc[lo].idx
        end = p.offset + tok.idx + len(tok.text)
        return Arg(start, end, self.text[start:end], "character", eid, lo, tok.i + 1, tok.i)

    def _story_kin(self, p: Parsed, tok) -> bool:
        """Whether a kin noun (`cast.relation_nouns` of `plot.family_ties`) whose owner is a
        possessive pronoun ("his mother and father", "her father"; the first conjunct's owner
        is the others' too) is the story's, as "his parents" is: the last person-like name
        before the pronoun in the paragraph is a character. The kin stay unnamed (no character
        is read from the pronoun), so the claim is the story's people's, as "the couple"'s
        is."""
        single = lexicon().section("cast").get("relation_nouns") or {}
        rel = single.get(tok.lower_) or single.get(tok.lemma_.lower())
        if rel not in set(_section().get("family_ties") or ()):
            return False   # ("her boss", "his friend": a tie of work or friendship, not kin)
        first = tok
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        owner = next((c for x in (tok, first) for c in x.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in POSSESSIVES:
            return False
        return self._story_here(p, owner.i, plural=POSSESSIVES[owner.lower_])

    def _kin_known(self, tok, owner: str) -> bool:
        """Whether the KB's story relations name someone `owner`'s kin noun `tok` says
        ("Vanya's parents": his father and mother); a noun that is no kin noun is known."""
        sec = _section()
        word = tok.lower_ if tok.lower_ in (sec.get("kin_of") or {}) or tok.lower_ in (
            sec.get("kin_inverse") or {}) else tok.lemma_.lower()
        of, inverse = (sec.get("kin_of") or {}).get(word), (sec.get("kin_inverse") or {}).get(word)
        if of is None and inverse is None:
            return True
        for f in self.kb.facts(predicate="plot"):
            agents = f.qualifiers.get("agents") or []
            if f.qualifiers.get("action") != "relation" or len(agents) != 2:
                continue
            r = f.qualifiers.get("relation")
            if of and r in of and agents[1] == owner or \
                    inverse and r in inverse and agents[0] == owner:
                return True
        return False

    @staticmethod
    def _story_noun_before(p: Parsed, i: int, plural: bool = False) -> bool:
        """Whether the nearest one a pronoun may stand for, earlier in its sentence, is a noun
        of `plot.character_nouns` ("a comedy about a young stripper and the boy who marries
        her"): the story's people, though a real person was named before them ("Sean Baker's
        comedy about ..."). For "they", also a noun of `plot.couple_nouns` ("The couple fly
        to Reno, where they marry"), when no real person is named before it: "Baker and
        Quan, a couple for years, ..." are who it describes)."""
        nouns = set(_section().get("character_nouns") or ())
        couples = set(_section().get("couple_nouns") or ()) if plural else set()
        couple = False
        for t in reversed(p.doc[:i]):
            a = p.arg_at(t.i)
            if a is not None and a.kind in ("person", "character"):
                return a.kind == "character"
            if t.pos_ == "NOUN" and t.lemma_.lower() in couples:
                couple = True   # (the people it may describe are further back; "The pair
                continue        # fly to X", parsed as a compound: the pair still)
            if t.pos_ == "NOUN" and t.dep_ != "compound":
                if t.lemma_.lower() in nouns and not couple:
                    return True
                if t.ent_type_ == "PERSON":
                    return False
        return couple

    def _story_here(self, p: Parsed, i: int, plural: bool = False) -> bool:
        """Whether the last person-like name before token i in this paragraph is a character
        (so a pronoun or an unknown name there retells the story); for "they", any character
        named before it in the paragraph (one actor is not "they")."""
        pos = p.offset + p.doc[i].idx
        start = self._para_start.get(p.sentence.paragraph, 0)
        names = [m for m in self.res.mentions if start <= m.start < pos
                 and m.entity_type in ("person", "character")]
        if plural:
            return any(m.entity_type == "character" or self._plays_part(m) for m in names)
        if not names:
            return False
        last = max(names, key=lambda m: m.start)
        if last.entity_type == "character":
            # "Jane Roe plays Galina. She ...": the sentence that names the part names who
            # plays it, and "she" may be either
            return not self._actor_beside(last)
        return self._plays_part(last)

    def _actor_beside(self, m) -> bool:
        """Whether the sentence naming character mention `m` also names who plays it."""
        s = next((x for x in self.res.sentences if x.start <= m.start < x.end), None)
        if s is None:
            return False
        actors = {f.value for f in self.kb.facts(subject=m.entity.id, predicate="played_by")}
        return any(o.entity_type == "person" and o.entity.id in actors and o.start < m.start
                   for o in self.res.mentions if s.start <= o.start < s.end)

    def _plays_part(self, m) -> bool:
        """Whether a person's mention is an actor put in parentheses for their part ("Ani
        (Jane Roe)", "a dancer (Jane Roe)"): the story goes on through it."""
        if m is None or m.entity_type != "person" or m.start == 0 \
                or self.text[m.start - 1] != "(":
            return False
        return any(f.qualifiers.get("character")
                   for f in self.kb.facts(predicate="cast_member", object_entity=m.entity.id))

    @classmethod
    def _role_place(cls, p: Parsed, f: Frame, tok) -> Optional[Arg]:
        """The place of a frame's role word: the place a "there" was bound to (or its bare
        words, when it names none the KB knows), else the place its phrase names."""
        if f.proform is not None and tok.i == f.proform:
            return next(fl.arg for fl in f.roles["place"] if fl.token == tok.i)
        return cls._place(p, tok)

    @staticmethod
    def _place(p: Parsed, tok) -> Optional[Arg]:
        """The place a role's phrase names: the phrase itself, or a place inside it ("a chapel
        in Las Vegas"), not reaching into a clause of its own."""
        for i in sorted(clause_of(tok, p.titles)):
            a = p.arg_at(i)
            if a is not None and a.kind == "place":
                return a
        return None

    def _claim(self, p: Parsed, f: Frame, film: str, movers, place: Arg, action: str,
               who: Optional[Arg], unknown: Optional[Arg], hedged: bool) -> Claim:
        # the claim opens at the cue's own subject ("the couple fly to X"), not at a subject
        # it inherits from another clause ("He hires her ..., flies her to Las Vegas")
        cue = p.doc[f.cue]
        # (a participle after "get" or "be" has the subject of the verb it completes)
        own = [c for v in _verbs_of(cue) for c in v.children if c.dep_ in (
            "nsubj", "nsubjpass", "nummod", "compound", "nmod") and c.i < f.cue]
        firsts = [f.cue, place.first] + [p.arg_at(c.i).first if p.arg_at(c.i) else c.left_edge.i
                                         for c in own]
        lo, hi = min(firsts), max(f.cue + 1, place.last)
        start, end = p.span_of(lo, hi)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        kind = KIND[action]
        obj = EntityRef(place.entity, self.kb.label(place.entity)) if place.entity else place.text
        slots = dict(kind=kind, subject=film, place=place.entity, negated=f.negated,
                     action=action)
        if action in ("travel", "origin"):
            slots["purpose_verbs"] = purpose_verbs(cue)
            travellers = self._travellers(p, f)
            if travellers:   # who goes: a slot a journey of theirs the KB tells must hold
                slots["who"] = travellers
            back = _section().get("returns") or {}
            if cue.lemma_.lower() in set(back.get("verbs") or ()) or any(
                    c.dep_ in ("advmod", "prt") and c.lower_ in set(back.get("words") or ())
                    for c in cue.children):
                # "take him back to Russia", "fly home to Moscow": a return to where they come
                # from, a journey the story's places do not decide
                slots["back"] = True
                if any(c.dep_ in ("advmod", "prt") and c.lower_ == "home" for c in cue.children):
                    slots["home"] = True   # "goes home to X": X is where they live
            if _at_end(cue):
                slots["at_end"] = True   # "In the end Igor drives her to X": the ending's
            if any(isinstance(m, Arg) and m.kind == "character" and self.kb.entities_by_name(
                    m.text, type="film") for m in movers):
                # "Anora went to Toronto": a name that is also a title may be the film on its
                # festival run; the story's journey is then only ever confirmed
                slots["support_only"] = True
        if kind == "plot_lives":
            slots.update(who=who.entity if who is not None else None, where=action)
            # whom they live with is a slot too ("lives with her grandmother in X")
            slots["with"] = sorted({o.lemma_.lower() for c in cue.children if c.dep_ == "prep"
                                    and c.lower_ == "with" for o in c.children
                                    if o.dep_ == "pobj" and o.pos_ == "NOUN"})
            slots["verb"] = cue.lemma_.lower()
        elif action == "marry":
            # who marries is a slot the clause states ("Ani and Igor marry in Las Vegas"):
            # every character it names must be among the wedding's
            slots["who"] = sorted({m.entity for m in movers if isinstance(m, Arg) and m.entity})
        if action in ("marry", "travel", "origin") and not slots.get("at_end"):
            # when in the story it happens ("In the opening scene they marry in X", "In the
            # end they marry"): a moment the story's fact of the wedding or journey must tell
            if _at_end(cue, "opening_phrases"):
                slots["at_start"] = True
            elif action == "marry" and _at_end(cue):
                slots["at_end"] = True
        if unknown is not None and who is None:
            slots["unknown"] = unknown.text   # a mover the KB lacks: left open
        if not place.entity:
            slots["unknown"] = place.text
        return Claim(id="", start=start, end=end, text=self.text[start:end], category="plot",
                     subject=EntityRef(film, self.kb.label(film)), predicate="plot",
                     object=obj, hedged=hedged, slots=slots)

    # -- rumours -----------------------------------------------------------------------------
    def rumour_claims(self, p: Parsed, hedged: bool, found: list[Claim]) -> list[Claim]:
        """A hedged sentence's event, when no family claims the sentence: one claim, hedged."""
        if not hedged or found:
            return []
        s = p.sentence
        known = [a for a in p.args if a.entity and a.kind in ("person", "film", "character")]
        if not known:
            return []
        if not any(self._event(tok) for tok in p.doc):
            return []
        subj = next((a.entity for a in known if a.kind == "person"), None) or \
            self.res.film(s) or next((a.entity for a in known if a.kind == "film"), None)
        if subj is None:
            return []
        lead = len(s.text) - len(s.text.lstrip())
        start, end = s.start + lead, s.start + len(s.text.rstrip())
        return [Claim(id="", start=start, end=end, text=self.text[start:end],
                      category="production", subject=EntityRef(subj, self.kb.label(subj)),
                      predicate="rumour", object=self.text[start:end], hedged=True,
                      slots=dict(kind="rumour", subject=subj, negated=False))]

    @staticmethod
    def _event(tok) -> bool:
        """An event a rumour tells: a verb of `rumour_events`, or "there was a longer cut"."""
        if tok.pos_ in ("VERB", "AUX") and _match(tok, _rumour_events()) is not None:
            return True
        nouns = set(_section().get("rumour_nouns") or ())
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns and tok.dep_ in (
            "attr", "nsubj") and any(c.dep_ == "expl" for c in tok.head.children)
