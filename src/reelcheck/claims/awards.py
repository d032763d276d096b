"""The award family: wins, nominations and their counts, from frames.

One claim per (subject, award) pair a frame states: "won Picture, Director and Editing" is three
claims, "X and Y were nominated" is two, "X lost Best Actress to Y" is a nomination for X and a
win for Y. Each claim carries every slot its clause states -- category, ceremony or edition,
year, count, the film it was for -- and records which ones were stated (`stated`) and which
numbers no slot holds (`unchecked`), so the verifier accounts for each of them. A winner the KB
does not know is still a subject (`subject_name`): a complete list of winners can refute it.

What a clause does not say it may take from its context, one thing at a time and never a value
from a clause that has its own: the award from the clause it is embedded in or gapped from ("whose
Dheepan won in 2015", "MASH won in 1971 and The Conversation in 1974") or from the paragraph's
prize; the ceremony or year from an adverbial fronted before the main clause ("A year earlier,
X won A, while Y took B"); the family from the paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..kb.awards import award_family, category_candidates, resolve_category, year_named
from ..model import Claim, EntityRef
from .ages import age_shape, bare_age_subject, fine_part
from .dates import in_range
from .frames import (CLAUSE_DEPS, RECORD_WORDS, Filler, Frame, bound_year, clause_of,
                     clause_person, conjuncts, fell_short, irrealis_at, leading_label_end,
                     subject_token, titled, unasserted, work_year, another_film, _held_record,
                     participle_year, record_value)
from .parse import Arg, Parsed, lexicon, number_value
from .text import WEEKDAYS, YEAR, find_dates, parse_number, parse_ordinal

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
            "it": "film", "its": "film", "they": None, "their": None}
FILM_NOUNS = frozenset({"film", "movie", "picture", "drama", "comedy", "feature", "dramedy",
                        "romance", "thriller", "documentary"})
DIRECTOR_NOUNS = frozenset({"director", "filmmaker", "auteur", "writer-director"})
SUBJECT_KINDS = ("person", "film", "work", "org", "name")
AWARDISH = ("award", "ceremony", "festival")
WEAK_HEADS = frozenset({"film", "feature", "performance", "short", "documentary", "design",
                        "effects", "sound", "song", "score", "ensemble", "writing"})
ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.I)


@dataclass
class AwardRef:
    """An award a frame names: a KB mention, or a category phrase (token range)."""
    tok: int
    arg: Optional[Arg] = None
    run: Optional[tuple[int, int]] = None
    film: bool = False   # a title the linker gave a film: a prize only if the family has it
    top: bool = False    # "top honors": the family's top prize, if it has one


@dataclass
class Slots:
    """What one frame states besides its subject."""
    awards: list[AwardRef] = field(default_factory=list)
    own_awards: bool = True          # False when taken from the context
    ceremony: Optional[str] = None
    year: Optional[int] = None
    counts: list[tuple[int, int, str]] = field(default_factory=list)  # (n, token, award|nomination)
    works: list[Filler] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)   # numbers stated that no slot holds
    works_count: Optional[tuple[int, int]] = None      # "for four different films": (n, token)
    month: Optional[int] = None      # "on Friday, May 24, 2024": more than the year
    day: Optional[int] = None
    weekday: Optional[int] = None
    context_family: bool = False     # the prize is only the passage's show, not the clause's
    # the prize is the passage's category, at the night the passage named: read as any prize
    # of that night ("she won the award" after her nomination there), the claim may refute
    night_reading: bool = False
    # nominations a pool states of another subject ("four of the five awards Anora was
    # nominated for", said of Baker): (n, token, that subject's argument)
    other_counts: list = field(default_factory=list)
    loose: set = field(default_factory=set)   # count tokens a loose word qualifies ("major")
    either: set = field(default_factory=set)  # bare counts of wins or nominations ("collected six")
    competitive: set = field(default_factory=set)   # count tokens of "competitive" prizes
    classes: dict = field(default_factory=dict)   # count token -> its class's label words
    # the year is the paragraph's last one shifted ("two years later"): (shift, base year,
    # whether the clause states the year too)
    # (shift, the passage's year, a year in the clause, that year said as a ceremony's)
    relative: Optional[tuple[int, int, bool, bool]] = None
    # the clause numbers an edition no show of the passage has ("at the 92nd ceremony" read
    # as Cannes): its night is its own, never the passage's
    edition_unread: Optional[str] = None
    # a list's bare row that took its prize from the list's heading: that heading's offset
    row_list: Optional[int] = None


def _named_only(f: Frame) -> bool:
    """Relations that state a prize only when their clause names it ("honoured with the
    Palme d'Or", "overlooked at the Golden Globes"): no prize or show from the passage."""
    return f.relation.name in lexicon().qualifiers.get("named_prize_only", ())


@lru_cache(maxsize=4)
def _cue_heads(polarity: str) -> frozenset:
    """The first words of the verb cues of the relations of one polarity ("win", "take")."""
    return frozenset(c.words[0] for cs in lexicon().verbs.values() for c in cs
                     if c.relation.polarity == polarity)


def _bare_name(text: str) -> str:
    """A name as the families list writes it: lower case, without a leading article."""
    words = text.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def is_award_heading(p: Parsed, first: int, last: int) -> bool:
    """Whether tokens [first, last) name an award or an award category and nothing else."""
    a = p.arg_at(last - 1)
    if a is not None and a.kind == "award" and a.first <= first:
        return True
    runs = category_runs(p)
    if (last - 1) not in runs or runs[last - 1][0] < first - 1:
        return False
    a0, b0 = runs[last - 1]
    return any(p.doc[k].lower_ == "best" for k in range(a0, b0))


def _run_tokens(p: Parsed, tok: int, runs: dict) -> list[int]:
    """The category phrases a filler names: itself ("won Best Actress"), or the phrases before
    the award noun it heads ("the Best Actress award", "the Best Picture, Best Director and
    Best Editing categories"), each with the categories coordinated with it (a list
    distributes over its members)."""
    t = p.doc[tok]
    if tok in runs:
        found = [tok]
    else:
        found = [c.i for c in t.children if c.dep_ in ("compound", "amod", "nmod")
                 and c.i in runs]
        found += [o.i for c in t.children if c.dep_ == "prep" and c.lower_ == "for"
                  for o in c.children if o.i in runs]   # "the award for Best Actress"
    out: list[int] = []
    for i in found:
        for c in [*conjuncts(p.doc[i]), *_listed_with(p, runs[i], runs)]:
            if c.i in runs and runs[c.i] not in {runs[o] for o in out}:
                out.append(c.i)
    return out


def _unread_conjuncts(p: Parsed, fillers: list, runs: dict, refs: list) -> list[str]:
    """"picked up Best Original Screenplay and Best Lighting": a prize listed with a read one,
    written as a category ("best ..." or a spinner's "finest ...") that names none the lexicon
    knows, is a stated slot no claim reads: its words, to leave the claim open. The list is
    the filler's phrase (without its prepositions and clauses), split at its commas and
    coordinators (the parser may make the last item the head of the whole list)."""
    if not refs:
        return []
    openers = set(lexicon().categories.get("spun_openers", ())) | {"best"}
    read = {j for r in refs if r.run for j in range(*r.run)} | {
        j for r in refs if r.arg is not None for j in range(r.arg.first, r.arg.last)}
    out = []
    for fl in fillers:
        t = p.doc[fl.token]
        cut = {x.i for c in t.subtree if c.dep_ in ("prep", "relcl", "acl", "appos")
               for x in c.subtree}
        seg: list = []
        for x in [x for x in t.subtree if x.i not in cut] + [None]:
            if x is not None and x.dep_ not in ("cc", "punct"):
                seg.append(x)
                continue
            if seg and seg[0].lower_ in openers and not any(
                    y.i in read or y.i in runs for y in seg):
                words = p.doc[seg[0].i:seg[-1].i + 1].text
                if words not in out:
                    out.append(words)
            seg = []
    return out


def _listed_with(p: Parsed, run: tuple[int, int], runs: dict) -> list:
    """The category phrases in one written list with `run` ("Best Picture, Best Director and
    Best Editing"): runs separated only by commas and a last "and"/"or" (the parser often
    misattaches such lists, the words do not)."""
    doc = p.doc
    starts = sorted({r for r in runs.values()})
    k = starts.index(run)
    out = []
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(starts):
            a, b = (starts[j], starts[j + step]) if step == 1 else (starts[j + step], starts[j])
            gap = [t.lower_ for t in doc[a[1]:b[0]]]
            if not gap or any(g not in (",", "and", "or", "&") for g in gap):
                break
            j += step
            out.append(doc[starts[j][1] - 1])
    return out


def _run_token(p: Parsed, tok: int, runs: dict) -> Optional[int]:
    """The first category phrase a filler names (see `_run_tokens`), or None."""
    got = _run_tokens(p, tok, runs)
    return got[0] if got else None


def category_runs(p: Parsed) -> dict[int, tuple[int, int]]:
    """token -> (first, last) of the award-category phrase it is in ("Best Supporting
    Actress", "best picture", "supporting actor"): modifiers ending in a category head."""
    memo = getattr(p, "_category_runs", None)
    if memo is not None:
        return memo
    cats = lexicon().categories
    heads, mods = set(cats.get("heads", ())), set(cats.get("modifiers", ()))
    words = heads | mods
    # a spinner's words for a category's ("Finest Tailored Screenplay"): read only in a run
    # that opens with "best" or its spun form, where they can be nothing else
    spun = cats.get("spun", {})
    spun_heads = {w for w, x in spun.items() if x in heads}
    genres = set(cats.get("genre_tails", ()))
    doc, out, i = p.doc, {}, 0
    while i < len(doc):
        if doc[i].lower_ not in words:
            i += 1
            continue
        j = i
        run_words, run_heads = words, heads
        if doc[i].lower_ in cats.get("spun_openers", ()):
            run_words, run_heads = words | set(spun), heads | spun_heads
        while j < len(doc) and (doc[j].lower_ in run_words
                                or _joining_hyphen(doc, j, run_words)):
            j += 1
        last = j
        tail = _genre_picture(doc, i, genres)
        if tail is not None:   # "best musical or comedy": the Globes' split picture prize
            j = last = max(j, tail)
        while last > i and doc[last - 1].lower_ not in run_heads and tail is None and not (
                # "Best Actor in a Supporting Role": the role phrase names the category too
                doc[last - 1].lower_ == "role" and last - 2 > i
                and doc[last - 2].lower_ in ("supporting", "leading", "lead")
                and any(doc[k].lower_ in run_heads for k in range(i, last - 2))) and not (
                # "best actress in a drama": the kind of film after "in" names it too
                doc[last - 1].lower_ in genres and any(
                    doc[k].lower_ in run_heads and doc[k + 1].lower_ == "in"
                    for k in range(i, last - 2))):
            last -= 1
        first = i
        while first < last and doc[first].lower_ in ("in", "a", "role"):
            first += 1
        if last - first == 1 and last < len(doc) and doc[last].lower_ == "of" and \
                doc[first].lower_ not in mods:
            first = last   # a bare head with an "of" phrase is a job ("director of
            # photography", "editor of the magazine"), not a category
        if last > first:
            for k in range(first, last):
                out[k] = (first, last)
        i = j
    p._category_runs = out
    return out


def _genre_picture(doc, i: int, genres: set) -> Optional[int]:
    """End of "best" and two or more kinds of film a picture prize is split by, joined by
    "or"/"and" ("best musical or comedy"): a show that splits its picture prize so names it by
    the kinds alone (the category resolver finds the show's label holding the words). None
    when the words after "best" are not such kinds, when only one is said ("best comedy" may
    be another show's prize of that name), or a category head follows them ("best comedy
    actress" is read by the usual run)."""
    if doc[i].lower_ != "best" or i + 1 >= len(doc) or doc[i + 1].lower_ not in genres:
        return None
    k = i + 2
    while k + 1 < len(doc) and doc[k].lower_ in ("or", "and", "/") \
            and doc[k + 1].lower_ in genres:
        k += 2
    heads = set(lexicon().categories.get("heads", ()))
    if k == i + 2 or k < len(doc) and doc[k].lower_ in heads:
        return None
    return k


def _joining_hyphen(doc, j: int, words: set) -> bool:
    """A hyphen written tight between two category words is part of the phrase
    ("the supporting-actor Oscar", "a best-picture nod")."""
    return (doc[j].text == "-" and 0 < j < len(doc) - 1 and not doc[j - 1].whitespace_
            and not doc[j].whitespace_ and doc[j - 1].lower_ in words
            and doc[j + 1].lower_ in words)


class AwardReader:
    """Turns the award frames of a document's sentences into claims, in reading order."""

    def __init__(self, kb, resolver, text: str, written: tuple = (None, None)):
        self.kb = kb
        self.res = resolver
        self.text = text
        # (earliest, latest) year the piece can have been written in (context.written_by;
        # None: unbounded): a career count is judged as of then
        self.written = written
        self.para_families: dict[int, list[str]] = {}   # families each paragraph names, in order
        self.lead_family: Optional[str] = None          # the first family the document names
        self.para_ceremony: dict[int, str] = {}
        self.para_year: dict[int, int] = {}   # a year named after the paragraph's last edition
        self.para_year_held: dict[int, bool] = {}   # ... said as the year a ceremony was held
        self.para_assumed: dict[int, str] = {}   # the show a paragraph naming none was read as
        self._rel_year: Optional[tuple[int, int]] = None
        self._shift_anchored = False
        self.para_awards: dict[int, set] = {}   # the specific prizes each paragraph names
        # the prizes each paragraph names only by a category phrase ("the Best Actress race at
        # the 97th Academy Awards"), resolved in the show the sentence or paragraph names
        self.para_categories: dict[int, set] = {}
        self.last_family: Optional[str] = None
        self.para_count_kind: dict[int, str] = {}   # what the paragraph's last count counted
        self.para_count_scope: dict[int, Optional[str]] = {}   # and how it was narrowed
        self._editions: dict[str, dict[int, str]] = {}
        self._siblings: list[Frame] = []   # the award frames of the sentence being read
        self._hosts: dict[int, Frame] = {}  # a co-winner's clause -> the win it hangs on
        self._listed: set = set()   # the frames of a winner noun's list items
        self._bracket: dict[int, tuple] = {}  # "A (X)": id(frame) -> (frame, A's first token,
        # the token after ")"), for one sentence
        self._prize_films: set[str] = set()  # "films" the text names only as a prize won
        self._assumed: set[str] = set()   # subjects a pronoun was read as, among several
        # films read as the winner a person noun of theirs stands for ("its star")
        self._stand_ins: set[str] = set()
        self._owned_nouns: set[int] = set()   # ... and the tokens of such nouns

    # -- context ---------------------------------------------------------------------------
    def see(self, p: Parsed) -> None:
        """What a sentence names in passing sets the paragraph's family, ceremony and prize."""
        para = p.sentence.paragraph
        for a in p.args:
            if a.kind not in AWARDISH or not a.entity:
                continue
            fam = award_family(self.kb, a.entity)
            if fam:
                self._note_family(para, fam, (p.sentence.start, a.first))
            if a.kind in ("ceremony", "festival") and fam not in (None, a.entity):
                self.para_ceremony[para] = a.entity
            elif a.kind == "award" and fam != a.entity:
                self.para_awards.setdefault(para, set()).add(a.entity)
        if para not in self.para_families:
            fam = self._family_words(p.doc)
            if fam:
                self._note_family(para, fam, (p.sentence.start, None))
        self._see_categories(p)
        # the prizes it names whole ("the Palme d'Or"): what a later "the same honour" names
        # when no category phrase was said since (`_same_prize`)
        whole = {a.entity for a in p.args if a.kind == "award" and a.entity
                 and award_family(self.kb, a.entity) not in (None, a.entity)}
        if whole:
            self.__dict__.setdefault("_last_award", {})[para] = (p.sentence.start, whole)
        kinds = _counted_kinds(p.doc)
        if kinds:   # the noun a later bare count may leave out ("... Anora earned six")
            self.para_count_kind[para] = kinds[-1]
            last = [t for t in p.doc if t.i not in p.titles and _counted_kinds([t])]
            nm = next((c for c in last[-1].children if c.dep_ == "nummod"
                       and number_value(c) is not None), None) if last else None
            # and how a word narrowed it ("four acting nominations. It won three")
            self.para_count_scope[para] = self._narrowed_in(
                p, last[-1], nm, category_runs(p)) if nm is not None else None

    def _see_categories(self, p: Parsed) -> None:
        """The category phrases a sentence names, each as the prize of the one show its
        sentence (else its paragraph) names: what a later "she won the award" or "won for
        Anora in 2025" may mean. A phrase inside a named award ("the Academy Award for Best
        Actress") is that award's, already noted."""
        para = p.sentence.paragraph
        fams = {award_family(self.kb, a.entity) for a in p.args
                if a.kind in AWARDISH and a.entity} - {None}
        if not fams and (w := self._family_words(p.doc)):
            fams = {w}
        if not fams:
            fams = set(self.para_families.get(para, ()))
        if len(fams) != 1:
            return
        fam = next(iter(fams))
        for first, last in sorted(set(category_runs(p).values())):
            if any(a.kind == "award" and a.first <= first < a.last for a in p.args):
                continue
            words = {p.doc[j].lower_ for j in range(first, last)}
            if "best" not in words and len(words) == 1 and words <= WEAK_HEADS:
                continue
            if last - first == 1 and p.doc[first].lower_ in set(
                    lexicon().categories.get("person_heads", ())) and \
                    not self._category_word(p, first):
                continue   # "a working actor", "the actress said": a person, not a prize
            aw = self._category(fam, p.doc[first:last].text)
            if aw and aw != fam:
                self.para_categories.setdefault(para, set()).add(aw)
                # the last one said: what a later "the same prize" names (`_same_prize`)
                self.__dict__.setdefault("_last_phrase", {})[para] = p.doc[first:last].text
                self.__dict__.setdefault("_last_phrase_at", {})[para] = p.sentence.start

    @staticmethod
    def _category_word(p: Parsed, tok: int) -> bool:
        """Whether a lone category head with no "best" before it that also names a person
        (the lexicon's `person_heads`) names a prize: said on an award noun ("the actress
        Oscar") or as what a cue takes ("won actress", "nominated for actor", the lexicon's
        `bare_after` cues). Elsewhere the word names a job ("a working actor since her
        teens")."""
        t = p.doc[tok]
        h = t.head
        if h.i != t.i and (((a := p.arg_at(h.i)) is not None and a.kind in AWARDISH)
                           or h.lemma_.lower() in _prize_nouns()):
            return True
        bare = set(lexicon().categories.get("bare_after", ()))
        if t.dep_ in ("dobj", "obj", "attr", "conj", "appos") and h.lemma_.lower() in bare:
            return True
        return t.dep_ == "pobj" and h.lower_ == "for" and h.head.lemma_.lower() in bare

    def _note_family(self, para: int, fam: str, src: tuple = (None, None)) -> None:
        """`fam` is named in paragraph `para`, at `src` (sentence start, token; None: not
        known, or the sentence's words)."""
        self.__dict__.setdefault("_family_src", {}).setdefault((para, fam), set()).add(src)
        fams = self.para_families.setdefault(para, [])
        if fam not in fams:
            fams.append(fam)
        self.last_family = fam
        self.lead_family = self.lead_family or fam

    def _context_family(self, f: Frame) -> Optional[str]:
        """The family a bare prize ("the best actor trophy") takes from its passage: the one its
        paragraph names; of several, the only one that has the edition the clause numbers ("the
        96th ceremony"), else the one the document leads with, else none (the passage is about
        more than one show). A paragraph naming none continues the last family named."""
        fams = self.para_families.get(f.parsed.sentence.paragraph)
        if fams and not (fams := self._beyond_description(f, fams)):
            return None   # the paragraph's only show is one a clause describing a noun of the
            # sentence names ("X, who won at the Golden Globes, lost Best Actress to Y"):
            # that clause's, not this one's, which then names no show
        if not fams:   # ... or the show its earlier prize was read as (the reading carries on)
            return self.last_family or self.para_assumed.get(f.parsed.sentence.paragraph)
        if len(fams) == 1:
            return fams[0]
        nouns = set(lexicon().qualifiers.get("edition_nouns", ()))
        numbers = [int(m.group(1)) for t in f.tokens()
                   if (m := ORDINAL.match(t.text)) and t.head.lower_ in nouns]
        fit = [fam for fam in fams if all(self._edition(fam, n) for n in numbers)]
        if len(fit) == 1:
            return fit[0]
        return self.lead_family if self.lead_family in fit else None

    def _beyond_description(self, f: Frame, fams: list) -> list:
        """The paragraph's families less those named only in the frame's own sentence inside
        a clause that describes one of its nouns by a win there (a sibling prize frame of a
        win, set in a relative clause or apposition that is not above the frame's cue): what
        the frame tells is then another show's ("X, who won at the Golden Globes, lost Best
        Actress to Y"), while a description by nominations leads on to the same show's result
        ("E, which had 13 Oscar nominations, took home just two")."""
        doc, mine = f.parsed.doc, f.parsed.sentence.start
        above = {t.i for t in doc[f.cue].ancestors}
        desc = set().union(*(g.clause for g in self._siblings if g is not f and g.cue not in above
                             and g.cue not in f.clause and g.relation.polarity == "won" and any(
                                 t.dep_ in ("relcl", "acl", "appos")
                                 for t in [doc[g.cue], *doc[g.cue].ancestors])))
        desc |= self._aside(f)   # "X, the 2019 Palme d'Or winner, later won Best Picture"
        if not desc:
            return fams
        src = self.__dict__.get("_family_src", {})
        para = f.parsed.sentence.paragraph
        return [x for x in fams if any(at != mine or tok is None or tok not in desc
                                       for at, tok in src.get((para, x), {(None, None)}))]

    def _family_words(self, tokens) -> Optional[str]:
        return lexicon().family_in([t.lower_ for t in tokens])

    def _family(self, f: Frame, refs: list[AwardRef]) -> Optional[str]:
        own = self._own_family(f, refs)
        if own:
            return own
        got = self._context_family(f)
        # "Before the Oscars, X had won the top prize": the show a bound names is another
        # event than the win's, so the passage's show is not the win's when it is that one
        if got and got in self._bound_shows(f):
            return None
        # "had been given the festival's highest honour": a show of the kind the top prize's
        # owner names, or none (not the Oscars the paragraph also names)
        owners = lexicon().categories.get("top", {}).get("owners") or {}
        kinds = {owners[c.lemma_.lower()] for r in refs if r.top
                 for c in f.parsed.doc[r.tok].children
                 if c.dep_ == "poss" and c.lemma_.lower() in owners}
        if got and kinds and getattr(self.kb.entity(got), "type", None) not in kinds:
            return None
        return got

    def _bound_shows(self, f: Frame) -> set:
        """The shows named under a preposition of the clause that bounds it by another event
        (lexicon `qualifiers.event_bounds`: "before the Oscars", "ahead of the BAFTAs")."""
        words = _bound_words(f)
        return {award_family(self.kb, a.entity) for a in f.parsed.args
                if a.kind in AWARDISH and a.entity and a.first in words} - {None}

    def _own_family(self, f: Frame, refs: list[AwardRef]) -> Optional[str]:
        """The family the frame's clause names, else one its sentence names outside the award
        clauses that describe some noun of it: a relative clause ("the film, for which he
        received an Oscar") speaks of its own prize, while a clause the frame hangs on ("won
        best picture at the Oscars, with X named best actor") or that follows from it
        ("..., making him the first Russian nominee for an Oscar") is about the same show."""
        doc = f.parsed.doc
        described = _described(f)
        # (a show under a bound, "before the Oscars", is another event's, not the clause's)
        aside = self._aside(f) | described | _bound_words(f)
        for a in [r.arg for r in refs if r.arg and r.arg.first not in aside] + [
                a for a in f.args_in_clause(*AWARDISH) if a.first not in aside]:
            if a.entity:
                fam = award_family(self.kb, a.entity)
                if fam:
                    return fam
        giver = self._giver(f)
        if giver is not None and giver.first not in aside:
            return award_family(self.kb, giver.entity)
        got = self._family_words(t for t in f.tokens() if t.i not in aside)
        if got:
            return got
        above = {t.i for t in doc[f.cue].ancestors}
        others = set().union(*(g.clause for g in self._siblings if g is not f and g.cue not in above
                               and any(t.dep_ in ("relcl", "acl", "appos") for t in
                                       [doc[g.cue], *doc[g.cue].ancestors]))) - f.clause
        others |= aside   # (a description set on the winner is in the clause, not of it)
        # a clause a semicolon parts from the frame's is a sentence of its own, though the
        # parser may hang one on the other ("X won the Globe, beating Y; at the Oscars, the
        # prize went to Y"): its show is not the frame's
        semis = [t.i for t in doc if t.text == ";"]
        others |= {t.i for t in doc if any(t.i < k < f.cue or f.cue < k < t.i for k in semis)}
        for a in f.parsed.args:
            if a.kind in AWARDISH and a.entity and a.first not in others:
                return award_family(self.kb, a.entity)
        return self._family_words(t for t in f.parsed.doc if t.i not in others)

    def _giver(self, f: Frame) -> Optional[Arg]:
        """The show named as the one who gave the prize: the subject of an active cue whose
        relation gives its subject no winner's role ("the DGA honoured Sean Baker"), or the
        agent of a passive one ("was named best picture by the Critics Choice Association").
        A body the KB knows as the presenter of one show (`presented_by`) stands for that
        show; the show's own name is itself. None when the clause names no giver so."""
        p, cue = f.parsed, f.parsed.doc[f.cue]
        roles = dict(f.relation.roles)
        heads = []
        if roles.get("nsubj", "award") == "award":
            heads += [c for c in cue.children if c.dep_ == "nsubj"]
        if "by" not in roles and "agent" not in roles:
            heads += [o for c in cue.children if c.dep_ == "agent"
                      for o in c.children if o.dep_ == "pobj"]
        for h in heads:
            a = p.arg_at(h.i)
            if a is None or a.head != h.i or not a.entity:
                continue
            if a.kind in AWARDISH:
                return a
            if a.kind == "organization":
                shows = {x.subject for x in self.kb.facts(predicate="presented_by",
                                                           object_entity=a.entity)}
                if len(shows) == 1:
                    return Arg(a.start, a.end, a.text, "award", shows.pop(), a.first, a.last,
                               a.head, a.mention)
        return None

    def _aside(self, f: Frame) -> set:
        """Tokens of a relation noun's frame set on the verb's winner ("Anora, the 2024 Palme
        d'Or winner, also won Best Picture at the 97th"): its prize and year are its own, not
        the verb's."""
        doc = f.parsed.doc
        if f.noun_cue and doc[f.cue].dep_ != "dobj":
            return set()   # (a noun the verb takes, "earned five nominations", is the verb's)
        # the winner, or a work the verb credits its prize to ("The 1994 Best Picture winner
        # Forrest Gump earned Tom Hanks his second Oscar")
        subj = {t.i for w in f.roles.get("winner", []) + f.roles.get("work", [])
                if w.token != f.cue for t in doc[w.token].subtree}
        # ... but not the frame's own clause when it is a relative clause on the winner
        # ("Anora, which won five of its six Oscar nominations, ..."): what the verb takes
        # there is the verb's, not a description set on its winner
        if f.cue in subj:
            subj -= {t.i for t in doc[f.cue].subtree}
        return set().union(*(g.clause for g in getattr(self, "_siblings", ()) if g is not f
                             and g.noun_cue and g.cue in subj and g.cue in f.clause))

    def _beside_named_prize(self, f: Frame, s: Slots, family: Optional[str]) -> bool:
        """Whether the clause's show comes from a prize of it named in the same list ("the
        Palme d'Or and Best Picture"), and the clause does not point at that show ("the
        festival's screenplay award"): only then may a category it lacks be another show's."""
        return bool(family) and not self._show_noun(f) and any(
            x.arg is not None and x.arg.kind == "award" and x.arg.entity != family
            and award_family(self.kb, x.arg.entity) == family for x in s.awards)

    def _other_show(self, p: Parsed, family: str, phrase: str) -> Optional[str]:
        """The category a phrase names at another show than `family`, which has no such
        category: a show the sentence also names, else the Oscars (the usual sense)."""
        named = [award_family(self.kb, a.entity) for a in p.args
                 if a.kind in AWARDISH and a.entity] + [self._family_words(p.doc)]
        default = lexicon().families.get("oscars")
        for fam in dict.fromkeys(x for x in named + [default] if x and x != family):
            got = self._category(fam, phrase)
            if got:
                return got
        return None

    def _list_prize(self, p: Parsed) -> Optional[str]:
        """The one prize the heading over a list of dated rows names ("Palme d'Or winners" over
        "2019: Parasite" / "2021: Titane"): the paragraphs before the row, back over the rows of
        the list, to the first that is no row; its one named prize when it speaks of winners
        (lexicon filmography.winner_words), else None."""
        from .text import dated_row
        paras = self._paragraphs()
        k = p.sentence.paragraph - 1
        while k >= 0 and dated_row(self.text[paras[k][0]:paras[k][1]]):
            k -= 1
        if k < 0:
            return None
        # a heading over winners ("Palme d'Or winners"), not over contenders or a jury
        words = {w.strip(".,:;!?'\"").lower() for w in self.text[paras[k][0]:paras[k][1]].split()}
        if not words & set(lexicon().section("filmography").get("winner_words", ())):
            return None
        return self._heading_prize(k)

    def _paragraphs(self) -> list[tuple[int, int]]:
        from .text import paragraphs
        paras = self.__dict__.get("_paras")
        if paras is None:
            paras = self.__dict__["_paras"] = list(paragraphs(self.text))
        return paras

    def _heading_prize(self, k: int) -> Optional[str]:
        """The one prize heading paragraph `k` names, or None: none when it names two shows,
        or a category beside another prize ("Films that won both the Palme d'Or and Best
        Picture", "Oscar winners that first took the Palme d'Or"): which prize a row's year
        dates is not said."""
        paras = self._paragraphs()
        if len(set(self.para_families.get(k) or ())) > 1:
            return None
        got = set(self.para_awards.get(k) or ())
        run = self._heading_run_category(self.text[paras[k][0]:paras[k][1]].split(), set(
            lexicon().section("filmography").get("winner_words", ())))
        if got and run and got != {run}:
            return None
        if not got and not self.para_families.get(k):
            # "Best Picture winners": a category the heading names with no show, read as the
            # usual sense's (the Oscars), as a clause naming no show is
            got = {x for x in [self._heading_run_category(
                self.text[paras[k][0]:paras[k][1]].split(),
                set(lexicon().section("filmography").get("winner_words", ())))] if x}
        return next(iter(got)) if len(got) == 1 else None

    def _heading_run_category(self, tokens: list[str], words: set) -> Optional[str]:
        """The default show's category a heading's run of category words names, from its
        first modifier (lexicon `categories.modifiers`: "Best", "Supporting") up to a winner
        word ("Best Picture winners of the 2010s": Best Picture), or None."""
        cats = lexicon().categories
        mods = set(cats.get("modifiers", ()))
        clean = [t.strip(".,:;!?'\"").lower() for t in tokens]
        start = next((i for i, w in enumerate(clean) if w in mods), None)
        if start is None:
            return None
        end = next((i for i in range(start, len(clean)) if clean[i] in words), len(clean))
        phrase = " ".join(tokens[start:end]).strip(".,:;!?'\"")
        return self._category(lexicon().families.get("oscars"), phrase) if phrase else None

    def _row_prize(self, p: Parsed, marked: bool = False) -> Optional[tuple]:
        """(prize, night, year) a list's bare row of names ("Sean Baker, Anora", "3. Grace Kelly
        - The Country Girl (1955)", "2019 | Parasite | Bong Joon Ho") is a win of, from the
        headings over its list: the category line right above it ("Best Director") at the
        show and edition the list's heading names, or the one prize that heading names
        ("The youngest winners of the Oscar for Best Actress"), dated by the row's own year;
        a heading that names a night and no prize reads the row as any prize of that night.
        The heading must say it lists winners (`filmography.winner_words`) and nothing but
        (`row_contender_words`); a second row under one category line is a nominee. None when
        the row is no line of its own or nothing says what it won. A row `marked` the
        winner ("Jane Roe, Harbour Lights (winner)") among the nominees listed under a
        category line takes that line's category, under any heading that names the night."""
        from .text import marked_row, year_of
        paras = self._paragraphs()
        para = p.sentence.paragraph
        if para >= len(paras):
            return None
        ps, pe = paras[para]
        lead = self.text[ps:p.sentence.start].strip()
        if lead and not (lead[:-1].isdigit() and lead[-1:] in ".)" or marked_row(lead + " x")):
            return None   # words before it on its line: not a row of its own
        if self.text[p.sentence.end:pe].strip() not in ("", "."):
            return None
        rows = self.__dict__.setdefault("_row_paras", set())
        rows.add(para)
        line = lambda k: self.text[paras[k][0]:paras[k][1]].strip()   # noqa: E731
        k, cat = para - 1, None
        while marked and k >= 0 and k in rows:
            k -= 1   # a row marked the winner: back over the nominees listed before it
        if k >= 0 and self._category_line(line(k)):
            cat, k = line(k), k - 1
        elif marked:
            return None
        while k >= 0 and (k in rows or marked_row(line(k))
                          or cat is not None and self._category_line(line(k))):
            k -= 1   # back over the list's rows (and the category lines of its groups)
        if k < 0:
            return None
        words = {w.strip(".,:;!?'\"()").lower() for w in line(k).split()}
        filmo = lexicon().section("filmography")
        if not marked and (not words & set(filmo.get("winner_words", ())) or words & set(
                lexicon().qualifiers.get("row_contender_words", ()))):
            return None   # (a row marked the winner says so itself)
        night = self.para_ceremony.get(k)
        years = [y for w in words if (y := year_of(w)) is not None]
        year = next((year_of(t.text) for t in p.doc if year_of(t.text)), None) or (
            years[0] if len(years) == 1 and not night else None)
        if cat is not None:
            fams = self.para_families.get(k) or []
            fam = award_family(self.kb, night) if night else fams[0] if len(fams) == 1 \
                else lexicon().families.get("oscars") if not fams else None
            aw = self._category(fam, cat)
            if not aw or aw == fam:
                return None
        else:
            aw = self._heading_prize(k)
            if aw is None and not night:
                return None
            heading = paras[k][0]
        if not (night or year):
            return None
        return aw, night, year, heading if cat is None else None

    @staticmethod
    def _category_line(line: str) -> bool:
        """Whether a line is a category's name and nothing else ("Best Actress")."""
        words = line.split()
        return 0 < len(words) <= 8 and words[0].lower() == "best" \
            and all(w[:1].isalpha() for w in words)

    def _heading_category(self, p: Parsed, night: Optional[str]) -> Optional[str]:
        """The category the line right above a row names when that line is a heading that
        opens with it ("Best Actress", "Best Director, 97th Academy Awards", or the sentence
        before the row on its line: "Best Actress at the 97th Academy Awards. Winner: ..."):
        the longest run of its first words that is a prize of the show `night` is an edition
        of; else None."""
        if not night:
            return None
        before = self.text[:p.sentence.start].rstrip()
        line = before[before.rfind("\n") + 1:].strip()
        words = line.split()
        if not words or len(words) > 10 or words[0].lower() != "best":
            return None
        fam = award_family(self.kb, night)
        for n in range(len(words), 0, -1):
            aw = self._category(fam, " ".join(words[:n]).strip(".,:;"))
            if aw and aw != fam:
                return aw
        return None

    def _category(self, family: Optional[str], phrase: str) -> Optional[str]:
        if not family:
            return None
        # a category named by its craft ("the directing prize"): the word the KB's labels use
        cats = lexicon().categories
        if phrase.strip().lower() in (cats.get("classes") or {}):
            return None   # "a writing Oscar": a class of the show's categories, not one
        same = cats.get("synonyms", {})
        words = [same.get(w.lower(), w) for w in phrase.replace("-", " ").split()]
        if words and words[0].lower() in cats.get("spun_openers", ()):
            spun = cats.get("spun", {})
            words = [spun.get(w.lower(), w) for w in words]
        alts = cats.get("alternates", {})
        for k, w in enumerate(words):
            for other in alts.get(w.lower(), ()):   # "best film": the show's Best Picture,
                found = resolve_category(self.kb, family, " ".join(   # not its Film Editing
                    words[:k] + [other] + words[k + 1:]))
                if found:
                    return found
        found = resolve_category(self.kb, family, " ".join(words))
        top = cats.get("top", {})
        said = " ".join(words).lower()
        if any(said in (w, w + "s") for w in top.get("words", ())):
            return top.get("of", {}).get(family)   # "took top honors at the DGA"
        optional = set(cats.get("optional", ()))
        if found is None and any(w.lower() in optional for w in words):
            # "the lead actress Oscar": a word the show's own labels leave out
            rest = [w for w in words if w.lower() not in optional]
            found = resolve_category(self.kb, family, " ".join(rest)) if rest else None
        if found is None:
            # "Best Actress at the SAG Awards" (Outstanding Female Actor in a Leading Role),
            # "Best Supporting Actor at the Spirit Awards" (Best Supporting Performance): a word
            # the show's labels say otherwise, tried in turn when the phrase as said fits none;
            # only a reading that fits one category alone; a bare "actor" may be the job, not
            # a prize (the lexicon's `person_heads`: only with a modifier)
            lone = len(words) == 1 and words[0].lower() in cats.get("person_heads", ())
            for k, w in enumerate(() if lone else words):
                for other in cats.get("fallbacks", {}).get(w.lower(), ()):
                    said = " ".join(words[:k] + [other] + words[k + 1:])
                    if len(category_candidates(self.kb, family, said)) == 1:
                        return resolve_category(self.kb, family, said)
        return found

    @staticmethod
    def _top_run(p: Parsed, tok: int) -> Optional[tuple[int, int]]:
        """The words of "top honors", "the grand prize" on a prize noun: a show's top prize
        named as such (`categories.top`), with no other word of a category on the noun ("the
        top acting prize" is not it)."""
        t = p.doc[tok]
        mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i]
        words = lexicon().categories.get("top", {}).get("words", ())
        if len(mods) == 1 and f"{mods[0].lower_} {t.lemma_.lower()}" in words:
            return mods[0].i, t.i + 1
        return None

    def _edition(self, family: Optional[str], n: int) -> Optional[str]:
        """The family's nth edition ("the 90th ceremony")."""
        if not family:
            return None
        eds = self._editions.get(family)
        if eds is None:
            eds = {}
            for fact in self.kb.facts(predicate="edition_of", object_entity=family):
                e = self.kb.entity(fact.subject)
                m = ORDINAL.match((e.label.split() or [""])[0]) if e else None
                if m:
                    eds[int(m.group(1))] = e.id
            self._editions[family] = eds
        return eds.get(n)

    def _numbered(self, f: Frame, family: Optional[str], n: int) -> Optional[str]:
        """The nth edition a clause's edition noun means ("the 74th edition, where Titane
        won"): the family's, unless the clause's winner won at the nth edition of another show
        the piece names (the family may be only the passage's last one: "... conquered the
        Oscars. Old hands recall the 74th edition, where Titane won" is Cannes')."""
        ed = self._edition(family, n)
        kb = self.kb
        named = {award_family(kb, m.entity.id) for m in self.res.mentions} - {None}
        own = set()
        for fl in f.roles.get("winner", []):
            if fl.arg is None or not fl.arg.entity:
                continue
            for fact in kb.facts(subject=fl.arg.entity, predicate="award_received"):
                cer = fact.qualifiers.get("ceremony")
                if cer and not fact.disputed and self._edition_number(cer) == n and \
                        award_family(kb, cer) in named:
                    own.add(cer)
        if len(own) == 1 and ed not in own:
            return own.pop()
        return ed

    def _edition_number(self, ceremony: str) -> Optional[int]:
        e = self.kb.entity(ceremony)
        m = ORDINAL.match((e.label.split() or [""])[0]) if e else None
        return int(m.group(1)) if m else None

    # -- subjects ----------------------------------------------------------------------------
    def _subject(self, f: Frame, fl: Filler, stand_in: bool = False) \
            -> tuple[Optional[str], Optional[str], Optional[Arg]]:
        """(KB id, name as written, argument) of who a frame is about. `stand_in`: a film
        may stand for a person noun of its own ("its star won Best Actress": the film won
        it), for the party of a claim of a category (`claims` checks the category)."""
        return self._subject_in(f.parsed, fl, stand_in)

    def _subject_in(self, p: Parsed, fl: Filler, stand_in: bool = False):
        tok = p.doc[fl.token]
        a = fl.arg
        if a is not None and (
                a.kind in ("place", "character") or not a.known and a.kind in SUBJECT_KINDS) \
                and not (
                self.kb.entities_by_name(a.text, "person")):
            # a place or a story's character cannot win or be nominated, and a name the
            # linker left open may be a title: the winner is the film of that name ("Chicago
            # won Best Picture", "the Palme went to Anora"), when the KB has exactly one (and
            # no person of that name)
            films = self.kb.entities_by_name(a.text, "film")
            if len(films) == 1:
                return films[0].id, a.text, Arg(a.start, a.end, a.text, "film", films[0].id,
                                                a.first, a.last, a.head)
        if a is not None and not a.known and (runs := category_runs(p)) and all(
                k in runs for k in range(a.first, a.last)):
            return None, None, None   # a category cannot win ("..., Best Picture won")
        if a is not None and a.kind in SUBJECT_KINDS + ("character",):
            if a.kind == "character":
                return None, a.text, a
            name = a.text[:-2] if a.text[-2:] in ("'s", "’s") else a.text   # "X's Palme"
            return a.entity, name, a
        named = p.arg_at(tok.i + 1) if tok.pos_ == "NOUN" and tok.i + 1 < len(p.doc) else None
        if named is not None and named.first == tok.i + 1 and named.kind in SUBJECT_KINDS and (
                p.doc[named.head].head.i == tok.i or (   # "director Sean Baker": the name,
                    p.doc[named.head].head.i == tok.head.i   # also when parsed as two subjects
                    and p.doc[named.head].dep_ == tok.dep_ and tok.head.i != tok.i)):
            return named.entity, named.text, named
        if tok.pos_ == "NOUN":   # "the film's director, Jacques Audiard, who ...": the name
            for c in tok.children:
                a = p.arg_at(c.i) if c.dep_ == "appos" else None
                if a is not None and a.kind in SUBJECT_KINDS:
                    return a.entity, a.text, a
            # "Ken Loach, the British director who has won ...": the description set beside a
            # name is that name (not the director of the passage's film)
            a = p.arg_at(tok.head.i) if tok.dep_ == "appos" and tok.head.i < tok.i else None
            if a is not None and a.kind == "person":
                name = a.text[:-2] if a.text[-2:] in ("'s", "’s") else a.text
                return a.entity, name, a
        if tok.pos_ == "NOUN" and (tok.head.lemma_ == "be" or tok.dep_ == "attr"
                                   and _equating(tok.head)) \
                and any(c.dep_ == "relcl" for c in tok.children):
            # "the film that beat Conclave was Anora", "Anora was the film that ...", "she
            # became the first woman to win": the noun a relative clause hangs on is the name
            # the copula (or a verb of becoming) equates it with
            other = ("attr",) if tok.dep_ in ("nsubj", "nsubjpass") else (
                ("nsubj",) if tok.dep_ == "attr" else ())
            for c in tok.head.children:
                a = p.arg_at(c.i) if c.dep_ in other else None
                if a is not None and a.kind in SUBJECT_KINDS and a.known:
                    return a.entity, a.text, a
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "as" and \
                tok.head.head.lemma_.lower() in lexicon().qualifiers.get("record_as_verbs", ()) \
                and any(c.dep_ == "relcl" for c in tok.children):
            # "Bigelow made history as the first woman to win": the verb's subject
            for c in tok.head.head.children:
                a = p.arg_at(c.i) if c.dep_ in ("nsubj", "nsubjpass") else None
                if a is not None and a.kind in SUBJECT_KINDS and a.known:
                    return a.entity, a.text, a
        low = tok.lower_
        if low in PRONOUNS:
            want = PRONOUNS[low]
            if want == "film":
                # a pronoun inside a relative clause on a film is that film ("X won seven,
                # more than Y, which won one of its 12 nominations": Y's twelve), not the
                # main clause's subject
                rel = next((x.head for x in tok.ancestors if x.dep_ == "relcl"), None)
                host = p.arg_at(rel.i) if rel is not None and rel.i < tok.i else None
                if host is not None and host.kind == "film" and host.known:
                    return host.entity, None, None
                if tok.dep_ == "poss" and _body_owner(p, tok):
                    return None, None, None   # "the Academy announced its nominees": its own
                if tok.dep_ == "poss" and (own := _title_subject(p, tok)) is not None:
                    # "His earlier film, Harbour Lights, won two of its five nominations": the
                    # owner is its own clause's subject (a title the KB lacks: open), not the
                    # passage's film
                    got = self._subject_in(p, Filler(own.i, p.arg_at(own.i)))
                    return (got[0], None, None) if got[0] else got
                own = _verb_subject_film(p, tok)   # (never the pronoun's own clause's subject)
                films = [a for a in p.args if a.kind == "film" and a.known and a.last <= tok.i
                         and p.doc[a.head].dep_ in ("nsubj", "nsubjpass") and a.entity != own]
                if films:   # "X won the Grand Prix, and it was named best picture": X
                    return films[-1].entity, None, None
                if not any(a.kind in ("film", "work") for a in p.args if a.last <= tok.i) \
                        and (ahead := self._cataphor(p, tok, "film")) is not None:
                    # "At the Globes, where it went home with nothing, X was ...": a film
                    # pronoun in a fronted phrase looks ahead to the main clause's subject
                    return (ahead.entity, None, None) if ahead.known else (None, None, None)
                # the film said before the pronoun ("it came away empty-handed, with X
                # taking the top award": not X)
                film = self.res.film_at(p.sentence, p.offset + tok.idx)
                if film is not None and film == own:
                    # "Anora lost the award to it": a pronoun its own clause's subject
                    # governs is not that subject (that would be "itself"), but the film the
                    # passage named before the sentence, if another
                    film = self.res.film_at(p.sentence, p.sentence.start)
                    if film == own:
                        return None, None, None
                if film in self._prize_films:   # "... shared the Grand Prix. Months
                    return None, None, None     # earlier, it had ...": not that "film"
                self.res.note_film(p.offset + tok.idx, film)
                return film, None, None
            if want in ("m", "f"):
                return self._pronoun(p, tok, want)
            return None, None, None
        if (low in FILM_NOUNS or low in lexicon().qualifiers.get("film_descriptions", ())) \
                and any(c.lower_ in ("the", "this", "its", "that") or c.dep_ == "poss"
                        for c in tok.children):
            if another_film(tok) and titled(p, tok) is None:
                return None, None, None   # "his previous film won two Oscars": not the
                # passage's film, and no title says which
            film = self.res.film_at(p.sentence, p.offset + tok.idx)
            owner = next((a for c in tok.children if c.dep_ == "poss"
                          for a in [p.arg_at(c.i)] if a is not None and a.kind == "person"), None)
            mine = next((c for c in tok.children if c.dep_ == "poss"
                         and PRONOUNS.get(c.lower_) in ("m", "f")), None)
            if owner is not None:
                # "Justine Triet's courtroom drama": the owner's film, not merely the
                # passage's (the passage's when it is the owner's)
                film = self._owned_film(p, owner.entity if owner.known else None, film)
            elif mine is not None:   # "Ang Lee won best director, but his film lost": his
                film = self._owned_film(p, self._pronoun(p, mine, PRONOUNS[mine.lower_])[0],
                                        film)
            elif any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ != "same"
                     for c in tok.children) and self.res.several_films(p.sentence,
                                                                       p.offset + tok.idx):
                # "A over B. ... yet the road movie took Best Picture": a description the
                # KB cannot match to one of the passage's films means none of them for sure
                film = None
            film = None if film in self._prize_films else film
            if tok.dep_ in ("nsubj", "nsubjpass") and titled(p, tok) is None and all(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
                # the clause is about the passage's film ("the film was nominated"; not "his
                # second feature, X,", which is another)
                self.res.note_film(p.offset + tok.idx, film)
            return film, None, None
        q = lexicon().qualifiers
        if (low in DIRECTOR_NOUNS or low in q.get("director_nouns", ())) and any(
                c.lower_ in ("the", "its") or c.dep_ == "poss" and c.lower_ in FILM_NOUNS
                for c in tok.children):   # "the helmer", "the film's director"
            got = self.res.director(p.sentence)
            if got or not any(c.lower_ == "the" for c in tok.children):
                return got, None, None
            # no film in the passage: the one person it is about, if the KB knows them as
            # a director (a reading: support only)
            who = self.res.person(p.sentence, "they")
            if who and len(self.res.candidates(p.sentence, "they")) == 1 and \
                    self.kb.facts(predicate="director", object_entity=who):
                self._assumed.add(who)
                return who, None, None
            return None, None, None
        if bare_age_subject(tok) and not self._story_passage(p):
            # "The 25-year-old took the prize": the one person the passage is about (none if
            # two fit), as the age family reads the phrase; a reading, so it may support but
            # never refute
            who = self.res.person(p.sentence)
            if who and len(self.res.candidates(p.sentence, "they")) == 1:
                self._assumed.add(who)
                return who, None, None
            return None, None, None
        # "the Brooklyn native": the awards section adds its own person nouns to the ages ones
        descriptions = _person_descriptions()
        gender = descriptions.get(tok.lemma_.lower())
        if tok.lemma_.lower() in descriptions and tok.pos_ == "NOUN" and \
                (film := self._owner_film(p, tok)) is not None:
            self._owned_nouns.add(tok.i)   # (the claim's words open at its owner: "Its star")
            return self._film_person(p, film, gender, stand_in)
        if tok.lemma_.lower() in descriptions and tok.pos_ == "NOUN" and any(
                c.lower_ in ("the", "this", "that") for c in tok.children):
            # "the actress won ...", "the star took home ...": the one person (of that gender,
            # if the noun has one) the passage is about (none if two fit); a reading, so it
            # may support but never refute
            pron = "she" if gender == "f" else "he" if gender == "m" else "they"
            who = self.res.person(p.sentence, pron)
            performer = tok.lemma_.lower() in lexicon().ages.get("performers", ())
            if who and len(self.res.candidates(p.sentence, pron)) == 1 and (
                    not performer or self._performs(who)):
                self._assumed.add(who)
                return who, None, None
        return None, None, None

    def _owner_film(self, p: Parsed, tok) -> Optional[str]:
        """The KB film a person noun's owner names ("its star", "the film's lead actress",
        "Anora's star"): the owner read as a subject is (a film pronoun or description
        resolved as the passage reads it), or None when the owner is no film. A KB film
        set right before the noun as its modifier owns it too ("the Anora star")."""
        before = p.arg_at(tok.i - 1) if tok.i > 0 else None
        if before is not None and before.kind == "film" and before.known and \
                before.last == tok.i and before.first > 0 and \
                p.doc[before.first - 1].lower_ in ("the", "this", "that"):
            return before.entity
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None or PRONOUNS.get(poss.lower_, "film") != "film":
            return None
        a = p.arg_at(poss.i)
        if a is not None and a.kind != "film":
            return None
        got = self._subject_in(p, Filler(poss.i, a))[0]
        e = self.kb.entity(got) if got else None
        return got if e is not None and e.type == "film" else None

    def _film_person(self, p: Parsed, film: str, gender: Optional[str], stand_in: bool):
        """Who a film's person noun ("its star", "the film's lead actress") is: the one
        person the passage is about (of the noun's gender) when the KB credits them on the
        film; else, with `stand_in`, the film itself, whose prize the person's win is ("its
        star won Best Actress": the film won it). Either is a reading: it may support, never
        refute."""
        pron = "she" if gender == "f" else "he" if gender == "m" else "they"
        who = self.res.person(p.sentence, pron)
        if who and len(self.res.candidates(p.sentence, pron)) == 1 and self._credited(who, film):
            self._assumed.add(who)
            return who, None, None
        if not stand_in:
            return None, None, None
        self._assumed.add(film)
        self._stand_ins.add(film)   # (a reading of a category only: see `claims`)
        return film, None, None

    def _credited(self, who: str, film: str) -> bool:
        """Whether the KB credits the person on the film: a part in it, or an award or
        nomination for it."""
        kb = self.kb
        return any(f.value == who for f in kb.facts(subject=film, predicate="cast_member")) \
            or any(f.qualifiers.get("for_work") == film or f.subject == film
                   for pred in ("nominated_for", "award_received")
                   for f in kb.facts(subject=who, predicate=pred)) \
            or any(who in (f.qualifiers.get("recipients") or ())
                   for pred in ("nominated_for", "award_received")
                   for f in kb.facts(subject=film, predicate=pred))

    def _performers_prize(self, p: Parsed, r: AwardRef, family: Optional[str]) -> bool:
        """Whether a prize the clause names is one a performer holds ("Best Actress", "the
        lead performance award"): its words, or its KB category's label's, hold one of the
        lexicon's `performer_prize_words`."""
        words = set(lexicon().qualifiers.get("performer_prize_words", ()))
        if r.arg is not None and r.arg.entity:
            said = self.kb.label(r.arg.entity)
        elif r.run:
            phrase = p.doc[r.run[0]:r.run[1]].text
            cat = self._category(family, phrase)
            said = f"{phrase} {self.kb.label(cat) if cat else ''}"
        else:
            return False
        return bool(words & set(said.lower().replace("-", " ").split()))

    def _story_passage(self, p: Parsed) -> bool:
        """Whether the sentence or the passage just before it tells a film's story (names one
        of its characters): a description there may be a character's ("the 21-year-old")."""
        para = p.sentence.paragraph
        verbs = set((lexicon().qualifiers.get("played_part") or {}).get("verbs") or ())

        def part(a) -> bool:   # "her role as Ani", "for playing Ani": the part a person played
            h = p.doc[a.head]
            return h.dep_ == "pobj" and h.head.lower_ == "as" or \
                h.dep_ == "dobj" and h.head.lemma_.lower() in verbs
        return self.res.last.get("character", (None, -2))[1] in (para, para - 1) or any(
            a.kind == "character" and not part(a) for a in p.args)

    def _text_year(self) -> Optional[int]:
        """The latest year the piece's words name (it was written then or later)."""
        years = [int(y) for y in YEAR.findall(self.text)]
        return max(years) if years else None

    def _owned_film(self, p: Parsed, who: Optional[str], film: Optional[str]) -> Optional[str]:
        """The film a person's film noun means ("Christopher Nolan's film"): of the films the
        KB credits the person (`who`, a KB id) with (directed, or nominated or awarded for),
        the passage's film if it is one, else the one at the night the passage names, else
        the only one; None when the person is unknown or the films leave it open."""
        if not who:
            return None
        works = {f.subject for f in self.kb.facts(predicate="director", object_entity=who)}
        nights: dict[str, set] = {}
        for pred in ("nominated_for", "award_received"):
            for f in self.kb.facts(subject=who, predicate=pred):
                w = f.qualifiers.get("for_work")
                if w:
                    works.add(w)
                    nights.setdefault(w, set()).add(f.qualifiers.get("ceremony"))
        if film in works:
            return film
        para = p.sentence.paragraph
        night = next((self.para_ceremony[k] for k in sorted(self.para_ceremony, reverse=True)
                      if k <= para), None)
        at_night = [w for w in works if night and night in nights.get(w, ())]
        if len(at_night) == 1:
            return at_night[0]
        return next(iter(works)) if len(works) == 1 else None

    def _performs(self, who: str) -> bool:
        """Whether the KB knows the person as a performer: a part they play, or an award or
        nomination for a character."""
        kb = self.kb
        return bool(kb.facts(predicate="played_by", object_entity=who)
                    or kb.facts(predicate="cast_member", object_entity=who)) or any(
            f.qualifiers.get("character_name") for pred in ("nominated_for", "award_received")
            for f in kb.facts(subject=who, predicate=pred))

    def _pronoun(self, p: Parsed, tok, want: str):
        """'he'/'she': the nearest person before it in the sentence whose gender does not clash
        (a person the KB lacks counts: then the claim cannot be checked), else the paragraph's."""
        # a pronoun inside a relative clause on a person is that person ("..., after Jane
        # Roe, who was 22 when she won for X": Roe)
        rel = next((x.head for x in tok.ancestors if x.dep_ == "relcl"), None)
        host = p.arg_at(rel.i) if rel is not None else None
        if host is not None and (host.kind != "person" or rel.i > tok.i):
            host = None
        earlier = next((t for t in p.doc if t.i < tok.i and t.lower_ in PRONOUNS
                        and PRONOUNS[t.lower_] == want and t.dep_ in ("nsubj", "nsubjpass")), None)
        if earlier is not None and tok.dep_ in ("nsubj", "nsubjpass") and host is None:
            return self._pronoun(p, earlier, want)  # "He was nominated ..., and he won ..."
        # "A, B and C handed him the statuette": an object pronoun is never its own verb's
        # subject (that would be "himself"), nor one of the names set beside that subject
        own_subject = {x.i for v in ([tok.head] if tok.dep_ in ("dobj", "dative", "iobj")
                                     else [])
                       for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                       for x in c.subtree}
        people = sorted((a for a in p.args if a.kind == "person" and a.last <= tok.i
                         and a.head not in own_subject), key=lambda a: -a.first)
        # a subject pronoun prefers a subject antecedent ("X beat Y, and she ...": X)
        if host is not None and host.kind == "person" and host in people:
            people.sort(key=lambda a: a is not host)
        elif tok.dep_ in ("nsubj", "nsubjpass"):
            people.sort(key=lambda a: p.doc[a.head].dep_ not in ("nsubj", "nsubjpass"))
        elif tok.dep_ == "poss" and (own := clause_person(p, tok)) is not None:
            # "X, who stars in the Coogler film, earned his first nomination": an owner
            # pronoun in the object is the subject of its own clause, before any person
            # a clause set inside it names
            people.sort(key=lambda a: a is not own)
        elif tok.dep_ == "poss" and (said := self._described_subject(p, tok)) is not None:
            # "The director won Best Director, his first Oscar": the owner is the person the
            # clause's subject describes, or (none fits) no one the passage names
            return said
        for a in people:
            if not a.known:
                return None, None, None   # may be a person the KB lacks: no claim
            g = self.res.gender(a.entity)
            if g is None or g == want:
                return a.entity, None, None
        if not people and (ahead := self._cataphor(p, tok)) is not None:
            if not ahead.known:
                return None, None, None
            if self.res.gender(ahead.entity) in (None, want):
                return ahead.entity, None, None   # "With his wins ..., Baker joined ..."
        who = self.res.person(p.sentence, tok.lower_)
        if who and any(a.entity == who for a in p.args if a.head in own_subject):
            return None, None, None   # the passage's person is the giver here
        if who and len(self.res.candidates(p.sentence, tok.lower_)) > 1:
            self._assumed.add(who)   # several people "she" may be: it may not refute
        return who, None, None

    def _described_subject(self, p: Parsed, tok):
        """(KB id, None, None) of the person a description that is the subject of an owner
        pronoun's clause stands for ("the director", "the actress"), with a KB id of None
        when it stands for no one the passage makes clear; None when the clause's subject
        is no description of a person ("The picture brought X her third Oscar")."""
        verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if verb is not None else None
        if subj is None or subj.i >= tok.i or subj.pos_ != "NOUN" or p.arg_at(subj.i) \
                is not None or not any(c.lower_ in ("the", "this", "that") for c in subj.children):
            return None
        who, _, _ = self._subject_in(p, Filler(subj.i))
        e = self.kb.entity(who) if who else None
        if e is not None and e.type == "person":
            return who, None, None
        low = subj.lemma_.lower()
        person_nouns = set(DIRECTOR_NOUNS) | set(lexicon().qualifiers.get("director_nouns", ())) \
            | set(_person_descriptions())
        return (None, None, None) if low in person_nouns else None   # "the picture": not one

    @staticmethod
    def _cataphor(p: Parsed, tok, kind: str = "person") -> Optional[Arg]:
        """The person (film) a pronoun in a fronted phrase looks ahead to: the main clause's
        subject, named after the pronoun and outside the phrase that holds it."""
        root = next((t for t in tok.ancestors if t.dep_ == "ROOT"), None)
        if root is None:
            return None
        subj = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i <= tok.i or tok in subj.subtree:
            return None
        if any(t.text in (";", ":") for t in p.doc[tok.i:subj.i]):
            return None   # "His first nomination came for A; B won that year": a clause of
            # its own before the semicolon (which the parser may hang on the next one)
        a = p.arg_at(subj.i)
        return a if a is not None and a.kind == kind else None

    # -- slots ---------------------------------------------------------------------------------
    def _awards(self, f: Frame, runs: dict) -> list[AwardRef]:
        p = f.parsed
        fillers = list(f.roles.get("award", []))
        if f.noun_cue and _run_token(p, f.cue, runs) is not None:
            fillers.append(Filler(f.cue, None))   # "a best supporting actor nomination"
        elif f.noun_cue:   # "a surprise best picture winner": the category before the noun
            fillers += [Filler(c.i, p.arg_at(c.i)) for c in p.doc[f.cue].children
                        if c.dep_ in ("compound", "amod", "nmod") and c.i < f.cue
                        and _run_token(p, c.i, runs) is not None
                        and not any(x.token == c.i for x in fillers)]
        # a category after "for" is the award, not the film ("won the BAFTA for Best Editing")
        fillers += [w for w in f.roles.get("work", []) if (w.arg is None or not w.arg.known)
                    and _run_token(p, w.token, runs) is not None]
        cue = p.doc[f.cue]
        if f.noun_cue and cue.dep_ == "dobj":
            # "earned 17 Oscar nominations for Best Actress": a category after "for" that the
            # parser hung on the verb right after the noun is the category of the noun's prizes
            for pr in cue.head.children:
                if pr.dep_ == "prep" and pr.lower_ == "for" and pr.i == cue.right_edge.i + 1:
                    fillers += [Filler(o.i, p.arg_at(o.i)) for o in pr.children
                                if o.dep_ == "pobj" and _run_token(p, o.i, runs) is not None
                                and (o.i, p.arg_at(o.i)) not in [(x.token, x.arg) for x in fillers]]
        # "Best director had two winners": the prize a holder verb's subject names
        if f.noun_cue and not fillers and cue.dep_ == "dobj" and cue.head.lemma_.lower() in \
                lexicon().qualifiers.get("prize_holder_verbs", ()):
            fillers += [Filler(c.i, p.arg_at(c.i)) for c in cue.head.children
                        if c.dep_ == "nsubj" and (c.i in runs or (
                            (a := p.arg_at(c.i)) is not None and a.kind == "award"))]
        # "five Oscars, including best picture and director": the list names the categories
        if fillers or f.noun_cue:
            for c in f.tokens():
                if c.lower_ in ("including", "includes", "include") and c.dep_ in ("prep", "acl"):
                    for o in c.children:
                        if o.dep_ in ("pobj", "dobj"):
                            fillers += [Filler(t.i, p.arg_at(t.i)) for t in conjuncts(o)]
                    # ... and every category phrase the list holds, wherever the parser hung
                    # it ("including Best Actress for A and Best Supporting Actor for B", the
                    # second hung on A's name)
                    have = {runs[x.token] for x in fillers if x.token in runs}
                    for t in c.subtree:
                        if t.i in runs and runs[t.i] not in have and t.i == runs[t.i][1] - 1:
                            have.add(runs[t.i])
                            fillers.append(Filler(t.i, p.arg_at(t.i)))
        # "five Oscars: Best Picture, Best Director, ...": categories set in apposition to the
        # prize noun are the prizes it counts, each one stated
        heads = {fl.token for fl in fillers} | {
            t.i for t in f.tokens() if any(c.text == ":" for c in t.children)
            and (a := p.arg_at(t.i)) is not None and a.kind in AWARDISH}
        # (not one a gapped clause holds as its own: "A won Best Actor, B Best Supporting
        # Actor", the second parsed in apposition to the first)
        gapped = set().union(*(g.clause for g in self._siblings if g is not f
                               and g.gapped_from is not None and f.cue not in g.clause))
        for h in sorted(heads):   # (or to the edition they were won at, before a colon)
            todo = [c for c in p.doc[h].children if c.dep_ == "appos" and c.i > h]
            seen: set[int] = set()
            while todo:
                t = todo.pop()
                if t.i in seen or t.i in gapped or _run_token(p, t.i, runs) is None:
                    continue
                seen.add(t.i)
                fillers.append(Filler(t.i, p.arg_at(t.i)))
                todo += [c for c in t.children if c.dep_ in ("conj", "appos")]
        refs: list[AwardRef] = []
        # a phrase another frame of the sentence holds as its own ("X won A and Y B") is not
        # listed with this frame's
        held = set().union(*(g.clause for g in self._siblings if g is not f and g.cue in g.clause
                             and f.cue not in g.clause)) - {fl.token for fl in fillers}
        fams = lexicon().families
        prizes = {w.lower() for w in lexicon().qualifiers.get("award_nouns", ())}
        for fl in fillers:
            a = fl.arg
            t = p.doc[fl.token]
            if a is None and t.lemma_.lower() in prizes and fl.token not in runs:
                # "the Critics Choice Award": a show's name the linker took without the prize
                # noun after it names the prize (said beside another, it is not dropped)
                a = next((x for c in t.children if c.dep_ == "compound" and c.i < t.i
                          and (x := p.arg_at(c.i)) is not None and x.kind == "award"
                          and x.entity and x.last == t.i), None)
            if a is not None and any(r.arg is a for r in refs):
                continue  # two tokens of one name ("Palme" and "d'Or" parsed apart)
            if a is not None and a.kind == "film" and (
                    fam := fams.get(_bare_name(a.text))) and self.kb.entity(fam):
                # a show's name the linker took for a film of that title ("The Oscar"): the
                # award slot of a win or nomination names the show
                refs.append(AwardRef(fl.token, arg=Arg(a.start, a.end, a.text, "award", fam,
                                                       a.first, a.last, a.head)))
                continue
            if a is not None and a.kind == "film" and f.polarity == "won":
                # "accepted the Grand Prix": a prize's name the linker took for a film; the
                # family decides (`_slots`)
                refs.append(AwardRef(fl.token, run=(a.first, a.last), film=True))
                continue
            if a is not None and a.kind in AWARDISH:
                refs.append(AwardRef(fl.token, arg=a))
                # "the international feature Oscar": a category phrase on the award noun
                for c in p.doc[a.head].children:
                    if c.dep_ in ("compound", "amod") and c.i < a.first and c.i in runs \
                            and not any(r.run == runs[c.i] for r in refs):
                        refs.append(AwardRef(c.i, run=runs[c.i]))
            elif a is None and not _run_tokens(p, fl.token, runs) and (
                    top := self._top_run(p, fl.token)):
                refs.append(AwardRef(fl.token, run=top, top=True))   # "took top honors at the DGA"
            elif a is None and t.lemma_.lower() in set(lexicon().qualifiers.get("task_nouns", ())):
                continue   # "took editing duties": a craft's work, no prize of that craft
            else:
                for k, rt in enumerate(_run_tokens(p, fl.token, runs)):
                    first, last = runs[rt]
                    if any(r.run == (first, last) for r in refs) or (k and rt in held):
                        continue
                    words = {p.doc[j].lower_ for j in range(first, last)}
                    if "best" not in words and len(words) == 1 and words <= WEAK_HEADS:
                        continue
                    # the filler's own phrase keeps the filler's token; listed ones their own
                    refs.append(AwardRef(fl.token if k == 0 else rt, run=(first, last)))
            # "the Oscar of best director", "the statuette of best actress" (as translated
            # press puts the category): a category phrase in the prize's own "of" phrase (or
            # "for" phrase: "the Oscar for best cinematography went to X")
            t = p.doc[a.head if a is not None else fl.token]
            end = a.last if a is not None else fl.token + 1
            if (a is not None and a.kind in AWARDISH) or (a is None and t.lemma_.lower() in prizes):
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i == end:
                        for o in c.children:
                            if o.dep_ == "pobj" and o.i in runs and runs[o.i][1] == o.i + 1 \
                                    and not any(r.run == runs[o.i] for r in refs) and not (
                                        # (a list of them: "the Oscars for Best Actress and
                                        # Best Actor went to A and B", read elsewhere)
                                        c.lower_ == "for" and any(
                                            x.dep_ == "conj" for x in o.children)):
                                refs.append(AwardRef(o.i, run=runs[o.i]))
        # "winner of the Oscar for Best Actor": the category phrase the cue also holds (its
        # own "for" phrase) is a part of the prize's name the linker took whole, one prize
        refs = [r for r in refs if not (r.run and not r.film and not r.top and any(
            o.arg is not None and o.arg.kind in AWARDISH and o.arg.first <= r.run[0]
            and r.run[1] <= o.arg.last for o in refs if o is not r))]
        self._unread_prizes = _unread_conjuncts(p, fillers, runs, refs)
        if not refs:
            refs += self._same_prize(f, fillers, runs)
        if not refs and not self._other_object(f) and (
                giver := self._giver(f)) is not None and _named_only(f):
            # "the DGA honoured Sean Baker": a show named as the giver names the prize, even
            # for a relation that states one only with its prize named
            refs = [AwardRef(giver.head, arg=giver)]
        if not refs and not self._other_object(f) and not _named_only(f):
            # "won big at the Oscars", "won it at Cannes": the show the clause names; not
            # when the cue takes something else ("received an ovation at Cannes")
            # (not one a description of a named one holds: "beating X, the favourite since
            # the Golden Globes")
            winners = {x.token for x in f.roles.get("winner", [])}
            described = _described(f)
            refs = [AwardRef(a.head, arg=a) for a in f.args_in_clause(*AWARDISH)
                    if a.head not in winners and a.first not in described]
        return refs

    @staticmethod
    def _other_object(f: Frame) -> bool:
        """Whether the cue's award role holds a common noun that names no prize ("received a
        standing ovation", "earned praise"): then the cue states no win."""
        q = lexicon().qualifiers
        prize = {w.lower() for w in q.get("award_nouns", ())} | set(q.get("holder_nouns", ()))
        lex = lexicon()
        doc = f.parsed.doc
        for fl in f.roles.get("award", []):
            t = doc[fl.token]
            relative = doc[f.cue].dep_ == "relcl" and doc[f.cue].head.i == t.i   # ("the
            # applause the film received": the noun the cue's relative clause hangs on)
            if fl.arg is not None or t.pos_ not in ("NOUN", "ADJ", "PROPN") or t.dep_ not in (
                    "dobj", "obj", "attr", "oprd", "pobj") and not relative:
                continue   # a noun (or one the tagger took for an adjective: "Oscar buzz")
            lem = t.lemma_.lower()
            if lem in prize or t.lower_.rstrip("s") in prize or lex.noun(lem) \
                    or t.i in category_runs(f.parsed) or lem in q.get("times_suffix", ()):
                continue
            if (t.dep_ == "pobj" or any(c.dep_ == "nummod" for c in t.children)) and any(
                    (a := f.parsed.arg_at(x.i)) is not None and a.kind in AWARDISH
                   and not any(y.dep_ == "prep" for y in x.ancestors if t in y.ancestors
                               or y is t) for x in t.subtree if x is not t):
                continue   # "the Palme d'Or three times" parsed with "times" as the object,
                # "beat X in the Oscar race"; not "has Oscar buzz", nor "a shot at the Oscar"
                # (the prize hangs on a preposition)
            return True
        return False

    def _when(self, f: Frame, family: Optional[str]) -> tuple[Optional[str], Optional[int], bool]:
        """(edition, year, stated) the frame's own clause gives (never another clause's)."""
        # a clause told as the time of another ("..., two decades after X won Best Picture,
        # ...") starts at its marker: a phrase the parser hung on it before that is the main
        # clause's ("At the 92nd Academy Awards, two decades after X won, Y won")
        shifts = lexicon().qualifiers.get("edition_shift", {})
        start = min((c.i for c in f.parsed.doc[f.cue].children
                     if c.dep_ == "mark" and c.lower_ in shifts), default=-1)
        # a festival's edition ("the 76th Cannes Film Festival") is a ceremony like any other
        # (not one under a bound by another event: "Before the 97th Academy Awards, X won at
        # the DGA Awards" names the Oscars' night as a time, not as the win's edition)
        bound = _bound_words(f)
        named = [a for a in f.args_in_clause("ceremony", "festival") if a.entity
                 and (a.kind == "ceremony" or award_family(self.kb, a.entity) not in (None, a.entity))
                 and a.head > start and a.first not in bound]
        # a ceremony named by a year alone ("the 1976 Academy Awards") may mean the one held
        # that year or the one for that year's films: it states the year, not the edition
        by_year = [a for a in named if self._named_by_year(a)]
        cer = [a.entity for a in named if a not in by_year]
        doc = f.parsed.doc
        nouns = set(lexicon().qualifiers.get("edition_nouns", ()))
        self._unread_edition = None
        self._clashing: list[str] = []
        for t in f.tokens():  # "the 90th ceremony", "its 77th edition", "won at the 92nd"
            m = ORDINAL.match(t.text) if t.i > start else None
            a = f.parsed.arg_at(t.i)
            bare = t.dep_ == "pobj" and t.head.dep_ == "prep" and any(
                c.lower_ == "the" for c in t.children) and a is not None and a.last == t.i + 1
            # (the tagger may take "the 71st festival" for a date: the ordinal alone is none)
            alone = a is not None and a.kind == "date" and (a.first, a.last) == (t.i, t.i + 1)
            if m and (t.head.lower_ in nouns and (a is None or a.kind == "ordinal" or alone)
                      or bare):
                ed = self._numbered(f, family, int(m.group(1)))
                if not ed:
                    # "five years after Parasite won at the 92nd ceremony" in a paragraph on
                    # Cannes and the Oscars: the one show of the paragraph with that edition
                    alts = {self._edition(fam, int(m.group(1))) for fam in self.para_families.get(
                        f.parsed.sentence.paragraph, ()) if fam != family} - {None}
                    ed = alts.pop() if len(alts) == 1 else None
                if ed:
                    cer.append(ed)
                else:   # an edition the clause numbers, of no show the KB can tell
                    self._unread_edition = doc[t.left_edge.i:t.head.i + 1].text \
                        if t.head.lower_ in nouns else t.text
        cue = doc[f.cue]
        if cue.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in cue.children):
            # "the 15th ceremony, where Michael Curtiz won": the head names the edition
            head = cue.head
            for _ in range(4):
                # "the 74th edition, pushed to July by the pandemic, where Titane won": the
                # parser may hang the clause on a noun of an aside the edition's noun opens
                if head.lower_ in nouns or any(a.kind in ("ceremony", "festival") and a.entity
                                               and a.first <= head.i < a.last
                                               for a in f.parsed.args):
                    break
                if head.dep_ not in ("pobj", "agent", "prep", "acl") or head.head.i == head.i:
                    head = cue.head
                    break
                head = head.head
            else:
                head = cue.head
            cer += [a.entity for a in f.parsed.args if a.kind == "ceremony" and a.entity
                    and a.first <= head.i < a.last]
            for c in head.children:
                m = ORDINAL.match(c.text)
                if m and head.lower_ in nouns:
                    ed = self._numbered(f, family, int(m.group(1)))
                    if ed:
                        cer.append(ed)
        if not cer and not by_year:
            cer += self._governing_edition(f)
        if not cer and self._anaphora(f):
            base = self.para_ceremony.get(f.parsed.sentence.paragraph)
            if base:
                cer.append(base)
            elif not by_year and self.para_ceremony.get(f.parsed.sentence.paragraph - 1) \
                    and f.parsed.sentence.paragraph not in self.para_year:
                # "at that ceremony" opening a paragraph that names no edition (nor year) of
                # its own: the one the paragraph before named, as a reader carries it on (as a
                # bare win "later that evening" is read at the passage's night), not dropped
                # for the edition of the film the clause names
                cer.append(self.para_ceremony[f.parsed.sentence.paragraph - 1])
        self._shift_anchored = False
        shift = self._shift(f)
        self._rel_year = None
        if shift and not cer and not self._shift_anchored:
            para = f.parsed.sentence.paragraph
            if para in self.para_year:   # a year named since the last edition: that year's
                self._rel_year = (shift, self.para_year[para])
            else:
                base = self.para_ceremony.get(para)
                n = self._edition_number(base) if base else None
                ed = self._edition(family or award_family(self.kb, base), n + shift) if n \
                    else None
                if ed:
                    cer.append(ed)
        years = {int(YEAR.search(a.text).group(0)) for a in by_year}
        # a bracketed list of a festival's wins ("(Amour, 2012; ...)"): a film's year there is
        # the edition's, the year it premiered at the festival
        fam = self.kb.entity(family) if family and f.gapped_from is not None else None
        festival = fam is not None and fam.type == "festival"
        aside = self._aside(f)
        seq = set(lexicon().qualifiers.get("sequence_words", ()))
        prizes = [x.token for x in f.roles.get("award", [])]
        later = [t.i for t in f.tokens() if t.lower_ in seq and t.dep_ == "advmod"
                 and t.head.i != f.cue]
        for a in f.args_in_clause("date"):
            if any(a.last <= k and any(k < x for x in prizes) for k in later):
                continue   # "won in 2019 and then Best Picture": the year is the earlier win's
            # "the 1954 film": the film's year; "since 1956": a bound, not the event's year
            if (festival or not work_year(f.parsed, a)) and not bound_year(f.parsed, a, f.cue) \
                    and not participle_year(f.parsed, a) and a.first not in aside \
                    and a.head > start:   # (nor "the 1999-born actress": her birth's)
                years |= {int(y) for y in YEAR.findall(a.text)}
        para = f.parsed.sentence.paragraph
        nights = set(lexicon().qualifiers["edition_anaphora"].get("night_nouns", ()))
        if not years and not cer and para in self.para_year and any(
                doc[i].lower_ in nights and f.cue in (doc[i].head.i, doc[i].head.head.i)
                for i in self._anaphora(f)):
            years = {self.para_year[para]}   # "won in 2013, and Y won ... the same night"
        if not years and self._rel_year is not None:
            years = {self._rel_year[1] + self._rel_year[0]}
        elif self._rel_year is not None and years != {sum(self._rel_year)}:
            self._rel_year = None   # "two years later, in 2015" off the passage's year: unread
        ceremony = cer[0] if len(set(cer)) == 1 else None
        # "won at the 76th Cannes ..., since X, which premiered ..., at the 64th edition", the
        # parser hanging both editions on the verb: one of them is the win's and the clause
        # cannot tell which; they stay unread, so neither the year nor the family alone
        # supports the win (and neither edition refutes it)
        self._clashing = [self.kb.label(e) for e in dict.fromkeys(cer)] \
            if len(set(cer)) > 1 else []
        year = next(iter(years)) if len(years) == 1 else None
        return ceremony, year, bool(cer or years or shift)

    def _years_in_order(self, f: Frame) -> list[tuple[int, int]]:
        """(token, year) of each year of an event the clause names, in the order it names them
        (one per date; not a film's year, a bound or a participle's): for lists that pair in
        order."""
        out = []
        for a in sorted(f.args_in_clause("date"), key=lambda a: a.first):
            ys = YEAR.findall(a.text)
            if len(ys) == 1 and not work_year(f.parsed, a) and not bound_year(
                    f.parsed, a, f.cue) and not participle_year(f.parsed, a):
                out.append((a.head, int(ys[0])))
        return out

    def _governing_edition(self, f: Frame) -> list[str]:
        """The edition the clause a bare participle hangs on names ("X set the record at the
        26th Academy Awards, winning four Oscars"): the participle tells the same night. Not
        a participle with a marker of its own ("after winning"), and only an edition the
        governing clause itself names (not one of a clause inside it)."""
        cue = f.parsed.doc[f.cue]
        if cue.tag_ != "VBG" or any(c.dep_ in ("mark", "aux", "nsubj", "nsubjpass")
                                    for c in cue.children):
            return []
        same = set(lexicon().qualifiers.get("same_night_preps", ()))
        prep = cue.head if cue.dep_ == "pcomp" and cue.head.dep_ == "prep" else None
        if cue.dep_ != "advcl" and prep is None:
            return []
        gov = prep.head if prep is not None else cue.head
        if gov.pos_ not in ("VERB", "AUX"):
            return []
        own = clause_of(gov, f.parsed.titles) - f.clause
        named = [a for a in f.parsed.args if a.kind == "ceremony" and a.entity and a.head in own
                 and (prep is None or a.head not in {t.i for t in prep.subtree})]
        if named and prep is not None and prep.lower_ not in same:
            # "made history at the 26th after winning four Oscars": another time than the
            # governing clause's edition, but not the whole career either: left unread
            self._unread_edition = f.parsed.doc[named[0].first:named[0].last].text
            return []
        return list(dict.fromkeys(a.entity for a in named))

    def _named_by_year(self, a) -> bool:
        """Whether a ceremony's name is its year and the show alone ("the 1934 Oscars"), the
        year then either the one it was held in or its films' (`kb.awards.year_named`): it
        states the year, not one edition."""
        return year_named(self.kb, a.text, a.entity) is not None

    def _night_of(self, f: Frame, s, family: Optional[str]) -> Optional[str]:
        """The edition the paragraph is about, when a count states no time of its own but is
        told as an event ("Disney walked away with four statuettes" after the ceremony was
        named): the count may be that night's or the career's. A perfect ("has won") or a
        career word ("in all", "career") states the career only."""
        if s.ceremony or s.year:
            return None
        base = self.para_ceremony.get(f.parsed.sentence.paragraph)
        if not base or (family and award_family(self.kb, base) != family):
            return None
        cue = f.parsed.doc[f.cue]
        verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
        if verb.tag_ != "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            return None
        career = lexicon().qualifiers.get("career_words", ())
        if any(t.lower_ in career for t in f.tokens()):
            return None
        return base

    @staticmethod
    def _reached(f: Frame) -> bool:
        """"became a two-time winner in 1979": a relation noun said of its subject by a verb
        of becoming (`qualifiers.reaching_verbs`): the count is every win up to the time the
        clause gives, the last of them then."""
        cue = f.parsed.doc[f.cue]
        verbs = set(lexicon().qualifiers.get("reaching_verbs", ()))
        return f.noun_cue and cue.dep_ in ("attr", "oprd", "ccomp", "xcomp") and \
            cue.head.lemma_.lower() in verbs

    @staticmethod
    def _held_then(f: Frame) -> bool:
        """"At the 97th, three-time nominee X lost ...": a holder noun (`records.nth_holders`)
        counted by "N-time" and said of its holder, not reached by a verb of becoming,
        describes the holder as of the night the clause is at: every nomination (win) up to
        it, counted with it or before it as writers do either."""
        cue = f.parsed.doc[f.cue]
        holders = {w for ws in (lexicon().section("records").get("nth_holders") or {}).values()
                   for w in ws}
        times = set(lexicon().qualifiers.get("times_suffix", ()))
        return f.noun_cue and cue.lemma_.lower() in holders and not AwardReader._reached(f) \
            and any(t.lower_ in times and any(c.dep_ == "nummod" for c in t.children)
                    for t in cue.subtree if t.i < cue.i)

    @staticmethod
    def _latest(f: Frame, s, slots: dict) -> None:
        """"has won it three times, most recently for X in 2022": a work or year the clause
        gives after a marker of `latest_markers` names the latest of the counted wins; it
        moves from the count's scope to slots of its own (latest_year, latest_work)."""
        doc, p = f.parsed.doc, f.parsed
        words = [t.lower_ for t in doc]
        marks = [m.split() for m in lexicon().qualifiers.get("latest_markers", ())]
        at = next((i for i in sorted(f.clause) if i > f.cue for m in marks
                   if words[i:i + len(m)] == m and not (   # not "her latest film"
                       i + len(m) < len(doc) and doc[i + len(m)].pos_ in ("NOUN", "PROPN"))),
                  None)
        if at is None:
            return
        stated = list(slots["stated"])
        if slots.get("year") and any(a.kind == "date" and str(slots["year"]) in a.text
                                     and a.head > at for a in p.args):
            slots["latest_year"], slots["year"] = slots["year"], None
            stated = [x for x in stated if x != "year"] + ["latest_year"]
        work = next((w for w in s.works if w.arg and w.arg.kind == "film"), None)
        if work is not None and work.token > at and slots.get("for_work") == work.arg.entity:
            slots["latest_work"], slots["for_work"] = slots["for_work"], None
            slots["works"] = [x for x in slots.get("works", ()) if x != work.arg.entity]
            stated = [x for x in stated if x != "for_work"] + ["latest_work"]
        slots["stated"] = stated

    @staticmethod
    def _per_edition(f: Frame) -> Optional[int]:
        """"won four Oscars in one night", "at a single ceremony": the count is one edition's,
        whichever it was; the token that says so, or None."""
        per = lexicon().qualifiers.get("per_edition", {})
        nouns, words = set(per.get("nouns", ())), set(per.get("words", ()))
        return next((t.i for t in f.tokens() if t.dep_ == "pobj" and t.lemma_.lower() in nouns
                     and any(c.lower_ in words for c in t.children)), None)

    def _night_unnamed(self, f: Frame) -> Optional[int]:
        """"He won three Oscars that night" where the passage names no edition: the night a
        sentence before told of (a film's), one edition's count whichever it was, not the
        career's; the token that says so, or None."""
        if self.para_ceremony.get(f.parsed.sentence.paragraph):
            return None   # the night named: the count is that edition's
        ana = lexicon().qualifiers["edition_anaphora"]
        nights = set(ana.get("night_nouns", ()))
        doc = f.parsed.doc
        return next((t.i for t in f.tokens() if t.dep_ == "npadvmod" and t.head.i == f.cue
                     and t.lemma_.lower() in nights and any(
                         c.lower_ in ana.get("determiners", ()) for c in t.children)
                     # (not a comparison's: "more than any other film that night")
                     and not any(doc[k].lower_ == "than" for k in range(f.cue, t.i))), None)

    def _anaphora(self, f: Frame) -> list[int]:
        """Tokens of 'that night', 'the same ceremony': the edition named before."""
        ana = lexicon().qualifiers.get("edition_anaphora", {})
        dets, nouns = set(ana.get("determiners", ())), set(ana.get("nouns", ()))
        out = []
        for t in f.tokens():
            if t.lower_ in nouns and any(c.lower_ in dets for c in t.children):
                out += [x.i for x in t.subtree]
        return out

    @staticmethod
    def _anchor(t) -> bool:
        """The shift word takes an object of its own ("after Parasite", "before winning"),
        not one that points back at the passage's event ("after that")."""
        return any(c.dep_ in ("pobj", "pcomp") and not (
            c.pos_ == "PRON" or c.lower_ in ("that", "this", "then")) for c in t.children)

    def _shift(self, f: Frame) -> int:
        """'a year earlier', 'the following year', 'two years later': the signed number of
        editions (years) from the paragraph's edition (year)."""
        shifts = lexicon().qualifiers.get("edition_shift", {})
        units = ("year", "ceremony", "edition")
        for t in f.tokens():
            unit = t.head if t.head.lemma_.lower() in units else next(
                (c for c in t.children if c.lemma_.lower() in units), None)
            if t.lower_ in shifts and unit is not None:
                if any(c.dep_ == "det" and c.lower_ in ("this", "that", "same") or
                       c.lower_ == "same" for c in unit.children):
                    return 0   # "later that year", "earlier this year": the same year
                if self._anchor(t):
                    # "two years after Parasite", "a year before her first win": counted
                    # from the event the preposition names, not from the passage's edition
                    self._shift_anchored = True
                n = next((parse_number(c.lower_) for c in unit.children
                          if c.dep_ == "nummod"), None)
                if n is None and unit.tag_ == "NNS":
                    return 0   # "after (many) years of near-misses": no count of editions
                return shifts[t.lower_] * (int(n) if n and n == int(n) and 0 < n < 30 else 1)
        return 0

    def _counts(self, f: Frame, runs: Optional[dict] = None) -> tuple[list[tuple[int, int, str]],
                                                                       list[str]]:
        """(n, token, 'award' | 'nomination') for every count the clause states: "twice",
        "five Oscars", "13 nominations", "a four-time winner", "its only win"; and the numbers
        it states that count something else ("four of Anora's five Oscars": the five)."""
        q = lexicon().qualifiers
        adverbs = q.get("count_adverbs", {})
        award_nouns = set(q.get("award_nouns", ()))
        nom_nouns = set(q.get("nomination_nouns", ()))
        relative = set(q.get("relative_count", ()))
        doc = f.parsed.doc
        kind_of_cue = "nomination" if f.relation.predicate == "nominated_for" else "award"
        # a relation noun in the clause ("..., its only win from eight nominations") has its
        # own frame, and the counts under it are that frame's
        inner = self._inner(f)
        times = set(q.get("times_suffix", ()))
        multiples = q.get("count_multiples", {})
        ways = set(q.get("winner_count_nouns", ()))
        unread: list[str] = []
        out = []
        title = f.parsed.titles   # "Everything Everywhere All at Once": a title's words
        # "won in five of the six categories": a number under a preposition of the cue is
        # read here only as a count out of a pool
        pooled = [g for x in doc[f.cue].children if x.dep_ == "prep" for g in x.children
                  if g.dep_ == "pobj" and g.pos_ == "NUM" and any(
                      y.dep_ == "prep" and y.lower_ == "of" for y in g.children)]
        for c in [*doc[f.cue].children, *pooled]:
            if c.i in title:
                continue
            if c.lower_ in adverbs and getattr(f.parsed.arg_at(c.i), "kind", None) not in (
                    "film", "work", "person"):   # not the "Once" of a title
                out.append((adverbs[c.lower_], c.i, kind_of_cue))
            elif (c.dep_ in ("dobj", "obj") or c in pooled) and \
                    (got := _all_but(c, award_nouns | nom_nouns)):
                # "won all but one of its six nominations": the pool less the exception
                n, k, pool = got
                inner |= {pool.i} | {x.i for x in pool.children if x.dep_ == "nummod"}
                out.append((n, k.i, kind_of_cue))
                if self._nominations_pool(pool, nom_nouns):
                    out.append((n + number_value(k), pool.i, "nomination"))
            elif (c.dep_ in ("dobj", "obj") or c in pooled or (
                    # "took home just two": the parser may take the object for an adverb
                    c.dep_ == "npadvmod" and c.i > f.cue and _bare_count(c))) \
                    and c.pos_ == "NUM":
                # "five of its six", "four out of the five": the prepositions may hang on the
                # number or, right after it, on the verb
                # ... or, fronted, on the verb before its subject ("Out of six nominations,
                # Anora won five", "From eight nominations, it won one")
                outs = [pc for pc in [*c.children, *doc[f.cue].children] if pc.dep_ == "prep"
                        and pc.lower_ in q.get("pool_prepositions", ())
                        and (pc.head.i == c.i or pc.i == c.i + 1 or (
                            pc.head.i == f.cue and pc.i < f.cue and any(
                                s.dep_ in ("nsubj", "nsubjpass") and pc.i < s.i < f.cue
                                for s in doc[f.cue].children)))]
                pool = [o for pc in [*c.children, *(g for x in outs for g in x.children)]
                        if pc.lower_ == "of" for o in pc.children
                        if o.lemma_.lower() in award_nouns | nom_nouns
                        or o.lower_.rstrip("s") in award_nouns] or [
                    # "from eight nominations": the pool is the preposition's own object
                    o for x in outs for o in x.children if o.dep_ == "pobj"
                    and o.lemma_.lower() in nom_nouns]
                n = number_value(c)
                if not pool and n is not None and kind_of_cue == "award" and \
                        self._pronoun_pool(f, c):
                    # "collected 14 nominations and won 11 of them": the pool is the counted
                    # prizes the pronoun stands for, the number is the wins
                    if self._pool_scoped(f, c, runs or {}, unread):
                        continue
                    out.append((n, c.i, kind_of_cue))
                    continue
                bare = [o for pc in dict.fromkeys([*c.children, *outs, *doc[f.cue].children])
                        if pc.dep_ == "prep" and pc.lower_ == "of" and (
                            pc.head.i == c.i or pc.i == c.i + 1)
                        for o in pc.children if o.dep_ == "pobj"
                        and o.pos_ == "NUM" and o.i > c.i and all(
                            x.dep_ == "poss" and x.lower_ in ("its", "their", "his", "her")
                            for x in o.children)] if not pool and kind_of_cue == "award" \
                    and f.relation.polarity == "won" and f.roles.get("winner") and all(
                        w.arg is not None and w.arg.kind in ("film", "work")
                        for w in f.roles["winner"]) else []
                # (a film's: "Baker won four of six" may count the film's six nominations)
                m = number_value(bare[0]) if len(bare) == 1 else None
                if n is not None and m is not None and 0 <= n <= m < 200:
                    # "won 11 of 14", "(won 4 of 8)", "won three of its five": the pool a
                    # win count is told out of, its noun left out, is the subject's
                    # nominations: N wins out of M nominations
                    out.append((n, c.i, kind_of_cue))
                    out.append((m, bare[0].i, "nomination"))
                    continue
                if pool and n is not None:
                    # "of its 14 Oscar nods": the number may hang on the name before the noun
                    named = [pool[0], *(z for z in pool[0].children if z.i < pool[0].i
                                        and z.dep_ in ("compound", "nmod"))]
                    inner |= {z.i for z in named}
                    m = next((number_value(x) for z in named for x in z.children
                              if x.dep_ == "nummod"), None)
                    if any(x.dep_ == "det" and x.lower_ in q.get("whole_pool_determiners", ())
                           for x in c.children):
                        # "won every one of its 11 nominations": all of them, not one
                        if m is None:
                            continue
                        n = m
                    # "won five of its six nominations" / "five of the six Oscars it was up
                    # for": five wins out of six nominations
                    out.append((n, c.i, kind_of_cue))
                    other = self._others_pool(f, pool[0])
                    owner = self._pool_owner(f, pool[0]) if other is None else None
                    if m is not None and other is not None and \
                            self._nominations_pool(pool[0], nom_nouns):
                        # "... of the five awards that Anora was nominated for", said of
                        # Baker: the five are Anora's nominations, a count of Anora's
                        self._other_counts.append((m, pool[0].i, other, "nominated"))
                    elif m is not None and other is not None and self._wins_pool(pool[0]):
                        # "four of the five Oscars Anora won", said of Baker: Anora's wins
                        self._other_counts.append((m, pool[0].i, other, "won"))
                    elif m is not None and owner is not None and \
                            not self._nominations_pool(pool[0], nom_nouns):
                        # "four of Anora's five Oscars", said of Baker: the five are Anora's
                        # wins, a count of Anora's (its nominations, "four of Anora's six
                        # nominations", are the noun's own frame: unread here)
                        self._other_counts.append((m, pool[0].i, owner, "won"))
                    elif m is not None and owner is None and \
                            self._nominations_pool(pool[0], nom_nouns):
                        out.append((m, pool[0].i, "nomination"))
                    elif m is not None:   # "four of Anora's five Oscars": not this claim's
                        unread.append(str(m))
                elif n is not None and n < 200 and kind_of_cue == "award" and \
                        c not in pooled and _bare_count(c):   # "won two", "won only two"
                    kind = self._elided_kind(f, c)
                    if kind is None and doc[f.cue].lemma_.lower() in q.get(
                            "count_noun_needed_verbs", ()):
                        unread.append(c.text)   # "X had seven" with no count before:
                        continue   # of what, unsaid
                    if self._pool_scoped(f, c, runs or {}, unread):
                        continue
                    if kind is None and doc[f.cue].lemma_.lower() in q.get(
                            "light_count_verbs", ()):
                        self._either_counts.add(c.i)   # "Anora collected six": wins or
                        # nominations, no count before it says which
                    out.append((n, c.i, kind or kind_of_cue))
                    # "..., won two": the prizes in play
        for fl in f.roles.get("award", []):
            # "was nominated for ten", "came away with five": a bare number in the prize's
            # place, under a preposition of the cue, counts the prizes (nominations)
            c = doc[fl.token]
            n = number_value(c) if c.pos_ == "NUM" and c.dep_ == "pobj" else None
            if n is not None and 0 < n < 200 and fl.arg is not None and \
                    fl.arg.kind == "cardinal" and _bare_count(c) and \
                    c.head.head.i in (f.cue, *(x.i for x in doc[f.cue].children)):
                out.append((n, c.i, kind_of_cue))
        zero = q.get("zero_count", {})
        if self._denied(f):
            pass   # "snubbed for Best Director": a denial of that prize (`claims`), no count
        elif f.relation.name in zero.get("relations", ()):
            words = [c.i for c in doc[f.cue].children if c.i > f.cue and c.dep_ in (
                "prt", "advmod", "advcl", "oprd", "acomp")]   # the cue's own words end it
            if _named_only(f):   # "overlooked at the Golden Globes": to the show's name
                words += [a.head for a in f.args_in_clause(*AWARDISH) if a.head > f.cue]
            out.append((0, max(words, default=f.cue), "award"))   # "went home empty-handed"
        elif f.noun_cue:   # "earned no nominations": the relation noun itself, none of it
            cue = doc[f.cue]
            if any(c.dep_ == "det" and c.lower_ in zero.get("determiners", ())
                   for c in cue.children):
                out.append((0, f.cue, kind_of_cue))
        else:   # "won nothing", "came away with none", "won no Oscars"
            for t in f.tokens():
                if t.i in inner or t.dep_ not in ("dobj", "pobj"):
                    continue
                gov = t.head if t.dep_ == "dobj" else t.head.head
                if gov.i != f.cue or (t.dep_ == "pobj" and t.head.dep_ != "prep"):
                    continue
                named = f.parsed.arg_at(t.i)
                if named is not None and named.kind in ("film", "work", "person", "name"):
                    continue   # a title's own word ("for No Country for Old Men") counts nothing
                exc = _exceptions(f, t, zero)
                if (t.lower_ in zero.get("objects", ()) and not exc and not any(
                        c.dep_ in ("amod", "appos", "cc", "conj", "advmod", "quantmod")
                        for c in t.children)) or any(
                        c.dep_ == "det" and c.lower_ in zero.get("determiners", ())
                        for c in t.children):
                    out.append((0, t.i, kind_of_cue))
                    break
                prizes = [x for c in exc for x in c.subtree if x.dep_ == "pobj"
                          and c.i in (x.head.i, x.head.head.i)
                          and _prize(f.parsed, x, award_nouns)]
                if t.lower_ in zero.get("objects", ()) and prizes and not any(
                        y.dep_ == "nummod" for x in prizes for y in x.children):
                    # ("nothing short of three Oscars" states its count itself)
                    # "walked away with nothing but the Best Director prize": that prize and
                    # no other, a count of the prizes named
                    n = len({y.i for x in prizes for y in [x, *x.conjuncts]})
                    out.append((n, t.i, kind_of_cue))
                    break
        toks = list(f.tokens())
        if f.noun_cue or doc[f.cue].dep_ == "amod":
            # "two-time Oscar winner Meryl Streep": "time" may hang on the name
            seen = {t.i for t in toks}
            toks += [t for t in doc[f.cue].head.children if t.i not in seen and t.i < f.cue]
        holders = set(q.get("holder_nouns", ()))
        cue_t = doc[f.cue]
        # "Jane Roe, six times a nominee, ...": the parser hangs the noun on "times"
        set_off = cue_t.head if f.noun_cue and cue_t.dep_ == "appos" and \
            cue_t.head.lower_ in times and cue_t.head.i < f.cue else None
        if set_off is not None and set_off.i not in {t.i for t in toks}:
            toks.append(set_off)
        for t in toks:   # "won it three times", "a three-time winner"
            if t.i not in inner and t.lower_ in times and (
                    any(c.dep_ == "appos" and c.lemma_.lower() in holders and c.i != f.cue
                        for c in t.children)
                    or (t.head.i != f.cue and t.head.lemma_.lower() in holders)
                    # "X, a nominee 21 times over, has yet to win": the parser sets the
                    # count off on the name beside the holder noun, which it describes
                    or (t.dep_ == "appos" and t.head.i != f.cue and any(
                        c.dep_ == "appos" and c.lemma_.lower() in holders and c.i < t.i
                        and c.i != f.cue for c in t.head.children))):
                continue   # "six times a nominee", "a seven-time nominee": the count describes
                # the person (the holder noun's own claim), not this verb's event
            if set_off is not None and t.i == set_off.i:
                n = next((number_value(x) for x in t.children if x.dep_ == "nummod"), None)
                if n is not None and n < 200:
                    out.append((n, t.i, kind_of_cue))
                continue
            gov = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if t.lower_ in times and f.noun_cue and gov is not None and gov.i != f.cue and \
                    t.head.pos_ not in ("NOUN", "PROPN") and doc[f.cue].dep_ not in (
                    "dobj", "obj", "attr") and lexicon().verb_cues(gov.lemma_.lower()):
                continue   # "nominated five times before without a win": the count is the
                # verb's own event's, not the noun's set beside it
            if t.lower_ in times and _multiplier(t):
                unread.append(t.text)   # "four times as many Oscars as X": a ratio to
                continue   # another's count, not a count of this one's
            if t.i not in inner and t.lower_ in times and (t.dep_ in (
                    "npadvmod", "dobj", "advmod", "compound", "amod", "appos") and (
                    t.head.i == f.cue or t.head.i in f.clause or self._beside_holder(f, t)) or (
                    t.dep_ == "nmod" and self._beside_holder(f, t)) or (
                    # "a three-time best actress winner": the parser may hang "time" on the
                    # holder noun as a noun modifier
                    t.dep_ == "nmod" and f.noun_cue and t.head.i == f.cue and t.i < f.cue) or (
                    # "nominated for an Oscar 17 times": the parser may take the times for
                    # the preposition's object
                    t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == f.cue)):
                n = next((number_value(x) for x in t.children if x.dep_ == "nummod"), None)
                if n is not None and n < 200:
                    out.append((n, t.i, kind_of_cue))
                    if (cls := self._for_class(f, t)):   # "nominated three times for acting":
                        self._class_counts[t.i] = cls   # the count of that class's prizes
            elif t.i not in inner and t.lower_ in multiples and t.dep_ in ("amod", "compound") \
                    and f.noun_cue and (t.head.i == f.cue or (   # "a double Oscar winner"
                        t.head.dep_ == "compound" and t.head.head.i == f.cue)):
                out.append((multiples[t.lower_], t.i, kind_of_cue))
        verbs = self._verbs_own(f)
        for t in f.tokens():
            if t.i in inner or t.i in verbs:
                continue
            lem = t.lemma_.lower()
            if lem not in award_nouns and t.lower_.rstrip("s") in award_nouns:
                lem = t.lower_.rstrip("s")   # "Oscars" is a proper noun to the lemmatizer
            if lem not in award_nouns and t.i != f.cue:
                continue
            if any(x.lower_ in relative for x in t.children):
                continue  # "five more awards" counts part of a set
            h = t.head
            if t.i != f.cue and _nomination_after(doc, t.i) and t.dep_ not in ("compound", "nmod"):
                lem = doc[t.i + 1].lower_.rstrip("s")   # "four Oscar nominations" the parser
                # split ("nominations" read as a verb): the number counts the nominations
            if t.i != f.cue and t.dep_ in ("compound", "nmod") and h.i > t.i:
                # "14 Oscar nods", "five Oscar statuettes": the number counts the noun the
                # name modifies, nominations or prizes; anything else it does not count here
                hl = h.lemma_.lower()
                if h.i in inner or not ({hl, h.lower_.rstrip("s")} & (award_nouns | nom_nouns)):
                    continue
                if {hl, h.lower_.rstrip("s")} & nom_nouns:
                    lem = next(iter({hl, h.lower_.rstrip("s")} & nom_nouns))
            # "nominated for six Oscars": under a nomination verb, the prizes it counts are
            # nominations ("six nominations into five wins": a noun cue's other nouns are not)
            kind = "nomination" if lem in nom_nouns or (
                kind_of_cue == "nomination" and not f.noun_cue and t.i != f.cue) else \
                kind_of_cue if t.i == f.cue else "award"
            if t.i == f.cue and f.noun_cue and t.tag_ == "NN" and any(
                    x.lower_ == "only" for x in t.children) and not any(
                    x.dep_ in ("acl", "relcl") for x in t.children):
                # (not "its only nominee to go home empty-handed": a restricted one)
                # "its only win"; "its only win apart from casting" counts the exception too,
                # which may be no prize the KB keeps: it may hold, not refute
                only = next(x for x in t.children if x.lower_ == "only")
                # a word between "only" and the noun narrows it as it narrows a number ("the
                # film's only acting nomination" is one of the acting ones, not of all)
                scope = self._narrowed(f, t, only, runs or {})
                if scope == "part":
                    unread.append(only.text)
                    continue
                excepted = _excepted(t, q.get("zero_count", {}))
                out.append((1 + len(excepted), t.i, kind))
                if excepted or scope == "loose":
                    self._loose_counts.add(t.i)
                if scope == "competitive":
                    self._competitive_counts.add(t.i)
                if scope and scope.startswith("class:"):
                    self._class_counts[t.i] = list(lexicon().categories["classes"][
                        scope[len("class:"):]])
                continue
            # a year on the noun dates it ("the 2023 Best Picture winner"), it counts nothing
            nums = [c for c in t.children
                    if c.dep_ in ("nummod", "amod", "compound", "quantmod")
                    and number_value(c) is not None
                    and getattr(f.parsed.arg_at(c.i), "kind", None) != "date"]
            if not nums and t.i == f.cue and f.noun_cue and t.dep_ == "pobj" and \
                    t.head.dep_ == "prep" and _held_record(t, t.head.head):
                nums = [x for x in [record_value(t, t.head.head)] if x is not None]
                # "holds the record for the most wins, with 12": the record's value counts
                # the noun
            whole = _whole_count(t) if not nums and t.i == f.cue and f.noun_cue else None
            if whole is not None:
                # "all three of The Brutalist's wins": the number the noun's whole set is
                # taken by counts the noun
                n = number_value(whole)
                if n is not None and 0 < n < 200:
                    out.append((n, whole.i, kind))
                continue
            first = t.left_edge
            if not nums and t.i == f.cue and f.noun_cue and first.i < t.i and \
                    first.dep_ == "nummod" and first.pos_ == "NUM" and \
                    first.head.lower_ not in times and all(
                        x.pos_ in ("PROPN", "NOUN", "PUNCT") or x.dep_ == "compound"
                        for x in doc[first.i + 1:t.i]):
                nums = [first]   # "nine Critics Choice nominations": the parser may hang
                # the number on a name inside the phrase; it counts the phrase's head
            for c in nums:
                if any(x.lower_ in times and _multiplier(x) for x in c.children):
                    unread.append(c.text)   # "four times more Oscars than X": a ratio
                    continue
                if c.i in f.clause:
                    n = number_value(c)
                    listed = [x for a in t.children if a.dep_ == "appos" and a.i > t.i
                              for x in conjuncts(a)]
                    if t.i == f.cue and lem in ways and listed:
                        if n != len(listed):   # "two winners, A and B": the number of
                            unread.append(c.text)   # winners it lists, not of their wins
                        break
                    scope = self._narrowed(f, t, c, runs or {}) if n is not None else None
                    if n is not None and n < 200 and scope == "part":
                        unread.append(c.text)   # "two acting Oscars": a part of the record
                        break
                    if n is not None and n < 200 and scope == "loose":
                        self._loose_counts.add(c.i)   # "four major wins": may hold, not refute
                    bound = _count_bound(c) if n is not None else None
                    if bound:   # "nearly a dozen", "more than ten": a bound, not the count
                        self._count_bounds[c.i] = bound
                    named = _named_set(t, c, n) if n is not None and scope != "part" else None
                    if named is not None:   # "the top five Oscars": a set by name
                        self._count_sets[c.i] = named
                    if n is not None and n < 200 and scope == "competitive":
                        self._competitive_counts.add(c.i)   # "22 competitive Oscars"
                    if n is not None and n < 200 and scope and scope.startswith("class:"):
                        self._class_counts[c.i] = list(lexicon().categories["classes"][
                            scope[len("class:"):]])   # "two acting Oscars"
                    if n is not None and n < 200:
                        out.append((n, c.i, kind))
                        break
        for _n, tok, _k in out:   # "more than three times", "won nearly 20": a bound
            t = doc[tok]
            if tok not in self._class_counts and (cls := self._for_class(
                    f, t.head if t.dep_ == "nummod" else t)):
                self._class_counts[tok] = cls   # "nominated twice as a director"
            num = t if t.pos_ == "NUM" else next((x for x in t.children if x.dep_ == "nummod"),
                                                  None)
            bound = _count_bound(num) if num is not None else None
            if bound and tok not in self._count_bounds:
                self._count_bounds[tok] = bound
        return out, unread

    def _verbs_own(self, f: Frame) -> set:
        """For a relation noun, the tokens of its sentence's verb frames outside the noun's
        own phrase: "nominated for six Oscars without a win" -- the six are the verb's."""
        if not f.noun_cue:
            return set()
        own = {x.i for x in f.parsed.doc[f.cue].subtree}
        return {t for g in self._siblings if g is not f and not g.noun_cue
                for t in g.clause if t not in own}

    @staticmethod
    def _beside_holder(f: Frame, t) -> bool:
        """"Two-time Oscar winner Meryl Streep": the parser may hang "time" on the name the
        holder noun also modifies; with only the prize's name between them it is the noun's."""
        doc = f.parsed.doc
        cue = doc[f.cue]
        # a participle cue on the name is the holder noun's kind ("six-time Oscar-nominated
        # Amy Adams"), the prize's name hung on it as an adverbial noun
        return (f.noun_cue or cue.dep_ == "amod") and t.dep_ in ("compound", "amod", "nmod") \
            and t.i < f.cue and t.head.i == cue.head.i and cue.dep_ in (
                "compound", "amod", "nmod") and all(
                # ("best" of "best supporting actress" may be read as an adverb)
                x.dep_ in ("compound", "amod", "nmod", "npadvmod", "punct", "advmod")
                and x.head.i in (f.cue, x.i + 1) for x in doc[t.i + 1:f.cue])

    @staticmethod
    def _nominated_ref(f: Frame, r: AwardRef, polarity: str) -> bool:
        """Whether a prize the clause names is a nomination: under a nomination cue, or its
        name followed by a nomination noun ("four Best Actress Oscar nominations")."""
        if polarity == "nominated":
            return True
        end = r.arg.last if r.arg is not None else r.run[1] if r.run else None
        return end is not None and end > 0 and _nomination_after(f.parsed.doc, end - 1)

    def _anaphor_category(self, f: Frame, s: Slots, family, specific) -> Optional[str]:
        """The one category a clause names for a count that refers back to it ("in that
        category"), or None when the clause names none or more than one."""
        if not specific:
            # a counted noun that is a frame of its own ("won Best Actress on each of her
            # three nominations in that category"): the category its clause's verb takes
            doc = f.parsed.doc
            noun = doc[f.cue]
            verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            objs = [] if verb is None else [c for c in verb.children if c.dep_ in (
                "dobj", "obj")] + [o for c in verb.children if c.dep_ == "prep" and c.lower_
                                    == "for" for o in c.children if o.dep_ == "pobj"]
            found = {self._category(family, " ".join(
                x.text for x in o.subtree if x.i <= o.i and x.dep_ not in ("det", "poss")))
                for o in objs if o.i != noun.i} - {None}
            return found.pop() if len(found) == 1 else None
        if len(specific) != 1:
            return None
        r = specific[0]
        if r.arg is not None:
            return r.arg.entity if r.arg.kind == "award" else None
        if not r.run:
            return None
        return self._category(family, f.parsed.doc[r.run[0]:r.run[1]].text)

    @staticmethod
    def _counts_category(f: Frame, tok: int, r: AwardRef, n_specific: int) -> bool:
        """Whether a nomination count is of the one category the clause names: the category
        modifies the counted noun ("four Best Actress nominations"), or the count is said of
        the cue whose own object (or 'for' object) is that category ("nominated for Best
        Actress four times"); not a category under "including" or a list."""
        doc = f.parsed.doc
        t = doc[tok]
        noun = t.head if t.dep_ == "nummod" else t
        inside = lambda i: (r.run and r.run[0] <= i < r.run[1]) or (  # noqa: E731
            r.arg is not None and r.arg.first <= i < r.arg.last) or i == r.tok
        if any(inside(x.i) for x in noun.children if x.i < noun.i
               and x.dep_ in ("amod", "compound", "nmod")):
            return True   # "four Best Actress nominations"
        for pr in [*noun.children, *(x for x in noun.head.children
                                     if x.i == noun.right_edge.i + 1 and noun.dep_ == "dobj")]:
            # "two nominations in the supporting actress race", "two nods for Best Actress": a
            # preposition on the counted noun whose object is the category (or a race of it)
            if pr.dep_ != "prep" or pr.lower_ not in lexicon().qualifiers.get(
                    "category_count_prepositions", ()) or _set_off(noun, pr):
                continue
            for o in pr.children:
                if o.dep_ == "pobj" and (inside(o.i) or any(
                        inside(x.i) for x in o.children if x.i < o.i
                        and x.dep_ in ("amod", "compound", "nmod"))):
                    return True
        if n_specific != 1 or r.tok < 0:
            return False
        rt = doc[r.tok]
        held = rt.head.i == f.cue and rt.dep_ in ("dobj", "obj") or (
            rt.dep_ == "pobj" and rt.head.lower_ == "for" and rt.head.head.i == f.cue)
        q = lexicon().qualifiers
        # the parser may hang "eight times" on the prize's name rather than on the verb
        # ... and "six times a nominee for Best Actress" on "times", which the noun is set beside
        beside = f.noun_cue and doc[f.cue].dep_ == "appos" and doc[f.cue].head.i == t.i
        counted = (t.head.i == f.cue or (t.lower_ in q.get("times_suffix", ()) and (
            inside(t.head.i) or beside))) and (t.lower_ in q.get("count_adverbs", {})
                                               or t.lower_ in q.get("times_suffix", ()))
        return held and counted   # "nominated for Best Actress four times"

    def _label_festival(self, f: Frame, s: Slots, family, own, phrases):
        """(show, drop_year) for the counts of a row whose label alone names a festival
        beside a count of wins out of nominations after it ("Secrets & Lies (Palme 1996):
        won 1 of 5"): a festival hands out no nominations, so the label's prize and year are
        the label's claim and the count is of the one other show the passage names (show
        None: a reading); the label's year is not the count's. None when the row is not so."""
        p, kb = f.parsed, self.kb
        label = leading_label_end(p.doc)
        if not (family and own and label and f.cue > label and not phrases) or \
                getattr(kb.entity(family), "type", None) != "festival" or \
                not any(k == "nomination" for _n, _t, k in s.counts):
            return None
        if any(a.last > label for a in f.args_in_clause(*AWARDISH)
               if a.entity == family or award_family(kb, a.entity) == family):
            return None   # the festival is named after the label: the clause's own
        shows = [x for x in dict.fromkeys(x for fams in self.para_families.values()
                                          for x in fams)
                 if getattr(kb.entity(x), "type", None) != "festival"]
        drop_year = s.year is not None and any(
            a.kind == "date" and a.last <= label and str(s.year) in a.text for a in p.args)
        return (shows[0] if len(shows) == 1 else None), drop_year

    def _row_person_s(self, f: Frame, sid) -> Optional[str]:
        """Why a row film's bracketed tally set beside a person's name may be the person's
        ("4. Title (2011) - Actor (won 3 of 21)"): unless the person is the film's director
        (a film row's credit: "Title (1976) - Director (won 1 of 4)" is the film's tally),
        the row is read as the film's to support only."""
        b = f.row_person
        if b is None:
            return None
        if b.entity and sid and any(x.value == b.entity for x in self.kb.facts(
                subject=sid, predicate="director")):
            return None
        return (f"The bracket follows {b.text}, whose tally it may be; read as the row's "
                f"film's, this does not hold: ")

    def _pronoun_pool(self, f: Frame, num) -> bool:
        """Whether a number is "N of them" where the pronoun stands for prizes (nominations)
        counted earlier in the sentence ("14 nominations ... won 11 of them"), or in a sentence
        before it in the paragraph ("It received 14 nominations. It won six of them.")."""
        q = lexicon().qualifiers
        nouns = set(q.get("award_nouns", ()))
        pron = [o for pc in num.children if pc.dep_ == "prep" and pc.lower_ == "of"
                for o in pc.children if o.lower_ in q.get("pool_pronouns", ())]
        if not pron:
            return False
        return any((t.lemma_.lower() in nouns or t.lower_.rstrip("s") in nouns)
                   and any(x.dep_ == "nummod" and number_value(x) is not None
                           for x in t.children)
                   for t in f.parsed.doc[:num.i] if t.i not in f.parsed.titles) or \
            self.para_count_kind.get(f.parsed.sentence.paragraph) is not None

    def _pool_scoped(self, f: Frame, num, runs: dict, unread: list) -> bool:
        """A bare count ("won three", "won three of them") counts out of the prizes the last
        count before it named; when a word narrowed those ("four acting nominations and won
        three"), the count is of that narrower set too: of a class of categories (noted, as
        for "three acting Oscars"), else of a part the KB cannot single out (left unread,
        True: no count of the whole record)."""
        scope = self._antecedent_scope(f, num, runs)
        if scope is None or scope == "competitive":
            return False
        if scope.startswith("class:"):
            self._class_counts[num.i] = list(lexicon().categories["classes"][
                scope[len("class:"):]])
            return False
        if scope == "loose":
            self._loose_counts.add(num.i)
            return False
        unread.append(num.text)
        return True

    def _antecedent_scope(self, f: Frame, num, runs: dict) -> Optional[str]:
        """How a word narrowed the counted prize noun a bare count leaves out: the last one
        its sentence counts before it, else its paragraph's (`_narrowed`)."""
        p = f.parsed
        for t in reversed(p.doc[:num.i]):
            if t.i in p.titles:
                continue
            nm = next((c for c in t.children if c.dep_ == "nummod"
                       and number_value(c) is not None), None)
            if nm is not None and _counted_kinds([t]):
                return self._narrowed(f, t, nm, runs)
        return self.para_count_scope.get(p.sentence.paragraph)

    def _elided_kind(self, f: Frame, num) -> Optional[str]:
        """What a bare number after a light verb counts ("The Brutalist got ten nominations
        ... Anora earned six"): the noun left out is the one the last count before it named,
        in its sentence or else in its paragraph ("nomination" or "award"); None when the
        verb states a win itself ("won six") or no count came before."""
        q = lexicon().qualifiers
        if f.parsed.doc[f.cue].lemma_.lower() not in q.get("light_count_verbs", ()):
            return None
        here = _counted_kinds(f.parsed.doc[:num.i])
        kind = here[-1] if here else self.para_count_kind.get(f.parsed.sentence.paragraph)
        if kind == "nomination" and self._same_holder(f):
            # "came in with six nominations and picked up four", "It received ten
            # nominations. It collected three": a later count of the same holder after its
            # nominations counts what it won of them, not more nominations
            return "award"
        return kind

    @staticmethod
    def _same_holder(f: Frame) -> bool:
        """Whether the clause's subject is the one the count before it was said of, as a
        reader takes it: none of its own (a verb joined to the one before: "X got ten
        nominations and picked up three"), a pronoun, or a plain title noun ("the film")."""
        from .parse import focus_subject_nouns
        cue = f.parsed.doc[f.cue]
        subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            return cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX") and cue.head.i < cue.i
        s = subj[0]
        if s.pos_ == "PRON":
            return s.lower_ in ("it", "they")
        return s.lemma_.lower() in focus_subject_nouns() and f.parsed.arg_at(s.i) is None \
            and [c.lower_ for c in s.children if c.dep_ in ("det", "poss", "amod", "compound",
                                                             "nummod")] == ["the"]

    def _narrowed(self, f: Frame, noun, num, runs: dict) -> Optional[str]:
        return self._narrowed_in(f.parsed, noun, num, runs)

    def _narrowed_in(self, p: Parsed, noun, num, runs: dict) -> Optional[str]:
        """Whether a modifier of the counted prize narrows it to a part the KB cannot single
        out ("three acting Oscars", "two animated awards"): not a category the clause names
        ("two directing Oscars" counts Best Director), not the show's own name ("four Oscar
        nominations"), not a word that leaves the count whole ("competitive")."""
        q = lexicon().qualifiers
        plain = set(q.get("count_plain_modifiers", ())) | set(q.get("relative_count", ()))
        loose = set(q.get("count_loose_modifiers", ()))
        times = set(q.get("times_suffix", ()))
        competitive = set(q.get("count_competitive_modifiers", ()))
        got = None
        for x in noun.children:   # between the number and the noun: "an incredible seven
            # Oscars" praises the count, "seven acting Oscars" narrows it
            if not num.i < x.i < noun.i or x.dep_ not in ("amod", "compound", "nmod"):
                continue
            if x.lower_ in competitive:
                got = got or "competitive"
                continue
            if number_value(x) is not None or x.lower_ in plain or x.pos_ == "PROPN" or \
                    x.lower_ in times or num in x.subtree:   # "three-time": the count's own
                continue
            if p.arg_at(x.i) is not None or _run_token(p, x.i, runs) is not None:
                continue
            if self._family_words([x]):
                continue
            if x.lower_ in loose:
                got = "loose"
                continue
            if x.lower_ in (lexicon().categories.get("classes") or {}):
                got = f"class:{x.lower_}"   # "three acting Oscars": the class's categories
                continue
            return "part"
        preps = set(q.get("category_count_prepositions", ()))
        # (the parser may hang the preposition right after the noun on the verb)
        for pr in [*noun.children, *(x for x in noun.head.children
                                     if x.i == noun.right_edge.i + 1 and noun.dep_ == "dobj")]:
            # "two nominations in the supporting actress race": a race (field, category) of
            # the show the clause names by its category words is a part of the record; (a
            # category said as the prize itself, "two nods for Best Actress", is the prize's)
            if pr.dep_ != "prep" or pr.lower_ not in preps or pr.i < noun.i or _set_off(noun, pr):
                continue
            named = lambda i: _run_token(p, i, runs) is not None or getattr(  # noqa: E731
                p.arg_at(i), "kind", None) == "award"
            for o in pr.children:
                if o.dep_ != "pobj":
                    continue
                if named(o.i) and pr.lower_ == "for":
                    continue   # the prize itself: its count is the prize's (`claims`)
                if named(o.i) or any(
                        x.i < o.i and x.dep_ in ("amod", "compound", "nmod") and named(x.i)
                        for x in o.children):
                    return "part"
        return got

    def _record_win(self, f: Frame) -> Optional[str]:
        """"Bigelow became the first woman to win Best Director", "Parasite was the first
        non-English film to win Best Picture": a record said of a subject the copula (or a
        verb of becoming) names, told as a fact, holds a win of its own; its record words
        ("first woman") stay unchecked. The words, or None."""
        doc = f.parsed.doc
        cue = doc[f.cue]
        if f.noun_cue or f.negated or cue.dep_ not in ("relcl", "acl"):
            return None
        noun, verb = cue.head, cue.head.head
        q = lexicon().qualifiers
        if noun.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep" and \
                verb.head.lemma_.lower() in q.get("record_as_verbs", ()):
            verb = verb.head   # "made history as the first film to win Best Picture"
        elif noun.dep_ != "attr" or not _equating(verb):
            return None
        if noun.pos_ != "NOUN" or verb.dep_ not in ("ROOT", "conj"):
            return None
        if not _told_of_a_known_subject(f.parsed, verb):
            return None   # "could become the first ...", "was not the first ...": no win told
        if any(t.dep_ == "nummod" and t.head.lemma_.lower() not in lexicon().qualifiers.get(
                "record_times_nouns", ()) for t in f.tokens()):
            return None   # "the first to win six Oscars": a count of at least (the record's);
            # "the only man to win Best Actor three times" tells how often he won it
        lo = noun.left_edge.i
        while lo < noun.i and doc[lo].dep_ == "det":
            lo += 1
        return doc[lo:noun.i + 1].text

    @staticmethod
    def _near_miss(f: Frame) -> bool:
        """Whether an adverb before the cue verb says it fell short ("nearly won", "almost
        took": `qualifiers.near_miss_adverbs`)."""
        return not f.noun_cue and fell_short(f.parsed.doc[f.cue])

    @staticmethod
    def _unsettled(f: Frame) -> bool:
        """Whether an adverb on the cue verb says the event did not stand
        (`qualifiers.unsettled_adverbs`: "the envelope error briefly handed Best Picture to
        X"): neither a win nor its denial is told."""
        cue = f.parsed.doc[f.cue]
        words = lexicon().qualifiers.get("unsettled_adverbs", ())
        return not f.noun_cue and any(c.dep_ == "advmod" and c.lower_ in words
                                      for c in cue.children)

    @staticmethod
    def _other_giver(f: Frame) -> bool:
        """Whether the clause names who gave the prize with a preposition the relation gives
        no role ("named best actress by the New York Film Critics Circle", "won Best Director
        from the Boston critics"), a body the KB does not know as a show
        (`qualifiers.giver_prepositions`, `giver_nouns`): the prize is that body's, not the
        show the passage is about."""
        q = lexicon().qualifiers
        p, cue = f.parsed, f.parsed.doc[f.cue]
        roles = dict(f.relation.roles)
        # on the cue, or on its object (the parser hangs "by the Boston critics" on the prize)
        objs = [o for o in cue.children if o.dep_ in ("dobj", "oprd", "attr")] + [
            p.doc[x.token] for x in f.roles.get("award", [])]
        # "The European Film Academy honoured Roma"; and where the subject is the role of the
        # prize's show ("the 96th Academy Awards crowned X as Best Picture"), one that is no
        # show the KB knows ("critics named Anora their best picture")
        if roles.get("nsubj", "award") == "award" and any(
                (a := p.arg_at(c.i)) is not None and not a.known and a.kind not in (
                    "person", "film", "character", "work") or (
                    a is None and c.lemma_.lower() in q.get("giver_nouns", ()))
                for c in cue.children if c.dep_ == "nsubj"):
            return True
        for c in {x.i: x for h in [cue] + objs for x in h.children}.values():
            word = "agent" if c.dep_ == "agent" else c.lower_ if c.dep_ == "prep" else None
            if word is None or word in roles or (c.dep_ == "prep" and word not in q.get(
                    "giver_prepositions", ())) or (c.dep_ == "agent" and "by" in roles):
                continue
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                a = p.arg_at(o.i)
                if a is not None and not a.known and a.kind not in (
                        "person", "film", "character", "date", "cardinal", "ordinal", "work"):
                    return True
                if a is None and o.lemma_.lower() in q.get("giver_nouns", ()):
                    return True
        return False

    def _nth_winner(self, f: Frame) -> Optional[int]:
        """"Wings was the first film to win Best Picture", "... the second film ever to be
        named Best Animated Feature": a record whose words are an ordinal and a noun any
        winner of the category is (`records.plain_winner_nouns`), with nothing else on the
        noun or on its clause (no "since", "both", "without", no second prize), says which
        of the category's winners, in the order of its editions, the subject was: n, or
        None."""
        rank = self._ranked_winner(f, [*lexicon().section("records").get(
            "plain_winner_nouns", ()), *_winner_classes()], parse_ordinal)
        return parse_ordinal(rank.lower_) if rank is not None else None

    @staticmethod
    def _nth_class(f: Frame, nth: Optional[int]) -> Optional[list]:
        """"Janet Gaynor was the first woman to win Best Actress": [the class noun on an n-th
        winner (`nth`, the frame's `_nth_winner`), then the category words it stands for
        (`records.age_class_nouns`; the verifier orders the category's winners only where its
        label holds one of them)], or None."""
        if not nth:
            return None
        noun = f.parsed.doc[f.cue].head
        words = _winner_classes().get(noun.lemma_.lower())
        return [noun.lemma_.lower(), *words] if words else None

    def _age_rank(self, f: Frame) -> Optional[dict]:
        """"Brody became the youngest man to win Best Actor", "the oldest person ever to win
        Best Actress": a record whose words are an age superlative (`records.age_ranks`) and a
        noun any winner of the category is (`records.age_winner_nouns`, or a class noun
        whose category word the prize's label holds: `records.age_class_nouns`) orders the
        category's winners by their age at the win. {"rank": youngest|oldest, "now": said in
        the present ("is", "remains": over every winner since), "class": the class noun's
        category words}, or None."""
        w = lexicon().section("records")
        ranks = w.get("age_ranks") or {}
        classes = _winner_classes()
        nouns = [*w.get("age_winner_nouns", ()), *classes]
        rank = self._held_rank(f, nouns, ranks) if f.noun_cue else \
            self._ranked_winner(f, nouns, lambda x: ranks.get(x), bounded=True)
        if rank is None:
            return None
        noun = rank.head if not f.noun_cue else f.parsed.doc[f.cue]
        verb = noun.head
        now = verb.tag_ in ("VBZ", "VBP") or verb.lemma_.lower() in w.get("age_rank_now", ())
        # "the youngest best actress winner since Jennifer Lawrence (since 2013)": the winners
        # ranked are those after that one's win (that year's)
        since = next((b for c in [*noun.children, *(verb.children if f.noun_cue else
                                                    f.parsed.doc[f.cue].children)]
                      if (b := _since_bound(f.parsed, c)) is not None), None)
        return {"rank": ranks[rank.lower_], "now": now,
                "class": classes.get(noun.lemma_.lower()), "since": since}

    def _held_rank(self, f: Frame, nouns, ranks: dict):
        """"Matlin remains the youngest best actress winner", "the oldest winner of the best
        actress Oscar": the holder noun is the cue, set equal to a known subject by a copula or
        a verb of becoming told as fact, with one rank word in its modifiers (the parser may
        hang it on the category's "best") and nothing else on it but the prize (its compounds,
        an "of" phrase naming it) and "in ... history": the rank token, or None."""
        doc = f.parsed.doc
        noun = doc[f.cue]
        if noun.lemma_.lower() not in nouns or noun.dep_ != "attr" or f.negated:
            return None
        verb = noun.head
        if not _equating(verb) or not _told_of_a_known_subject(f.parsed, verb):
            return None
        found = [t for t in doc[noun.left_edge.i:noun.i] if t.lower_ in ranks
                 and t.dep_ in ("amod", "advmod")]
        if len(found) != 1 or len(f.roles.get("award", [])) > 1:
            return None
        runs, beyond = category_runs(f.parsed), set(_words_beyond())
        for c in noun.children:
            if c.dep_ in ("det", "amod", "compound", "punct") and c.i < noun.i:
                continue
            kids = [o for o in c.children if o.dep_ == "pobj"]
            if c.dep_ == "prep" and kids and all(
                    _run_token(f.parsed, o.i, runs) is not None or o.lower_ in beyond or (
                        (x := f.parsed.arg_at(o.i)) is not None and x.kind == "award")
                    for o in kids):
                continue   # "of the best actress Oscar", "in Oscar history"
            if _since_bound(f.parsed, c) is not None:
                continue   # "since Jennifer Lawrence": the winners it ranks among (_age_rank)
            return None
        since = set(lexicon().section("records").get("since", ()))
        if any(c.dep_ == "prep" and c.lower_ in since and _since_bound(f.parsed, c) is None
               for c in verb.children):
            return None   # "became the youngest winner since the 1930s" (the parser may hang
            # the bound on the verb): winners the KB cannot bound
        return found[0]

    def _ranked_winner(self, f: Frame, nouns, rank_word, bounded: bool = False):
        """The one modifier `rank_word` reads (an ordinal, an age superlative) on a record's
        noun that is one of `nouns`, with nothing else on the noun or on its clause (no
        "since", "both", "without", no second prize; `bounded`: a "since" bound of
        `_since_bound` may be there): the token, or None."""
        if not f.record or self._record_win(f) is None:
            return None
        doc = f.parsed.doc
        cue, noun = doc[f.cue], doc[f.cue].head
        if noun.lemma_.lower() not in nouns:
            return None
        ords = [c for c in noun.children if c.dep_ == "amod" and rank_word(c.lower_)]
        if len(ords) != 1 or any(c.dep_ not in ("det", "amod", "relcl", "acl", "punct")
                                 or (c.dep_ == "amod" and c not in ords)
                                 or (c.dep_ in ("relcl", "acl") and c.i != cue.i)
                                 for c in noun.children):
            return None
        ever = set(lexicon().section("records").get("plain_winner_adverbs", ()))
        objs = [c for c in cue.children if c.dep_ in ("dobj", "oprd", "attr")]
        runs = category_runs(f.parsed)
        if len(objs) != 1 or any(c.dep_ in ("conj", "cc") or c.dep_ == "prep" and not (
                # (but "the Academy Award for Best Actress": the prize's category)
                (kids := list(c.children)) and all(
                    o.dep_ == "pobj" and _run_token(f.parsed, o.i, runs) is not None
                    for o in kids)) for c in objs[0].children):
            return None
        when = set(lexicon().section("records").get("same_time_clauses", ()))
        words = {w for cu in lexicon().verb_cues(cue.lemma_.lower()) for w in cu.words[1:]}
        # (a multiword cue's own words: "take home")
        if any(c.dep_ not in ("aux", "auxpass", "punct", "dobj", "oprd", "attr")
               and not (c.dep_ in ("prt", "advmod") and c.i > cue.i and c.lower_ in words)
               and not (c.dep_ == "advmod" and c.lower_ in ever)
               and not (c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and
                                                  m.lower_ in when for m in c.children))
               and not (c.dep_ == "prep" and (kids := list(c.children)) and all(
                   o.dep_ == "pobj" and _run_token(f.parsed, o.i, runs) is not None
                   for o in kids))
               and not (bounded and _since_bound(f.parsed, c) is not None)
               for c in cue.children):
            return None   # (a clause of when it was won tells the same win; "the Oscar for
            # best actress": the category of the prize)
        if len(f.roles.get("award", [])) != 1:
            return None
        return ords[0]

    @staticmethod
    def _denied(f: Frame) -> bool:
        """A relation of none ("was snubbed", "went home empty-handed") whose clause names a
        category ("for Best Director", "in the Best Actress race"): it denies that prize."""
        zero = lexicon().qualifiers.get("zero_count", {})
        cue = f.parsed.doc[f.cue]
        if f.noun_cue and cue.dep_ == "pobj" and cue.head.lower_ in zero.get("prepositions", ()):
            return True   # "left without a win (for Best Director)": a denial of the win
        runs = category_runs(f.parsed)
        return f.relation.name in zero.get("relations", ()) and any(
            _run_token(f.parsed, w.token, runs) is not None for w in f.roles.get("award", []))

    def _career_ordinal(self, f: Frame) -> Optional[int]:
        """'her first Oscar nomination', 'won his third Best Actress Oscar': which of the
        subject's wins (nominations) this one is said to be, in the order of their ceremonies
        (a slot the verifier checks). Only an owner's, or one an indefinite article puts on the
        subject ("won Ali a second Oscar"): "that first Palme" is the prize's first edition.
        A word between the ordinal and the prize that narrows it to a part the KB cannot
        single out ("his first animated Oscar") leaves the ordinal unread; a class of
        categories (`categories.classes`: "his first acting Oscar") counts within the class."""
        doc = f.parsed.doc
        if f.gapped_from is not None:
            # a clause whose verb was left out ("... and her second for B at the 22nd") has
            # only the ordinal it says itself; the prize it takes from the first clause
            # brings that clause's ordinal, which is not this one's
            # ("..., the first for Morning Glory in 1934": of the counted, the first)
            return next((n for i in sorted(f.clause) if (doc[i].tag_ == "PRP$" or (
                doc[i].lower_ == "the" and i == min(f.clause - _span_of_roles(f), default=-1)))
                         and i + 1 in f.clause and (n := parse_ordinal(doc[i + 1].lower_))),
                        None)
        films = set(lexicon().qualifiers.get("title_nouns", ()))
        # (a film noun the parser set beside the prize counts films, not prizes: "won the
        # Palme with Anora, his eighth feature")
        heads = [doc[f.cue]] + [doc[x.token] for x in f.roles.get("award", [])
                                if doc[x.token].lemma_.lower() not in films]
        for h in heads:
            if _another_owner(f, h):
                return None   # "X won Best Actress, the film's fifth Oscar": not X's fifth
            apposed = _apposed_ordinal(h)
            if apposed is not None:   # "went home with the directing prize, his second"
                return apposed
            if not _owned(h):
                continue
            for c in _ordinals_on(h):
                n = parse_ordinal(c.lower_)
                if n:
                    if _prize_class(h, c) is None and self._narrowed(
                            f, h, c, category_runs(f.parsed)) == "part":
                        return None
                    return n
        return _night_apposed_ordinal(f)

    @staticmethod
    def _career_owner(f: Frame) -> Optional[str]:
        """The owner word of the prize noun a career ordinal is on ("his" in "his second
        Palme"), lower-cased; None when no owned prize noun carries an ordinal."""
        doc = f.parsed.doc
        for h in [doc[f.cue]] + [doc[x.token] for x in f.roles.get("award", [])]:
            if _owned(h) and _ordinals_on(h):
                return next((g.lower_ for g in h.children if g.dep_ == "poss"), None)
        return None

    @staticmethod
    def _night_ordinal(f: Frame) -> bool:
        """Whether an ordinal counts one night's prizes ("took a second statuette that night",
        "his second Oscar of the evening": "that N", "of / on the N" with a noun of the
        lexicon's `ordinal_nights`), not the career's."""
        nights = set(lexicon().qualifiers.get("ordinal_nights", ()))
        return any(t.lemma_.lower() in nights and (
            t.dep_ == "npadvmod" and any(c.lower_ == "that" for c in t.children)
            or t.dep_ == "pobj" and t.head.lower_ in ("of", "on")) for t in f.tokens())

    @staticmethod
    def _ordinal_class(f: Frame) -> Optional[list]:
        """The label words of the class of categories an owner's ordinal counts within ("his
        first acting Oscar": the categories whose labels say actor or actress), or None."""
        doc = f.parsed.doc
        for h in [doc[f.cue]] + [doc[x.token] for x in f.roles.get("award", [])]:
            if not _owned(h):
                continue
            for c in _ordinals_on(h):
                return _prize_class(h, c)
        return None

    @staticmethod
    def _told_as_past(f: Frame) -> bool:
        """Whether the clause tells the prize (nomination) as had, its verb (a noun cue's: the
        verb it hangs from) in the past or perfect: "picked up her ninth nomination", not
        "is chasing her third Oscar" or "hopes to win her third" (an n-th still to come)."""
        if f.irrealis or f.negated:
            return False
        t = f.parsed.doc[f.cue]
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            return False
        return t.tag_ == "VBD" or (t.tag_ == "VBN" and any(
            a.dep_ == "aux" and a.lemma_ == "have" for a in t.children))

    def _ordinal_of_family(self, f: Frame) -> bool:
        """Whether the noun an owner's ordinal is on names the show's prizes, not one category:
        "his second Oscar ... for Best Director" is the second of his Oscars, not of his Best
        Director wins ("his third Best Actress Oscar" is of hers)."""
        doc = f.parsed.doc
        heads = [doc[f.cue]] + [doc[x.token] for x in f.roles.get("award", [])]
        if _night_apposed_ordinal(f) is not None:
            return True   # ("won Best Actor at the 97th, his second": as set after a prize)
        for h in heads:
            if _apposed_ordinal(h) is not None:
                return True   # ("won the directing prize, his third": of all his prizes or
                # of that category's, it holds if either count makes it so)
            if not _owned(h) or not _ordinals_on(h):
                continue
            words = [c for c in h.children if c.i < h.i and c.dep_ in ("compound", "nmod", "amod")
                     and not parse_ordinal(c.lower_)]
            # a category named in lower case counts within it too ("his first directing Oscar")
            cats = lexicon().categories
            named = (set(cats.get("heads", ())) | set(cats.get("synonyms", {}))) - {
                "film", "performance"}   # ("his second film Oscar" is any of his Oscars)
            # (a name word that names the show with the noun is the show's: "his second
            # Academy Award" is of all his Academy Awards, as "his second Oscar" is)
            return not any(c.pos_ == "PROPN" and not self._family_words([c])
                           and not self._family_words([c, h])
                           or c.lower_ in named for c in words) \
                and bool(self._family_words([h]) or h.lemma_.lower() in set(
                    lexicon().qualifiers.get("award_nouns", ())))
        return False

    def _works_count(self, f: Frame) -> Optional[tuple[int, int]]:
        """(n, token) of "for four different films": how many works the wins were for."""
        titles = set(lexicon().qualifiers.get("title_nouns", ()))
        got = None
        for c in f.tokens():
            if c.lower_ != "for" or c.dep_ != "prep":
                continue
            for o in c.children:
                n = next((number_value(x) for x in o.children if x.dep_ == "nummod"), None)
                if o.lemma_.lower() in titles and n and (o.tag_ in ("NNS", "NNPS") or n == 1):
                    got = (n, o.i)
        return got

    @staticmethod
    def _nominations_pool(noun, nom_nouns) -> bool:
        """Whether the M of "N of its M ..." counts nominations: a nomination noun, or prizes a
        relative clause says it was up for ("the six Oscars it was up for"). "four of Anora's
        five Oscars" counts another's wins, which this claim does not state for its subject."""
        if noun.lemma_.lower() in nom_nouns:
            return True
        cues = _cue_heads("nominated") | {"up", "nominate"}
        if any(c.dep_ == "relcl" and any(t.lemma_.lower() in cues for t in c.subtree)
               for c in noun.children):
            return True
        # the parser may hang the relative clause elsewhere: the words right after the noun
        after = []
        for t in noun.doc[noun.i + 1:noun.i + 7]:
            if t.is_punct:
                break
            after.append(t.lemma_.lower())
        return bool(set(after) & cues)

    @staticmethod
    def _others_pool(f: Frame, noun) -> Optional[Arg]:
        """The named subject of a relative clause on a pool noun when it is not the frame's
        subject ("four of the five awards that Anora was nominated for", said of Baker)."""
        winners = {t.i for w in f.roles.get("winner", []) for t in f.parsed.doc[w.token].subtree}
        for rc in noun.children:
            if rc.dep_ != "relcl":
                continue
            for s in rc.children:
                a = f.parsed.arg_at(s.i) if s.dep_ in ("nsubj", "nsubjpass") else None
                if a is not None and s.pos_ != "PRON" and s.i not in winners \
                        and a.kind in SUBJECT_KINDS:
                    return a
        return None

    @staticmethod
    def _wins_pool(noun) -> bool:
        """Whether a pool noun's relative clause says its prizes were won ("the five Oscars
        Anora won", "the awards it took home")."""
        cues = _cue_heads("won")
        return any(c.dep_ == "relcl" and c.lemma_.lower() in cues and not any(
            x.dep_ == "neg" for x in c.children) for c in noun.children)

    @staticmethod
    def _pool_owner(f: Frame, noun) -> Optional[Arg]:
        """The named possessor of a pool noun when it is not the frame's subject ("four of
        Anora's five Oscars", said of Baker)."""
        winners = {t.i for w in f.roles.get("winner", []) for t in f.parsed.doc[w.token].subtree}
        for s in noun.children:
            a = f.parsed.arg_at(s.i) if s.dep_ == "poss" else None
            if a is not None and s.pos_ != "PRON" and s.i not in winners \
                    and a.kind in SUBJECT_KINDS:
                return a
        return None

    def _inner(self, f: Frame) -> set:
        """Tokens under a relation noun inside a verb's clause ("..., its only win from eight
        nominations"): that noun has its own frame, and what hangs on it is its own."""
        if f.noun_cue:
            return set()
        lex = lexicon()
        return {t.i for n in f.tokens() if n.i != f.cue and n.pos_ in ("NOUN", "PROPN")
                and lex.noun_of(n) for t in n.subtree}

    def _same_prize(self, f: Frame, fillers: list, runs: dict) -> list[AwardRef]:
        """A bare prize noun the lexicon's `same_prize` words point back with ("won the same
        prize at the Academy Awards") names the category of the last category phrase the
        sentence says before the clause ("won best supporting actress at the BAFTAs, a month
        before she won the same prize at the Academy Awards"), else the paragraph before it,
        read at the clause's own show. With no such phrase the words are a slot left unread
        (`_slots`): the prize is some earlier one, never any prize of the show."""
        p = f.parsed
        same = set(lexicon().qualifiers.get("same_prize", ()))
        prizes = {w.lower() for w in lexicon().qualifiers.get("award_nouns", ())}
        for fl in fillers:
            t = p.doc[fl.token]
            if fl.arg is not None or t.lemma_.lower() not in prizes or fl.token in runs or \
                    not any(c.lower_ in same for c in t.children):
                continue
            before = sorted({r for r in runs.values() if r[1] <= fl.token
                             and not any(k in f.clause for k in range(*r))})
            if before:
                return [AwardRef(fl.token, run=before[-1])]
            fam = self._own_family(f, []) or self._context_family(f)
            # a prize named whole ("won the Palme d'Or in 2017, and the same honour went to
            # Y"): the one award the sentence names before the clause, else the one the latest
            # sentence of the paragraph that named a prize named, when no category phrase
            # was said after it -- of the clause's own show, if it names one
            named = {a.entity for a in p.args if a.kind == "award" and a.entity
                     and a.last <= fl.token and a.first not in f.clause}
            # (a paragraph that has named no prize yet reads on from the one before it)
            para = p.sentence.paragraph
            awards_at = self.__dict__.get("_last_award", {})
            phrases_at = self.__dict__.get("_last_phrase_at", {})
            if para not in awards_at and para not in phrases_at:
                para -= 1
            if not named:
                at, ents = awards_at.get(para, (None, set()))
                if at is not None and at >= phrases_at.get(para, -1):
                    named = ents
            if len(named) == 1:
                aw = next(iter(named))
                own = self._own_family(f, [])
                if award_family(self.kb, aw) not in (None, aw) and own in (
                        None, award_family(self.kb, aw)):
                    return [AwardRef(fl.token, arg=Arg(0, 0, self.kb.label(aw), "award", aw))]
            # else the last the paragraph said before the sentence ("X was nominated for best
            # supporting actor. Y was nominated in the same category")
            phrase = self.__dict__.get("_last_phrase", {}).get(p.sentence.paragraph)
            aw = self._category(fam, phrase) if phrase and fam else None
            if aw and aw != fam:
                return [AwardRef(fl.token, arg=Arg(0, 0, self.kb.label(aw), "award", aw))]
            self.__dict__.setdefault("_same_unread", {})[id(f)] = \
                p.doc[t.left_edge.i:t.i + 1].text
        return []

    @staticmethod
    def _for_class(f: Frame, counted=None) -> Optional[list]:
        """The class of categories a bare "for" phrase on the cue names ("nominated three times
        for acting": lexicon categories.classes), or an "as" phrase naming a role on the cue,
        the counted noun or their verb ("two nominations as a director": categories.
        role_classes), else None."""
        cats = lexicon().categories
        classes = cats.get("classes") or {}
        roles = cats.get("role_classes") or {}
        doc = f.parsed.doc
        for c in doc[f.cue].children:
            if c.dep_ == "prep" and c.lower_ == "for":
                for o in c.children:
                    if o.dep_ == "pobj" and o.lower_ in classes and not list(o.children):
                        return list(classes[o.lower_])
        heads = [doc[f.cue]] + ([counted] if counted is not None else [])
        heads += [a for h in list(heads) for a in [next((x for x in h.ancestors if x.pos_ in (
            "VERB", "AUX")), None)] if a is not None]
        for h in heads:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ != "as":
                    continue
                for o in c.children:
                    # (not "as director of the academy": a post, no category)
                    if o.dep_ == "pobj" and o.lemma_.lower() in roles and all(
                            (x.dep_ == "det" and x.lower_ in ("a", "an")) or (
                                x.dep_ == "prep" and x.i > o.i and x.lower_ != "of")
                            for x in o.children):
                        return list(roles[o.lemma_.lower()])
        return None

    def _slots(self, f: Frame, runs: dict) -> Slots:
        refs = self._awards(f, runs)
        family = self._family(f, refs)
        refs = [r for r in refs if not r.film or self._category(
            family, f.parsed.doc[r.run[0]:r.run[1]].text)]
        if any(r.top for r in refs) and not lexicon().categories.get("top", {}).get(
                "of", {}).get(family or ""):
            # a show with no one top prize (the Globes): the show the clause names
            winners = {x.token for x in f.roles.get("winner", [])}
            refs = [r for r in refs if not r.top] or [
                AwardRef(a.head, arg=a) for a in f.args_in_clause(*AWARDISH)
                if a.head not in winners]
        for r in refs:   # a prize's name the linker took for a film ("the Grand Prix") is
            a = f.parsed.arg_at(r.run[0]) if r.film else None   # no film a later "it" means
            if a is not None and a.entity:
                self._prize_films.add(a.entity)
        ceremony, year, _ = self._when(f, family)
        clashing = list(self._clashing)
        # (with no show yet, the show the category is read as may number it: see _claims)
        unread_edition = self._unread_edition if family and not (ceremony or year) else None
        relative = (*self._rel_year, any(YEAR.search(a.text) for a in f.args_in_clause(
            "date")), bool(self.para_year_held.get(f.parsed.sentence.paragraph))) \
            if self._rel_year is not None and year is not None else None
        works = [w for w in (self._work_read(f.parsed, w) for w in f.roles.get("work", []))
                 if not ((w.arg is None or not w.arg.known)
                         and _run_token(f.parsed, w.token, runs) is not None)]
        works += [w for w in _made_work(f) if w not in works]
        # "a nomination for Anora": a film in the award's place is the work
        if f.polarity == "nominated":
            works += [w for w in f.roles.get("award", []) if w.arg is not None
                      and w.arg.kind == "film" and w not in works
                      and _bare_name(w.arg.text) not in lexicon().families]
            # ... and so is the film "it" stands for there ("earned a nomination for it")
            works += [r for r in (self._work_read(f.parsed, w) for w in f.roles.get("award", [])
                                  if w.arg is None) if r.arg is not None and r not in works]
        # with an edition named, a date dates the edition: the date family's claim checks it
        self._other_counts = []
        self._loose_counts = set()
        self._either_counts = set()
        self._competitive_counts = set()
        self._class_counts = {}
        self._count_sets = {}
        self._count_bounds = {}
        counts, unread = self._counts(f, runs)
        unread = unread + [x for x in clashing + self._unread_prizes if x not in unread]
        if (same := self.__dict__.get("_same_unread", {}).pop(id(f), None)):
            unread = unread + [same]   # "the same prize" with no prize before it to read
        others = list(self._other_counts)
        # ... but a festival's edition runs for days: a date said of a win there is the day
        # its prizes were given (its closing), which the award's check reads
        eds = [e for e in [ceremony] + [a.entity for a in f.args_in_clause("ceremony",
                                                                           "festival")]
               if e and award_family(self.kb, e) not in (None, e)]
        month, day, weekday = self._month_day(f, festival=bool(eds)) if not any(
            getattr(self.kb.entity(e), "type", None) != "festival" for e in eds) \
            else (None, None, None)
        return Slots(refs, True, ceremony, year, counts, works,
                     unread + ([unread_edition] if unread_edition else []), self._works_count(f),
                     month, day, weekday, other_counts=others, loose=set(self._loose_counts),
                     either=set(self._either_counts),
                     competitive=set(self._competitive_counts), relative=relative,
                     classes=dict(self._class_counts),
                     edition_unread=unread_edition)

    def _month_day(self, f: Frame, festival: bool = False) -> tuple[Optional[int],
                                                                     Optional[int],
                                                                     Optional[int]]:
        """(month, day, weekday) the clause's one date gives beyond its year, or Nones.
        `festival`: the clause names a festival edition, whose own dates ("Cannes 2024 (May
        14-25)") a date hung on a noun may be; only one on the verb dates the win."""
        doc = f.parsed.doc
        dates = [a for a in f.args_in_clause("date") if not work_year(f.parsed, a)
                 and not participle_year(f.parsed, a)] or [
            a for a in f.args_in_clause("time")   # "on Sunday night": its weekday
            if any(doc[i].lower_ in WEEKDAYS for i in range(a.first, a.last))]
        if len(dates) != 1:   # "the Palme in 2024 and the Oscar in March 2025": whose month?
            return None, None, None
        a = dates[0]
        path = [t for t in doc[a.head].ancestors if t.i != f.cue and f.cue in
                {x.i for x in t.ancestors}]
        # a date modifying a noun dates that noun's event ("after its May 21 premiere"); one
        # in a clause of its own dates that clause ("the festival, which opened on May 16")
        head = doc[a.head]
        if head.lower_ in WEEKDAYS and head.dep_ == "compound" and head.head.ent_type_ == "TIME":
            head = head.head   # "On Sunday night, ...": the weekday is of the night it names
        if head.dep_ in ("compound", "amod", "nmod", "poss", "nummod") or any(
                t.dep_ in CLAUSE_DEPS for t in path) or (festival and any(
                    t.pos_ in ("NOUN", "PROPN", "PUNCT") for t in path)):
            return None, None, None
        if in_range(doc, a.first, a.last):
            return None, None, None   # "at Cannes (May 14-25)": the festival's run
        cue = doc[f.cue]
        if f.noun_cue and cue.dep_ == "pobj" and a.head not in {t.i for t in cue.subtree}:
            # "On March 2 it collected five Oscars from six nominations": a relation noun in a
            # prepositional phrase is an event of its own; the verb's date is the verb's
            return None, None, None
        got = {(d.month, d.day, d.weekday) for d in find_dates(a.text) if d.month}
        if not got:
            # "won the Palme d'Or on Friday": a weekday alone, of the night the prize was given
            got = {(None, None, WEEKDAYS[doc[i].lower_]) for i in range(a.first, a.last)
                   if doc[i].lower_ in WEEKDAYS and doc[i].text[:1].isupper()}
        return next(iter(got)) if len(got) == 1 else (None, None, None)

    # -- frames -> claims --------------------------------------------------------------------
    def sentence_claims(self, p: Parsed, frames: list[Frame], hedged: bool) -> list[Claim]:
        """Claims of one sentence's award frames, with what each may take from its context."""
        frames = frames + self._possessed(p, frames)
        mine = [f for f in frames if f.family == "awards" and not f.irrealis
                and (not f.record or self._record_win(f) or self._age_rank(f))
                and not _acclaim(f) and not _superlative_condition(f)
                and not _measured(f) and not _spent(f) and not _regarded(f)]
        # "won on his third nomination": the nomination is the win's slot, no claim of its own
        on_nth = {got[2] for f in mine if f.relation.polarity == "won"
                  and (got := _nomination_ordinal_at(f))}
        mine = [f for f in mine if f.cue not in on_nth]
        self._siblings = [f for f in frames if f.family == "awards"]
        if not mine:
            self.see(p)
            return []
        runs = category_runs(p)
        for f in mine:
            self._apposed_list(f)
        mine = [g for f in mine for g in [f] + self._paired(f, runs) + self._with_as(f, runs)
                + self._listed_pairs(f)]
        self._bracket = {}
        mine = [g for f in mine for g in self._bracketed(f)]
        swept = []
        for f in mine:
            pool = self._sweep_pool(f)
            if pool is not None:
                swept.append((f, pool))
        inside = {f.cue for f, pool in swept} | {t.i for _f, pool in swept for c in pool.children
                                                 if c.dep_ == "relcl" for t in c.subtree}
        sweep_claims = [c for f, pool in swept for c in self._sweep_claims(f, pool, hedged)]
        mine = [f for f in mine if f.cue not in inside]
        if not mine:
            self.see(p)
            return sweep_claims
        slots = {}
        self._sentence_cues = (p, [f.cue for f in mine])   # the wins this sentence tells
        for f in mine:   # in reading order: "X won at the 82nd, and Y won the same night"
            slots[id(f)] = self._slots(f, runs)
            row, s = self._bracket.get(id(f)), slots[id(f)]
            if row is not None and row[0] is f and not (s.ceremony or s.year) \
                    and p.doc[row[2] - 1].text.isdigit() and len(p.doc[row[2] - 1].text) == 4:
                # "A (Film, 1955), B (Film2, 1954)": the year set off after a row's title dates
                # the row's win (the ceremony's year, or its films')
                s.year = int(p.doc[row[2] - 1].text)
            if slots[id(f)].ceremony:
                self.para_ceremony[p.sentence.paragraph] = slots[id(f)].ceremony
                self.para_year.pop(p.sentence.paragraph, None)
            elif slots[id(f)].year:   # "won in 2022, and B won a year later": from this clause
                self.para_year[p.sentence.paragraph] = slots[id(f)].year
                self.para_year_held[p.sentence.paragraph] = _event_year(p, slots[id(f)].year)
        for f in list(mine):   # "..., with Y as Best Actor": the host's show and year
            host = self._hosts.get(id(f))
            s = slots[id(f)]
            if host is not None and id(host) in slots and not (s.ceremony or s.year):
                s.ceremony, s.year = slots[id(host)].ceremony, slots[id(host)].year
                if not (s.ceremony or s.year) and id(f) in self._listed:
                    # "Among the winners were A for X and B for Y" after the night was named
                    s.ceremony = self.para_ceremony.get(p.sentence.paragraph)
                if not (s.ceremony or s.year):
                    mine.remove(f)   # a night that cannot be told: a win at any other
                    # show would seem to hold it
        self._hosts, self._listed = {}, set()
        para = p.sentence.paragraph
        for f in [f for f in mine if f.bare_row]:
            # "Best Director" over "Sean Baker, Anora": what the row's names won, the headings
            # over its list say (`_row_prize`); a row nothing says that of is left unread
            got = self._row_prize(p, f.row_marked)
            s = slots[id(f)]
            if got is None or got[0] is None and not got[1]:
                mine.remove(f)
                continue
            aw, night, year, s.row_list = got
            # (a night with no prize named: any prize of its show, the show as a whole)
            aw = aw or award_family(self.kb, night)
            if aw:
                s.awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(aw), "award", aw))]
            if not (s.ceremony or s.year):
                if year:
                    s.year = year
                    tok = next(t for t in p.doc if t.text == str(year)) if any(
                        t.text == str(year) for t in p.doc) else None
                    if tok is not None and (a := p.arg_at(tok.i)) is not None \
                            and a.kind == "cardinal":
                        a.kind = "date"   # the NER's number is the row's year
                else:
                    s.ceremony = night
        for f in [f for f in mine if f.under_heading and not f.bare_row]:
            # "Best Actress" over "Winner: Jane Roe, Harbour Lights": the row's category is
            # the heading line right above it, at the show the list is of; a heading that is
            # no category of that show, or a list of no one show, leaves the row unread
            # (the nearest named before: a row read with a year of its own passes none on)
            night = next((self.para_ceremony.get(k) for k in range(para, para - 13, -1)
                          if self.para_ceremony.get(k)), None)
            dated = p.doc[0].lower_ not in lexicon().qualifiers.get("row_winner_heads", ())
            # ("Cannes 2024: Palme d'Or, Anora": a dated row that names its prize itself; a
            # show's name alone, "2025: Golden Globe, X", may head a row of nominations)
            named = [x.arg.entity for x in f.roles.get("award", ()) if x.arg is not None
                     and x.arg.kind == "award" and x.arg.entity
                     and award_family(self.kb, x.arg.entity) != x.arg.entity]
            aw = named[0] if dated and named else \
                self._list_prize(p) if dated else self._heading_category(p, night)
            if aw is None:
                mine.remove(f)
                continue
            s = slots[id(f)]
            s.awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(aw), "award", aw))]
            self.__dict__.setdefault("_row_paras", set()).add(para)   # (a row of its list)
            if not dated:
                self.para_ceremony[para - 1] = night   # the heading's, for the next group
            elif not (s.ceremony or s.year):
                # the row's own year dates it ("2022: Triangle of Sadness"), never the row
                # before it
                tok = next(t for t in p.doc[:f.cue] if t.text.isdigit() and len(t.text) == 4)
                s.year = int(tok.text)
                if (a := p.arg_at(tok.i)) is not None and a.kind == "cardinal":
                    a.kind = "date"   # the NER's number is the row's year
        for f in mine:   # "The 67th Academy Awards: the winners" over "Best Picture: X": a
            s = slots[id(f)]   # list item takes the edition its heading (or paragraph) names
            night = self.para_ceremony.get(para) or self.para_ceremony.get(para - 1)
            if f.layout and night and not (s.ceremony or s.year or s.edition_unread) and (
                    (fam := self._own_family(f, s.awards)) is None
                    or award_family(self.kb, night) == fam):
                # read as any prize of that night: an item the night does not hold refutes
                s.ceremony, s.night_reading = night, True
                self.para_ceremony[para] = night   # the next item, a paragraph of its own
        doc = p.doc
        self._repair(mine, slots, runs)
        front = self._fronted(p, mine, slots)
        for f in mine:
            s = slots[id(f)]
            # an edition fronted before the main clause scopes over this one too
            fronted = front[1] if front and f is not front[0] and not s.year else None
            if not s.awards and not _named_only(f):
                # only a clause embedded in, or gapped from, the lender takes its award
                cue = doc[f.cue]
                # ("..., with Pulp Fiction winning": a participle under "with" is the head's)
                lenders = {cue.head.i, cue.head.head.i} if cue.dep_ in (
                    "relcl", "acl", "advcl", "conj", "xcomp", "pcomp") or f.cue != cue.i \
                    else set()
                if cue.pos_ not in ("VERB", "AUX"):   # a gapped clause hangs on the verb
                    lenders = {cue.head.i if f.gapped_from is None else f.gapped_from}
                elif cue.head.i != cue.i and cue.head.pos_ in ("VERB", "AUX") and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in cue.head.children):
                    # "X won A, and Y was nominated but lost to Z": the verb the cue hangs on
                    # has a subject of its own; the clause above it is another's
                    lenders.discard(cue.head.head.i if cue.head.head.i != cue.head.i else -1)
                it_prize = cue.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("dobj", "obj") and c.lower_ == "it" for c in cue.children)
                if it_prize:
                    # "X, who won the Palme in 2017, won it again in 2022": "it" is the prize
                    # of the relative clause on its subject, or of a clause on the verb
                    # ("Twenty years after X won Best Picture, Y won it")
                    lenders |= {r.i for fl in f.roles.get("winner", ())
                                for r in doc[fl.token].children if r.dep_ == "relcl"}
                    lenders |= {c.i for c in cue.children if c.dep_ == "advcl"}
                # a clause with a prize noun of its own ("and the top comedy prize went to
                # X") does not borrow the prize of the clause it is joined to; a bare definite
                # one ("..., with Pulp Fiction taking the prize") is that clause's prize
                # (a relation noun a lending verb carries is that verb's clause: "earned a
                # nomination for A but lost to Y")
                pick = [g for g in mine if g is not f and (g.cue in lenders or (
                        g.noun_cue and doc[g.cue].dep_ in ("dobj", "obj")
                        and doc[g.cue].head.i == cue.head.i and cue.head.i in lenders))
                        and slots[id(g)].awards and not (
                        # "earned seven nominations, including Best Director, and won none":
                        # none of the counted pool, not the one prize its list names
                        slots[id(g)].counts and any(n == 0 for n, _t, _k in s.counts))] if not (
                    not f.noun_cue and self._prize_word(f)) or self._definite_prize(f) else []
                # a coordinated clause with a subject of its own that repeats the verb ("X
                # won Best Director, and Y won for Z") leaves its category unsaid on purpose:
                # it borrows a named prize ("the Palme"), never another winner's category;
                # "it" says the category again ("..., and Y won it in 2017")
                if (cue.dep_ in ("conj", "advcl") and cue.pos_ in ("VERB", "AUX") and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or (
                        subject_token(cue) is not None
                        and subject_token(cue).dep_ == "conj")) and not it_prize:
                    pick = [g for g in pick if all(r.arg is not None
                                                   for r in slots[id(g)].awards)]
                # the nearest lender first: the clause the cue hangs on, then that one's head
                pick.sort(key=lambda g: g.cue != cue.head.i and doc[g.cue].head.i != cue.head.i)
                if pick:
                    s.awards, s.own_awards = list(slots[id(pick[0])].awards), False
                    if f.gapped_from is not None:
                        # "A won for directing, B for acting": a gapped clause that fills a
                        # role itself replaces what the lender's same role said, so it takes
                        # no prize the lender read from that role (its category)
                        told = {x.token for r, fl in pick[0].roles.items() if r != "award"
                                and f.roles.get(r) for x in fl}
                        s.awards = [r for r in s.awards if r.tok not in told]
                    if s.counts:
                        # "nominated for seven Oscars, including best picture, and won none"
                        # (or "won two"): a prize listed under "including" is one of the
                        # lender's count, not a prize the borrowing clause won or counts
                        s.awards = [r for r in s.awards if not _included(p, r)]
                    lent = slots[id(pick[0])]
                    if cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.i == pick[0].cue \
                            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) \
                            and not (s.ceremony or s.year):
                        # "won Best Actress at the 97th, beating Demi Moore": a participle on
                        # the win is the same event, at the edition its verb names
                        s.ceremony, s.year = lent.ceremony, lent.year
                    elif self._definite_prize(f) and not (s.ceremony or s.year):
                        # "... for Best Actress in 1987, and X won the award": the prize just
                        # named, at its edition
                        s.ceremony, s.year = lent.ceremony, lent.year
                elif (self._definite_prize(f) or it_prize) and (told := [
                        g for g in mine if g is not f and g.cue < f.cue and slots[id(g)].awards
                        and slots[id(g)].own_awards and not g.noun_cue]):
                    # "it scooped the Palme d'Or, making Baker the first American to take the
                    # prize since 2011": the prize this sentence named last before it (so is
                    # the "it" a win verb takes: "A won the Palme in 2019, B took it in 2018")
                    s.awards, s.own_awards = list(slots[id(told[-1])].awards), False
                elif (aw := self._context_award(p.sentence.paragraph)) and \
                        f.roles.get("winner") and not self._has_object(f):
                    # a passage about one prize ("Pulp Fiction, which won in 1994")
                    s.awards, s.own_awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(aw),
                                                                   "award", aw))], False
                    if aw not in (self.para_awards.get(p.sentence.paragraph) or ()) \
                            and self._strangers(f, s, aw):
                        # the prize of an earlier paragraph, and no one the clause names has
                        # any record at its show ("Emma Stone, who won for La La Land in
                        # 2017" after a paragraph on Palmes): a reading, never a refute
                        s.context_family = True
                    elif self._won_other(f, aw):
                        # "... collected Best Actress. That night Y won": Y won another prize
                        # of that show; the bare win may be that one, so the passage's prize
                        # is a reading, never a refute
                        s.context_family = True
                elif f.negated and f.roles.get("winner") and not s.counts and not (
                        self._has_object(f) or self._definite_prize(f)) and (
                        aw := self._context_award(p.sentence.paragraph, categories=True)) and (
                        fam := award_family(self.kb, aw)) and self.kb.entity(fam):
                    # "X, nominated eight times, has yet to win" after a sentence on another's
                    # Best Actor: a denied bare win denies every prize of the show, not the
                    # one category (or night) the passage named; a reading, never a refute
                    s.awards, s.own_awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(fam),
                                                                   "award", fam))], False
                    s.context_family = True
                elif f.roles.get("winner") and not s.counts and (
                        not self._has_object(f) or self._definite_prize(f)) and (
                        aw := self._context_award(p.sentence.paragraph, categories=True)):
                    # (not a count of prizes: "led the night with six wins" counts them all)
                    # "... nominated for Best Actress at the 97th. She won the statuette",
                    # "Madison won for Anora in 2025": the one category the passage names;
                    # a reading, so it may support but never refute
                    s.awards, s.own_awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(aw),
                                                                   "award", aw))], False
                    s.context_family = True
                    night = self.para_ceremony.get(p.sentence.paragraph)
                    if not (s.ceremony or s.year or s.edition_unread) and night and \
                            not any(w.arg is not None and w.arg.entity for w in s.works) and \
                            award_family(self.kb, night) == award_family(self.kb, aw):
                        # (not where the clause names the work: its own night is the one)
                        s.ceremony = night   # the night the passage named with the category
                        s.night_reading = True
                elif f.roles.get("winner") and (self._prize_word(f) or (
                        # "X won on his third nomination": a prize of the show whose
                        # nominations the clause counts
                        f.relation.polarity == "won" and not self._has_object(f)
                        and _nomination_ordinal_at(f))) \
                        and (fam := self._family_words(f.tokens()) or (
                            None if self._other_prizes(f) else self._context_family(f))) \
                        and self.kb.entity(fam):
                    # (the show the clause's own words name comes first: "the Writers Guild
                    # prize" in a paragraph on the Oscars is the guild's)
                    # "last year's winner Oppenheimer", "collected his prize" in a passage
                    # about one show: a prize of that show, which one left open; the show is
                    # the passage's, not the clause's, so it may support but never refute
                    s.awards, s.own_awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(fam),
                                                                   "award", fam))], False
                    # unless the passage names the edition itself ("... at the 97th Academy
                    # Awards. Baker collected five statuettes"): then it is that night's show
                    night = self.para_ceremony.get(p.sentence.paragraph)
                    s.context_family = not (night and award_family(self.kb, night) == fam)
                elif (s.ceremony or fronted) and f.roles.get("winner") and \
                        not self._has_object(f) and (
                        fam := award_family(self.kb, s.ceremony or fronted)) and \
                        self.kb.entity(fam):
                    # "Bong Joon Ho won at the 92nd": a prize of that edition, which one left
                    # open; support only when the clause does not name the show itself
                    s.awards, s.own_awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(fam),
                                                                   "award", fam))], False
                    s.context_family = not (f.args_in_clause(*AWARDISH)
                                            or self._family_words(f.tokens()))
                elif f.roles.get("winner") and f.roles.get("work") and all(
                        w.arg is not None and w.arg.kind == "film" and w.arg.entity
                        for w in f.roles["work"]) and not (
                        self._has_object(f) or s.counts or f.negated
                        or _counted(p)) and (
                        fam := self._context_family(f)) and self.kb.entity(fam):
                    # "Leonardo DiCaprio won for The Revenant" in a passage about one show: a
                    # prize of that show for the work, which one left open; the show is the
                    # passage's, so it may support but never refute
                    s.awards, s.own_awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(fam),
                                                                   "award", fam))], False
                    s.context_family = True
                elif s.year and f.roles.get("winner") and not self._has_object(f) and not (
                        f.roles.get("work") or s.counts) and (
                        fam := self._context_family(f)) and self.kb.entity(fam):
                    # "The Third Man won in 1949" in a passage about one show: a prize of
                    # that year's show, which one left open; the show is the passage's, so
                    # it may support but never refute
                    s.awards, s.own_awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(fam),
                                                                   "award", fam))], False
                    s.context_family = True
        out: list[Claim] = list(sweep_claims)
        # "four of the five awards that Anora was nominated for: A, B, ...": the relative
        # clause on a counted pool is part of the counting clause's statement; its claims are
        # one row with that count (a list item is not supported while the count is wrong)
        pools = {tok: f"{p.offset}:{f.cue}" for f in mine
                 for _n, tok, _o, _pol in slots[id(f)].other_counts}
        for f in mine:
            s = slots[id(f)]
            if front and s.ceremony is None and s.year is None and f is not front[0] \
                    and not self._time_clause(f):
                s.ceremony, s.year = front[1], front[2]
            elif (night := self._night_of_the_clause_above(f, mine, slots)) is not None:
                s.ceremony, s.year = night
            got = self._compared(f, self.claims(f, s, hedged))
            if self._bracket.get(id(f), (None,))[0] is f:   # "A (X) and B (Y)": A's row
                _g, first, last = self._bracket[id(f)]     # is "A (X)"
                for c in got:
                    c.start, c.end = p.span_of(first, last + 1)
                    c.text = self.text[c.start:c.end]
                    c.slots["group"] = f"{p.offset}:{f.cue}:{first}"
            again = set((lexicon().qualifiers.get("gapping") or {}).get("repeat", ()))
            if f.gapped_from is not None or any(t.lower_ in again for t in f.tokens()):
                # a clause of its own whose verb was left out, or a win "again": another win
                for c in got:
                    c.slots["gapped"] = True
            cue = doc[f.cue]
            if cue.dep_ == "relcl" and cue.head.i in pools:
                for c in got:
                    c.slots["group"] = pools[cue.head.i]
            out += got
        self.see(p)
        for f in mine:
            s, para = slots[id(f)], p.sentence.paragraph
            if s.ceremony:
                self.para_ceremony[para] = s.ceremony
                self.para_year.pop(para, None)
            elif s.year:
                self.para_year[para] = s.year   # "two years later" counts from here
                # (a year the ceremony was held in, "won in 2010": so is the shifted one)
                self.para_year_held[para] = _event_year(p, s.year)
        for c in out:   # "won Best Actress" read as the Oscars: "the award" after it is theirs
            if c.slots.get("family_assumed") is True and c.slots.get("family"):
                self.para_assumed[p.sentence.paragraph] = c.slots["family"]
        return out

    def _sweep_pool(self, f: Frame):
        """The pool of "won in all of the categories he was nominated for", "won every
        category it was up for", "won all of its nominations": a noun under a word of
        `qualifiers.sweep_words` in the award role of a win that names the subject's own
        nominations (a nomination noun, or a relative clause with a nomination cue and no
        other named subject). None when the frame says no such thing."""
        if f.polarity != "won" or f.noun_cue or not f.roles.get("winner"):
            return None
        q = lexicon().qualifiers
        words = set(q.get("sweep_words", ()))
        nom_nouns = set(q.get("nomination_nouns", ()))
        doc = f.parsed.doc
        for fl in f.roles.get("award", []):
            t = doc[fl.token]
            if t.lower_ in words:
                pool = next((o for pc in t.children if pc.dep_ == "prep" and pc.lower_ == "of"
                             for o in pc.children if o.dep_ == "pobj"), None)
            elif any(c.dep_ == "det" and c.lower_ in words for c in t.children):
                pool = t
            else:
                continue
            if pool is None or self._others_pool(f, pool) is not None:
                continue
            if pool.lemma_.lower() in nom_nouns or (
                    any(c.dep_ == "relcl" for c in pool.children)
                    and self._nominations_pool(pool, nom_nouns)):
                return pool
        return None

    def _sweep_claims(self, f: Frame, pool, hedged: bool) -> list[Claim]:
        """One claim per subject: every nomination it had at the edition was a win. The
        edition may be stated in the pool's own clause ("... he was nominated for at the
        97th"); else it is the passage's, which may support but never refute."""
        p = f.parsed
        rel = {t.i for c in pool.children if c.dep_ == "relcl" for t in c.subtree}
        g = Frame(f.relation, f.cue, p, roles=f.roles, clause=f.clause | rel)
        family = self._own_family(g, []) or self._context_family(g)
        ceremony, year, _ = self._when(g, family)
        context = False
        if ceremony is None and year is None:
            ceremony = self.para_ceremony.get(p.sentence.paragraph) or \
                self.para_ceremony.get(p.sentence.paragraph - 1)
            if ceremony is None or (family and award_family(self.kb, ceremony) != family):
                return []
            family, context = award_family(self.kb, ceremony), True
        if not family:
            return []
        out = []
        end = max([pool.i] + list(rel) + [f.cue])
        a = p.arg_at(end)
        end = p.span_of(end, end + 1)[1] if a is None else a.end
        for w in f.roles["winner"]:
            sid, sname, sarg = self._subject(f, w)
            if sid is None and sname is None:
                continue
            start = min(sarg.start if sarg else p.offset + p.doc[w.token].idx,
                        p.offset + p.doc[f.cue].idx)
            slots = dict(kind="award_sweep", family=family, ceremony=ceremony, year=year,
                         subject=sid, subject_name=None if sid else sname, polarity="won",
                         negated=f.negated, family_assumed="context" if context else False,
                         subject_kind=sarg.kind if sarg is not None else None,
                         stated=[k for k, v in (("ceremony", ceremony), ("year", year)) if v],
                         group=f"{p.offset}:{f.cue}")
            out.append(self._claim(f, "award", start, end, sid, sname, "award_sweep",
                                   "every nomination", hedged, slots))
        return out

    def _work_read(self, p: Parsed, w: Filler) -> Filler:
        """A work said by "it" or "the (same) film" (lexicon `qualifiers.work_anaphora`): the
        film the passage is on, read back from the word, as an argument marked read (its
        claim may be confirmed through it, never refuted); any other filler as it is."""
        if w.arg is not None:
            return w
        t = p.doc[w.token]
        ana = lexicon().qualifiers.get("work_anaphora") or {}
        if not (t.lower_ in set(ana.get("pronouns", ())) or t.lemma_.lower() in set(
                ana.get("nouns", ())) and any(c.lower_ in set(ana.get("determiners", ()))
                                             for c in t.children)):
            return w
        film = self.res.film_at(p.sentence, p.offset + t.idx)
        if film is None:
            return w
        lo, hi = min(x.i for x in t.subtree), t.i + 1
        start, end = p.offset + p.doc[lo].idx, p.offset + t.idx + len(t.text)
        return Filler(w.token, Arg(start, end, p.sentence.text[start - p.offset:end - p.offset],
                                   "film", film, lo, hi, t.i, None), read=True)

    def _possessed(self, p: Parsed, frames: list[Frame]) -> list[Frame]:
        """'Baker's Palme d'Or', 'Anora's five Oscars', 'her Best Actress award for Anora':
        a prize its owner holds is a prize the owner won. Only a prize that heads its phrase
        ("Moore's Oscar hopes" is about hopes) and that no frame of the sentence already has,
        owned by a person or a film (or a pronoun for one)."""
        doc = p.doc
        q = lexicon().qualifiers
        nouns = {w.lower() for w in q.get("award_nouns", ())} - set(
            q.get("nomination_nouns", ())) - {"win", "category"}
        taken = {x.token for f in frames if f.family == "awards"
                 for fl in f.roles.values() for x in fl} | {f.cue for f in frames}
        rel = next((c.relation for c in lexicon().verb_cues("win")
                    if c.relation.polarity == "won"), None)
        out = []
        runs = category_runs(p)
        if not any(t.pos_ in ("VERB", "AUX") for t in doc):
            return out   # a headline parsed as one noun phrase ("X's 'Film' Wins Prize")
        for t in doc:
            a = p.arg_at(t.i)
            if rel is None or t.i in taken or t.dep_ in ("compound", "amod", "poss", "nmod"):
                continue
            if a is not None and a.kind == "award" and a.head == t.i:
                if any(i in taken for i in range(a.first, a.last)):
                    continue
                span = [doc[i] for i in range(a.first, a.last)]   # "Baker's Palme d'Or"
            elif a is None and t.pos_ == "NOUN" and t.lemma_.lower() in nouns and (
                    t.i in runs or any(c.i in runs or c.dep_ == "nummod" for c in t.children)):
                span = [t]   # "her Best Actress award", "its five awards"; not "its many
                # big prizes", which names neither a prize nor a number
            else:
                continue
            if t.dep_ in ("nsubj", "dobj") and t.head.pos_ in ("NOUN", "PROPN"):
                continue   # "Moore's Oscar hopes" parsed with "hopes" as a noun governing it
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NUM":
                continue   # "four of Anora's five Oscars": the pool of another's count
            owner = next((c for x in span for c in x.children if c.dep_ == "poss"), None)
            summed = t.head.head if owner is None and t.dep_ == "pobj" and \
                t.head.lower_ == "of" and t.head.head.i < t.i and \
                t.head.head.lemma_.lower() in q.get("count_containers", ()) else None
            if summed is not None:   # "Anora's haul of five Oscars": the sum's owner
                owner = next((c for c in summed.children if c.dep_ == "poss"), None)
            if owner is not None and owner.tag_ == "WP$":
                owner = _relative_antecedent(owner)   # "Spacey, whose first Oscar came ..."
            o = p.arg_at(owner.i) if owner is not None else None
            if owner is None or not (o is not None and o.kind in ("person", "film") or (
                    o is None and owner.lower_ in ("his", "her", "its", "their"))):
                continue
            clause = clause_of(t, p.titles)
            # "her second Oscar came at the 92nd ceremony, for Judy": a verb of arriving
            # only carries the prize; its time, edition and work are the prize's
            came = t.head if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX") and \
                t.head.lemma_.lower() in set(q.get("arrival_verbs", ())) else None
            if came is not None:
                clause = clause | clause_of(came, p.titles)
            f = Frame(rel, t.i, p, clause=clause, irrealis=irrealis_at(t) or (
                came is not None and unasserted(came)))
            f.roles["winner"] = [Filler(owner.i, o)]
            f.roles["award"] = [Filler(t.i, a)]
            works = [w for x in [t] + ([came] if came is not None else []) for c in x.children
                     if c.dep_ == "prep" and c.lower_ == "for"
                     for w in c.children if w.dep_ == "pobj"]
            if works:
                f.roles["work"] = [Filler(w.i, p.arg_at(w.i)) for w in works]
            out.append(f)
        return out

    def _paired(self, f: Frame, runs: dict) -> list[Frame]:
        """'won Best Documentary for A, Best Short for B and Best Cartoon for C': a list of
        prizes each with its own "for", which the parser hangs on the work before it. Every
        item after the first is a clause of its own with the first's subject: its prize and
        its work, and the first keeps neither."""
        p, doc = f.parsed, f.parsed.doc
        if f.noun_cue or not f.roles.get("winner") or not f.roles.get("work"):
            return []

        def prize(t) -> bool:
            a = p.arg_at(t.i)
            return t.i in runs or (a is not None and a.kind == "award")

        def own_for(t):
            return [o for c in t.children if c.dep_ == "prep" and c.lower_ == "for"
                    for o in c.children if o.dep_ == "pobj"]

        items, stack = [], [doc[w.token] for w in f.roles["work"]]
        seen = set()
        while stack:
            t = stack.pop(0)
            if t.i in seen:
                continue
            seen.add(t.i)
            for c in t.children:
                if c.dep_ in ("appos", "conj") and c.pos_ in ("NOUN", "PROPN"):
                    if prize(c) and own_for(c):
                        items.append(c)
                    stack.append(c)
                elif c.dep_ == "prep" and c.lower_ == "for":
                    stack += [o for o in c.children if o.dep_ == "pobj"]
        if not items:
            return []
        taken = {i.i for i in items}
        out = []
        for it in items:
            # the item's phrase without the items listed after it
            sub = {x.i for x in it.subtree} - {x.i for o in items if o.i > it.i
                                               for x in o.subtree}
            works = [Filler(o.i, p.arg_at(o.i)) for w in own_for(it) for o in conjuncts(w)
                     if o.i not in taken]
            g = Frame(f.relation, it.i, p, roles={"winner": list(f.roles["winner"]),
                                                   "award": [Filler(it.i, p.arg_at(it.i))],
                                                   "work": works},
                      clause=frozenset(sub), negated=f.negated, irrealis=f.irrealis,
                      record=f.record)
            out.append(g)
        cut = {x.i for it in items for x in it.subtree}
        f.clause = frozenset(f.clause - cut)
        f.roles["work"] = [w for w in f.roles["work"] if w.token not in cut]
        return out

    def _apposed_list(self, f: Frame) -> None:
        """'went to A, B, C and D': the parser sets B in apposition to A and C, D as B's
        conjuncts. Another person in apposition to a person winner, with conjuncts of its own,
        is not A's other name but the list going on: every name in it is a winner."""
        p, doc = f.parsed, f.parsed.doc
        winners = f.roles.get("winner", [])
        if len(winners) != 1 or winners[0].arg is None or winners[0].arg.kind != "person":
            return
        w = winners[0]
        for c in doc[w.token].children:
            a = p.arg_at(c.i)
            if c.dep_ != "appos" or c.i < w.token or a is None or a.kind != "person" \
                    or a.entity == w.arg.entity or not any(x.dep_ == "conj" for x in c.children):
                continue
            more = [Filler(o.i, p.arg_at(o.i)) for o in conjuncts(c)]
            if all(x.arg is not None and x.arg.kind == "person" for x in more):
                f.roles["winner"] = winners + more
            return

    def _listed_pairs(self, f: Frame) -> list[Frame]:
        """'Among the winners were A for Film1 and B for Film2': a list of winners each with
        its own "for", which the parser hangs on the work before it (B a conjunct or an
        apposition of Film1 -- a person cannot be a film's other name --
        B's "for" on Film1, on B, on a winner before it or on the verb of the list). The first winner's "for" is its work; every winner
        after it is a frame of its own with its own work, and the first keeps neither."""
        p, doc = f.parsed, f.parsed.doc
        cue = doc[f.cue]
        if f.noun_cue and not f.roles.get("winner") and cue.dep_ == "pobj" \
                and cue.head.dep_ == "prep" and cue.head.head.lemma_ == "be":
            # "Among the winners were A ...": the copula's complement names them
            named = [c for c in cue.head.head.children if c.dep_ in ("nsubj", "attr")
                     and (a := p.arg_at(c.i)) is not None and a.kind == "person"]
            if len(named) == 1 and (rel := f.relation.role("nsubj")) == "winner":
                f.roles[rel] = [Filler(named[0].i, p.arg_at(named[0].i))]
        winners = f.roles.get("winner", [])
        # (a film heads such a list too: "the winners included A for Best Picture and B for
        # Best Actor")
        if not f.noun_cue or len(winners) != 1 or winners[0].arg is None \
                or winners[0].arg.kind not in ("person", "film"):
            return []   # a verb's list ("A won for X and B for Y") is a gapped clause's
        first = doc[winners[0].token]

        def fors(heads, after: int) -> list:
            found = [c for t in heads for c in t.children if c.dep_ == "prep"
                     and c.lower_ == "for" and c.i > after]
            found.sort(key=lambda c: c.i)
            return [o for c in found[:1] for o in c.children if o.dep_ == "pobj"]

        def works(t) -> list[Filler]:
            return [Filler(o.i, p.arg_at(o.i)) for o in conjuncts(t)
                    if p.arg_at(o.i) is None or p.arg_at(o.i).kind != "person"]

        if not f.roles.get("work") and f.noun_cue:
            own = fors([first], first.i)
            if own:
                f.roles["work"] = works(own[0])
                f.clause = frozenset(f.clause | {x.i for x in own[0].head.subtree})
        if not f.roles.get("work"):
            return []
        out, cut = [], set()
        # the items hang on a work ("A for X and B for Y": B on X) or on the first winner
        # ("A for X, B for Y": B in apposition to A)
        for w in list(f.roles["work"]) + [winners[0]]:
            if w.token in cut:
                continue
            prev, last = doc[w.token], first
            stack = [c for c in prev.children if c.dep_ in ("conj", "appos") and c.i > w.token]
            while stack:
                c = stack.pop(0)
                a = p.arg_at(c.i)
                if a is None or a.kind not in ("person", "film") or a.kind == "film" and (
                        winners[0].arg.kind != "film" or w.token != winners[0].token and
                        not _run_tokens(p, w.token, category_runs(p))):
                    continue   # (a film after a film's work is another work: "for A and B")
                own = fors([c, prev, last, first, first.head], c.i)
                if not own:
                    break
                work = own[0]
                span = {x.i for x in c.subtree} | {x.i for x in work.head.subtree}
                roles = {r: [x for x in v if x.token not in span] for r, v in f.roles.items()}
                roles["winner"] = [Filler(c.i, a)]
                roles["work"] = works(work)
                g = Frame(f.relation, f.cue, p, roles=roles,
                          clause=frozenset((f.clause - {x.i for x in first.subtree}) | span),
                          negated=f.negated, irrealis=f.irrealis, noun_cue=f.noun_cue,
                          record=f.record, layout=f.layout)
                self._hosts[id(g)] = f   # one list, one night: the first winner's show
                self._listed.add(id(g))
                out.append(g)
                cut |= span
                prev, last = work, c
                stack += [x for x in c.children if x.dep_ == "conj"] + [
                    x for x in work.children if x.dep_ in ("conj", "appos")]
        if out:
            f.roles["work"] = [w for w in f.roles["work"] if w.token not in cut]
            f.clause = frozenset(f.clause - cut)
        return out

    def _bracketed(self, f: Frame) -> list[Frame]:
        """'went to A (Film1) and B (Film2)', 'two winners, A (Film1) and B (Film2)': a title
        set in parentheses right after a winner is the work that winner won for. When the
        winners carry titles of their own, each is a frame of its own with its own title and
        without the other winners' parentheses; otherwise the frame is kept as it is."""
        p, doc = f.parsed, f.parsed.doc
        winners = f.roles.get("winner", [])
        # with no prize of its own, a category in the parentheses is the winner's prize
        # ("winners included A (Best Picture) and B (Best Actress)")
        if len(winners) < 1:
            return [f]
        runs = category_runs(p)

        def closing(last: int) -> Optional[int]:
            """The ")" that closes a parenthesis whose title ends before `last`: right after
            it, or after the year set off after it ("(The Country Girl, 1955)")."""
            if last < len(doc) and doc[last].text == ")":
                return last
            if last + 2 < len(doc) and doc[last].text == "," and len(doc[last + 1].text) == 4 \
                    and doc[last + 1].text.isdigit() and doc[last + 2].text == ")":
                return last + 2
            return None

        def bracketed(first: int, last: int) -> bool:
            return first > 0 and doc[first - 1].text == "(" and closing(last) is not None

        def titles(w: Filler) -> list[tuple[Filler, int, int]]:
            """(filler, first, last) of each parenthesis in apposition to the winner."""
            out = []
            for c in doc[w.token].children:
                if c.dep_ != "appos" or c.i <= w.token:
                    continue
                a = p.arg_at(c.i)
                if slot == "award":
                    if c.i in runs and bracketed(*runs[c.i]):
                        out.append((Filler(c.i, None), *runs[c.i]))
                elif a is not None and a.kind in ("film", "work") and bracketed(a.first, a.last):
                    out.append((Filler(c.i, a), a.first, closing(a.last)))
            return out

        own, split, slot = [], [], ""
        for slot in ("award", "work"):
            if slot == "award" and not all(
                    w.arg is not None and w.arg.entity
                    and award_family(self.kb, w.arg.entity) == w.arg.entity
                    for w in f.roles.get("award", [])) or slot == "work" and f.roles.get(slot):
                continue   # a prize (a work) of the frame's own
            own = [titles(w) for w in winners]
            split = [k for k, t in enumerate(own) if len(t) == 1]
            if split:
                break
        if not split:
            return [f]

        def frame(ws: list[Filler], work: list[Filler]) -> Frame:
            # the other winners' parentheses (their subtrees may hold this winner: "A (X)
            # and B (Y)" hangs B on A)
            others = {i for k in split if winners[k] not in ws for _t, a, b in own[k]
                      for i in range(a - 1, b + 1)}
            roles = {r: list(v) for r, v in f.roles.items()}
            roles["winner"], roles[slot] = ws, work
            return Frame(f.relation, f.cue, p, roles=roles, clause=frozenset(f.clause - others),
                         negated=f.negated, irrealis=f.irrealis, noun_cue=f.noun_cue,
                         record=f.record, layout=f.layout)

        # the winners without one title of their own stay together, as the frame had them
        rest = [w for k, w in enumerate(winners) if k not in split]
        out = []
        for k in split:   # each pair is a statement (a row) of its own: the name to ")"
            g = frame([winners[k]], [own[k][0][0]])
            self._bracket[id(g)] = (g, doc[winners[k].token].left_edge.i, own[k][0][2])
            out.append(g)
        return out + ([frame(rest, [])] if rest else [])

    def _with_as(self, f: Frame, runs: dict) -> list[Frame]:
        """'X won Best Picture, with Y as Best Actor and Z as Best Director': a name followed
        by "as" and a category, inside a "with" phrase of a win, is a winner of that category
        at the same show. Each pair is a clause of its own (the parser often hangs the second
        pair inside the first, so the pairs are read in the order the words give them); the
        win keeps neither."""
        p, doc = f.parsed, f.parsed.doc
        if f.noun_cue or f.polarity != "won" or not f.roles.get("winner"):
            return []
        out, cut = [], set()
        for w in doc[f.cue].children:
            if w.dep_ != "prep" or w.lower_ != "with":
                continue
            span = sorted(t.i for t in w.subtree)
            for t in (doc[i] for i in span):
                if t.lower_ != "as" or t.i + 1 not in runs or t.i == 0:
                    continue
                who = p.arg_at(t.i - 1)
                if who is None or who.kind not in ("person", "film") or who.first <= w.i:
                    continue
                first, last = runs[t.i + 1]
                clause = frozenset(range(who.first, last))
                g = Frame(f.relation, t.i, p, roles={
                    "winner": [Filler(who.head, who)],
                    "award": [Filler(last - 1, p.arg_at(last - 1))]},
                    clause=clause, negated=f.negated, irrealis=f.irrealis, record=f.record)
                out.append(g)
                self._hosts[id(g)] = f   # the show and year are the host clause's
                cut |= set(clause)
            if out:
                cut |= set(span)
        if out:
            f.clause = frozenset(f.clause - cut)
            for role in ("work", "award"):
                if role in f.roles:
                    f.roles[role] = [x for x in f.roles[role] if x.token not in cut]
        return out

    def held_counts(self, f: Frame, holder, hedged: bool) -> list[Claim]:
        """The count a record's clause states of its holder ("Baker became the first person to
        win five Oscars for one film": Baker won five), when no record the lexicon keeps
        accounts for it. The infinitive's subject is the noun it modifies, and that noun's
        referent (through a copula) the holder the record reader found: only the count is
        claimed, as the record's other words (first, for one film) are no win of their own."""
        p = f.parsed
        s = self._slots(f, category_runs(p))
        if not s.counts or not f.roles.get("winner"):
            return []
        g = Frame(f.relation, f.cue, p, roles=dict(f.roles), clause=f.clause,
                  negated=f.negated, irrealis=f.irrealis, noun_cue=f.noun_cue)
        g.roles["winner"] = [Filler(holder.i, p.arg_at(holder.i))]
        out = [c for c in self.claims(g, s, hedged) if c.slots.get("kind") == "award_count"]
        for c in out:   # the holder won at least that many: "the first to win three" is true
            c.slots["at_least"] = True   # of one who won four
        return out

    @staticmethod
    def _show_noun(f: Frame) -> bool:
        """Whether the clause names the kind of show it speaks of ("the festival's prize")."""
        q = lexicon().qualifiers
        nouns = set(q.get("festival_heads", ())) | set(q.get("edition_nouns", ()))
        return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in f.tokens())

    @staticmethod
    def _prize_word(f: Frame) -> bool:
        """Whether a frame naming no prize still speaks of one: a noun that names who won
        ("the winner Oppenheimer") or a bare prize noun as its award ("took home prizes")."""
        q = lexicon().qualifiers
        doc = f.parsed.doc
        if f.noun_cue:
            return doc[f.cue].lemma_.lower() in set(q.get("holder_nouns", ()))
        nouns = {w.lower() for w in q.get("award_nouns", ())} - set(q.get("nomination_nouns", ()))
        return any(fl.arg is None and doc[fl.token].lemma_.lower() in nouns
                   for fl in f.roles.get("award", []))

    def _other_prizes(self, f: Frame) -> bool:
        """Whether the clause's bare prize noun is qualified by words that name some other set
        of prizes than a show's categories ("swept the guild awards", "the critics' prizes"):
        not a category word, a show's name, a number or a word that leaves a count whole.
        Such prizes are not the passage's show."""
        q, cats = lexicon().qualifiers, lexicon().categories
        nouns = {w.lower() for w in q.get("award_nouns", ())}
        keep = set(cats.get("heads", ())) | set(cats.get("modifiers", ())) | set(
            q.get("count_plain_modifiers", ())) | set(q.get("count_loose_modifiers", ())) | set(
            q.get("count_competitive_modifiers", ())) | set(q.get("relative_count", ()))
        doc = f.parsed.doc
        pointing = set(q.get("pointing_modifiers", ()))
        for fl in f.roles.get("award", []):
            t = doc[fl.token]
            if fl.arg is not None or t.lemma_.lower() not in nouns or \
                    t.lemma_.lower() == "category":   # "in the same category": a category
                continue
            for c in t.children:
                if c.dep_ not in ("compound", "amod", "nmod", "poss") or c.i > t.i or \
                        c.lower_ in pointing:   # "the same prize", "the other awards"
                    continue
                if c.i == f.cue + 1:
                    continue   # "taking home prizes": the verb's own particle
                if c.pos_ in ("PRON", "PROPN") or c.is_title:
                    continue   # "his prizes"; a name ("the EE Rising Star Award") may be a
                    # prize of the passage's show
                if c.lower_ in keep or c.lemma_.lower() in keep or c.like_num or \
                        f.parsed.arg_at(c.i) is not None or self._family_words([c]):
                    continue
                return True
        return False

    @staticmethod
    def _definite_prize(f: Frame) -> bool:
        """Whether the clause's prize is a bare prize noun said as one already named ("won the
        award", "took the statuette home"): no name, no category, a definite determiner."""
        q = lexicon().qualifiers
        # (not a noun that names a show itself: "the Globe" is no Oscar category)
        nouns = {w.lower() for w in q.get("award_nouns", ())} - set(
            q.get("nomination_nouns", ())) - set(lexicon().families)
        dets = set(q.get("definite_prize_determiners", ()))
        doc = f.parsed.doc
        runs = category_runs(f.parsed)
        return any(fl.arg is None and doc[fl.token].lemma_.lower() in nouns
                   and fl.token not in runs and not any(
                       c.dep_ in ("compound", "amod", "nmod", "nummod") for c in
                       doc[fl.token].children) and any(
                       c.dep_ == "det" and c.lower_ in dets for c in doc[fl.token].children)
                   for fl in f.roles.get("award", []))

    def _won_other(self, f: Frame, aw: str) -> bool:
        """Whether a winner the clause names (one the KB knows) won a prize of the show of
        `aw` other than `aw`."""
        fam = award_family(self.kb, aw)
        named = {fl.arg.entity for fl in f.roles.get("winner", []) if fl.arg is not None
                 and fl.arg.entity}
        # a pronoun winner is the person it stands for ("... was 28 when she won for X")
        named |= {who for fl in f.roles.get("winner", []) if fl.arg is None
                  and (t := f.parsed.doc[fl.token]).lower_ in PRONOUNS
                  and (who := self._pronoun(f.parsed, t, PRONOUNS[t.lower_])[0])}
        return fam is not None and any(
            x.value != aw and award_family(self.kb, x.value) == fam for e in named
            for x in self.kb.facts_involving(e, "award_received"))

    def _strangers(self, f: Frame, s: Slots, aw: str) -> bool:
        """Whether the winners and works a clause names (those the KB knows) have no win or
        nomination at all at the show of the prize `aw`; False when it names none the KB
        knows."""
        fam = award_family(self.kb, aw)
        named = {fl.arg.entity for fl in f.roles.get("winner", []) if fl.arg is not None
                 and fl.arg.entity} | {w.arg.entity for w in s.works
                                       if w.arg is not None and w.arg.entity}
        return bool(named) and fam is not None and not any(
            award_family(self.kb, x.value) == fam for e in named
            for pred in ("award_received", "nominated_for")
            for x in self.kb.facts_involving(e, pred))

    def _context_award(self, para: int, categories: bool = False) -> Optional[str]:
        """The one prize the passage is about: named in this paragraph, else in the nearest
        of the two before it that names any. Two different prizes: none. With `categories`,
        a prize the passage names only by its category phrase counts too. A paragraph that
        names shows of its own ("four Oscars") carries on no earlier paragraph's prize of
        another show: the passage has moved on from it."""
        own = self.para_families.get(para) or ()
        for k in (para, para - 1, para - 2):
            got = set(self.para_awards.get(k) or ())
            if categories:
                got |= self.para_categories.get(k) or set()
            if got:
                if len(got) != 1:
                    return None
                aw = next(iter(got))
                if k != para and own and award_family(self.kb, aw) not in own:
                    return None
                return aw
        return None

    @staticmethod
    def _unknown_prize(f: Frame, s: Slots) -> bool:
        """Whether the cue's object is a proper name the KB does not link and no category
        ("won the Silver Lion for best direction"): a prize of a show the KB lacks."""
        cue = f.parsed.doc[f.cue]
        runs = [r.run for r in s.awards if r.run]
        return any(c.dep_ == "dobj" and c.pos_ == "PROPN"
                   and not getattr(f.parsed.arg_at(c.i), "entity", None)
                   and not any(a <= c.i < b for a, b in runs) for c in cue.children)

    def _has_object(self, f: Frame) -> bool:
        """Only a cue that states a win on its own ("won in 1994") takes the passage's prize:
        'took him to Berlin' and 'landed on Netflix' are no wins."""
        cue = f.parsed.doc[f.cue]
        if any(fl.token == f.cue for fl in f.roles.get("award", ())):
            return True   # "..., and the Golden Lion in 2000": a gapped clause's own prize
        if f.gapped_from is not None:   # "Titane won in 2021, Triangle of Sadness in 2022"
            verb = f.parsed.doc[f.gapped_from]
            return verb.lemma_.lower() not in lexicon().bare or any(
                c.dep_ in ("dobj", "attr") and c.i in f.clause for c in verb.children)
        if f.noun_cue or cue.pos_ in ("VERB", "AUX") or cue.head.pos_ not in ("VERB", "AUX"):
            # "won it for The Conversation": "it" is the prize the passage is about
            return cue.lemma_.lower() not in lexicon().bare or any(
                c.dep_ in ("dobj", "attr") and c.i in f.clause and c.lower_ != "it"
                for c in cue.children)
        verb = cue.head   # a gapped clause ("..., and Y in 1954"): the verb it leaves out
        return verb.lemma_.lower() not in lexicon().bare or any(
            c.dep_ in ("dobj", "attr") and c.i in f.clause and c.i != f.cue
            for c in verb.children)

    def _repair(self, mine: list[Frame], slots: dict, runs: dict) -> None:
        """'X won Best Director and Y took Best Actress' is often parsed with 'Best Director
        and Y' as the subject of 'took'. A category cannot win: it goes back to the verb
        before it that lacks an award, and Y alone is the subject."""
        for f in mine:
            for w in list(f.roles.get("winner", [])):
                if w.token not in runs or (w.arg is not None and w.arg.kind in SUBJECT_KINDS):
                    continue
                t = f.parsed.doc[w.token]
                if not (t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)):
                    continue  # only the coordination misparse; a lone "actor" is no category
                g = max((g for g in mine if g.cue < w.token and not slots[id(g)].awards
                         and g is not f), key=lambda g: g.cue, default=None)
                if g is None:
                    continue
                slots[id(g)].awards = [AwardRef(w.token, run=runs[w.token])]
                f.roles["winner"] = [x for x in f.roles["winner"] if x is not w]

    @staticmethod
    def _time_clause(f: Frame) -> bool:
        """Whether the clause is told as the time of another ("In 2019, a year after Shoplifters
        won, ..."): a clause opened by a word of `edition_shift` ("after", "before") has its
        own time, which the main clause's fronted edition is not."""
        shifts = lexicon().qualifiers.get("edition_shift", {})
        cue = f.parsed.doc[f.cue]
        if any(c.dep_ == "mark" and c.lower_ in shifts for c in cue.children):
            return True
        # ... or a clause a preposition of them takes, and what it holds ("won the Palme
        # before sweeping the Oscars with four wins": the sweep is after the Palme's year)
        return any(t.dep_ == "pcomp" and t.head.lower_ in shifts for t in [cue, *cue.ancestors])

    def _night_of_the_clause_above(self, f: Frame, mine: list[Frame], slots: dict):
        """"X won A at the 93rd Academy Awards, with Y winning B (and Z taking C)": a clause of
        a participle with a subject of its own under "with" (or set after the win as its
        adverbial clause) tells what else happened at the event of the clause it hangs on; a
        prize it names without an edition is of that clause's edition, when that is of the
        prize's show. (ceremony, year) or None."""
        s = slots[id(f)]
        if s.ceremony or s.year or s.edition_unread or not s.awards or not s.own_awards \
                or self._time_clause(f):
            return None
        doc = f.parsed.doc
        cue = doc[f.cue]
        while cue.dep_ == "conj" and cue.head.tag_ == cue.tag_ and cue.head.i < cue.i:
            cue = cue.head   # ("... and Z taking C": the participle joined to the first)
        if cue.tag_ != "VBG" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            return None
        later = set(lexicon().qualifiers.get("sequence_words", ())) | set(
            lexicon().qualifiers.get("edition_shift", {}))
        if any(t.lower_ in later for t in f.tokens()):
            return None   # ("..., with Y later winning B": another time)
        if cue.dep_ == "pcomp" and cue.head.lower_ == "with":
            verb = cue.head.head
        elif cue.dep_ == "advcl" and not any(c.dep_ == "mark" for c in cue.children):
            verb = cue.head
        else:
            return None
        lender = next((g for g in mine if g is not f and g.cue == verb.i
                       and g.cue < f.cue), None)
        if lender is None:
            return None
        lent = slots[id(lender)]
        if not (lent.ceremony or lent.year) or lent.relative is not None:
            return None
        own = self._own_family(f, s.awards)
        if own and lent.ceremony and award_family(self.kb, lent.ceremony) != own:
            return None   # (a prize of another show: "..., with Y winning a Bafta")
        return lent.ceremony, lent.year

    def _fronted(self, p: Parsed, mine: list[Frame], slots: dict):
        """An edition or year stated before the sentence's main subject ("A year earlier, ...",
        "At the 41st ceremony, ...") scopes over every clause of the sentence that states none
        of its own. Returns (the frame it was read from, ceremony, year) or None."""
        root = next((t for t in p.doc if t.dep_ == "ROOT"), None)
        if root is None:
            return None
        # the main clause, or the clause the sentence opens with when the parser hung the
        # main clause on a later one ("At the 75th, X won A, Y won B and ...")
        opener = p.doc[0].head if p.doc[0].dep_ in ("prep", "npadvmod", "advmod") else root
        for verb in dict.fromkeys([root, opener]):
            got = self._fronted_at(p, verb, mine, slots)
            if got:
                return got
        return None

    def _fronted_at(self, p: Parsed, root, mine: list[Frame], slots: dict):
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        first_subj = min(t.i for t in subj.subtree)
        owner = next((f for f in mine if f.cue == root.i), None)
        if owner is None:
            return None
        s = slots[id(owner)]
        fronted = [c for c in root.children if c.i < first_subj and c.dep_ in (
            "prep", "npadvmod", "advmod")]
        if self._time_clause(owner):
            # the parser hung the main clause's opening phrase on a time clause ("At the 92nd
            # Academy Awards, two decades after X won, Y won"): the phrase before its marker
            # is the main clause's edition or year (the time clause's own is not, _when)
            mark = min(c.i for c in root.children if c.dep_ == "mark")
            toks = {t.i for c in fronted if c.i < mark for t in c.subtree}
            cers = {a.entity for a in p.args if a.head in toks and a.kind == "ceremony"
                    and a.entity}
            years = {int(t.text) for a in p.args if a.head in toks and a.kind == "date"
                     for t in p.doc[a.first:a.last] if t.text.isdigit() and len(t.text) == 4}
            if len(cers) + len(years) != 1:
                return None
            return owner, next(iter(cers), None), next(iter(years), None)
        if s.ceremony is None and s.year is None:
            return None
        toks = {t.i for c in fronted for t in c.subtree}
        named = [a for a in p.args if a.head in toks and a.kind in ("ceremony", "date")]
        shifted = any(p.doc[i].lower_ in lexicon().qualifiers.get("edition_shift", {})
                      for i in toks)
        if not named and not shifted and not any(ORDINAL.match(p.doc[i].text) for i in toks):
            return None
        return owner, s.ceremony, s.year

    def claims(self, f: Frame, s: Slots, hedged: bool) -> list[Claim]:
        p = f.parsed
        kb = self.kb
        if not s.counts and p.doc[f.cue].lemma_.lower() in lexicon().qualifiers.get(
                "count_noun_needed_verbs", ()) and all(
                p.doc[w.token].pos_ == "NUM" for w in f.roles.get("award", [])):
            return []   # "X had seven": a number of what, unsaid; no win stated either
        if not s.counts and p.doc[f.cue].lemma_.lower() in lexicon().qualifiers.get(
                "count_noun_needed_verbs", ()) and any(
                t.pos_ == "NUM" and t.i + 1 < len(p.doc) and p.doc[t.i + 1].text == ":"
                for t in f.tokens() if t.i <= min((w.token for w in f.roles.get("award", [])),
                                                  default=-1)):
            return []   # "X had seven: A, B and C": wins or nominations, unsaid (the parser
            # may read "seven: A" as a number of A)
        own = self._own_family(f, s.awards)
        if own:
            self._note_family(p.sentence.paragraph, own, (p.sentence.start, f.cue))
        if not own and self._other_giver(f):
            return []   # "named best actress by the Boston critics": not the passage's show
        para = p.sentence.paragraph
        if _named_only(f) and not own and not (f.relation.polarity == "won" and any(
                r.run for r in s.awards if r.arg is None) and (not self._denied(f) or (
                # "was snubbed for Best Director" in a passage about one night: the
                # category is of that night's show (a reading, never a refute)
                self.para_ceremony.get(para) or self.para_ceremony.get(para - 1)))):
            # "was overlooked", naming no show: nothing to check it against ("honored as
            # Best Supporting Actress" names the prize: the passage's show is its own)
            return []
        # an edition the clause (or its sentence) states is an edition of the show it means
        family = own or (award_family(kb, s.ceremony) if s.ceremony else None) or \
            self._context_family(f)
        assumed = None
        phrases = [p.doc[r.run[0]:r.run[1]].text for r in s.awards if r.arg is None and r.run]
        named = list(dict.fromkeys(x for fams in self.para_families.values() for x in fams))
        if family and s.counts and not (own or s.ceremony or phrases):
            # "... Haneke's second Palme. / 13. Title (2022) - Director (won 0 of 3)": a count
            # naming no show, in a paragraph naming none, after a passage that has named more
            # than one show: the show carried on from an earlier paragraph is a guess at
            # which record is counted; a reading, so it may support but never refute ...
            carried = not self.para_families.get(para) and len(named) > 1
            shows = [x for x in named if getattr(kb.entity(x), "type", None) != "festival"]
            if any(k == "nomination" for _n, _t, k in s.counts) and (
                    carried or family not in shows):
                # ... unless it counts nominations, which a festival does not hand out: the
                # one show of the passage that does is the one counted ("Marty won four of its
                # eight nominations" in a paragraph on its Palme and its Oscars)
                if len(shows) == 1:
                    family = shows[0]
                else:
                    assumed = "context"
            elif carried:
                assumed = "context"
        default = lexicon().families.get("oscars")
        festival = set(lexicon().qualifiers.get("festival_heads", ()))
        fams = self.para_families.get(para)
        described_only = family is None and bool(fams) and not self._beyond_description(f, fams)
        if family is None and (described_only or not self.para_families
                               and self.last_family is None) and not any(
                t.lemma_.lower() in festival for t in p.doc) and not self._unknown_prize(f, s):
            # (not in a sentence that names a festival, "premiered at the Venice Film Festival,
            # where X won ...", nor for a prize named by a name the KB lacks, "the Silver Lion")
            # the whole text names no show (or only in a description of a noun of the
            # clause: "X, the 2019 Palme d'Or winner, later won Best Picture"): "won Best
            # Picture" reads as the Oscars, the usual sense, which may support the claim but
            # never refute it ("the festival's screenplay award" is no Oscar)
            if phrases and default and all(self._category(default, x) for x in phrases):
                family = assumed = default
            elif default and not phrases and (any(k == "nomination" for _n, _t, k in s.counts)
                                              or _beside_nomination_count(f)) \
                    and not (any(r.arg for r in s.awards) or self._prize_word(f)):
                # "Gigi, 1959: won 9 of 9", "won eight of its 11 nominations": wins out of
                # nominations, in a text naming no show, read as the Oscars' in the same way
                family = assumed = default
        elif family and family != default and phrases and default and len(
                self.para_families.get(p.sentence.paragraph, ())) <= 1 and not (
                any(r.arg for r in s.awards) or f.args_in_clause(*AWARDISH)
                or self._family_words(f.tokens()) or self._show_noun(f)
                or self._unknown_prize(f, s)) and getattr(
                kb.entity(family), "type", None) == "festival" and not any(
                self._category(family, x) for x in phrases) and all(
                self._category(default, x) for x in phrases):
            # the one show the passage (or another clause) names has no such category ("won
            # the Palme in 2019 and then best picture"): read as the Oscars, to support only;
            # a clause that points at the show ("the festival's screenplay award") means it
            # (not a prize the clause names by a name the KB does not link, "won the Screen
            # Actors Guild Award for best actor": that show's category, not the Oscars'; nor
            # when the passage's show is an awards show, not a festival: the Globes, BAFTA or
            # the guilds have such categories, of which the KB holds only some, so "won
            # supporting actress" in a Globes passage is no Oscar)
            family = assumed = default
        elif family and not (own or s.ceremony) and phrases and len(
                fams := self.para_families.get(para, ())) > 1 and getattr(
                kb.entity(family), "type", None) == "festival" and not any(
                self._category(family, x) for x in phrases) and len(have := [
                x for x in fams if all(self._category(x, ph) for ph in phrases)]) == 1 \
                and have[0] == self.last_family:
            # the festival the passage leads with has no such category, and the show named
            # last, of the others its paragraph names the one alone that has it, is the
            # nearest that fits ("Parasite won the Palme d'Or. Bong won Best Director at the
            # Oscars. The film won Best Picture": the Oscars'). Not past an awards show the
            # passage leads with: the KB holds only some of the Globes', BAFTA's or the
            # guilds' categories, so one it lacks may still be that show's. A reading of the
            # passage, so it may support but never refute
            family, assumed = have[0], "context"
        if assumed and not s.ceremony and not s.year:
            # "took home the Best Actress statuette at the 96th ceremony": the edition the
            # clause numbers, of the show the category is read as
            s.ceremony, s.year, _ = self._when(f, family)
            if s.edition_unread and (s.ceremony or s.year):
                # numbered after all
                s.unread = [x for x in s.unread if x != s.edition_unread]
                s.edition_unread = None
        for_work = next((w.arg.entity for w in s.works if w.arg and w.arg.kind == "film"), None)
        work_read = any(w.read for w in s.works if w.arg and w.arg.entity == for_work)
        # no work said: the one KB film the sentence names (not a prize's name) may be it
        # ("The Florida Project followed, with Willem Dafoe earning a nomination"): a hint
        # that picks the evidence when it fits, and is dropped when it does not
        named = {a.entity for a in p.args if a.kind == "film" and a.entity
                 and a.entity not in self._prize_films}
        work_hint = next(iter(named)) if for_work is None and not s.works and \
            len(named) == 1 else None
        # the films the works' phrases name, the parser's apposition of a list included
        inside = {t.i for w in s.works if w.arg is not None and w.arg.kind == "film"
                  for t in p.doc[w.token].subtree}
        listed = bool(s.counts) and len({a.entity for a in p.args if a.kind == "film"
                                         and a.entity and a.head in inside}) > 1
        if listed:
            # "won four times, for A, B, C and D": the works list the counted wins; no one
            # of them is the count's scope (its night)
            for_work = None
        for_title = next((w.arg.text for w in s.works if w.arg and not w.arg.known
                          and w.arg.kind in ("work", "org")), None)
        ranked = f.record and (self._nth_winner(f) or self._age_rank(f))
        record_win = self._record_win(f) if f.record and not ranked else None
        if record_win:
            for _n, tok, _k in s.counts:   # a holder of "the only ... to win X three times"
                self._count_bounds.setdefault(tok, "at_least")   # has won it at least so often
        unchecked = self._unchecked(f, s.counts + [(n, t, "nomination") for n, t, _a, _pol
                                                   in s.other_counts] +
                                    ([(s.works_count[0], s.works_count[1], "works")]
                                     if s.works_count else []),
                                    dated=s.month is not None,
                                    prizes=_ref_tokens(s.awards)) + \
            s.unread + (
            [record_win] if f.record and not ranked else [])
        # "the same night" on the verb, after a win this sentence tells with no night named,
        # is a slot no check reads (any win of the prize would seem to hold it; a night of a
        # sentence before may be the passage's); not "more than any film that night",
        # and not a count's, which is of one night whichever it was ("It won five that night")
        doc, cue = p.doc, p.doc[f.cue]
        nights = set(lexicon().qualifiers["edition_anaphora"]["nouns"])
        ana = [t.i for i in self._anaphora(f) if doc[i].lower_ in nights and (
            doc[i].head.i == cue.i or doc[i].head.dep_ == "prep" and doc[i].head.head.i == cue.i)
            for t in doc[i].subtree]
        told = getattr(self, "_sentence_cues", (None, ()))
        if ana and not (s.ceremony or s.year or s.counts) and told[0] is f.parsed and any(
                g < f.cue for g in told[1]):
            unchecked = unchecked + [p.doc[min(ana):max(ana) + 1].text]
        parties: list[tuple[Filler, str]] = []
        pol = f.polarity
        if pol == "lost":      # "X lost A to Y": X was nominated, Y won
            parties = [(w, "nominated") for w in f.roles.get("winner", [])]
            parties += [(w, "won") for w in f.roles.get("beaten_by", [])]
            if not f.roles.get("beaten_by") and not f.negated:
                # "X lost Best Actress", "was nominated but lost": no winner named, what the
                # clause says is that X did not win it (the nomination is the premise)
                parties = [(w, "lost") for w in f.roles.get("winner", [])]
        else:
            parties = [(w, pol) for w in f.roles.get("winner", [])]
            if s.ceremony or s.year or f.args_in_clause(*AWARDISH) or (
                    family and s.own_awards and any(r.arg is None and r.run
                                                    for r in s.awards)):
                # "X beat Y for A at the Globes": Y was nominated there (with no ceremony
                # named, nothing says where Y was in the running); "X won Best Actor over
                # Y": a category the clause names, Y was up for it where X won it (`faced`
                # below; a category lent by another clause, "won A, beating Y", is not)
                parties += [(w, "nominated") for w in f.roles.get("beaten", [])]
        out: list[Claim] = []
        # "X beat Y at the 97th" naming no prize (or only the show): the claim is that they
        # were up for one prize and X won it
        rivals = [x for x in (self._subject(f, b)[0] for b in f.roles.get("beaten", [])) if x]
        rival_mode = bool(rivals) and pol == "won" and bool(family) and bool(
            s.ceremony or s.year) and not s.counts and all(
            self._family_level(r, family) for r in s.awards)
        if rivals and pol == "won" and family and not rival_mode and not s.awards \
                and not s.counts and not own and f.relation.role("dobj") == "beaten":
            # "X beat Y and Z", naming neither prize nor night: the prize all were up for at
            # the show the passage is about, which X won; the show is the passage's, so it
            # may support but never refute (as "He lost to X")
            rival_mode, assumed = True, "context"
        losers = [x for x in (self._subject(f, w)[0] for w in f.roles.get("winner", [])) if x]
        if pol == "lost" and losers and f.roles.get("beaten_by") and family and not s.counts \
                and all(self._family_level(r, family) for r in s.awards):
            # "He lost to Kieran Culkin", no prize named: the one both were up for went to
            # Culkin. With no edition in the clause the show is the passage's: support only
            parties = [(w, "won") for w in f.roles["beaten_by"]]
            rivals, rival_mode = losers, True
            if not (s.ceremony or s.year) and not own:
                assumed = "context"
        # "X lost A to Y", "Y beat X for A": one prize at one show; with no edition named,
        # whichever it was, each party's fact must be of the edition the other's is
        faced: dict[int, list] = {}
        if not rival_mode and len(parties) == 2 \
                and parties[0][1] != parties[1][1]:
            ids = [self._subject(f, w)[0] for w, _pol in parties]
            if all(ids):
                faced = {0: [ids[1], parties[1][1]], 1: [ids[0], parties[0][1]]}
        elif not rival_mode and len(parties) > 2 and [pl for _w, pl in parties].count("won") == 1 \
                and {pl for _w, pl in parties} == {"won", "nominated"}:
            # "X beat A, B and C for the prize": each rival was in the running where X won it
            ids = [self._subject(f, w)[0] for w, _pol in parties]
            k = [pl for _w, pl in parties].index("won")
            if all(ids):
                faced = {j: [ids[k], "won"] for j in range(len(parties)) if j != k}
        # "A and B won X and Y, respectively": two lists of one length pair in order
        resp = set(lexicon().qualifiers.get("respective_words", ()))
        n_specific = len([r for r in s.awards if not self._family_level(r, family)])
        crossed = pol != "lost" and len(parties) > 1 and n_specific > 1
        paired = crossed and n_specific == len(parties)
        # without "respectively" the lists may pair in any order ("A and B won Best Actor
        # and Best Actress"): read in order, to support only
        loose = crossed and not any(c.lower_ in resp for c in p.doc[f.cue].children)
        # "had never won an Oscar before Oppenheimer", "had not been nominated until
        # 2010": a denial bounded in time says nothing of the wins after the bound
        bound_word = _denial_time_bound(p.doc[f.cue]) if f.negated else None
        bounded = ("A denial bounded in time ('" + bound_word.text +
                   "') says nothing of later wins; read without the bound, this does not "
                   "hold: ") if bound_word is not None else None
        cue_tok = p.doc[f.cue]
        spans = set(lexicon().qualifiers.get("denial_spans", ()))
        span = next((o for c in cue_tok.children if c.dep_ == "prep" and c.lower_ in (
            "for", "in", "over") for o in c.children if o.dep_ == "pobj"
            and o.lemma_.lower() in spans), None) if f.negated else None
        if bounded is None and span is not None:
            # "did not win again for more than three decades": a denial over a span of time
            # says nothing of the wins outside it (nor which span the writer counts from)
            bounded = (f"A denial over a span of time ('{span.head.text} ... {span.text}') says "
                       f"nothing of the wins outside it; read without the span, this does not "
                       f"hold: ")
        # "Gerwig was not nominated for Best Director", "was snubbed for Best Actress": a
        # person's denial in the past that names no night (nor the work, which would fix it)
        # is about the one the passage means, not the whole record; an earlier nomination does
        # not refute it (a film competes at its one night: "neither Roma nor Green Book won")
        occasion = bounded is None and (f.negated or self._denied(f)) and not (
            s.ceremony or s.year or for_work or for_title) and not _for_good(f)
        if bounded is None and f.noun_cue and cue_tok.dep_ == "pobj" and cue_tok.head.lower_ in \
                set(lexicon().qualifiers.get("event_bounds", ())):
            bounded = (f"A count up to another event ('{cue_tok.head.text} ...') is confirmed "
                       f"only; read as the whole record, this does not hold: ")
        upto = False   # a count up to an event or earlier time: at most the whole record's
        if bounded is None and s.counts and not f.noun_cue:
            # "had been nominated four times before her win": a count on a verb bounded by
            # another event (not a year, which dates the count) counts up to that event
            # ("before The Departed": a film stands for its own night, an event too)
            # (the parser may hang the bound on the prize: "nominated for an Oscar eight
            # times before Carol")
            near = list(cue_tok.children) + [g for c in cue_tok.children if c.dep_ == "prep"
                                             for o in c.children if o.dep_ == "pobj"
                                             for g in o.children if g.i > o.i]
            ev = next((c for c in near if c.dep_ == "prep" and c.lower_ in set(
                lexicon().qualifiers.get("event_bounds", ())) and any(
                    o.dep_ == "pobj" and (o.pos_ in ("NOUN", "PRON") or getattr(
                        p.arg_at(o.i), "kind", None) in ("film", "work"))
                    for o in c.children)), None)
            if ev is not None:   # (the KB's dates of the event are not read: unchecked)
                unchecked = unchecked + [p.doc[ev.i:ev.right_edge.i + 1].text]
                bounded = (f"A count up to another event ('{ev.text} ...') is not the whole "
                           f"record; read as the whole record, this does not hold: ")
                upto = True
        if bounded is None and s.counts:
            # "had been nominated five times before", "had previously won two": a count told
            # up to a time the clause leaves to the passage (the lexicon's
            # `count_bound_adverbs` on its verb) is not the whole record
            verb = cue_tok
            while f.noun_cue and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            adv = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in set(
                lexicon().qualifiers.get("count_bound_adverbs", ()))), None)
            if adv is not None:
                bounded = (f"A count up to an earlier time ('{adv.text}') is not the whole "
                           f"record; read as the whole record, this does not hold: ")
                upto = True
        # "won Best Actress for Mikey Madison": the one person the prize is said to be for (of
        # several, which goes with which prize is the list's to say: none)
        people = {w.arg.entity for w in s.works if w.arg is not None
                  and w.arg.kind == "person" and w.arg.entity}
        beneficiary = next(iter(people)) if len(people) == 1 else None
        cue_at = p.offset + p.doc[f.cue].idx
        group = f"{p.offset}:{f.cue}"   # claims of one frame on the same words merge
        career = self._career_ordinal(f)   # "her second Oscar": read once for every party
        on_nth = _nomination_ordinal_at(f) if f.relation.polarity == "won" else None
        nominated_nth = on_nth[:2] if on_nth else None
        # "on his sixth acting nomination": the class of categories its noun names, if any
        nominated_cls = _prize_class(p.doc[on_nth[2]], p.doc[on_nth[3]]) if on_nth else None
        personal = bool(career) and self._career_owner(f) in ("his", "her")
        # the record the frame's words make of a category's winners, read once for every party
        nth_won = self._nth_winner(f)
        won_class = self._nth_class(f, nth_won)
        age_ranked = self._age_rank(f)
        film_works = list(dict.fromkeys(w.arg.entity for w in s.works if w.arg is not None
                                        and w.arg.kind == "film" and w.arg.entity))
        counted_works = listed   # (the works of a count, read as its list above)
        said_each = any(t.lower_ in set(lexicon().qualifiers.get("respective_words", ()))
                        for t in [*f.tokens(), *p.doc[f.cue].children])
        # "A and B won the Palme in 2019 and 2024, respectively": as many years as parties,
        # in order, each the party's own (the clause's year is none of them alone)
        # ... or each party's own year set right after it ("Parasite, in 2019, and Anora, in
        # 2024, won the Palme"): the years fall one after each party, before the next
        dated = self._years_in_order(f) if len(parties) > 1 and s.year is None \
            and s.ceremony is None else []
        at = sorted(w.token for w, _pol in parties)
        own_dated = len(dated) == len(parties) and all(
            at[k] < dated[k][0] and (k + 1 == len(at) or dated[k][0] < at[k + 1])
            for k in range(len(at)))
        each_year = {w.token: dated[at.index(w.token)][1] for w, _pol in parties} \
            if len(dated) == len(parties) and len(set(at)) == len(at) and (
                said_each or own_dated) else {}
        # "won the Palme and Best Picture in 2024 and 2025 (respectively)": one party, as
        # many years as prizes, each prize its own year (without "respectively", read in
        # order, to support only)
        prize_years = [y for _i, y in self._years_in_order(f)] if len(parties) == 1 and len(
            s.awards) > 1 and s.year is None and s.ceremony is None else []
        for wi, (wfl, polarity) in enumerate(parties):
            self._assumed, self._stand_ins, self._owned_nouns = set(), set(), set()
            sid, sname, sarg = self._subject(f, wfl, stand_in=True)
            if sid is None and sname is None:
                continue
            subject_assumed = sid in self._assumed
            # "Title (2022) - X won his second Palme": a person's ordinal ("his", "her") does
            # not count a film's prizes; left to the accounting, unchecked for the film
            nth = None if personal and sarg is not None and sarg.kind == "film" else career
            # "the nominees are A for The Brutalist, B for A Complete Unknown": a party's own
            # "for" names its own work, not the first party's (nor none)
            own_work, own_title = _party_work(p, wfl.token) if len(parties) > 1 else (None, None)
            # "A and B won for X and Y (respectively)": several parties and several films the
            # clause lists as a whole; in order with "respectively", each its own film; in
            # any order without, no one film is the party's (the list is accounted for whole)
            party_works = None
            if len(parties) > 1 and len(film_works) > 1 and own_work is None \
                    and own_title is None and not counted_works:
                party_works = [film_works[wi]] if said_each and len(film_works) == len(
                    parties) else []
                own_work = party_works[0] if party_works else None
            one_night = ("A denial that names no ceremony or year is about the occasion the "
                         "passage means; read as the whole record, this does not hold: ") \
                if occasion and (sarg.kind == "person" if sarg is not None else getattr(
                    kb.entity(sid), "type", None) == "person") else None   # (or "she")
            # ... and where the passage names a night of the clause's show, that night is the
            # occasion as a reading: it may support the denial, never refute it
            para = p.sentence.paragraph
            night = self.para_ceremony.get(para) or self.para_ceremony.get(para - 1)
            denial_night = night if night and award_family(self.kb, night) == family and \
                _told_in_past(f) else None
            base = dict(family=family, family_assumed="context" if s.context_family or
                        assumed == "context" else bool(assumed), ceremony=s.ceremony,
                        # "Anora won four Oscars for Baker": the wins may be the person's
                        beneficiary=beneficiary if polarity == "won" else None,
                        year=each_year.get(wfl.token, s.year), for_work=own_work or (
                            None if own_title or party_works is not None else for_work),
                        for_title=own_title or (None if own_work else for_title),
                        polarity="won" if polarity == "lost" else polarity,
                        negated=f.negated or self._denied(f) or polarity == "lost", subject=sid,
                        said_lost=polarity == "lost" or None,
                        passed_over=f.relation.name in set(lexicon().qualifiers.get(
                            "passed_over_relations", ())) or None,
                        subject_name=None if sid else sname, unchecked=unchecked, group=group,
                        # "six nods, including one for X": X holds one of those counted
                        count_items=[e for t in p.doc if t.i in f.clause
                                     for e in _count_item(p, t) or ()] or None,
                        subject_kind=sarg.kind if sarg is not None else None,
                        career_ordinal=nth,
                        nomination_ordinal=nominated_nth,
                        nomination_class=nominated_cls,
                        career_past=bool(nth) and self._told_as_past(f),
                        career_by_other=bool(nth) and _cause_subject(f, wfl),
                        ordinal_night=bool(nth) and self._night_ordinal(f),
                        ordinal_of_family=self._ordinal_of_family(f),
                        ordinal_class=self._ordinal_class(f),
                        ordinal_competitive=bool(nth) and _ordinal_competitive(f),
                        for_work_read=work_read or None,
                        work_hint=work_hint,
                        nth_winner=nth_won, nth_class=won_class,
                        # (each claim its own: the verifier marks it read)
                        age_rank=dict(age_ranked) if age_ranked else None,
                        # every work the clause names ("for A and B"), each to be accounted for
                        # (once each: one title may fill the role twice, read two ways)
                        works=list(film_works) if party_works is None else party_works,
                        # (in any order: one of them is the party's, `verify.awards.account`)
                        works_among=list(film_works) if party_works == [] else None,
                        works_unknown=[w.arg.text for w in s.works if w.arg is not None
                                       and w.arg.kind in ("work", "film")
                                       and not w.arg.entity],
                        month=s.month, day=s.day, weekday=s.weekday,
                        listed_works=listed or None,
                        subject_assumed=subject_assumed,
                        same_night_as=faced.get(wi),
                        # a bare row of a list whose heading names its prize (`_row_prize`)
                        row_list=s.row_list,
                        # "won Best Picture again": an earlier win of the prize is said too
                        again=any(c.dep_ == "advmod" and c.lower_ in set(lexicon().qualifiers.get(
                            "gapping", {}).get("repeat", ())) for c in p.doc[f.cue].children)
                        or None,
                        in_record=f.record or None,
                        role=_played_part(f) if polarity in ("won", "nominated") else None,
                        # "who has never won an Oscar": as of the piece, so a win in the
                        # latest year it names (or later) may postdate it
                        denied_as_of=self._text_year() if f.negated and not (
                            s.ceremony or s.year) and _present_perfect(f) else None,
                        denial_night=denial_night if one_night else None,
                        count_upto=upto or None,
                        refute_blocked=bounded or one_night or (
                            f"The year is read as {s.relative[1]} shifted by "
                            f"{s.relative[0]:+d} from the passage; read so, this does not hold: "
                            if s.relative and not s.relative[2] else None) or (
                            self._row_person_s(f, sid)),
                        year_shift=abs(s.relative[0]) if s.relative else None,
                        # a year shifted from an event's year ("won in 2010, and Y won it
                        # two years earlier") is an event's year too
                        year_held=bool(s.year) and (_event_year(p, s.year) or bool(
                            s.relative and (_event_year(p, s.relative[1]) or s.relative[3]))),
                        named_by_work=_named_by_work(p, sarg, wfl) if sarg is not None
                        and sarg.kind == "person" and not for_work else None,
                        stated=[k for k, v in (("ceremony", s.ceremony), ("year", s.year),
                                               ("for_work", own_work or (
                                                   None if own_title or party_works is not None
                                                   else for_work)),
                                               ("for_title", own_title or (
                                                   None if own_work else for_title)),
                                               ("month", s.month), ("day", s.day)) if v]
                        + (["weekday"] if s.weekday is not None else []))
            wtok = p.doc[wfl.token]
            # (an age phrase standing for the winner is read from its "the": "The 25-year-old";
            # a film's person noun from its owner: "Its star")
            w_at = sarg.start if sarg else p.offset + (
                wtok.left_edge if bare_age_subject(wtok) or wtok.i in self._owned_nouns
                else wtok).idx
            cue_tok = p.doc[f.cue]
            own = p.doc[wfl.token].head.i == f.cue or f.noun_cue or wfl.token in f.clause \
                or cue_tok.dep_ in ("xcomp", "relcl", "amod") or (cue_tok.dep_ == "advcl" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cue_tok.children))
            # a description set on the subject that states a record or a prize of its own
            # ("X, the 2019 Palme d'Or winner, was nominated ..."): a statement the win does
            # not judge, so the win's words open at its verb
            aside = _record_aside(p, wfl.token, f.cue) or any(
                wfl.token < i < f.cue for i in self._aside(f))
            start = min(w_at, cue_at) if own and not aside else cue_at
            if s.awards and s.awards[0].tok == f.cue and s.awards[0].run:
                start = p.span_of(*s.awards[0].run)[0]   # a listed item: its own prize
            if _named_only(f):   # "after being overlooked": the clause's own words
                start = min(start, p.offset + p.doc[f.cue].left_edge.idx)
            if s.awards and s.own_awards and (own or f.layout):
                r0 = s.awards[0]
                a_at = r0.arg.start if r0.arg else p.span_of(*r0.run)[0]
                cue = p.doc[f.cue]
                antecedent = cue.dep_ == "relcl" and (cue.head.i == r0.tok or (
                    r0.arg is not None and r0.arg.first <= cue.head.i < r0.arg.last))
                if (p.doc[r0.tok].head.i == f.cue or f.cue <= r0.tok or f.layout or antecedent) \
                        and a_at < start:
                    start = a_at
            specific = [r for r in s.awards if not self._family_level(r, family)]
            if sid in self._stand_ins and not (specific and all(
                    self._performers_prize(p, r, family) for r in specific)):
                # "the film's lead actress won an Oscar": not any of the film's prizes; "its
                # star won Best Director": not one a performer holds
                continue
            on_ref: dict[int, int] = {}   # index of a specific award -> the count it carries
            on_tok: dict[int, int] = {}   # ... and the count's token
            family_counts = []
            pools = set(lexicon().qualifiers.get("pool_prepositions", ())) | {"of"}
            cue_t = p.doc[f.cue]
            # "Anora's five wins included Best Picture": the count is of the noun's whole set,
            # the verb's object one part of it
            part_of = f.noun_cue and cue_t.dep_ == "nsubj" and cue_t.head.lemma_.lower() in \
                lexicon().qualifiers.get("part_verbs", ())
            for n, tok, kind in s.counts:
                head = p.doc[tok].head.i
                # "won three of his four nominations, including Best Director": a count out
                # of a pool counts the pool's prizes, not the one prize the clause names
                pooled = any(c.dep_ == "prep" and c.lower_ in pools for c in p.doc[tok].children) \
                    or (tok + 1 < len(p.doc) and p.doc[tok + 1].lower_ in pools)
                hit = [k for k, r in enumerate(specific) if (kind != "nomination" and (
                    r.tok == head or (r.arg and r.arg.first <= head < r.arg.last)
                    or (r.run and r.run[0] <= head < r.run[1])
                    # "two directing Oscars": the category modifies the prizes counted
                    or (r.run and any(r.run[0] <= x.i < r.run[1] for x in p.doc[head].children
                                      if x.i < head and x.dep_ in ("amod", "compound", "nmod")))
                    or (head == f.cue and len(specific) == 1 and not pooled and not part_of
                        and not _included(p, r) and not (
                        # "Titanic's 11 wins included Best Picture": a prize a relation
                        # noun is said to include is one of those counted, not all of them
                        f.noun_cue and not any(t.i == r.tok for t in p.doc[f.cue].subtree))))) or (
                    kind == "nomination" and self._nominated_ref(f, r, polarity)
                    and self._counts_category(f, tok, r, len(specific))) or (
                    # "won three Oscars for Best Actress": the category the counted prizes
                    # are for (its own preposition, not set off by a comma)
                    kind != "nomination" and len(specific) == 1 and not pooled
                    and not part_of and r.tok >= 0 and not any(
                        d.dep_ in ("det", "nummod") and d.lower_ != "the"
                        for d in p.doc[r.tok].children)   # ("for a single picture": a film)
                    and self._counts_category(f, tok, r, 0)) or (
                    # "two-time Best Actress winner X", "a four-time best actor nominee": the
                    # category sits between the count and the holder noun, and counts
                    _time_category(f, tok, r))]
                if hit:
                    on_ref[hit[0]] = n
                    on_tok[hit[0]] = tok
                else:
                    family_counts.append((n, tok, kind))
            for n, tok, other, pol in s.other_counts if wi == 0 else []:
                pool = p.doc[tok]   # "the five awards that Anora was nominated for"
                out.append(self._claim(   # on the statement's words: one row with its count
                    f, "count", min(start, p.offset + pool.left_edge.idx),
                    p.span_of(pool.right_edge.i, pool.right_edge.i + 1)[1],
                    other.entity, None if other.entity else other.text,
                    "nomination_count" if pol == "nominated" else "award_count", n,
                    hedged, dict(base, kind="award_count", count=n, polarity=pol,
                                 subject=other.entity, subject_kind=other.kind,
                                 subject_name=None if other.entity else other.text,
                                 beneficiary=None, for_work=None, works=[], works_unknown=[],
                                 career_ordinal=None, context_ceremony=None,
                                 per_edition=False, works_count=None,
                                 stated=base["stated"] + ["count"])))
            night = self._night_of(f, s, family) if family_counts else None
            per = (self._per_edition(f) or self._night_unnamed(f)) if family_counts else None
            label_show = self._label_festival(f, s, family, own, phrases) \
                if family_counts else None
            for n, tok, kind in family_counts:
                if _collective(p, tok, f.cue):
                    continue   # "18 nominations combined", "16 between them": a sum, not one's
                if _category_anaphor(p, tok):
                    # "won Best Actress on each of her three nominations in that category":
                    # a count of the one category the clause names (none named here: a
                    # category of another sentence, which this clause does not say)
                    cat = self._anaphor_category(f, s, family, specific)
                    if cat is not None and not self._near_miss(f):
                        nom = kind == "nomination"
                        out.append(self._claim(
                            f, "award", min(start, p.offset + p.doc[tok].idx),
                            self._end(f, [tok, p.doc[tok].head.i]), sid, sname,
                            "nominated_for" if nom else "award_received",
                            EntityRef(cat, kb.label(cat)), hedged,
                            dict(base, kind="award", award=cat, family_only=False,
                                 award_phrase=kb.label(cat), count=n,
                                 polarity="nominated" if nom else "won",
                                 group=f"{base.get('group')}:category-count",
                                 stated=base["stated"] + ["count"])))
                    continue
                if not self._near_miss(f):   # "nearly won four": the count fell short
                    nom = kind == "nomination"
                    cslots = dict(base, kind="award_count", count=n, context_ceremony=night,
                                  # "lost all five of its nominations": nominations said
                                  # lost are held, not denied; the count is of those that
                                  # did not win ("of its six": the pool, all of them)
                                  **(dict(negated=bool(f.negated or self._denied(f)),
                                          said_lost=None,
                                          lost_count=not _of_pool(p.doc[tok]) or None)
                                     if nom and polarity == "lost" else {}),
                                  per_edition=per is not None, reached=self._reached(f),
                                  held_then=self._held_then(f) or None,
                                  works_count=s.works_count[0] if s.works_count else None,
                                  polarity="nominated" if nom else "won",
                                  loose_count=tok in s.loose,
                                  either_kind=tok in s.either and not nom,
                                  count_set=self._count_sets.get(tok),
                                  count_bound=self._count_bounds.get(tok),
                                  competitive_count=tok in s.competitive,
                                  classes=s.classes.get(tok),
                                  written_lo=self.written[0], written_hi=self.written[1],
                                  stated=base["stated"] + ["count"])
                    if label_show is not None:   # "Title (Palme 1996): won 1 of 5"
                        show, drop_year = label_show
                        cslots.update(family=show or family, family_assumed=False if show
                                      else "context")
                        if drop_year:
                            cslots.update(year=None, stated=[x for x in cslots["stated"]
                                                             if x != "year"])
                    # "won four Oscars, the last for X in 1982": the latest one's, not the
                    # count's scope
                    self._latest(f, s, cslots)
                    out.append(self._claim(
                        f, "count", min(start, p.offset + p.doc[tok].idx)
                        if kind != "nomination" or tok > f.cue else
                        p.offset + p.doc[tok].left_edge.idx,
                        self._end(f, [tok, p.doc[tok].head.i] + ([per] if per is not None else [])),
                        sid, sname, "nomination_count" if nom else "award_count", n, hedged,
                        cslots))
            refs = specific or ([] if family_counts else s.awards[:1])
            night = base.get("ceremony") or self.para_ceremony.get(
                p.sentence.paragraph) or self.para_ceremony.get(p.sentence.paragraph - 1)
            if not refs and not family_counts and nth and family and f.noun_cue \
                    and not rival_mode and night and award_family(kb, night) == family:
                # "earned her fourth acting nomination", no prize named, in a passage on one
                # night: the n-th of the subject's record was that night's
                out.append(self._claim(
                    f, "award", start, self._end(f, [f.cue]), sid, sname,
                    "award_received" if polarity == "won" else "nominated_for",
                    kb.label(family), hedged, dict(base, kind="award", award=None,
                                                   family_only=True, ceremony=night,
                                                   award_phrase=p.doc[f.cue].text,
                                                   # (the passage's night: a reading)
                                                   family_assumed=base["family_assumed"]
                                                   if base.get("ceremony") else "context")))
                continue
            if paired:   # "A and B won X and Y, respectively": A won X, B won Y
                refs = [refs[wi]]
            if rival_mode and polarity == "nominated":
                continue   # the rival's part is in the winner's claim
            if rival_mode:
                # "X beat Y at the 97th": one prize both were up for, which X won
                if pol == "lost":   # "He lost to X": the claim starts at the loser
                    start = min([start] + [p.offset + p.doc[w.token].left_edge.idx
                                           for w in f.roles.get("winner", [])])
                # a rivalry with no night of its own, in a passage about one night ("...
                # dominated the 96th. Gladstone lost to Stone"): that night, as a reading
                para = p.sentence.paragraph
                night = self.para_ceremony.get(para) or self.para_ceremony.get(para - 1)
                passage_night = night if not (base.get("ceremony") or base.get("year")) and \
                    night and award_family(self.kb, night) == family else None
                # "beat Y and Z": each rival is a slot the clause states (one row: one group)
                for rival in (rivals if pol == "won" else rivals[:1]):
                    out.append(self._claim(
                        f, "award", start, self._end(f, [b.token for b in f.roles.get(
                            "beaten", f.roles.get("beaten_by", []))]),
                        sid, sname, "award_received", self.kb.label(family), hedged,
                        dict(base, kind="award", award=None, family_only=True, rival=rival,
                             award_phrase=None, stated=base["stated"] + ["rival"],
                             passage_night=passage_night)))
                continue
            # "won the Palme d'Or and the Oscar for Original Screenplay": a conjunct that names
            # another show as a whole is that show's prize (its category the one its "for"
            # names), not a category of the clause's show
            # (also when the clause's own show is named only as a whole, "won an Oscar and a
            # BAFTA": that family-level conjunct is no ref here, the other show's still is one)
            listed = len(refs) > 1 or len(s.awards) > 1
            runs_here = category_runs(p) if listed else {}
            shows = {k: self._conjunct_show(p, r, family, runs_here) for k, r in enumerate(refs)
                     if listed}
            taken = {x[2] for x in shows.values() if x and x[2] is not None}
            # a conjunct of the listed prizes that no ref reads ("the BAFTA, the Spirit Award
            # and the SAG award", the last no name the KB links): said, not checked
            covered = _ref_tokens(s.awards)
            unread = [c for r in s.awards if any(shows.values()) and r.tok >= 0
                      for c in conjuncts(p.doc[r.tok])
                      if c.i not in covered and c.pos_ in ("NOUN", "PROPN")]
            unread = list(dict.fromkeys(" ".join(x.text for x in c.subtree
                                                 if x.dep_ not in ("det", "cc", "punct", "conj")
                                                 and x.i <= c.i) for c in unread))
            if shows and any(shows.values()) and not paired and not rival_mode:
                # ... and the clause's own show, named as a whole beside them, is a prize
                # said too ("nominated for an Oscar and an Independent Spirit Award"): its
                # claim is made as well, so the other show's prize does not stand for both
                refs = refs + [r for r in s.awards if r not in refs and r.arg is not None
                               and r.arg.kind == "award" and r.arg.entity == family]
            for k, r in enumerate(refs):
                if r.arg is None and r.run is not None and r.run in taken:
                    continue   # the category a conjunct's show takes: said in its claim
                family_only = self._family_level(r, family)
                if r.arg is not None and not family_only:
                    award_id, phrase = r.arg.entity, r.arg.text
                elif r.arg is not None:
                    award_id, phrase = None, r.arg.text
                else:
                    first, last = r.run
                    if last - first > 1 and parse_ordinal(p.doc[first].lower_) and career:
                        first += 1   # "his first directing Oscar": the ordinal is the career's
                    phrase = p.doc[first:last].text
                    award_id = self._category(family, phrase)
                    # "a writing Oscar": a class of the show's categories (its claim reads the
                    # show as a whole, within the class)
                    family_only = award_id is None and phrase.lower() in (
                        lexicon().categories.get("classes") or {})
                show = shows.get(k)
                if show:
                    award_id, phrase = show[0], show[1]
                    family_only = award_id is None
                other = None if award_id or not self._beside_named_prize(f, s, family) \
                    else self._other_show(p, family, phrase)
                if other:
                    award_id = other
                slots = dict(base, kind="award", award=award_id, family_only=family_only,
                             award_phrase=phrase)
                if len(prize_years) > 1 and len(prize_years) == len(refs):
                    slots["year"] = prize_years[k]
                    if not said_each:
                        slots["refute_blocked"] = (
                            "The sentence does not say which year goes with which prize; "
                            "read in order, this does not hold: ")
                if unread:
                    slots["unchecked"] = list(slots.get("unchecked") or []) + unread
                if self._unsettled(f):
                    continue   # "the error that briefly handed Best Picture to X": no win told
                if self._near_miss(f):
                    # "Avatar nearly won Best Picture": that prize was not won; of a show as a
                    # whole ("almost swept the Oscars") or a count, what fell short is untold
                    if family_only or not award_id or k in on_ref:
                        continue
                    slots["negated"] = True
                if show:
                    slots.update(family=r.arg.entity, family_assumed=False)
                if other:
                    # "won the Palme d'Or and Best Picture": a category the clause's show
                    # lacks is another show's; a reading, so it may support, never refute
                    slots.update(family=award_family(kb, other), family_assumed=True)
                if s.night_reading and award_id:
                    slots["night_reading"] = True
                if loose:
                    slots["refute_blocked"] = ("The sentence does not say which name goes with "
                                               "which prize; read in order, this does not "
                                               "hold: ")
                elif f.relation.name in lexicon().qualifiers.get("not_refuted_by_lists", ()):
                    slots["refute_blocked"] = ("A shortlist is not the list of nominees; read "
                                               "as a nomination, this does not hold: ")
                elif f.layout and p.doc[f.cue].dep_ == "ROOT" and any(
                        c.dep_ == "prep" and c.lower_ == "for" for c in p.doc[f.cue].children):
                    # "Best Actress for X." with no verb: a line of winners or of nominees
                    slots["refute_blocked"] = ("A line naming a prize for someone may list a "
                                               "nominee; read as a win, this does not hold: ")
                if family_only and (words := self._prize_words(f)):
                    slots["award_words"] = words   # "the comedy prize": which of the show's
                if family_only and (cls := self._class_said(f, phrase)):
                    # "an acting Oscar", "an Oscar for writing Oppenheimer": the prize is one
                    # of a class of the show's categories, not any of them
                    slots["award_class"], slots["award_class_said"] = cls
                if award_id and s.ceremony and award_family(kb, award_id) not in (
                        None, award_family(kb, s.ceremony)):
                    # "the Palme d'Or and Best Director at the 97th Academy Awards": an
                    # edition of one family says nothing of another family's prize
                    slots["ceremony"] = None
                    slots["stated"] = [x for x in slots["stated"] if x != "ceremony"]
                if polarity == "won" and self._nominated_ref(f, r, polarity):
                    slots["polarity"] = "nominated"   # "earned four Best Actress nominations"
                if k in on_ref and polarity in ("won", "nominated") and specific and \
                        on_ref[k] == 0 and _event_zero(f) and (
                            polarity == "nominated" or not slots.get("family_assumed")):
                    # "X received no nomination for Best Actress": none of that prize told as
                    # an event is a denial of it at one occasion (the passage's, else the one
                    # the clause names), not a count of the whole record ("won no award
                    # for editing", its show not named, stays a count: no win the KB holds is
                    # no proof of none)
                    slots["negated"] = True
                    if not (slots.get("ceremony") or slots.get("year") or slots.get(
                            "for_work") or slots.get("for_title") or slots.get(
                            "refute_blocked")) and (sarg.kind == "person" if sarg is not None
                                                    else getattr(kb.entity(sid), "type",
                                                                 None) == "person"):
                        slots["refute_blocked"] = (
                            "A denial that names no ceremony or year is about the occasion "
                            "the passage means; read as the whole record, this does not hold: ")
                        slots["denial_night"] = denial_night
                elif k in on_ref and polarity in ("won", "nominated") and specific:
                    slots["count"] = on_ref[k]
                    slots["count_bound"] = self._count_bounds.get(on_tok.get(k))
                    slots["stated"] = base["stated"] + ["count"]
                    self._latest(f, s, slots)
                # the first item starts at the subject, unless a count claim says that part
                s0 = start if (k == 0 and not family_counts) or wi > 0 else (
                    r.arg.start if r.arg is not None and r.tok >= 0 else p.span_of(*r.run)[0]
                    if r.run else start)
                ends = ([r.tok] if s.own_awards and r.tok >= 0 else []) + (
                    [show[2][1] - 1] if show and show[2] else []) + [
                    t for _n, t, _k in s.counts if t > f.cue] + (
                    [w.token for w in s.works] if k == len(refs) - 1 else []) + (
                    [wfl.token] if k == len(refs) - 1 and wfl.token > f.cue else [])
                item_winner = _item_winner(p, r, runs_here) \
                    if listed and r.tok > f.cue else None
                if item_winner is not None:
                    # a listed prize's own "for" phrase naming its winner ("including Best
                    # Actress for Michelle Yeoh"): a slot of the item, in its words
                    ends.append(item_winner.head)
                    slots["item_winner"] = item_winner.entity
                    later = next((a for a in p.args if a.entity and a.entity == slots.get(
                        "beneficiary") != item_winner.entity and a.first > item_winner.last),
                                 None)
                    if later is not None:
                        # "..., Best Director for Sean Baker and Best Actress for Demi Moore":
                        # a "for" person after the item's own, the parser's verb's, is of a
                        # prize of the list this item does not read
                        lo, hi = p.span_of(item_winner.last, later.last)
                        slots["unchecked"] = list(slots.get("unchecked") or []) + [
                            self.text[lo:hi].strip(" ,")]
                end = self._end(f, ends)
                if end <= s0 and (r.run or r.arg is not None):
                    # an item that starts after every word the ends name ("six nominations,
                    # including one for best supporting actor"): its own words end it
                    end = self._end(f, ends + [r.run[1] - 1 if r.run else r.arg.last - 1])
                if show and award_id is None and slots.get("count") is not None:
                    # "won the Palme d'Or and four Oscars": that show's count of the subject's
                    # wins (nominations) at the edition it was up for
                    slots.update(kind="award_count", context_ceremony=None, per_edition=False,
                                 reached=None, works_count=None)
                    out.append(self._claim(
                        f, "count", s0, end, sid, sname,
                        "nomination_count" if slots["polarity"] == "nominated" else "award_count",
                        slots["count"], hedged, slots))
                    continue
                out.append(self._claim(
                    f, "award", s0, end, sid, sname,
                    "award_received" if slots["polarity"] == "won" else "nominated_for",
                    EntityRef(award_id, kb.label(award_id)) if award_id else phrase, hedged,
                    slots))
        return out

    def _compared(self, f: Frame, got: list[Claim]) -> list[Claim]:
        """A clause that compares its subject's count with another's ("won more Oscars than
        Barbie", "seven, more than Y", "as many nominations as Z", "twice as many as W", "one
        fewer than V") states that comparison: a count_comparison claim over the two records
        (verify/counts.py). A bare win of the show the comparison is made of ("won more
        Oscars") is no claim of its own beside it; a count it states ("won seven Oscars, more
        than Y") stays one."""
        cmp = _comparison(f)
        if cmp is None:
            return got
        if f.negated:   # "did not win more Oscars than X" denies the comparison, not a win
            return [x for x in got if not (x.slots.get("kind") == "award"
                                           and x.slots.get("family_only")
                                           and x.slots.get("count") is None)]
        if self._per_edition(f) is not None or self._night_unnamed(f) is not None:
            cmp = dict(cmp, per_edition=True)   # "more Oscars in one night than X"
        base = next((c for c in got if c.slots.get("kind") in ("award", "award_count")
                     and c.slots.get("subject") and c.slots.get("family")), None)
        if base is None:
            return got
        subj = self.kb.entity(base.slots["subject"])
        other = self.kb.entity(cmp["other"])
        if subj is None or other is None or subj.type != other.type or subj.id == other.id:
            return got
        nom = cmp["noun"] == "nomination" or (cmp["noun"] is None and base.slots.get(
            "polarity") == "nominated")
        slots = dict(base.slots, kind="count_comparison", count=None, count_bound=None,
                     polarity="nominated" if nom else "won", compared=cmp,
                     group=f"{base.slots.get('group')}:compared",
                     award=base.slots.get("award") if base.slots.get("kind") == "award"
                     and not base.slots.get("family_only") else None)
        p = f.parsed
        end = p.offset + p.doc[cmp["end"]].idx + len(p.doc[cmp["end"]].text)
        c = Claim(id="", start=base.start, end=max(end, base.end),
                  text=self.text[base.start:max(end, base.end)], category="count",
                  subject=base.subject, predicate="count_comparison",
                  object=self.kb.label(cmp["other"]), hedged=base.hedged, slots=slots)
        keep = [x for x in got if not (x.slots.get("kind") == "award"
                                       and x.slots.get("family_only")
                                       and x.slots.get("count") is None)]
        for x in keep:   # the comparison's words ("four times", "as many as") are its own
            if x.slots.get("unchecked"):
                x.slots["unchecked"] = [u for u in x.slots["unchecked"]
                                        if u not in cmp["phrase"]]
        return keep + [c]

    @staticmethod
    def _prize_words(f: Frame) -> list[str]:
        """Category words on a bare prize noun the frame names ("the comedy prize", "the
        supporting actress trophy"): a family-level claim must be met by a prize they fit."""
        q, cats = lexicon().qualifiers, lexicon().categories
        nouns = {w.lower() for w in q.get("award_nouns", ())}
        words = (set(cats.get("heads", ())) | set(cats.get("modifiers", ()))) - {
            "best", "a", "in", "role", "film", "motion", "first"}
        doc = f.parsed.doc
        out = []
        for fl in f.roles.get("award", []):
            t = doc[fl.token]
            if fl.arg is None and t.lemma_.lower() in nouns:
                out += [c.lower_ for c in t.children if c.dep_ in ("compound", "amod")
                        and c.lower_ in words]
        return out

    def _class_said(self, f: Frame, phrase: str = "") -> Optional[tuple[list, str]]:
        """The class of categories a family-level prize is said to be of: the prize's phrase
        ("won for writing"), a class word on its noun ("an acting Oscar": `categories.
        classes`) or the craft of the making its "for" names ("an Oscar for writing
        Oppenheimer": `qualifiers.made_work_classes`), as (the words one of the class's labels
        holds, the word said), or None."""
        doc = f.parsed.doc
        classes = lexicon().categories.get("classes") or {}
        if phrase.lower() in classes:
            return list(classes[phrase.lower()]), phrase.lower()
        nouns = {w.lower() for w in lexicon().qualifiers.get("award_nouns", ())}
        for fl in f.roles.get("award", []):
            t = doc[fl.token]
            if fl.arg is None and t.lemma_.lower() not in nouns or fl.arg is not None and (
                    fl.arg.kind != "award" or not fl.arg.entity
                    or award_family(self.kb, fl.arg.entity) != fl.arg.entity):
                continue   # (only a prize noun or the show's own name: "an acting Oscar")
            for c in t.children:
                if c.dep_ in ("compound", "amod") and c.lower_ in classes:
                    return list(classes[c.lower_]), c.lower_
        crafts = lexicon().qualifiers.get("made_work_classes") or {}
        for w in _made_work(f):
            verb = doc[w.token].head
            if verb.lemma_.lower() in crafts:
                return list(crafts[verb.lemma_.lower()]), verb.lower_
        return None

    def _conjunct_show(self, p: Parsed, r: AwardRef, family: Optional[str], runs: dict):
        """(award, phrase, run) of a prize named by another show's own name among several
        ("... and the Oscar for Original Screenplay"): the category its "for" names in that
        show, or (None, name, None) for the show as a whole; None for any other prize."""
        a = r.arg
        if a is None or a.kind != "award" or not a.entity or a.entity == family \
                or award_family(self.kb, a.entity) != a.entity or family is None:
            return None
        t = p.doc[r.tok] if r.tok >= 0 else None
        # its own "for", or the one right after its name (the parser hangs "the Oscar for
        # Best Picture" on the verb when the prize is a conjunct)
        fors = list(t.children) + ([p.doc[t.i + 1]] if t.i + 1 < len(p.doc) else []) \
            if t is not None else []
        for c in fors:
            if c.dep_ != "prep" or c.lower_ != "for":
                continue
            for o in c.children:
                i = _run_token(p, o.i, runs)
                if i is not None:
                    phrase = p.doc[runs[i][0]:runs[i][1]].text
                    cat = self._category(a.entity, phrase)
                    if cat:
                        return cat, phrase, runs[i]
        return None, a.text, None

    def _family_level(self, r: AwardRef, family: Optional[str]) -> bool:
        """'an Oscar', 'at Cannes': the family or an edition, not a category."""
        return r.arg is not None and (r.arg.kind != "award" or r.arg.entity == family
                                      or not r.arg.entity)

    def _unchecked(self, f: Frame, counts, dated: bool = False,
                   prizes=frozenset()) -> list[str]:
        """Numbers and dates the clause states that no slot of the claim holds ("won an Oscar
        at 24"): the verdict must not be `supported` while ignoring them. `dated`: the clause's
        one date is the month/day slot; `prizes`: the tokens of the prizes the clause names."""
        doc = f.parsed.doc
        taken = {tok for _n, tok, _k in counts} | set(self._anaphora(f)) | self._inner(f) \
            | self._verbs_own(f)
        taken |= {x.i for _n, tok, _k in counts for y in [doc[tok], *(
                  z for z in doc[tok].children if z.dep_ in ("compound", "nmod"))]
                  for x in y.children if x.dep_ == "nummod"}
        # "21 times": the count is read through "times" ("14 Oscar nods": through the name)
        for t in doc:   # an age (and its finer parts) is the age family's claim
            if age_shape(t)[0]:
                taken |= {t.i} | set(fine_part(t))
        nouns = set(lexicon().qualifiers.get("award_nouns", ()))
        judged = set(lexicon().section("accounting").get("degree_judgement_nouns", ()))
        members = judged | set(lexicon().qualifiers.get("holder_nouns", ())) | set(
            lexicon().qualifiers.get("group_nouns", ()))
        for t in doc:   # "Best Picture, one of its five wins": membership in a set another
            if t.like_num and any(   # claim counts, which the win itself states
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        o.lemma_.lower() in nouns or o.lower_.rstrip("s") in nouns
                        for o in c.children if o.dep_ == "pobj") for c in t.children):
                taken.add(t.i)
            elif t.like_num and t.dep_ == "quantmod" and t.head.like_num and any(
                    x.dep_ == "quantmod" and x.lower_ == "of" for x in t.head.children):
                taken.add(t.i)   # (parsed as "one of" modifying the count: "one of five
                # Oscars it took home")
            elif t.lower_ == "one" and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        o.dep_ == "pobj" and o.lemma_.lower() in members for o in c.children)
                    for c in t.children):
                taken.add(t.i)   # "in one of the biggest upsets": one of the judgements
                # the accounting's `degree_judgement_nouns` name, no count of the win; "one
                # of the winners of ...", "one of a handful of ...": a member of the holders
            elif _count_item(f.parsed, t, prizes) is not None:
                taken.add(t.i)   # "six nods, including one for X": one item of the set the
                # count counts, no count of its own (X is the claim's `count_items`)
        # "..., according to one trade paper", "according to two critics": a number in the
        # attribution counts the sources (lexicon `qualifiers.hearsay.attributions`), it is
        # no slot of the claim
        attributions = (lexicon().qualifiers.get("hearsay") or {}).get("attributions") or {}
        taken |= {x.i for t in doc if t.lower_ in attributions and t.i != f.cue
                  and f.cue not in {y.i for y in t.subtree} for x in t.subtree}
        # "split two ways, between A and B": the number of winners the clause itself lists
        ways = set(lexicon().qualifiers.get("winner_count_nouns", ()))
        named = {len(f.roles.get("winner", [])), len([
            x for a in doc[f.cue].children if a.dep_ == "appos" and a.i > f.cue
            for x in conjuncts(a)])}
        taken |= {t.i for t in doc if t.like_num and t.head.lemma_.lower() in ways
                  and number_value(t) in named}
        own = {t.i for t in doc[f.cue].subtree}
        for w in f.roles.get("winner", []):   # "Mikey Madison, 25, won": the age is hers,
            if w.token < f.cue:                # another claim's, not this one's
                sub = {t.i for t in doc[w.token].subtree}
                # ... but in "X, who won at 24", the clause is inside the subject's subtree
                taken |= sub if w.token in own else sub - own
        out = []
        label = leading_label_end(doc)
        for a in f.args_in_clause("cardinal", "quantity", "money", "time", "date"):
            if any(a.first <= t < a.last for t in taken):
                continue
            if a.kind == "time" and a.last <= label:
                continue   # "9:20 p.m.: X wins": when a live entry was posted
            h = f.parsed.doc[a.head]
            if parse_ordinal(h.lower_) and h.dep_ == "amod" and \
                    h.head.lemma_.lower() in _prize_nouns():
                continue   # "its eighth Oscar" (a word the NER may call a number): an
                # ordinal of a prize, the career ordinal's to judge
            if any(ORDINAL.match(f.parsed.doc[i].text) for i in range(a.first, a.last)):
                continue  # "the 12th": an edition, read by _when
            if a.kind in ("date", "time") and (YEAR.search(a.text) or not any(
                    ch.isdigit() for ch in a.text)):
                continue  # years are the year slot; "Sunday", "last year" say nothing checkable
            if a.kind == "date" and dated and any(d.month for d in find_dates(a.text)):
                continue  # the month/day slot
            out.append(a.text)
        # "won the first best actress Oscar": an ordinal on the prize itself, with "the" and
        # no owner, says which of the prize's editions it was (not the winner's own count,
        # "her first Oscar", which the career ordinal reads): a slot no claim here checks
        clause = {t.i for t in f.tokens()} if not self._nth_winner(f) else set()
        for t in doc:   # ("the first Best Picture winner was Wings": the nth winner's reading)
            if t.i not in clause or t.dep_ != "amod" or not parse_ordinal(t.lower_):
                continue
            h = t.head   # (on the category's word the prize noun is compounded with)
            while h.dep_ in ("compound", "amod") and h.head.i != h.i and h.head.i > h.i:
                h = h.head
            # (not a show's edition, "the 40th Independent Spirit Awards": a plural name)
            if (h.lemma_.lower() in _prize_nouns()
                    or getattr(f.parsed.arg_at(h.i), "kind", None) == "award") \
                    and h.tag_ not in ("NNS", "NNPS") and not t.text[:1].isdigit() \
                    and any(x.dep_ == "det" and x.lower_ == "the" for x in h.children) \
                    and not any(x.dep_ == "poss" for x in h.children):
                out.append(f"the {t.text}")
        # "won the Oscar for best comedy": a "best" phrase in the work's place names a category
        # no category run reads (none the KB has by that name): stated, and left unchecked
        runs = category_runs(f.parsed)
        for w in f.roles.get("work", []):
            t = doc[w.token]
            if w.arg is None and t.pos_ == "NOUN" and t.i not in runs and any(
                    c.dep_ == "amod" and c.lower_ == "best" for c in t.children):
                out.append(f"best {t.text}")
        # "won Best Actress, her first major award": an owner's ordinal on a prize noun the
        # career ordinal could not read (a word narrows the prize to a part the KB cannot
        # single out; no record claim reads it either) is stated all the same, and left
        # unchecked, not dropped
        if self._career_ordinal(f) is None and _nomination_ordinal_at(f) is None:
            for t in f.tokens():
                h = t.head
                if t.dep_ == "amod" and parse_ordinal(t.lower_) and not t.text[:1].isdigit() \
                        and h.lemma_.lower() in _prize_nouns() and any(
                            x.dep_ == "poss" and x.pos_ == "PRON" for x in h.children) \
                        and any(x.dep_ in ("amod", "compound") and x.i != t.i
                                for x in h.children) \
                        and not _another_owner(f, h) and t.text not in out:
                    out.append(t.text)
        return out

    def _end(self, f: Frame, toks: list[int]) -> int:
        p = f.parsed
        quals = [a.head for a in f.args_in_clause("ceremony", "date", "festival")
                 if a.kind != "festival" or award_family(self.kb, a.entity) not in (None, a.entity)]
        last = max([f.cue] + [t for t in toks if t >= 0] + quals)
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


