"""Award structure in the KB: which family (Academy Awards, Cannes ...) an award or edition
belongs to. Shared by the claim builders and the verifier."""
from __future__ import annotations

import re
from typing import Optional


def award_family(kb, eid: Optional[str]) -> Optional[str]:
    """The award family (academy-awards, cannes-film-festival ...) of an award or ceremony
    entity: follow part_of / edition_of up to the top."""
    seen = set()
    while eid and eid not in seen:
        seen.add(eid)
        for pred in ("part_of", "edition_of"):
            fs = kb.facts(subject=eid, predicate=pred)
            if fs:
                eid = fs[0].value
                break
        else:
            return eid
    return eid


def ceremonies_of_family(kb, family: str, year: int) -> list[str]:
    """The editions of an award family held in a year (usually one)."""
    out = []
    for f in kb.facts(predicate="edition_of", object_entity=family):
        e = kb.entity(f.subject)
        if e and e.year == year:
            out.append(e.id)
    return out


_CATEGORY_MEMO: dict[tuple, Optional[str]] = {}
_WORDS = re.compile(r"[a-z]+")
_FILLER = frozenset(("best", "in", "a", "the", "or"))


def resolve_category(kb, family: str, phrase: str) -> Optional[str]:
    """A category phrase within a family ('Best Actress', 'supporting actor') -> the family's
    award whose label holds every word of it with the fewest words besides."""
    key = (str(getattr(kb, "path", id(kb))), family, phrase.lower())
    if key not in _CATEGORY_MEMO:
        if len(_CATEGORY_MEMO) > 50_000:
            _CATEGORY_MEMO.clear()
        _CATEGORY_MEMO[key] = _resolve_category(kb, family, phrase)
    return _CATEGORY_MEMO[key]


def category_candidates(kb, family: str, phrase: str) -> list[str]:
    """Every category of the family that fits a phrase as well as `resolve_category`'s pick:
    more than one when the phrase names neither ("screenplay": Original or Adapted)."""
    want = _words(phrase) - _FILLER
    if not want:
        return []
    fits = []
    for f in kb.facts(predicate="part_of", object_entity=family):
        e = kb.entity(f.subject)
        if e and e.type == "award" and want <= (toks := _words(e.label)):
            fits.append((len(toks - want), e.id))
    least = min((n for n, _e in fits), default=None)
    return sorted({e for n, e in fits if n == least})


def _words(text: str) -> set[str]:
    return {"lead" if w == "leading" else w for w in _WORDS.findall(text.lower())}


def _resolve_category(kb, family: str, phrase: str) -> Optional[str]:
    want = _words(phrase) - _FILLER
    if not want:
        return None
    best, best_extra = None, 99
    for f in kb.facts(predicate="part_of", object_entity=family):
        e = kb.entity(f.subject)
        if not e or e.type != "award":
            continue
        toks = _words(e.label)
        if want <= toks and len(toks - want) < best_extra:
            best, best_extra = e.id, len(toks - want)
    return best
