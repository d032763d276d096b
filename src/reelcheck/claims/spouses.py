"""Who a person is married to, said in passing: "his wife, producer Samantha Quan", "Sean
Baker's wife Samantha Quan", "Samantha Quan, his wife,", "his wife is Samantha Quan".

A spouse noun of the lexicon (`crew.spouse_nouns`) ties two KB people through the parse:
the owner is the noun's possessor (a name, or "his"/"her": the person named before it in the
sentence, else the one the passage is about); the spouse is the name the noun stands in
apposition to, or is said to be. A spouse named with "with" after a crew verb ("co-wrote it with
his wife, Jane Roe") is the credit's partner: the credit is the claim there (claims/crew.py).
Marriages end and begin, so the check only ever supports (verify/people.py `spouse`).
"""
from __future__ import annotations

from typing import Optional

from ..model import Claim, EntityRef
from .crew import COPULAS, table
from .frames import RELATIVE
from .parse import Arg, Parsed, lexicon

POSSESSIVES = {"his": "he", "her": "she"}


class SpouseReader:
    def __init__(self, kb, resolver, text: str):
        self.kb, self.res, self.text = kb, resolver, text

    def sentence_claims(self, p: Parsed, hedged: bool) -> list[Claim]:
        nouns = set(lexicon().section("crew").get("spouse_nouns", ()))
        out = []
        for tok in p.doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or _credit_partner(tok):
                continue
            spouse = self._spouse(p, tok)
            if spouse is None:
                continue
            owner, otok = self._owner(p, tok, spouse)
            if owner is None or owner == spouse.entity:
                continue
            first = min(tok.i if otok is None else otok, spouse.first, tok.i)
            last = max(spouse.last, tok.i + 1)
            start, end = p.span_of(first, last)
            out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                             category="other", subject=EntityRef(owner, self.kb.label(owner)),
                             predicate="spouse",
                             object=EntityRef(spouse.entity, self.kb.label(spouse.entity)),
                             hedged=hedged,
                             slots=dict(kind="spouse", subject=owner, person=spouse.entity,
                                        negated=False)))
        return out

    def _spouse(self, p: Parsed, tok) -> Optional[Arg]:
        cands = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ in ("appos", "compound"):
            cands.append(tok.head)   # "Samantha Quan, his wife"
        if tok.head.lemma_.lower() in COPULAS:   # "his wife is Samantha Quan"
            cands += [c for c in tok.head.children if c.dep_ in ("attr", "nsubj")
                      and c.i != tok.i]
            if tok.head.dep_ == "relcl" and any(c.lower_ in RELATIVE for c in cands):
                cands.append(tok.head.head)   # "Samantha Quan, who is also his wife"
        for c in cands:
            a = p.arg_at(c.i)
            if a is not None and a.kind == "person" and a.entity:
                return a
        return None

    def _owner(self, p: Parsed, tok, spouse: Arg) -> tuple[Optional[str], Optional[int]]:
        """(the owner's KB id, its token when named)."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:
            return None, None
        a = p.arg_at(poss.i)
        if a is not None:
            return (a.entity, a.first) if a.kind == "person" and a.entity else (None, None)
        if poss.lower_ not in POSSESSIVES:
            return None, None
        before = [x for x in p.args if x.kind == "person" and x.entity and x.last <= poss.i
                  and x.entity != spouse.entity]
        if before:
            return before[-1].entity, poss.i
        return self.res.person(p.sentence, POSSESSIVES[poss.lower_]), poss.i


def _credit_partner(tok) -> bool:
    """"co-wrote Anora with his wife, X": a spouse named as a crew credit's partner."""
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i:   # "with X, his wife"
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    gov = tok.head.head
    return table().crewish(gov) or (gov.dep_ in ("dobj", "obj") and table().crewish(gov.head))
