"""Claims: check-worthy statements from a linked document, each with structured slots.

Sentences are read in order so "the film", "she" and "the director" resolve to what the
paragraph is about; hedges ("legend has it", "reportedly") mark every claim in their scope.
"""
from __future__ import annotations

from functools import partial

import re
from typing import Optional

from ..model import Claim, Document, Mention
from ..textutil import year_month
from .ages import AgeReader
from .awards import AwardReader, is_award_heading
from .cast import CastReader
from .crew import CrewReader
from .descriptions import (DescriptionReader, character_description_claims,
                           entity_description_claims)
from .festivals import FestivalReader
from .filmography import FilmographyReader
from .intervals import IntervalReader
from .locations import LocationReader
from .hosts import HostReader
from .names import NameReader
from .notes import NoteReader
from .origins import OriginReader
from .plot import PlotReader
from .quantities import QuantityReader
from .spouses import SpouseReader
from .records import RecordReader
from .prize_ranks import rank_claims
from .context import UNKNOWN_PERSON, Resolver, by_sentence, written_by
from .accounting import record as record_slots
from .dates import DateReader
from .frames import build_frames, conditional_outcome, layout_frames
from .parse import lexicon, parse_sentences
from .text import split_sentences

HEDGE_RX = re.compile(
    r"\b(?:reportedly|allegedly|rumou?r(?:s|ed)?|legend(?:s)? (?:has|have) it|its legend|"
    r"(?:some|many|several) (?:\w+ )?(?:attendees|fans|viewers|people|critics|insiders|"
    r"summaries|reports|sites|outlets|articles|accounts|posts|blogs) (?:online |on \w+ )?"
    r"(?:swore|swear|claim(?:ed)?|say|said|believe[ds]?|insist(?:ed)?)|fans (?:believe|think|say)|"
    r"it is said|it's said|supposedly|speculat\w+|unconfirmed|purported(?:ly)?|is said to|"
    r"are said to|was said to|were said to|according to (?:rumou?rs|gossip|whispers|legend)|"
    r"a reported(?= [$\d])|"
    r"gossip|hearsay|fan theor\w+|whispers?|apocryphal|urban legend|may have|might have|"
    r"could have|it seems|seemingly|apparently|ostensibly|would later|some say|word is|without (?:offering |giving |any )?"
    r"(?:evidence|proof)|(?:an?|one) (?:\w+ ){0,3}(?:executive|insider|source|rival|observer)s? "
    r"(?:claimed|claims|alleged|alleges|said|says|insisted))\b", re.I)
# every HEDGE_RX alternative contains one of these: a C-speed substring test skips the regex
_HEDGE_WORDS = ("reported", "alleged", "rumo", "legend", "swor", "swear", "claim", "say", "said",
                "apparent", "ostensib",
                "believ", "insist", "suppos", "speculat", "unconfirmed", "purport", "gossip",
                "hearsay", "theor", "whisper", "apocryphal", "may have", "might have",
                "could have", "seem", "would later", "word is", "without", "think")


def _maybe_hedged(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _HEDGE_WORDS)


OPINION_RX = re.compile(r"\b(?:I think|I believe|in my opinion|arguably|masterpiece|should|"
                        r"deserves?|must-see|we think)\b", re.I)


