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

from functools import lru_cache
from typing import Optional

from ..model import Claim, EntityRef
from ..kb.awards import award_family
from .awards.readings import _count_bound
from .parse import Parsed, lexicon, number_value

SIDES = ("film", "person")
# the claims that tell a dated event: a prize won (its night), a world premiere or a release
# (its day)
_PREMIERES = ("premiere_date", "premiered_at", "release_date")


def _lx() -> dict:
    return lexicon().section("intervals")


class IntervalReader:
    def __init__(self, kb, res, text: str):
        self.kb, self.res, self.text = kb, res, text
        self._told: tuple = (-1, -1, [])   # (paragraph, sentence, the events it told)

    def sentence_claims(self, p: Parsed, hedged: bool, found: list) -> list[Claim]:
        sides = self._between_sides(p, hedged, found)
        out = sides + self._gaps(p, hedged, found, sides) + self._same_time(p, hedged, found)
        out += self._streaks(p, hedged, found)
        out += self._apart(p, hedged, found)
        self._told = (p.sentence.paragraph, p.sentence.index, [c for c in found if told_event(c)])
        return out

    def _between_sides(self, p: Parsed, hedged: bool, found: list) -> list[Claim]:
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
            if meas is None and t.dep_ == "prep" and t.head.pos_ == "VERB" and \
                    t.head.lemma_.lower() in set(lx.get("release_verbs", ())):
                # "Anora arrived three years after X": the measure right before the direction
                # word, hung on the verb (read as its object after a verb that takes none)
                meas = next((c for c in t.head.children if c.dep_ in ("npadvmod", "dobj")
                             and c.lemma_.lower() in units and c.i == t.i - 1), None)
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "prep") and \
                    verb.head.i != verb.i:   # "won at the 94th Academy Awards, three years
                verb = verb.head             # after X": the win the edition's phrase is of
            if meas is None or other is None or verb.pos_ not in ("VERB", "AUX"):
                continue
            n = self._count(meas)
            b = p.arg_at(other.i)
            # "after her first nomination, for A": the side is A's nomination, not its film
            nominated = other.lemma_.lower() in lexicon().qualifiers.get("nomination_nouns", ())
            if (b is None or b.kind == "ordinal" or b.kind == "award" and other.pos_ == "PROPN") \
                    and other.pos_ in ("NOUN", "ADJ", "PRON", "PROPN"):
                # "22 years after his first for The Pianist", "a decade after his first Palme
                # for X": the work the phrase names
                b = next((x for g in other.subtree if g.dep_ == "pobj" and g.head.lower_ == "for"
                          and (x := p.arg_at(g.i)) is not None and x.kind == "film"), None)
            k = _own_ordinal(other)
            if n is not None and k is not None and (b is None or b.kind != "film"):
                # "his second Palme ten years after his first": the holder's k-th prize
                nth = self._nth_interval(p, verb, found, meas, t, other, n * units[
                    meas.lemma_.lower()], sign, k, hedged)
                out += [nth] if nth is not None else []
                continue
            if n is None or b is None or b.kind not in SIDES or not b.entity:
                continue
            n *= units[meas.lemma_.lower()]
            approx = any(c.dep_ in ("advmod", "quantmod", "amod") for c in meas.children) or any(
                c.dep_ in ("advmod", "quantmod") for x in meas.children for c in x.children)
            event = self._event(p, verb, found)
            if event is not None:
                a = next((x for x in (event.slots.get("for_work"), event.slots.get("subject"))
                          if x and getattr(self.kb.entity(x), "type", None) == b.kind), None)
            else:   # "Anora arrived three years after Red Rocket": one film's coming out after
                # another's, each the film's year
                # (the other side named as a film, not a clause of its own: "after X won")
                a = self._released_film(p, verb) if b.kind == "film" and t.dep_ == "prep" \
                    and b.head == other.i else None
            if a is None and b.kind == "film":
                # "her second Best Actress Oscar seven years after La La Land": the n-th
                # prize a claim of the clause reads, from the film's
                nth = self._nth_interval(p, verb, found, meas, t, other, n, sign, 0, hedged,
                                         film=b.entity)
                out += [nth] if nth is not None else []
                continue
            if a is None or a == b.entity:
                continue
            said = p.doc[min(x.i for x in meas.subtree):meas.i + 1].text.lower()
            if event is not None and event.slots.get("unchecked"):   # the award's clause
                event.slots["unchecked"] = [   # states the interval: this claim judges it
                    x for x in event.slots["unchecked"] if x.lower() != said]
            lo = min([x.i for x in meas.subtree] + [t.i, b.first])
            hi = max(b.last, other.i + 1)
            start, end = p.span_of(lo, hi)
            out.append(Claim(
                id="", start=start, end=end, text=self.text[start:end], category="date",
                subject=EntityRef(a, self.kb.label(a)), predicate="interval",
                object=EntityRef(b.entity, self.kb.label(b.entity)), hedged=hedged,
                slots=dict(kind="interval", subject=a, other=b.entity, years=n, sign=sign,
                           approximate=approx, **_measured(meas),
                           award=event.slots.get("award") if event is not None else None,
                           other_nominated=nominated or None,
                           family_assumed=event.slots.get("family_assumed")
                           if event is not None else None, negated=False)))
        return out

    def _apart(self, p: Parsed, hedged: bool, found: list) -> list[Claim]:
        """"Swank won her two Best Actress Oscars five years apart", "a ten-year gap between
        Loach's two Palmes": a measure of time on a word of distance (`apart_words`, its
        npadvmod) or on a noun of one (`gap_nouns`, its compound or modifier, the wins under
        its "between"), said of a claim of two wins of one prize, is the years between the
        subject's first and second win of it (checked in verify/streaks.py `nth_interval`,
        which leaves a subject with another count of wins to the count's own claim)."""
        lx = _lx()
        units, aparts, gaps = lx.get("units", {}), set(lx.get("apart_words", ())), \
            set(lx.get("gap_nouns", ()))
        counts = [c for c in found if c.slots.get("kind") == "award" and c.slots.get("count") == 2
                  and c.slots.get("polarity") == "won" and c.slots.get("subject")
                  and c.slots.get("award") and not c.slots.get("negated")]
        out = []
        for t in p.doc:
            if t.lower_ in aparts:
                meas = next((c for c in t.children if c.dep_ == "npadvmod"
                             and c.lemma_.lower() in units), None)
                at = [t.head] + [c for c in t.head.children if c.dep_ in ("nsubj", "dobj")]
            elif t.lemma_.lower() in gaps:
                meas = next((c for c in t.children if c.dep_ in ("compound", "amod")
                             and c.lemma_.lower() in units), None)
                at = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "between"
                      for o in c.children if o.dep_ == "pobj"]
            else:
                continue
            n = self._count(meas) if meas is not None else None
            held = [c for c in counts if any(c.start <= p.offset + x.idx < c.end for x in at)]
            if n is None or len(held) != 1:
                continue
            ev = held[0]
            start, end = p.span_of(meas.left_edge.i, t.i + 1)
            said = self.text[start:end]
            for key in ("unchecked", "unjudged"):
                if ev.slots.get(key):
                    ev.slots[key] = [x for x in ev.slots[key]
                                     if x.lower() not in said.lower()] or None
            approx = any(c.dep_ in ("advmod", "quantmod") for x in meas.subtree
                         for c in x.children)
            who = ev.slots["subject"]
            out.append(Claim(
                id="", start=start, end=end, text=said, category="date",
                subject=EntityRef(who, self.kb.label(who)), predicate="interval", object=None,
                hedged=hedged,
                slots=dict(kind="nth_interval", subject=who, award=ev.slots.get("award"),
                           family=ev.slots.get("family"),
                           award_phrase=ev.slots.get("award_phrase"), nth=2, other_nth=1,
                           pair=True, years=n * units[meas.lemma_.lower()], sign=1,
                           approximate=approx, **_measured(meas), negated=False)))
        return out

    def _again(self, p: Parsed, second: list, meas, t, years: int, sign: int,
               hedged: bool) -> Optional[Claim]:
        """"Loach won the Palme again ten years later (with I, Daniel Blake)": a win said to
        repeat (a `repeat_words` word on its verb) and measured by a shift word from nothing
        the piece told before is measured from the subject's win of the same prize before it;
        checked in verify/streaks.py `nth_interval` over each pair of successive wins (the
        later one the win of the work or year the claim names). The win's own claim leaves
        the measure to this one."""
        held = [c for c in second if c.slots.get("kind") == "award" and c.slots.get("subject")
                and c.slots.get("polarity") == "won" and not c.slots.get("negated")
                and c.slots.get("award")]
        if len(held) != 1:
            return None
        ev = held[0]
        lo, hi = min(x.i for x in meas.subtree), t.i + 1
        start, end = p.span_of(lo, hi)
        said = self.text[start:end]
        for key in ("unchecked", "unjudged"):
            if ev.slots.get(key):
                ev.slots[key] = [x for x in ev.slots[key] if x.lower() != said.lower()] or None
        approx = any(c.dep_ in ("advmod", "quantmod", "amod") for c in meas.children) or any(
            c.dep_ in ("advmod", "quantmod") for x in meas.children for c in x.children)
        who = ev.slots["subject"]
        return Claim(
            id="", start=start, end=end, text=said, category="date",
            subject=EntityRef(who, self.kb.label(who)), predicate="interval", object=None,
            hedged=hedged,
            slots=dict(kind="nth_interval", subject=who, award=ev.slots.get("award"),
                       family=ev.slots.get("family"), award_phrase=ev.slots.get("award_phrase"),
                       nth=None, other_nth=None, again=True, for_work=ev.slots.get("for_work"),
                       year=ev.slots.get("year"), ceremony=ev.slots.get("ceremony"),
                       years=years, year_shift=years, sign=sign, approximate=approx, **_measured(meas),
                       negated=False))

    def _nth_interval(self, p: Parsed, verb, found: list, meas, t, other, years: int,
                      sign: int, k: int, hedged: bool,
                      film: Optional[str] = None) -> Optional[Claim]:
        """"Ken Loach won his second Palme d'Or ten years after his first", "Swank's second
        Best Actress win came five years after her first": the years between the holder's
        n-th prize, which a claim of the clause reads (an award claim's career ordinal, an
        `nth_prize` claim), and the k-th one the direction word's object says by its ordinal
        alone (a prize, or a nomination when its noun says so), or the `film` it names
        ("seven years after La La Land": k is 0); checked in verify/streaks.py
        `nth_interval`. The event's own claim leaves the measure to this one."""
        at = p.offset + verb.idx
        held = [c for c in found if c.start <= at < c.end and c.slots.get("subject") and (
            c.slots.get("kind") == "award" and c.slots.get("career_ordinal")
            or c.slots.get("kind") == "nth_prize") and c.slots.get("polarity") == "won"
            and not c.slots.get("negated") and (c.slots.get("award") or c.slots.get("family"))]
        if not held:
            return None
        ev = min(held, key=lambda c: c.end - c.start)
        nth = ev.slots.get("career_ordinal") or ev.slots.get("n")
        nominated = other.lemma_.lower() in lexicon().section("records").get(
            "nth", {}).get("nominated", ())
        if not isinstance(nth, int) or nth <= k and not nominated or film and (
                nth < 2 or ev.slots.get("for_work") or ev.slots.get("kind") != "award"):
            return None
        said = p.doc[min(x.i for x in meas.subtree):meas.i + 1].text.lower()
        for key in ("unchecked", "unjudged"):
            if ev.slots.get(key):
                ev.slots[key] = [x for x in ev.slots[key] if x.lower() != said] or None
        approx = any(c.dep_ in ("advmod", "quantmod", "amod") for c in meas.children) or any(
            c.dep_ in ("advmod", "quantmod") for x in meas.children for c in x.children)
        start, end = p.span_of(min(x.i for x in meas.subtree), other.right_edge.i + 1)
        who = ev.slots["subject"]
        return Claim(
            id="", start=start, end=end, text=self.text[start:end], category="date",
            subject=EntityRef(who, self.kb.label(who)), predicate="interval", object=None,
            hedged=hedged,
            slots=dict(kind="nth_interval", subject=who, award=ev.slots.get("award"),
                       family=ev.slots.get("family"), award_phrase=ev.slots.get("award_phrase"),
                       nth=nth, other_nth=k, other_nominated=nominated or None, years=years,
                       other_film=film,
                       sign=sign, approximate=approx, **_measured(meas), negated=False))

    def _gaps(self, p: Parsed, hedged: bool, found: list, sides: list) -> list[Claim]:
        """The time between two dated events the piece tells: "won the Palme in May, and nine
        months later took best picture" (a shift word on the later event's clause, measured
        from an event told before it in the sentence or the one before), "won best picture
        two months after it had won the Palme" (a direction word opening the other event's
        clause), "a year after its Cannes premiere", "ahead of her Oscar win" (a direction
        word whose object is the other event). Without a measure the claim is the order of
        the two events alone ("after winning the Palme"). Each side is the event claim whose
        words hold its clause's verb (or the object's head); the check (verify/dates.py
        `gap_claim`) takes their days from the KB. A direction word the years between two
        sides were read on (`sides`) is theirs."""
        lx = _lx()
        shifts, dirs, units = lx.get("shift_words", {}), lx.get("directions", {}), \
            lx.get("day_units", {})
        heads = lx.get("direction_heads", {})
        events = [c for c in found if told_event(c)]
        out = []
        for t in p.doc:
            # the measure hangs on the shift word ("nine months later"), on the verb of the
            # clause the direction word opens ("two months after it had won") or on the
            # direction word itself ("a year after its premiere"; the parser may hang it there
            # when the word opens a clause too: "27 years after X won it")
            on = [t.head, t] if t.dep_ == "mark" else [t]
            meas = next((c for o in on for c in o.children if c.dep_ == "npadvmod"
                         and c.lemma_.lower() in units), None)
            if meas is None and t.dep_ in ("prep", "mark"):   # "were held a month before X",
                # "won it a few months after it took X": the parser
                meas = next((c for c in (t.head if t.dep_ == "prep" else t.head.head).children
                             if c.dep_ == "npadvmod"
                             and c.lemma_.lower() in units   # may hang the measure right
                             and c.right_edge.i == t.i - 1), None)   # before it on the verb
            vague = self._vague(meas) if meas is not None else None
            # ("a few weeks after its premiere": the order, and the measure's range)
            n = self._count(meas) if meas is not None and vague is None else None
            if vague is None and n is None and meas is not None and meas.tag_ == "NNS" and not any(
                    c.dep_ in ("det", "amod", "nummod", "quantmod") for c in meas.children) \
                    and t.lower_ not in shifts:
                meas = None   # "months before its premiere": a measure with no number says
                # the order alone
            if n is None and vague is None and (meas is not None or t.lower_ in shifts):
                continue
            obj = next(iter(event_objects(t, dirs, heads)), None)
            if any(c.start <= p.offset + t.idx < c.end for c in sides):
                continue   # "a decade after his first Palme": the years between two sides
            if t.lower_ in shifts and t.dep_ == "advmod":
                sign, verb = shifts[t.lower_], t.head
                second = _holding(events, p.offset + verb.idx)
                lo = p.offset + min(x.idx for x in meas.subtree)   # told before the measure
                first = [c for c in events if c.end <= lo and c not in second]
                if self._told[:2] == (p.sentence.paragraph, p.sentence.index - 1):
                    first += self._told[2]   # the sentence right before, in its paragraph
                lo_i, hi_i = min(x.i for x in meas.subtree), t.i + 1
            elif t.lower_ in dirs and t.dep_ == "mark" and t.head.dep_ == "advcl":
                sign, clause = dirs[t.lower_], t.head
                second = _holding(events, p.offset + clause.head.idx)
                subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
                if not second and subj is not None and subj.pos_ == "NOUN":
                    # "Neon's acquisition of it came after ...": the event is the verb's
                    # subject, a noun telling it
                    second = _holding(events, p.offset + subj.idx)
                first = _holding(events, p.offset + clause.idx)
                lo_i = min(x.i for x in meas.subtree) if meas is not None else t.i
                hi_i = clause.right_edge.i + 1
            elif obj is not None and (verb := governing_verb(t)) is not None:
                sign = dirs.get(t.lower_, heads.get(t.lower_))
                second = _holding(events, p.offset + verb.idx, narrowest=True)
                # (another reading of the verb's own event is not the other side: a film's
                # premiere read as its day and as its festival)
                first = [c for c in _holding(events, p.offset + obj.idx) if c not in second
                         and not any(_same_event(c, o) for o in second)]
                edition = None if first else self._edition(p, obj)
                if edition is not None:   # "a month after the 97th Academy Awards": the
                    first = [edition]     # night itself; "after the Oscars": the one the
                    # piece is about (verify/event_days.py `date_gaps`)
                if not second:   # "the 82nd Golden Globes were held before the 97th ...":
                    second = self._held_edition(p, verb)   # the edition the verb says held
                lo_i = min(x.i for x in meas.subtree) if meas is not None else t.i
                hi_i = obj.right_edge.i + 1
            else:
                continue
            if not first and t.lower_ in shifts and n is not None and meas.lemma_.lower() in \
                    lx.get("units", {}) and any(c.lower_ in set(lx.get("repeat_words", ()))
                                                for c in t.head.children):
                # "won the Palme again ten years later": from the subject's win before it
                again = self._again(p, second, meas, t, n * lx["units"][meas.lemma_.lower()],
                                    sign, hedged)
                out += [again] if again is not None else []
                continue
            if not first or not second or set(map(id, first)) & set(map(id, second)) or \
                    first == second:
                continue
            editions = [x for x in first if isinstance(x, str)]
            first = [x for x in first if not isinstance(x, str)]
            held = [x for x in second if isinstance(x, str)]
            second = [x for x in second if not isinstance(x, str)]
            unit = meas.lemma_.lower() if meas is not None else None
            lx_units = lx.get("units", {})
            if unit in lx_units and any(c.slots.get("year_shift") for c in second):
                continue   # "a year later it won best picture": the award read the shift
            approx = meas is not None and (
                any(c.dep_ in ("advmod", "quantmod", "amod") for c in meas.children) or any(
                    c.dep_ in ("advmod", "quantmod") for x in meas.children for c in x.children))
            start, end = p.span_of(lo_i, hi_i)
            subj = next((c.slots.get("subject") for c in second if c.slots.get("subject")),
                        held[0] if held else None)
            if subj is None:
                continue
            out.append(Claim(
                id="", start=start, end=end, text=self.text[start:end], category="date",
                subject=EntityRef(subj, self.kb.label(subj)), predicate="interval",
                object=None, hedged=hedged,
                slots=dict(kind="gap", subject=subj, amount=n, unit=unit, sign=sign,
                           approximate=approx, **_measured(meas), year_shift=n, negated=False,
                           first=[(c.start, c.end) for c in first], first_editions=editions,
                           second_editions=held, vague=vague,
                           second=[(c.start, c.end) for c in second])))
        return out

    def _same_time(self, p: Parsed, hedged: bool, found: list) -> list[Claim]:
        """"Parasite won Best Picture; Bong Joon-ho won Best Director the same night": a word
        pointing back to an edition's night or year (lexicon `intervals.same_time`) on a won
        prize's verb, after one other prize won told earlier in the sentence, is a gap of none
        between the two (in days for a night, in years for a year); the check takes both
        nights from the KB (verify/dates.py `gap_claim`). The later claim's unread anaphor is
        read here. Nothing when the earlier event is not one, or when either side won its
        prize more than once (which night is meant is then unsaid)."""
        conf = _lx().get("same_time") or {}
        dets, units = set(conf.get("determiners") or ()), conf.get("nouns") or {}
        events = [c for c in found if told_event(c) and c.slots.get("kind") == "award"]
        out = []
        for t in p.doc:
            unit = units.get(t.lower_)
            if unit is None or not any(c.dep_ in ("det", "amod") and c.lower_ in dets
                                       for c in t.children):
                continue
            verb = governing_verb(t)
            if verb is None or t.dep_ not in ("npadvmod", "pobj"):
                continue
            second = _holding(events, p.offset + verb.idx, narrowest=True)
            lo = p.offset + t.left_edge.idx
            first = [c for c in events if c.end <= p.offset + verb.idx and c.end <= lo
                     and c not in second]
            if len(first) != 1 or not second or any(_same_event(first[0], c) for c in second):
                continue
            if self._wins_of(first[0]) != 1 or any(self._wins_of(c) != 1 for c in second):
                continue   # a side that won the prize more than once: which night is unsaid
                # (another slot, an age, may pick another night than the one paired here)
            subj = next((c.slots.get("subject") for c in second if c.slots.get("subject")), None)
            if subj is None:
                continue
            start, end = p.span_of(t.left_edge.i, t.right_edge.i + 1)
            said = self.text[start:end]
            for c in second:   # the anaphor is read: by this claim
                if said in (c.slots.get("unchecked") or []):
                    c.slots["unchecked"] = [u for u in c.slots["unchecked"] if u != said]
            out.append(Claim(
                id="", start=start, end=end, text=said, category="date",
                subject=EntityRef(subj, self.kb.label(subj)), predicate="interval",
                object=None, hedged=hedged,
                slots=dict(kind="gap", subject=subj, amount=0, unit=unit, sign=1,
                           approximate=False, year_shift=0, negated=False, reads=said,
                           first=[(c.start, c.end) for c in first], first_editions=[],
                           second_editions=[], second=[(c.start, c.end) for c in second])))
        return out

    def _streaks(self, p: Parsed, hedged: bool, found: list) -> list[Claim]:
        """"Tom Hanks won back-to-back Best Actor Oscars", "won Best Actor two years in a row",
        "a winner in successive years", "his second straight Oscar": a word or phrase of a run
        (`_streak_cues`) on the clause of a prize won makes a claim that the subject won that
        prize at N consecutive editions (N the number or ordinal said on the run's noun, else
        `streaks.least`), with the years the award claim's words name; the check (verify/
        streaks.py) takes the editions from the KB's complete record. The award claim's own
        unread word of order is read here."""
        conf = _lx().get("streaks") or {}
        wins = [c for c in found if c.slots.get("kind") == "award" and c.slots.get("subject")
                and c.slots.get("polarity") == "won" and not c.slots.get("negated")
                and (c.slots.get("award") or c.slots.get("family"))]
        shows = {award_family(self.kb, a.entity) for a in p.args
                 if a.entity and a.kind in ("award", "ceremony", "festival")}
        if len(shows) > 1:
            return []   # "back-to-back wins at the Globes and the Oscars": one after another
            # in a season, no run of one prize's editions
        out = []
        for lo, hi, noun, on in _streak_cues(p, conf):
            verb = governing_verb(on) or on
            at = {p.offset + p.doc[lo].idx, p.offset + on.idx, p.offset + verb.idx}
            held = [c for c in wins if any(c.start <= x < c.end for x in at)]
            if not held:
                continue
            c = min(held, key=lambda x: x.end - x.start)
            if getattr(self.kb.entity(c.slots["subject"]), "type", None) == "film":
                continue   # a film wins a prize at one edition: its run is a season's
            n = _run_length(noun, conf)
            start, end = p.span_of(lo, hi)
            said = self.text[start:end]
            years = sorted({int(t.text) for t in p.doc if t.like_num and len(t.text) == 4
                            and t.text.isdigit() and 1900 < int(t.text) < 2100
                            and c.start <= p.offset + t.idx < c.end})
            c.slots["unchecked"] = [u for u in c.slots.get("unchecked") or []
                                    if u.lower() not in said.lower()] or None
            out.append(Claim(
                id="", start=start, end=end, text=said, category="record",
                subject=EntityRef(c.slots["subject"], self.kb.label(c.slots["subject"])),
                predicate="streak", object=None, hedged=hedged,
                slots=dict(kind="streak", subject=c.slots["subject"],
                           award=c.slots.get("award"), family=c.slots.get("family"),
                           run=n, years=years, negated=False)))
        return out

    def _wins_of(self, c: Claim) -> int:
        """How many wins of an award claim's prize the KB holds for its subject (as the
        winner or as the film it was for)."""
        who, award, fam = c.slots.get("subject"), c.slots.get("award"), c.slots.get("family")
        if not who or not (award or fam):
            return 0
        if award:
            return sum(f.subject == who or f.qualifiers.get("for_work") == who
                       for f in self.kb.facts(predicate="award_received", object_entity=award))
        # a prize named only by its show ("won the Directors Guild's feature award"): the
        # subject's wins at that show
        return sum(award_family(self.kb, f.value) == fam
                   for f in self.kb.facts_involving(who, "award_received"))

    def _edition(self, p: Parsed, obj) -> Optional[str]:
        """The one ceremony or festival edition the phrase under a direction word names (an
        edition: the KB holds what show it is an edition of), else the one show it names
        without its edition (a show: the KB holds editions of it), or None."""
        named = {a.entity for x in obj.subtree if (a := p.arg_at(x.i)) is not None
                 and a.entity and a.kind in ("ceremony", "festival", "award")}
        eds = {e for e in named if self.kb.facts(subject=e, predicate="edition_of")}
        if eds:
            return eds.pop() if len(eds) == 1 else None
        shows = {e for e in named if self.kb.facts(predicate="edition_of", object_entity=e)}
        return shows.pop() if len(shows) == 1 else None

    def _held_edition(self, p: Parsed, verb) -> list:
        """[the one numbered edition of a ceremony or festival that the verb says was held
        ("were held", "took place", "came"), as its subject names it], or []: the clause's own
        event, when no claim of the sentence tells one."""
        lx = lexicon().dates
        cues = [v for ev in lx.get("events", ()) if ev.get("predicate") == "ceremony_date"
                for v in ev.get("verbs", ())] + list(_lx().get("held_verbs", ()))
        if not _said_by(verb, cues):
            return []
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return []
        named = {a.entity for x in subj.subtree if (a := p.arg_at(x.i)) is not None
                 and a.entity and a.kind in ("ceremony", "festival", "award")}
        eds = {e for e in named if self.kb.facts(subject=e, predicate="edition_of")}
        return [eds.pop()] if len(eds) == 1 else []

    @staticmethod
    def _count(meas) -> Optional[int]:
        for c in meas.children:
            if c.dep_ == "nummod":
                return number_value(c)
            if c.dep_ == "det" and c.lower_ in ("a", "an"):
                return 1
        return None

    @staticmethod
    def _vague(meas) -> Optional[tuple]:
        """A vague measure ("a few weeks", "several months", "a couple days"): a word of the
        lexicon's `intervals.vague_counts` on it gives the least and most of its unit."""
        vague = _lx().get("vague_counts") or {}
        word = next((c for c in meas.children if c.lower_ in vague
                     and c.dep_ in ("amod", "nummod", "det", "quantmod", "advmod")), None)
        return None if word is None else tuple(vague[word.lower_])

    def _released_film(self, p: Parsed, verb) -> Optional[str]:
        """The film a verb of coming out (`release_verbs`: "arrived", "came out", "opened")
        has as its subject, asserted: the event is its release, dated by the film's year."""
        if verb.lemma_.lower() not in set(_lx().get("release_verbs", ())) or any(
                c.dep_ in ("neg", "aux") and c.lemma_.lower() in ("not", "may", "might", "could",
                                                                  "would", "will", "should")
                for c in verb.children):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        a = p.arg_at(subj.i) if subj is not None else None
        return a.entity if a is not None and a.kind == "film" and a.entity and \
            a.head == subj.i else None

    def _event(self, p: Parsed, verb, found: list) -> Optional[Claim]:
        """The award claim of the sentence whose words hold the clause's verb: the event the
        interval is measured from."""
        at = p.offset + verb.idx
        return next((c for c in found if c.slots.get("kind") == "award"
                     and c.start <= at < c.end and c.slots.get("award")
                     and c.slots.get("polarity") == "won" and not c.slots.get("negated")), None)


