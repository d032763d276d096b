"""The award family: wins, nominations and their counts, from frames.

One claim per (subject, award) pair a frame states: "won Picture, Director and Editing" is three
claims, "X and Y were nominated" is two. Each claim carries every slot its clause states --
category, ceremony or edition, year, count, the film it was for -- and records which ones were
stated (`stated`), so the verifier accounts for each of them. A winner the KB does not know is
still a subject (`subject_name`): a complete list of winners can refute it.
"""
from __future__ import annotations

import re
from typing import Optional

from ..kb.awards import award_family
from ..model import Claim, EntityRef
from .frames import Filler, Frame, conjuncts, count_of
from .parse import Arg, Parsed, lexicon

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
            "it": "film", "its": "film", "they": None, "their": None}
FILM_NOUNS = frozenset({"film", "movie", "picture", "drama", "comedy", "feature", "dramedy",
                        "romance", "thriller", "documentary"})
DIRECTOR_NOUNS = frozenset({"director", "filmmaker", "auteur", "writer-director"})
SUBJECT_KINDS = ("person", "film", "work", "org")
WEAK_HEADS = frozenset({"film", "feature", "performance", "short", "documentary", "design",
                        "effects", "sound", "song", "score", "ensemble", "writing"})
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def is_award_heading(p: Parsed, first: int, last: int) -> bool:
    """Whether tokens [first, last) name an award or an award category and nothing else."""
    a = p.arg_at(last - 1)
    if a is not None and a.kind == "award" and a.first <= first:
        return True
    runs = category_runs(p)
    if (last - 1) not in runs or runs[last - 1][0] < first - 1:
        return False
    a, b = runs[last - 1]
    return any(p.doc[k].lower_ == "best" for k in range(a, b))


def _run_token(p: Parsed, tok: int, runs: dict) -> Optional[int]:
    """The category phrase a filler names: itself ("won Best Actress"), or the phrase before
    the award noun it heads ("the Best Actress award", "the best actress category")."""
    if tok in runs:
        return tok
    t = p.doc[tok]
    for c in t.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i in runs:
            return c.i
        if c.dep_ == "prep" and c.lower_ == "for":  # "the award for Best Actress"
            for o in c.children:
                if o.i in runs:
                    return o.i
    return None


def category_runs(p: Parsed) -> dict[int, tuple[int, int]]:
    """token -> (first, last) of the award-category phrase it is in ("Best Supporting
    Actress", "best picture", "supporting actor"): modifiers ending in a category head."""
    cats = lexicon().categories
    heads, mods = set(cats.get("heads", ())), set(cats.get("modifiers", ()))
    doc, out, i = p.doc, {}, 0
    while i < len(doc):
        if doc[i].lower_ not in heads | mods:
            i += 1
            continue
        j = i
        while j < len(doc) and doc[j].lower_ in heads | mods:
            j += 1
        last = j
        while last > i and doc[last - 1].lower_ not in heads:
            last -= 1
        first = i
        while first < last and doc[first].lower_ in ("and", "in", "a", "role"):
            first += 1
        if last > first:
            for k in range(first, last):
                out[k] = (first, last)
        i = j
    return out


