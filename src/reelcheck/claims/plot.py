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

from functools import lru_cache
from typing import Optional

from ..model import Claim, EntityRef
from .frames import Filler, Frame, _verb_frame, clause_of, conjuncts
from .lexicon import Cue, Relation
from .parse import Arg, Parsed, lexicon

FAMILY = "plot"
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "everyone", "everybody"})
PLURAL = frozenset({"they", "them", "everyone", "everybody"})
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


@lru_cache(maxsize=1)
def _rumour_events() -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for v in _section().get("rumour_events") or ():
        words = tuple(v.lower().split())
        out.setdefault(words[0], []).append(words)
    return out


@lru_cache(maxsize=1)
def cue_words() -> frozenset:
    """Every form of the first word of the family's cues, for the candidate gate."""
    from ..nlp import surface_forms
    words: set = set()
    for lemma in set(_cues()) | set(_rumour_events()):
        words |= surface_forms(lemma) | {lemma}
    return frozenset(words)


def _right(tok) -> set:
    """The words hanging on a verb after it (its particles, prepositions, objects)."""
    out = {c.lower_ for c in tok.children if c.i > tok.i}
    out |= {g.lower_ for c in tok.children if c.i > tok.i and c.dep_ in ("dobj", "prt", "acomp")
            for g in c.children}
    return out


def _match(tok, table: dict) -> Optional[object]:
    """The longest entry of `table` the verb completes (its lemma, then words after it)."""
    right = _right(tok)
    for lemma in dict.fromkeys((tok.lemma_.lower(), tok.lower_)):
        for entry in table.get(lemma, ()):
            words = entry.words if isinstance(entry, Cue) else entry
            if all(w in right for w in words[1:]):
                return entry
    return None


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

    # -- the story's frames ----------------------------------------------------------------
    def frames(self, p: Parsed) -> list[Frame]:
        out = []
        for tok in p.doc:
            # a cue the tagger took for a noun heading the sentence ("the two elope to X")
            misread = tok.pos_ == "NOUN" and tok.dep_ == "ROOT"
            if tok.pos_ not in ("VERB", "AUX") and not misread:
                continue
            cue = _match(tok, _cues())
            if cue is None:
                continue
            f = _verb_frame(p, tok, cue)
            movers = f.roles.setdefault("mover", [])
            for c in tok.children:   # "the heir ..., and their marriage is carried off": a
                # second subject the parser did not coordinate is a mover too
                if (c.dep_ in ("nsubj", "nsubjpass") or misread and c.i < tok.i and c.dep_ in (
                        "nummod", "compound", "amod", "nmod")) and all(
                            x.token != c.i for x in movers):
                    movers.append(Filler(c.i, p.arg_at(c.i)))
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
            if _denied(p, tok):
                f.negated = not f.negated
            out.append(f)
        return out

    def sentence_claims(self, p: Parsed, hedged: bool) -> list[Claim]:
        film = self.res.film(p.sentence) or self.res.main_film
        if film is None:
            return []
        out = []
        for f in self.frames(p):
            if f.irrealis or f.record:
                continue
            action = f.relation.name
            movers = [m for m in (self._mover(p, fl) for fl in f.roles.get("mover", ()))
                      if m is not None]
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
            roles = ("origin",) if action == "origin" else ("place", "origin")
            for role in roles:
                for fl in f.roles.get(role, ()):
                    for t in conjuncts(p.doc[fl.token]):
                        place = self._place(p, t)
                        if place is None:
                            continue
                        kind_action = "origin" if role == "origin" else action
                        out.append(self._claim(p, f, film, movers, place, kind_action, who,
                                               unknown, hedged))
        return out

    def _life(self, p: Parsed, f: Frame, hedged: bool) -> list[Claim]:
        """Where a real person lives or works ("Jane Roe, who plays Lulu, was working at a
        Brooklyn club"): a claim about the person, not the story; the KB keeps no such fact,
        so it stays open."""
        who = next((fl.arg for fl in f.roles.get("mover", ()) if fl.arg is not None
                    and fl.arg.kind == "person" and fl.arg.entity), None)
        if who is None:
            return []
        out = []
        for fl in f.roles.get("place", ()):
            place = self._place(p, p.doc[fl.token])
            if place is None:
                continue
            own = p.doc[who.head].head.i == f.cue   # its own subject, not one it inherits
            lo = min([f.cue, place.first] + ([who.first] if own else []))
            hi = max(f.cue + 1, place.last)
            start, end = p.span_of(lo, hi)
            obj = EntityRef(place.entity, self.kb.label(place.entity)) if place.entity \
                else place.text
            out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                             category="location", subject=EntityRef(who.entity,
                                                                    self.kb.label(who.entity)),
                             predicate=f.relation.name, object=obj, hedged=hedged,
                             slots=dict(kind="person_place", subject=who.entity,
                                        place=place.entity, negated=f.negated)))
        return out

    def _production(self, p: Parsed, f: Frame, film: str, hedged: bool) -> list[Claim]:
        """Where the production went is where the film was shot ("the search for Vanya took
        the crew to a diner in Brighton Beach"): a mover of `plot.production_movers`."""
        words = set(_section().get("production_movers") or ())
        if not any(p.doc[fl.token].lemma_.lower() in words and fl.arg is None
                   for fl in f.roles.get("mover", ())):
            return []
        out = []
        for fl in f.roles.get("place", ()):
            place = self._place(p, p.doc[fl.token])
            if place is None:
                continue
            start, end = p.span_of(min(f.cue, place.first), max(f.cue + 1, place.last))
            obj = EntityRef(place.entity, self.kb.label(place.entity)) if place.entity \
                else place.text
            slots = dict(kind="place", subject=film, place=place.entity, negated=f.negated)
            if not place.entity:
                slots["unknown"] = place.text
            out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                             category="location", subject=EntityRef(film, self.kb.label(film)),
                             predicate="filming_location", object=obj, hedged=hedged,
                             slots=slots))
        return out

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
        story_people = set(_section().get("story_people") or ())
        if tok.lemma_.lower() in story_people or tok.lower_ in story_people:
            return True   # "the newlyweds", "the two" (a number the NER calls a cardinal)
        if a is not None and a.kind == "person":
            if a.entity:
                return None   # a real person: the making of the film, not its story
            return a if self._story_here(p, tok.i) else None
        if a is not None:
            return None
        if tok.lower_ in PRONOUNS and self._story_here(p, tok.i, plural=tok.lower_ in PLURAL):
            return True
        return None

    def _story_here(self, p: Parsed, i: int, plural: bool = False) -> bool:
        """Whether the last person-like name before token i in this paragraph is a character
        (so a pronoun or an unknown name there retells the story); for "they", any character
        named before it in the paragraph (one actor is not "they")."""
        pos = p.offset + p.doc[i].idx
        start = self._para_start.get(p.sentence.paragraph, 0)
        names = [m for m in self.res.mentions if start <= m.start < pos
                 and m.entity_type in ("person", "character")]
        if plural:
            return any(m.entity_type == "character" for m in names)
        return bool(names) and max(names, key=lambda m: m.start).entity_type == "character"

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
        own = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass", "nummod", "compound",
                                                     "nmod") and c.i < f.cue]
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
        if kind == "plot_lives":
            slots.update(who=who.entity if who is not None else None, where=action)
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
