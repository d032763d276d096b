"""The filmography family on the parse: a person's credits, a first feature, the year of a
work, and the format a film was shot on.

Cues are the lexicon's `filmography` section; arguments come from the dependency parse:

- a credit: a verb cue whose preposition takes the work ("starred in Scream", "started out on
  Better Things", "is known for ...") or whose object is the work ("led The Land of Sasha"); a
  noun cue ("her role in Scream") or an adjective ("so memorable in Leviathan"); a list verb
  whose subject is a credit noun ("whose earlier films include Tangerine and The Florida
  Project"). The person is the cue's subject, the possessor of the cue noun, the noun an
  adjective describes, or the object of a verb like "know" ("audiences know her from Scream").
  Coordinated works distribute;
- a first feature: "his debut feature, Four Letter Words", "The Florida Project was Baker's
  debut feature", "Tangerine, the film Baker made as his debut": the possessor is the person,
  the work the title beside the noun, the subject of its copula, or the object of the verb it
  is the role of;
- the year of a work: a year that modifies a KB film ("the 2023 film Anora", "Anora (2023)",
  "2015's Tangerine", "Baker's 2004 sophomore film, Take Out"), or a bare year after "in" said
  of a film by the clause it hangs from ("Take Out followed in 2008", "Scream in 2022");
- a format: a shooting verb whose preposition ("on", "with") or, for "use", whose object names
  a format ("shot on 35mm film", "using anamorphic lenses").

A person or work the KB lacks is still an argument: the claim is made, and the verifier cannot
decide it (never refuted). A first feature the KB lacks is read as a credit, not a first.
"""
from __future__ import annotations

import string
from functools import lru_cache
from typing import Optional

from ..model import Claim, EntityRef
from .frames import (RELATIVE, clause_of, conjuncts, first_conjunct, set_off_after,
                     subject_token, titled)
from .attach import closing_bracket
from .parse import GATE_TYPES, Parsed, lexicon
from .text import year_of

PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "you", "your"})   # in a Q&A layout
FILM_WORDS = frozenset({"it", "film", "movie", "picture", "feature"})
WORKS = ("film", "work")


def _lx() -> dict:
    return lexicon().section("filmography")


def _partner_preps() -> frozenset:
    """The prepositions naming a performer's partners in a cast (the lexicon's `cast`
    section: "alongside", "opposite")."""
    return frozenset(lexicon().section("cast").get("partner_preps") or ())


def _cue_of(tok, table: dict) -> Optional[list]:
    """The prepositions a verb cue takes when `tok` is one ("start out": the verb and a word
    hanging on it), else None."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    near = {c.lower_ for c in tok.children} | {c.lemma_.lower() for c in tok.children}
    best = None
    for cue, preps in table.items():
        words = cue.split()
        if words[0] not in (lemma, low) or not all(w in near for w in words[1:]):
            continue
        if best is None or len(words) > best[0]:
            best = (len(words), list(preps or []))
    return best[1] if best is not None else None


def _attach(p: Parsed, top):
    """(preposition or None, the word the work's phrase hangs on, through a coordinated
    preposition?) for a work's head token: "starred in X" (in, starred), "led X" (None, led).
    A title parses badly ("Once Upon a Time in Hollywood"): a preposition coordinated with one
    inside a title ("from X and from Y") hangs where the title's phrase does."""
    if top.dep_ in ("dobj", "attr"):
        return None, top.head, False
    if first_conjunct(top).dep_ == "nsubj" and first_conjunct(top).head.lemma_ == "be" and any(
            c.dep_ == "prep" and c.lower_ in _lx().get("list_preps", ())
            for c in first_conjunct(top).head.children):
        # "Among Baker's films are X and Y": the copula, whose list preposition says of what
        return None, first_conjunct(top).head, False
    a = p.arg_at(top.i)
    before = p.doc[a.first - 1] if a is not None and a.first > 0 else None
    if before is not None and before.pos_ == "ADP" and before.dep_ == "prep" and \
            top.head.i == before.head.i and not any(c.dep_ == "pobj" for c in before.children):
        # "known for Once Upon a Time in Hollywood": a title that opens with words the parser
        # takes for a phrase of their own leaves the preposition before it with no object;
        # that preposition is the title's
        return before.lower_, before.head, False
    prep = top.head
    if prep.pos_ not in ("ADP", "SCONJ") or prep.dep_ not in ("prep", "conj", "agent", "dative") \
            or prep.i == top.i:
        return None, None, False
    word, through = prep.lower_, False
    h = prep.head
    if h.dep_ == "pobj" and h.head.lower_ in _lx().get("role_preps", ()) and \
            h.head.head.pos_ in ("VERB", "AUX"):
        # "starred as Bella Baxter in Poor Things": the parser hangs the work's phrase on the
        # part; it is the verb's
        return word, h.head.head, False
    partner = first_conjunct(h)
    if partner.dep_ == "pobj" and partner.head.lower_ in _partner_preps() and \
            partner.head.head.pos_ in ("VERB", "AUX"):
        # "stars opposite Jane Roe in X", "alongside A and B in X": the parser hangs the
        # work's phrase on the (last) partner; it is the verb's
        return word, partner.head.head, False
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        nxt = prep.head
        a = p.arg_at(nxt.i)
        if a is not None and a.kind in WORKS:
            nxt = p.doc[a.head].head   # inside a title: the title's own preposition
        prep, through = nxt, True
        if prep.pos_ not in ("ADP", "SCONJ"):
            return None, None, False
    return word, prep.head, through


@lru_cache(maxsize=4)
def _verb_forms(verbs: tuple) -> dict:
    """Every form of the shooting verbs ("shot", "filmed"), to its lemma: the tagger may leave
    a participle that opens a fragment ("Shot on 35mm film, it ...") unlemmatized."""
    from ..nlp import surface_forms
    return {f: v for v in verbs for f in surface_forms(v) | {v}}


QUOTES = frozenset({"“", '"', "‘", "'", "«"})


def _title_of(p: Parsed, tok):
    """The title a common noun stands beside: in apposition or right after it ("the film
    Anora"), or set off by a comma and parsed as the noun's sibling ("his debut feature, Four
    Letter Words, came out")."""
    title = titled(p, tok)
    if title is not None or tok.lemma_.lower() not in lexicon().qualifiers.get("title_nouns", ()):
        return title
    if tok.dep_ == "appos":   # "Marty, Delbert Mann's modest drama": the title it stands beside
        a = p.arg_at(tok.head.i)
        if a is not None and a.kind in WORKS and a.head == tok.head.i:
            return tok.head
    doc = p.doc
    i = tok.i + 1
    while i < len(doc) and i <= tok.i + 3 and doc[i].is_punct:
        i += 1   # ", “Take Out,”"
    a = p.arg_at(i) if i < len(doc) and i > tok.i + 1 else None
    if a is not None and a.kind in WORKS and a.first == i and (
            doc[a.head].head.i == tok.i or (doc[a.head].head.i == tok.head.i
                                            and doc[a.head].dep_ == tok.dep_)):
        return doc[a.head]   # parsed as the noun's clause or its sibling
    if a is not None and a.kind in WORKS and a.first == i and a.entity and \
            doc[tok.i + 1].text == "," and doc[i - 1].text in QUOTES:
        return doc[a.head]   # 'his second film, “Take Out”': a title set off in quotes after
        # the noun's comma is its apposition, however the parser took its words ("Take" a verb)
    lo, hi = tok.left_edge.i, tok.right_edge.i
    a = p.arg_at(lo - 2) if lo >= 2 and doc[lo - 1].text == "," else None
    if a is not None and a.kind in WORKS and a.last == lo - 1 and hi + 1 < len(doc) and \
            doc[hi + 1].text == "," and (tok.dep_ == "dep" or tok.head.is_punct):
        return doc[a.head]   # "With Anora, his eighth feature, Baker ...": a noun phrase set
        # off by commas right after a title, which the parser left unattached, is its
        # apposition
    return None


