"""Pieces the award readers share: the award reference and slot records, the award
family's word sets, and the runs of category words a sentence holds."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..frames import Filler, Frame, conjuncts
from ..parse import Arg, Parsed, lexicon


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
    rank: int = 1        # "the second-highest honour": a prize named by a lower rank
    venue: bool = False  # a show listed where the clause places its prize (`_venue_list`)


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
    night_before: bool = False       # the day is the night "the same night" points back to
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
    # "Last year's winner" in a paragraph naming no edition: counted from the first edition
    # the piece names (its own event, as news tells it), which may support but never refute
    shift_from: Optional[str] = None
    # a list's bare row that took its prize from the list's heading: that heading's offset
    row_list: Optional[int] = None
    # a prize named by its rank alone ("the top prize") at a show only the passage names: the
    # words, when the passage's show is a reading that may support, never refute
    rank_lent: Optional[str] = None


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


def is_award_heading(p: Parsed, first: int, last: int, bare_ok=None) -> bool:
    """Whether tokens [first, last) name an award or an award category and nothing else. A
    category phrase without "best" ("Actress in a Leading Role", "Director") is one only
    where `bare_ok()` says the line is a row of a list of a show's winners (elsewhere
    "Director: X" is a credit)."""
    a = p.arg_at(last - 1)
    if a is not None and a.kind == "award" and a.first <= first:
        return True
    runs = category_runs(p)
    if (last - 1) not in runs or runs[last - 1][0] < first - 1:
        return False
    a0, b0 = runs[last - 1]
    return any(p.doc[k].lower_ == "best" for k in range(a0, b0)) or (
        a0 <= first and bare_ok is not None and bare_ok())


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
        # "victory in the Best Director category": the category noun a prize noun's "in"
        # takes names the prize by the phrase before it
        anaphors = set(lexicon().qualifiers.get("category_anaphors", ()))
        found += [x.i for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                  and t.lemma_.lower() in _win_nouns() for o in c.children
                  if o.dep_ == "pobj" and o.lemma_.lower() in anaphors
                  for x in o.children if x.dep_ in ("compound", "amod", "nmod") and x.i in runs]
    out: list[int] = []
    for i in found:
        for c in [*conjuncts(p.doc[i]), *_listed_with(p, runs[i], runs)]:
            if c.i in runs and runs[c.i] not in {runs[o] for o in out}:
                out.append(c.i)
    return out


def _win_nouns() -> frozenset:
    """The nouns that state a win or a prize (lexicon: the win relation's nouns, award nouns)."""
    lex = lexicon()
    return frozenset(w.lower() for w in lex.qualifiers.get("award_nouns", ())) | frozenset(
        n for n, r in lex.nouns.items() if r.polarity == "won")


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
            run_words, run_heads = words | set(spun) | set(cats.get("opened_modifiers", ())), \
                heads | spun_heads
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
        while tail is None and last > i + 1 and last + 1 < len(doc) \
                and doc[last - 1].lower_ in genres and doc[last].lower_ in ("or", "and", "/") \
                and doc[last + 1].lower_ in genres and any(
                    doc[k].lower_ == "in" for k in range(i, last - 1)):
            last += 2   # "Best Actress in a Musical or Comedy": the split names both kinds
        if last > i and _name_goes_on(p, i, last):
            last += 1   # "Finest Documentary Brief": the name goes on in a word the lexicon
            # does not know; the phrase is the whole name, not the category it starts
        first = i
        while first < last and doc[first].lower_ in ("in", "a", "role"):
            first += 1
        if last - first == 1 and last < len(doc) and doc[last].lower_ == "of" and \
                doc[first].lower_ not in mods:
            first = last   # a bare head with an "of" phrase is a job ("director of
            # photography", "editor of the magazine"), not a category
        title = p.arg_at(first) if last > first else None
        if title is not None and title.kind in ("film", "work") and title.entity \
                and title.first <= first and last <= title.last:
            first = last   # words of a title the KB knows ("The Last Picture Show")
        if last > first:
            for k in range(first, last):
                out[k] = (first, last)
        i = j
    p._category_runs = out
    return out


def _name_goes_on(p: Parsed, i: int, last: int) -> bool:
    """Whether a category phrase opened by "best" (or its spun form) goes on in the
    capitalised word after it, which the lexicon does not know ("Finest Documentary Brief",
    "Best Short Cartoon"): the word the phrase's words modify, no prize or category noun
    (`award_nouns`, `category_anaphors`), no argument of its own, in a sentence whose verbs
    are in lower case (a headline in Title Case capitalises every word)."""
    doc = p.doc
    if last >= len(doc) or doc[i].lower_ not in lexicon().categories.get("spun_openers", ()):
        return False
    t = doc[last]
    a = p.arg_at(t.i)   # (an organisation's name the tagger made of the phrase is none)
    if not t.is_alpha or not t.text[:1].isupper() or t.pos_ not in ("PROPN", "NOUN") \
            or a is not None and (a.entity or a.kind != "org") or doc[last - 1].head.i != t.i:
        return False
    q = lexicon().qualifiers
    known = {w.lower() for w in q.get("award_nouns", ())} | set(q.get("category_anaphors", ()))
    if {t.lower_, t.lemma_.lower(), t.lower_.rstrip("s")} & known:
        return False
    return any(w.pos_ in ("VERB", "AUX") and w.text[:1].islower() for w in doc)


def _genre_picture(doc, i: int, genres: set) -> Optional[int]:
    """End of "best" and two or more kinds of film a picture prize is split by, joined by
    "or"/"and" ("best musical or comedy"): a show that splits its picture prize so names it by
    the kinds alone (the category resolver finds the show's label holding the words). None
    when the words after "best" are not such kinds, when only one is said ("best comedy" may
    be another show's prize of that name); a category head after two or more kinds ends it
    ("best musical or comedy film", "best musical or comedy actress": the split category of
    that head), while after one kind the usual run reads it ("best comedy actress")."""
    if doc[i].lower_ != "best" or i + 1 >= len(doc) or doc[i + 1].lower_ not in genres:
        return None
    k = i + 2
    while k + 1 < len(doc) and doc[k].lower_ in ("or", "and", "/") \
            and doc[k + 1].lower_ in genres:
        k += 2
    heads = set(lexicon().categories.get("heads", ()))
    if k == i + 2:
        return None
    return k + 1 if k < len(doc) and doc[k].lower_ in heads else k


def _joining_hyphen(doc, j: int, words: set) -> bool:
    """A hyphen written tight between two category words is part of the phrase
    ("the supporting-actor Oscar", "a best-picture nod")."""
    return (doc[j].text == "-" and 0 < j < len(doc) - 1 and not doc[j - 1].whitespace_
            and not doc[j].whitespace_ and doc[j - 1].lower_ in words
            and doc[j + 1].lower_ in words)
