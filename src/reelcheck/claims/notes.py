"""Claims a sourced KB note says in full (the matching itself is claims/statements.py).

Film coverage says much that no typed fact holds ("the part was written for her", "the shoot
took eight days"); where a KB note says all of a clause, the clause is a claim the note
supports. A typed claim (an award, a date, a number) always speaks first: a note never makes a
claim over it, and is kept on a typed claim only as a fallback for when its own check cannot
decide.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from ..model import Claim, EntityRef, Mention
from .context import Resolver
from .frames import (CONDITIONALS, _contrastive, _irrealis, contrast_head, subject_token,
                     unasserted)
from .note_conflicts import (_deed_subject, _note_doc, doer_only_quoted, only_aside,
                             other_deed_beside, rebound)
from .parse import lexicon
from .statements import _token, disjoint, note_of, pronoun_genders, scored_spans
from .text import Sentence

# kinds with typed, complete facts: prose does not decide them
# the dependencies of a verb that heads a clause of its own (not "the spoiled son")
CLAUSE_HEADS = frozenset({"ROOT", "relcl", "advcl", "conj", "ccomp", "xcomp", "acl", "pcomp"})
TYPED_ONLY = frozenset({"award", "award_count", "date", "age", "quantity", "money", "relation",
                        "nth_prize"})   # (a note that she won does not say it was her third)
# a category named inside a note's span: awards are decided by the typed award facts
ANY_CATEGORY = re.compile(r"\bbest\s+(?:supporting\s+|leading\s+|original\s+|adapted\s+)?"
                          r"(?:actor|actress|director|picture|screenplay|editing|cinematography|"
                          r"film|feature|ensemble|casting|score)\b", re.I)
_SUBJECT_ASIDE = re.compile(r"[^,;]{1,60}?,\s*(?:which|who|whose)\b[^,;]{3,100},\s*(?=\w)")
DENIAL = re.compile(r"[^.;]{0,40}?,?\s*(?:which|that|this|but that)\s+(?:simply\s+|just\s+|never\s+)?"
                    r"(?:does not|doesn['’]t|did not|didn['’]t|never)\s+(?:happens?|occurs?|"
                    r"happened|occurred)\b|[^.;]{0,40}?,?\s*(?:which|that|but this|but that)\s+"
                    r"(?:is|was)\s+(?:simply\s+)?(?:false|untrue|wrong|a myth|not true)\b", re.I)
NEGATION = re.compile(r"\b(?:not|never|no longer|didn['’]t|did not|wasn['’]t|was not|isn['’]t|"
                      r"is not|hasn['’]t|has not|haven['’]t|failed to|doesn['’]t|does not|"
                      r"weren['’]t|were not|neither|nor)\b", re.I)


class _Bare:
    """The parse of a sentence the candidate gate let by (its words and tree only)."""
    __slots__ = ("doc", "offset")

    def __init__(self, s: Sentence):
        from ..nlp import parse
        self.doc, self.offset = next(iter(parse([s.text]))), s.start


PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
FILM_PRONOUNS = frozenset({"it"})


def _tokens_within(doc, lo: int, hi: int) -> list:
    """The tokens of `doc` that start in [lo, hi), found by bisection on the starts kept in the
    Doc (a long sentence has a span per note and claim: a walk of the whole Doc for each was
    quadratic)."""
    starts = doc.user_data.get("reelcheck.notes.starts")
    if starts is None:
        starts = doc.user_data["reelcheck.notes.starts"] = [t.idx for t in doc]
    return [doc[k] for k in range(bisect_left(starts, lo), bisect_left(starts, hi))]


def _borrowed(p, ms: list[Mention], a: int, b: int) -> tuple[list[Mention], frozenset]:
    """What the span [a, b)'s own verbs are said of outside it, from the parse: the subject a
    conjunct, a relative clause or a participle shares with the clause it hangs on ("She ...
    and took Russian lessons": she; "Madison, who trained for months": Madison), or, for a
    span with no verb of its own, the subject of the verb its phrase hangs on ("It was shot
    ..., with a crew of forty": it) -- as the sentence's mentions it names, and
    "person"/"film" for a pronoun."""
    off, doc = p.offset, p.doc
    inside = _tokens_within(doc, a - off, b - off)
    idx = {t.i for t in inside}
    got_ms, refs = [], set()
    tops = [t for t in inside if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
            and (t.head.i not in idx or t.head.i == t.i)]   # the span's own verbs
    if not tops:   # a phrase on a verb outside it ("..., with a crew of about forty"): said
        tops = [t.head for t in inside if t.dep_ == "prep" and t.head.i not in idx
                and t.head.pos_ in ("VERB", "AUX")]   # of what that verb is said of
    for v in tops:
        subj = subject_token(v)
        if subj is None or subj.i in idx:
            continue   # the span names its own subject
        arg = p.arg_at(subj.i) if hasattr(p, "arg_at") else None   # (a bare parse has none)
        at = off + subj.idx
        named = [m for m in ms if m.start <= at < m.end]
        if arg is not None and arg.entity:
            got_ms += [m for m in ms if m.entity.id == arg.entity
                       and m.start <= arg.start < m.end or m.start == arg.start]
        elif arg is None and named:
            # a name the tagger took for a common noun ("Igor fights back and breaks ..."):
            # the linked name it is part of is still what the verbs are said of
            got_ms += named
        elif subj.lower_ in PERSON_PRONOUNS:
            refs.add("person")
        elif subj.lower_ in FILM_PRONOUNS:
            refs.add("film")
    if not any(t.pos_ in ("VERB", "AUX") for t in inside) \
            and not any(a <= m.start < b for m in ms):
        # a description set beside a name, naming no one itself: said of that name ("Toros,
        # an Armenian priest": Toros; "The oligarch's son, Vanya, ...": Vanya)
        beside = [t.head for t in inside if t.dep_ == "appos" and t.head.i not in idx]
        beside += [c for t in inside for c in t.children
                   if c.dep_ == "appos" and c.i not in idx]
        for n in beside:
            at = off + n.idx
            got_ms += [m for m in ms if m.start <= at < m.end and m not in got_ms]
    return got_ms, frozenset(refs)


@lru_cache(maxsize=1)
def _taste_words() -> tuple[frozenset, frozenset, frozenset]:
    """(superlatives of taste, adjectives of taste, prize category heads): `_judged`'s words,
    read from the lexicon once."""
    words = lexicon().section("notes")
    return (frozenset(words.get("taste_superlatives") or ()),
            frozenset(words.get("taste_adjectives") or ()),
            frozenset(lexicon().categories.get("heads") or ()))


def _describes_a_head(t) -> bool:
    """Whether verb `t` is inside a clause that describes a noun phrase's head (a relative
    clause or participle on a noun that is the sentence's root): "that premiered at Cannes"
    in "Best Picture winners that premiered at Cannes"."""
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "acl") and t.head.dep_ == "ROOT" and t.head.pos_ in (
                "NOUN", "PROPN"):
            return True
        t = t.head
    return False


class NoteReader:
    def __init__(self, kb, res: Resolver, text: str):
        self.kb, self.res, self.text = kb, res, text

    def _heading(self, s: Sentence, p) -> bool:
        """Whether the sentence is a heading: a line of its own, with no closing stop and no
        verb (a title or a section's label, which asserts nothing a note could say)."""
        before, after = self.text[:s.start].rstrip(" \t"), self.text[s.end:].lstrip(" \t")
        if before and not before.endswith("\n") or after and not after.startswith("\n"):
            return False
        if s.text.rstrip().endswith((".", "!", "?", ":", '"', "\u201d", ";")):
            return False
        # (or a noun phrase whose verbs only describe its head: "Best Picture winners that
        # premiered at Cannes", the heading over a list, says what its rows are, no fact)
        return not any(t.pos_ in ("VERB", "AUX") and not _describes_a_head(t) for t in p.doc)

    def _states_section(self, c: Claim, fact) -> bool:
        """Whether a note can stand for a festival claim's section: the section the claim
        states (`qualifiers.festival_sections`) is a slot, so the note must say it too, by
        its name or one of the phrases the lexicon writes it with."""
        sec = c.slots.get("section") if c.category == "festival" else None
        if not sec:
            return True
        from ..textutil import fold
        phrases = lexicon().qualifiers.get("festival_sections", {}).get(sec) or ()
        text = note_of(self.kb, fact).ftext
        return any(fold(x) in text for x in (sec, *phrases))

    def _names_credited(self, c: Claim, fact) -> bool:
        """Whether a note can stand for a credit claim (crew, a company's credit, a person's
        filmography): it must name the person or company credited, as the entity it is about
        or by name ("Baker, whose films include Marty, won the Palme": a note on Marty's Palme
        does not say Baker made it)."""
        who = c.slots.get("person") if c.category in ("crew", "production") and \
            c.slots.get("kind") != "format" else None
        if c.slots.get("kind") == "filmography" and c.slots.get("work") and c.subject:
            who = c.subject.id   # the person whose credits the claim says include the work
        e = self.kb.entity(who) if isinstance(who, str) else None
        if e is None:
            return True
        from ..textutil import fold
        note = note_of(self.kb, fact)
        return who == fact.subject or who in note.ents or any(
            fold(n) in note.ftext for n in [e.label] + [a for a, _k in self.kb.aliases_of(who)]
            if len(n) > 2)

    def sentence_claims(self, s: Sentence, ms: list[Mention], para_ms: list[Mention],
                        hedged: bool, found: list[Claim], p=None) -> list[Claim]:
        """Clauses of `s` a note says in full become claims; a claim in `found` inside such a
        clause gets the note as its fallback (slot note_fact). With the sentence's parse `p`,
        a clause that is a condition ("if it wins at the Oscars") is no statement and makes
        none."""
        res = self.res
        anchors = {m.entity.id for m in ms} | {m.entity.id for m in para_ms[-6:]}
        anchors |= {x for x in (res.film(s), res.person(s),
                                None if res.unknown_subject(s) else res.main_film) if x}
        if not anchors:
            return []
        character, latest = res.last.get("character"), res.last.get("person")
        implied = {(x, t) for x, t in ((res.person(s), "person"), (res.film(s), "film"),
                                       (latest[0] if latest else None, "person"),
                                       (character[0] if character else None, "person")) if x}
        def spans_of(p):
            borrow = meant = None
            if p is not None:
                borrow = lambda a, b: _borrowed(p, ms, a, b)  # noqa: E731
                meant = {e for t in p.doc if t.lower_ in PERSON_PRONOUNS
                         and (e := res.person(s, t.lower_))}
            return scored_spans(self.kb, self.text, s.start, s.end, ms, anchors, implied,
                                borrow=borrow, meant=meant or ())
        spans = spans_of(p)
        if spans and p is None:
            p = _Bare(s)   # a sentence no family parsed: its parse, to read what a span says
            # -- and whom a span's verbs are said of outside it ("Igor fights back and
            # breaks one henchman's nose": the note's breaking is Ani's, not Igor's)
            spans = spans_of(p)
        if spans and self._heading(s, p):
            return []   # "Oscar Night's Record Book": a title over the piece states nothing
        if p is not None:
            spans = [m for m in spans if not self._other_event(p, m)
                     and not rebound(p, m, self.kb) and not other_deed_beside(p, m, self.kb)
                     and not doer_only_quoted(p, m, self.kb, ms)
                     and not only_aside(p, m, ms) and not self._other_holder(p, m)
                     and not self._pronoun_of_another(m, ms)
                     and not self._record_of_no_one(p, m, ms)
                     and not self._other_work(ms, m, s, p)
                     and not self._time_left_out(p, m)
                     and not self._story_deed_off_story(p, m)
                     and not self._other_cut(p, m) and not self._judged(p, m)]
        if not spans:
            return []
        for c in found:
            if c.slots.get("kind") in TYPED_ONLY or c.slots.get("part") \
                    or c.slots.get("amount") is not None:
                continue
            if c.category == "plot" and c.slots.get("unknown"):
                continue   # a story person or place the KB lacks ("Ani's parents"): no note
                # of the KB's tells of them   # (a part of a film: what the film's facts say is not its answer;
                # a sum a deed states is its own check's: the note's words miss its currency)
            # best first: the first span holding the whole claim says everything it says
            m = next((m for m in spans if m.start <= c.start and c.end <= m.end), None)
            if m is not None and c.slots.get("year") is not None \
                    and str(c.slots["year"]) not in note_of(self.kb, m.fact).terms.nums:
                continue   # the claim's year is a slot the note does not state ("X (2018)")
            if m is not None and not self._states_section(c, m.fact):
                continue   # "premiered in competition": a note that names another section
                # (or none) does not say which section the film played
            if m is not None and not self._names_credited(c, m.fact):
                continue   # "Anora's distributor, A24, threw a party": a note on a party does
                # not say who distributed the film
            if m is not None:
                c.slots["note_fact"] = m.fact.id
        out = []
        # a typed claim speaks where it stands: a note must not contradict its verdict. The
        # spans over it are set aside before the best disjoint ones are chosen, so that the
        # other clauses of a chained summary are still matched on their own ("Igor drives
        # Ani home and gives back her ring": the deed claim speaks for the drive, a note for
        # the ring)
        # (and over the words a claim judges past its own: a story deed's purpose and how long
        # it lasts, `reach`)
        free = [m for m in spans if not any(
            m.start < max(c.end, c.slots.get("reach") or 0) and c.start < m.end for c in found)]
        for m in disjoint(free):
            if p is not None and (self._unasserted(p, m.start, m.end)
                                  or self._qualifier_only(p, m) or self._cleft_only(p, m)
                                  or self._contrasted(p, m)):
                continue
            f = m.fact
            cat = ANY_CATEGORY.search(self.text, m.start, m.end)
            if cat and not (f.qualifiers.get("category") in ("record", "festival", "filmography")
                            and cat.group(0).lower() in f.value.lower()):
                continue  # "it won Best Feature" is the award facts' (a record note naming
                # the same category may speak: "Neon's second Best Picture")
            category = "plot" if f.predicate == "plot" else f.qualifiers.get("category") or "other"
            subject = res.film(s) if f.predicate == "plot" else f.subject
            out.append(self._claim(s, hedged, category, m.start, m.end, subject or f.subject,
                                   f.predicate, f.value, kind="statement", fact_id=f.id))
        return out

    def _other_holder(self, p, m) -> bool:
        """Whether the span's verbs are said of a named other than its record note's holder: a
        record is its holder's, and a clause whose subject is one the note only lists ("after
        Marty, Parasite"; "previous record: ... Parasite") does not state it ("Parasite took
        the top prize" is not Anora's record). So is a person's deed: a clause whose subjects
        are other people does not state it ("Madison thanked Baker" is not Baker's thanks);
        nor does one whose subjects are people or characters a person's note does not name."""
        f, arg_at = m.fact, getattr(p, "arg_at", None)
        # (a person's note whose every part opens with its verb, "thanked X for ...", is the
        # person's deed; a part that opens with a name, "Baker wrote the role for her", is
        # someone else's)
        person = getattr(self.kb.entity(f.subject), "type", None) == "person"
        deed = person and all(x.strip()[:1].islower() for x in str(f.value).split(";")
                              if x.strip())
        if f.qualifiers.get("category") != "record" and not person or arg_at is None:
            return False
        subjects, inside = set(), {t.i for t in p.doc if m.start <= p.offset + t.idx < m.end}
        for t in p.doc:   # the span's own top verbs (not "the three that Bong won" in it)
            if t.i in inside and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") \
                    and (t.head.i not in inside or t.head.i == t.i):
                sub = subject_token(t)
                if sub is None and t.dep_ in ("conj", "dep") and t.head.pos_ in ("VERB", "AUX"):
                    sub = subject_token(t.head)   # "X won ..., then won four Oscars"
                a = arg_at(sub.i) if sub is not None else None
                if a is not None and a.entity:
                    subjects.add(a.entity)
                elif sub is not None and sub.pos_ == "NOUN":
                    # "Bong Joon Ho's masterpiece won four Oscars": a noun whose owner is
                    # named is the owner's work, not the record's holder
                    subjects |= {o.entity for c in sub.children if c.dep_ == "poss"
                                 for o in [arg_at(c.i)] if o is not None and o.entity}
        if f.qualifiers.get("category") == "record":
            return bool(subjects) and f.subject not in subjects
        kinds = ("person",) if deed else ("person", "character")
        subjects = {x for x in subjects if getattr(self.kb.entity(x), "type", None) in kinds}
        if deed:   # (a person's deed: said of other people only)
            return bool(subjects) and f.subject not in subjects
        # any other note on a person: said of people or characters it does not name ("Ani is
        # paid off and sent home" is not a note that "Baker sent him the script")
        words = {w.strip(".,;:()'\"").lower() for w in str(f.value).split()}
        return bool(subjects) and f.subject not in subjects and not any(
            self.kb.label(x).split()[-1].lower() in words for x in subjects)

    def _record_of_no_one(self, p, m, ms: list[Mention]) -> bool:
        """Whether the span of a record note names no one and nothing: no name of the
        sentence's mentions and no pronoun in it, nor a subject it borrows from the clause it
        hangs on. A record is its holder's; numbers and nouns of the note said of a bare
        description ("At the 2024 ceremony, which was the 97th edition" beside the note that
        films from Cannes 2024 won a record nine Oscars at the 97th ceremony) do not state it.
        So is a note of a film's or a person's prizes ("the film won five Oscars") for a span
        with no verb: a haul is its winner's, and "a five-time Oscar winner" said of no one
        does not state it (a verb's subject outside the span is its doer)."""
        record = m.fact.qualifiers.get("category") == "record"
        if not record and not (
                note_of(self.kb, m.fact).prized and getattr(
                    self.kb.entity(m.fact.subject), "type", None) in ("film", "person")):
            return False
        # a prize or a ceremony named in the span is what was won, not who won it ("a
        # five-time Oscar winner" names no holder): only the note's holder or a name that
        # could hold a record counts
        if any(m.start <= x.start and x.end <= m.end and (
                x.entity.id == m.fact.subject or x.entity_type not in ("award", "ceremony"))
               for x in ms):
            return False
        inside = [t for t in p.doc if m.start <= p.offset + t.idx < m.end]
        if not inside or any(t.tag_ in ("PRP", "PRP$") for t in inside):
            return False
        if not record and any(t.pos_ in ("VERB", "AUX") for t in inside):
            return False
        if any(t.dep_ == "det" and t.lower_ in ("this", "that", "these", "those")
               for t in inside):
            return False   # "That haul set a record": a demonstrative points back, as a
            # pronoun does, to what was named before
        # the span's verbs' subjects outside it ("..., then took Best Picture"): borrowed
        ids = {t.i for t in inside}
        for t in inside:
            if t.pos_ in ("VERB", "AUX") and t.dep_ == "conj" and t.head.i not in ids:
                return False   # "which won in 1955 and then took ...": the first verb's
            if t.pos_ in ("VERB", "AUX") and subject_token(t) is None and (
                    t.head.i not in ids and t.head.i != t.i):
                return False
        return True

    def _pronoun_of_another(self, m, ms: list[Mention]) -> bool:
        """Whether the span's person is said only by pronouns that cannot be the note's person
        holder, all of the other gender ("Baker wrote the part for him" is not the note that
        Baker wrote Anora for Mikey Madison)."""
        holder = m.fact.subject
        if getattr(self.kb.entity(holder), "type", None) != "person" or any(
                x.entity.id == holder for x in ms if m.start <= x.start < m.end):
            return False
        said = pronoun_genders(self.text[m.start:m.end])
        want = self.res.gender(holder) if said else None
        return want is not None and want not in said

    def _other_work(self, ms: list[Mention], m, s: Sentence, p=None) -> bool:
        """Whether a note on one credit is matched in a sentence about another: the note's
        works (qualifier `about`) are films the sentence does not name, it names a KB film (or
        its subject is "it", the film of the passage: "It was his first film in competition"
        is not his note on another film), and the span itself names nothing but the note's
        holder ("Sean Baker finished Anora, shot on an iPhone" is not his note on Tangerine)."""
        f = m.fact
        if f.qualifiers.get("category") != "filmography":
            return False
        works = {x for x in f.qualifiers.get("about") or ()
                 if getattr(self.kb.entity(x), "type", None) == "film"}
        it = next((p.offset + t.idx for t in p.doc if t.lower_ in FILM_PRONOUNS
                   and t.dep_ in ("nsubj", "nsubjpass") and m.start <= p.offset + t.idx < m.end),
                  None) if p is not None else None
        film = self.res.film_at(s, it) if it is not None else None
        if works and film is not None:
            return film not in works   # the span's own subject is a film: that one's note
        named = {x.entity.id for x in ms if x.entity_type == "film"}
        inside = {x.entity.id for x in ms if m.start <= x.start and x.end <= m.end}
        # (a span naming what the note is about itself, a character say, is that credit's)
        return bool(works) and bool(named) and not works & named and not inside - {f.subject}

    @staticmethod
    def _cleft_only(p, m) -> bool:
        """Whether the span is only the frame of a cleft ("At the end, it is Garnick" of "...
        who drives her home"): "it" + "be" + a noun whose relative clause, what is said of it,
        lies beyond the span."""
        off = p.offset
        for t in p.doc:
            if t.lemma_ != "be" or not m.start <= off + t.idx < m.end or not any(
                    c.dep_ == "nsubj" and c.lower_ == "it" for c in t.children):
                continue
            # what is said of the noun: a relative clause on it, or one the parse hangs on
            # the copula ("it is Garnick who drives", drives a complement of "is")
            # (or on a name the noun is contrasted with: "it is Toros, not Igor, who ...")
            said = [c for a in t.children if a.dep_ in ("attr", "acomp")
                    for x in [a, *(k for k in a.children if contrast_head(k) is not None)]
                    for c in x.children if c.dep_ == "relcl"] + [
                c for c in t.children if c.dep_ in ("ccomp", "relcl") and any(
                    x.tag_ in ("WP", "WDT") or x.lower_ == "that" for x in c.children)]
            if any(off + c.idx >= m.end for c in said):
                return True
        return False

    @staticmethod
    def _contrasted(p, m) -> bool:
        """Whether the span sets one name against another ("It was Vanya, not Ani, who paid
        her"; frames `_contrastive`): it says who did it, which a note matched on its words
        does not judge, and its "not" denies nothing. So is a relative clause said of the name
        a contrast sets against (", not Igor, who gives back the ring": not Igor)."""
        return any(t.dep_ == "neg" and _contrastive(t) or t.dep_ == "relcl" and (
            contrast_head(t.head) is not None or any(
                c.dep_ == "neg" and _contrastive(c) for c in t.head.children))
            for t in p.doc if m.start <= p.offset + t.idx < m.end)

    @staticmethod
    def _qualifier_only(p, m) -> bool:
        """Whether the span is only the time of a verb outside it ("After a New Year's Eve
        party, ..."): it has no verb, and its phrase is a preposition of time (`plot.
        time_prepositions`, or one whose object is a noun of time, `plot.time_phrase_nouns`:
        "but on Oscar night, it was ...") set before the verb it hangs on, beyond the span.
        When a clause happens is the clause's, not a statement of its own (a phrase after its
        verb may be its argument: "takes the group to the Tatiana Grill"; "From the motel in X
        to ..." may say where a film is set). A conjunction the span opens with only joins."""
        inside = [t for t in p.doc if m.start <= p.offset + t.idx < m.end]
        if not inside or any(t.pos_ in ("VERB", "AUX") for t in inside):
            return False
        ids = {t.i for t in inside}
        tops = [t for t in inside if (t.head.i not in ids or t.head.i == t.i)
                and not (t.i == inside[0].i and t.dep_ in ("cc", "punct"))]
        plot = lexicon().section("plot")
        when = set(plot.get("time_prepositions") or ())
        nouns = set(plot.get("time_phrase_nouns") or ())
        for moment in ("ending_phrases", "opening_phrases"):   # "in the closing scene of
            # Anora": a moment of the story, as the note matching reads it (statements._moment)
            e = plot.get(moment) or {}
            nouns |= set(e.get("nouns") or ()) | set(e.get("scene_nouns") or ())
        return len(tops) == 1 and tops[0].dep_ == "prep" and (tops[0].lower_ in when or any(
            o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in tops[0].children)) \
            and tops[0].head.i not in ids and tops[0].i < tops[0].head.i \
            and (tops[0].head.pos_ in ("VERB", "AUX") or tops[0].head.dep_ == "ROOT")
        # (the sentence's root the phrase hangs on is its verb though the parser tagged it a
        # noun: "During the home invasion, Ani kicks and breaks ...", "kicks" read as a noun)

    @staticmethod
    def _time_left_out(p, m) -> bool:
        """Whether a story note's span leaves out when its own verb's deed happens: a phrase
        of time (`plot.time_prepositions`) on a verb of the span, outside the span ("Ani quits
        the club | before the wedding"). When the deed happens is a slot of the clause; the
        span that holds it is the one to match ("... after the wedding" against the note)."""
        if m.fact.predicate != "plot" and m.fact.qualifiers.get("category") != "plot":
            return False
        off = p.offset
        inside = [t for t in p.doc if m.start <= off + t.idx < m.end]
        when = set(lexicon().section("plot").get("time_prepositions") or ())
        return any(c.dep_ == "prep" and c.lower_ in when and not m.start <= off + c.idx < m.end
                   and any(o.dep_ == "pobj" for o in c.children)
                   for t in inside if t.pos_ in ("VERB", "AUX") for c in t.children)

    @staticmethod
    def _judged(p, m) -> bool:
        """Whether the span ranks by taste: a superlative of taste (or "most" with an
        adjective of taste, `notes.taste_*`) on a noun of the span that is no prize's
        category ("the best thing he has made", "his best film", not "won best film" or "the
        best actress winner"): an opinion, which no note states."""
        sup, adj, heads = _taste_words()
        for t in p.doc:
            if not m.start <= p.offset + t.idx < m.end or t.dep_ != "amod":
                continue
            tasted = t.lower_ in sup or t.lower_ in adj and any(
                c.lower_ == "most" for c in t.children)
            head = t.head
            if tasted and t.text.islower() and head.text.islower() and head.dep_ != "compound" \
                    and (head.lemma_.lower() not in heads
                         or any(c.dep_ in ("det", "poss") for c in head.children)):
                return True   # ("his best film", "the best film of the year"; not a prize,
                # "won best film", "the best picture race")
        return False

    @staticmethod
    def _other_cut(p, m) -> bool:
        """Whether the span's verbs are said of another version than the film ("In a deleted
        scene, Ani and Vanya marry in Las Vegas", `cast.other_version`): a note of the film's
        story does not tell that version's."""
        from .cast import other_version
        return any(m.start <= p.offset + t.idx < m.end and t.pos_ in ("VERB", "AUX")
                   and other_version(t) for t in p.doc)

    @staticmethod
    def _story_deed_off_story(p, m) -> bool:
        """Whether the span tells what a character does in the story (a verb whose active
        subject is a character: "Ani and her friend Lulu dance at the club") and the note is no
        note of the story: a note on the actor who plays the part ("Luna Sofía Miranda;
        role: consultant on strip-club lingo ... (also plays Lulu)") does not tell it."""
        f = m.fact
        arg_at = getattr(p, "arg_at", None)   # (a bare parse has no names bound)
        if arg_at is None or f.predicate == "plot" or f.qualifiers.get("category") == "plot":
            return False
        for t in p.doc:
            if not m.start <= p.offset + t.idx < m.end or not (
                    t.pos_ == "VERB" or t.pos_ == "NOUN" and t.dep_ == "ROOT"):
                continue
            s = _deed_subject(t)
            if s is not None and s.dep_ == "nsubj" \
                    and getattr(arg_at(s.i), "kind", None) == "character":
                return True
        return False

    def _other_event(self, p, m) -> bool:
        """Whether the span tells an event the note does not: it has verbs of content heading
        its clauses ("an Armenian priest who is pulled out of a wedding") and the note holds
        none of them, in any of their words ("called away from a christening" is another
        event, though the note's other words are the clause's)."""
        f = m.fact
        if f.predicate != "plot" and f.qualifiers.get("category") != "plot":
            return False   # a story's events; a career note's verbs vary more ("trained at")
        vocab = note_of(self.kb, f).vocab
        told = []
        for t in p.doc:
            if t.pos_ != "VERB" or t.dep_ not in CLAUSE_HEADS \
                    or not m.start <= p.offset + t.idx < m.end:
                continue
            kind, got = _token(t.lower_)   # a light verb ("takes", "gives") tells no event
            if kind == "w" and got[0]:
                told.append(set(got[0]) | set(_token(t.lemma_.lower())[1][0] or ()))
            same = [n for n in _note_doc(f) if n.lemma_.lower() == t.lemma_.lower()]
            if any(c.dep_ == "prt" for c in t.children) and same and not any(
                    n.pos_ in ("VERB", "AUX") for n in same):
                return True   # a phrasal verb ("end up together") whose word the note has
                # only as another part of speech ("at the end"): another event
        return bool(told) and not any(w in vocab for words in told for w in words)

    @staticmethod
    def _unasserted(p, start: int, end: int) -> bool:
        """Whether every verb of the span is in a condition ("if ...", "unless ...") or a
        prediction or wish ("might win", "is expected to win")."""
        def conditional(t) -> bool:
            return any(c.dep_ == "mark" and c.lower_ in CONDITIONALS
                       for x in [t, *t.ancestors] for c in x.children)
        def inherited(t) -> bool:
            # "may become the first person to win four Oscars": a verb with no subject and
            # no tense of its own says what the verb above it says, forecast or not
            if t.tag_ not in ("VB", "VBG", "VBN") or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return False
            up = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return up is not None and (conditional(up) or unasserted(up) or inherited(up))
        def expecting(t) -> bool:   # "is expected to become": the expectation, not the deed
            return _irrealis(t) and any(c.dep_ in ("xcomp", "ccomp") for c in t.children)
        # "refuses to pay her", "wants to marry her": the story's deed under a verb of wish or
        # refusal (`plot.wish_verbs`) is not told as done, and that verb tells only the wish
        wishes = frozenset(lexicon().section("plot").get("wish_verbs") or ())

        def wishing(t) -> bool:
            return t.lemma_.lower() in wishes and any(
                c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in t.children)

        def wished(t) -> bool:
            return t.dep_ == "xcomp" and wishing(t.head)
        verbs = [t for t in p.doc if t.pos_ in ("VERB", "AUX")
                 and t.dep_ not in ("aux", "auxpass") and start <= p.offset + t.idx < end]
        return bool(verbs) and all(conditional(t) or unasserted(t) or inherited(t)
                                   or expecting(t) or wishing(t) or wished(t) for t in verbs)

    def _claim(self, s: Sentence, hedged: bool, category: str, start: int, end: int,
               subject: Optional[str], predicate: str, obj, **slots) -> Claim:
        text = self.text
        start, end = max(s.start, start), min(s.end, max(end, start + 1))
        while start > s.start and text[start - 1].isalnum():   # whole words, no trailing
            start -= 1                                          # punctuation
        while end < s.end and text[end].isalnum():
            end += 1
        while end > start and text[end - 1] in " ,;:—–-(":
            end -= 1
        if end < s.end and text[end] == ")" and "(" in text[start:end]:
            end += 1
        aside = _SUBJECT_ASIDE.match(text, start, end)
        if aside and end - aside.end() > 10:
            start = aside.end()  # "The film, which runs two hours, was written by ..."
        negated = bool(NEGATION.search(text, start, end))
        if DENIAL.match(text, end, s.end):
            negated = not negated  # "some summaries claim X, which simply does not happen"
        ref = EntityRef(subject, self.kb.label(subject)) if subject else None
        return Claim(id="", start=start, end=end, text=text[start:end], category=category,
                     subject=ref, predicate=predicate, object=obj, hedged=hedged,
                     slots=dict(slots, subject=subject, negated=negated))