def _verb_subject_film(p: Parsed, tok) -> Optional[str]:
    """The KB film named as the subject of the verb that governs a pronoun outside its
    subject and owner places ("Anora lost the award to it": Anora; a coordinated verb's
    shared subject too), else None."""
    if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        return None
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subj = None
    while verb is not None and subj is None:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # "Anora was nominated too, but lost to it": a coordinated verb shares its subject
        verb = verb.head if subj is None and verb.dep_ == "conj" else None
    a = p.arg_at(subj.i) if subj is not None and subj.i < tok.i else None
    return a.entity if a is not None and a.kind == "film" and a.known else None


def _told_of_a_known_subject(p: Parsed, verb) -> bool:
    """Whether a verb tells its clause as fact (past or present; no negation, modal or "to":
    "could become", "was not") of a subject the KB knows."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(
            c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ == "to" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    a = p.arg_at(subj.i) if subj is not None else None
    return a is not None and a.known


def _winner_classes() -> dict:
    """Class nouns a record may rank a category's winners by, with the category words each
    stands for ("woman": actress): `records.age_class_nouns`, read by the age ranks and the
    n-th winners alike."""
    return lexicon().section("records").get("age_class_nouns") or {}


def _since_bound(p: Parsed, prep) -> Optional[dict]:
    """A "since" phrase (`records.since`) bounding the winners a record ranks: {"who": a KB
    person} ("since Jennifer Lawrence") or {"year": its year} ("since 2013"); else None."""
    if prep.dep_ != "prep" or prep.lower_ not in lexicon().section("records").get("since", ()):
        return None
    kids = [o for o in prep.children if o.dep_ == "pobj"]
    if len(kids) != 1 or any(c.dep_ in ("prep", "conj", "relcl", "acl") for c in kids[0].children):
        return None
    o, a = kids[0], p.arg_at(kids[0].i)
    if a is not None and a.entity and a.kind == "person":
        return {"who": a.entity}
    if o.text.isdigit() and len(o.text) == 4:
        return {"year": int(o.text)}
    return None


def _words_beyond() -> tuple:
    """Nouns of a span beyond one edition ("in Oscar history": `records.beyond_edition`)."""
    return tuple(lexicon().section("records").get("beyond_edition", ()))


def _equating(verb) -> bool:
    """Whether a verb sets its subject equal to the noun after it: a copula ("is / remains the
    only man to ...": `qualifiers.record_copulas`) or a verb of becoming ("became the first
    woman to ...": `qualifiers.reaching_verbs`)."""
    q = lexicon().qualifiers
    return verb.lemma_.lower() in set(q.get("record_copulas", ())) | set(q.get("reaching_verbs", ()))


def _time_category(f: Frame, tok: int, r: AwardRef) -> bool:
    """Whether an "N-time" count is of the one category written between it and the holder
    noun that is the frame's cue ("three-time best actress winner", "two-time Best Director
    nominee"): the category modifies the noun, so the count is of that prize, not of the
    whole show."""
    doc = f.parsed.doc
    t = doc[tok]
    if not f.noun_cue or t.lower_ not in lexicon().qualifiers.get("times_suffix", ()):
        return False
    lo, hi = (r.run if r.run else (r.arg.first, r.arg.last) if r.arg is not None
              else (r.tok, r.tok + 1))
    if not (tok < lo and hi <= f.cue) or r.tok < 0:
        return False
    # every word after the count up to the noun is part of the noun's modifiers (no clause,
    # no comma, no other noun's phrase between them)
    return all(x.dep_ in ("compound", "amod", "nmod", "npadvmod") and lo <= x.i < hi
               or x.i == f.cue or lo <= x.i < hi
               for x in doc[tok + 1:f.cue]) and any(
        doc[i].head.i == f.cue for i in range(lo, hi))


def _described(f: Frame) -> set:
    """The tokens of a relative clause or an apposition on a noun that is no prize, outside the
    frame's cue and what it hangs on ("beating Demi Moore, who had been the favourite since the
    Golden Globes", "..., the favourite since the Golden Globes"): they describe that noun, and
    a show they name is the noun's story, not the prize the verb names."""
    doc = f.parsed.doc
    cue = doc[f.cue]
    above = {t.i for t in cue.ancestors}
    out = set()
    for t in doc:
        if t.dep_ not in ("relcl", "appos") or t.i in above or t.i == f.cue \
                or cue in t.subtree or t.head.i == f.cue:
            continue
        held, own = f.parsed.arg_at(t.head.i), f.parsed.arg_at(t.i)
        if t.dep_ == "appos" and own is None and t.pos_ == "NOUN" and any(
                x.dep_ == "det" and x.lower_ in ("a", "an") for x in t.children) \
                and doc[t.left_edge.i - 1].text == "," and not lexicon().noun(t.lemma_.lower()):
            out |= {x.i for x in t.subtree}   # ", a strong predictor of the Oscar for best
            continue   # director": what an indefinite description names is its own story
        if held is None or held.kind not in ("person", "film", "work", "character"):
            continue   # only a named one's description ("the prize, the night's last")
        if own is not None and own.kind in AWARDISH or lexicon().noun(t.lemma_.lower()):
            continue   # a prize set beside its winner ("earned Brody his second Oscar"), a
            # relation noun's frame ("the Cannes winner"): read as the parse has them
        if t.dep_ == "appos" and held.entity is None:
            continue
        out |= {x.i for x in t.subtree}
    return out


def _named_by_work(p: Parsed, sarg: Arg, wfl: Filler) -> Optional[str]:
    """'The Brutalist's Adrien Brody won Best Actor': the film a winner is named by, the one
    the prize is taken to be for."""
    heads = {wfl.token, sarg.head} if sarg.head is not None else {wfl.token}
    for h in heads:
        for c in p.doc[h].children:
            if c.dep_ != "poss":
                continue
            o = p.arg_at(c.i)
            if o is not None and o.kind == "film" and o.entity:
                return o.entity
    return None


def _event_year(p: Parsed, year: int) -> bool:
    """Whether the sentence gives `year` as the time of an event ("won it in 2023", "In 2023,
    she won"): an adverbial on a verb, which names the year the ceremony was held; a year on the
    prize or the show ("the 2023 Best Actress Oscar") may be the year of the films it honoured."""
    preps = set(lexicon().qualifiers.get("event_year_preps", ()))
    for a in p.args:
        if a.kind != "date" or str(year) not in a.text:
            continue
        t = p.doc[a.head]
        if t.dep_ == "pobj" and t.head.lower_ in preps and t.head.head.pos_ in ("VERB", "AUX"):
            return True
        on = t.head.head   # a gapped clause ("X won in 2021, and Y in 2022"): the year hangs
        if t.dep_ == "pobj" and t.head.lower_ in preps and on.dep_ == "conj" \
                and on.pos_ in ("PROPN", "NOUN") and on.head.pos_ in ("VERB", "AUX"):
            return True   # on the subject the verb is left out after
    return False


def _nomination_after(doc, i: int) -> bool:
    """Whether the word after token i is a nomination noun ("Oscar nominations", "Best
    Actress nods"), whatever tag the parser gave it."""
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    nom = set(lexicon().qualifiers.get("nomination_nouns", ()))
    return bool({nxt.lower_, nxt.lower_.rstrip("s"), nxt.lemma_.lower()} & nom)


def _person_descriptions() -> dict:
    """Nouns that describe a person ("the actress", "the Brooklyn native"), each with the
    gender it implies or None: the ages section's, with the awards section's own added."""
    return {**lexicon().ages.get("descriptions", {}),
            **(lexicon().qualifiers.get("person_descriptions") or {})}


def _cause_subject(f: Frame, wfl: Filler) -> bool:
    """Whether the cue's subject is something other than its holder ("The part handed Jane
    Roe her sixth nomination"): a work or deed that fixes which prize is meant."""
    cue = f.parsed.doc[f.cue]
    if cue.pos_ not in ("VERB", "AUX") and cue.dep_ in ("dobj", "dative", "iobj") and \
            cue.head.pos_ in ("VERB", "AUX"):
        cue = cue.head   # "The part handed Jane Roe her sixth nomination": the noun's verb
    subj = subject_token(cue)
    if subj is None or subj.i == wfl.token or subj.lower_ in ("who", "that"):
        return False
    a = f.parsed.arg_at(subj.i)
    return a is None or a.kind in ("film", "work")


def _record_aside(p: Parsed, wtok: int, cue: int) -> bool:
    """Whether the subject's description set in apposition before the cue states a record of
    its own ("Jane Roe, the youngest winner in a decade, won ..."): a statement the win does
    not judge, so the win's words open at its verb, not at the subject."""
    w = p.doc[wtok]
    for c in w.children:
        if c.dep_ == "appos" and w.i < c.i < cue and any(x.dep_ == "det" for x in c.children) \
                and any(x.dep_ in ("amod", "advmod") and x.lower_ != "best" and (
                    x.lower_ in RECORD_WORDS or x.tag_ in ("JJS", "RBS")) for x in c.subtree):
            return True
    return False


def _item_winner(p: Parsed, r: AwardRef, runs: dict) -> Optional[Arg]:
    """The person a listed prize's own "for" phrase names right after it, before the next
    prize of the list ("including Best Actress for Michelle Yeoh and Best Supporting Actor for
    Ke Huy Quan"), or None; read by position, as the parser may hang both phrases on one."""
    end = r.run[1] if r.run else (r.arg.last if r.arg is not None else r.tok + 1)
    doc = p.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "for":
        return None
    a = p.arg_at(end + 1)
    return a if a is not None and a.kind == "person" and a.entity and a.first == end + 1 \
        else None


def _prize_class(noun, num) -> Optional[list]:
    """The label words of a class of categories a word between a number (ordinal) and the
    prize noun names ("two acting Oscars", "his first acting Oscar": `categories.classes`),
    or None."""
    classes = lexicon().categories.get("classes") or {}
    for x in noun.children:
        if num.i < x.i < noun.i and x.dep_ in ("amod", "compound", "nmod") and (
                x.lower_ in classes):
            return list(classes[x.lower_])
    return None


def _count_bound(num) -> Optional[str]:
    """The bound words before a count make of it ("nearly a dozen": below, "more than ten":
    above, "about 20": near, "at least five": at_least; `qualifiers.count_bounds`), or None.
    Only words the number's own phrase holds (its subtree), an article between them aside."""
    bounds = lexicon().qualifiers.get("count_bounds") or {}
    doc, inside = num.doc, {x.i for x in num.subtree}
    j = num.i - 1
    if j >= 0 and doc[j].lower_ in ("a", "an") and j in inside:
        j -= 1   # "nearly a dozen"
    for width in (2, 1):
        lo = j - width + 1
        if lo < 0 or not all(i in inside or doc[i].head.i in inside for i in range(lo, j + 1)):
            continue
        words = " ".join(doc[i].lower_ for i in range(lo, j + 1))
        for kind, ws in bounds.items():
            if words in ws:
                return kind
    return None


def _named_set(noun, num, n: int) -> Optional[dict]:
    """The categories of a set named by the definite article, a word of rank and its size
    ("the top five Oscars", "the Big Five": `qualifiers.count_named_sets`), or None."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    words = {x.lower_ for x in list(noun.children) + list(num.children) if x.i < noun.i}
    for s in lexicon().qualifiers.get("count_named_sets") or ():
        if s.get("n") == n and words & set(s.get("words", ())):
            return {"family": s.get("family"),
                    "categories": [list(g) for g in s.get("categories", ())]}
    return None


def _ordinal_competitive(f: Frame) -> bool:
    """Whether an owner's ordinal counts prizes won in competition only ("his first
    competitive Oscar": lexicon `qualifiers.count_competitive_modifiers`)."""
    words = set(lexicon().qualifiers.get("count_competitive_modifiers", ()))
    doc = f.parsed.doc
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words and c.i < h.i
               for h in [doc[f.cue]] + [doc[x.token] for x in f.roles.get("award", [])]
               if _owned(h) for c in h.children)