def extract_claims(doc: Document, mentions: list[Mention], kb) -> list[Claim]:
    text = doc.text
    sentences = split_sentences(text)
    in_s = by_sentence(mentions, sentences)
    parsed = parse_sentences(text, sentences, in_s)   # the linguistic layer, candidates only
    not_names = {x for p in parsed.values() for x in p.not_names}
    if not_names:   # a mention the parse reads as a count is no film for "it" to stand for
        mentions = [m for m in mentions if (m.start, m.end) not in not_names]
        in_s = by_sentence(mentions, sentences)
    res = Resolver(kb, mentions, text, sentences)
    written = written_by(doc)
    awards = AwardReader(kb, res, text, written=(
        written_by(doc, mentions, kb), written if doc.date else None))
    ages = AgeReader(kb, res, text, borrow=lambda para: awards.para_ceremony.get(para)
                     or awards.para_ceremony.get(para - 1),
                     written=written_by(doc, mentions, kb))
    dates = DateReader(kb, res, text, borrow=lambda para: awards.para_ceremony.get(para)
                       or awards.para_ceremony.get(para - 1), written=written,
                       dated=bool(doc.date), day=doc.date)
    cast = CastReader(kb, res, text)
    described = DescriptionReader(kb, res, text)
    origins = OriginReader(kb, text, res)
    festivals = FestivalReader(kb, res, text, calendar=dates.calendar)
    locations = LocationReader(kb, res, text, borrow=lambda para: awards.para_ceremony.get(para))
    hosts = HostReader(kb, res, text, borrow=lambda para: awards.para_ceremony.get(para))
    story = PlotReader(kb, res, text)
    quantities = QuantityReader(kb, res, text, dated=year_month(doc.date))
    crew = CrewReader(kb, res, text)
    spouses = SpouseReader(kb, res, text)
    names = NameReader(kb, res, text)
    records = RecordReader(kb, res, text, awards, written=written)
    dates.records = records   # the achievements a date may be the first time of
    filmography = FilmographyReader(kb, res, text)
    notes = NoteReader(kb, res, text)
    intervals = IntervalReader(kb, res, text)
    claims: list[Claim] = []
    hedged_para = -1
    para_ms: list[Mention] = []
    cur_para = -1
    for si, s in enumerate(sentences):
        if s.paragraph != cur_para:
            cur_para, para_ms = s.paragraph, []
        ms = in_s[si]
        hearsay = _hearsay(parsed.get(si))
        said = [m.group(0).lower() for m in HEDGE_RX.finditer(s.text)] \
            if _maybe_hedged(s.text) else []
        own = bool(said) or hearsay
        hedged = own or hedged_para == s.paragraph or _attributed(parsed.get(si)) or (
            parsed.get(si) is not None and any(conditional_outcome(t) for t in parsed[si].doc
                                               if t.dep_ == "ROOT"))
        if own and (hearsay or not (_adverb_hedge(said) or _raised_hedge(parsed.get(si)))):
            hedged_para = s.paragraph
        if s.text.rstrip().endswith("?") and not _asserts(parsed.get(si)):
            p = parsed.get(si)   # a question read with the answer after it
            if p is not None and p.answer is not None:
                frames = build_frames(p)
                answered = awards.sentence_claims(p, frames, hedged)
                answered += festivals.sentence_claims(p, frames, hedged)
                answered += dates.answer_claims(p, hedged)   # "When ...? On May 21."
                answered += locations.sentence_claims(p, frames, hedged)   # "Where ...? ..."
                # "Who plays Igor? Jane Roe.": a cast pairing the answer fills (one that spans
                # the answer: the question's own words assert nothing)
                at = p.sentence.start + p.doc[p.answer].idx
                answered += [c for c in cast.sentence_claims(p, frames, hedged) if c.end > at]
                record_slots(p, answered)   # (the answer's slots are accounted for too)
                claims += answered
            if p is not None:   # what "it happened in 1954", "this feat" after it stand for
                dates.see(p)
                records.see(p)
                if p.answer is None:   # ... and the show "Did X win Oscars?" asks about is
                    awards.see(p)      # the one the answer after it speaks of
            res.see(s, ms)
            para_ms += ms
            continue
        found: list[Claim] = []
        p = parsed.get(si)
        if p is not None:
            res.see_unknown_subjects(s, _unknown_subjects(p))
            res.see_owned_films(s, _owned_films(p))
            res.see_new_films(_new_films(p))
            res.see_reference_films(_reference_films(p))
            for pos in _described_subjects(p):
                # "The film, which matched a record set by X, won ...": the film the main
                # clause is about is named here, at its subject, before the X its own
                # clause names; a later "its" means it, not X
                res.note_film(pos, res.focus(s, pos))
            frames = build_frames(p)
            laid = layout_frames(p, partial(is_award_heading, bare_ok=partial(
                awards.winners_list, p)), headings=not frames)
            # a list's row of names alone ("Jane Roe, Harbour Lights (winner)"): what it states,
            # the headings over its list say, not the winner word marking it
            frames = laid if any(f.bare_row for f in laid) else frames + laid
            found += awards.sentence_claims(p, frames, hedged)
            found += ages.sentence_claims(p, hedged, found)
            found += described.sentence_claims(p, hedged)
            found += origins.sentence_claims(p, hedged)
            found += dates.sentence_claims(p, hedged, found)
            found += festivals.sentence_claims(p, frames, hedged)
            found += quantities.sentence_claims(p, frames, hedged)
            found += crew.sentence_claims(p, hedged)
            found += spouses.sentence_claims(p, hedged)
            found += names.sentence_claims(p, hedged)
            found += records.sentence_claims(p, frames, hedged, found)
            found += rank_claims(kb, text, p, hedged, found,   # "the Grand Prix, its top prize"
                                 awards.para_ceremony.get(s.paragraph))
            found += intervals.sentence_claims(p, hedged, found)
            found += filmography.sentence_claims(p, hedged, frames)
            found += story.sentence_claims(p, hedged)
        played = cast.sentence_claims(p, frames, hedged) if p is not None else []
        placed = locations.sentence_claims(p, frames, hedged, found) if p is not None else []
        placed += hosts.sentence_claims(p, frames, hedged) if p is not None else []
        found += played
        found += placed
        found = _dedupe(found)
        found = [c for c in found if not (c.slots.get("kind") == "work_year" and not c.slots.get(
            "modifier") or c.slots.get("possessive")) or not any(
            o is not c and not o.slots.get("possessive") and o.start < c.end and c.start < o.end
            and not (c.slots.get("own_clause") and o.end < c.end)
            for o in found)]  # a year said
        # of a film inside another claim ("MASH won in 1971") belongs to that claim, and so
        # does a possessive credit ("Haneke's Amour won") and an aside its words hold -- but
        # not an aside that says which of its maker's films the work is ("Anora, Baker's
        # fourth feature, won ..."): no other claim judges that place; nor a year said in a
        # clause of its own about the film ("appeared in Scream, which came out in 2022"),
        # unless the other claim's words run over it
        found = [c for c in found if not c.slots.get("aside") or c.slots.get("ordinal") or not any(
            o is not c and o.start <= c.start and c.end <= o.end for o in found)]
        found = _yield_readings(found)
        found += notes.sentence_claims(s, ms, para_ms, hedged, found, p)
        if p is not None:   # what a character is said to be, where nothing else reads it
            found += character_description_claims(kb, p, text, hedged, found)
            # ... and what a person or film is said to be beside its name: its own claim
            found += entity_description_claims(kb, p, text, hedged, found)
        if p is not None:   # a hedged event no family claims is a rumour
            found += story.rumour_claims(p, hedged, found)
        if OTHER_FILM.search(s.text):  # "an Anora sequel set in Moscow" is not about Anora
            same = _sequel_named(p)   # ... but "Top Gun: Maverick — the sequel ..." is
            spans = _sequel_spans(p)   # (and only the clauses the sequel word is in are)
            found = [c for c in found if not _about_a_film(kb, c)
                     or (same is not None and c.slots.get("subject") == same)
                     or spans is not None and not any(c.start < b and a < c.end
                                                      for a, b in spans)]
        if hedged and p is not None:
            _scope_hedge(p, found, own_clauses=not hearsay)
        record_slots(p, found)   # what each claim's clause states, for the verifier's account
        claims += found
        res.see(s, ms, _subject_person(p, s, ms, found, res), _unknown_subject(p),
                _object_pronouns(p))
        para_ms += ms
    _mark_guessed_names(claims, mentions)
    for c in claims:   # "Best Director: Jane Roe (Harbour Lights": a span that opens a
        # bracket and stops right before its close takes the close too
        if c.text.count("(") > c.text.count(")") and text[c.end:c.end + 1] == ")":
            c.end += 1
            c.text = text[c.start:c.end]
    claims.sort(key=lambda c: (c.start, c.end))
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
    return claims