class FilmographyReader:
    def __init__(self, kb, res, text: str):
        self.kb, self.res, self.text = kb, res, text

    def sentence_claims(self, p: Parsed, hedged: bool, frames=()) -> list[Claim]:
        # the works other families' frames take as arguments: a possessive on one of them is
        # that frame's slot ("Haneke's Amour won Best Picture"), not a claim of its own
        self._framed = {fl.token for f in frames if f.family != "filmography"
                        for fills in f.roles.values() for fl in fills}
        out = self._credits(p, hedged)
        out += self._bracketed(p, hedged, out)
        out += self._successions(p, hedged, out)
        out += self._followed(p, hedged, out)
        out += self._firsts(p, hedged, out)
        out += self.film_years(p, hedged)
        out += self._formats(p, hedged)
        return out

    # -- the person a token names ------------------------------------------------------------
    def _person(self, p: Parsed, tok, clause_subject=None):
        """(person id or None, display name or None, first token) of what `tok` names, or
        None when it names no person. A possessive pronoun is the clause's subject when that
        is a person ("Madison is known for her role in ..."), else the one the passage is
        about."""
        if tok is None:
            return None
        low = tok.lower_
        if low == "whose" or low in RELATIVE:   # "Baker, whose films ...": the noun it is of
            rel = tok.head if tok.head.dep_ == "relcl" else tok.head.head
            return self._person(p, rel.head) if rel.dep_ == "relcl" else None
        a = p.arg_at(tok.i)
        if a is not None:
            if a.kind == "person":
                return a.entity, a.text, a.first
            return None
        if low in PRONOUNS:
            if clause_subject is not None and clause_subject.i != tok.i and \
                    clause_subject.lower_ not in PRONOUNS:
                got = self._person(p, clause_subject)
                if got is not None:
                    return got
            # a named subject of a clause before it in the sentence ("Jane Roe plays Toros,
            # and he previously appeared in ..."), the nearest whose gender fits
            want = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(low)
            subj = [c for c in p.doc[:tok.i] if want and c.dep_ in ("nsubj", "nsubjpass")
                    and (a := p.arg_at(c.i)) is not None and a.kind == "person" and a.entity
                    and self.res.gender(a.entity) == want]
            if subj:
                return p.arg_at(subj[-1].i).entity, None, tok.i
            before = {a.entity for a in p.args if a.kind == "person" and a.entity
                      and a.last <= tok.i}
            # the one person the sentence names before it, the subject of a clause, of a
            # gender the KB does not say ("Sean Baker won the Palme with Anora, his eighth
            # feature")
            # (a possessive: "Tarantino cast her" is not Tarantino)
            unsure = [c for c in p.doc[:tok.i] if want and tok.dep_ == "poss"
                      and c.dep_ in ("nsubj", "nsubjpass")
                      and (a := p.arg_at(c.i)) is not None and a.kind == "person" and a.entity
                      and self.res.gender(a.entity) is None]
            if len(before) == 1 and unsure:
                return p.arg_at(unsure[-1].i).entity, None, tok.i
            # a possessive pronoun after the one person the sentence names before it, named
            # as a work's owner, of a gender the KB does not say ("Baker's 2021 film X and
            # his 2012 film Y"): that owner, over someone of a fitting gender from an earlier
            # sentence (not "Tarantino cast her": a pronoun object is not the subject)
            own = [c for c in p.doc[:tok.i] if want and tok.dep_ == "poss" and c.dep_ == "poss"
                   and (a := p.arg_at(c.i)) is not None and a.kind == "person" and a.entity
                   and self.res.gender(a.entity) is None]
            if len(before) == 1 and own:
                return p.arg_at(own[-1].i).entity, None, tok.i
            who = self.res.person(p.sentence, low)
            if who is None and not before:
                who = self._fronted_for(p, tok, want)
            return (who, None, tok.i) if who else None
        if low in SPEAKER_PRONOUNS:   # "Jane Roe: I played ...", "Q: You were in ..."
            who = self.res.speaker(p.sentence, low)
            return (who, None, tok.i) if who else None
        return None

    def _fronted_for(self, p: Parsed, tok, want: Optional[str]) -> Optional[str]:
        """A pronoun no one before it stands for, in a phrase set before the main clause ("With
        Anora, his eighth feature, Baker finally reached the Oscars"): the main clause's
        subject, a person whose gender fits (or the KB does not say), named after it."""
        root = p.doc[tok.i]
        while root.head.i != root.i:
            root = root.head
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        a = p.arg_at(subj.i) if subj is not None and subj.i > tok.i else None
        if a is None or a.kind != "person" or not a.entity or \
                self.res.gender(a.entity) not in (want, None) or \
                subj.left_edge.i <= tok.i or any(
                    x.pos_ in ("VERB", "AUX") for x in p.doc[tok.i:subj.left_edge.i]):
            # (a phrase, not a clause of its own, between the pronoun and the subject)
            return None
        return a.entity

    # -- credits -----------------------------------------------------------------------------
    def _credits(self, p: Parsed, hedged: bool) -> list[Claim]:
        lx = _lx()
        out, seen = [], set()
        for a in p.args:
            if a.kind not in WORKS or id(a) in seen:
                continue
            top = p.doc[a.head]
            owner = _possessor_before(p, a)
            if owner is not None and owner.dep_ == "pobj" and top.head.i != owner.i:
                # "in Quentin Tarantino's Once Upon a Time in Hollywood": a title the parser
                # split off leaves its possessor as the preposition's object, in its place
                top = owner
            while top.head.i != top.i:
                if top.dep_ in ("conj", "appos") and (top.head.pos_ in ("NOUN", "PROPN") or (
                        h := p.arg_at(top.head.i)) is not None and h.kind in WORKS and h is not a):
                    # "in Scream and Tangerine": the first conjunct hangs on the cue (and the
                    # last may hang on any word of a title before it: "Compartment No. 6 and X")
                    top = top.head
                elif top.dep_ == "pobj" and top.head.lower_ in lx.get("example_words", ()) and \
                        (p.arg_at(top.head.head.i) is not None and
                         p.arg_at(top.head.head.i).kind in WORKS or
                         top.head.head.lemma_.lower() in lx.get("list_nouns", ())):
                    # "since Four Letter Words, including Tangerine", "in productions such as
                    # The Road to Berlin"
                    top = top.head.head
                else:
                    break
            got = self._credit_cue(p, top, lx)
            if got is None:
                continue
            person, cue = got
            if cue is not None and _attach(p, top)[2]:
                cue = None   # "know her from X and from Y": Y's claim is its own words
            works = []
            for t in _title_conjuncts(p, top):
                w = p.arg_at(t.i)
                if w is not None and w.kind in WORKS and w not in works:
                    works.append(w)
            if a not in works:
                works.insert(0, a)
            for n, w in enumerate(works):
                seen.add(id(w))
                c = self._credit_claim(p, person, w, cue if n == 0 else None, hedged)
                if c is not None:
                    out.append(c)
                    out += self._partners(p, cue, w, hedged)
                    out += self._co_subjects(p, cue, person, w, hedged)
        return out + self._owned(p, hedged, seen) + self._relative(p, hedged, seen) + \
            self._made_by(p, hedged, seen) + self._titled(p, hedged, seen)

    def _titled(self, p: Parsed, hedged: bool, taken: set) -> list[Claim]:
        """"Anora star Jane Roe", "Anora's star Jane Roe", "Jane Roe, Anora's star": a noun of
        the lexicon's `credit_titles` that a title modifies, set beside a name, credits that
        person with the work."""
        nouns = set(_lx().get("credit_titles") or ())
        out = []
        for tok in p.doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
                continue
            work = next((a for c in tok.children if c.dep_ in ("compound", "poss", "nmod")
                         for a in [p.arg_at(c.i)] if a is not None and a.kind in WORKS
                         and id(a) not in taken), None)
            if work is None:
                continue
            beside = ([tok.head] if tok.dep_ in ("compound", "appos") else []) + [
                c for c in tok.children if c.dep_ == "appos"]
            for b in beside:
                a = p.arg_at(b.i)
                if a is None or a.kind != "person":
                    continue
                taken.add(id(work))
                c = self._credit_claim(p, (a.entity, None if a.entity else a.text, a.first),
                                       work, tok, hedged, hi=max(a.last, tok.i + 1))
                if c is not None:
                    out.append(c)
                break
        return out

    def _partners(self, p: Parsed, cue, work, hedged: bool) -> list[Claim]:
        """"A stars opposite B in X", "A appears alongside B and C in X": the partners a credit
        verb names after one of the cast's partner prepositions are in the work's cast too
        (each its own cast claim, as the cast reader words a member list: the first from the
        verb to its name, the others their names)."""
        if cue is None or cue.pos_ not in ("VERB", "AUX"):
            return []
        out = []
        for prep in cue.children:
            if prep.dep_ != "prep" or prep.lower_ not in _partner_preps():
                continue
            for o in (o for c in prep.children if c.dep_ == "pobj" for o in conjuncts(c)):
                a = p.arg_at(o.i)
                if a is None or a.kind != "person" or a.head != o.i:
                    continue
                c = self._claim(p, min(cue.i, a.first) if not out else a.first, a.last,
                                "notable_work", a.entity, a.text, hedged,
                                EntityRef(work.entity, self.kb.label(work.entity))
                                if work.entity else work.text,
                                kind="filmography", work=work.entity)
                c.category = "cast"
                out.append(c)
        return out

    def _co_subjects(self, p: Parsed, cue, person, work, hedged: bool) -> list[Claim]:
        """"A, B and C all appear in X": the people coordinated with a credit verb's named
        subject are credited with the work too, each its own claim over its name (the parser
        may take a list of names for an apposition: "A, B and C" as A with B, C apposed)."""
        if cue is None or cue.pos_ not in ("VERB", "AUX"):
            return []
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        a = p.arg_at(subj.i) if subj is not None else None
        if a is None or a.kind != "person" or a.head != subj.i or a.first != person[2]:
            return []
        heads = conjuncts(subj)[1:] + [x for c in subj.children if c.dep_ == "appos"
                                       for x in conjuncts(c)]
        out = []
        for h in heads:
            b = p.arg_at(h.i)
            if b is None or b.kind != "person" or b.head != h.i or b is a:
                continue
            out.append(self._claim(p, b.first, b.last, "notable_work", b.entity, b.text, hedged,
                                   EntityRef(work.entity, self.kb.label(work.entity))
                                   if work.entity else work.text,
                                   kind="filmography", work=work.entity))
        return out

    def _made_by(self, p: Parsed, hedged: bool, taken: set) -> list[Claim]:
        """"The Lantern Keeper, the second feature from director Ilse Varga": a title noun
        with a place among its maker's films (`feature_ordinals`), its maker after one of
        `maker_preps`, in apposition to a title, credits the maker with that work and says
        which of their films it is. A title or a maker the KB lacks still makes the claim
        (the NER may read the title as a name): nothing can decide it."""
        lx, out = _lx(), []
        nth, preps = lx.get("feature_ordinals", {}), set(lx.get("maker_preps", ()))
        for t in p.doc:
            if t.pos_ != "NOUN" or t.dep_ not in ("appos", "attr", "dobj") or \
                    t.lemma_.lower() not in lx.get("first_nouns", ()) or t.dep_ == "dobj" and \
                    t.head.lemma_.lower() not in lx.get("identity_verbs", ()):
                continue   # ("Anora marks the eighth feature from X": the object of a verb of
                # identity is said of its subject as a copula's complement is)
            n = next((nth[m.lower_] for m in t.children if m.dep_ in ("amod", "nummod")
                      and m.lower_ in nth), None)
            prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in preps), None)
            if prep is None and t.dep_ in ("attr", "dobj"):
                # (the parser may hang the maker's phrase on the verb, right after the noun)
                prep = next((c for c in t.head.children if c.dep_ == "prep" and c.lower_ in
                             preps and c.i == max(x.i for x in t.subtree) + 1), None)
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep else None
            if n is None or obj is None:
                continue   # ("a film by X": the maker's credit, claims/crew.py)
            if t.dep_ in ("attr", "dobj"):
                # "The Lantern Keeper is the second feature from Ilse Varga": the copula's
                # (or an identity verb's) subject is the title
                if t.head.lemma_.lower() not in ("be",) + tuple(lx.get("identity_verbs", ())):
                    continue
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                w = p.arg_at(subj.i) if subj is not None else None
                if w is None or w.kind not in WORKS or w.head != subj.i or id(w) in taken:
                    continue
                who = next(((a.entity, a.text, a.first) for x in [obj] + [
                    c for c in obj.children if c.dep_ in ("appos", "compound")]
                    if (a := p.arg_at(x.i)) is not None and a.kind == "person"
                    and a.head == x.i), None)
                if who is None:
                    continue
                taken.add(id(w))
                c = self._credit_claim(p, who, w, None, hedged,
                                       hi=max(x.i for x in obj.subtree) + 1)
                if c is not None:
                    c.slots["ordinal"] = n
                    out.append(c)
                continue
            who = None
            for x in [obj] + [c for c in obj.children if c.dep_ in ("appos", "compound")]:
                a = p.arg_at(x.i)
                if a is not None and a.kind == "person" and a.head == x.i:
                    who = (a.entity, a.text, a.first)
                    break
            title = t.head
            w = p.arg_at(title.i)
            if who is None or (w is not None and id(w) in taken):
                continue
            if w is not None and w.kind in WORKS and w.head == title.i:
                work, text, wlo = w.entity, w.text, w.first
            elif (w is None or (w.kind in ("person", "org", "name") and not w.entity)) and \
                    title.pos_ == "PROPN" and title.i < t.i:
                lo = w.first if w is not None else min(
                    (x.i for x in title.subtree if x.i <= title.i), default=title.i)
                words = p.doc[lo:title.i + 1]
                if not all(x.is_title or x.lower_ in ("the", "a", "an", "of") for x in words):
                    continue
                work, text, wlo = None, words.text, lo   # a title the KB lacks
            else:
                continue
            if who[0] is not None and who[0] == work:
                continue
            if w is not None:
                taken.add(id(w))
            hi = max(x.i for x in obj.subtree) + 1
            c = self._claim(p, wlo, hi, "notable_work", who[0], who[1], hedged,
                            EntityRef(work, self.kb.label(work)) if work else text,
                            kind="filmography", work=work, ordinal=n)
            if work is None:
                c.slots["subject"] = None
                c.slots["subject_name"] = who[1] if who[0] is None else text
            out.append(c)
        return out

    def _relative(self, p: Parsed, hedged: bool, taken: set) -> list[Claim]:
        """"Compartment No. 6, in which he played a miner", "Tangerine, where he played a cab
        driver": a credit verb in a relative clause whose preposition takes the relative word
        ("in which") or that a relative adverb opens ("where") credits its subject with the
        work the clause is said of (the noun it hangs on, or the title that noun stands
        beside: "Compartment No. 6, Kuosmanen's train romance, in which ...")."""
        lx, out = _lx(), []
        verbs = lx.get("credit_verbs", {})
        for v in p.doc:
            if v.dep_ != "relcl" or v.pos_ not in ("VERB", "AUX"):
                continue
            preps = _cue_of(v, verbs)
            if not preps:
                continue
            rel = next((c for c in v.children if c.dep_ == "prep" and c.lower_ in preps
                        and any(o.dep_ == "pobj" and o.lower_ in ("which", "whom")
                                for o in c.children)), None)
            if rel is None and "in" in preps:
                rel = next((c for c in v.children if c.dep_ == "advmod"
                            and c.lower_ == "where" and c.i < v.i), None)
            if rel is None:
                continue
            work = self._antecedent_work(p, v.head)
            if work is None or id(work) in taken:
                continue
            if any((o := p.arg_at(c.i)) is not None and o.kind == "character" and o.entity
                   for c in v.children if c.dep_ in ("dobj", "attr", "oprd")):
                continue   # "in which he plays Igor": who plays a part the KB knows is the
                # cast family's to check; the credit alone would pass over the part
            who = self._person(p, subject_token(v) if any(
                c.dep_ in ("nsubj", "nsubjpass") for c in v.children) else None)
            if who is None or (who[0] is not None and who[0] == work.entity):
                continue
            taken.add(id(work))
            hi = max(x.i for x in v.subtree if x.i >= v.i and not x.is_punct) + 1
            c = self._claim(p, rel.i, hi, "notable_work", who[0], who[1], hedged,
                            EntityRef(work.entity, self.kb.label(work.entity))
                            if work.entity else work.text,
                            kind="filmography", work=work.entity)
            # "Shadow of the Vampire, in which he played Count Orlok": the part the clause's
            # verb names is a slot of the credit, as in a main clause
            _set_role(p, c, v, work, work.first)
            out.append(c)
        return out

    @staticmethod
    def _antecedent_work(p: Parsed, tok):
        """The work a relative clause hanging on `tok` is said of: the title itself, or the
        title a common noun stands right after ("X, Kuosmanen's train romance, in which")."""
        a = p.arg_at(tok.i)
        if a is not None:
            return a if a.kind in WORKS else None
        if tok.lemma_.lower() not in lexicon().qualifiers.get("title_nouns", ()):
            return None
        k = tok.left_edge.i - 1
        while k >= 0 and p.doc[k].is_punct:
            k -= 1
        a = p.arg_at(k) if k >= 0 else None
        return a if a is not None and a.kind in WORKS and a.last == k + 1 else None

    def _credit_cue(self, p: Parsed, top, lx, word=None, noun=False):
        """((person id, name, first token), cue token) a work's token is credited through
        (`word`: the preposition, when `top` is the role the work's phrase hangs on, or with
        `noun` the credit noun the phrase is said of)."""
        if noun:
            h = top
        elif word is not None:
            h = top.head
        else:
            word, h, _ = _attach(p, top)
        if h is None:
            return None
        if h.pos_ in ("VERB", "AUX"):
            if word is None and h.lemma_.lower() == "be":
                # "Among Baker's earlier films are Tangerine and The Florida Project": a list
                # preposition on a possessed credit noun, the works the copula's subjects
                for s in (o for c in h.children if c.dep_ == "prep"
                          and c.lower_ in lx.get("list_preps", ())
                          for o in c.children if o.dep_ == "pobj"):
                    poss = next((c for c in s.children if c.dep_ == "poss"), None)
                    if s.lemma_.lower() in lx.get("list_nouns", ()) and poss is not None:
                        who = self._person(p, poss)
                        return (who, h) if who else None
            if word is None and h.lemma_.lower() in lx.get("list_verbs", ()):
                # "whose earlier films include Tangerine and The Florida Project"
                for s in (c for c in h.children if c.dep_ == "nsubj"):
                    if s.lemma_.lower() in lx.get("list_nouns", ()):
                        poss = next((c for c in s.children if c.dep_ == "poss"), None)
                        who = self._person(p, poss, subject_token(h))
                        return (who, h) if who else None
                return None
            preps = _cue_of(h, lx.get("credit_verbs", {}))
            if preps is None and word is not None and \
                    h.lemma_.lower() in lx.get("noun_verbs", ()):
                # "her breakout role came in Scream": a verb of occurring whose subject is a
                # credit noun hands the work's phrase to that noun
                noun = next((c for c in h.children if c.dep_ == "nsubj"), None)
                if noun is not None and noun.pos_ == "NOUN" and \
                        word in lx.get("credit_nouns", {}).get(noun.lemma_.lower(), ()):
                    return self._credit_cue(p, noun, lx, word=word, noun=True)
                return None
            if preps is None or (word not in preps if word is not None else preps):
                return None   # "starred in X"; "led X" (a cue whose object is the work)
            if h.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr", "expl")
                                                for c in h.children):
                return None   # "was in X" is a credit; "was memorable in X" is the adjective's
            if h.lemma_.lower() in lx.get("object_person", ()):
                obj = next((c for c in h.children if c.dep_ == "dobj" and c.i != top.i), None)
                if obj is not None:
                    who = self._person(p, obj)
                    return (who, h) if who else None
            who = self._person(p, _renown_subject(h, lx) or subject_token(h))
            return (who, h) if who else None
        if word is None:
            return None
        if h.pos_ == "PROPN" and h.dep_ == "appos" and h.head.dep_ == "dobj" and \
                h.head.pos_ == "NOUN" and (a := p.arg_at(h.i)) is not None and \
                a.kind in ("person", "character"):
            h = h.head   # "played the cab driver Jane Roe in X": the part's name beside its noun
        if h.pos_ in ("NOUN", "PROPN") and h.dep_ == "dobj" and (
                p.arg_at(h.i) is not None and p.arg_at(h.i).kind in ("person", "character")
                or p.arg_at(h.i) is None and h.pos_ == "NOUN"
                and word in (_cue_of(h.head, lx.get("credit_verbs", {})) or ())):
            # "played the killer Amber Freeman in Scream", "played a grieving cook in The
            # Holdovers": the phrase hangs on the role, named or described
            got = self._credit_cue(p, h, lx, word=word)
            if got is not None:
                return got
        part = lexicon().qualifiers.get("played_part") or {}
        if h.pos_ in ("NOUN", "PROPN") and h.dep_ == "pobj" and \
                h.head.lower_ in set(part.get("preps") or ()) and h.head.head.pos_ == "NOUN" \
                and word in lx.get("credit_nouns", {}).get(h.head.head.lemma_.lower(), ()):
            # "her turn as Amber Freeman in Scream", "the role of Max Fox in Better Things":
            # the phrase hangs on the part the part noun names; the noun is the cue
            return self._credit_cue(p, h.head.head, lx, word=word, noun=True)
        if h.pos_ == "PROPN" and h.dep_ == "attr" and h.head.lemma_ == "be" and (noun := next(
                (c for c in h.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                 and word in lx.get("credit_nouns", {}).get(c.lemma_.lower(), ())), None)):
            # "her breakout role was Amber Freeman in Scream": the copula names the part
            return self._credit_cue(p, noun, lx, word=word, noun=True)
        if h.pos_ == "NOUN" and h.dep_ == "pobj" and h.lemma_.lower() in lx.get("list_nouns", ()):
            return self._credit_cue(p, h, lx)   # "appeared in every Baker feature since X"
        if h.pos_ == "NOUN" and word in lx.get("credit_nouns", {}).get(h.lemma_.lower(), ()):
            if h.dep_ == "appos" and (ha := p.arg_at(h.head.i)) is not None and \
                    ha.kind == "person":
                # "praised Jane Roe, the star of X": the noun is said of the name it stands
                # beside, not of its clause's subject
                who = self._person(p, h.head)
                return (who, h) if who else None
            named = next((c for c in h.children if c.dep_ == "appos" and c.i > h.i and (
                a := p.arg_at(c.i)) is not None and a.kind == "person"), None)
            if named is not None:
                # "Her co-star in Anora, Jane Roe, ...": the name set off after the noun is
                # who it is (not its possessor, the partner)
                who = self._person(p, named)
                return (who, h) if who else None
            v = h
            while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
                v = v.head
            subj = subject_token(v) if v.pos_ in ("VERB", "AUX") else None
            poss = next((c for c in h.children if c.dep_ == "poss"), None)
            who = self._person(p, poss, subj) if poss is not None else self._person(p, subj)
            return (who, h) if who else None
        adjs = lx.get("credit_adjectives", {})
        if h.pos_ in ("NOUN", "PROPN") and h.dep_ == "pobj" and h.head.head.pos_ == "ADJ" and \
                word in adjs.get(h.head.head.lemma_.lower(), ()):
            h = h.head.head   # "familiar to viewers from The Americans": the phrase may hang
            # on the noun before it; the adjective is the cue
        if h.pos_ in ("ADJ", "VERB") and word in adjs.get(h.lemma_.lower(),
                                                          adjs.get(h.lower_, ())):
            t = h
            while t.dep_ in ("advmod", "amod", "acomp", "appos", "advcl", "acl") and \
                    t.head.i != t.i and t.pos_ not in ("NOUN", "PROPN"):
                t = t.head
            cand = t if t.pos_ in ("NOUN", "PROPN") else subject_token(t)
            who = self._person(p, cand)
            return (who, h) if who else None
        return None

    def _owned(self, p: Parsed, hedged: bool, taken: set) -> list[Claim]:
        """"Baker's 2004 sophomore film, Take Out": a title noun beside a work, possessed by
        a person, credits the person with it; "the director of The Florida Project" credits
        the director the passage is about (inferred: it may support, the check never
        refutes a credit)."""
        lx, out = _lx(), []
        makers = lx.get("maker_nouns", {})
        for t in p.doc:
            low = t.lemma_.lower()
            w = p.arg_at(t.i)
            if w is not None and w.kind in WORKS and w.head == t.i and id(w) not in taken and \
                    t.dep_ in ("nsubj", "nsubjpass") and t.i not in getattr(self, "_framed", ()):
                # "Baker's Anora", "Bong Joon Ho's Parasite": a person's possessive on the
                # title itself credits them with it (a credit only supports, never refutes)
                poss = next((c for c in t.children if c.dep_ == "poss"), None)
                who = self._person(p, poss) if poss is not None and \
                    poss.lower_ not in PRONOUNS else None
                if who is not None:
                    c = self._credit_claim(p, who, w, poss, hedged)
                    if c is not None:
                        c.slots["possessive"] = True   # inside another claim, that claim's
                        taken.add(id(w))
                        out.append(c)
                continue
            if t.pos_ != "NOUN":
                continue
            if low in makers:
                for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in makers[low]):
                    for o in (g for g in prep.children if g.dep_ == "pobj"):
                        w = p.arg_at(o.i)
                        if w is None or w.kind not in WORKS or id(w) in taken or not any(
                                c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                            continue
                        stated = self._holder(p, t, o)
                        if stated is False:
                            continue   # a named holder that is no person: no credit
                        who = stated or self.res.director(p.sentence)
                        if who:
                            taken.add(id(w))
                            c = self._credit_claim(p, stated or (who, None, t.i), w, t, hedged)
                            if c is not None:
                                if not stated:
                                    c.slots["inferred"] = True
                                out.append(c)
                continue
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            title = _title_of(p, t) if poss is not None else None
            if title is None and poss is not None and (t.dep_ == "attr" or t.dep_ == "dobj" and
                                                       t.head.lemma_.lower() in lx.get(
                                                           "identity_verbs", ())) and \
                    t.lemma_.lower() in lx.get("first_nouns", ()) and not any(
                    c.dep_ in ("prep", "acl", "relcl") and not _basis(c)
                    or c.lower_ in lx.get("first_words", ()) for c in t.children) and not any(
                    c.dep_ in ("advcl", "xcomp", "prep", "relcl") and c.i > t.i
                    for c in t.head.children):
                # (not "the third film to debut at Cannes": a restricted noun counts a subset,
                # whether the restriction hangs on the noun or on the copula)
                # "Anora is Baker's eighth feature": the title is the copula's subject (or
                # the subject of a verb of identity: "Anora marks Baker's eighth feature")
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ in ("which", "that") and \
                        t.head.dep_ == "relcl":
                    subj = t.head.head   # "Anora, which is Baker's eighth feature, ...": the
                    # relative pronoun stands for the title the clause hangs on
                title = subj if subj is not None and getattr(
                    p.arg_at(subj.i), "kind", None) in WORKS else None
            w = p.arg_at(title.i) if title is not None else None
            if w is None or id(w) in taken:
                continue
            who = self._person(p, poss)
            if who is None:
                continue
            taken.add(id(w))
            c = self._credit_claim(p, who, w, poss, hedged)
            if c is not None and t.i > w.first:   # the copula's words, to the title noun
                c = self._credit_claim(p, who, w, None, hedged, hi=t.i + 1)
            if c is not None and t.dep_ == "appos" and title.i == t.head.i:
                # "Elephant, Gus Van Sant's drama, won in 2004": an aside inside a claim
                # whose words hold it is that claim's
                c.slots["aside"] = True
            if c is not None:
                # "Baker's sophomore film, Take Out": which of the person's films it is
                nth = lx.get("feature_ordinals", {})
                n = next((nth[m.lower_] for m in t.children if m.dep_ in (
                    "amod", "compound", "nmod", "advmod") and m.lower_ in nth), None)
                if n is not None and t.lemma_.lower() in lx.get("first_nouns", ()) and not any(
                        x.dep_ == "prep" and not _basis(x) for x in t.children):
                    # (not "his second film in competition": a restricted noun counts a subset;
                    # a clause on the noun may be the parser's reading of a title or a verb)
                    c.slots["ordinal"] = n
                out.append(c)
        return out

    def _holder(self, p: Parsed, noun, obj):
        """Who the sentence says holds a maker noun ("Östlund, the director of Parasite",
        "the director of Parasite, Greta Gerwig", "Gerwig is the director of Parasite"): the
        person as _person gives it, False when the holder named is no person, None when the
        sentence names none (then the passage's director is the one meant). A stated holder
        wins over an inferred one."""
        cands = []
        if noun.dep_ == "appos":
            cands.append(noun.head)
        cop = noun.head if noun.dep_ in ("attr", "nsubj") else None
        if cop is not None and cop.lemma_ == "be":
            cands += [c for c in cop.children if c.dep_ in ("nsubj", "attr") and c.i != noun.i]
        cands += [c for c in list(noun.children) + list(obj.children) if c.dep_ == "appos"]
        for c in cands:
            who = self._person(p, c)
            if who is not None:
                return who
            if p.arg_at(c.i) is not None or c.pos_ == "PROPN":
                return False
        return None

    def _credit_claim(self, p: Parsed, person, work, cue, hedged: bool,
                      hi: Optional[int] = None) -> Optional[Claim]:
        pid, name, first = person
        if pid is not None and pid == work.entity:
            return None
        if cue is not None:
            lo = min(x for x in (cue.i, work.first, first if first < work.first else cue.i))
            caster = _caster(p, cue)
            if caster is not None:
                # "Tarantino cast her in X": who cast the part is a slot of the credit (the
                # claim's words take it in, and its verdict accounts for it)
                lo = min(lo, caster.first)
        else:
            caster = None
            lo = work.first
        c = self._claim(p, lo, max(work.last, hi or 0), "notable_work", pid, name, hedged,
                        EntityRef(work.entity, self.kb.label(work.entity)) if work.entity
                        else work.text,
                        kind="filmography", work=work.entity)
        # a year said of the work's own noun ("Baker's 2019 film Red Rocket") is a slot of
        # the credit too: its verdict accounts for it
        years = {year_of(t.text) for t in p.doc if c.start <= p.offset + t.idx < c.end
                 and year_of(t.text) and (m := self._modified(p, t)) is not None
                 and m[0] is work}
        if len(years) == 1:
            c.slots["year"] = years.pop()
        if caster is not None:
            c.slots["caster"] = caster.entity or caster.text
        _set_role(p, c, cue, work, first)
        return c

    # -- "Jane Roe (X, Y)": a name's credits in brackets ---------------------------------------
    def _bracketed(self, p: Parsed, hedged: bool, credits: list[Claim]) -> list[Claim]:
        """"Director Jane Roe (X, Y) returns with Z", "Cast: Jane Roe (X), John Doe (Y)": the
        works a bracket right after a person's name holds, and nothing else, are credits of
        theirs (what a press note names them by). Not in a line that names a prize, a
        ceremony or a festival, where "Jane Roe (X)" is a nominee and the film she is up for --
        unless the bracket lists several films: a nomination is for one, so "Sean Baker (X, Y)
        won the Palme" names his earlier films."""
        doc, out = p.doc, []
        prized = set(_lx().get("bracket_award_words", ()))
        # ... nor in a row under a heading about prizes ("Best Actress" over "Jane Roe (X)"):
        # the few lines right above the sentence's own
        above = self.text[:p.sentence.start].rstrip().split("\n")[-3:]
        nominee = any(a.kind in GATE_TYPES for a in p.args) or any(
            t.lower_ in prized for t in doc) or any(
            w.strip(".,:;()").lower() in prized for line in above for w in line.split()) \
            or any(m.entity_type in GATE_TYPES for m in self.res.mentions
                   if p.sentence.start - sum(len(x) + 1 for x in above) <= m.start
                   < p.sentence.start)
        for a in p.args:
            if a.kind != "person" or not a.entity or a.last >= len(doc) or \
                    doc[a.last].text != "(":
                continue
            end = closing_bracket(doc, a.last)
            if end is None:
                continue
            works, i = [], a.last + 1
            while i < end:
                w = p.arg_at(i)
                if w is not None and w.kind in WORKS and w.first == i and w.last <= end:
                    works.append(w)
                    i = w.last
                elif doc[i].text in (",", ";") or doc[i].lower_ in ("and", "&"):
                    i += 1
                else:
                    break
            if i < end or not works:
                continue   # "Jane Roe (Ani)", "(2024)", "(who plays Ani)": no list of works
            if nominee and (len(works) < 2 or not all(w.kind == "film" and w.entity
                                                      for w in works)):
                continue   # "Jane Roe (X)" in a line about prizes: the film she is up for
            for n, w in enumerate(works):
                if any(c.slots.get("work") == w.entity and c.slots.get("subject") == a.entity
                       for c in credits):
                    continue
                one = len(works) == 1   # "Jane Roe (X)" whole; of a list, each work's words
                c = self._claim(p, a.first if one else w.first, end + 1 if one else w.last,
                                "notable_work", a.entity, a.text, hedged,
                                EntityRef(w.entity, self.kb.label(w.entity)) if w.entity
                                else w.text, kind="filmography", work=w.entity)
                if c is not None:
                    out.append(c)
        return out

    # -- one film after another -------------------------------------------------------------
    def _successions(self, p: Parsed, hedged: bool, credits: list[Claim]) -> list[Claim]:
        """"Anora, Baker's follow-up to Red Rocket", "Red Rocket was Baker's follow-up to The
        Florida Project": a succession noun (`succession_nouns`, with the prepositions that
        name the earlier work) possessed by a person says the work it stands beside (in
        apposition, or the copula's subject) came right after the earlier one among the
        person's films."""
        nouns, out = _lx().get("succession_nouns") or {}, []
        for t in p.doc:
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            low = t.lower_   # (the words joined below end in this one: no noun ends so, no noun)
            if t.lemma_.lower() not in nouns and not any(k.endswith(low) for k in nouns) \
                    and t.lemma_.lower() not in _lx().get("first_nouns", ()):
                continue
            lo = t.i   # the noun's own words: "follow-up" may be three tokens
            while lo > 0 and p.doc[lo - 1].head.i == t.i and (
                    p.doc[lo - 1].dep_ == "compound" or p.doc[lo - 1].text == "-"):
                lo -= 1
            word = "".join(x.lower_ for x in p.doc[lo:t.i + 1])
            preps = nouns.get(word) or nouns.get(t.lemma_.lower())
            if not preps and t.lemma_.lower() in _lx().get("first_nouns", ()):
                # "his first film since Red Rocket"
                firsts = _lx().get("succession_firsts") or {}
                preps = next((firsts[m.lower_] for m in t.children
                              if m.dep_ == "amod" and m.lower_ in firsts), None)
                if any(c.dep_ in ("acl", "relcl") for c in t.children):
                    continue   # "his first film since X to play Cannes": a subset's first
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            if not preps or poss is None:
                continue
            earlier = [p.arg_at(o.i) for c in t.children if c.dep_ == "prep"
                       and c.lower_ in preps for o in c.children if o.dep_ == "pobj"]
            earlier = [a for a in earlier if a is not None and a.kind in WORKS and a.entity]
            if t.dep_ in ("appos", "conj") and t.head.i < t.i:
                head = t.head   # "Anora, Baker's follow-up to Red Rocket"
            elif t.dep_ == "attr":
                head = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")),
                            None)   # "Red Rocket was Baker's follow-up to ..."
            else:
                head = None
            w = p.arg_at(head.i) if head is not None else None
            who = self._person(p, poss)
            if len(earlier) != 1 or w is None or w.kind not in WORKS or not w.entity or \
                    who is None or who[0] is None:
                continue
            c = self._credit_claim(p, who, w, poss, hedged, hi=earlier[0].last)
            if c is None:
                continue
            c.slots["after"] = earlier[0].entity
            # the credit the same words give on their own is this claim's
            credits[:] = [x for x in credits if not (
                x.slots.get("work") == w.entity and x.slots.get("subject") == who[0])]
            out.append(c)
        return out

    def _followed(self, p: Parsed, hedged: bool, credits: list[Claim]) -> list[Claim]:
        """"Baker followed Tangerine with The Florida Project": a succession verb
        (`succession_verbs`) whose person subject made its object, and the work one of its
        prepositions names came right after it among that person's films."""
        verbs, out = _lx().get("succession_verbs") or {}, []
        for v in p.doc:
            if v.pos_ != "VERB":
                continue
            prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
            key = f"{v.lemma_.lower()} {prt}" if prt else v.lemma_.lower()
            preps = verbs.get(key)
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if not preps or obj is None or subj is None:
                continue
            earlier = p.arg_at(obj.i)
            later = [p.arg_at(o.i) for x in (v, obj) for c in x.children
                     if c.dep_ == "prep" and c.lower_ in preps
                     for o in c.children if o.dep_ == "pobj"]
            later = [a for a in later if a is not None and a.kind in WORKS and a.entity]
            who = self._person(p, subj)
            if earlier is None or earlier.kind not in WORKS or not earlier.entity or \
                    len(later) != 1 or who is None or who[0] is None:
                continue
            w = later[0]
            c = self._credit_claim(p, who, w, subj, hedged)
            if c is None:
                continue
            c.slots["after"] = earlier.entity
            credits[:] = [x for x in credits if not (
                x.slots.get("work") == w.entity and x.slots.get("subject") == who[0])]
            out.append(c)
        return out

    # -- first features ----------------------------------------------------------------------
    def _firsts(self, p: Parsed, hedged: bool, credits: list[Claim]) -> list[Claim]:
        lx = _lx()
        allowed = set(lx.get("debut_modifiers", ()))
        out = []
        for t in p.doc:
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            low = t.lemma_.lower()
            mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "nummod")]
            if low in lx.get("debut_nouns", ()):
                pass
            elif low in lx.get("first_nouns", ()) and any(
                    c.lower_ in lx.get("first_words", ()) for c in mods):
                pass
            elif low in lx.get("first_nouns", ()) and t.i > 0 and \
                    p.doc[t.i - 1].lemma_.lower() in lx.get("debut_nouns", ()):
                continue   # "debut feature": the first noun speaks
            else:
                continue
            mods += [c for c in p.doc[t.i - 1:t.i] if c.dep_ == "compound" and c not in mods]
            if any(c.lower_ not in allowed and not year_of(c.text)
                   and c.lemma_.lower() not in allowed for c in mods):
                continue   # "her screen debut", "his first English-language film"
            if any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and not any(
                    year_of(g.text) for g in c.children)
                    and not _debut_work_prep(p, c)) for c in t.children):
                continue   # "his first film set in Los Angeles", "first film in competition"
            since = {w for ws in (lx.get("succession_firsts") or {}).values() for w in ws}
            end = max(x.i for x in t.subtree) + 1
            if any(x.i > t.i and x.lower_ in since for x in t.subtree) or (
                    end < len(p.doc) and p.doc[end].lower_ in since):
                continue   # "his first film since Red Rocket", "since 2021": not a debut
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            if poss is None and t.i > 0 and p.doc[t.i - 1].head.i == t.i and \
                    p.doc[t.i - 1].lower_ in allowed:
                # "his feature debut" parsed with the modifier as the noun's subject: the
                # possessor hangs on the modifier
                poss = next((c for c in p.doc[t.i - 1].children if c.dep_ == "poss"), None)
            if poss is None:
                continue
            work, verb = self._first_work(p, t)
            if work is None:
                continue
            who = self._person(p, poss, subject_token(verb) if verb is not None else None)
            if who is None:
                continue
            pid, name, first = who
            lo = min(work.first, t.i, poss.i)
            hi = max(work.last, t.i + 1)
            if verb is not None and verb.lemma_.lower() in lx.get("debut_verbs", ()):
                lo = min(lo, verb.i)   # "made his debut with X in 2004": the verb's clause,
                # with what it states (its year), is the claim's
            if work.entity and self.kb.entity(work.entity) is not None and \
                    self.kb.entity(work.entity).type == "film":
                out.append(self._claim(p, lo, hi, "debut_feature", pid, name, hedged,
                                       EntityRef(work.entity, self.kb.label(work.entity)),
                                       kind="debut", work=work.entity))
            elif not any(c.slots.get("work") == work.entity for c in credits):
                out.append(self._claim(p, lo, hi, "notable_work", pid, name, hedged,
                                       EntityRef(work.entity, self.kb.label(work.entity))
                                       if work.entity else work.text,
                                       kind="filmography", work=work.entity))
        return out

    def _first_work(self, p: Parsed, noun):
        """(work argument, verb or None) a first-feature noun is said of."""
        title = _title_of(p, noun)   # "his debut feature, Four Letter Words"
        if title is not None:
            return p.arg_at(title.i), None
        if noun.dep_ == "appos":   # "Four Letter Words, his debut feature"
            a = p.arg_at(noun.head.i)
            return (a, None) if a is not None and a.kind in WORKS else (None, None)
        h = noun.head
        if noun.dep_ == "nsubj" and h.i == noun.i + 1 and h.lower_ in _lx().get("first_nouns", ()):
            # "whose debut feature The Florida Project ...": the tagger took the noun for a verb
            o = next((c for c in h.children if c.dep_ == "dobj"), None)
            a = p.arg_at(o.i) if o is not None else None
            return (a, None) if a is not None and a.kind in WORKS else (None, None)
        if noun.dep_ in ("attr",) and h.lemma_ == "be":   # "X was his debut feature"
            s = subject_token(h)
            a = p.arg_at(s.i) if s is not None else None
            return (a, h) if a is not None and a.kind in WORKS else (None, None)
        if noun.dep_ == "nsubj" and h.lemma_ == "be":   # "his debut feature was X"
            o = next((c for c in h.children if c.dep_ == "attr"), None)
            a = p.arg_at(o.i) if o is not None else None
            return (a, h) if a is not None and a.kind in WORKS else (None, None)
        lx = _lx()
        if noun.dep_ == "dobj" and h.lemma_.lower() in lx.get("identity_verbs", ()):
            s = subject_token(h)   # "Tangerine marked his feature debut"
            a = p.arg_at(s.i) if s is not None else None
            return (a, h) if a is not None and a.kind in WORKS else (None, None)
        if noun.dep_ in ("dobj", "ccomp") and h.lemma_.lower() in lx.get("debut_verbs", ()):
            # "Baker made his feature debut with Four Letter Words": the work the verb's (or
            # the noun's) preposition takes
            objs = [o for x in (noun, h) for c in x.children if c.dep_ == "prep"
                    and _debut_work_prep(p, c)
                    for o in c.children if o.dep_ == "pobj"]
            works = [a for o in objs if (a := p.arg_at(o.i)) is not None and a.kind in WORKS]
            return (works[0], h) if len(works) == 1 else (None, None)
        if noun.dep_ == "pobj" and h.lower_ == "as" and h.head.pos_ == "VERB":
            v = h.head   # "the film that Baker made as his debut"
            o = next((c for c in v.children if c.dep_ == "dobj"), None)
            if o is not None and o.lower_ in RELATIVE and v.dep_ == "relcl":
                o = v.head
            if o is not None and p.arg_at(o.i) is None and o.dep_ == "appos":
                o = o.head   # "Tangerine, the iPhone-shot film that ..."
            a = p.arg_at(o.i) if o is not None else None
            return (a, v) if a is not None and a.kind in WORKS else (None, None)
        return None, None

    # -- the year of a work ------------------------------------------------------------------
    def film_years(self, p: Parsed, hedged: bool) -> list[Claim]:
        """A year said of a KB film: one that modifies it ("the 2023 film Anora", "Anora
        (2023)", "2015's Tangerine": a slot of its own, checked whatever else the sentence
        says), or a bare "in" year of a clause whose verb dates the film ("came out in
        2000") or that hangs on the film itself ("Scream in 2022")."""
        doc, out = p.doc, []
        for t in doc:
            if not year_of(t.text):
                continue
            got = self._modified(p, t)
            modifier = got is not None
            if got is None:
                got = self._dated(p, t)
            if got is None:
                continue
            film, end = got
            lo = min(t.i, film.first)
            rel = next((x for x in t.ancestors if x.dep_ == "relcl" and (
                x.head.i == film.head or film.first <= x.head.i < film.last)
                and x.i > film.first), None)   # (hung on the title's last word as well)
            if rel is not None and not modifier:   # "Take Out, which came out in 2008": the
                lo = rel.left_edge.i                # relative clause's words
            if not modifier and (rel is not None or _clause_on(p, t, film)):
                # the year is said in a clause of its own about the film (a relative clause,
                # a participle set off after it): no other claim of the sentence judges it
                slots_clause = True
            else:
                slots_clause = False
            start, stop = p.span_of(lo, max(t.i + 1, film.last) if lo < film.last else t.i + 1)
            if end is not None:
                stop = end
            year = int(t.text)
            slots = dict(work=film.entity, year=year)
            if slots_clause:
                slots["own_clause"] = True
            if modifier:
                slots["modifier"] = True
                prize = self._listed_prize(p, film)
                if prize:
                    slots["prize"] = prize   # "- Titane (2021)" under "Palme d'Or winners"
            out.append(self._claim(p, None, None, "year", film.entity, None, hedged, year,
                                   span=(start, stop), kind="work_year", **slots))
        return out

    def _listed_prize(self, p: Parsed, film) -> Optional[str]:
        """The prize whose winners a list item ("- Titane (2021)", the film first on its line
        after a list marker) is one of: the one KB prize its heading names (the nearest line
        above the list that is no item), when the heading says it lists winners
        (`filmography.winner_words`). Its year may then be the edition's as well as the film's."""
        lx = _lx()
        text = self.text
        line_start = text.rfind("\n", 0, p.offset + p.doc[film.first].idx) + 1
        head = text[line_start:p.offset + p.doc[film.first].idx].strip()
        markers = set(lx.get("list_markers", ()))
        if head not in markers and not (head[:-1].isdigit() and head[-1:] in ".)"):
            return None   # not an item of a list: the title opens its line after a marker
        end = line_start - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            first = line.split(" ", 1)[0] if line else ""
            if line and first not in markers and not (first[:-1].isdigit()
                                                      and first[-1:] in ".)"):
                break   # the heading: the first line above that is not an item
            end = start - 1
        else:
            return None
        words = {w.strip(".,:;!?()").lower() for w in line.split()}
        if not words & set(lx.get("winner_words", ())):
            return None   # "In competition:", "Nominees": not a list of winners
        prizes = {m.entity.id for m in self.res.mentions if start <= m.start < end
                  and m.entity_type == "award"}
        return next(iter(prizes)) if len(prizes) == 1 else None

    def _modified(self, p: Parsed, t):
        doc = p.doc
        aside = 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"
        poss = t.dep_ == "poss" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "’s")
        if t.i >= 2 and doc[t.i - 1].text == "," and (t.i + 1 == len(doc) or doc[
                t.i + 1].text in ("(", ":", ".", ",", "-", "\u2013", "\u2014")) and (
                film := p.arg_at(t.i - 2)) is not None and film.kind == "film" and \
                film.entity and film.first == 0 and film.last == t.i - 1 and \
                self._listed_prize(p, film):
            # "1. Parasite, 2019 (Bong Joon Ho)" in a list under a heading of a prize's
            # winners: the year set off after the title is the item's (the edition's or
            # the film's), as "- Titane (2021)" is
            return film, None
        if not (t.dep_ in ("nummod", "amod", "compound") or poss
                or (aside and t.dep_ in ("appos", "npadvmod", "nmod"))):
            return None   # "Amour, 2013" in a list of winners may be the prize's year
        h = t.head
        film = p.arg_at(h.i)
        near = p.arg_at(t.i - 2) if aside and t.i >= 2 else None
        if near is not None and near.last == t.i - 1 and near.kind in ("film", "work") \
                and (film is None or near.first != film.first):
            # "for A in 1961 and for B (1962)": a bracketed year is said of the title right
            # before the bracket, wherever the parser hangs it (on A, a title earlier)
            film = near if near.kind == "film" else None
            h = p.doc[near.head]
        if (film is None or film.kind != "film") and h.i > t.i:
            title = _title_of(p, h)   # "the 2023 film Anora": the title beside the noun
            film = p.arg_at(title.i) if title is not None else None
        if film is None or film.kind != "film" or not film.entity or \
                (film.first <= t.i < film.last):
            return None
        end = None
        if t.i > film.last and t.i + 1 < len(doc) and doc[t.i + 1].text == ")":
            end = p.offset + doc[t.i + 1].idx + 1
        return film, end

    def _dated(self, p: Parsed, t):
        if t.dep_ != "pobj" or t.head.lower_ != "in" or any(
                c.dep_ != "punct" for c in t.children):
            return None
        h = t.head.head
        film = p.arg_at(h.i)
        if film is not None and film.kind == "film" and film.entity and (
                h.i == film.head or h.i in p.titles):
            return film, None   # "Scream in 2022" (or hung on a word inside the title)
        if h.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in h.children):
            attr = next((c for c in h.children if c.dep_ == "attr"), None)
            film = p.arg_at(attr.i) if attr is not None else None
            if film is not None and film.kind == "film" and film.entity:
                return film, None   # "it was Tangerine, in 2015, that made his name"
        if h.pos_ not in ("VERB", "AUX") or _cue_of(h, {v[3:] if v.startswith("be ") else v: []
                                                        for v in _lx().get("year_verbs", ())}) \
                is None:
            return None
        if any(c.dep_ == "dobj" for c in h.children):
            return None   # "Neon opened Anora in 2024": who released it, not what came out
        s = set_off_after(h) or subject_token(h)   # "..., Scream, released in 2022": the
        # participle set off after the film is said of it, not of the main verb's subject
        if s is not None and p.arg_at(s.i) is None:
            s = _title_of(p, s)   # "his debut feature, Four Letter Words, came out in 2000"
        film = p.arg_at(s.i) if s is not None else None
        if film is None or film.kind != "film" or not film.entity:
            return None
        return film, None

    # -- formats -----------------------------------------------------------------------------
    def _formats(self, p: Parsed, hedged: bool) -> list[Claim]:
        lx = _lx()
        verbs = lx.get("format_verbs", {})
        formats = sorted(((f.replace(" ", "").replace("-", ""), f)
                          for f in lx.get("formats", ())), key=lambda x: -len(x[0]))
        nouns = set(lx.get("format_nouns", ()))
        forms = _verb_forms(tuple(verbs))
        out = []
        for v in p.doc:
            lemma = forms.get(v.lower_) or forms.get(v.lemma_.lower())
            light = None
            if lemma is None and v.pos_ in ("VERB", "AUX"):
                light = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                              and c.lemma_.lower() in nouns), None)
                if light is None:
                    continue   # "the shoot was done on 35mm film": the noun names the act
                lemma = "shoot"
            if lemma is None or v.pos_ not in ("VERB", "NOUN", "ADJ", "AUX"):
                continue
            preps = verbs[lemma]
            if v.pos_ != "VERB" and light is None and not (
                    v.tag_ in ("VBN", "VBD") or v.lower_ in forms and v.lower_ != lemma):
                continue   # "the shoot": a noun, no verb
            phrases = [c for c in v.children if c.dep_ == "prep" and c.lower_ in preps] if preps \
                else [c for c in v.children if c.dep_ == "dobj"]
            # "shot digitally": an adverb of the lexicon's `format_adverbs` names the format
            adverbs = lx.get("format_adverbs", {})
            phrases += [c for c in v.children if c.dep_ == "advmod" and c.lower_ in adverbs]
            for ph in phrases:
                toks = sorted(ph.subtree, key=lambda x: x.i)
                key = "".join(x.lower_ for x in toks).replace("-", "")
                found = [(key.find(k), -len(k), f) for k, f in formats if k in key]
                if ph.dep_ == "advmod":
                    found = [(0, 0, adverbs[ph.lower_])]
                if not found:
                    continue
                fmt = min(found)[2]   # the first format the phrase names ("35mm film stock")
                film, owner = self._shot_film(p, v)
                if film is None:
                    continue
                # "Daniels shot Anora on 35mm": who shot it is a slot of the claim too
                who = next((c for c in v.children if c.dep_ == "nsubj"), None)
                if who is not None and who.lower_ in RELATIVE and v.dep_ == "relcl":
                    who = v.head   # "Jane Roe, who shot Anora on 35mm": the one it is of
                who = p.arg_at(who.i) if who is not None else None   # (its own subject)
                shooter = who.entity if who is not None and who.kind == "person" \
                    and who.entity and v.lemma_.lower() != "use" else None
                # a person the KB lacks is a shooter the KB cannot credit: the format alone
                # is not the claim
                # (or a name the NER read as a company's)
                unknown = {"shooter_name": who.text} if who is not None and \
                    who.kind in ("person", "org") and not who.entity and \
                    v.lemma_.lower() != "use" else {}
                part = {"part": t.lower_} if (t := _part_object(v)) is not None else {}
                # the claim's words: the film when it is the verb's own subject, the verb when
                # its phrase follows closely, else the phrase alone ("shot over 37 days in
                # early 2023 on 35mm": "on 35mm")
                lo = v.i if ph.i - v.i <= 3 or not preps else ph.i
                if owner is not None and 0 < v.i - owner <= 3 and lo == v.i and \
                        v.lemma_.lower() != "use":
                    lo = owner
                hi = max(x.i for x in toks if fmt.split()[0].replace("mm", "") in x.lower_
                         or x.lower_ in fmt) + 1 if any(
                    fmt.split()[0].replace("mm", "") in x.lower_ or x.lower_ in fmt
                    for x in toks) else toks[-1].i + 1
                if light is not None and lo == v.i:
                    lo = light.i
                if shooter and lo == v.i and who.first < v.i:
                    lo = who.first
                if any(c.slots["format"] == fmt.replace(" ", "").lower() for c in out):
                    continue
                # "an iPhone 6", "the iPhone 5s": a model the format word names is a slot too
                model = {}
                if hi < len(p.doc) and p.doc[hi] in toks and _model_number(p.doc[hi].lower_):
                    model = {"model": p.doc[hi].lower_}
                    hi += 1
                out.append(self._claim(p, lo, hi, "filming_format", film, None, hedged,
                                       fmt.replace(" ", ""), kind="format",
                                       format=fmt.replace(" ", "").lower(), **part, **model,
                                       **({"shooter": shooter} if shooter else {}),
                                       **unknown))
        return out

    def _shot_film(self, p: Parsed, v):
        """(film id, first token of the words that name it or None) a shooting verb is said
        of: its film subject, or the film a person shot ("Daniels shot Red Rocket on 16mm"),
        or the film the passage is about ("Shot on 35mm film", "it was shot on ...")."""
        verb = v
        if v.lemma_.lower() == "use" and v.dep_ in ("advcl", "xcomp", "conj", "acl") and \
                v.head.pos_ == "VERB":
            verb = v.head   # "shot on 35mm, using anamorphic lenses"
        objs = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() != "use" \
            else []
        s = subject_token(verb)
        cands = ([s] if s is not None else []) + objs
        if s is None and not objs:
            # "Tangerine made headlines for being shot on iPhones": a shooting verb with no
            # subject of its own, in a phrase of another verb, is said of that verb's subject
            # (a person there shot it: what is untold)
            ctrl = _governing_subject(verb)
            a = p.arg_at(ctrl.i) if ctrl is not None else None
            if ctrl is not None and not (a is not None and a.kind in ("person", "org")):
                cands.append(ctrl)
        if verb.dep_ == "conj" and not objs and verb.head.pos_ in ("VERB", "AUX"):
            # "Baker directed Tangerine, shot on an iPhone, and ...": a second verb with no
            # object of its own shares the first one's (or is a participle said of it)
            cands += [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        if verb.dep_ == "relcl":
            # "Tangerine, which he shot on an iPhone": the relative pronoun is the noun the
            # clause hangs on
            cands = [verb.head if t.tag_ in ("WDT", "WP") else t for t in cands]
            s = verb.head if s is not None and s.tag_ in ("WDT", "WP") else s
            if not objs and verb.head not in cands:
                cands.append(verb.head)   # "the film he shot on an iPhone": what was shot
        obj = set_off_after(verb)
        # (the last of the objects: "directed A and B (2015), shot on")
        top = first_conjunct(obj) if obj is not None else None
        if obj is not None and top.dep_ == "dobj" and top.head.i == verb.head.i:
            cands.insert(0, obj)   # "She recalls Tangerine, shot on an iPhone, ...": the
            # participle the parser hung on the main verb is said of the object before it
        for n, t in enumerate(cands):
            if t.lemma_.lower() in _lx().get("format_nouns", ()):
                continue   # "the shoot was done on ...": the act, not what was shot
            a = p.arg_at(t.i)
            if a is not None and a.kind == "film" and a.entity:
                return a.entity, a.first
            if a is not None and a.kind in ("person", "org") and t is s:
                continue   # who shot it: the object says what
            if a is not None or t.pos_ == "PROPN":
                return None, None   # a film the KB lacks, or something else
            if t.lower_ in FILM_WORDS or t.lemma_.lower() in FILM_WORDS:
                title = _title_of(p, t) if t.lower_ != "it" else None
                if title is not None:
                    # "his fifth feature, Tangerine, was shot on iPhones": the film named (a
                    # title the KB lacks is none of its films)
                    named = p.arg_at(title.i)
                    return (named.entity, named.first) if named is not None and \
                        named.kind == "film" and named.entity else (None, None)
                crew_lx = lexicon().section("crew")
                if any(c.i < t.i and (c.lower_ in set(crew_lx.get("other_film_words") or ())
                                      or c.lower_ in ("a", "an", "another", "one"))
                       for c in t.children):
                    return None, None   # "his new film", "a feature": not the one in focus
                if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children):
                    return None, None   # "his fifth feature, Sunset Lane": a title the KB lacks
                named = p.arg_at(t.head.i) if t.dep_ == "appos" else None
                if named is not None and named.kind == "film":
                    # "Tangerine, the film he shot on an iPhone": the film named
                    return (named.entity, named.first) if named.entity else (None, None)
                # "Shot on 16mm, it came before Anora": "it" and "the film" are the film in
                # focus before them, never one the sentence names after them
                film = self.res.focus(p.sentence, p.offset + t.idx)
                return (None if film in self._aside_films(p, verb) else film), t.i
            part = _part_object(verb)
            if part is not None and part.i == t.i and self.res.film(p.sentence):
                # "shot the sequence on 35mm": a part of the film in focus, shot as it was
                # (or not: a part may be shot on another format than the rest)
                return self.res.film(p.sentence), None
            if t.pos_ == "NOUN":
                return None, None   # "the sequence", "the campaign"
        film = self.res.film(p.sentence)
        aside = self._aside_films(p, verb)
        if film in aside:
            # "Daniels, who had also shot Red Rocket, chose to shoot on 35mm": a film named
            # aside is not the one shot here; the one the article is about may be
            film = self.res.main_film if self.res.main_film not in aside else None
        return film, None

    @staticmethod
    def _aside_films(p: Parsed, verb) -> set:
        """The KB films the sentence names outside the shooting verb's clause ("..., it came
        before Anora"): none of them is the film that clause says was shot."""
        inside = clause_of(verb, p.titles)
        return {a.entity for a in p.args if a.kind == "film" and a.head not in inside}

    # -- the claim ---------------------------------------------------------------------------
    def _claim(self, p: Parsed, lo, hi, pred: str, subject: Optional[str], name, hedged: bool,
               obj, span=None, **slots) -> Claim:
        s = p.sentence
        start, end = span if span is not None else p.span_of(lo, hi)
        start, end = max(s.start, start), min(s.end, end)
        if end < s.end and self.text[end:end + 1] == ")" and "(" in self.text[start:end]:
            end += 1
        extra = {} if subject else {"subject_name": name}
        return Claim(id="", start=start, end=end, text=self.text[start:end],
                     category="production" if pred == "filming_format" else "filmography",
                     subject=EntityRef(subject, self.kb.label(subject)) if subject else None,
                     predicate=pred, object=obj, hedged=hedged,
                     slots=dict(slots, subject=subject, negated=_negated(p, lo, hi), **extra))