def _ordinals_on(h) -> list:
    """The ordinals a prize noun's phrase puts on it: its own ("his second Oscar"), or one the
    parser hung on a modifier before it ("his first directing Oscar": 'first' on
    'directing')."""
    mods = [c for c in h.children if c.dep_ in ("amod", "compound", "nmod") and c.i < h.i]
    return [c for c in list(h.children) + [g for m in mods for g in m.children if g.i < m.i]
            if c.dep_ == "amod" and parse_ordinal(c.lower_)]


def _relative_antecedent(tok):
    """The noun a relative word ("whose") refers to: the head of the relative clause it is
    in, or None."""
    t = tok
    while t.dep_ != "relcl" and t.head.i != t.i:
        t = t.head
    return t.head if t.dep_ == "relcl" else None


def _night_apposed_ordinal(f: Frame) -> Optional[int]:
    """"won Best Actor at the 97th Academy Awards, his second": an owned ordinal the parser
    set in apposition to the night of the cue's own phrase, not to the prize; read as after
    the prize, when it is the bare ordinal or on a prize noun ("..., her first Oscar"), not on
    another noun ("the 97th Academy Awards, its first in March"). n, or None."""
    doc = f.parsed.doc
    for a in f.args_in_clause("ceremony", "festival", "place"):   # (or the night's venue)
        h = doc[a.head]
        if h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.i == f.cue:
            n = _apposed_ordinal(h, prize_only=True)
            if n is not None:
                return n
    return None