def _mark_guessed_names(claims: list[Claim], mentions: list[Mention]) -> None:
    """A claim about a name the linker took for a misspelling by changing a whole word ("Two
    Towers" read as the film Two Soldiers), not letters within words, rests on a guess at what
    the writer meant: its slot `subject_guessed` holds the words written (the verifier never
    refutes on it). A typo within words ("Adrien Brodie") is no such guess."""
    from rapidfuzz import fuzz
    from ..textutil import fold
    for m in mentions:
        if m.how != "fuzzy" or m.issue != "misspelled" or not m.suggestion:
            continue
        written, meant = fold(m.text).split(), fold(m.suggestion).split()
        if len(written) != len(meant) or all(fuzz.ratio(a, b) >= 60
                                              for a, b in zip(written, meant)):
            continue
        for c in claims:
            if c.start <= m.start < c.end and m.entity.id in (
                    c.slots.get("subject"), getattr(c.subject, "id", None)):
                c.slots["subject_guessed"] = m.text


def _overlaps(c: Claim, o: Claim) -> bool:
    return o.start < c.end and c.start < o.end


# Readings of the same words by two families, the first yielding to the second: (whether a
# claim is the yielding reading, whether another claim of the sentence is the one it yields to).
_YIELDS = (
    # a win told inside a record ("became the first woman to win ...") yields to the
    # record's own claim, where the record family has one
    (lambda c: c.slots.get("in_record"),
     lambda c, o: o.slots.get("kind") == "record" and _overlaps(c, o)),
    # "..., her first Oscar": the aside read as a prize with a career ordinal yields to the
    # records family's count of the holder's prizes up to the win the sentence names
    (lambda c: c.slots.get("career_ordinal"),
     lambda c, o: o.slots.get("kind") == "nth_prize" and o.slots.get("subject") == c.slots.get(
         "subject") and o.start <= c.start and c.end <= o.end),
    # "..., his first Oscar in 17 years": the aside read as a prize whose ordinal ends a gap
    # yields to the records family's measure of the gap back to the holder's prize before
    (lambda c: c.slots.get("ordinal_gap"),
     lambda c, o: o.slots.get("kind") == "nth_prize" and o.slots.get("gap")
     and o.slots.get("subject") == c.slots.get("subject")),
    # a prize reading that could not tell the category yields to one of the same winner over
    # the same words that did ("The first Best Picture winner was Wings": the records
    # family's first edition of Best Picture)
    (lambda c: c.slots.get("kind") == "award" and not c.slots.get("award")
     and not c.slots.get("family_only"),
     lambda c, o: o.slots.get("kind") == "award" and o.slots.get("award")
     and o.slots.get("subject") == c.slots.get("subject") and _overlaps(c, o)),
)


