"""A prize's rank said beside its name: "the Grand Prix, the festival's top prize", "the Palme
d'Or, Cannes' highest honour", "the Grand Prix, its runner-up award".

The rank noun stands in apposition to a KB prize; its words name a rank of the show's prizes as
the lexicon's `categories.top` reads them (`prize_rank`): 1 for "top prize", 2 for
"second-highest honour" or "runner-up prize". The claim is that the prize holds that rank at its
show; verify/festivals.py `prize_rank` judges it from the show's top and second prizes the
lexicon names (`top.of`, `top.second`), so only a prize of those makes a claim. A possessor or
"at" phrase on the rank noun naming another show than the prize's makes none.

The years that decide a prize's rank when it once was the top prize under another name
(`festivals.former_names`: Cannes' Grand Prix before 1975) are the sentence's own years, else
the year of the film the sentence says won it (or names in a "for" phrase), else the year of
the paragraph's edition of the show (the verifier leaves a claim with none open).
"""
from __future__ import annotations

from typing import Optional

from ..kb.awards import award_family, show_of
from ..model import Claim, EntityRef
from .awards.passage import prize_rank
from .parse import Parsed, lexicon

_RANK_MODS = ("amod", "compound", "nmod")
_NOUN_DEPS = ("det", "poss", "amod", "compound", "nmod", "advmod", "nummod", "quantmod", "case")
_PLACE_PREPS = ("at", "of", "in")
_SET_OFF = (",", "\u2014", "\u2013", "--")   # marks that set an aside off


def _show_nouns() -> frozenset:
    q = lexicon().qualifiers
    return frozenset(q.get("festival_heads", ())) | frozenset(q.get("edition_nouns", ())) | \
        frozenset((lexicon().categories.get("top", {}).get("owners") or {}))


def _rank_of(p: Parsed, tok) -> Optional[int]:
    """The rank a prize noun's own words say ("top prize", "second-highest honour")."""
    mods = [c for c in tok.children if c.dep_ in _RANK_MODS and c.i < tok.i]
    if not mods:
        return prize_rank(tok.lemma_)   # "the runner-up prize" parses its rank as one word
    first = min(x.i for m in mods for x in m.subtree)
    return prize_rank(f"{p.doc[first:tok.i].text} {tok.lemma_}")


