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