def _own_ordinal(other) -> Optional[int]:
    """The ordinal a direction word's object says a holder's prize by, and nothing else: "his
    first", "her first win", "his first nomination" (an ordinal of `records.ordinals` alone or
    on a noun of `records.nth`, with no name under it); else None."""
    rx = lexicon().section("records")
    ords, nouns = rx.get("ordinals", {}), {w for ws in (rx.get("nth") or {}).values() for w in ws}
    if other.lower_ in ords and not any(c.dep_ in ("prep", "compound") for c in other.children):
        return ords[other.lower_]
    if other.lemma_.lower() in nouns and not any(c.dep_ in ("prep", "compound")
                                                 for c in other.children):
        return next((ords[c.lower_] for c in other.children
                     if c.dep_ == "amod" and c.lower_ in ords), None)
    return None


@lru_cache(maxsize=8)
def _pieces(words: frozenset) -> Optional[frozenset]:
    """Every piece of the words (each run of their letters), or None when one of them is not
    ASCII (`_streak_cues`)."""
    if not all(w.isascii() for w in words):
        return None
    return frozenset(w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1))


def _streak_cues(p: Parsed, conf: dict) -> list[tuple]:
    """(first token, token after the last, the noun whose number or ordinal counts the run, the
    token whose clause the run is said in: the participle's verb for "running") of
    each word or phrase of a run in the sentence: a `sequence_words` word on a noun
    ("consecutive Oscars"; not "went straight on to win"), or one said by a whole subtree
    ("back-to-back") on a noun or verb, and not inside a name (in a time, "in consecutive
    years", it may be); a phrase of `streaks.phrases`
    said by a preposition's subtree ("in a row", on "year" in "the second year in a row");
    a `streaks.running` participle after a measure of time ("two years running"). (The
    words of order are the accounting's, which otherwise leaves them unread.)"""
    seq = set(lexicon().section("accounting").get("sequence_words", ()))
    phrases = {x.lower() for x in conf.get("phrases", ())}
    running = set(conf.get("running", ()))
    units = _lx().get("units", {})
    # a word whose subtree's words, joined, are a sequence word is part of that word (all of
    # them ASCII: lower-casing then keeps each character's place); the subtree of any other
    # word is walked only for a preposition's phrase
    parts = _pieces(frozenset(seq))
    out = []
    for t in p.doc:
        sub = list(t.subtree) if parts is None or t.lower_ in parts or t.dep_ == "prep" \
            else None
        named = getattr(p.arg_at(t.i), "kind", None) not in (None, "date", "cardinal")
        if t.dep_ not in ("prep", "pobj") and not named and t.head.i != t.i and (
                t.lower_ in seq and t.head.pos_ in ("NOUN", "PROPN") or sub is not None
                and len(sub) > 1 and "".join(x.text for x in sub).lower() in seq) \
                and t.head.lower_ not in seq:
            out.append((sub[0].i, sub[-1].i + 1, t.head, t))
        elif t.dep_ == "prep" and " ".join(x.lower_ for x in sub) in phrases:
            noun = t.head if t.head.pos_ in ("NOUN", "PROPN") else next(
                (c for c in t.head.children if c.dep_ in ("npadvmod", "dobj")
                 and c.lemma_.lower() in units), t.head)
            out.append((min(t.i, *(x.i for x in noun.subtree if x.i < t.i and x.dep_ in (
                "nummod", "amod", "det"))) if noun.i < t.i else t.i, sub[-1].i + 1, noun, t))
        elif t.lower_ in running and t.i > 0:
            meas = next((c for c in t.children if c.dep_ == "npadvmod"
                         and c.lemma_.lower() in units), None)
            if meas is None and p.doc[t.i - 1].lemma_.lower() in units:
                meas = p.doc[t.i - 1]   # "for the second year running": the parser may hang
                # the participle on the verb, past the measure right before it
            if meas is not None:
                out.append((meas.left_edge.i, t.i + 1, meas, t.head))
    return out


