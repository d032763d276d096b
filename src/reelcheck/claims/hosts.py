"""Who hosted an event (a ceremony, a festival's edition): `host` claims.

Two shapes state it, both read from the parse with the lexicon's `plot.hosting` words:

- a hosting verb of the `held` relation (lexicon section `plot`), whose frame binds the event
  as its object (or passive subject) and the host as its subject or "by" agent: "Conan O'Brien
  hosted the 97th Academy Awards", "the 97th Oscars, hosted by Conan O'Brien, ...", "the 97th
  Academy Awards were emceed by ...";
- a hosting noun tied to a person, by a compound ("Oscars host Conan O'Brien"), an apposition
  ("Conan O'Brien, the host of the 97th Academy Awards") or a copula ("Nikki Glaser was the host
  of the 82nd Golden Globe Awards"); the event is the noun's own modifier (a compound, a
  possessive, an "of" phrase).

The event must be an edition the KB knows. An event named only by its family ("Oscars host X":
the Oscars of some year) or by a plain description ("the show's host") is taken to be the
edition the paragraph named; such a claim may be supported, never refuted (the host of another
year may be meant). Each host of a list is one claim.
"""
from __future__ import annotations

from typing import Optional

from ..model import Claim, EntityRef
from .frames import Frame, conjuncts
from .locations import numbered_edition
from .parse import Parsed, lexicon

FAMILY = "hosts"


def _hosting() -> dict:
    return lexicon().section("plot").get("hosting") or {}


