"""Where a person is from, said in passing: "Baker's native New York", "New Jersey native Sean
Baker", "Sean Baker, a New York native,", "Sean Baker is a native of New Jersey".

The lexicon's `origins` words ("native") tie a place to a person through the parse: the place
the word modifies and the person who possesses it, the person the word modifies and the place
beside it, or the place after "of" and the person the word is said of. The claim is the KB's
place of birth, checked like any place (a place containing the birthplace holds), but loosely:
"native" is also said of the city next to one's birthplace, so only a place in another region
(sharing no more than the country) is refuted.
"""
from __future__ import annotations

from typing import Optional

from ..model import Claim, EntityRef
from .frames import _negated, subject_token
from .parse import Arg, Parsed, lexicon


class OriginReader:
    def __init__(self, kb, text: str, resolver=None):
        self.kb, self.text, self.res = kb, text, resolver

    def sentence_claims(self, p: Parsed, hedged: bool) -> list[Claim]:
        words = set(lexicon().qualifiers.get("origin_words", ()))
        verbs = set(lexicon().qualifiers.get("origin_verbs", ()))
        out = []
        for w in p.doc:
            loose = True
            if w.lower_ in words:
                got = self._pair(p, w)
            elif w.lemma_.lower() in verbs and w.pos_ in ("VERB", "AUX"):
                got = self._from(p, w)   # "from" is said of where one grew up, too: only
                loose = "country"         # another country than the birthplace's is wrong
            else:
                continue
            if got is None:
                continue
            person, place = got
            first = min(person.first, place.first, w.i)
            last = max(person.last, place.last, w.i + 1)
            start, end = p.span_of(first, last)
            out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                             category="location",
                             subject=EntityRef(person.entity, self.kb.label(person.entity)),
                             predicate="place_of_birth",
                             object=EntityRef(place.entity, self.kb.label(place.entity)),
                             hedged=hedged,
                             slots=dict(kind="place", subject=person.entity,
                                        place=place.entity, negated=False, loose=loose)))
        return out

    def _from(self, p: Parsed, verb) -> Optional[tuple[Arg, Arg]]:
        """'Jane Roe is from Los Angeles', 'hails from Reutov', 'She is from ...': a person's
        origin, said with "from" right on the verb (not "flew in from Moscow", whose verb is
        another)."""
        where = _from_place(p, verb)
        s = subject_token(verb)
        who = p.arg_at(s.i) if s is not None else None
        if who is None and s is not None and s.lower_ in ("he", "she") and self.res is not None:
            eid = self.res.person(p.sentence, s.lower_)   # the person the pronoun is
            start, end = p.span_of(s.i, s.i + 1)
            who = Arg(start, end, s.text, "person", eid, s.i, s.i + 1, s.i) if eid else None
        if where is None or not _is(who, "person") or _negated(verb):
            return None
        return who, where

    def _pair(self, p: Parsed, w) -> Optional[tuple[Arg, Arg]]:
        head = w.head
        if w.dep_ == "amod":
            h = p.arg_at(head.i)
            if _is(h, "place"):                  # "Baker's native New York"
                owner = next((c for c in head.children if c.dep_ == "poss"), None)
                who = p.arg_at(owner.i) if owner is not None else None
                return (who, h) if _is(who, "person") else None
            if _is(h, "person"):                 # "New Jersey native Sean Baker"
                where = _place_before(p, w)
                return (h, where) if where is not None else None
            return None
        if w.pos_ != "NOUN" and not (w.dep_ in ("appos", "attr") and any(
                c.dep_ == "det" for c in w.children)):
            return None   # (with an article it is the noun, whatever the tagger says: "Jane
            # Roe, a Miami native,")
        where = next((p.arg_at(o.i) for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"), None) or _place_before(p, w)
        if not _is(where, "place"):
            return None
        if w.dep_ == "appos":                    # "Sean Baker, a New York native,"
            who = p.arg_at(head.i)
        elif w.dep_ == "attr":                   # "Sean Baker is a native of New Jersey"
            s = subject_token(head)
            who = p.arg_at(s.i) if s is not None else None
        else:
            return None
        return (who, where) if _is(who, "person") else None


def _from_place(p: Parsed, verb) -> Optional[Arg]:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for o in c.children:
                if o.dep_ == "pobj" and _is(p.arg_at(o.i), "place"):
                    return p.arg_at(o.i)
    return None


def _is(a: Optional[Arg], kind: str) -> bool:
    return a is not None and a.kind == kind and a.entity is not None


def _place_before(p: Parsed, w) -> Optional[Arg]:
    """A KB place ending right before the word: "[New Jersey] native"."""
    a = p.arg_at(w.i - 1) if w.i > 0 else None
    return a if _is(a, "place") and a.last == w.i else None
