"""Plot statements matched against the KB's plot summaries.

A sentence that retells the story ("Toros is called away from a christening") is a claim when
a KB plot fact says the same thing: every character and place it names appears in the fact,
every number it gives is the fact's, and most of its content words are the fact's. Only matches
become claims (supported); a sentence that matches nothing is left alone, so interpretation
("Ani finally seizes control") never turns into a claim.
"""
from __future__ import annotations

import re
from typing import Optional

from ..kb.store import Fact
from ..model import Mention
from ..textutil import fold

_STOP = set("""a an the and or but of to in on at for with from by as is are was were be been being
it its this that these those he she him her his hers they them their who whom which what when
where while after before then than so such into onto over under about up down out off very also
just only even still again most more much many some any each every both either neither not no
one two has have had do does did can could will would should may might must own same other
another how why all because until once here there""".split())
_NEG = re.compile(r"\b(?:not|never|no|n't|nobody|nothing|neither|nor)\b", re.I)
_NUM = re.compile(r"\d[\d,.]*")


def _stem(w: str) -> str:
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > 4 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z][a-z'-]+", fold(text)) if w not in _STOP
            and len(w) > 2}


def _names_of(kb, eid: str) -> list[str]:
    return [fold(a) for a, _k in kb.aliases_of(eid)]


def match_plot(kb, film: str, sentence: str, mentions: list[Mention]) -> Optional[Fact]:
    if _NEG.search(sentence):
        return None
    facts = [f for f in kb.facts(subject=film, predicate="plot") if not f.disputed]
    if not facts:
        return None
    ents = {m.entity.id for m in mentions if m.entity_type in ("character", "place")}
    if not any(m.entity_type == "character" for m in mentions):
        return None
    names = {w for m in mentions for w in content_words(m.text)}
    words = content_words(sentence) - names
    nums = {n.replace(",", "").rstrip(".") for n in _NUM.findall(sentence)}
    if len(words) < 3:
        return None
    best, best_score = None, 0.0
    for f in facts:
        ftext = fold(f.value)
        agents = set(f.qualifiers.get("agents") or [])
        if any(e not in agents and not any(n in ftext for n in _names_of(kb, e)) for e in ents):
            continue
        fnums = {n.replace(",", "").rstrip(".") for n in _NUM.findall(f.value)}
        if not nums <= fnums:
            continue
        fw = content_words(f.value)
        shared = words & fw
        score = len(shared) / len(words)
        if len(shared) >= 3 and score >= 0.6 and score > best_score:
            best, best_score = f, score
    return best