class HostReader:
    def __init__(self, kb, resolver, text: str, borrow=None):
        self.kb, self.res, self.text = kb, resolver, text
        # the edition a paragraph's sentences named, by paragraph (awards.para_ceremony)
        self.borrow = borrow or (lambda para: None)
        self._dated_at: list = []   # where a date that named the edition ends (`_dated_edition`)

    def sentence_claims(self, p: Parsed, frames: list[Frame], hedged: bool) -> list[Claim]:
        verbs = set(_hosting().get("verbs") or ())
        out: list[Claim] = []
        for f in frames:
            if f.relation.predicate != "event_location" or f.noun_cue or f.negated \
                    or f.irrealis or p.doc[f.cue].lemma_.lower() not in verbs:
                continue
            cue = p.doc[f.cue]
            agent = {t.i for c in cue.children if c.dep_ == "agent" for t in c.subtree}
            # "..., held March 2 and hosted by X": with a "by" agent, the host is the agent's
            # alone (not the subject a conjoined clause shares)
            hosts = [a for fl in f.roles.get("host", []) if not agent or fl.token in agent
                     for a in self._people(p, fl.token)]
            if not hosts:
                continue
            works = [fl.token for fl in f.roles.get("work", [])]
            if not any(self._showlike(p, i) for i in works) and all(
                    i == cue.head.i and cue.dep_ == "acl" for i in works):
                # the frame took no show for what was hosted ("..., with X hosting", "took
                # place on Friday, hosted by X"): the show the hosting clause is attached to
                works = self._attached(p, cue)
            self._dated_at = []
            event, borrowed = self._event(p, works, cue=cue)
            if event is None:
                continue
            said = self._verb_extras(p, cue)
            for a in hosts:
                ends = [self._end(p, t) for t in [f.cue] + works] + self._dated_at
                lo = min([f.cue, a.first] + [self._start(p, t) for t in works])
                out.append(self._claim(p, event, a, borrowed, hedged, lo, max(ends + [a.last]),
                                       said))
        out += self._gerund_claims(p, hedged, {f.cue for f in frames})
        out += self._noun_claims(p, hedged, {(c.slots["subject"], c.slots["host_name"])
                                             for c in out})
        return out

    def _gerund_claims(self, p: Parsed, hedged: bool, cues: set) -> list[Claim]:
        """"..., with Chelsea Handler hosting": a hosting verb's gerund the tagger took for a
        noun (so no frame has it for a cue), the name before it its compound, under an
        absolute "with": the host of the show the clause it is set off from is about."""
        verbs = set(_hosting().get("verbs") or ())
        out = []
        for tok in p.doc:
            low = tok.lower_
            if tok.i in cues or tok.pos_ not in ("NOUN", "PROPN") or not low.endswith("ing") \
                    or low[:-3] not in verbs and low[:-3] + "e" not in verbs:
                continue
            hosts = [a for c in tok.children if c.dep_ in ("compound", "nsubj")
                     for a in self._people(p, c.i)]
            works = self._attached(p, tok) if hosts and not any(
                c.dep_ == "dobj" for c in tok.children) else []   # (not "hosting a party")
            event, borrowed = self._event(p, works) if works else (None, False)
            if event is None:
                continue
            for a in hosts:
                lo = min([tok.i, a.first] + [self._start(p, t) for t in works])
                out.append(self._claim(p, event, a, borrowed, hedged, lo, tok.i + 1))
        return out

    def _showlike(self, p: Parsed, i: int) -> bool:
        """Whether token i may name what was hosted: a show's name (an edition, its family)
        or a plain description of one ("the ceremony")."""
        a = p.arg_at(i)
        kinds = set(lexicon().section("plot").get("event_kinds") or ()) | {"award"}
        firm = {w for ws in (lexicon().dates.get("firm_descriptions") or {}).values()
                for w in ws}
        return a.entity is not None and a.kind in kinds if a is not None else \
            p.doc[i].lemma_.lower() in firm

    def _attached(self, p: Parsed, cue) -> list[int]:
        """The show a hosting clause that names none is said of, from what the clause hangs
        on: the clause whose subject is the show, when it is an absolute "with" phrase ("the
        30th Critics Choice Awards were held at the Barker Hangar, with X hosting") or a
        participle set off after the clause's own words ("... took place on Friday, February
        7, hosted by X"); the name right before the comma of a participle (or of the first
        of conjoined ones: "at the 97th Academy Awards, held March 2 and hosted by X").
        Token indexes of the show's name, or none."""
        def participle(t) -> bool:   # (the tagger may take one after a comma for a past
            return t.tag_ == "VBN" or t.tag_ == "VBD" and not any(   # tense of no subject)
                c.dep_.startswith("nsubj") for c in t.children)

        t = cue
        while t.dep_ == "conj" and t.head.i != t.i and not (
                participle(t) and t.i >= 2 and p.doc[t.i - 1].lower_ == ","):
            t = t.head
        verb = None
        if t.dep_ == "pcomp" or t.dep_ == "pobj":
            if t.head.dep_ == "prep" and t.head.lower_ == "with":
                verb = t.head.head
        elif participle(t):
            if t.i >= 2 and p.doc[t.i - 1].lower_ == ",":
                a = p.arg_at(t.i - 2)
                if a is not None and self._showlike(p, a.head):
                    return [a.head]
            if t.dep_ == "acl" and self._showlike(p, t.head.i):
                return [t.head.i]
            if t.dep_ in ("acl", "advcl"):
                verb = t.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        subj = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return [i for i in subj if p.arg_at(i) is not None and self._showlike(p, i)]

    # -- the noun: "Oscars host Conan O'Brien", "the host of the 97th Academy Awards, X" ----
    def _noun_claims(self, p: Parsed, hedged: bool, seen: set) -> list[Claim]:
        nouns = set(_hosting().get("nouns") or ())
        out = []
        for tok in p.doc:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in nouns \
                    and tok.lower_ not in nouns or p.arg_at(tok.i) is not None:
                continue
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue   # "a host of films": a quantity, not a role
            people = self._noun_people(p, tok)
            if not people:
                continue
            mods = [c.i for c in tok.children if c.dep_ in ("compound", "poss", "nmod")] + [
                o.i for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                for o in c.children if o.dep_ == "pobj"]
            event, borrowed = self._event(p, mods, noun=True)
            if (borrowed or event is None) and all(p.doc[m].pos_ == "PRON" for m in mods) \
                    and tok.dep_ == "pobj" and \
                    tok.head.lower_ == "as" and tok.head.head.dep_ == "pobj":
                # "..., with Nikki Glaser as host": the show of the clause the absolute
                # "with" phrase is set off from
                at = self._attached(p, tok.head.head)
                got = self._event(p, at) if at else (None, False)
                if got[0] is not None:
                    (event, borrowed), mods = got, at
            if borrowed or event is None:
                # no event of its own: the one its clause is at ("At the 97th Academy Awards,
                # host X ...") binds it, as a qualifier binds to its clause
                event, borrowed, at = self._clause_event(p, tok, (event, borrowed))
                mods += at   # (the claim's words take the event in)
            if event is None:
                continue
            extra = [c for c in tok.children if c.dep_ in ("amod", "nummod", "npadvmod",
                                                          "compound", "advmod")
                     and p.arg_at(c.i) is None]   # "first-time host", "former host"
            said = [p.doc[c.left_edge.i:c.right_edge.i + 1].text for c in extra]
            for a in people:
                if (event, a.text) in seen:
                    continue
                seen.add((event, a.text))
                lo = min([tok.i, a.first] + [self._start(p, m) for m in mods]
                         + [c.left_edge.i for c in extra])
                hi = max([a.last] + [self._end(p, m) for m in mods + [tok.i]])
                out.append(self._claim(p, event, a, borrowed, hedged, lo, hi, said))
        return out

    def _clause_event(self, p: Parsed, tok, fallback: tuple) -> tuple:
        """(edition, False, its tokens) when the hosting noun (or the name it is the title
        of) is the subject of a clause whose own "at"/"during" phrase (`hosting.event_preps`)
        names a KB edition; else (*`fallback`, [])."""
        head = tok.head if tok.dep_ == "compound" else tok
        if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
            return (*fallback, [])
        preps = set(_hosting().get("event_preps") or ())
        objs = [o.i for c in head.head.children if c.dep_ == "prep" and c.lower_ in preps
                for o in c.children if o.dep_ == "pobj"]
        got = self._event(p, objs) if objs else (None, False)
        return (*got, objs) if got[0] is not None and not got[1] else (*fallback, [])

    def _noun_people(self, p: Parsed, tok) -> list:
        """The people a hosting noun is said of: the name it is a title of ("host Conan
        O'Brien"), set beside it by an apposition (either way round), or joined to it by a
        copula ("X was the host", "the host was X")."""
        cands = []
        if tok.dep_ == "compound" and tok.head.i > tok.i:
            cands.append(tok.head)
        if tok.dep_ == "appos":
            cands.append(tok.head)
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":   # "with Nikki Glaser as host"
            cands.append(tok.head.head)
        cands += [c for c in tok.children if c.dep_ == "appos"]
        # "the host of the 97th Academy Awards, Conan O'Brien": the parser may hang the name
        # on the event the noun's "of" phrase names
        cands += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" for g in o.children
                  if g.dep_ == "appos"]
        if tok.head.lemma_ == "be" and tok.dep_ in ("attr", "nsubj"):
            other = "nsubj" if tok.dep_ == "attr" else "attr"
            cands += [c for c in tok.head.children if c.dep_ == other]
        out = []
        for t in cands:
            for a in self._people(p, t.i):
                if a not in out:
                    out.append(a)
        return out

    # -- shared ------------------------------------------------------------------------------
    @staticmethod
    def _start(p: Parsed, i: int) -> int:
        a = p.arg_at(i)
        return a.first if a is not None else i

    @staticmethod
    def _end(p: Parsed, i: int) -> int:
        """Where the words token i stands for end (its argument's end, or after it)."""
        a = p.arg_at(i)
        return a.last if a is not None else i + 1

    @staticmethod
    def _people(p: Parsed, i: int) -> list:
        """The person arguments a filler names (a list distributes)."""
        out = []
        for t in conjuncts(p.doc[i]):
            a = p.arg_at(t.i)
            if a is not None and a.kind == "person" and a not in out:
                out.append(a)
        return out

    def _event(self, p: Parsed, toks: list, noun: bool = False,
               cue=None) -> tuple[Optional[str], bool]:
        """(edition, borrowed): the KB edition the tokens name; or, borrowed, the edition the
        paragraph named, when they name only its family ("the Oscars") or describe it ("the
        ceremony", "the show"), or (a noun) name nothing."""
        kinds = set(lexicon().section("plot").get("event_kinds") or ())
        firm = {w for ws in (lexicon().dates.get("firm_descriptions") or {}).values()
                for w in ws}
        base = self.borrow(p.sentence.paragraph)
        family = None
        named = [a.entity for a in p.args if a.entity and a.kind in kinds and self.kb.facts(
            subject=a.entity, predicate="edition_of") and a.first not in toks]
        for i in toks:
            a = p.arg_at(i)
            if a is not None and a.entity and a.kind in kinds | {"award"}:
                if self.kb.facts(subject=a.entity, predicate="edition_of"):
                    return a.entity, False
                numbered = numbered_edition(self.kb, p, a)
                if numbered is not None:   # "the 77th DGA Awards": that edition of the show
                    return numbered, False
                family = a.entity   # "the Oscars": a show of some year
            elif a is None and p.doc[i].lemma_.lower() in firm:
                family = "described"
            elif a is not None:
                return None, False   # someone or something else was hosted
        if family is None and not noun:
            return None, False
        if family not in (None, "described") and cue is not None:
            dated = self._dated_edition(p, family, cue)
            if dated is not None:
                return dated, False
        # the edition meant: one the sentence names elsewhere ("Oscars host X opened the 97th
        # Academy Awards"), of the family said, or else the paragraph's
        for ed in named + [base]:
            if ed is not None and (family in (None, "described") or any(
                    f.value == family for f in self.kb.facts(subject=ed, predicate="edition_of"))):
                return ed, True
        return None, False

    def _dated_edition(self, p: Parsed, family: str, cue) -> Optional[str]:
        """"X hosted the Oscars in 2025": the one edition of the show held in the year a date
        on the hosting verb itself gives (a phrase or a bare date on it), else None."""
        kinds = set(lexicon().section("plot").get("event_kinds") or ())
        heads = [t for c in cue.children if c.dep_ in ("prep", "npadvmod")
                 for t in ([c] if c.dep_ == "npadvmod" else c.children) if t.dep_ in (
                     "pobj", "npadvmod")]
        spans = [(p.offset + t.left_edge.idx, p.offset + t.right_edge.idx + len(t.right_edge))
                 for t in heads]
        years = {dv.year for dv in p.dates if dv.year and any(
            lo <= dv.start and dv.end <= hi for lo, hi in spans)}
        # (a bare year, "in 2025", which the date grammar leaves to the entity tagger)
        years |= {int(t.text) for t in heads if t.like_num and len(t.text) == 4 and
                  t.text.isdigit() and getattr(p.arg_at(t.i), "kind", None) == "date"}
        if len(years) != 1:
            return None
        yr = years.pop()
        eds = [f.subject for f in self.kb.facts(predicate="edition_of", object_entity=family)
               if self.kb.entity(f.subject) is not None
               and self.kb.entity(f.subject).type in kinds
               and self.kb.entity(f.subject).year == yr]
        if len(eds) != 1:
            return None
        self._dated_at = [t.right_edge.i + 1 for t in heads]   # (the claim's words take it in)
        return eds[0]

    @staticmethod
    def _verb_extras(p: Parsed, verb) -> list[str]:
        """What a hosting verb says beyond who hosted what: an adverb ("hosted again"), or a
        "for" phrase ("for the first time", "for the third year", "for ABC"), save the
        lexicon's `hosting.plain_adverbs` ("also"). The KB cannot check them: a claim that
        states one is left open however its host matches."""
        plain = set(_hosting().get("plain_adverbs") or ())
        out = [t.text for t in verb.children if t.dep_ in ("advmod", "npadvmod")
               and t.lower_ not in plain]
        out += [p.doc[t.left_edge.i:t.right_edge.i + 1].text for t in verb.children
                if t.dep_ == "prep" and t.lower_ == "for"]
        return out

    def _claim(self, p: Parsed, event: str, a, borrowed: bool, hedged: bool, lo: int,
               hi: int, said: list = ()) -> Claim:
        start, end = p.span_of(lo, hi)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        obj = EntityRef(a.entity, self.kb.label(a.entity)) if a.entity else a.text
        slots = dict(kind="host", subject=event, host=a.entity, host_name=a.text,
                     negated=False)
        if borrowed:
            slots["borrowed"] = True   # the paragraph's edition: support only
        if said:
            slots["unchecked"] = list(said)   # "first-time host": more than who hosted
        return Claim(id="", start=start, end=end, text=self.text[start:end], category="other",
                     subject=EntityRef(event, self.kb.label(event)), predicate="host",
                     object=obj, hedged=hedged, slots=slots)