class AwardReader:
    """Turns the award frames of a document's sentences into claims, in reading order."""

    def __init__(self, kb, resolver, text: str):
        self.kb = kb
        self.res = resolver
        self.text = text
        self.para_family: dict[int, str] = {}
        self.para_ceremony: dict[int, str] = {}
        self.last_family: Optional[str] = None

    # -- families and categories --------------------------------------------------------------
    def _family_words(self, p: Parsed, tokens) -> Optional[str]:
        fams = lexicon().families
        toks = list(tokens)
        for a, b in zip(toks, toks[1:] + [None]):
            two = f"{a.lower_} {b.lower_}" if b is not None else None
            if two and two in fams:
                return fams[two]
            if a.lower_ in fams:
                return fams[a.lower_]
        return None

    def _family(self, f: Frame, awards: list[Arg]) -> Optional[str]:
        for a in awards + f.args_in_clause("award", "ceremony", "festival"):
            if a.entity:
                fam = award_family(self.kb, a.entity)
                if fam:
                    return fam
        got = self._family_words(f.parsed, f.tokens()) or self._family_words(f.parsed, f.parsed.doc)
        if got:
            return got
        for a in f.parsed.args:
            if a.kind in ("award", "ceremony") and a.entity:
                return award_family(self.kb, a.entity)
        return self.para_family.get(f.parsed.sentence.paragraph) or self.last_family

    def _category(self, family: Optional[str], phrase: str) -> Optional[str]:
        from .extract import resolve_category
        return resolve_category(self.kb, family, phrase) if family else None

    # -- subjects --------------------------------------------------------------------------------
    def _subject(self, f: Frame, fl: Filler) -> tuple[Optional[str], Optional[str], Optional[Arg]]:
        """(KB id, name as written, argument) of who a frame is about."""
        p, tok = f.parsed, f.parsed.doc[fl.token]
        a = fl.arg
        if a is not None and a.kind in SUBJECT_KINDS + ("character",):
            if a.kind == "character":
                return None, a.text, a
            return a.entity, a.text, a
        low = tok.lower_
        if low in PRONOUNS:
            want = PRONOUNS[low]
            if want == "film":
                return self.res.film(p.sentence), None, None
            if want in ("m", "f"):
                if self._unknown_person_before(p, tok):
                    return None, tok.text, None
                return self.res.person(p.sentence, low), None, None
            return None, None, None
        if low in FILM_NOUNS and any(c.lower_ in ("the", "this", "its", "that") or c.dep_ == "poss"
                                     for c in tok.children):
            return self.res.film(p.sentence), None, None
        if low in DIRECTOR_NOUNS and any(c.lower_ in ("the", "its") for c in tok.children):
            return self.res.director(p.sentence), None, None
        return None, None, None

    def _unknown_person_before(self, p: Parsed, tok) -> bool:
        """A person the KB lacks named earlier in the sentence: "he" may be that person."""
        return any(a.kind == "person" and not a.known and a.last <= tok.i for a in p.args)

    def see(self, p: Parsed) -> None:
        """An award or ceremony named in passing still sets the paragraph's family."""
        for a in p.args:
            if a.kind in ("award", "ceremony") and a.entity:
                fam = award_family(self.kb, a.entity)
                self.para_family[p.sentence.paragraph] = self.last_family = fam
                return

    # -- frames -> claims --------------------------------------------------------------------
    def sentence_claims(self, frames: list[Frame], hedged: bool) -> list[Claim]:
        """Claims of one sentence's award frames. A clause that names no award ("whose
        Dheepan won in 2015") takes the award of the clause it is embedded in or joined to --
        the award only, never that clause's year, ceremony or count."""
        mine = [f for f in frames if f.family == "awards"]
        out: list[Claim] = []

        for f in mine:
            implied = None
            if not f.roles.get("award"):
                doc = f.parsed.doc
                near = [g for g in mine if g is not f and g.roles.get("award")]
                gov = [g for g in near if doc[f.cue].head.i == g.cue or doc[g.cue].head.i == f.cue]
                pick = gov or (near if len(near) == 1 else [])
                if pick:
                    implied = pick[0].roles["award"]
            out += self.claims(f, hedged, implied)
        return out

    def claims(self, f: Frame, hedged: bool, implied: Optional[list] = None) -> list[Claim]:
        if f.family != "awards" or f.irrealis:
            return []
        p = f.parsed
        kb = self.kb
        runs = category_runs(p)
        award_fillers = list(f.roles.get("award", []) or implied or [])
        # "five Oscars, including best picture and director": the list names the categories
        extra: list[Filler] = []
        if award_fillers or f.noun_cue:
            for c in f.tokens():
                if c.lower_ in ("including", "includes", "include") and c.dep_ in ("prep", "acl"):
                    for o in c.children:
                        if o.dep_ in ("pobj", "dobj"):
                            extra += [Filler(t.i, p.arg_at(t.i)) for t in conjuncts(o)]
        awards: list[tuple[Optional[Arg], Optional[tuple[int, int]], int]] = []
        for fl in award_fillers + extra:
            a = fl.arg
            if a is not None and a.kind in ("award", "ceremony", "festival"):
                awards.append((a, None, fl.token))
            elif (run_tok := _run_token(p, fl.token, runs)) is not None:
                first, last = runs[run_tok]
                words = {p.doc[k].lower_ for k in range(first, last)}
                if "best" not in words and len(words) == 1 and words <= WEAK_HEADS:
                    continue
                awards.append((None, (first, last), fl.token))
        family = self._family(f, [a for a, _r, _t in awards if a is not None])
        para = p.sentence.paragraph
        if family:
            self.para_family[para] = self.last_family = family
        ceremony, year = self._when(f)
        count = count_of(f, frozenset(lexicon().qualifiers.get("award_nouns", ())))
        works = f.roles.get("work", [])
        for_work = next((w.arg.entity for w in works if w.arg and w.arg.kind == "film"), None)
        for_title = next((w.arg.text for w in works if w.arg and not w.arg.known
                          and w.arg.kind in ("work", "org")), None)
        winners = f.roles.get("winner", [])
        polarity = f.polarity
        unchecked = self._unchecked(f, count)
        if polarity == "lost" and f.roles.get("beaten_by"):
            # "X lost Best Actress to Y": Y won it, and that is what the sentence asserts
            winners, polarity = f.roles["beaten_by"], "won"
        out: list[Claim] = []
        for wi, wfl in enumerate(winners):
            sid, sname, sarg = self._subject(f, wfl)
            if sid is None and sname is None:
                continue
            base = dict(family=family, ceremony=ceremony, year=year, for_work=for_work,
                        for_title=for_title, polarity="nominated" if polarity == "lost" else polarity,
                        negated=f.negated, subject=sid, subject_name=None if sid else sname,
                        stated=self._stated(ceremony, year, for_work, for_title),
                        unchecked=unchecked)
            if polarity == "lost":
                base["beaten_by"] = [x.text(p) for x in f.roles.get("beaten_by", [])]
            cue_at = p.offset + p.doc[f.cue].idx
            own = p.doc[wfl.token].head.i == f.cue or f.noun_cue or \
                p.doc[wfl.token].i in f.clause or p.doc[f.cue].dep_ == "xcomp"
            start = min(sarg.start if sarg else p.offset + p.doc[wfl.token].idx, cue_at) \
                if own else cue_at
            for a, run, _t in awards[:1]:  # "The Best Director Oscar went to ...": it starts there
                a_at = a.start if a is not None else p.span_of(*run)[0]
                if (own and (p.doc[_t].head.i == f.cue or f.cue < _t) or f.layout) and a_at < start:
                    start = a_at
            counts_family = not awards or any(
                a is not None and (a.entity == family or a.kind != "award") for a, _r, _t in awards)
            if count is not None and counts_family:
                n, tok = count
                out.append(self._claim(f, "count", start, self._end(f, [tok]), sid, sname,
                                       "award_count", n, hedged,
                                       dict(base, kind="award_count", count=n,
                                            stated=base["stated"] + ["count"])))
            for k, (a, run, tok) in enumerate(awards):
                if a is not None and a.entity == family and count is not None:
                    continue  # "won five Oscars": the count claim says it
                award_id, phrase = None, None
                if a is not None:
                    award_id, phrase = a.entity, a.text
                    if a.kind in ("ceremony", "festival"):
                        award_id = None
                else:
                    phrase = p.doc[run[0]:run[1]].text
                    award_id = self._category(family, phrase)
                family_only = a is not None and (a.kind != "award" or award_id == family)
                if family_only and len(awards) > 1:
                    continue  # "an Oscar in the best actress category": the category says it
                if family_only:
                    award_id = None
                slots = dict(base, kind="award", award=award_id, family_only=family_only,
                             award_phrase=phrase)
                if count is not None and not family_only and not counts_family:
                    slots["count"] = count[0]
                    slots["stated"] = base["stated"] + ["count"]
                s0 = start if k == 0 or wi > 0 else (a.start if a else p.span_of(*run)[0])
                last_tok = ([] if implied and not f.roles.get("award") else [tok]) + (
                    [w.token for w in works] if k == len(awards) - 1 else []) + (
                    [wfl.token] if k == len(awards) - 1 and wfl.token > f.cue else [])
                out.append(self._claim(
                    f, "award", s0, self._end(f, last_tok), sid, sname,
                    "award_received" if polarity == "won" else "nominated_for",
                    EntityRef(award_id, kb.label(award_id)) if award_id else phrase, hedged, slots))
        return out

    def _unchecked(self, f: Frame, count) -> list[str]:
        """Numbers and dates the clause states that no slot of the claim holds ("won an Oscar
        at 24"): the verdict must not be `supported` while ignoring them."""
        out = []
        for a in f.args_in_clause("cardinal", "quantity", "money", "time", "date"):
            if count is not None and a.first <= count[1] < a.last:
                continue
            if a.kind == "date" and (YEAR.search(a.text) or not any(ch.isdigit() for ch in a.text)):
                continue  # years are the year slot; "Sunday", "last year" say nothing checkable
            out.append(a.text)
        return out

    def _stated(self, ceremony, year, for_work, for_title) -> list[str]:
        return [k for k, v in (("ceremony", ceremony), ("year", year), ("for_work", for_work),
                               ("for_title", for_title)) if v]

    def _when(self, f: Frame) -> tuple[Optional[str], Optional[int]]:
        """The edition and year the frame's own clause states (never another clause's)."""
        cer = [a.entity for a in f.args_in_clause("ceremony") if a.entity]
        years = set()
        for a in f.args_in_clause("date"):
            years |= {int(y) for y in YEAR.findall(a.text)}
        ceremony = cer[0] if len(set(cer)) == 1 else None
        year = next(iter(years)) if len(years) == 1 else None
        if ceremony:
            self.para_ceremony[f.parsed.sentence.paragraph] = ceremony
        return ceremony, year

    def _end(self, f: Frame, toks: list[int]) -> int:
        p = f.parsed
        quals = [a.head for a in f.args_in_clause("ceremony", "date")]
        last = max([f.cue] + toks + quals)
        a = p.arg_at(last)
        end_tok = a.last - 1 if a is not None else last
        return p.span_of(end_tok, end_tok + 1)[1]

    def _claim(self, f: Frame, category: str, start: int, end: int, sid, sname, predicate,
               obj, hedged: bool, slots: dict) -> Claim:
        s = f.parsed.sentence
        start, end = max(s.start, start), min(s.end, max(end, start + 1))
        subject = EntityRef(sid, self.kb.label(sid)) if sid else None
        return Claim(id="", start=start, end=end, text=self.text[start:end], category=category,
                     subject=subject, predicate=predicate, object=obj, hedged=hedged,
                     slots=slots)