def _title_conjuncts(p: Parsed, tok) -> list:
    """`conjuncts`, with those the parser hung on a word inside a title of several words
    ("include Prince of Broadway, Starlet and Tangerine": "Starlet" a conjunct of "Broadway")."""
    out = conjuncts(tok)
    for t in list(out):
        a = p.arg_at(t.i)
        if a is None or a.kind not in WORKS or a.last - a.first < 2:
            continue
        for i in range(a.first, a.last):
            if i != t.i:
                out += [x for x in conjuncts(p.doc[i])[1:] if x not in out
                        and not a.first <= x.i < a.last]
    return out


def _caster(p: Parsed, cue):
    """The person a verb of casting (`caster_verbs`) names as its subject ("Tarantino cast
    her in X"), or None: who cast the part, not who holds the credit."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in _lx().get("caster_verbs", ()):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children) or (
            cue.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in cue.children)):
        # ("she was cast in X", "Madison, cast in X": the one cast; a past tense the tagger
        # took for a participle keeps its subject: "Tarantino cast her"); the agent of the
        # passive is who cast her ("Madison, cast by Tarantino in X")
        by = [a for c in cue.children if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj" and (a := p.arg_at(o.i)) is not None and a.kind == "person"]
        return by[0] if len(by) == 1 else None
    s = subject_token(cue)
    a = p.arg_at(s.i) if s is not None else None
    return a if a is not None and a.kind == "person" and s.i < cue.i else None


def _renown_subject(verb, lx: dict):
    """The subject of the clause a gerund the parser hung on a noun of renown is said of
    ("Jane Roe rose to fame playing X in Y", "won acclaim starring in Y": `renown_nouns`): the
    one who became known doing it; None for any other gerund."""
    h = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or \
            h.lemma_.lower() not in lx.get("renown_nouns", ()):
        return None
    while h.head.i != h.i and h.pos_ not in ("VERB", "AUX"):
        h = h.head
    return subject_token(h) if h.pos_ in ("VERB", "AUX") else None


def _debut_work_prep(p: Parsed, prep) -> bool:
    """Whether a preposition on a debut noun or verb takes the debut work (`debut_work_preps`,
    or `debut_work_if_named` when its object is a work: "in Scream", not "in competition")."""
    lx = _lx()
    if prep.lower_ in lx.get("debut_work_preps", ()):
        return True
    return prep.lower_ in lx.get("debut_work_if_named", ()) and any(
        getattr(p.arg_at(o.i), "kind", None) in WORKS for o in prep.children
        if o.dep_ == "pobj")


def _clause_on(p: Parsed, year, film) -> bool:
    """Whether the verb a year hangs on ("released in 2004") is a participle of its own about
    the film: one the parser hung on the film ("Four Letter Words, released in 2004") or set
    off after it by a comma ("appeared in Scream, released in 2022")."""
    v = year.head.head if year.head.lower_ == "in" else None
    if v is None or v.pos_ not in ("VERB", "AUX") or v.tag_ != "VBN":
        return False
    on = v.head if v.dep_ == "acl" else set_off_after(v)
    a = p.arg_at(on.i) if on is not None else None
    return a is not None and a.first == film.first


def _basis(prep) -> bool:
    """"his eighth film as director": a phrase on a career noun that names the films a place
    among them is counted in (`ordinal_basis`: the films a person directed, which the
    verifier counts) restricts nothing; any other ("in competition", "in English") counts a
    subset."""
    words = _lx().get("ordinal_basis") or {}
    return prep.dep_ == "prep" and prep.lower_ in words and any(
        o.dep_ == "pobj" and o.lemma_.lower() in words[prep.lower_] for o in prep.children)


def _possessor_before(p: Parsed, a):
    """The head of the name whose "'s" stands right before the title `a` ("Tarantino's X")."""
    doc = p.doc
    if a.first < 2 or doc[a.first - 1].dep_ != "case" or doc[a.first - 1].lower_ not in ("'s", "’s"):
        return None
    return doc[a.first - 1].head


def _set_role(p: Parsed, c: Claim, cue, work, first: int) -> None:
    """The part a credit verb names (`_role_named`), as the claim's role slots."""
    role = _role_named(p, cue, work, first)
    if role is None:   # ("played Amber Freeman in Scream": the part is a slot too)
        return
    c.slots["role"] = role.text
    noun = role.root.head if role.root.dep_ == "compound" else role.root
    if noun.pos_ == "NOUN":   # a part described: its phrase, for the explanation
        c.slots["role_phrase"] = " ".join(x.text for x in noun.subtree if x.i <= noun.i)
    if any(x.dep_ == "det" for x in noun.children):   # "the Joker": an epithet
        c.slots["role_titled"] = True
    a = p.arg_at(role[-1].i)
    if a is not None and a.entity and a.kind == "character":
        c.slots["role_entity"] = a.entity