def _other_show(kb, p: Parsed, tok, family: str) -> bool:
    """Whether the rank noun's possessor or "at"/"of" phrase names something other than the
    prize's show or a show noun ("the Oscars' top prize" beside a Cannes prize)."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "of", "in")
               for g in c.children if g.dep_ == "pobj"]
    nouns = _show_nouns()
    for o in owners:
        a = p.arg_at(o.i)
        if a is not None and a.entity:
            if show_of(kb, a.entity) != family:   # ("the Academy's": the show it presents)
                return True
        elif o.lemma_.lower() not in nouns and o.lower_ not in nouns:
            return True   # "its", "the city's": not said of the show as such
    return False


def _years(p: Parsed) -> list[int]:
    return [int(t.text) for t in p.doc if t.like_num and len(t.text) == 4 and t.text.isdigit()
            and t.text[:2] in ("19", "20")]


def _winner_year(kb, found: list[Claim], prize: str) -> Optional[int]:
    """The year of the film an award claim of the sentence says won the prize."""
    for c in found:
        if c.slots.get("award") != prize or c.slots.get("negated"):
            continue
        for fid in (c.slots.get("subject"), c.slots.get("work_hint"), c.slots.get("for_work")):
            e = kb.entity(fid) if isinstance(fid, str) else None
            if e is not None and e.type == "film" and getattr(e, "year", None):
                return int(e.year)
    return None


def _phrase(tok) -> list:
    """The rank noun's own phrase: its words before it (determiner, possessor, modifiers) and
    its place phrase after it ("the top honour at Cannes"), never a clause the parser hung on
    it (a noun it made the root)."""
    words = [tok]
    for c in tok.children:
        if c.i < tok.i and c.dep_ in _NOUN_DEPS or c.i > tok.i and c.dep_ == "prep" and \
                c.lower_ in _PLACE_PREPS:
            words += [x for x in c.subtree if not x.is_punct]
    return sorted(words, key=lambda x: x.i)


def _apposed_prize(p: Parsed, tok):
    """The prize argument a rank noun stands in apposition to: its head, or, wherever the
    parser hung the noun ("took the Palme d'Or, the festival's highest honour", "accepted the
    Grand Prix \u2014 the festival\u2019s second-highest award \u2014 for ..."), the prize
    whose name ends right before the comma or dash that opens the noun's phrase. A noun that
    is the subject of a verb opens a clause of its own, no aside."""
    if tok.is_punct or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ == "appos":
        return p.arg_at(tok.head.i)
    if tok.dep_ in ("nsubj", "nsubjpass", "pobj", "compound", "conj"):
        return None
    first = _phrase(tok)[0].i
    before = p.arg_at(first - 2) if first >= 2 and p.doc[first - 1].text in _SET_OFF else None
    return before if before is not None and before.last == first - 1 else None


def _edition_year(kb, edition: Optional[str], family: str) -> Optional[int]:
    e = kb.entity(edition) if edition else None
    return e.year if e is not None and award_family(kb, edition) == family and \
        getattr(e, "year", None) else None


def _work_year(kb, p: Parsed, tok) -> Optional[int]:
    """The year of the film a "for" phrase on the rank noun or on the verb names ("took the
    Grand Prix, the festival's second award, for Sentimental Value")."""
    heads = [tok, tok.head] + ([tok.head.head] if tok.dep_ == "appos" else [])
    for h in heads:
        for pr in h.children:
            if pr.dep_ != "prep" or pr.lower_ != "for":
                continue
            for o in pr.children:
                a = p.arg_at(o.i)
                e = kb.entity(a.entity) if a is not None and a.entity else None
                if e is not None and e.type == "film" and getattr(e, "year", None):
                    return int(e.year)
    return None


def rank_claims(kb, text: str, p: Parsed, hedged: bool, found: list[Claim],
                edition: Optional[str] = None) -> list[Claim]:
    """The rank claims of a sentence; `edition`: the edition the paragraph speaks of (its
    year dates a prize once named otherwise when the sentence gives no year of its own)."""
    top = lexicon().categories.get("top", {})
    out: list[Claim] = []
    for tok in p.doc:
        a = _apposed_prize(p, tok)
        if a is None or a.kind != "award" or not a.entity or p.arg_at(tok.i) is not None:
            continue
        family = award_family(kb, a.entity)
        if not family or a.entity not in (top.get("of", {}).get(family),
                                          top.get("second", {}).get(family)):
            continue
        rank = _rank_of(p, tok)
        if rank is None or _other_show(kb, p, tok, family):
            continue
        sub = _phrase(tok)
        close = next((x.i for x in p.doc[tok.i + 1:] if x.text in _SET_OFF), None)
        if close is not None:   # (up to the mark that closes the aside)
            sub = [x for x in sub if x.i < close]
        start = p.offset + sub[0].idx
        end = p.offset + sub[-1].idx + len(sub[-1].text)
        a_start = min(a.start, start)
        out.append(Claim(
            id="", start=a_start, end=max(a.end, end), text=text[a_start:max(a.end, end)],
            category="award", subject=EntityRef(a.entity, kb.label(a.entity)),
            predicate="prize_rank", object=rank, hedged=hedged,
            slots=dict(kind="prize_rank", subject=a.entity, award=a.entity, family=family,
                       rank=rank, years=_years(p),
                       winner_year=_winner_year(kb, found, a.entity) or _work_year(kb, p, tok)
                       or _edition_year(kb, edition, family), negated=False)))
    return out
