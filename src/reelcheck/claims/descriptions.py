"""Descriptions that state a credit: "the Scream actress", "the Once Upon a Time in Hollywood
star", "the Anora director Sean Baker".

A noun the lexicon lists as a person's trade (`ages.descriptions`: actress, actor, star,
director, ...), with a definite determiner and a KB film among its modifiers, says that the
person it names has that film among their credits. The person is the name set beside the noun
("the Scream actress Jane Roe"), or, with none, the person the passage is about (resolved like
"she"): then the claim is inferred and may be supported, never refuted (the filmography check
only ever supports).
"""
from __future__ import annotations

from ..model import Claim, EntityRef
from .parse import Parsed, lexicon

DEFINITE = ("the", "this", "that")


class DescriptionReader:
    def __init__(self, kb, res, text: str):
        self.kb, self.res, self.text = kb, res, text

    def sentence_claims(self, p: Parsed, hedged: bool) -> list[Claim]:
        trades = lexicon().ages.get("descriptions", {})
        out = []
        for noun in p.doc:
            if noun.lemma_.lower() not in trades or noun.pos_ != "NOUN":
                continue
            own = p.arg_at(noun.i)
            if own is not None and own.first <= noun.i < own.last and own.kind != "work":
                continue   # part of a name
            # "the [Scream] actress": a definite determiner, a KB film, the noun -- read off
            # the words, since a title inside a noun phrase often misleads the parser
            film = p.arg_at(noun.i - 1) if noun.i > 1 else None
            if film is None or film.kind != "film" or not film.entity or film.last != noun.i \
                    or film.first < 1 or p.doc[film.first - 1].lower_ not in DEFINITE:
                continue
            person, inferred, last = self._person(p, noun, trades[noun.lemma_.lower()])
            if person is None:
                continue
            start, end = p.span_of(film.first - 1, last + 1)   # from the determiner
            s = p.sentence
            start, end = max(s.start, start), min(s.end, end)
            slots = dict(kind="filmography", subject=person, work=film.entity,
                         negated=False, inferred=inferred)
            out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                             category="filmography",
                             subject=EntityRef(person, self.kb.label(person)),
                             predicate="notable_work",
                             object=EntityRef(film.entity, self.kb.label(film.entity)),
                             hedged=hedged, slots=slots))
        return out

    def _person(self, p: Parsed, noun, gender):
        """(person id, inferred?, last token) the description names."""
        for c in noun.children:   # "the Scream actress Jane Roe"
            a = p.arg_at(c.i)
            if c.i > noun.i and c.dep_ in ("appos", "compound", "npadvmod") and a is not None:
                return (a.entity, False, a.last - 1) if a.kind == "person" and a.entity \
                    else (None, False, noun.i)
        head = p.arg_at(noun.head.i)
        # "the Scream star Jane Roe" (a compound), "Jane Roe, the Scream star," (set beside
        # the name): the person named, not the one the passage is about
        if noun.dep_ in ("compound", "appos") and head is not None and head.kind == "person":
            last = head.last - 1 if head.first > noun.i else noun.i
            return (head.entity, False, last) if head.entity else (None, False, noun.i)
        pron = {"f": "she", "m": "he"}.get(gender)
        return self.res.person(p.sentence, pron), True, noun.i


# -- what a character is said to be ---------------------------------------------------------
# "Igor, a henchman for the Zakharov family", "the Armenian priest Toros", "Brooklyn stripper
# Ani", "a waitress named Ani": a common noun said of a KB character (in apposition, before the
# name, or given the name by a participle) is a claim of its own when no other claim
# of the sentence reads those words. Its slots are the noun and every content word of its phrase
# (a clause hung on it is a statement of its own); the verifier (verify/plot.py) holds them
# against the roles the KB's description of that character gives, so a description the KB does
# not give stays open (never refuted: a description is loose).

_OWN_CLAUSES = ("relcl", "appos", "conj", "cc", "punct", "advcl")


def _described_character(p: Parsed, noun):
    """The KB character argument a common noun describes, or None."""
    def char(i):
        a = p.arg_at(i)
        return a if a is not None and a.kind == "character" and a.entity else None
    head = noun.head
    if noun.dep_ == "conj" and head.pos_ == "NOUN" and head.i < noun.i:
        return _described_character(p, head)   # "Vanya's godfather and an Armenian priest"
    if noun.dep_ in ("appos", "compound") and char(head.i) is not None and head.i != noun.i:
        return char(head.i)
    beside = next((char(c.i) for c in head.children if c.dep_ == "nsubj" and c.i != noun.i
                   and char(c.i) is not None), None) if noun.dep_ == "nsubj" else None
    if beside is not None:
        # "Toros (...), Vanya's godfather, arrives": the parser reads the description set
        # beside the name as a second subject of the verb
        return beside
    for c in noun.children:   # "the Armenian priest Toros"
        if c.dep_ in ("appos", "compound") and c.i > noun.i and char(c.i) is not None:
            return char(c.i)
    return p.given_name(noun)   # "a waitress named Ani"


