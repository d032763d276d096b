"""The name a person was born with: "Her birth name is Mikaela Rosberg", "Jane Roe's real name
is Ilse Varga", "Mikey Madison was born Mikaela Madison Rosberg".

Read from the parse with the lexicon's `names` section: a name noun (`nouns`, with one of its
`modifiers`: "birth name", "real name") that is the subject of a copula whose attribute is a
name, the noun's owner being the person (a name or a pronoun); or a birth verb (`verbs`:
"was born") whose direct object is a proper name (not a place or a date: "born in Los
Angeles" is the origins family's). The claim is the KB's `birth_name`, compared word by word
(verify/people.py `birth_name`): a name that leaves out a middle name still holds.
"""
from __future__ import annotations

from typing import Optional

from ..model import Claim, EntityRef
from .frames import _negated, subject_token
from .parse import Parsed, lexicon

PRONOUNS = {"her": "she", "his": "he", "she": "she", "he": "he"}


class NameReader:
    def __init__(self, kb, res, text: str):
        self.kb, self.res, self.text = kb, res, text

    def sentence_claims(self, p: Parsed, hedged: bool) -> list[Claim]:
        lx = lexicon().section("names")
        nouns, mods = set(lx.get("nouns") or ()), set(lx.get("modifiers") or ())
        verbs = set(lx.get("verbs") or ())
        out = []
        for t in p.doc:
            got = None
            if t.lemma_.lower() in nouns and any(c.dep_ in ("compound", "amod")
                                                 and c.lower_ in mods for c in t.children):
                got = self._noun(p, t)
            elif t.lemma_.lower() in verbs and t.tag_ == "VBN":
                got = self._verb(p, t)
            if got is None:
                continue
            person, name, cue, lo = got
            start, end = p.span_of(min(lo, cue.i), name[-1].i + 1)
            value = " ".join(x.text for x in name)
            out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                             category="other",
                             subject=EntityRef(person, self.kb.label(person)),
                             predicate="birth_name", object=value, hedged=hedged,
                             slots=dict(kind="birth_name", subject=person, name=value,
                                        negated=_negated(cue))))
        return out

    def _noun(self, p: Parsed, t):
        """"Her birth name is Y": the noun is a copula's subject, the name its attribute."""
        v = t.head
        if t.dep_ != "nsubj" or v.lemma_.lower() != "be":
            return None
        attr = next((c for c in v.children if c.dep_ == "attr"), None)
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        person = self._person(p, owner) if owner is not None else None
        name = _name(p, attr, person)
        if name is None or person is None:
            return None
        return person, name, v, _first(p, owner)

    def _verb(self, p: Parsed, t):
        """"X was born Y": a proper name as the birth verb's object."""
        obj = next((c for c in t.children if c.dep_ in ("dobj", "oprd", "attr", "npadvmod")), None)
        s = subject_token(t)
        person = self._person(p, s) if s is not None else None
        name = _name(p, obj, person)
        if name is None or person is None:
            return None
        return person, name, t, _first(p, s)

    def _person(self, p: Parsed, tok) -> Optional[str]:
        a = p.arg_at(tok.i)
        if a is None:   # "the actress Jane Roe": the name beside the noun
            a = next((p.arg_at(c.i) for c in tok.children if c.dep_ == "appos"), None)
        if a is not None:
            return a.entity if a.kind == "person" and a.entity else None
        if tok.lower_ in PRONOUNS:
            return self.res.person(p.sentence, PRONOUNS[tok.lower_])
        return None


def _first(p: Parsed, tok) -> int:
    a = p.arg_at(tok.i)
    return a.first if a is not None else tok.i


def _name(p: Parsed, tok, person: Optional[str]) -> Optional[list]:
    """The words of a proper name headed by `tok` (its PROPN compounds), unless it is a KB
    entity other than the person themself (a place, a date, a film, someone else)."""
    if tok is None or tok.pos_ != "PROPN":
        return None
    a = p.arg_at(tok.i)
    if a is not None and (a.entity and a.entity != person or a.kind != "person"):
        return None
    words = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             and c.i < tok.i] + [tok]
    words.sort(key=lambda x: x.i)
    if len(words) < 2 or words[-1].i - words[0].i != len(words) - 1:
        return None   # a single word is no full name to check
    return words
