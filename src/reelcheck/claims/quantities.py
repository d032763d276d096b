"""The quantity family on the parse: a film's budget and box office, its runtime, how many days
it was shot in, how long a scene or an ovation lasts.

`text.find_money` and `text.find_durations` read the figures ("$6 million", "2 hours and 19
minutes", "37 days"); the parse says which relation each one states. A figure belongs to the
cue that governs it (the lexicon's `qualifiers.quantities`):

- a noun cue in the figure's own phrase ("28 minutes of real-time chaos") or one the figure
  modifies ("a $6 million budget", "a runtime of 139 minutes", "a ten-minute ovation");
- else, at the verb of the figure's clause, a noun cue that is its subject ("the budget was $6
  million", "the shoot lasted 37 days", "the sequence runs 28 minutes"), the verb itself ("cost
  $6 million", "grossed $52 million worldwide", "shot in 29 days") or a verb it takes ("took
  37 days to shoot").

A figure never binds across its clause: "It cost $20 million, and Y grossed $300 million" gives
each verb its own figure, and Y's gross is Y's. The work is the cue's film (its subject, object
or owner), else the film the passage is about; something else that cost or grossed ("its
sequel", "the campaign") makes no claim. A marketing spend or a purchase price
(`qualifiers.money_excluded`) is no budget; `qualifiers.money_scope` reads where a gross was
earned.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..model import Claim, EntityRef
from .frames import (MODALS, Frame, another_film, clause_of, conjuncts, subject_token,
                     true_subjects)
from .parse import Parsed, lexicon
from .text import MONTHS, find_dates, find_durations, find_money

FAMILY = "quantities"
CATEGORY = {"budget": "money", "box_office": "money", "runtime": "runtime",
            "scene_length": "runtime", "shooting_days": "production",
            "ovation_length": "festival"}
# the unit a duration is checked in, and how many of them one of its unit makes
UNITS = {"minute": ("minute", 1), "hour": ("minute", 60), "day": ("day", 1), "week": ("day", 7)}
NOUNS = ("NOUN", "PROPN")
VERBS = ("VERB", "AUX")
# words that stand for the film in a cue's subject or object ("it cost", "the film runs")
# the prepositions that open a window's start: a date in their phrase is not the total's time
# ("since its release in October"), and an event after which a date still says when
AFTER = frozenset({"since", "from", "after", "following", "post"})
FILM_WORDS = frozenset({"it", "its", "film", "movie", "picture", "feature", "which", "that"})


@dataclass(frozen=True)
class QRelation:
    name: str                 # the predicate the verifier checks (budget, runtime, ...)
    figure: str               # money | duration
    units: frozenset
    verbs: tuple              # (words, ...), longest first
    nouns: frozenset          # written without spaces or hyphens ("runningtime")
    yields_to: tuple
    modified: frozenset = frozenset()   # nouns the figure states it of by modifying them
    adjectives: frozenset = frozenset()   # adjectives of extent the figure measures ("long")

    def fits(self, figure: str, unit: Optional[str]) -> bool:
        return self.figure == figure and (figure == "money" or unit in self.units)


def _of_the_story(p: Parsed, subj) -> bool:
    """Whether a subject's phrase names one of a story's characters and no film ("a night with
    Ani", "Vanya's party"): what it costs or earns is a sum in the story, not the film's."""
    kinds = {getattr(p.arg_at(t.i), "kind", None) for t in subj.subtree}
    return "character" in kinds and "film" not in kinds


def _key(words: str) -> str:
    return words.lower().replace(" ", "").replace("-", "")


@lru_cache(maxsize=1)
def _relations() -> dict[str, QRelation]:
    out = {}
    for name, r in (lexicon().qualifiers.get("quantities") or {}).items():
        verbs = sorted((tuple(v.lower().split()) for v in r.get("verbs") or ()), key=len,
                       reverse=True)
        out[name] = QRelation(name, r["figure"], frozenset(r.get("units") or ()), tuple(verbs),
                              frozenset(_key(n) for n in r.get("nouns") or ()),
                              tuple(r.get("yields_to") or ()),
                              frozenset(_key(n) for n in r.get("modified") or ()),
                              frozenset(_key(n) for n in r.get("adjectives") or ()))
    return out


@lru_cache(maxsize=1)
def _film_nouns() -> frozenset:
    """Common nouns that stand for a film: the family's film words, the lexicon's title nouns
    and the nouns a figure states a relation of by modifying them ("a $6 million drama")."""
    return frozenset(_key(w) for w in FILM_WORDS | set(
        lexicon().qualifiers.get("title_nouns", ())) if w not in ("it", "its", "which", "that")
        ) | frozenset(n for r in _relations().values() for n in r.modified)


@lru_cache(maxsize=8)
def _phrases(key: str) -> tuple:
    return tuple(_key(w) for w in lexicon().qualifiers.get(key) or ())


@lru_cache(maxsize=1)
def cue_words() -> frozenset:
    """Every word of the family's cues, for the candidate gate (parse.is_candidate)."""
    words: set = set()
    for r in (lexicon().qualifiers.get("quantities") or {}).values():
        for v in r.get("verbs") or ():
            words |= _forms(v.split()[0]) | {v.split()[0]}
        # (and the kinds of film a figure modifies: "Baker's 139-minute comedy")
        for n in list(r.get("nouns") or ()) + list(r.get("adjectives") or ()) + list(
                r.get("modified") or ()):
            words |= {w for w in n.lower().replace("-", " ").split()}
    return frozenset(words | {w + "s" for w in words})


@lru_cache(maxsize=64)
def _forms(lemma: str) -> frozenset:
    from ..nlp import surface_forms
    return frozenset(surface_forms(lemma))


@dataclass
class Figure:
    kind: str                 # money | duration
    value: object             # text.Money or text.Duration
    first: int                # its tokens, end-exclusive
    last: int
    root: object

    @property
    def unit(self) -> Optional[str]:
        return getattr(self.value, "unit", None)


class QuantityReader:
    def __init__(self, kb, resolver, text: str, dated: Optional[tuple] = None):
        self.kb, self.res, self.text = kb, resolver, text
        # (year, month) of the piece when ingest found its date: the time of a running total
        # the sentence does not date ("it has grossed $15 million")
        self.dated = dated

    def sentence_claims(self, p: Parsed, frames: list[Frame], hedged: bool) -> list[Claim]:
        figures = self._figures(p)
        out = []
        for fig in figures:
            got = self._governing(p, fig)
            if got is None:
                continue
            rel, cue, verb = got
            if verb is not None and any(c.dep_ == "aux" and c.lower_ in MODALS
                                        for c in verb.children):
                continue   # "could cost", "will gross": not a statement of fact
            words = self._words(p, fig, figures, verb if verb is not None else cue)
            if rel.figure == "money" and _has(words, _phrases("money_excluded")):
                continue
            film, owner = self._film(p, fig, cue, verb)
            if film is None:
                continue
            claim = self._claim(p, rel, fig, cue, verb, owner, film, words, hedged)
            top = max(cue.i, verb.i if verb is not None else cue.i)
            if any(g is not fig and top < g.first < fig.first for g in figures):
                # "$52 million worldwide, with $20 million from the US and Canada": a figure
                # after the cue's own is a part of it, said in its own words
                self._own_words(p, claim, fig)
            out.append(claim)
        return out

    def _own_words(self, p: Parsed, claim: Claim, fig: Figure) -> None:
        """The claim's words: the figure and the words after it up to the next figure or
        punctuation ("$32 million from abroad")."""
        last = fig.last
        for t in p.doc[fig.last:]:
            nxt = p.doc[t.i + 1] if t.i + 1 < len(p.doc) else None
            if t.is_punct or t.like_num or (p.arg_at(t.i) is not None
                                             and p.arg_at(t.i).kind == "money") or (
                    t.dep_ == "cc" and (nxt is None or nxt.like_num or nxt.text in "$€£")):
                break   # the next figure's words are its own
            last = t.i + 1
        start, end = p.span_of(fig.first, last)
        s = p.sentence
        claim.start, claim.end = max(s.start, start), min(s.end, end)
        claim.text = self.text[claim.start:claim.end]

    # -- the figures and the cue that governs each -----------------------------------------
    def _figures(self, p: Parsed) -> list[Figure]:
        s, doc = p.sentence, p.doc
        found = [("money", m) for m in find_money(s.text, s.start)]
        found += [("duration", d) for d in find_durations(s.text, s.start) if d.unit in UNITS]
        out = []
        for kind, v in found:
            span = doc.char_span(v.start - s.start, v.end - s.start, alignment_mode="expand")
            if span is not None and len(span):
                out.append(Figure(kind, v, span.start, span.end, span.root))
        return out

    def _governing(self, p: Parsed, fig: Figure):
        """(relation, cue token, the verb of the figure's clause or None), or None."""
        rels = _relations().values()
        own = [t for c in fig.root.children if c.dep_ == "prep" and c.lower_ == "of"
               for t in c.subtree]   # "28 minutes of real-time chaos"
        for t in own:
            if t.pos_ in NOUNS or t.pos_ == "ADJ":
                rel = self._noun(p, t, fig, rels)
                if rel is not None:
                    return self._yield(p, rel, fig, t, None)
        for t in fig.root.children:
            # "went on to gross more than $50 million": a cue verb the parser hung inside the
            # figure's own phrase is still the verb the figure completes
            # (or tagged an adjective: "went on to gross $52 million", "to gross" before it)
            if t.i < fig.first and t.dep_ in ("amod", "compound") and (
                    t.pos_ in VERBS or t.pos_ == "ADJ" and t.i > 0
                    and t.doc[t.i - 1].lower_ == "to"):
                rel = self._verb(t, fig, rels, loose=t.pos_ == "ADJ")
                if rel is not None:
                    return self._yield(p, rel, fig, t, t)
        t = fig.root
        got = self._extent(p, t, fig, rels)   # a span read with its "long" has it for root
        if got is not None:
            return got
        while t.head.i != t.i:
            t = t.head
            if t.pos_ in NOUNS:
                rel = self._noun(p, t, fig, rels)
                a = p.arg_at(t.i)
                if rel is None and t.i == fig.root.head.i:
                    # "a $6 million film": a figure on a noun it is the measure of
                    rel = next((r for r in rels if _key(t.lemma_) in r.modified
                                and r.fits(fig.kind, fig.unit)), None)
                if rel is None and a is not None and a.kind == "film" and t.i == fig.root.head.i:
                    # "the 150-minute Anora": a measure on a film's name is said of the film
                    # as the film words of the lexicon say it ("a 150-minute film")
                    rel = next((r for r in rels if ("film" in r.nouns or "film" in r.modified)
                                and r.fits(fig.kind, fig.unit)), None)
                if rel is not None:
                    return self._yield(p, rel, fig, t, _verb_of(t))
                rel = self._verb(t, fig, rels)
                if rel is not None:
                    return self._yield(p, rel, fig, t, t)
            if t.i == fig.root.head.i:
                got = self._extent(p, t, fig, rels)
                if got is not None:
                    return got
            if t.pos_ not in VERBS:
                continue
            lead = fig.root.head
            if lead.dep_ == "prep" and lead.lower_ == "at" and lead.head.i == t.i and any(
                    lead.i < s.i or lead.i >= 2 and lead.doc[lead.i - 1].text == ","
                    and s.right_edge.i in (lead.i - 1, lead.i - 2) for s in _subjects(t)):
                # "At 139 minutes, Anora is long for a comedy", "Anora, at 139 minutes, never
                # drags": a measure set before the subject with "at", or set off right after
                # it, is the subject's own (a film's length: its runtime)
                rel = next((r for r in rels if "film" in r.nouns and r.fits(fig.kind, fig.unit)),
                           None)
                if rel is not None:
                    return self._yield(p, rel, fig, t, t)
            for subj in _subjects(t):
                rel = self._noun(p, subj, fig, rels) if subj.pos_ in NOUNS else None
                if rel is not None:
                    return self._yield(p, rel, fig, subj, t)
            for subj in [c for c in t.children if c.dep_ == "csubj" and c.pos_ in VERBS]:
                rel = self._verb(subj, fig, rels)   # "Shooting the film took 37 days"
                if rel is not None:
                    return self._yield(p, rel, fig, subj, t)
            rel = self._verb(t, fig, rels)
            if rel is not None:
                return self._yield(p, rel, fig, t, t)
            # "took 37 days to shoot", "needed only 30 days to shoot it"; not a sum given to
            # someone ("offers Ani $15,000 to spend a week with him": her price, no budget)
            given = any(c.dep_ == "dative" or c.dep_ == "dobj" and not fig.first <= c.i < fig.last
                        and getattr(p.arg_at(c.i), "kind", None) in ("person", "character")
                        for c in t.children)
            # (the parser may hang the infinitive as a clause of purpose: "the crew needed
            # 37 days to shoot it")
            for x in ([] if given else [c for c in t.children if c.dep_ == "xcomp" or (
                    c.dep_ == "advcl" and c.i > fig.last and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]) + [
                    c for c in fig.root.children if c.dep_ in ("relcl", "acl")]:
                rel = self._verb(x, fig, rels)
                if rel is not None:
                    return self._yield(p, rel, fig, x, t)
            return None   # a figure binds to its own clause
        return None

    def _extent(self, p: Parsed, t, fig: Figure, rels):
        """"Anora is 139 minutes long": the measure of an adjective of extent, said of the
        subject of the copula it completes (the tagger may call it an adverb)."""
        if t.pos_ not in ("ADJ", "ADV") or t.dep_ not in ("acomp", "advmod") or \
                t.head.lemma_ != "be":
            return None
        rel = next((r for r in rels if _key(t.lower_) in r.adjectives
                    and r.fits(fig.kind, fig.unit)), None)
        return self._yield(p, rel, fig, t, t.head) if rel is not None else None

    def _yield(self, p: Parsed, rel: QRelation, fig: Figure, cue, verb):
        """A more specific relation named in the clause takes the figure ("the sequence runs
        28 minutes"); if it does not measure in the figure's unit, no relation does."""
        if rel.yields_to:
            rels = [_relations()[n] for n in rel.yields_to if n in _relations()]
            near = {t.i for t in fig.root.subtree}   # the figure's phrase and the subject's
            subjects = _subjects(verb) if verb is not None else []
            near |= {t.i for x in subjects for t in x.subtree}
            # "The sequence runs 28 minutes, and Baker said it took ten days to shoot": a
            # subject "it" is the thing the clause before it is about
            near |= {x.i for x in (_antecedent(p, s) for s in subjects) if x is not None}
            root = fig.root.sent.root
            if verb is not None and verb.dep_ == "relcl" and verb.head.pos_ in NOUNS:
                # "The ovation the film received at Cannes lasted seven minutes", which the
                # parser reads as a relative clause on "ovation": the noun it hangs on
                near.add(verb.head.i)
            elif verb is not None and root.pos_ in NOUNS and root.i < verb.i and \
                    not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
                # "The ovation that greeted the film lasted ten minutes", read with no main
                # verb: the noun the sentence opens with is what its verb is said of
                near.add(root.i)
            for i in sorted(near):
                t = p.doc[i]
                if t.pos_ in NOUNS or t.pos_ == "ADJ":
                    other = self._noun(p, t, None, rels)
                    if other is not None:
                        return (other, t, verb) if other.fits(fig.kind, fig.unit) else None
        return rel, cue, verb

    @staticmethod
    def _noun(p: Parsed, tok, fig: Optional[Figure], rels) -> Optional[QRelation]:
        """The relation a noun cue ending at `tok` states ("box office", "running time")."""
        doc = p.doc
        for k in range(4):
            if tok.i - k < 0:
                break
            span = doc[tok.i - k:tok.i + 1]
            keys = {_key(span.text), _key(span[:-1].text + tok.lemma_)}
            for r in rels:
                if keys & r.nouns and (fig is None or r.fits(fig.kind, fig.unit)):
                    return r
        return None

    @staticmethod
    def _verb(tok, fig: Figure, rels, loose: bool = False) -> Optional[QRelation]:
        verb = tok.pos_ in VERBS or loose   # loose: a verb the tagger took for another word
        lemma = tok.lemma_.lower()
        right = {c.lower_ for c in tok.children if c.i > tok.i}
        best = None
        for r in rels:
            if not r.fits(fig.kind, fig.unit):
                continue
            for words in r.verbs:
                # a participle the tagger took for a noun ("a film shot for $6 million")
                # (a form of the cue verb whose lemma the tagger missed: a sentence's first
                # word, "Shot over 37 days, ...")
                said = words[0] in (lemma, tok.lower_) or tok.lower_ in _forms(words[0]) \
                    if verb else \
                    len(words) > 1 and tok.lower_ in _forms(words[0])
                if said and all(w in right for w in words[1:]):
                    # a cue that ends in a preposition takes the figure there ("made for $6
                    # million"); "made $6 million for Neon" is the verb alone's figure
                    preps = [c for c in tok.children if c.i > tok.i and c.lower_ == words[-1]]
                    if len(words) > 1 and preps and all(c.dep_ == "prep" for c in preps) and \
                            not any(fig.root.i in {t.i for t in c.subtree} for c in preps):
                        continue
                    if best is None or len(words) > best[0]:
                        best = (len(words), r)
                    break
        if best is not None:
            return best[1]
        return None

    # -- the figure's words, the film, the claim -------------------------------------------
    @staticmethod
    def _words(p: Parsed, fig: Figure, figures: list[Figure], top) -> list[str]:
        """The clause's words that may qualify this figure: its own phrase and the clause
        outside every figure's phrase (another figure's "for marketing" is not its own)."""
        others = set()
        for g in figures:
            if g is not fig:
                others |= {t.i for t in g.root.subtree}
        own = [t.i for t in fig.root.subtree if t.i not in others or fig.first <= t.i < fig.last]
        taken = {t.i for g in figures for t in g.root.subtree}
        clause = set(clause_of(top, p.titles)) | {   # "spent $30 million promoting the film"
            t.i for c in top.children if c.dep_ in ("xcomp", "advcl", "acl")
            and not _subjects_of(c) for t in c.subtree}   # not "..., while Neon spent ..." 
        rest = [i for i in clause if i not in taken]
        return [p.doc[i].lower_ for i in sorted(set(own) | set(rest))]

    def _film(self, p: Parsed, fig: Figure, cue, verb):
        """(KB film, its token) the cue is said of, or (None, None) when it is said of
        something else."""
        a = p.arg_at(cue.i)
        if a is not None and a.kind == "film" and fig.root.head.i == cue.i:
            # "the 150-minute Anora", "Conclave's $30 million": a figure on a film's name is
            # that film's, whoever the clause's subject is
            return (a.entity, cue) if a.entity else (None, None)
        if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and \
                verb.head.i < verb.i and verb.i > 0 and p.doc[verb.i - 1].text == "," and \
                not _subjects_of(verb):
            # "gave the longest speech in Oscar history, running five minutes": a participle
            # set off after a clause is said of that clause's object; a common noun that is
            # no film word ("speech") is not the film
            # (when the clause's subject is a person, who is no film; else the participle
            # is the subject's: "The film won the prize, grossing $41 million")
            obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None)
            who = [p.arg_at(c.i) for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if obj is not None and p.arg_at(obj.i) is None and obj.pos_ == "NOUN" and \
                    not self._the_film(p, obj) and who and all(
                        a is not None and a.kind == "person" for a in who):
                return None, None
        cands = []
        if cue.pos_ in NOUNS:   # "Anora's budget", "the budget of Anora", "the Anora budget"
            cands += [c for c in cue.children if c.dep_ == "poss" or (
                c.dep_ == "compound" and p.arg_at(c.i) is not None
                and p.arg_at(c.i).kind == "film")]
            cands += [o for c in cue.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"]
        if verb is not None and cue.pos_ in NOUNS and cue.dep_ == "dobj" and cue.head.i == verb.i:
            # "the crowd gave Anora a ten-minute ovation", "gave the film a $6 million budget":
            # the noun is the recipient's, not the giver's
            cands += [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        given = bool(cands) and cands[-1].dep_ == "dative"   # the giver is not the owner
        if verb is not None and cue.pos_ in NOUNS and fig.root.head.i == cue.i and \
                cue.dep_ == "dobj" and cue.head.i == verb.i and p.arg_at(cue.i) is None and \
                not any(c.dep_ == "poss" for c in cue.children) and \
                _key(cue.lemma_) in _film_nouns():
            # "The 139-minute film beat the 215-minute epic": a measure on the object of a
            # verb whose subject is a film is the object's, another film than the subject
            subj = subject_token(verb)
            a = p.arg_at(subj.i) if subj is not None else None
            if subj is not None and subj.i != cue.i and (
                    a is not None and a.kind == "film" or a is None and subj.pos_ == "NOUN"
                    and _key(subj.lemma_) in _film_nouns()):
                return None, None
        subj = None
        if verb is not None and cue.i not in {t.i for t in _subjects(verb)}:
            subj = subject_token(verb)
            if subj is not None and subj.i != cue.i and not given:
                cands.append(subj)
            if cue.i == verb.i or cue.pos_ in VERBS:   # "Baker shot Anora in 37 days",
                # "clocked it at 28 minutes", "needed 30 days to shoot Anora"
                objs = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
                if cue.i != verb.i and any(c.dep_ == "dobj" for c in objs) and cands \
                        and cands[-1].i == getattr(subj, "i", None):
                    # "the crew spent 37 days filming Anora": the cue verb's own object is
                    # what was shot; the subject of the verb it completes, who shot it
                    # (an object that is neither a film nor a word for one, "shooting a
                    # single scene", is a part of it: not the film's figure)
                    if not any(getattr(p.arg_at(c.i), "kind", None) == "film" or
                               c.lemma_.lower() in FILM_WORDS | {"it"} or
                               c.lemma_.lower() in lexicon().qualifiers.get("title_nouns", ())
                               for c in objs):
                        return None, None
                    cands = cands[:-1] + objs
                else:
                    cands += objs
        cands = [t for t in cands if not fig.first <= t.i < fig.last and t.i != fig.root.i]
        anaphor = None   # "the small indie movie", "it": the film is the one said before
        if subj is not None and subj in cands and _of_the_story(p, subj):
            return None, None   # "A night with Ani costs $1,000": a price in the story
        for n, t in enumerate(cands):
            a = p.arg_at(t.i)
            if a is not None and a.kind in ("person", "org") and a.entity or (
                    (t.pos_ == "PROPN" or a is not None and a.kind in ("person", "org"))
                    and (a is None or a.kind != "film") and n + 1 < len(cands)):
                continue   # "Baker shot it in 37 days": who did it; the object says what
            if n + 1 < len(cands) and any(
                    c.dep_ == "appos" and getattr(p.arg_at(c.i), "kind", None) in (
                        "person", "org", "organization") for c in t.children):
                continue   # "The film's producers, FilmNation and Cre Film, made Anora for
                # $6 million": a description of the makers, set beside their names
            # "2020 winner Nomadland, which grossed", "Anora, the only winner to gross"
            for x in [t] + [c for c in t.children if c.dep_ == "appos"] + (
                    [t.head] if t.dep_ == "appos" else []):
                a = p.arg_at(x.i)
                if a is not None and a.kind == "film" and a.entity:
                    return a.entity, x
                if x.pos_ == "PROPN" or (a is not None and a.kind == "work"):
                    return None, None   # a film the KB does not know ("Harbour Lights")
            if p.arg_at(t.i) is None and t.pos_ == "NOUN" and _makers(t) and \
                    n + 1 == len(cands) and verb is not None and cue.i != verb.i:
                # "the crew spent 37 days filming", "Baker's crew took five weeks to shoot":
                # the production's people (lexicon `plot.production_movers`) are who shot
                # it, not what was shot: the film is the one their own phrase names, else
                # the one the passage is about (not another work their phrase names: "the
                # sequel's crew")
                own = _makers_film(p, t)
                if own is False:
                    return None, None
                if own is not None:
                    return own, None
                continue
            if p.arg_at(t.i) is None and t.pos_ == "NOUN" and not self._the_film(p, t):
                return None, None   # "its sequel grossed", "the campaign cost"
            if p.arg_at(t.i) is None and another_film(t):
                return None, None   # "his previous film cost": another film than the one
                # in focus (lexicon crew.other_film_words)
            if p.arg_at(t.i) is None and anaphor is None:
                anaphor = t
        for i in sorted(clause_of(verb, p.titles)) if verb is not None else ():
            a = p.arg_at(i)   # "spent $6 million on the production of Anora"
            if a is not None and a.kind == "film" and a.entity and not _compared(p.doc[a.head]):
                return a.entity, None
        return self._film_before(p, anaphor), None

    def _film_before(self, p: Parsed, tok):
        """The film the passage is about at `tok` ("the movie", "it"): the sentence's film,
        unless the sentence names that film only after the words that refer to it ("The
        small movie ... if it beats The Brutalist"), or only as what a figure is compared
        with ("The budget was $12 million, which was more than X cost"): then the film said
        before."""
        film = self.res.film(p.sentence)
        named = [a.first for a in p.args if a.entity == film]
        elsewhere = bool(named) and tok is None and all(_compared(p.doc[i]) for i in named)
        if not elsewhere and (tok is None or not film or not named or min(named) < tok.i):
            return film
        i = p.sentence.index
        prev = self.res.sentences[i - 1] if 0 < i <= len(self.res.sentences) else None
        before = self.res.film(prev) if prev is not None and \
            prev.paragraph == p.sentence.paragraph else self.res.main_film
        return None if elsewhere and before == film else before

    def _the_film(self, p: Parsed, t) -> bool:
        """A common noun that may stand for the film ("the film", "it", "the production")."""
        low = t.lemma_.lower()
        return low in FILM_WORDS or low in lexicon().qualifiers.get("title_nouns", ()) or \
            lexicon().noun(low) is not None or \
            self._noun(p, t, None, _relations().values()) is not None   # "the screening"

    def _states(self, t, fig: Figure, cue, rel: QRelation) -> bool:
        """Whether token `t` (the cue or the clause's verb) states the figure, so that its
        negation denies it: the cue itself, a copula, a verb of the relation, or a verb the
        figure hangs on -- directly or by a preposition after the subject, not by a phrase
        fronted before it ("At 139 minutes, the film never drags")."""
        head = fig.root.head
        if head.dep_ == "prep" and head.head.i == t.i and (
                head.i < _subject_i(t) or head.i >= 1 and t.doc[head.i - 1].text == ","):
            return False   # ("At 139 minutes it is not short", "Anora, at 139 minutes, never
            # drags": the measure is given, set off from what the verb says)
        if t.i != cue.i and head.i == cue.i and cue.dep_ in ("nsubj", "nsubjpass") and \
                cue.head.i == t.i:
            return False   # "The 139-minute comedy never drags": a measure on the subject
            # noun is given with it; the verb's negation denies only what the verb says
        if t.i == cue.i or t.lemma_ == "be" or self._verb(t, fig, [rel]) is not None:
            return True
        return head.i == t.i or head.head.i == t.i

    def _claim(self, p: Parsed, rel: QRelation, fig: Figure, cue, verb, owner, film: str,
               words: list[str], hedged: bool) -> Claim:
        # "made on a budget of $6 million": a cue in a phrase on the verb is said from its
        # preposition; the verb's own figure ("made $34.5 million") is another claim
        toks = [fig.first, cue.i] + (
            [cue.head.i] if cue.pos_ in NOUNS and cue.dep_ == "pobj" and verb is not None
            and cue.head.head.i == verb.i else [verb.i] if verb is not None else [])
        if owner is not None and owner.i < fig.first:
            a = p.arg_at(owner.i)
            toks.append(a.first if a is not None else owner.i)
        lo, hi = min(toks), max(fig.last, cue.i + 1)
        start, end = p.span_of(lo, hi)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        # a negation denies the figure only on its cue, or on a verb that states it ("did not
        # cost $6 million", "is not 139 minutes long"); "At 139 minutes, the film never drags"
        # denies the dragging, and the figure in the fronted phrase stands
        stating = [t for t in (verb, cue) if t is not None and self._states(t, fig, cue, rel)]
        negated = any(c.dep_ == "neg" for t in stating for c in t.children)
        v = fig.value
        if fig.kind == "money":
            slots = dict(kind="money", amount=v.amount, currency=self._currency(v),
                         hedge=v.hedge, scope=self._scope(p, fig, words))
            bound, said = _bound(p, fig, verb)
            if bound:
                slots["bound"] = bound
                slots["hedge"] = slots["hedge"] or said
            payer = _payer(p, fig, verb, film) if rel.name == "budget" else None
            if payer:
                slots["payer"] = payer   # "cost Neon $20 million": a price someone paid
            told = _event_time(p, fig, top_of(verb, cue)) if rel.name == "box_office" else None
            if told and told.split()[0].lower() in AFTER and self._when(p, fig, top_of(verb, cue)):
                told = None   # "after the Oscars ... by mid-March 2025": the date says when
            if told:
                slots["event_time"] = told   # "before its Oscar win", "since the Oscars"
            said_to_be = _characterized(p, fig, verb)
            if said_to_be:
                slots["characterized"] = said_to_be   # "$15 million, the lowest since 1980"
            if rel.name == "box_office" and _increment(p, fig):
                slots["increment"] = True   # "an additional $2.5 million", "a $2m boost"
            if rel.name == "box_office":
                # a gross over a window ("in its opening weekend", "per theater") or in a
                # territory no scope names ("in France"): not the running total the KB keeps
                window = _has(words, _phrases("money_windows"))
                where = None if slots["scope"] else _territory(
                    p, fig, verb if verb is not None else cue)
                if window:
                    slots["window"] = True
                if where:
                    slots["territory"] = where
            ratio = _ratio(fig)
            if ratio:
                slots["ratio"] = ratio
            when = self._when(p, fig, top_of(verb, cue)) or self.dated
            if when:
                slots["as_of"] = when
            else:
                slots["undated"] = True   # neither the sentence nor the piece says when
        else:
            unit, times = UNITS[v.unit]
            slots = dict(kind="quantity", value=v.value * times, unit=unit, hedge=v.hedge)
            if times > 1:
                # "five weeks", "two and a half hours": a figure in a coarser unit than the one
                # checked is said to the nearest whole (or half, quarter) of its unit
                step = v.value - int(v.value) or 1.0
                slots["grain"] = step * times
            if not v.hedge:
                # "shot in under 45 days", "fewer than 40 days": the bound words before the
                # figure (the money bounds, which are no money's own) make it a bound
                bound, said = _bound(p, fig, None)
                if said in (lexicon().qualifiers.get("span_prepositions") or ()):
                    bound = None   # "shot over 37 days": the span, not more than it
                if bound and said:
                    slots.update(hedge=said, bound=bound)
            where = _shot_where(p, fig, top_of(verb, cue), cue) if rel.name == "shooting_days" \
                else None
            if where:
                slots["place"] = where[0]   # the days spent in one place, not the whole shoot
                if where[1]:
                    slots["places"] = where[1]   # the KB places of a list of them
        return Claim(id="", start=start, end=end, text=self.text[start:end],
                     category=CATEGORY.get(rel.name, rel.name),
                     subject=EntityRef(film, self.kb.label(film)), predicate=rel.name,
                     object=v.text, hedged=hedged,
                     slots=dict(slots, subject=film, negated=negated))

    def _currency(self, v) -> str:
        """The figure's currency; letters right before a dollar sign name which dollar
        ("A$6 million", "C$", "US$")."""
        sign = v.text.find("$")
        if sign < 0 or v.currency != "USD":
            return v.currency
        at = v.start + sign
        lo = at
        while lo > 0 and at - lo < 3 and self.text[lo - 1].isalpha():
            lo -= 1
        prefixes = lexicon().qualifiers.get("dollar_prefixes") or {}
        return prefixes.get(self.text[lo:at].lower(), v.currency) if lo < at else v.currency

    @staticmethod
    def _when(p: Parsed, fig: Figure, top) -> Optional[list]:
        """[year or None, month or None(, day)] a date in the figure's clause states ("by March 2025 it had
        grossed ..."): a running total is as of that time."""
        region = set(clause_of(top, p.titles))
        for c in top.children:   # a gapped conjunct ("$15 million by February, and $20
            # million by March"; "$20 million domestically and $52 million worldwide by ..."):
            # the verb's own, though the clause leaves coordinated phrases out
            if c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX"):
                region |= clause_of(c, p.titles)
        # a phrase on the figure itself ("Box office: $52 million (as of March 16, 2025)"):
        # the figure's own time, wherever the parser hangs the figure
        region |= {t.i for c in fig.root.children if c.dep_ == "prep" for t in c.subtree}
        cands = []
        for i in sorted(region):
            a = p.arg_at(i)
            if a is None or a.kind != "date" or fig.first <= i < fig.last or i != a.first:
                continue
            under = {y.i for y in top.subtree}
            if any(x.dep_ == "prep" and x.lower_ in AFTER and x.i in under
                   for x in p.doc[i].ancestors):
                continue   # "since its release in October": when the run began
            if any(x.dep_ == "appos" and x.i in under and x.i != fig.root.i
                   for x in p.doc[i].ancestors):
                continue   # "Anora, the Palme d'Or winner of May 25, 2024, grossed ...": the
                # time of a description set beside a name is that description's
            d = next(iter(find_dates(a.text)), None)
            t = p.doc[i]
            month = next((MONTHS[x.lower_] for x in p.doc[a.first:a.last]
                          if x.lower_ in MONTHS and x.text[:1].isupper()), None)
            if d is not None and d.year:
                # the day too, when the sentence gives one ("as of March 16, 2025"): a
                # running total the KB dates to that day is the one it is about
                cands.append((i, [d.year, d.month] + ([d.day] if d.month and d.day else [])))
            elif month:
                cands.append((i, [None, month]))   # "by mid-March": the month, no year said
            elif t.like_num and len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20"):
                cands.append((i, [int(t.text), None]))
        if len(cands) <= 1:
            return cands[0][1] if cands else None
        # several dates: the figure's own is the one no other figure stands between, after
        # it first ("$15 million by February 17, and $20 million by March 16")
        figs = [j for j in region if p.arg_at(j) is not None and p.arg_at(j).kind == "money"
                and p.arg_at(j).first == j and not fig.first <= j < fig.last]
        def clear(i) -> bool:
            lo, hi = sorted((i, fig.first))
            return not any(lo < j < hi for j in figs)
        after = [r for i, r in cands if i >= fig.last and clear(i)]
        before = [r for i, r in cands if i < fig.first and clear(i)]
        return after[0] if after else before[-1] if before else None

    @staticmethod
    def _scope(p: Parsed, fig: Figure, words: list[str]) -> Optional[str]:
        """Where a gross was earned: said right after the figure, else in its clause."""
        scopes = lexicon().qualifiers.get("money_scope") or {}
        near = []
        for t in p.doc[fig.last:fig.last + 6]:
            if p.arg_at(t.i) is not None and p.arg_at(t.i).kind == "money" or t.like_num:
                break   # the next figure's words are its own
            if t.text in (";", ":", "—", "–"):
                break   # "... at home; its worldwide total ...": the next clause's words
            near.append(t.lower_)
        for w in (near, words):
            for name in ("worldwide", "domestic", "international") if w is near else (
                    "domestic", "international", "worldwide"):
                if _has(w, tuple(_key(x) for x in scopes.get(name, ()))):
                    return name
        return None


def _territory(p: Parsed, fig: Figure, top) -> Optional[str]:
    """A place a gross is said to be earned in, from the parse: a place in a phrase of
    location ("in France", "across Europe") hanging on the figure's verb or on the figure
    itself ("$2 million in the UK"), not a place of another clause or another phrase."""
    preps = set(lexicon().qualifiers.get("territory_prepositions") or ())
    heads = {fig.root.i, top.i} if top is not None else {fig.root.i}
    for prep in p.doc:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.head.i not in heads:
            continue
        for o in prep.children:
            if o.dep_ != "pobj":
                continue
            a = p.arg_at(o.i)
            if a is not None and a.kind == "place" or o.ent_type_ in ("GPE", "LOC"):
                return a.text if a is not None else o.text
    return None


def _shot_where(p: Parsed, fig: Figure, top, cue=None) -> Optional[tuple[str, list]]:
    """(words, KB places) of the place a span of shooting is said of: a place in a phrase of
    location on the verb or on the figure ("shot over two weeks in Las Vegas", with the places
    coordinated with it: "in New York and Las Vegas"), or the place noun a relative clause of
    place hangs on ("Mill Basin, a neighbourhood where the film was shot over two weeks"); the
    days there are a part of the shoot, not its whole length (unless the places are all the
    film's: verify/quantities.py)."""
    preps = set(lexicon().qualifiers.get("territory_prepositions") or ())
    heads = {fig.root.i} | ({top.i} if top is not None else set())
    if cue is not None and cue.pos_ in VERBS:
        heads.add(cue.i)   # "spent 20 days shooting the film in Brooklyn": on the cue verb
    for prep in p.doc:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.head.i not in heads or (
                prep.i > fig.last and any(t.is_punct for t in p.doc[fig.last:prep.i])):
            continue   # "37 days, most of them in Brooklyn": an aside after the figure
        for o in prep.children:
            a = p.arg_at(o.i) if o.dep_ == "pobj" else None
            if o.dep_ == "pobj" and (a is not None and a.kind == "place"
                                     or o.ent_type_ in ("GPE", "LOC")):
                listed = [p.arg_at(t.i) for t in conjuncts(o)]
                ids = [x.entity for x in listed if x is not None and x.kind == "place"
                       and x.entity]
                return (a.text if a is not None else o.text,
                        ids if len(ids) == len(listed) > 1 else [])
    if top is None:
        return None
    if top.dep_ == "relcl" and top.head.pos_ in NOUNS and any(
            c.lower_ == "where" and c.dep_ == "advmod" or c.dep_ == "prep" and any(
                o.dep_ == "pobj" and o.lower_ == "which" for o in c.children)
            for c in top.children):
        noun = top.head
        if noun.dep_ == "appos" and p.arg_at(noun.i) is None:
            noun = noun.head   # "Mill Basin, a neighbourhood where ...": the place it names
        a = p.arg_at(noun.i)
        return (a.text if a is not None else noun.text), []
    return None


def _bound(p: Parsed, fig: Figure, verb) -> tuple:
    """(class, words) of the bound a figure is stated with (`qualifiers.money_bounds`): the
    words right before it ("north of $5 million", "at least $48 million"), else its verb
    ("crossed $50 million"); (None, None) for a plain figure."""
    groups = lexicon().qualifiers.get("money_bounds") or {}
    classes = {_key(w): name for name, ws in groups.items() if name != "verbs" for w in ws}
    said = fig.value.hedge
    if said:
        return classes.get(_key(said)), said
    for k in (4, 3, 2, 1):
        lo = fig.first - k
        if lo < 0:
            continue
        words = p.doc[lo:fig.first]
        if any(t.is_punct for t in words):
            continue
        name = classes.get(_key(words.text))
        if name:
            return name, words.text.lower()
    if verb is not None:
        keys = {_key(verb.lemma_)} | {_key(verb.lemma_ + c.lower_) for c in verb.children
                                      if c.dep_ in ("prt", "prep", "advmod") and c.i > verb.i}
        for name, ws in (groups.get("verbs") or {}).items():
            if keys & {_key(w) for w in ws}:
                return name, None
    return None, None


def top_of(verb, cue):
    """The verb whose clause states a figure's time and place: its cue's verb, or the
    clause a cue verb the parser hung inside the figure belongs to ("went on to gross $50
    million by March")."""
    top = verb if verb is not None else cue
    if top.dep_ in ("amod", "compound") and _verb_of(top.head) is not None:
        top = _verb_of(top.head)
    return top


def _event_time(p: Parsed, fig: Figure, top) -> Optional[str]:
    """A time told by an event in the figure's clause (`qualifiers.money_event_time`): a
    phrase of the clause opened by one of its prepositions ("before", "ahead of", "since")
    whose object names an event ("its Oscar win", "the ceremony"); its words, or None."""
    told = lexicon().qualifiers.get("money_event_time") or {}
    events = set(told.get("events") or ())
    phrases = [tuple(w.split()) for w in told.get("prepositions") or ()]
    doc = p.doc
    for i in sorted(clause_of(top, p.titles)):
        if fig.first <= i < fig.last:
            continue
        for words in phrases:
            j = i + len(words)
            if j > len(doc) or tuple(t.lower_ for t in doc[i:j]) != words:
                continue
            prep = doc[j - 1]
            obj = [t for t in prep.subtree if t.i >= j]
            if any(t.lemma_.lower() in events or t.lower_ in events for t in obj):
                return doc[i:max(t.i for t in obj) + 1].text
    return None


def _characterized(p: Parsed, fig: Figure, verb) -> Optional[str]:
    """What the figure is said to be, after it (`qualifiers.money_characterized`): a phrase
    set off after the figure on its verb or in its own phrase, or a clause of result on its
    verb ("making it the lowest-grossing winner"), that holds a superlative, a comparative
    or a record word; its words, or None."""
    conf = lexicon().qualifiers.get("money_characterized") or {}
    words, deps = set(conf.get("words") or ()), set(conf.get("deps") or ())
    results = set(conf.get("result_verbs") or ())
    cands = [t for t in fig.root.subtree if t.dep_ == "appos" and t.i >= fig.last]
    if verb is not None:
        for c in verb.children:
            if c.i < fig.last:
                continue
            if c.dep_ in deps or c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in results:
                cands.append(c)
            if c.dep_ in ("prep", "npadvmod", "advmod"):   # "by March 2025, the smallest haul"
                cands += [t for t in c.subtree if t.dep_ == "appos"]
    for c in cands:
        sub = list(c.subtree)
        if any(fig.first <= t.i < fig.last for t in sub):
            continue   # the figure's own phrase
        between = p.doc[fig.last:sub[0].i]
        if not len(between) or between[-1].text not in ",;:–—-" or any(
                t.pos_ in VERBS and _subjects_of(t) for t in between):
            continue   # set off right after the figure, not a word of another clause
        if any(t.tag_ in ("JJS", "RBS", "JJR", "RBR") or t.lower_ in words for t in sub):
            return p.doc[sub[0].i:sub[-1].i + 1].text
    return None


def _increment(p: Parsed, fig: Figure) -> bool:
    """Whether a gross is an amount added to the running total, not the total: a word of
    its own phrase ("an additional $2.5 million") or a noun it modifies ("a $2.5 million
    boost") from `qualifiers.money_increments`."""
    inc = lexicon().qualifiers.get("money_increments") or {}
    if any(t.lower_ in inc.get("words", ()) for t in fig.root.subtree if t.i < fig.first):
        return True
    t = fig.root
    while t.head.i != t.i and t.head.pos_ in NOUNS:
        t = t.head
        if t.lemma_.lower() in inc.get("nouns", ()):
            return True
    return False


def _payer(p: Parsed, fig: Figure, verb, film: str) -> Optional[str]:
    """Who a cost is said to be paid by, as the verb's second object ("cost Neon $20
    million"): the price of something to someone, not the production budget."""
    if verb is None or verb.lemma_.lower() != "cost":
        return None
    for c in verb.children:
        if c.dep_ in ("dative", "dobj") and c.lower_ not in ("it", "them", "us") and \
                not any(fig.first <= t.i < fig.last for t in c.subtree):   # not the figure
            a = p.arg_at(c.i)
            if a is not None and a.kind == "film":
                continue
            if c.dep_ == "dative" or c.pos_ in ("PROPN", "PRON") or (
                    a is not None and a.kind in ("person", "org")):   # someone, not "a fraction"
                return a.text if a is not None else " ".join(x.text for x in c.subtree)
    return None


def _ratio(fig: Figure) -> Optional[str]:
    """The multiple a figure is the base of ("nine times its $6 million budget", "twice its
    budget"): the words of the multiplier, or None."""
    words = lexicon().qualifiers.get("multipliers") or {}
    t = fig.root
    while t.head.i != t.i and t.pos_ not in VERBS:
        t = t.head   # the phrase the figure is in, up to its verb: a multiplier before it
        for x in t.subtree:
            if x.i >= fig.first or x.pos_ in VERBS:
                continue
            if x.lower_ in words.get("words", ()):
                return x.text
            num = [y for y in [x.head, *x.children] if y.like_num]
            if x.lemma_.lower() in words.get("nouns", ()) and num:
                lo = min([x.i] + [y.left_edge.i for y in num])
                return t.doc[lo:x.i + 1].text
    return None


def _makers(tok) -> bool:
    """A noun for the people who make a film (lexicon `plot.production_movers` that are no
    film word: "crew", "team", "cast", "unit")."""
    words = set(lexicon().section("plot").get("production_movers") or ())
    return tok.lemma_.lower() in words - FILM_WORDS - set(_phrases("money_excluded")) and \
        _key(tok.lemma_) not in {n for r in _relations().values() for n in r.nouns}


def _makers_film(p: Parsed, tok):
    """The KB film a makers' noun is said to be of ("the crew of Anora", "Anora's crew"),
    False when its owner is something else that is no person ("the sequel's crew", "another
    film's crew"), else None (said of the film in focus, or a person's: "Baker's crew")."""
    owners = [c for c in tok.children if c.dep_ == "poss"] + [
        o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children if o.dep_ == "pobj"]
    if any(c.dep_ == "det" and c.lower_ in ("another", "a", "an") for c in tok.children):
        return False
    for o in owners:
        a = p.arg_at(o.i)
        if a is not None and a.kind == "film" and a.entity:
            return a.entity
        if a is not None and a.kind == "person" or o.lower_ in ("his", "her", "their", "its"):
            continue
        return False
    return None


def _compared(tok) -> bool:
    """A word in the standard of a comparison ("less than The Brutalist cost"): what the
    figure is measured against, not whose figure it is."""
    return any(t.lower_ in ("than", "as") and t.dep_ == "prep" and t.head.tag_ in ("JJR", "RBR")
               for t in [tok, *tok.ancestors])


def _subject_i(verb) -> int:
    """The position of a verb's subject, or the verb's own when it has none."""
    return min([c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + [verb.i])


def _subjects(verb) -> list:
    """A verb's subjects; a relative pronoun stands for the noun its clause hangs on ("an
    ovation that lasted ten minutes")."""
    out = true_subjects([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
    if not out:   # "photography began in 2023 and lasted 37 days"
        subj = subject_token(verb)
        return [subj] if subj is not None else []
    return [verb.head if c.lower_ in ("which", "that") and verb.dep_ == "relcl" else c
            for c in out]


def _antecedent(p: Parsed, tok):
    """What a subject "it" points back to in its sentence: the subject of the latest clause
    before it that is no person or character (no one is an "it"), and not the one who says
    the pronoun's clause ("the director recalls it took ..."), or None."""
    if tok.lower_ != "it":
        return None
    saying = tok.head.head if tok.head.dep_ in ("ccomp", "xcomp") else None
    for v in sorted((x for x in tok.doc if x.pos_ in VERBS and x.i < tok.i), key=lambda x: -x.i):
        if saying is not None and v.i == saying.i:
            continue
        for c in v.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.i >= tok.i or \
                    c.lower_ in ("which", "that", "who", "it"):
                continue
            a = p.arg_at(c.i)
            if a is not None and a.kind in ("person", "character") or \
                    a is None and c.pos_ in ("PROPN", "PRON"):
                continue
            return c
    return None


def _subjects_of(verb) -> list:
    """A clause's own subjects (not one it borrows from the clause it hangs on)."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]


def _verb_of(tok):
    """The verb whose clause a noun belongs to ("had a $6 million budget": had)."""
    t = tok
    while t.head.i != t.i and t.pos_ not in VERBS:
        t = t.head
    return t if t.pos_ in VERBS else None


def _has(words: list[str], phrases: tuple) -> bool:
    """Whether the words, in order, contain one of the phrases (written without spaces)."""
    keys = [_key(w) for w in words]
    for i in range(len(keys)):
        joined = ""
        for k in keys[i:i + 5]:
            joined += k
            if joined in phrases:
                return True
    return False