def _phrase(p: Parsed, noun, holder) -> list:
    """The tokens of the description's own phrase: the noun's subtree without the clauses,
    asides and conjuncts hung on it, and without the character's name."""
    out, stack = [], [noun]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ not in _OWN_CLAUSES
                  and not (c.dep_ == "acl" and c.lemma_.lower() in _naming())
                  and not holder.first <= c.i < holder.last]
    return sorted(out, key=lambda t: t.i)


def _naming() -> frozenset:
    return frozenset((lexicon().section("cast").get("nicknames") or {}).get("participles") or ())


def character_description_claims(kb, p: Parsed, text: str, hedged: bool,
                                 found: list[Claim]) -> list[Claim]:
    """The descriptions of KB characters in the sentence that no claim of `found` reads."""
    conf = lexicon().section("accounting")
    vague = set(conf.get("character_vague") or ())
    out = []
    if not any(t.pos_ in ("VERB", "AUX") for t in p.doc):
        return out   # a verbless row ("The players: Ani, a dancer; Vanya, ..."): its items
        # are told together, as the list the row is, not one by one
    for noun in p.doc:
        if noun.pos_ != "NOUN" or noun.tag_ == "NNS" or noun.lemma_.lower() in vague \
                or p.arg_at(noun.i) is not None:
            continue
        holder = _described_character(p, noun)
        if holder is None:
            continue
        toks = _phrase(p, noun, holder)
        if any(t.i in range(holder.first, holder.last) for t in toks):
            continue
        words = []   # each content word, as the lemmas it may be told by
        for t in toks:
            if t.dep_ == "poss" and t.pos_ == "PRON":
                words.append((t.lower_,))   # "his brother": whose, the KB's words never say
                continue
            if t.i == noun.i or t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
                continue
            a = p.arg_at(t.i)
            if a is not None and a.kind == "character" and a.entity:
                # "Vanya's godfather": a character is told by any of its names
                names = {w.lower() for n, _k in kb.aliases_of(a.entity)
                         for w in n.replace('"', " ").split()}
                words.append(tuple(sorted(names | {kb.label(a.entity).lower()})))
            else:
                words.append((t.lemma_.lower(),))
        start, end = p.span_of(toks[0].i, toks[-1].i + 1)
        if any(c.start < end and start < c.end for c in found + out):
            continue   # read by another claim
        slots = dict(kind="character_role", subject=holder.entity, who=holder.entity,
                     noun=noun.lemma_.lower(),
                     words=tuple(words), negated=False)
        out.append(Claim(id="", start=start, end=end, text=text[start:end], category="plot",
                         subject=EntityRef(holder.entity, kb.label(holder.entity)),
                         predicate="description", object=text[start:end], hedged=hedged,
                         slots=slots))
    return out


# -- a description set off beside a name ------------------------------------------------------
# "Barbie, the year's biggest box office hit, won one Oscar", "Oppenheimer, a three-hour biopic,
# won seven": a noun phrase in apposition to a KB person or film ("a/the ..." or "the year's
# ..."), set off by a comma, dash or bracket, is a statement of its own about that name, not a
# slot of the clause around it. Where it states something checkable-looking (a number, a degree)
# and no other reader made a claim of it (an age, an amount, a count, a record), it is an open
# `entity_description` claim naming what the KB cannot check; the slot account
# (`accounting.record`) then keeps its words apart from the main clause's claim, which is judged
# on its own slots. The description is never supported and never refutes anything.

_SET_OFF = (",", "(", "—", "–", "-", ";")
_SHUT = (",", ")", "—", "–", ";")
_BESIDE_CLAUSES = ("relcl", "acl", "appos", "conj", "cc", "advcl", "parataxis")


def _states_something(toks) -> bool:
    """A word the main clause's account would otherwise keep: a number ("a three-hour
    biopic", "a four-time nominee") or a degree ("the year's biggest hit", "the most-nominated
    actress of her generation")."""
    return any((t.like_num or t.pos_ == "NUM" or t.ent_type_ in _TOLD) and not _ordinal(t)
               or t.tag_ in ("JJS", "RBS") for t in toks)


