"""The time between two events, said of a clause: "Östlund took his second Palme with Triangle
of Sadness, four years after The Square", "Nomadland won Best Picture a year after Parasite",
"two years after Bong Joon Ho did".

A direction word of the lexicon (`intervals.directions`: "after", "before") whose measure is a
unit of time (`intervals.units`: "four years", "a decade") in the parse (its npadvmod) ties the
clause it hangs on -- the event an award claim of the sentence already reads there -- to the
one its object names (a film or a person, or the subject of the clause it introduces). The
claim carries both sides and the interval; the check (verify/dates.py `interval_claim`) takes each
event's year from the KB: the prize's edition when the side won that prize, else the film's
year. An approximate measure ("about five years": a modifier on it) is never refuted.
"""
from __future__ import annotations

from typing import Optional

from ..model import Claim, EntityRef
from .parse import Parsed, lexicon, number_value

SIDES = ("film", "person")


def _lx() -> dict:
    return lexicon().section("intervals")


class IntervalReader:
    def __init__(self, kb, res, text: str):
        self.kb, self.res, self.text = kb, res, text

    def sentence_claims(self, p: Parsed, hedged: bool, found: list) -> list[Claim]:
        lx = _lx()
        dirs, units = lx.get("directions", {}), lx.get("units", {})
        out = []
        for t in p.doc:
            sign = dirs.get(t.lower_)
            if sign is None:
                continue
            if t.dep_ in ("mark", "advmod") and t.head.dep_ == "advcl":
                # "two years after Nomadland did": the clause it opens; a title the parser
                # read as that clause ("after Take Out") is the other side itself
                clause, verb = t.head, t.head.head
                other = clause if getattr(p.arg_at(clause.i), "kind", None) in SIDES else next(
                    (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if other is not clause and any(
                        c.dep_ in ("dobj", "attr", "oprd", "ccomp", "xcomp") or (
                            c.dep_ == "prep" and not any(
                                getattr(p.arg_at(g.i), "kind", None) in SIDES
                                for g in c.children))
                        for c in clause.children):
                    continue   # "after Parasite swept the Oscars": an event of its own, which
                    # need not be the clause's prize
            elif t.dep_ == "prep":
                clause, verb = t, t.head
                other = next((c for c in t.children if c.dep_ == "pobj"), None)
            else:
                continue
            meas = next((c for c in list(clause.children) + list(t.children)
                         if c.dep_ == "npadvmod" and c.lemma_.lower() in units), None)
            if meas is None and t.dep_ == "prep" and t.head.dep_ == "npadvmod" and \
                    t.head.lemma_.lower() in units:   # "A year after X, ...": on the measure
                meas, verb = t.head, t.head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "prep") and \
                    verb.head.i != verb.i:   # "won at the 94th Academy Awards, three years
                verb = verb.head             # after X": the win the edition's phrase is of
            if meas is None or other is None or verb.pos_ not in ("VERB", "AUX"):
                continue
            n = self._count(meas)
            b = p.arg_at(other.i)
            if (b is None or b.kind == "ordinal") and other.pos_ in ("NOUN", "ADJ", "PRON"):
                # "22 years after his first for The Pianist": the work the phrase names
                b = next((x for g in other.subtree if g.dep_ == "pobj" and g.head.lower_ == "for"
                          and (x := p.arg_at(g.i)) is not None and x.kind == "film"), None)
            if n is None or b is None or b.kind not in SIDES or not b.entity:
                continue
            n *= units[meas.lemma_.lower()]
            approx = any(c.dep_ in ("advmod", "quantmod", "amod") for c in meas.children) or any(
                c.dep_ in ("advmod", "quantmod") for x in meas.children for c in x.children)
            event = self._event(p, verb, found)
            if event is None:
                continue
            a = next((x for x in (event.slots.get("for_work"), event.slots.get("subject"))
                      if x and getattr(self.kb.entity(x), "type", None) == b.kind), None)
            if a is None or a == b.entity:
                continue
            said = p.doc[min(x.i for x in meas.subtree):meas.i + 1].text.lower()
            if event.slots.get("unchecked"):   # the award's clause states the interval: this
                event.slots["unchecked"] = [   # claim judges it
                    x for x in event.slots["unchecked"] if x.lower() != said]
            lo = min([x.i for x in meas.subtree] + [t.i, b.first])
            hi = max(b.last, other.i + 1)
            start, end = p.span_of(lo, hi)
            out.append(Claim(
                id="", start=start, end=end, text=self.text[start:end], category="date",
                subject=EntityRef(a, self.kb.label(a)), predicate="interval",
                object=EntityRef(b.entity, self.kb.label(b.entity)), hedged=hedged,
                slots=dict(kind="interval", subject=a, other=b.entity, years=n, sign=sign,
                           approximate=approx, award=event.slots.get("award"),
                           family_assumed=event.slots.get("family_assumed"), negated=False)))
        return out

    @staticmethod
    def _count(meas) -> Optional[int]:
        for c in meas.children:
            if c.dep_ == "nummod":
                return number_value(c)
            if c.dep_ == "det" and c.lower_ in ("a", "an"):
                return 1
        return None

    def _event(self, p: Parsed, verb, found: list) -> Optional[Claim]:
        """The award claim of the sentence whose words hold the clause's verb: the event the
        interval is measured from."""
        at = p.offset + verb.idx
        return next((c for c in found if c.slots.get("kind") == "award"
                     and c.start <= at < c.end and c.slots.get("award")
                     and c.slots.get("polarity") == "won" and not c.slots.get("negated")), None)