def _yield_readings(found: list[Claim]) -> list[Claim]:
    """The sentence's claims without the readings that yield to another claim of it."""
    for yields, to in _YIELDS:
        found = [c for c in found if not yields(c) or not any(
            o is not c and to(c, o) for o in found)]
    return found


_SUBJECTS = ("nsubj", "nsubjpass")


def _asserts(p) -> bool:
    """A question that asserts its clause: "Did you know (that) X?" -- a verb of knowing
    (lexicon qualifiers.asserting_questions) said of "you", with the clause as its complement.
    The sentence is read as the statement X."""
    if p is None or p.answer is not None:
        return False
    from .parse import lexicon
    verbs = set(lexicon().qualifiers.get("asserting_questions", ()))
    return any(t.dep_ == "ROOT" and t.lemma_.lower() in verbs
               and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in t.children)
               and any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in t.children)
               and any(c.dep_ == "ccomp" for c in t.children) for t in p.doc)


def _adverb_hedge(found: list[str]) -> bool:
    """Whether the sentence's hedges are all adverbs of a clause (lexicon
    `qualifiers.clause_hedges`: "an ovation that reportedly lasted ten minutes"): they hedge
    that clause, not the sentences after it, as a framing does ("Legend has it ...")."""
    from .parse import lexicon
    words = set(lexicon().qualifiers.get("clause_hedges", ()))
    return bool(found) and all(w in words for w in found)


def _raised_hedge(p) -> bool:
    """Whether every hedge of the sentence is a passive reporting verb raised over a named
    subject ("Villeneuve is said to be planning ...", "Brody is rumoured to be attached
    ..."): that works as an adverb of its clause ("reportedly"), so it hedges this clause,
    not the sentences after it; "It is rumoured that ..." frames what follows and does."""
    if p is None:
        return False
    off = p.offset
    spans = [(off + m.start(), off + m.end()) for m in HEDGE_RX.finditer(p.sentence.text)]
    if not spans:
        return False
    for a, b in spans:
        toks = [t for t in p.doc if a <= off + t.idx < b and t.pos_ == "VERB"]
        if not toks or not all(
                any(c.dep_ == "xcomp" for c in t.children)
                and any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in t.children)
                for t in toks):
            return False
    return True


def _hearsay(p) -> bool:
    """Whether the sentence reports what unnamed sources say ("Insiders claim ...", "Sources
    say ...", "Fans insist ..."): a reporting verb (lexicon `qualifiers.hearsay.verbs`) whose
    subject is a source noun (`hearsay.sources`) naming no one, or in the passive with no
    agent, with a clause it reports."""
    if p is None:
        return False
    from .parse import lexicon
    words = lexicon().qualifiers.get("hearsay") or {}
    verbs, sources = set(words.get("verbs") or ()), set(words.get("sources") or ())
    for t in p.doc:
        if t.lemma_.lower() not in verbs or not any(c.dep_ == "ccomp" for c in t.children):
            continue
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in sources and p.arg_at(c.i) is None
               for c in t.children):
            return True
        if any(c.dep_ == "auxpass" for c in t.children) and not any(
                c.dep_ == "agent" for c in t.children):
            return True   # "It is widely believed that ...", "it was claimed that ...": a
            # reporting verb in the passive with no one doing the reporting
    return False


def _unknown_subject(p) -> bool:
    """Whether the sentence's main clause has a proper name the KB lacks as its subject while
    it names a KB film elsewhere ("Harbour Lights beat La La Land"): the name may be a film."""
    if p is None or not any(a.kind == "film" and a.entity for a in p.args):
        return False
    for root in (t for t in p.doc if t.dep_ == "ROOT"):
        for t in root.children:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.ent_type_ not in (
                    "GPE", "LOC", "FAC", "NORP", "ORG", "EVENT", "DATE"):   # (not a place)
                a = p.arg_at(t.i)
                if a is None or not a.entity and a.kind in ("person", "work", "name"):
                    return True
    return False


def _unknown_subjects(p) -> list[int]:
    """Where the main clause and the clauses coordinated with it have a proper name the KB
    lacks as subject ("Harbour Lights won the Golden Bear, and it won ..."): an "it" after
    one may mean that name."""
    out = []
    for root in (t for t in p.doc if t.dep_ == "ROOT"):
        for v in [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in (
                "VERB", "AUX")]:
            for t in v.children:
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and \
                        t.ent_type_ not in ("GPE", "LOC", "FAC", "NORP", "ORG", "EVENT", "DATE"):
                    a = p.arg_at(t.i)
                    if a is None or not a.entity and a.kind in ("person", "work", "name"):
                        out.append(p.offset + (t.left_edge.idx if a is None else
                                               p.doc[a.first].idx))
    return out


