"""Who a clause is about: mentions per sentence, and "the film" / "the director" / "she"
resolved to the entity the paragraph is talking about."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from ..model import Mention
from .text import Sentence

FILM_REF = re.compile(r"\b(?:the|this|that|his|her|their|Baker's|Baker’s)\s+(?:film|movie|picture|"
                      r"drama|dramedy|comedy|feature|romance|story|fable)\b|^\s*It\b", re.I)
DIRECTOR_REF = re.compile(r"\b(?:the|its|his)\s+(?:director|filmmaker|writer-director|auteur)\b",
                          re.I)
PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|the actress|the actor|the star|the "
                            r"newcomer)\b", re.I)


@dataclass
class Resolver:
    """Tracks salient entities as the document is read, sentence by sentence."""
    kb: object
    mentions: list[Mention]
    main_film: Optional[str] = None
    last: dict = field(default_factory=dict)   # entity type -> (entity_id, paragraph)

    def __post_init__(self):
        films = Counter(m.entity.id for m in self.mentions if m.entity_type == "film")
        if films:
            self.main_film = films.most_common(1)[0][0]

    def see(self, sentence: Sentence, mentions: list[Mention]) -> None:
        for m in mentions:
            self.last[m.entity_type] = (m.entity.id, sentence.paragraph)

    def film(self, sentence: Sentence) -> Optional[str]:
        """The film "the film" / "it" refers to: the article's main film (the most mentioned),
        else the last one named. Coverage of one film mentions others in passing; "the film"
        almost always means the one the article is about."""
        if self.main_film:
            return self.main_film
        got = self.last.get("film")
        return got[0] if got else None

    def person(self, sentence: Sentence) -> Optional[str]:
        got = self.last.get("person")
        if got and sentence.paragraph - got[1] <= 1:
            return got[0]
        return None

    def director(self, sentence: Sentence) -> Optional[str]:
        film = self.film(sentence)
        if not film:
            return None
        facts = self.kb.facts(subject=film, predicate="director")
        return facts[0].value if len(facts) == 1 else None


def in_sentence(mentions: list[Mention], s: Sentence) -> list[Mention]:
    return [m for m in mentions if s.start <= m.start and m.end <= s.end]