def _apposed_ordinal(h, prize_only: bool = False) -> Optional[int]:
    """"won the directing prize, his second", "took Best Actress, her first Oscar": an owned
    ordinal set off by a comma after the prize noun (in apposition) or after the verb's clause
    (the parser may hang it on the verb), the ordinal itself as the noun or on a prize noun
    with no other modifier, tells which of the owner's prizes this one is: n, or None.
    `prize_only`: the noun it is on must be a prize noun (lexicon `award_nouns`)."""
    for a in h.children:
        if a.dep_ not in ("appos", "npadvmod") or a.i < h.i or a.left_edge.i == 0 or \
                a.doc[a.left_edge.i - 1].text != "," or \
                not any(g.dep_ == "poss" for g in a.children):
            continue
        if prize_only and not parse_ordinal(a.lower_) and a.lemma_.lower() not in set(
                lexicon().qualifiers.get("award_nouns", ())):
            continue
        if parse_ordinal(a.lower_) and all(g.dep_ in ("poss", "punct") or _of_the_night(g)
                                           for g in a.children):
            return parse_ordinal(a.lower_)
        ords = _ordinals_on(a)
        if len(ords) == 1 and all(g.dep_ in ("poss", "amod", "punct") or _of_the_night(g)
                                  for g in a.children) \
                and all(g.dep_ != "amod" or g in ords for g in a.children):
            return parse_ordinal(ords[0].lower_)
    return None