def _reference_films(p) -> list[int]:
    """Where the sentence names a KB film inside a phrase a reference word opens after what it
    modifies (lexicon qualifiers.reference_words as a preposition: "his third Oscar after wins
    for X and Y", "a bigger hit than X"): the film is named only as a point of reference, and
    a later "the film" does not mean it."""
    from .parse import lexicon
    words = set(lexicon().qualifiers.get("reference_words", ()))
    out = []
    for t in p.doc:
        if t.lower_ not in words or t.dep_ != "prep" or t.i < t.head.i:
            continue   # a fronted phrase sets the scene ("Before Anora he led X")
        on_noun = t.head.pos_ in ("NOUN", "PROPN")
        direct = {o.i for o in t.children if o.dep_ == "pobj"}
        direct |= {c.i for i in direct for c in p.doc[i].conjuncts}
        for a in p.args:
            # on a verb, only a film inside the phrase's noun ("after wins for X", "years
            # after a turn in X"), not its object ("won after X", which may be the scene)
            if a.kind == "film" and a.entity and t.i < a.first and \
                    t.left_edge.i <= a.head <= t.right_edge.i and (on_noun or a.head not in direct):
                out.append(p.offset + p.doc[a.first].idx)
    return out


def _described_subjects(p) -> list[int]:
    """Positions of main-clause subjects that are a definite title noun with no name, owner
    or other determiner ("The film, which had matched the record set by X, won ..."): the
    sentence is about the film in focus before it, whatever film its subject's own clause
    names."""
    from .parse import focus_subject_nouns
    nouns = focus_subject_nouns()
    out = []
    for root in (t for t in p.doc if t.dep_ == "ROOT"):
        for t in root.children:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.lemma_.lower() not in nouns or \
                    t.pos_ != "NOUN" or p.arg_at(t.i) is not None:
                continue
            dets = [c for c in t.children if c.dep_ in ("det", "poss", "amod", "compound",
                                                         "nummod")]
            if [c.lower_ for c in dets] != ["the"] or t.left_edge.i != t.i - 1:
                continue   # "Sam Mendes's film", "the 2019 film", "the other film": not plain
            out.append(p.offset + t.left_edge.idx)
    return out


def _owned_films(p) -> list[tuple[int, str]]:
    """(position, owner) of each main-clause subject that is a film described by its owner
    and no title ("Sam Mendes's war film, ..., had been the frontrunner"): an "it" after it
    may mean that film, which is the passage's only if the KB credits the owner on it."""
    from .parse import lexicon
    nouns = set(lexicon().qualifiers.get("title_nouns", ())) | set(
        lexicon().qualifiers.get("film_descriptions", ()))
    out = []
    for root in (t for t in p.doc if t.dep_ == "ROOT"):
        for v in [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in (
                "VERB", "AUX")]:
            for t in v.children:
                # (or by its owner and a title the linker did not take as one: "Sam Mendes's
                # 1917", which it reads as a year)
                own = p.arg_at(t.i)
                if t.dep_ not in ("nsubj", "nsubjpass") or (
                        own is not None and (own.kind not in ("date", "cardinal")
                                             or t.pos_ != "NUM")) or (
                        t.lemma_.lower() not in nouns and t.pos_ not in ("PROPN", "NUM")):
                    continue
                for o in t.children:
                    a = p.arg_at(o.i) if o.dep_ == "poss" else None
                    if a is not None and a.kind == "person" and a.entity:
                        out.append((p.offset + t.left_edge.idx, a.entity))
    return out


def _new_films(p) -> list[int]:
    """Positions where a verb's object brings in a film of its own by an indefinite title noun
    marked as a project of its own (`new_work_words`: "is developing a new thriller", "has
    signed on to an untitled horror film", "another film"): "the film" after it
    may mean that one, which the KB does not know, rather than the film named before. Not a
    description said of something (an apposition, a predicate: "Anora is a comedy"), nor a
    second object ("calls Anora a comedy")."""
    from .parse import lexicon
    nouns = set(lexicon().qualifiers.get("title_nouns", ()))
    fresh = set(lexicon().qualifiers.get("new_work_words", ()))
    out = []
    for t in p.doc:
        if _introduced(p, t, nouns):
            out.append(p.offset + t.left_edge.idx)
            continue
        if t.lemma_.lower() not in nouns or t.pos_ != "NOUN" or p.arg_at(t.i) is not None \
                or t.dep_ not in ("dobj", "pobj") or not any(
                    c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children):
            continue
        if not any(c.dep_ in ("det", "amod") and c.lower_ in fresh for c in t.children):
            continue   # "wanted to make a film there", "plays like a romance": no new project
        verb = t.head.head if t.dep_ == "pobj" else t.head
        if t.dep_ == "pobj" and (t.head.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX")):
            continue   # "the star of a comedy", "in a film like this": not a verb's object
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be" or any(
                c.dep_ in ("dobj", "dative", "oprd", "ccomp") and c.i != t.i
                for c in verb.children):
            continue
        if any(c.dep_ in ("appos", "acl", "relcl") and p.arg_at(c.i) is not None
               for c in t.children) or t.i + 1 < len(p.doc) and p.arg_at(t.i + 1) is not None:
            continue   # "a new film, Anora", "the 2019 film Parasite": named after all
        out.append(p.offset + t.left_edge.idx)
    return out