def _run_length(noun, conf: dict) -> int:
    """The length of a run said on its noun: its number ("two years in a row", "three
    consecutive Oscars") or its ordinal ("the second year in a row", "his second straight
    Palme"), on it or on the noun it is a compound of; else `streaks.least`."""
    ords = lexicon().section("records").get("ordinals", {})
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    for c in noun.children:
        if c.dep_ == "nummod" and (n := number_value(c)):
            return int(n)
        if c.dep_ == "amod" and c.lower_ in ords:
            return ords[c.lower_]
    return int(conf.get("least", 2))


def told_event(c: Claim) -> bool:
    """A claim that tells a dated event: a prize won, a world premiere, a company's purchase
    of a film ("Neon bought it after Cannes": the KB dates it by the credit's `acquired`)."""
    sl = c.slots
    if sl.get("negated") or not sl.get("subject"):
        return False
    if sl.get("acquired"):
        return True
    if sl.get("kind") == "award":
        return sl.get("polarity") == "won" and bool(sl.get("award") or sl.get("family")) and \
            sl.get("count") is None
    return c.predicate in _PREMIERES


def _said_by(verb, cues) -> bool:
    """Whether a verb token is one of `cues` ("take place": the verb and a word after it)."""
    right = {c.lower_ for c in verb.children if c.i > verb.i}
    return any(w[0] in (verb.lemma_.lower(), verb.lower_) and all(x in right for x in w[1:])
               for w in (cue.split() for cue in cues))