def _of_the_night(prep) -> bool:
    """"(his third prize) of the night", "on the evening": a phrase that makes an ordinal count
    one night's prizes (lexicon `ordinal_nights`), which AwardReader._night_ordinal reads."""
    nights = set(lexicon().qualifiers.get("ordinal_nights", ()))
    return prep.dep_ == "prep" and prep.lower_ in ("of", "on") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in nights for o in prep.children)


def _another_owner(f: Frame, h) -> bool:
    """Whether the owner of a prize noun (or of an ordinal set off after it) is another party
    than the frame's winner, so its ordinal counts that party's prizes: a film noun said of a
    person's win ("Madison won Best Actress, the film's fifth Oscar"), or a name of another
    film or person ("..., Anora's fifth")."""
    p = f.parsed
    owners = [g for n in [h, *(a for a in h.children if a.dep_ in ("appos", "npadvmod")
                                and a.i > h.i)]
              for g in n.children if g.dep_ == "poss"]
    winners = [w for w in f.roles.get("winner", []) if w.arg is not None]
    if not owners or not winners:
        return False
    films = set(lexicon().qualifiers.get("title_nouns", ()))
    kinds = {w.arg.kind for w in winners}
    ids = {w.arg.entity for w in winners} - {None}
    for g in owners:
        a = p.arg_at(g.i)
        if a is None and g.pos_ == "NOUN" and g.lemma_.lower() in films and kinds == {"person"}:
            return True
        if a is not None and a.kind in ("film", "person") and a.entity is not None and ids \
                and a.entity not in ids:
            return True
    return False