def _introduced(p, t, nouns: set) -> bool:
    """Whether an indefinite title noun brings a film of its own in as the topic of a sentence
    that names no KB film: its main clause's subject ("A Latvian animated film about a cat
    surprised many") or what "there is" introduces ("There was also a documentary about ...").
    "The film" after it means that one, which the KB may not know, not the passage's film."""
    if t.lemma_.lower() not in nouns or t.pos_ != "NOUN" or p.arg_at(t.i) is not None \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) \
            or any(a.kind == "film" for a in p.args):
        return False
    head = t.head
    if t.dep_ == "ROOT":   # (the parser's reading of a clause as one noun phrase)
        return True
    if t.dep_ in ("nsubj", "nsubjpass"):
        return head.dep_ == "ROOT"
    return t.dep_ == "attr" and head.dep_ == "ROOT" and head.lemma_ == "be" and any(
        c.dep_ == "expl" for c in head.children)


def _attributed(p) -> bool:
    """Whether the sentence attributes what it says to a source naming no one ("..., according
    to one outlet", "According to some reports, ..."): lexicon `qualifiers.hearsay`'s
    attributions, with a source noun as the object. It hedges this sentence only."""
    if p is None:
        return False
    from .parse import lexicon
    words = lexicon().qualifiers.get("hearsay") or {}
    sources, attributions = set(words.get("sources") or ()), words.get("attributions") or {}
    # (a source noun, or anyone left unnamed: "according to a crew member", "according to
    # one trade paper", where the parser takes "one" for a number)
    return any((o.lemma_.lower() in sources or any(
                   d.dep_ in ("det", "nummod") and d.lower_ in ("a", "an", "one", "some")
                   for d in o.children)) and p.arg_at(o.i) is None
               for t in p.doc if t.lower_ in attributions
               for c in [t, *t.children] if c.lower_ == attributions[t.lower_]
               for o in c.children if o.dep_ == "pobj")


def _scope_hedge(p, found: list[Claim], own_clauses: bool = True) -> None:
    """A hedge in this sentence covers the clause it is said in, not what is said of that
    clause's subject on the side: in "Baker, 53, who wrote the film, reportedly went on
    stage" only the going on stage is reported; the age and the writing credit are told as
    fact. A claim outside every hedged clause is told as fact."""
    doc, off = p.doc, p.offset
    spans = [(off + m.start(), off + m.end()) for m in HEDGE_RX.finditer(p.sentence.text)]
    if not spans:
        return   # hedged by an earlier sentence of the paragraph: the whole sentence
    scope: set[int] = set()
    for a, b in spans:
        for t in doc:
            if not (a <= off + t.idx < b):
                continue
            v = t
            # ("..., according to a crew member": the participle that attributes is a
            # phrase of the clause it hangs on)
            while (v.pos_ not in ("VERB", "AUX") or v.dep_ == "prep") and v.head.i != v.i:
                v = v.head
            aside = {x.i for c in v.children if c.dep_ in _SUBJECTS for x in c.subtree}
            # a clause coordinated with it that has a subject of its own is told as fact
            # ("The film reportedly cost $10 million, and it runs 215 minutes")
            # (unless the sentence reports hearsay, which may be that clause's own: "...,
            # and insiders say the shoot lasted 21 days")
            aside |= {x.i for c in v.children if own_clauses and c.dep_ == "conj"
                      and c.pos_ in ("VERB", "AUX")
                      and any(g.dep_ in _SUBJECTS for g in c.children) for x in c.subtree}
            # a clause a semicolon parts from the hedged one is a sentence of its own, though
            # the parser may hang it on the hedged verb ("Brody won in 2025; he was reportedly
            # the youngest winner ...": the win is told as fact)
            semis = [x.i for x in doc if x.text == ";"]
            aside |= {x.i for c in v.children if c.dep_ in ("ccomp", "parataxis", "conj")
                      and c.pos_ in ("VERB", "AUX")
                      and any(g.dep_ in _SUBJECTS for g in c.children)
                      and any(min(y.i for y in c.subtree) > k > v.i
                              or max(y.i for y in c.subtree) < k < v.i for k in semis)
                      for x in c.subtree}
            scope |= {x.i for x in v.subtree} - aside
    if not scope:
        return
    chars = [(off + doc[i].idx, off + doc[i].idx + len(doc[i].text)) for i in scope]
    for c in found:
        if c.hedged and not any(a < c.end and c.start < b for a, b in chars):
            c.hedged = False