def _role_named(p: Parsed, cue, work, first: int):
    """The part a credit verb of `role_verbs` names as its object ("played Amber Freeman in
    Scream", "played the killer Amber Freeman", "portrayed Sadie"): a proper name, the object
    itself or the name in apposition to it; None for a common noun alone ("the title role")."""
    if cue is None:
        return None
    if cue.pos_ not in ("VERB", "AUX") or cue.lemma_.lower() not in _lx().get("role_verbs", ()):
        # "known for the role of Max Fox in X", "her breakout came with the role of Max Fox",
        # "her breakout role came as Max Fox in X": a part noun's name is the part too
        named = _part_noun_named(p, cue, work, first)
        if named is not None or cue.pos_ not in ("VERB", "AUX"):
            return named
    if cue.lemma_.lower() not in _lx().get("role_verbs", ()):
        # "starred as Bella Baxter in Poor Things": the part after a role preposition
        part = next((o for c in cue.children if c.dep_ == "prep"
                     and c.lower_ in _lx().get("role_preps", ())
                     for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if part is None or work.first <= part.i < work.last:
            return None
        a = p.arg_at(part.i)
        if a is not None and a.kind in WORKS + ("person",) and a.entity:
            return None
        lo = min(x.i for x in part.subtree if x.dep_ == "compound" or x.i == part.i)
        return p.doc[lo:part.i + 1]
    objs = [c for c in cue.children if c.dep_ == "dobj"]
    # "played the guard Fyodor": a name the parser makes a second object is the part's
    obj = next((c for c in objs if c.pos_ == "PROPN"), objs[0] if objs else None)
    noun = obj
    if obj is not None and obj.pos_ != "PROPN":
        obj = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if obj is None and noun is not None and noun.pos_ == "NOUN" and not (
            work.first <= noun.i < work.last or noun.i < first) and any(
            c.dep_ == "det" for c in noun.children):
        # "played a Manson girl", "played a cab driver": the part described, by its nouns (a
        # noun that tells nothing of a part, "the title role", "a woman", is none)
        vague = set(lexicon().section("accounting").get("character_vague") or ())
        if noun.lemma_.lower() in vague and not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
            return None
        words = [c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                 and (c.pos_ == "PROPN" or noun.lemma_.lower() not in vague)]
        if noun.lemma_.lower() in vague:
            return p.doc[words[0].i:words[-1].i + 1]   # "a Manson girl": Manson
        return p.doc[(words[0].i if words else noun.i):noun.i + 1]
    if obj is None or obj.pos_ != "PROPN" or work.first <= obj.i < work.last or obj.i < first:
        return None
    a = p.arg_at(obj.i)
    if a is not None and a.kind in WORKS + ("person",) and a.entity:
        return None   # a KB person or work is no part's name
    lo = obj.i
    while lo - 1 > cue.i and p.doc[lo - 1].dep_ == "compound" and \
            p.doc[lo - 1].pos_ == "PROPN" and p.doc[lo - 1].head.i in range(lo, obj.i + 1):
        lo -= 1
    return p.doc[lo:obj.i + 1]


def _part_noun_named(p: Parsed, cue, work, first: int):
    """The proper name a part noun of the credit (lexicon `played_part` nouns and preps:
    "the role of Max Fox", "her turn as Amber Freeman") gives the part: a part noun that is the
    cue or hangs under it, or under the verb a cue noun is the subject of ("her breakout came
    with the role of X"); or an 'as' phrase on that verb ("her breakout role came as X"), or the
    name a copula gives it ("her breakout role was X in Scream"). Not a
    part noun another person owns ("admired Adlon's role as Sam Fox"), nor a KB person or work."""
    part = lexicon().qualifiers.get("played_part") or {}
    nouns, preps = set(part.get("nouns") or ()), set(part.get("preps") or ())
    verb = cue.head if cue.pos_ == "NOUN" and cue.dep_ in ("nsubj", "nsubjpass") else None
    scope = {t.i for t in (verb or cue).subtree}
    hosts = [t for t in p.doc if t.i in scope and t.pos_ == "NOUN"
             and t.lemma_.lower() in nouns and not any(
                 c.dep_ == "poss" and (a := p.arg_at(c.i)) is not None and a.kind == "person"
                 and a.first != first for c in t.children)]
    ons = [(h, preps) for h in hosts]
    if verb is not None and cue.lemma_.lower() in nouns:
        ons.append((verb, set(_lx().get("role_preps", ()))))
        if verb.lemma_ == "be":   # "her breakout role was Amber Freeman": the copula's name
            ons.append((verb, {None}))
    for host, words in ons:
        for c in host.children:
            if None in words and c.dep_ == "attr":
                outs = [c]
            elif c.dep_ != "prep" or c.lower_ not in words:
                continue
            else:
                outs = list(c.children)
            for o in outs:
                if o.dep_ not in ("pobj", "attr") or o.pos_ != "PROPN" or \
                        work.first <= o.i < work.last:
                    continue
                a = p.arg_at(o.i)
                if a is not None and a.kind in WORKS + ("person",) and a.entity:
                    continue   # a KB person or work is no part's name
                lo = min(x.i for x in o.subtree if x.dep_ == "compound" or x.i == o.i)
                return p.doc[lo:o.i + 1]
    return None


def _part_object(v):
    """The object of a shooting verb that is a part of the film in focus ("shot the sequence
    on 35mm"; lexicon filmography.format_parts), or None."""
    for t in v.children:
        if t.dep_ == "dobj" and t.pos_ == "NOUN" and \
                t.lemma_.lower() in _lx().get("format_parts", ()) and \
                any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
            return t
    return None


def _negated(p: Parsed, lo, hi) -> bool:
    """Whether a negation stands between `lo` and `hi`; not one inside a title ("Boys Don't
    Cry", "Don't Look Up"), which is the work's name."""
    if lo is None:
        return False
    return any(t.dep_ == "neg" and t.i not in p.titles and getattr(
        p.arg_at(t.i), "kind", None) not in ("film", "work") for t in p.doc[lo:hi])


def _model_number(word: str) -> bool:
    """A model's number after a format word ("6", "5s"): digits, then lower-case letters or
    none; not a gauge ("35mm")."""
    body = word.rstrip(string.ascii_lowercase)
    if not body or not body.isdecimal():
        return False
    return not (word.endswith("mm") and word[:-2].isdecimal())


def _governing_subject(verb):
    """The subject of the verb a non-finite verb with no subject of its own is a phrase of
    ("made headlines for being shot ...", "is known for having been shot ..."): up through
    prepositions and non-finite verbs to the first verb with a subject; None when there is
    none, or a finite verb comes first."""
    t = verb
    while t.head.i != t.i:
        if t.pos_ in ("VERB", "AUX") and t is not verb and subject_token(t) is not None:
            return subject_token(t)
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN", "VB"):
            return None
        if t.dep_ not in ("pcomp", "pobj", "prep", "xcomp", "advcl", "acomp") and not (
                t.dep_ in ("dobj", "attr") and t.pos_ == "NOUN"):   # ("made headlines for")
            return None
        t = t.head
    return subject_token(t) if t is not verb and t.pos_ in ("VERB", "AUX") else None