def _whole_count(noun):
    """The number of "all three of its wins", "all five of Anora's nominations": an owned
    plural relation noun under "of" a number that a whole-set word (lexicon
    `whole_set_determiners`) takes, which counts the owner's whole set; None otherwise."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.tag_ not in ("NNS", "NNPS") \
            or not any(c.dep_ == "poss" for c in noun.children):
        return None
    num = noun.head.head
    words = set(lexicon().qualifiers.get("whole_set_determiners", ()))
    if num.pos_ != "NUM" or num.dep_ == "nummod" or not any(
            c.dep_ in ("det", "predet") and c.lower_ in words and c.i < num.i
            for c in num.children):
        return None
    return num


def _owned(h) -> bool:
    """A prize noun whose ordinal counts its subject's prizes: one with an owner ("his second
    Oscar"), or one an indefinite article puts on the subject ("won Ali a second Oscar"); not
    a holder noun so set ("a fourth straight Palme winner" is one of a series of winners)."""
    if any(g.dep_ == "poss" for g in h.children):
        return True
    if any(g.dep_ == "poss" and g.i < m.i for m in h.children
           if m.dep_ in ("compound", "nmod") and m.i < h.i for g in m.children):
        return True   # (hung on a word of the category before it: "her third best actress
        # Oscar" with 'her' and 'third' on 'actress')
    return any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in h.children) and \
        h.lemma_.lower() not in lexicon().qualifiers.get("holder_nouns", ())


def _party_work(p: Parsed, tok: int) -> tuple[Optional[str], Optional[str]]:
    """The work a listed party's own "for" names ("..., Timothée Chalamet for A Complete
    Unknown, ..."): the title right after the name and its "for" (read from the words, as
    the parser may hang a list's phrases anywhere): (film id, None) for a film the KB knows,
    (None, title) for a title it lacks, (None, None) when the name takes no "for"."""
    a = p.arg_at(tok)
    if a is None or a.kind != "person" or a.last >= len(p.doc) or \
            p.doc[a.last].lower_ != "for":
        return None, None
    w = p.arg_at(a.last + 1) if a.last + 1 < len(p.doc) else None
    if w is None or w.first != a.last + 1:
        nxt = p.doc[a.last + 1] if a.last + 1 < len(p.doc) else None
        # a capitalised title no name was found for ("for Wonka"): a work the KB lacks
        if nxt is None or nxt.pos_ != "PROPN" or \
                _run_token(p, nxt.i, category_runs(p)) is not None or \
                nxt.lower_ in lexicon().qualifiers.get("category_openers", ("best",)):
            return None, None   # ("for Best Actress": the prize, not a work)
        return None, nxt.text
    if w.kind == "film" and w.entity:
        return w.entity, None
    if w.kind not in ("person", "place", "character", "date", "cardinal") and not w.entity:
        return None, w.text
    return None, None


def _counted_kinds(toks) -> list[str]:
    """The kinds of the counted prize nouns in a run of tokens, in order: "nomination" for
    "ten nominations", "award" for "five Oscars"."""
    q = lexicon().qualifiers
    noms = {w.lower() for w in q.get("nomination_nouns", ())}
    wins = {w.lower() for w in q.get("award_nouns", ())} - noms
    out = []
    for t in toks:
        if not any(c.dep_ == "nummod" and number_value(c) is not None for c in t.children):
            continue
        words = {t.lemma_.lower(), t.lower_, t.lower_.rstrip("s")}
        if words & noms:
            out.append("nomination")
        elif words & wins:
            out.append("award")
    return out


def _set_off(noun, pr) -> bool:
    """Whether a comma (or any punctuation) stands between a counted noun and a preposition
    after it ("13 nominations, the most ever for a foreign-language film"): the preposition
    belongs to the words set off, not to the noun."""
    return pr.i < noun.i or any(t.is_punct for t in noun.doc[noun.i + 1:pr.i])


def _ref_tokens(refs) -> set:
    """The tokens the prizes `refs` name: a KB name's, a category run's, else the noun's."""
    return {i for r in refs for i in (range(r.arg.first, r.arg.last) if r.arg is not None
                                      else range(*r.run) if r.run else (r.tok,))}


