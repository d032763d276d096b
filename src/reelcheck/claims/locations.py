"""The location family on the parse: where a film was shot and where its story is set.

Frames of the lexicon's `filmed` relation ("Anora was shot in Brighton Beach", "filming took
place in Brooklyn", "principal photography for Anora happened in New York") and `set` relation
("the story unfolds in Las Vegas and New York"): the work is the frame's film (its subject or
object, or the film the passage is about), and each KB place in the frame's place role is one
claim (a list distributes). A place the KB does not know makes no claim: the KB could not say
where it lies.

The older pattern readers in `extract.py` still speak where they read the same words; this
reader adds what they miss.
"""
from __future__ import annotations

from typing import Optional

from ..model import Claim, EntityRef
from .frames import Frame, conjuncts
from .parse import Parsed, lexicon

FAMILY = "locations"
# nouns that stand for the film's story as a whole ("the story unfolds in Las Vegas")
STORY_NOUNS = frozenset({"story", "plot", "narrative", "action", "tale", "it"})


class LocationReader:
    def __init__(self, kb, resolver, text: str):
        self.kb, self.res, self.text = kb, resolver, text

    def sentence_claims(self, p: Parsed, frames: list[Frame], hedged: bool) -> list[Claim]:
        out = []
        for f in frames:
            if f.family != FAMILY or f.irrealis or f.record or f.negated:
                continue
            film = self._film(p, f)
            if film is None:
                continue
            for fl in f.roles.get("place", []):
                for t in conjuncts(p.doc[fl.token]):
                    a = p.arg_at(t.i)
                    if a is None or a.kind != "place" or not a.entity:
                        continue
                    out.append(self._claim(p, f, film, a, hedged))
        return out

    def _film(self, p: Parsed, f: Frame) -> Optional[str]:
        for fl in f.roles.get("work", []):
            a = fl.arg
            if a is not None and a.kind == "film" and a.entity:
                return a.entity
            if a is not None and a.kind in ("person", "org", "work"):
                return None   # someone or something else was filmed there
            tok = p.doc[fl.token]
            if a is None and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in \
                    set(lexicon().qualifiers.get("title_nouns", ())) | STORY_NOUNS:
                return None   # "a final act set in Moscow": a part, not the film
        return self.res.film(p.sentence)

    def _claim(self, p: Parsed, f: Frame, film: str, place, hedged: bool) -> Claim:
        lo, hi = min(f.cue, place.first), max(f.cue + 1, place.last)
        start, end = p.span_of(lo, hi)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        pred = f.relation.predicate
        return Claim(id="", start=start, end=end, text=self.text[start:end], category="location",
                     subject=EntityRef(film, self.kb.label(film)), predicate=pred,
                     object=EntityRef(place.entity, self.kb.label(place.entity)), hedged=hedged,
                     slots=dict(kind="place", subject=film, place=place.entity, negated=False))