def _subject_person(p, s, ms: list[Mention], found: list[Claim] = (), res=None) -> Optional[str]:
    """The KB person a sentence's main clause has as its subject, if any: from the parse when
    the sentence was parsed and it finds one (a name, or a description a claim of the sentence
    resolved: "The 25-year-old actress attended ..."), else a person named first in the
    sentence."""
    if p is not None:
        roots = [t for t in p.doc if t.dep_ == "ROOT"]
        # a root the parser made of no verb ("In all she was nominated ...", read with "In"
        # as the root): the first verb with a subject of its own is the main clause
        roots = [r if r.pos_ in ("VERB", "AUX") else next(
            (v for v in r.subtree if v.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in v.children)), r) for r in roots]
        # a clause the parser fronted as the root's complement ("It was her third win, a
        # tally bettered only by X", "She won, he said") is what the sentence is about: first
        roots = [x for r in roots for x in [c for c in r.children if c.dep_ == "ccomp"
                                            and c.i < r.i and c.pos_ in ("VERB", "AUX")] + [r]]
        for root in roots:
            for t in root.children:
                if t.dep_ in ("nsubj", "nsubjpass"):
                    a = p.arg_at(t.i)
                    if a is None and t.pos_ == "NOUN":   # "The composer John Williams has
                        # ...": the name in apposition to the subject noun is who it is
                        a = next((b for c in t.children if c.dep_ == "appos" and c.i == t.i + 1
                                  or c.dep_ == "appos" and p.arg_at(c.i) is not None
                                  and p.arg_at(c.i).first == t.i + 1
                                  for b in (p.arg_at(c.i),) if b is not None), None)
                    if a is not None and a.kind == "person" and a.entity:
                        return a.entity
                    if t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and (
                            a is None or a.kind == "person" and not a.entity):
                        # a person the KB lacks ("Song Kang-ho, a frequent Bong
                        # collaborator, plays ..."): a "he" after it may be them
                        return UNKNOWN_PERSON
                    # "She ...", or "Her second win ...": the possessor of a relation noun
                    # (a win, a nomination) is its doer; of another noun ("Her rival was X")
                    # it is not who the sentence is about
                    pron = t if t.lower_ in ("he", "she") else next(
                        (c for c in t.children if c.dep_ == "poss"
                         and c.lower_ in ("his", "her")), None) \
                        if t.pos_ == "NOUN" and lexicon().noun_of(t) else None
                    if pron is None and t.lower_ in ("it", "this", "that") and \
                            root.lemma_ == "be":
                        # "It was her third win, ...": the copula equates the empty subject
                        # with a relation noun whose possessor is its doer
                        pron = next((o for c in root.children if c.dep_ == "attr"
                                     and c.pos_ == "NOUN" and lexicon().noun_of(c)
                                     for o in c.children if o.dep_ == "poss"
                                     and o.lower_ in ("his", "her")), None)
                    if a is None and pron is not None and res is not None:
                        # the one person the passage lets the pronoun be (the text goes on
                        # about her: a later "she" may be her)
                        cands = res.candidates(s, pron.lower_)
                        if len(cands) == 1:
                            return cands[0]
                    if (a is None or a.kind in ("date", "cardinal")) and \
                            t.pos_ in ("NOUN", "ADJ"):   # (the NER may take "The 47-year-old"
                        lo, hi = p.span_of(t.left_edge.i, t.i + 1)   # for a date)
                        who = {c.slots.get("subject") for c in found if c.start <= lo
                               and hi <= c.end and c.subject is not None
                               and c.slots.get("kind") in ("age", "filmography")}
                        if len(who) == 1 and None not in who:
                            return who.pop()
    lead = len(s.text) - len(s.text.lstrip(" \t\n\"“'‘"))
    first = min(ms, key=lambda m: m.start, default=None)
    if first is not None and first.entity_type == "person" and first.start == s.start + lead:
        return first.entity.id
    return None


def _object_pronouns(p) -> frozenset:
    """The genders of the pronouns a main verb with a subject of its own takes as its object
    ("Tarantino then cast her as Sadie": "f"): someone the sentence calls so who is not its
    subject (no reflexive, no possessive)."""
    if p is None:
        return frozenset()
    got = set()
    for v in (t for t in p.doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")):
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("he", "she")
                   for c in v.children):
            continue
        for o in v.children:
            if o.dep_ in ("dobj", "dative") and o.tag_ == "PRP" and o.lower_ in ("her", "him"):
                got.add("f" if o.lower_ == "her" else "m")
    return frozenset(got)


