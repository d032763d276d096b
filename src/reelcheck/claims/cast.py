"""The cast family: who plays whom, from frames and from side-by-side layouts.

- frames of the lexicon's `play` relation: "Jane Roe plays Ani", "Ani, played by Jane Roe",
  "she was cast as Ani";
- layouts: "Jane Roe (Ani)", "Ani (Jane Roe)" (a parenthetical apposition), "starring Jane Roe
  as Ani" (a person with an 'as' phrase naming a character);
- a character named by its relation in the story ("plays Vanya's father") is the one the KB's
  story relations name;
- an actor the KB does not know is still an argument (`actor_name`): a character whose actor
  the KB holds can refute the name ("Toros, played by Ilse Varga": the KB knows who plays
  Toros) unless the name is a spelling of the actor's.
"""
from __future__ import annotations

from typing import Optional

from ..model import Claim, EntityRef
from .context import related_character
from .frames import Filler, Frame, conjuncts, subject_token
from .parse import Arg, Parsed, lexicon

PRONOUNS = {"he": "m", "she": "f"}


class CastReader:
    def __init__(self, kb, resolver, text: str):
        self.kb = kb
        self.res = resolver
        self.text = text

    # -- characters and actors -------------------------------------------------------------
    def _character(self, p: Parsed, fl: Filler) -> tuple[Optional[str], Optional[Arg], int]:
        """(character id, its argument, last token) for a filler: a character mention, the
        film's title character, or a relation ("Vanya's father")."""
        doc = p.doc
        a = fl.arg
        if a is not None and a.kind == "character":
            return a.entity, a, a.last - 1
        tok = doc[fl.token]
        # "Ani, a dancer from Brighton Beach played by ...": up the apposition to the name
        t = tok
        for _ in range(4):
            if t.dep_ not in ("pobj", "prep", "appos", "compound") or t.head is t:
                break
            t = t.head
            ta = p.arg_at(t.i)
            if ta is not None and ta.kind == "character":
                return ta.entity, ta, ta.last - 1
        if tok.lower_ in lexicon().qualifiers.get("story_relations", ()):
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            oa = p.arg_at(owner.i) if owner is not None else None
            if oa is not None and oa.kind == "character" and oa.entity:
                who = self._related(p, oa.entity, tok.lower_)
                return who, None, tok.i
        if tok.lower_ in ("character", "role") and any(
                c.lower_ == "title" for c in tok.children):
            film = self.res.film(p.sentence)
            e = self.kb.entity(film) if film else None
            got = self.kb.entities_by_name(e.label, type="character") if e else []
            if len(got) == 1:
                return got[0].id, None, tok.i
        return None, None, tok.i

    def _related(self, p: Parsed, char: str, relation: str) -> Optional[str]:
        film = self.res.film(p.sentence)
        return related_character(self.kb, film, char, relation) if film else None

    def _actor(self, p: Parsed, fl: Filler) -> tuple[Optional[str], Optional[str], Optional[Arg], bool]:
        """(KB id, name as written, argument, weak): weak when read from a pronoun."""
        a = fl.arg
        if a is not None and a.kind == "person":
            return a.entity, None if a.entity else a.text, a, False
        tok = p.doc[fl.token]
        if tok.lower_ in PRONOUNS:
            if any(x.kind == "person" and not x.known and x.last <= tok.i for x in p.args):
                return None, None, None, False
            return self.res.person(p.sentence, tok.lower_), None, None, True
        return None, None, None, False

    # -- frames and layouts -> claims ------------------------------------------------------
    def sentence_claims(self, p: Parsed, frames: list[Frame], hedged: bool) -> list[Claim]:
        out = []
        for f in frames:
            if f.family != "cast" or f.irrealis or f.record:
                continue
            # a filler's type decides its role when the verb alone does not ("The film stars
            # Jane Roe as Ani": the object is the actor, the 'as' phrase the character)
            pool = f.roles.get("actor", []) + f.roles.get("character", [])
            actors = [x for x in pool if (x.arg is not None and x.arg.kind == "person")
                      or (x.arg is None and p.doc[x.token].lower_ in PRONOUNS)]
            # the film itself ("Anora stars ...") is neither; pairs go in reading order
            chars = [x for x in pool if x not in actors
                     and (x.arg is None or x.arg.kind == "character")]
            actors.sort(key=lambda x: x.token)
            chars.sort(key=lambda x: x.token)
            out += self._pairs(p, actors, chars, hedged, f.negated)
        out += self._layouts(p, hedged, {(c.start, c.end) for c in out})
        return out

    def _pairs(self, p: Parsed, actors: list, chars: list, hedged: bool,
               negated: bool) -> list[Claim]:
        """Two lists of the same length pair in order ("A and B play X and Y", respectively);
        otherwise one side must be a single name."""
        if len(actors) == len(chars) > 1:
            pairs = list(zip(actors, chars))
        elif len(actors) == 1 or len(chars) == 1:
            pairs = [(a, c) for a in actors for c in chars]
        else:
            return []
        out = []
        for afl, cfl in pairs:
            c = self._claim(p, afl, cfl, hedged, negated)
            if c is not None:
                out.append(c)
        return out

    def _as_phrases(self, p: Parsed, hedged: bool) -> list[Claim]:
        """'A and B turn up as Vanya's parents, Nikolai and Galina': people who are something
        'as' characters play them."""
        out = []
        for v in p.doc:
            if v.pos_ not in ("VERB", "AUX"):
                continue
            for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"):
                subj = subject_token(v)
                if subj is None:
                    continue
                actors = [Filler(t.i, p.arg_at(t.i)) for t in conjuncts(subj)
                          if p.arg_at(t.i) is not None and p.arg_at(t.i).kind == "person"]
                chars = []
                for o in (g for g in prep.children if g.dep_ == "pobj"):
                    heads = [o] + [g for g in o.children if g.dep_ == "appos"]
                    for h in heads:
                        chars += [Filler(t.i, p.arg_at(t.i)) for t in conjuncts(h)
                                  if p.arg_at(t.i) is not None
                                  and p.arg_at(t.i).kind == "character"]
                out += self._pairs(p, actors, chars, hedged, False)
        return out

    def _layouts(self, p: Parsed, hedged: bool, taken: set) -> list[Claim]:
        """'Jane Roe (Ani)', 'Ani (Jane Roe)', 'starring Jane Roe as Ani'."""
        doc = p.doc
        out = [c for c in self._as_phrases(p, hedged) if (c.start, c.end) not in taken]
        taken = taken | {(c.start, c.end) for c in out}
        for a in p.args:
            if a.kind not in ("person", "character"):
                continue
            head = doc[a.head]
            for c in head.children:
                b = p.arg_at(c.i)
                if b is None or b is a:
                    continue
                paren = c.dep_ in ("appos", "parataxis", "npadvmod", "dep") and \
                    b.first > 0 and doc[b.first - 1].text == "("
                as_phrase = c.dep_ == "prep" and c.lower_ == "as"
                if as_phrase:
                    b = next((p.arg_at(g.i) for g in c.children if g.dep_ == "pobj"
                              and p.arg_at(g.i) is not None), None)
                if b is None or not (paren or as_phrase):
                    continue
                kinds = {a.kind, b.kind}
                if kinds != {"person", "character"}:
                    continue
                actor, char = (a, b) if a.kind == "person" else (b, a)
                claim = self._claim(p, Filler(actor.head, actor), Filler(char.head, char),
                                    hedged, False)
                if claim is not None and (claim.start, claim.end) not in taken:
                    out.append(claim)
        return out

    def _claim(self, p: Parsed, afl: Filler, cfl: Filler, hedged: bool,
               negated: bool) -> Optional[Claim]:
        char, carg, clast = self._character(p, cfl)
        actor, name, aarg, weak = self._actor(p, afl)
        if not char or not (actor or name):
            return None
        first = min(x for x in (aarg.first if aarg else afl.token,
                                carg.first if carg else cfl.token))
        last = max(aarg.last - 1 if aarg else afl.token, clast)
        start, end = p.span_of(first, last + 1)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        if end < s.end and self.text[end] == ")" and "(" in self.text[start:end]:
            end += 1
        film = self.res.film(p.sentence)
        obj = EntityRef(actor, self.kb.label(actor)) if actor else name
        slots = dict(kind="played_by", subject=char, actor=actor, actor_name=name, film=film,
                     negated=negated, weak=weak)
        return Claim(id="", start=start, end=end, text=self.text[start:end], category="cast",
                     subject=EntityRef(char, self.kb.label(char)), predicate="played_by",
                     object=obj, hedged=hedged, slots=slots)