def governing_verb(t):
    """The verb a direction word's phrase is said of: its head, or the verb the noun it hangs
    on is the object of ("won the BAFTA for best actress ahead of her Oscar", where the parser
    hangs it on "actress"); None when there is none."""
    v = t.head
    while v.pos_ not in ("VERB", "AUX") and v.dep_ in ("pobj", "prep", "dobj") and \
            v.head.i != v.i:
        v = v.head
    return v if v.pos_ in ("VERB", "AUX") and v.i != t.i else None


def event_objects(t, dirs: dict, heads: dict) -> list:
    """The events a direction word names as phrases of their own: the objects of "after" or
    "following" ("after its premiere", "after winning the Palme"), or of the preposition under
    a direction head ("ahead of the Oscars", "prior to its release"); [] for any other word."""
    if t.lower_ in dirs and (t.dep_ == "prep" or t.pos_ == "VERB" and t.dep_ in (
            "advcl", "acl")):   # (the parser may read "following its premiere" as a verb)
        return [c for c in t.children if c.dep_ in ("pobj", "pcomp")]
    if t.lower_ in heads and t.dep_ == "advmod":
        return [o for c in t.children if c.dep_ == "prep"
                for o in c.children if o.dep_ in ("pobj", "pcomp")]
    return []


def _same_event(a: Claim, b: Claim) -> bool:
    """Two claims telling one event of one subject: a premiere by its day and by its festival,
    a release, a prize."""
    kind = {"premiere_date": "premiere", "premiered_at": "premiere", "release_date": "release"}
    if a.slots.get("subject") != b.slots.get("subject"):
        return False
    if a.predicate in kind or b.predicate in kind:
        return kind.get(a.predicate) == kind.get(b.predicate)
    return a.slots.get("award") == b.slots.get("award")