OTHER_FILM = re.compile(r"\b(?:sequel|prequel|remake|spin-?off|reboot)s?\b", re.I)


def _sequel_named(p) -> Optional[str]:
    """The film every sequel word of the sentence describes when each stands for a title the
    sentence names: set in apposition to it ("Dune: Part Two, the sequel, ...") or opening
    the description after a list entry's title and dash ("Top Gun: Maverick — The sequel
    premiered ..."); else None."""
    if p is None:
        return None
    doc, got = p.doc, set()
    for t in doc:
        if not OTHER_FILM.fullmatch(t.text):
            continue
        a = None
        if t.dep_ == "appos":
            a = p.arg_at(t.head.i)
        if a is None or a.kind != "film":
            first = next((x.i for x in doc if not x.is_space), None)
            e = p.arg_at(first) if first is not None else None
            if e is not None and e.kind == "film" and e.first == first and \
                    e.last < len(doc) and doc[e.last].text in ("—", "–", ":", "-") and \
                    t.left_edge.i == e.last + 1:
                a = e
        if a is None or a.kind != "film" or not a.entity:
            return None
        got.add(a.entity)
    return got.pop() if len(got) == 1 else None


def _sequel_spans(p) -> Optional[list[tuple[int, int]]]:
    """The document spans a sequel word speaks for: its noun phrase (with any clause on it:
    "an Anora sequel, which Baker may shoot in Moscow"), and the whole clause of a verb it is
    the subject of ("the sequel premiered at Cannes"); a claim outside them is not about
    another version of the work ("Anora cost $6 million, and a sequel is planned"). None
    without a parse (every film claim of the sentence is then in doubt)."""
    if p is None:
        return None
    spans = []
    for t in p.doc:
        if not OTHER_FILM.fullmatch(t.text):
            continue
        top = t
        while top.dep_ in ("compound", "amod", "nmod", "poss", "conj", "appos") and \
                top.head.i != top.i:
            top = top.head   # "the Anora sequel": the whole noun phrase
        if top.dep_ in ("nsubj", "nsubjpass") or top.dep_ == "ROOT":
            top = top.head   # "the sequel premiered at Cannes": its verb's clause
        toks = list(top.subtree)
        spans.append(p.span_of(toks[0].i, toks[-1].i + 1))
    return spans


def _about_a_film(kb, c: Claim) -> bool:
    e = kb.entity(c.slots.get("subject") or "") if c.slots.get("subject") else None
    return e is not None and e.type == "film" and c.category != "award"


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (subject, predicate, object) in a sentence; the more specific kind wins."""
    out: list[Claim] = []
    seen: dict = {}   # key -> the rivals its claims name ("beat Y and Z": one claim per rival)
    by_work: list[Claim] = []   # claims kept for a work of their own
    for c in claims:
        key = (c.slots.get("subject"), c.predicate, str(c.object))
        if c.predicate == "plot":   # "flies her to X, where they marry": two events at X
            key += (c.slots.get("action"),)
        if c.slots.get("gapped"):   # "won in 2017 and again in 2022": two wins, two claims
            key += (c.slots.get("year"), c.slots.get("ceremony"), c.slots.get("for_work"))
        elif c.slots.get("kind") == "award_count" and any(
                o.slots.get("listed_show") for o in claims if o is not c and o.slots.get(
                    "group") == c.slots.get("group")):
            # "shut out at the Globes and the BAFTAs": one count of none for each show listed
            key += (c.slots.get("family"),)
        elif c.slots.get("kind") == "award" and c.slots.get("for_work") and any(
                o.slots.get("for_work") not in (None, c.slots["for_work"])
                for o in out if (o.slots.get("subject"), o.predicate, str(o.object)) == key):
            # "X, who had won for A, picked up his second Oscar for B": two wins, two claims
            # (each for a work of its own)
            key += (c.slots.get("for_work"),)
            by_work.append(c)
        rival = c.slots.get("rival")
        if key in seen and (c.slots.get("held_rank") or c.slots.get("held_only")):
            # "the second film to earn 14 nominations": the count read with the record's rank
            # (over the whole sentence) takes the place of the bare count's claim
            out = [o for o in out if (o.slots.get("subject"), o.predicate, str(o.object)) != key]
            out.append(c)
            continue
        if key in seen and not (rival and None not in seen[key] and rival not in seen[key]):
            continue
        seen.setdefault(key, set()).add(rival)
        out.append(c)
    # ... unless a clause whose verb was left out tells that win with its own slots ("and her
    # second Oscar for B in 1950"): that one is the win's claim
    gapped = {(c.slots.get("subject"), c.predicate, str(c.object), c.slots.get("for_work"))
              for c in out if c.slots.get("gapped")}
    return [c for c in out if not any(c is b for b in by_work) or (
        c.slots.get("subject"), c.predicate, str(c.object), c.slots.get("for_work"))
        not in gapped]