def _count_item(p: Parsed, t, prizes=frozenset()) -> Optional[list]:
    """The people a "one" set under an inclusion word names ("six nods, including one for
    X", "five Oscars, among them one for X", "five Oscars, one of them for X" with the 'for'
    on "one"): one of the prizes a count counts, held by them; [] when its 'for' phrase is a
    prize the frame reads (`prizes`: "including one for best actress", judged by that prize's
    own claim); None when `t` is no such item or its 'for' phrase names anything else (a
    film, a name the KB lacks)."""
    if t.lower_ != "one":
        return None
    q = lexicon().qualifiers
    inclusion = set(q.get("inclusion_words", ()))
    pool = set(q.get("pool_pronouns", ()))
    if not (t.dep_ == "pobj" and t.head.lower_ in inclusion or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and o.lower_ in pool for o in c.children)
            for c in t.children)):
        return None
    held = [o for c in t.children if c.dep_ in ("prep", "dative") and c.lower_ == "for"
            for o in c.children if o.dep_ == "pobj"]
    if len(held) != 1:
        return None
    if any(x.i in prizes for x in held[0].subtree):
        return []
    out = []
    for x in conjuncts(held[0]):
        a = p.arg_at(x.i)
        if a is None or a.kind != "person" or not a.entity:
            return None
        out.append(a.entity)
    return out