# a time or an amount told in it ("a former child star of the 1980s", "a $6 million indie")
_TOLD = ("DATE", "MONEY", "QUANTITY", "PERCENT", "CARDINAL")


def _ordinal(t) -> bool:
    """"Baker's third film in competition": a place among a maker's films is a slot of the
    clause it is said in (`accounting._career_place`), not a description of its own."""
    return t.ent_type_ == "ORDINAL" or t.lower_.endswith(("first", "second", "third", "th"))


def _beside(p: Parsed, noun):
    """The KB person or film a noun phrase is set off beside, and the tokens of the name:
    after it ("Barbie, the year's biggest hit,") or before it ("The year's biggest hit,
    Barbie, ...", where the parser hangs the name on the noun). None where it is not a noun
    phrase with its article or owner, set off by a comma, dash or bracket."""
    if noun.pos_ not in ("NOUN", "PROPN") and noun.dep_ != "appos" or not any(
            x.dep_ in ("det", "poss") for x in noun.children):
        return None   # (an apposition with its article is a noun phrase, however a rare
        # noun is tagged: "a $6 million indie")
    own = p.arg_at(noun.i)
    if own is not None and own.entity:
        return None   # a name, not a description
    pairs = [(p.arg_at(noun.head.i), True)] if noun.dep_ == "appos" else []
    pairs += [(p.arg_at(c.i), False) for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    for holder, after in pairs:
        if holder is None or not holder.entity or holder.kind not in ("person", "film"):
            continue
        if after and noun.i < holder.last or not after and holder.first <= noun.i:
            continue
        gap = p.doc[holder.last:noun.left_edge.i] if after else p.doc[noun.i + 1:holder.first]
        if any(t.text in _SET_OFF for t in gap):
            return holder, after
    return None


def entity_description_claims(kb, p: Parsed, text: str, hedged: bool,
                              found: list[Claim]) -> list[Claim]:
    """The descriptions set off beside a KB person's or film's name that no claim reads."""
    out = []
    for noun in p.doc:
        beside = _beside(p, noun)
        if beside is None:
            continue
        holder, after = beside
        if holder.mention is not None and holder.mention.how in ("partial", "fuzzy") \
                and holder.last - holder.first == 1:
            continue   # "Max, the eldest daughter": one word of a longer KB name is no
            # sure link, so what the description is said of is not known
        # its words, up to a clause hung on it ("the film that won eleven"): that clause is
        # a statement of its own (a hyphen's words stay: "a three-hour biopic"), and the name
        # it is set beside is none of them
        own = sorted({x.i for x in noun.subtree} - {x.i for c in noun.children if c.dep_ in
                                                     _BESIDE_CLAUSES for x in c.subtree})
        own = [i for k, i in enumerate(own) if i - own[0] == k and (
            i >= holder.last if after else i < holder.first)]
        # ... and up to the comma, dash or bracket that closes it: a phrase the parser hangs
        # on it past that ("Kieran Culkin, the youngest of three brothers, for A Real Pain")
        # is the main clause's
        shut = next((i for i in own if i > noun.i and p.doc[i].text in _SHUT), None)
        toks = [p.doc[i] for i in own if shut is None or i < shut]
        while toks and toks[-1].is_punct:
            toks.pop()
        if not toks or not _states_something(toks):
            continue
        if any(getattr(p.arg_at(t.i), "entity", None) and p.arg_at(t.i).kind == "person"
               for t in toks):
            continue   # a person the KB knows named in it is the clause's to judge: "Anora,
            # the latest from Sean Baker," says whose film it is (`accounting._made_work`)
        start, end = p.span_of(toks[0].i, toks[-1].i + 1)
        hold_start, hold_end = p.span_of(holder.first, holder.last)
        lo, hi = (hold_start, end) if after else (start, hold_end)
        if any(c.start < end and start < c.end and lo <= c.start and c.end <= hi
               or start <= c.start and c.end <= end for c in found + out):
            continue   # read by another claim: an age, an amount, a count, a record
        slots = dict(kind="entity_description", subject=holder.entity, words=tuple(
            t.lower_ for t in toks if not t.is_punct), negated=False)
        out.append(Claim(id="", start=start, end=end, text=text[start:end], category="other",
                         subject=EntityRef(holder.entity, kb.label(holder.entity)),
                         predicate="description", object=text[start:end], hedged=hedged,
                         slots=slots))
    return out