def _holding(events: list, at: int, narrowest: bool = False) -> list:
    """The event claims whose words hold the character at `at` (its verb), the narrowest."""
    got = [c for c in events if c.start <= at < c.end]
    if not got:
        return []
    w = min(c.end - c.start for c in got)
    return [c for c in got if c.end - c.start <= w or not narrowest and c.predicate in _PREMIERES]


def _measured(meas) -> dict:
    """What a measure's words add to its count: the bound they make of it (`_bound`) and the
    slack a measure in a unit of many years has ("two decades" of 22 years is the round
    figure, not a slip: refuted only beyond half a unit)."""
    if meas is None:
        return {"bound": None}
    unit = _lx().get("units", {}).get(meas.lemma_.lower(), 0)
    return {"bound": _bound(meas), **({"slack": unit // 2 - 1} if unit >= 10 else {})}


def _bound(meas) -> Optional[str]:
    """The bound the words before a measure make of it ("more than two decades": above, "at
    least ten years": at_least, "under a year": below; lexicon `qualifiers.count_bounds`), or
    None; the near ones ("nearly", "about") are the measure's `approximate`."""
    if meas is None:
        return None
    num = next((c for c in meas.children if c.dep_ == "nummod"), meas)
    bound = _count_bound(num)
    return bound if bound in ("above", "below", "at_least", "at_most") else None