def _included(p: Parsed, r: AwardRef) -> bool:
    """Whether a prize the clause names is set under "including" ("won six, including Best
    Director"): one of the prizes a count counts, not all of them."""
    if r.tok < 0:
        return False
    words = set(lexicon().qualifiers.get("inclusion_words", ()))
    t = p.doc[r.tok]
    for _ in range(4):
        if t.lower_ in words and t.dep_ in ("prep", "acl"):
            return True
        if t.head is t:
            break
        t = t.head
    return False


def _category_anaphor(p: Parsed, tok: int) -> bool:
    """Whether a counted noun takes a category said before by a definite noun ("three
    nominations in that category", "two nods in the same race"): the count is of that one
    category, not of the subject's whole record (lexicon: category_anaphors)."""
    q = lexicon().qualifiers
    t = p.doc[tok]
    noun = t.head if t.dep_ == "nummod" else t
    # (the parser may hang the phrase on the clause's verb: "won on each of her three
    # nominations in that category")
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for pr in [*noun.children, *(verb.children if verb is not None else ())]:
        if pr.dep_ != "prep" or pr.lower_ not in q.get("category_count_prepositions", ()) \
                or (pr.head.i == noun.i and _set_off(noun, pr)):
            continue
        for o in pr.children:
            mods = [d for d in o.children if d.i < o.i]
            # ("in the Best Actress category" names its category: not one said before)
            if o.dep_ == "pobj" and o.lemma_.lower() in q.get("category_anaphors", ()) and mods \
                    and all(d.lower_ in q.get("category_anaphor_determiners", ())
                            for d in mods):
                return True
    return False



def _of_pool(tok) -> bool:
    """A count on the noun of an "of" phrase ("two of its six nominations": six, or the noun
    itself): the pool the head's count is taken from, not that count."""
    noun = tok.head if tok.dep_ == "nummod" else tok
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return noun.i != tok.i or any(d.dep_ == "nummod" for d in noun.children)


def _collective(p: Parsed, tok: int, cue: int) -> bool:
    """Whether a count is said of several together ("earned 18 nominations combined", "16
    between them", "together received 16"): a word of `collective_count_words` on the
    counted noun or the verb ("between"/"among" with a pronoun object)."""
    words = set(lexicon().qualifiers.get("collective_count_words", ()))
    t = p.doc[tok]
    noun = t.head if t.dep_ == "nummod" else t
    heads = {noun, p.doc[cue], *([noun.head] if noun.dep_ in ("dobj", "obj", "pobj") else [])}
    # ("A and B together collected ...": the parser may hang the word on the subject)
    heads |= {s for h in list(heads) for s in h.children if s.dep_ in ("nsubj", "nsubjpass")}
    for c in [c for h in heads for c in h.children]:
        if c.lower_ not in words:
            continue
        if c.dep_ == "prep":   # "between them" (not "among them Best Director": a list)
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and all(o.pos_ == "PRON" for o in objs):
                return True
        else:
            return True
    return False


def _present_perfect(f: Frame) -> bool:
    """Whether the cue is in the present perfect ("has never won", "have not been
    nominated"): said as of the time of writing."""
    cue = f.parsed.doc[f.cue]
    heads = [cue, *([cue.head] if cue.dep_ in ("xcomp", "conj") else [])]
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
               for h in heads for c in h.children)


def _told_in_past(f: Frame) -> bool:
    """Whether the cue's clause is told in the simple past ("was not nominated", "did not
    get a nomination", "was snubbed"), not as of now ("has yet to win", "has never won")."""
    cue = f.parsed.doc[f.cue]
    verb = cue
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    chain = [verb, *([verb.head] if verb.dep_ in ("xcomp", "conj") else [])]
    words = [t for h in chain for t in [h, *h.children] if t.dep_ in ("aux", "auxpass")
             or t.i == h.i]
    return not _for_good(f) and not any(t.lemma_.lower() == "have" for t in words) and any(
        t.tag_ == "VBD" for t in words)


def _event_zero(f: Frame) -> bool:
    """Whether a count of none is told as an event ("received no nomination for Best
    Actress", "won no prize for Best Director"): the verb in the simple past, neither the
    perfect nor "never", nor a career word (`career_words`: "in all")."""
    cue = f.parsed.doc[f.cue]
    verb = cue
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    career = set(lexicon().qualifiers.get("career_words", ()))
    return verb.tag_ == "VBD" and not _for_good(f) and not any(
        t.lower_ in career for t in f.tokens())


def _for_good(f: Frame) -> bool:
    """A denial of the whole record ("has never been nominated", "has not won an Oscar"): a
    "never" on the cue or on the verb that governs it, or the perfect, which reaches up to
    now."""
    cue = f.parsed.doc[f.cue]
    heads = [cue]
    while heads[-1].dep_ in ("xcomp", "conj", "dobj", "pobj", "prep") and \
            heads[-1].head is not heads[-1]:
        heads.append(heads[-1].head)
    return any(c.lower_ in lexicon().qualifiers.get("whole_record_denials", ())
               or (c.dep_ == "aux" and c.lemma_.lower() == "have")
               for h in heads for c in h.children)


def _span_of_roles(f: Frame) -> set:
    """The tokens of the prize a gapped clause took from the first clause."""
    doc = f.parsed.doc
    out = set()
    for fl in f.roles.get(f.relation.role("dobj") or "award", ()):
        if fl.arg is not None:
            out |= set(range(fl.arg.first, fl.arg.last))
        else:
            out |= {fl.token} | {c.i for c in doc[fl.token].children
                                 if c.dep_ in ("compound", "amod", "det")}
    return out


def _comparison(f: Frame) -> Optional[dict]:
    """What a clause compares its cue's count with: {"other": KB id, "op": ">" | "<" | "=",
    "factor", "diff", "noun": "award" | "nomination" | None, "end": token} for "more (fewer)
    ... than Y", "as many ... as Y", "the same number of ... as Y", with "N times", "twice",
    "half" or a difference ("one fewer") before the comparative (lexicon
    `qualifiers.comparison`). Y must be a KB name under "than"/"as" whose phrase hangs on the
    cue with no verb between."""
    comp = lexicon().qualifiers.get("comparison") or {}
    q = lexicon().qualifiers
    comparatives = {"more": ">", "fewer": "<", "less": "<"}
    equatives = set(comp.get("equatives", ())) | {"same"}
    factors = comp.get("factors", {})
    p, doc = f.parsed, f.parsed.doc
    for t in doc:
        if t.lower_ not in ("than", "as") or t.dep_ != "prep":
            continue
        y = next((p.arg_at(o.i) for o in t.children if o.dep_ == "pobj"), None)
        if y is None or not y.entity or y.kind not in ("film", "person"):
            continue
        path, x = [], t.head
        while x.i != f.cue and x.head.i != x.i and not (x.pos_ in ("VERB", "AUX")):
            path.append(x)
            x = x.head
        if x.i != f.cue and not (f.noun_cue and doc[f.cue].head.i == x.i):
            continue   # (a noun cue's comparison may hang on its verb: "earned six
            # nominations, half as many as Y")
        near = [t.head, *path, x, doc[f.cue]]
        words = sorted({w.i for n in near for w in [n, *n.children]
                        if w.i < t.i and w.i not in range(y.first, y.last)})
        marker = None
        for i in reversed(words):
            w = doc[i]
            if t.lower_ == "than" and w.lower_ in comparatives:
                marker = w
                break
            if t.lower_ == "as" and w.lower_ in equatives:
                marker = w
                break
        if marker is None:
            continue
        op = comparatives.get(marker.lower_, "=")
        factor, diff = 1.0, 0
        k = marker.i - 1
        if op == "=" and marker.lower_ != "same" and k >= 0 and doc[k].lower_ == "as":
            k -= 1   # "twice as many"
        before = doc[k] if k >= 0 else None
        lo = k + 1
        if before is not None and before.lower_ in factors:
            factor, lo = float(factors[before.lower_]), k
        elif before is not None and before.lower_ in q.get("times_suffix", ()) and k > 0 \
                and number_value(doc[k - 1]) is not None:
            factor, lo = float(number_value(doc[k - 1])), k - 1
        elif before is not None and op != "=" and before.pos_ == "NUM" \
                and number_value(before) is not None and before.i > f.cue:
            diff, lo = number_value(before), k   # "one fewer than", "three more than"
        if op == "=" and factor != 1.0 and marker.lower_ == "same":
            continue
        nouns = set(q.get("nomination_nouns", ()))
        awards = set(q.get("award_nouns", ()))
        said = [w for i in words for w in [doc[i]] if w.i > f.cue or f.noun_cue]
        noun = "nomination" if any(w.lemma_.lower() in nouns or w.lower_.rstrip("s") in nouns
                                   for w in said) else "award" if any(
            w.lemma_.lower() in awards or w.lower_.rstrip("s") in awards for w in said) else None
        if f.noun_cue:
            noun = noun or ("nomination" if f.relation.predicate == "nominated_for" else "award")
        yt = doc[y.head]
        joined = bool(yt.conjuncts) or any(
            w.lower_ in comp.get("sum_words", ()) for w in doc[y.last:y.last + 4])
        return {"other": y.entity, "other_text": y.text, "op": op, "factor": factor,
                "joined": joined,
                "diff": diff, "noun": noun, "end": y.last - 1,
                "phrase": doc[lo:y.last].text}
    return None


def _multiplier(t) -> bool:
    """Whether "N times" is a ratio to another count ("four times as many Oscars as X", "three
    times more nominations than Y", "twice the number of"): the word after it opens a
    comparison (lexicon `qualifiers.comparison.after_times`), not the end of a count."""
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is None:
        return False
    comp = lexicon().qualifiers.get("comparison") or {}
    if nxt.lower_ == "as":
        return t.i + 2 < len(doc) and doc[t.i + 2].lower_ in set(comp.get("equatives", ()))
    return nxt.lower_ in set(comp.get("comparatives", ())) or (
        nxt.lower_ == "the" and t.i + 2 < len(doc)
        and doc[t.i + 2].lower_ in set(comp.get("amount_nouns", ())))


def _all_but(t, nouns) -> Optional[tuple]:
    """(count, exception token, pool noun) of "all but one of its six nominations" (lexicon
    `all_but`: the whole word, the exception words; `t` the whole word or the exception's
    number): the pool's own number less the exception,
    a pool of the subject's own (no possessor, or a possessive pronoun); None for any other
    word."""
    spec = lexicon().qualifiers.get("all_but") or {}
    words, exceptions = spec.get("words", ()), spec.get("exceptions", ())
    if t.lower_ in words:
        exc = [o for pc in t.children if pc.lower_ in exceptions
               for o in pc.children if o.dep_ == "pobj" and o.pos_ == "NUM"]
    elif t.pos_ == "NUM" and t.dep_ == "pobj" and t.head.lower_ in exceptions and any(
            x.lower_ in words for x in t.head.children):
        exc = [t]   # "won all except one of ...": the parser may hang "all" on the exception
    else:
        return None
    if len(exc) != 1 or (k := number_value(exc[0])) is None:
        return None
    pool = [o for pc in dict.fromkeys([*exc[0].children, *t.children]) if pc.dep_ == "prep" and
            pc.lower_ == "of" for o in pc.children if o.dep_ == "pobj"
            and (o.lemma_.lower() in nouns or o.lower_.rstrip("s") in nouns)]
    if len(pool) != 1 or not all(x.dep_ != "poss" or x.lower_ in ("its", "their", "his", "her")
                                 for x in pool[0].children):
        return None
    m = next((number_value(x) for x in pool[0].children if x.dep_ == "nummod"), None)
    if m is None or not 0 <= k <= m < 200:
        return None
    return m - k, exc[0], pool[0]


def _bare_count(num) -> bool:
    """A number with nothing that makes it a part or a measure: "two", "only two", "five,
    more than any other title" (a comparison leaves the count whole), "ten at the 97th" (a
    qualifier the parser hung on it); not "two of them" or "two for Anora"."""
    # (a comparative right after the number makes it a difference: "one fewer than X",
    # "two more": no count of the subject's own)
    return all((x.dep_ == "advmod" and x.lower_ in ("only", "just") and x.i < num.i)
               or x.dep_ == "punct" or (x.dep_ == "amod" and x.tag_ in ("JJR", "JJS")
                                         and x.i > num.i + (x.tag_ == "JJR"))
               or (x.dep_ == "prep" and x.lower_ in ("at", "in", "on") and x.i > num.i)
               or (x.dep_ == "appos" and x.i > num.i)   # "won three: A, B and C"
               # "won six, including Best Director": the list names some of those counted
               or (x.dep_ == "prep" and x.i > num.i
                   and x.lower_ in lexicon().qualifiers.get("inclusion_words", ()))
               for x in num.children)


def _exceptions(f: Frame, t, zero: dict) -> list:
    """The exception words on a "nothing"/"none" object ("nothing but praise", "nothing
    short of three Oscars"), also where the parser hung them on the verb."""
    exc = [c for c in t.children if c.lower_ in zero.get("exceptions", ())]
    doc, after = f.parsed.doc, t.right_edge.i + 1
    if after < len(doc) and doc[after].lower_ in zero.get("exceptions", ()) \
            and doc[after].head.i in (t.head.i, t.head.head.i):   # "with nothing but X"
        exc.append(doc[after])
    return exc


def _excepted(t, zero: dict) -> list:
    """The items an exception phrase inside a counted noun's phrase sets apart ("its only win
    apart from casting", "besides A and B"): the conjuncts of the phrase's object."""
    words = set(zero.get("exceptions", ())) | set(zero.get("exception_heads", ()))
    sub = [c for c in t.subtree if c.i > t.i]
    for k, c in enumerate(sub):
        if c.lower_ in words and c.dep_ in ("prep", "advmod", "amod", "cc"):
            # its object: the first (prepositional or clausal) object after it ("apart from
            # casting", parsed with "from" beside "apart")
            obj = next((o for o in sub[k + 1:] if o.dep_ in ("pobj", "pcomp")), None)
            return conjuncts(obj) if obj is not None else [c]
    return []


def _made_work(f: Frame) -> list:
    """The work a prize was for, said as the making of it ("won Best Director for directing
    The Florida Project", "for writing Anora"): the object of a gerund of the lexicon's
    `made_work_verbs` after the clause's "for" -- a work slot like "for Anora"."""
    verbs = set(lexicon().qualifiers.get("made_work_verbs") or ())
    p, out = f.parsed, []
    for t in p.doc:
        if t.i not in f.clause or t.lower_ != "for" or t.dep_ != "prep":
            continue
        for o in t.children:
            if o.dep_ != "pcomp" or o.lemma_.lower() not in verbs:
                continue
            for d in o.children:
                a = p.arg_at(d.i)
                if d.dep_ == "dobj" and a is not None and a.kind in ("film", "work"):
                    out.append(Filler(d.i, a))
    return out


def _played_part(f: Frame) -> Optional[tuple]:
    """The part the clause says a prize was for ("for playing Lewis Strauss", "for her role as
    Bella Baxter"): (its words, the KB character they name or None, whether it is said with an
    article, as an epithet), or None."""
    q = lexicon().qualifiers.get("played_part") or {}
    verbs, nouns, preps = (set(q.get(k) or ()) for k in ("verbs", "nouns", "preps"))
    doc = f.parsed.doc
    for t in doc:
        if t.i not in f.clause or t.lower_ != "for" or t.dep_ != "prep":
            continue
        for o in t.children:
            part = None
            if o.dep_ == "pcomp" and o.lemma_.lower() in verbs:
                part = next((c for c in o.children if c.dep_ == "dobj"), None)
            elif o.dep_ == "pobj" and o.lemma_.lower() in nouns:
                part = next((g for c in o.children if c.dep_ == "prep" and c.lower_ in preps
                             for g in c.children if g.dep_ == "pobj"), None)
            if part is not None and part.pos_ == "PROPN":
                a = f.parsed.arg_at(part.i)   # the character the KB knows by it, if any
                eid = a.entity if a is not None and a.kind == "character" else None
                # a part said with an article ("the Joker", "the Iron Lady") is the name
                # the character goes by, an epithet the record's name may not share
                titled = any(c.dep_ == "det" for c in part.children)
                return doc[part.left_edge.i:part.i + 1].text, eid, titled
            if part is not None and part.pos_ == "NOUN" and any(
                    c.dep_ == "poss" and c.pos_ == "PROPN" for c in part.children):
                # "for playing Vanya's sister": a part named by its tie to another, a slot
                # the record's character name must bear out (an epithet: never refuted)
                return doc[part.left_edge.i:part.i + 1].text, None, True
    return None


@lru_cache(maxsize=1)
def _prize_nouns() -> frozenset:
    """The nouns that name a prize or a nomination (the lexicon's award and nomination nouns)."""
    q = lexicon().qualifiers
    return frozenset(w.lower() for k in ("award_nouns", "nomination_nouns") for w in q.get(k, ()))


@lru_cache(maxsize=1)
def _money_nouns() -> frozenset:
    """The head words of the quantity lexicon's money relations (budget, gross, ...)."""
    return frozenset(n.lower().split()[-1]
                     for r in (lexicon().qualifiers.get("quantities") or {}).values()
                     if r.get("figure") == "money" for n in r.get("nouns") or ())


def _spent(f: Frame) -> bool:
    """A win verb whose object is a span of time, not a prize ("had a big year at the Oscars",
    "enjoyed a strong night"): how it went, no win (lexicon qualifiers.time_span_objects)."""
    cue = f.parsed.doc[f.cue]
    if f.noun_cue or cue.pos_ not in ("VERB", "AUX"):
        return False
    spans = set(lexicon().qualifiers.get("time_span_objects", ()))
    objs = [d for d in cue.children if d.dep_ in ("dobj", "obj")]
    return bool(objs) and all(d.lemma_.lower() in spans and getattr(
        f.parsed.arg_at(d.i), "kind", "date") in ("date", "time") for d in objs)


def _regarded(f: Frame) -> bool:
    """A win verb whose object is regard, not a prize ("earned praise for Best Supporting Actor",
    "received recognition at the Oscars", "garnered raves"): how the work was received, no win
    (lexicon qualifiers.regard_objects)."""
    cue = f.parsed.doc[f.cue]
    if f.noun_cue or cue.pos_ not in ("VERB", "AUX"):
        return False
    regard = set(lexicon().qualifiers.get("regard_objects", ()))
    objs = [d for d in cue.children if d.dep_ in ("dobj", "obj")]
    return bool(objs) and all(d.lemma_.lower() in regard and f.parsed.arg_at(d.i) is None
                              for d in objs)


def _measured(f: Frame) -> bool:
    """A win verb whose object is a measure, not a prize ("had earned $34.5 million",
    "out-earned its budget eight times over"): a sum or a noun of the quantity lexicon's money
    relations (budget, gross, box office, ...). It states no win."""
    cue = f.parsed.doc[f.cue]
    if f.noun_cue or cue.pos_ not in ("VERB", "AUX"):
        return False
    nouns = _money_nouns()
    for d in cue.children:
        if d.dep_ != "dobj":
            continue
        a = f.parsed.arg_at(d.i)
        if a is not None and a.kind == "money" or d.lemma_.lower() in nouns and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in d.children):
            return True   # (not "won a total of five Oscars": the count's own noun)
    return False


def _superlative_condition(f: Frame) -> bool:
    """A prize noun under a word of none ("without a win": `qualifiers.zero_count`
    prepositions) that narrows a superlative the clause states ("holds the record for the most
    nominations without a win", "the most-nominated film without a win"): the condition of
    the record (the top of those that lack something), no denial of its own."""
    cue = f.parsed.doc[f.cue]
    zero = lexicon().qualifiers.get("zero_count") or {}
    if not f.noun_cue or cue.dep_ != "pobj" or cue.head.lower_ not in zero.get("prepositions",
                                                                             ()):
        return False
    w = lexicon().section("records")
    most = set(w.get("most", ())) | set(w.get("superlatives", ()))
    # the superlative is the word "without" hangs on, or the object of its verb ("holds the
    # record for the most ...": not "went home without a win, despite the most nominations")
    on = cue.head.head
    said = [on] if on.pos_ not in ("VERB", "AUX") else \
        [c for c in on.children if c.dep_ in ("dobj", "attr", "oprd")]
    inside = {t.i for t in cue.head.subtree}
    return any(t.lower_ in most for x in said for t in x.subtree if t.i not in inside)


def _acclaim(f: Frame) -> bool:
    """"Won nothing but praise": the cue's object is none but for something that is no prize,
    an idiom for acclaim that states neither a win nor a count of none."""
    q = lexicon().qualifiers
    zero, award_nouns = q.get("zero_count", {}), set(q.get("award_nouns", ()))
    cue = f.parsed.doc[f.cue]
    # the object, or the object of the cue's preposition ("went home with nothing but praise")
    objs = [t for t in cue.children if t.dep_ == "dobj"] + [
        o for c in cue.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    for t in objs:
        if t.lower_ not in zero.get("objects", ()):
            continue
        exc = _exceptions(f, t, zero)
        if exc and not any(_prize(f.parsed, x, award_nouns) for c in exc for x in c.subtree
                           if x.dep_ == "pobj" and c.i in (x.head.i, x.head.head.i)):
            return True
    return False


def _prize(p: Parsed, tok, award_nouns) -> bool:
    """Whether a noun names a prize: an award argument, or an award noun ("prize", "Oscars")."""
    a = p.arg_at(tok.i)
    return a is not None and a.kind == "award" or tok.lemma_.lower() in award_nouns or \
        tok.lower_.rstrip("s") in award_nouns


def _counted(p: Parsed) -> bool:
    """A sentence that counts anything ("four times", "twice", "his third"): a bare win in it
    may be one of the counted, so the passage's show is not read into it."""
    adverbs = set(lexicon().qualifiers.get("count_adverbs") or ())
    named = {i for a in p.args if a.kind not in ("date", "cardinal", "ordinal")
             for i in range(a.first, a.last)}   # "Once" in a title counts nothing
    return any(t.i not in named and (t.lower_ in adverbs or t.pos_ == "NUM" and not (
        len(t.text) == 4 and t.text.isdigit()) and age_shape(t)[0] is None
        or t.ent_type_ == "ORDINAL") for t in p.doc)   # (an age counts nothing: "was 29 when")


def _nomination_ordinal_at(f: Frame) -> Optional[tuple]:
    """(n, firm, the noun's token, the ordinal's token) when the win's verb says which of the
    subject's nominations it came on ("won on his third nomination": 3, True; "on her fourth
    attempt": 4, False, a try that may be the category's), else None (lexicon
    `qualifiers.nomination_ordinals`)."""
    lx = lexicon().qualifiers.get("nomination_ordinals") or {}
    nouns, tries = set(lx.get("nouns", ())), set(lx.get("tries", ()))
    v = f.parsed.doc[f.cue]
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    doc = v.doc
    # a phrase after a comma that closes the win's "for V-ing" clause is the win's ("won for
    # portraying Churchill, on his second nomination": the parser hangs it on "portraying")
    trailing = [g for c in v.children if c.dep_ == "prep" for pc in c.children
                if pc.dep_ == "pcomp" for g in pc.children
                if g.dep_ == "prep" and g.i > 0 and doc[g.i - 1].text == ","]
    preps = list(v.children) + trailing
    if f.gapped_from is not None:
        # a clause whose verb was left out ("won her first on her second nomination, and her
        # second for B") has only the nomination it says itself, hung on its own words
        preps = [t for t in doc if t.i in f.clause and (t.head.i in f.clause or t.head.i == v.i)]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in set(lx.get("preps", ())):
            continue
        for o in prep.children:
            noun = o.lemma_.lower()
            if o.dep_ != "pobj" or noun not in nouns | tries:
                continue
            for c in o.children:   # (the tagger may take "13th" for a compound)
                n = parse_ordinal(c.lower_) if c.dep_ in ("amod", "compound") else None
                if n:
                    return n, noun in nouns, o.i, c.i
    return None


def _body_owner(p: Parsed, tok) -> bool:
    """Whether an owner pronoun ("its") stands for the subject of its own clause, a body (an
    organisation, a festival, a show) named before it: "The Academy announced its nominees",
    "the festival unveiled its lineup". It is then no film's."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i >= tok.i:
        return False
    a = p.arg_at(subj.i)
    return a is not None and a.kind in ("org", "festival", "ceremony")


def _title_subject(p: Parsed, tok):
    """The subject of an owner pronoun's own clause, said before it, when it is a title or a
    film noun ("Harbour Lights won two of its five nominations", "His earlier film, X, won
    two of its five nominations"); None otherwise (a person, a pronoun, another noun)."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i >= tok.i or subj.pos_ == "PRON" or tok in subj.subtree:
        return None
    a = p.arg_at(subj.i)
    if a is not None:
        return subj if a.kind in ("film", "work", "name") else None
    q = lexicon().qualifiers
    nouns = set(FILM_NOUNS) | set(q.get("title_nouns", ())) | set(q.get("film_descriptions", ()))
    return subj if subj.pos_ == "NOUN" and subj.lemma_.lower() in nouns else None



def _beside_nomination_count(f: Frame) -> bool:
    """Whether a relation noun's count is set beside a count of nominations, as apposed or
    joined nouns of one list ("Anora: six nominations, five wins", "(13 nods, two wins)"):
    the wins are out of those nominations, the same show's."""
    if not f.noun_cue:
        return False
    cue = f.parsed.doc[f.cue]
    noms = set(lexicon().qualifiers.get("nomination_nouns", ()))
    near = [cue.head] if cue.dep_ in ("appos", "conj") else []
    near += [c for c in cue.children if c.dep_ in ("appos", "conj")]
    return any(n.lemma_.lower() in noms and any(x.dep_ == "nummod" for x in n.children)
               for n in near)


def _denial_time_bound(cue):
    """The word that bounds a denied prize verb in time (lexicon `qualifiers.time_bounds`), or
    None. The bound hangs on the verb ("had not been nominated until 2010") or, as the parser
    often reads it, on the prize the verb takes ("had never been nominated for an Oscar before
    Anora", "never won an Oscar until last year"): a preposition there dates the verb too."""
    bounds = set(lexicon().qualifiers.get("time_bounds", ()))
    prizes = [c for c in cue.children if c.dep_ in ("dobj", "attr")] + [
        o for c in cue.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    on_verb = (c for c in cue.children if c.lower_ in bounds)
    on_prize = (c for o in prizes for c in o.children if c.dep_ == "prep" and c.lower_ in bounds)
    return next(on_verb, None) or next(on_prize, None)

def _bound_words(f: Frame) -> set:
    """The words under a preposition of the frame's clause that bounds it by another event
    (lexicon `qualifiers.event_bounds`: "before the Oscars", "ahead of the BAFTAs")."""
    bounds = set(lexicon().qualifiers.get("event_bounds", ()))
    doc = f.parsed.doc
    # (an adverb that heads its preposition bounds as one: "ahead of the Oscars", "prior to
    # the Globes" -- the parser hangs "of"/"to" on the adverb)
    # (not a bound the frame itself is said under: "Following her BAFTA win, ...": the noun
    # "win" is that other event, and its show is its own)
    got = {t.i for c in doc if c.i in f.clause and c.lower_ in bounds and (
                c.dep_ == "prep" or c.dep_ == "advmod" and any(
                    ch.dep_ == "prep" for ch in c.children))
           and not any(x.i == f.cue for x in c.subtree)
           for t in c.subtree}
    # "won Best Actress, avenging her Golden Globe loss": a verb set on the clause that takes
    # another, earlier event as its object (lexicon `qualifiers.event_bound_verbs`) -- the
    # show named under it is that event's, not the win's (unless the frame is of that event)
    verbs = set(lexicon().qualifiers.get("event_bound_verbs", ()))
    for c in doc:
        if (c.i in f.clause or any(a.i == f.cue for a in c.ancestors)) and c.i != f.cue and \
                c.pos_ == "VERB" and \
                c.lemma_.lower() in verbs and c.dep_ in ("advcl", "xcomp", "conj", "acl") and \
                not any(t.i == f.cue for t in c.subtree):
            got |= {t.i for t in c.subtree}
    return got
