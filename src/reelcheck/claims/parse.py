"""The linguistic layer: candidate sentences parsed by spaCy, and their arguments.

An argument is a span the claim engine may use as a frame slot: a KB mention from the linker
(a person, film, award, ceremony, character ...) or a named entity the KB lacks, found by the
NER (PERSON, WORK_OF_ART, ORG, DATE, MONEY, CARDINAL, ORDINAL, TIME, QUANTITY, GPE). A person
the KB does not know is still the subject of a claim; it just cannot be looked up.

Only sentences that may hold a claim are parsed (a KB mention of an award, ceremony or festival,
a family word, or a word that starts a relation cue; never a question), all of a document's in
one `nlp.pipe`; the quotes stage reuses the Doc of a sentence that is a whole paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..model import Mention
from .attach import (Tokens, _attach_low, a_tree, _despun, _noun_read_as_a_verb,
                     _participle_read_as_a_verb, _rebuilt, _reread, deps_of, heads_of,
                     spun_readings, tokens_of)
from .lexicon import Lexicon, load_lexicon
from .text import (MONTHS, NUMBER_WORDS, YEAR, Sentence, dated_row, find_dates, find_durations,
                   find_money, parse_ordinal)

NER_KINDS = {"PERSON": "person", "WORK_OF_ART": "work", "ORG": "org", "DATE": "date",
             "MONEY": "money", "CARDINAL": "cardinal", "ORDINAL": "ordinal", "TIME": "time",
             "QUANTITY": "quantity", "GPE": "place", "LOC": "place", "FAC": "place",
             "EVENT": "event", "NORP": "group"}
GATE_TYPES = {"award", "ceremony", "festival"}


@dataclass
class Arg:
    """A frame argument: a span of the sentence, what kind of thing it is, its KB id if any."""
    start: int                  # absolute character offsets into the document
    end: int
    text: str
    kind: str                   # a KB entity type (person, film, award ...) or an NER kind
    entity: Optional[str] = None
    first: int = 0              # token indexes in the sentence's parse, end-exclusive
    last: int = 0
    head: int = 0               # the span's syntactic head token
    mention: Optional[Mention] = None

    @property
    def known(self) -> bool:
        return self.entity is not None


@dataclass
class Parsed:
    """One parsed sentence: the spaCy doc of its text, where it starts, and its arguments."""
    sentence: Sentence
    doc: object
    args: list[Arg] = field(default_factory=list)
    by_token: dict[int, Arg] = field(default_factory=dict)
    answer: Optional[int] = None   # a question and its answer: the answer's first token
    dates: list = field(default_factory=list)   # the dates the date grammar reads (text.py)
    # (start, end) of the linker's mentions the parse reads as something else: a count
    # ("Nine months later" is not the film Nine)
    not_names: list = field(default_factory=list)

    @property
    def offset(self) -> int:
        return self.sentence.start

    @property
    def titles(self) -> frozenset:
        """Tokens inside a title of several words: "Boys Don't Cry" parses as a clause, but a
        title is a name, and what the parser hangs on its words belongs to the sentence."""
        return frozenset(i for a in self.args if a.kind in ("film", "work") and a.last - a.first > 1
                         for i in range(a.first, a.last))

    def arg_at(self, i: int) -> Optional[Arg]:
        """The argument token i belongs to (the smallest one)."""
        return self.by_token.get(i)

    def span_of(self, first: int, last: int) -> tuple[int, int]:
        d = self.doc
        return (self.offset + d[first].idx,
                self.offset + d[last - 1].idx + len(d[last - 1].text))

    def given_name(self, noun) -> Optional[Arg]:
        """The character a common noun is given the name of by a naming participle on it (`cast.
        nicknames.participles`): "a Brighton Beach waitress named Ani" is Ani, so what the noun
        and its modifiers say ("waitress", "23-year-old", "Brighton Beach") is said of her."""
        if noun.pos_ != "NOUN":
            return None
        naming = set((lexicon().section("cast").get("nicknames") or {}).get("participles") or ())
        for c in noun.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in naming:
                for o in c.children:
                    a = self.arg_at(o.i)
                    if o.dep_ in ("oprd", "dobj", "attr") and a is not None \
                            and a.kind == "character" and a.entity:
                        return a
        return None


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset, tuple]:
    """Words without which no frame can make a claim: what names an award (award nouns,
    relation nouns, family words, category words), and the verbs that state a relation with
    no award named ("won in 1994", "was nominated", "lost to X"). A cue like "take" or "land" needs an award
    word beside it to make a claim, so it does not open the gate by itself."""
    from ..nlp import surface_forms
    lex = load_lexicon()
    words = set(lex.nouns)
    # (and the verbs of a contest, "X beat Y", which name the rival instead of the prize)
    for lemma in lex.bare | {c.words[0] for cues in lex.verbs.values() for c in cues
                             if c.relation.polarity in ("nominated", "lost")
                             or c.relation.role("dobj") == "beaten"}:
        words |= surface_forms(lemma)
    words |= {w.lower() for w in lex.qualifiers.get("award_nouns", ())}
    # a relation of none ("went home empty-handed", "was snubbed"): its own last word (not
    # a particle: "shut out", "passed over")
    zero = set((lex.qualifiers.get("zero_count") or {}).get("relations", ()))
    words |= {w for cues in lex.verbs.values() for c in cues if c.relation.name in zero
              for w in _WORD.findall(c.words[-1])[-1:] if len(w) > 4}
    # plurals: "nominations", and a noun in consonant + "y" ("trophies", "victories",
    # "categories")
    words |= {w[:-1] + "ies" if len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou"
              else w + "s" for w in words}
    cats = lex.categories
    words |= {"best"} | set(cats.get("heads", ())) - set(cats.get("weak_heads", ()))
    ages = lex.ages
    words |= set(ages.get("adjectives", ())) | set(ages.get("verbs", ())) | \
        set(ages.get("nouns", ()))   # an age is a claim with no relation word
    fams = tuple(sorted(lex.families, key=len, reverse=True))
    return frozenset(words), fams


@lru_cache(maxsize=1)
def _date_words() -> frozenset:
    """Event words of the lexicon's `dates` section: with a date, a sentence states when an
    event happened ("born on", "opened in France on") and is parsed."""
    from ..nlp import surface_forms
    words: set = set()
    for ev in lexicon().dates.get("events", ()):
        for cue in list(ev.get("verbs", ())) + list(ev.get("nouns", ())) + list(
                ev.get("venue_verbs", ())):   # "landed in cinemas in 2023"
            w = cue.split()[-1] if cue.startswith("be ") else cue.split()[0]
            words |= surface_forms(w) | {w, w + "s"}
    lx = lexicon().dates
    words |= set(lx.get("relative", {}).get("words", ()))   # "70 years ago"
    words |= set(lx.get("sets", {}).get("nouns", ()))       # "set this record in 1954"
    for cue in lx.get("firsts", {}).get("verbs", ()):        # "it dates back to 1938"
        words |= surface_forms(cue.split()[0])
    return frozenset(words) | {"born"}


_DATE_HINT = re.compile(r"\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _cast_words() -> frozenset:
    """Every form of the first word of the cast family's verb cues ("play", "portrayed")."""
    from ..nlp import surface_forms
    words: set = {"as"}   # "starring Jane Roe as Ani"
    for cues in load_lexicon().verbs.values():
        for c in cues:
            if c.relation.family == "cast":   # ("be cast as": "cast")
                w = next((x for x in c.words if x != "be"), c.words[0])
                words |= surface_forms(w) | {w}
    return frozenset(words)


@lru_cache(maxsize=1)
def _member_words() -> frozenset:
    """Every form of the cast section's member words ("stars", "starring"; "co-stars" is read
    word by word) and of its cast nouns ("The ensemble features A and B")."""
    from ..nlp import surface_forms
    cast = load_lexicon().section("cast")
    words: set = set()
    for w in [w for k in ("member_verbs", "member_nouns", "performance_nouns", "role_nouns",
                          "cast_nouns")
              for w in cast.get(k) or ()]:
        words |= {f.split("-")[-1] for f in surface_forms(w) | {w}}
    return frozenset(words)


@lru_cache(maxsize=4)
def _family_words(family: str) -> frozenset:
    """Every form of a family's verb and noun cues ("premiered", "screenings", "shot")."""
    from ..nlp import surface_forms
    lex = load_lexicon()
    words: set = set()
    for cues in lex.verbs.values():
        for c in cues:
            if c.relation.family == family:
                words |= surface_forms(c.words[0]) | {c.words[0]}
    words |= {n for n, r in lex.nouns.items() if r.family == family}
    return frozenset(words | {w + "s" for w in words})


@lru_cache(maxsize=4)
def _predicate_words(predicate: str) -> frozenset:
    """Every form of the verb cues of the relations that assert a predicate ("born")."""
    from ..nlp import surface_forms
    words: set = set()
    for cues in load_lexicon().verbs.values():
        for c in cues:
            if c.relation.predicate == predicate:
                words |= surface_forms(c.words[0]) | {c.words[0]}
    return frozenset(words)


def _plot_words() -> frozenset:
    from .plot import cue_words
    return cue_words()


def _plot_free_words() -> frozenset:
    from .plot import free_words
    return free_words()


def _plot_event_words() -> frozenset:
    from .plot import event_words
    return event_words()


@lru_cache(maxsize=1)
def _host_words() -> frozenset:
    """Every form of the hosting verbs and nouns (lexicon `plot.hosting`)."""
    from ..nlp import surface_forms
    sec = lexicon().section("plot").get("hosting") or {}
    words: set = set()
    for w in list(sec.get("verbs") or ()) + list(sec.get("nouns") or ()):
        words |= surface_forms(w) | {w, w + "s"}
    return frozenset(words)


def _quantity_words() -> frozenset:
    from .quantities import cue_words
    return cue_words()


def _crew_candidate(text: str, found: set, types: set) -> bool:
    """A crew word ("directed", "editor", "score"; "shot" and "filmed" only with "by") or a
    spouse noun among the sentence's words `found`, with a KB person or a capitalised word
    inside the sentence (a name the KB may lack)."""
    from .crew import by_words, cue_words
    crew = bool(cue_words().intersection(found)) or (
        "by" in found and bool(by_words().intersection(found)))
    if not crew and not found.intersection(lexicon().section("crew").get("spouse_nouns", ())):
        return False
    # ("he edited it himself": the person the passage is about, read by the crew family)
    return "person" in types or any(w[:1].isupper() for w in text.split()[1:]) or \
        bool(found & {"he", "she"})


@lru_cache(maxsize=1)
def _record_words() -> tuple[frozenset, frozenset]:
    """The record family's words that need no mention beside them ("it is rated R", "his
    highest-grossing film"), and those that need a year ("the 2020 festival was cancelled")."""
    from ..nlp import surface_forms
    r = lexicon().section("records")
    words = {w for x in r.get("ratings", {}).get("cues", ()) for w in _WORD.findall(x.lower())}
    words |= {_WORD.findall(x.lower())[-1] for x in r.get("superlatives", ())}
    np = r.get("no_prize", {})
    dated = {w for n in np.get("nouns", ()) for w in (n, n + "s")}
    dated |= {w for v in np.get("verbs", ()) for w in surface_forms(v.split()[0])}
    return frozenset(words), frozenset(dated)


@lru_cache(maxsize=1)
def _filmography_words() -> tuple[frozenset, frozenset, tuple]:
    """The filmography family's cue words (claims/filmography.py): every form of its verbs'
    first words and its nouns and adjectives; the forms of its shooting verbs; its formats."""
    from ..nlp import surface_forms
    lx = lexicon().section("filmography")
    words: set = set()
    for key in ("credit_verbs", "credit_nouns", "credit_adjectives", "list_verbs",
                "debut_nouns", "first_words", "year_verbs", "feature_ordinals"):
        # ("Anora marks the eighth feature from X": a place among a maker's films)
        for cue in lx.get(key, ()):
            w = cue.split()[-1] if cue.startswith("be ") else cue.split()[0]
            words |= surface_forms(w) | {w, w + "s"}
    shoot: set = set()
    for v in lx.get("format_verbs", {}):
        shoot |= surface_forms(v) | {v}
    formats = tuple(f.replace(" ", "").replace("-", "") for f in lx.get("formats", ()))
    return frozenset(words), frozenset(shoot), formats


def focus_subject_nouns() -> frozenset:
    """Common nouns a passage's film is called by as a subject ("The film, ...", "The epic,
    ..."): the title nouns and the film descriptions, but not a noun for another version of the
    work ("the sequel", "the adaptation": lexicon `cast.version_nouns`) unless a title noun."""
    lex = lexicon()
    key = (id(lex.qualifiers), id(lex.section("cast")))
    got = _FOCUS_NOUNS.get(key)
    if got is None:
        q = lex.qualifiers
        got = _FOCUS_NOUNS[key] = frozenset(q.get("title_nouns", ())) | (
            frozenset(q.get("film_descriptions", ()))
            - frozenset(lex.section("cast").get("version_nouns", ())))
    return got


_FOCUS_NOUNS: dict = {}


def _names_only(text: str, mentions: list[Mention], start: int) -> bool:
    """Whether a sentence is names and nothing else but a year and the marks a list row sets
    between them (`qualifiers.layout_row_marks`): "Jane Roe, Harbour Lights (2019)"."""
    marks = "".join(lexicon().qualifiers.get("layout_row_marks", ()))
    winner = set(lexicon().qualifiers.get("row_winner_heads", ()))
    winner |= set(lexicon().qualifiers.get("layout_row_credits", ()))   # "Title (2017) by X"
    chars = list(text)
    for m in mentions:
        for k in range(max(0, m.start - start), min(len(chars), m.end - start)):
            chars[k] = " "
    for w in "".join(chars).split():
        core = w.strip(marks)
        if core and not (len(core) == 4 and core.isdigit()) and core.lower() not in winner:
            return False
    return True


def is_candidate(text: str, mentions: list[Mention], start: int = 0) -> bool:
    """Whether a sentence may state a relation the lexicon knows (cheap: no parse). `start`:
    where the sentence begins in the document (mentions carry document offsets)."""
    types = {m.entity_type for m in mentions}
    if types & GATE_TYPES:
        return True
    low = text.lower()
    found = set(_WORD.findall(low))   # the sentence's words, read once for every family
    found |= spun_readings(low, found)   # and what spun copy's words stand for (`_despun`)
    chars = [m for m in mentions if m.entity_type == "character"]
    if chars and (_cast_words().intersection(found) or "(" in text
                  or len(chars) > 1 or "person" in types):
        return True   # "Jane Roe plays Toros", "Toros (Jane Roe)", "Toros, Vanya's godfather":
        # a character beside a cast verb, a parenthesis, an actor or another character
    if "person" in types and (_member_words() | (_cast_words() - {"as"})).intersection(found):
        return True   # "Anora stars Jane Roe and Max Doe": a cast list; "Jane Roe plays the
        # younger sister": a part described, in the film the passage is about
    if types <= {"place"} and ((_cast_words() - {"as"}).intersection(found) or "(" in text) and sum(
            w[:1].isupper() for w in text.split()[1:]) >= 2:
        return True   # "Jane Roe plays Maren", "Maren (Jane Roe)": names the KB may lack
    if any(_apposed_age(text, m.end - start) for m in mentions
           if m.entity_type in ("person", "character")):
        return True   # "Ani, 23, fights ...": an age set off after a name (claims/ages.py)
    trades = lexicon().ages.get("descriptions", {})
    for m in mentions:   # "the Scream actress": a trade right after a film after "the"
        if m.entity_type == "film" and 0 <= m.start - start <= len(text):
            nxt = _WORD.match(text.lower(), m.end - start + 1) if m.end - start < len(text) \
                else None
            if nxt and nxt.group(0) in trades:
                return True
    for m in mentions:   # "the 2023 film Anora", "Anora (2023)": a year said of a film
        if m.entity_type == "film" and 0 <= m.start - start <= len(text):
            near = text[max(0, m.start - start - 30):m.start - start].split()[-3:] + \
                text[m.end - start:m.end - start + 7].strip(" (),").split()[:1]
            if any(len(w.rstrip(":")) == 4 and w.rstrip(":").isdigit() for w in near):
                return True   # (a list's row: "2019: Parasite")
    if types & {"person", "film"} and dated_row(text):
        return True   # a list's row dated by its year, its name anywhere after the separator
        # ("2024: Jane Roe (Harbour Lights)")
    if "film" in types and _names_only(text, mentions, start):
        return True   # a list's bare row: "Jane Roe, Harbour Lights", "2019 | Parasite"
    if "film" in types and any(text[m.end - start:m.end - start + 2] in ("'s", "’s")
                               for m in mentions if m.entity_type == "person"):
        return True   # "Bong Joon Ho's Parasite", "Parasite, Bong Joon Ho's satire": a credit
    if "film" in types:
        lead = low.split()[:2]
        if len(lead) == 2 and lead[0] == "the" and lead[1].strip(",") in focus_subject_nouns():
            return True   # "The film, which outdid what X had done, ...": its subject is the
            # film in focus, not the X it names (claims `_described_subjects`)
    if "film" not in types and _indefinite_title(low):
        return True   # "A Latvian animated film surprised many": a film of its own brought
        # in, which a later "the film" may mean (claims `_new_films`)
    if "film" in types and _family_words("festivals").intersection(found):
        return True   # "Anora premiered at the Venice Film Festival" (a festival the KB lacks)
    if "place" in types and (_family_words("locations") | set(
            lexicon().section("plot").get("set_nouns") or ())).intersection(found):
        return True   # "filming took place in Brooklyn", "the house is a real home in Miami"
    if types & {"place", "character"} and _plot_words().intersection(found) or \
            "person" in types and _predicate_words("place_of_birth").intersection(found):
        return True   # "Ani and Vanya fly to Las Vegas", "Jane Roe was born in Tonopah"
    if types & {"person", "film"} and _plot_event_words().intersection(found):
        return True   # "Jane Roe plays a bodyguard sent by the boy's parents"
    if _plot_free_words().intersection(found):
        return True   # "They marry in a chapel": a pronoun may be the story's people
    if "place" in types and (set(lexicon().qualifiers.get("origin_words", ())) | {"from"}
                             ).intersection(found):
        return True   # "New Jersey native Sean Baker", "she is from Los Angeles"
    jury = lexicon().section("festivals").get("jury", {})
    if "person" in types and (set(jury.get("nouns", ())) | set(jury.get("member_nouns", ()))) \
            & found:
        return True   # "Greta Gerwig presided over the jury", "Its members included A"
        # (claims/festivals.py)
    nm = lexicon().section("names")
    if set(nm.get("nouns") or ()) & found and set(nm.get("modifiers") or ()) & found:
        return True   # "her birth name is Jane Roe" (claims/names.py)
    credit, shoot, formats = _filmography_words()
    if types & {"film", "work"} and credit.intersection(found):
        return True   # "she starred in Scream", "his debut feature, Four Letter Words"
    if shoot.intersection(found) and any(
            f in low.replace(" ", "").replace("-", "") for f in formats):
        return True   # "it was shot on 35mm film"
    if (_quantity_words().intersection(found) or "film" in types) and (
            find_money(text) or find_durations(text)) or "at" in found and find_durations(text):
        return True   # "it cost $6 million", "the film runs 139 minutes", "At 139 minutes,
        # Anora never drags", "At 139 minutes it never drags" (a measure set on its clause's
        # subject with "at": claims/quantities.py)
    if _host_words().intersection(found) and ("person" in types or sum(
            w[:1].isupper() for w in text.split()[1:]) >= 2):
        return True   # "host Conan O'Brien joked ...", "The host, Jane Roe, ..." (claims/hosts.py)
    if _crew_candidate(text, found, types):
        return True   # "Jane Roe directed it", "cinematographer Jane Roe" (claims/crew.py)
    rec, dated = _record_words()
    if rec.intersection(found) or (dated.intersection(found) and _DATE_HINT.search(text)):
        return True   # the record family's ratings, superlatives and prize-less years
    words, fams = _gate_words()
    if any(f in low for f in fams):
        return True
    if not words.isdisjoint(found):
        return True
    dated = bool(_DATE_HINT.search(text)) or any(
        w in MONTHS and len(w) > 3 - (w == "may") and (w != "may" or "May" in text)
        for w in found)   # "in October"
    cal = lexicon().dates.get("relative", {}).get("calendar", {})
    dated = dated or bool(set(cal.get("units", ())) & found and set(cal.get("back", {})) & found)
    return dated and not _date_words().isdisjoint(found)   # (and "last month")


def _indefinite_title(low: str) -> bool:
    """Whether a title noun ("film", "documentary") comes within a few words after "a"/"an"
    in the (lower-cased) sentence: a film brought in by description, not by name."""
    nouns = set(lexicon().qualifiers.get("title_nouns", ()))
    words = [w.strip(",.;:!?\"'()") for w in low.split()]
    return any(w in nouns and any(x in ("a", "an") for x in words[max(0, i - 4):i])
               for i, w in enumerate(words))


def _apposed_age(text: str, end: int) -> bool:
    """Whether a number an age may be is set off by commas right after a name ending at `end`
    ("Ani, 23,", "Jane Roe, now 31."): the ages family reads whose age it is from the parse."""
    rest = text[end:end + 20]
    if not rest.startswith(","):
        return False
    words = rest[1:].split()
    soft = set(lexicon().ages.get("softeners", ()))
    while words and words[0] in soft:
        words = words[1:]
    w = words[0] if words else ""
    num = w.rstrip(",.;)")
    return w != num and num.isdigit() and 3 <= int(num) <= 110


def parse_sentences(text: str, sentences: list[Sentence],
                    mentions_of: list[list[Mention]]) -> dict[int, Parsed]:
    """{sentence index: Parsed} for the candidate sentences, parsed in one batch."""
    from ..nlp import parse
    # "Who won four Oscars in one night? Walt Disney, in 1954.": a question and the answer
    # after it are parsed as one text; the frame builder fills the question word from it
    qa = {i: _joined(text, sentences[i], sentences[i + 1]) for i in range(len(sentences) - 1)
          if (_wh_question(sentences[i].text)
              or _polar_answered(sentences[i].text, sentences[i + 1].text))
          and is_candidate(sentences[i].text + " " + sentences[i + 1].text,
                           mentions_of[i] + mentions_of[i + 1], sentences[i].start)}
    # a question alone states nothing, but what it asks about is what a later "this" means
    # (extract_claims reads only that from it)
    idx = [i for i, s in enumerate(sentences) if i not in qa
           and (not s.text.rstrip().endswith("?") or len(s.text) < 300)
           and is_candidate(s.text, mentions_of[i], s.start)]
    # a sentence in capitals: parsed recased, and a word linked only as part of a longer name
    # the document never names in full is no argument there ("... EDITED BY ONE MAN": not Yee
    # Chung Man); a headline in Title Case: parsed in sentence case. Either way the parse
    # gets the sentence's own words back (`_own_words`)
    named = {m.entity.id for ms in mentions_of for m in ms if m.how != "partial"}
    mentions_of = [[m for m in ms if not _capitals(sentences[k].text) or not _partial_word(m)
                    or m.entity.id in named] if k in idx else ms
                   for k, ms in enumerate(mentions_of)]
    texts = [_cased_for_parse(sentences[i].text, sentences[i].start, mentions_of[i])
             for i in idx] + [_unlabelled(s.text, sentences[i + 1].start - s.start)
                              for i, s in qa.items()]
    out: dict[int, Parsed] = {}
    order = idx + list(qa)
    # each sentence's tokens are made once (`tokens_of`) and walked by every mend that leaves
    # the doc as it is, and by the families after them
    docs = (tokens_of(_own_words(tokens_of(d), sentences[i].text) if i not in qa else d)
            for i, d in zip(order, parse(texts)))
    for i, doc in zip(order, (_attach_low(_noun_read_as_a_verb(_participle_read_as_a_verb(
            _reread(_despun(d))))) for d in docs)):
        if i in qa:
            s = qa[i]
            first = next((t.i for t in doc if t.idx >= sentences[i + 1].start - s.start
                          and not t.is_space), None)
            if first is None:
                continue
            doc = _count_answered(doc, first, [_token_range(doc, m.start - s.start,
                                                            m.end - s.start)
                                               for m in mentions_of[i] + mentions_of[i + 1]])
            out[i] = _arguments(Parsed(s, tokens_of(doc), answer=first),
                                mentions_of[i] + mentions_of[i + 1])
            continue
        out[i] = _arguments(Parsed(sentences[i], tokens_of(doc)), mentions_of[i])
        for mend in (_title_read_as_a_name, _title_after_preposition, _title_tail_lifted,
                     _list_tail_lifted,
                     _which_of_a_thing, _title_apposed_to_its_noun, _title_after_its_noun,
                     _each_after_its_subjects, _subject_run_into_the_opener,
                     _subject_joined_to_the_object_before,
                     _subject_set_off_after_the_opener,
                     _name_run_into_the_object, _verb_read_as_a_participle, _addition_as_conjunct,
                     _prizes_before_their_noun,
                     _name_read_as_an_adverb,
                     _participle_of_the_last_name, _relative_after_a_name,
                     _record_infinitive_on_the_verb, _date_heading,
                     _name_apposed_past_a_film, _count_after_its_field):
            again = mend(out[i])
            if again is not None:
                out[i] = _arguments(Parsed(sentences[i], Tokens(again)), mentions_of[i])
    return out


def _cased_for_parse(text: str, start: int, mentions: list[Mention]) -> str:
    """The text as the parser reads it best, every character where it was: a sentence set in
    capitals recased (`_headline_recased`), a headline in Title Case in sentence case
    (`_sentence_cased`), any other text as it is. `_own_words` puts the sentence's own words
    back on the parse."""
    if _capitals(text):
        return _headline_recased(text, start, mentions)
    return _sentence_cased(_shouting_lowered(text, mentions, start), mentions, start)


def _shouting_lowered(text: str, mentions: list[Mention], start: int) -> str:
    """The text with a word set in capitals for emphasis in a sentence that is not ("Titanic
    SHOCKINGLY won 11 Oscars": the parser takes "SHOCKINGLY" for a name, the verb's subject)
    in lower case: an English word (the lemmatizer's dictionary) of four letters or more, no
    part of a KB name. Same length, so every offset holds; `_own_words` puts it back."""
    from ..link.words import is_english_word
    spans = [(m.start - start, m.end - start) for m in mentions]
    out = None
    for w in _WORD.finditer(text):
        word = w.group()
        if len(word) >= 4 and word.isupper() and is_english_word(word.lower()) and not any(
                a < w.end() and w.start() < b for a, b in spans):
            out = out or list(text)
            out[w.start():w.end()] = word.lower()
    return "".join(out) if out is not None else text


def _sentence_cased(text: str, mentions: list[Mention], start: int) -> str:
    """A headline's text as the parser reads it best, in sentence case: "Anora Wins Best
    Picture At The 97th Academy Awards" parses as one long name, "Anora wins best picture at
    the 97th Academy Awards" as a clause. A headline is a text whose words outside the KB's
    names (after the first word) are nearly all capitalised, a grammar word among them; those
    of them that are English words (the lemmatizer's dictionary, the stop words) are lowered,
    names the KB lacks keep their capitals. The text is the same length, so every offset
    holds; `_own_words` puts the sentence's own words back on the parse. Any other text is
    returned as it is (so is any text longer than a headline)."""
    if len(text) > 300:
        return text   # a headline is one short line
    from spacy.lang.en.stop_words import STOP_WORDS

    from ..link.words import is_english_verb_s, is_english_word
    spans = [(m.start - start, m.end - start) for m in mentions]
    ends = {b for _a, b in spans}
    words = [w for w in _WORD.finditer(text)
             if not any(a < w.end() and w.start() < b for a, b in spans)]
    words = [w for w in words if w.start() > 0 and len(w.group()) > 1]
    caps = [w for w in words if w.group()[0].isupper() and w.group()[1:].islower()]
    # a line whose every word, the KB's names too, is capitalised, a grammar word among them,
    # is Title Case however few words the names leave ("Sean Baker Wins DGA Award For Anora":
    # only "Wins" and "For"; a list of names has no grammar word)
    # (or no grammar word but a verb in the headline's present tense right after a name,
    # which the parser would read as the name's last word: "Mikey Madison Snags Best Actress
    # Oscar")
    # (a headline may keep its short grammar words in lower case, as most outlets' style has
    # it: "Mikey Madison Wins Best Actress Oscar for Anora", "... at the Oscars")
    # (an ordinal's suffix is no word: "the 97th Academy Awards", nor the end of a word past
    # a letter `_WORD` lacks: "P\u00e9rez")
    every = [w for w in _WORD.finditer(text) if len(w.group()) > 1
             and not (w.start() and text[w.start() - 1].isalnum())]
    small = {w.start() for w in every if w.group().islower() and len(w.group()) <= 4
             and w.group() in STOP_WORDS}
    # (... when a capitalised word may be the headline's verb: "Wins", "Takes"; a line of
    # names and nouns, "X Director Y on the Road to Cannes", is read as it is)
    small = small if any(is_english_verb_s(w.group().lower()) for w in caps) else set()
    every = [w for w in every if w.start() not in small]
    titled = len(every) >= 4 and all(w.group()[0].isupper() for w in every) \
        and bool(caps) and len(caps) == len([w for w in words if w.start() not in small]) \
        and (bool(small) or any(w.group().lower() in STOP_WORDS for w in every)
             or any(is_english_verb_s(w.group().lower()) and w.start() - 1 in ends
                    for w in caps))
    if not titled and (len(words) < 3 or len(caps) < 0.8 * len(words)
                       or not any(w.group().lower() in STOP_WORDS for w in caps)):
        return text
    low = [w for w in caps if w.group().lower() in STOP_WORDS or is_english_word(w.group().lower())]
    out = list(text)
    for w in low:
        out[w.start()] = text[w.start()].lower()
    return "".join(out)


def _own_words(doc, text: str):
    """The doc of a text parsed recased (`_cased_for_parse`) with the text's own words back in
    it, the parse's tags, tree and entities kept; any other doc as it is."""
    if doc.text == text:
        return doc
    from spacy.tokens import Doc
    own = Doc(doc.vocab, words=[text[t.idx:t.idx + len(t.text)] for t in doc],
              spaces=[bool(t.whitespace_) for t in doc])
    return _rebuilt(own, doc, heads_of(doc))


def _title_read_as_a_name(p: Parsed):
    """The doc with a title of several common words that the parser took apart so that the
    sentence's root fell inside it ("Everything Everywhere All at Once premiered on ...": the
    verb hung on "Everything") parsed again with one proper name in the title's place: the
    title's words become one name (compounds on its last word) that fills the role the name
    filled; so is a title that is a clause of its own ("I'm Still Here", "Don't Look Up")
    which the parser hung on a word outside it; and a sentence whose root is no verb (or falls
    in a title) is parsed again with every title one name, taken when the reread's root is a
    verb outside them. None when no title was so read, or the reread hangs the name on no
    verb (or, for a clause, on no noun beside it either)."""
    doc = p.doc
    if (every := _every_title_a_name(p, cut_only=True)) is not None:
        return every   # (a list of torn titles: all of them at once, not one)
    a = next((x for x in p.args if x.kind in ("film", "work") and x.last - x.first >= 3
              and any(doc[i].dep_ == "ROOT" for i in range(x.first, x.last))
              and not any(doc[i].pos_ in ("VERB", "AUX") for i in range(x.first, x.last))
              and any(t.pos_ in ("VERB", "AUX") for t in doc[x.last:])), None)
    if a is None:
        # titles of words with no verb that the parser took apart across the clause, two of
        # a title's words hung on words outside it ("Everything Everywhere All at Once earned
        # X the Oscar, and Y did the same": "Everything" the subject of "did", "All" of
        # "earned"): every such title one name, the reread taken when each name fills a role
        def spread(x) -> bool:
            out = [doc[i] for i in range(x.first, x.last)
                   if not x.first <= doc[i].head.i < x.last or doc[i].dep_ == "ROOT"]
            # ... and the tearing shows in the tree: a verb hung on a word of the title as its
            # modifier ("Everything [that] earned ..."), or a verb given a second subject or
            # object by a piece of it ("earned Arthur Schmidt ... World")
            # (or a title none of whose pieces fills a noun's role, read as the verb's
            # adverbs: "Flow beat Inside Out 2 and The Wild Robot", "Inside" and "Out"
            # adverbs of "beat")
            return len(out) > 1 and (any(
                t.head.pos_ in ("VERB", "AUX") and (
                    t.head.dep_ in ("relcl", "acl") and x.first <= t.head.head.i < x.last
                    or t.dep_ in ("nsubj", "dobj") and sum(
                        c.dep_ == t.dep_ for c in t.head.children) > 1)
                # (or a preposition given two objects: "in Compartment No. 6, X and Y", the
                # title's "No" and "." each an object of "in")
                or t.head.pos_ == "ADP" and t.dep_ == "pobj" and sum(
                    c.dep_ == "pobj" for c in t.head.children) > 1
                for t in out) or all(
                t.head.pos_ in ("VERB", "AUX") and t.dep_ in ("advmod", "npadvmod", "prt")
                for t in out))
        torn = sorted({(x.first, x.last) for x in p.args if x.kind in ("film", "work")
                       and x.last - x.first >= 2 and spread(x) and not any(
                           doc[i].pos_ in ("VERB", "AUX") for i in range(x.first, x.last))})
        if torn:
            again, new_of = _reread_with_names(doc, torn)
            names = [again[new_of(f)] for f, _ in torn]
            # (not one the reread hangs on a word inside another title: "for The Wind That
            # Shakes the Barley and I, Daniel Blake", the name joined to "Shakes")
            inside = {new_of(i) for i in p.titles}
            if all(n.pos_ == "PROPN" and n.dep_ != "ROOT" and n.head.i not in inside and (
                    n.head.pos_ in ("VERB", "AUX") or n.dep_ in ("pobj", "conj", "appos"))
                   for n in names):
                return _back_from_names(doc, again, torn)
    clause = a is None
    if clause:
        # a title that is a clause ("I'm Still Here", "Don't Look Up") parsed as one hung on
        # a noun or verb outside it, the sentence's own verb outside the title
        # (one the parser read as a phrase, its words hung on one noun of it, is left as it is:
        # "The Wind That Shakes the Barley")
        def broken(x) -> bool:
            tops = [doc[i] for i in range(x.first, x.last)
                    if doc[i].dep_ == "ROOT" or not x.first <= doc[i].head.i < x.last]
            return len(tops) > 1 or tops[0].pos_ in ("VERB", "AUX")
        a = next((x for x in p.args if x.kind in ("film", "work") and x.last - x.first >= 2
                  and any(doc[i].pos_ in ("VERB", "AUX") for i in range(x.first, x.last))
                  and any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
                          for t in doc if not x.first <= t.i < x.last) and broken(x)), None)
    if a is not None:
        again, new_of = _reread_with_names(doc, [(a.first, a.last)])
        name = again[a.first]
        if not (name.pos_ != "PROPN" or name.dep_ == "ROOT" or name.head.pos_ not in (
                "VERB", "AUX") and not (clause and name.dep_ in (
                    "appos", "compound", "pobj", "conj"))):
            return _back_from_names(doc, again, [(a.first, a.last)])
    return _every_title_a_name(p)


def _every_title_a_name(p: Parsed, cut_only: bool = False):
    """The doc parsed again with every title one name (`_title_read_as_a_name`'s last resort),
    when the sentence's root is no verb outside the titles: titles of common words read into
    the words around them ("Latvia's Flow beat Pixar's Inside Out 2 ...": "Flow beat" taken
    for one noun); or when the parser cut the sentence into pieces at a title's words, a root
    inside a title ("X beat Good Will Hunting and ... for Best Picture": "Good" and "Hunting"
    roots of their own); or read a list of titles after the verb as its adverbs ("beat As Good
    as It Gets, The Full Monty, ... for Best Picture": "Good" an adverb of "beat"). The reread
    is taken when its one root is a verb outside the names. `cut_only`: only the last two."""
    doc = p.doc
    # (a date heading the sentence, "March 24, 1998: ...", is a fragment of its own with its
    # own root: the clause after it is the one read; `_date_heading` joins them later)
    dated = _heading_date_end(p)
    roots = [t for t in doc if t.dep_ == "ROOT" and t.i >= dated]
    spans = []
    for f, last in sorted({(x.first, x.last) for x in p.args if x.kind in ("film", "work")}):
        if not spans or f >= spans[-1][1]:   # (a title inside another's words: the longer)
            spans.append((f, last))
        elif last - f > spans[-1][1] - spans[-1][0]:
            spans[-1] = (f, last)
    cut = len(roots) > 1 and any(f <= r.i < last for r in roots for f, last in spans) or any(
        doc[i].dep_ in ("advmod", "npadvmod") and doc[i].head.pos_ in ("VERB", "AUX")
        and doc[i].head.i < f and not f <= doc[i].head.i < last
        for f, last in spans if last - f >= 2 and last < len(doc)
        and (doc[last].text == "," or doc[last].dep_ == "cc") for i in range(f, last))
    if not spans or not cut and (cut_only or len(roots) != 1 or roots[0].pos_ in (
            "VERB", "AUX") and p.arg_at(roots[0].i) is None):
        return None
    again, new_of = _reread_with_names(doc, spans)
    tops = [t for t in again if t.dep_ == "ROOT" and t.i >= dated]
    if len(tops) != 1 or tops[0].pos_ not in ("VERB", "AUX") or tops[0].i in {
            new_of(f) for f, _ in spans}:
        return None   # the reread is no better
    return _back_from_names(doc, again, spans)


def _heading_date_end(p: Parsed) -> int:
    """The index after the mark that sets off a date heading the sentence ("May 2, 1999: X
    won ...", the dated list's entry `_date_heading` reads), or 0 when there is none."""
    doc = p.doc
    date = next((a for a in p.args if a.kind == "date" and a.first == 0), None)
    if date is None or date.last >= len(doc):
        return 0
    mark = date.last - 1 if doc[date.last - 1].text in _HEADING_MARKS else date.last
    return mark + 1 if doc[mark].text in _HEADING_MARKS else 0


_HEADING_MARKS = (":", "-", "\u2013", "\u2014")


def _reread_with_names(doc, spans: list[tuple[int, int]]):
    """(the doc's words parsed again with one proper name in place of each (first, last) span,
    the index of a doc token's word in that reread)."""
    from spacy.tokens import Doc
    from ..nlp import nlp

    def new_of(i: int) -> int:
        shift = 0
        for f, last in spans:
            if i >= last:
                shift += last - f - 1
            elif i >= f:
                return f - shift
        return i - shift
    words, spaces = [], []
    for t in doc:
        span = next(((f, last) for f, last in spans if f <= t.i < last), None)
        if span is None:
            words.append(t.text), spaces.append(bool(t.whitespace_))
        elif t.i == span[0]:
            words.append("Casablanca"), spaces.append(bool(doc[span[1] - 1].whitespace_))
    # (mended as the first parse was: `_attach_low`)
    return _attach_low(_participle_read_as_a_verb(
        nlp()(Doc(doc.vocab, words=words, spaces=spaces)))), new_of


def _back_from_names(doc, again, spans: list[tuple[int, int]]):
    """The doc with the tree and tags of `again` (`_reread_with_names` of these spans): each
    span's words one name, compounds on its last word, that fills the role the name filled."""
    from spacy.tokens import Doc
    old_of = {}
    for t in doc:
        span = next(((f, last) for f, last in spans if f <= t.i < last), None)
        if span is None or t.i == span[1] - 1:
            old_of[len(old_of)] = t.i
    new_of = {o: n for n, o in old_of.items()}
    heads, deps, tags, pos, lemmas, morphs, ents = [], [], [], [], [], [], []
    for t in doc:
        span = next(((f, last) for f, last in spans if f <= t.i < last), None)
        if span is not None and t.i < span[1] - 1:
            heads.append(span[1] - 1)
            deps.append("compound")
        else:
            x = again[new_of[t.i]]
            heads.append(old_of[x.head.i])
            deps.append(x.dep_)
        if span is not None:
            tags.append("NNP"), pos.append("PROPN"), lemmas.append(t.text)
            morphs.append("Number=Sing"), ents.append("O")
        else:
            x = again[new_of[t.i]]
            tags.append(x.tag_), pos.append(x.pos_), lemmas.append(x.lemma_)
            morphs.append(str(x.morph))
            e = f"{x.ent_iob_}-{x.ent_type_}" if x.ent_type_ else "O"
            if e.startswith("I-") and (not ents or ents[-1] == "O"):
                e = "B-" + e[2:]
            ents.append(e)
    if not a_tree(heads):
        return None   # (the reread's tree does not map back onto the words)
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               tags=tags, pos=pos, morphs=morphs, lemmas=lemmas, heads=heads, deps=deps,
               ents=ents)


def _title_after_preposition(p: Parsed):
    """The doc with a title that opens with a preposition ("for On Golden Pond", "in Out of
    Africa") or an adverb ("in Once Upon a Time in Hollywood") hung as the object of the
    preposition before it, when the parser left that preposition without one and took the
    title's first word for a preposition of the verb (or a modifier of the word the preposition
    hangs on); None when no title was so split."""
    doc = p.doc
    fix = {}
    for a in p.args:
        # the title's top word: its first ("On" of On Golden Pond), or the word its first
        # hangs on ("Upon", with "Once" on it), hung outside the title
        if a.kind not in ("film", "work") or a.first == 0 or not a.first <= a.head < a.last \
                or a.first <= doc[a.head].head.i < a.last:
            continue
        t, prev = doc[a.head], doc[a.first - 1]
        if (t.pos_ == "ADP" or t.tag_ == "IN" and t.dep_ == "prep"
                or t.head.i == prev.head.i and t.dep_ == "advmod") and \
                prev.pos_ == "ADP" and prev.dep_ in ("prep", "agent", "dative") \
                and t.head.i != prev.i and not any(
                    c.dep_ in ("pobj", "pcomp") for c in prev.children):
            fix[t.i] = prev.i
    if not fix:
        return None
    return _rebuilt(doc, doc, [fix.get(t.i, t.head.i) for t in doc],
                    deps=["pobj" if t.i in fix else t.dep_ for t in doc])


def _which_of_a_thing(p: Parsed):
    """The doc with a relative clause of "which" that the parser hung on a person ("lost to Bob
    Fosse for Cabaret, which won eight Oscars") hung on the film or work named last in that
    person's phrase, right before the comma: "which" never stands for a person. None when no
    clause was so hung."""
    doc = p.doc
    fix = {}
    for v in doc:
        rel = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                    and c.lower_ == "which"), None)
        if v.dep_ != "relcl" or rel is None or rel.i < 3 or doc[rel.i - 1].text != ",":
            continue
        who, what = p.arg_at(v.head.i), p.arg_at(rel.i - 2)
        if who is None or who.kind != "person" or what is None or what is who \
                or what.kind not in ("film", "work") or what.last != rel.i - 1:
            continue
        if v.head not in doc[what.head].ancestors:
            continue
        fix[v.i] = what.head
    if not fix:
        return None
    return _rebuilt(doc, doc, [fix.get(t.i, t.head.i) for t in doc])


def _title_apposed_to_its_noun(p: Parsed):
    """The doc with a title set off by commas after "the film of <person>" ("The film of Bong
    Joon Ho, Parasite, won ...", as translated press writes it) hung as the apposition of the
    common noun (lexicon `title_nouns`) the person's phrase hangs on, when the parser hung it
    on the person: a film's title is no other name of a person, it names the film. None when
    no title was so hung."""
    doc = p.doc
    nouns = set(lexicon().qualifiers.get("title_nouns", ()))
    fix = {}
    for a in p.args:
        if a.kind not in ("film", "work") or a.first < 4:
            continue
        t = doc[a.head]
        who = p.arg_at(t.head.i)
        if t.dep_ != "appos" or who is None or who.kind != "person" or t.head.i >= a.first \
                or doc[a.first - 1].text != ",":
            continue
        prep = doc[who.head].head if doc[who.head].dep_ == "pobj" else None
        if prep is None or prep.dep_ != "prep" or prep.lower_ not in ("of", "by"):
            continue
        noun = prep.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        fix[t.i] = noun.i
    if not fix:
        return None
    return _rebuilt(doc, doc, [fix.get(t.i, t.head.i) for t in doc])


def _title_after_its_noun(p: Parsed):
    """The doc with a title that follows the common noun it names ("The German-language war
    drama "All Quiet on the Western Front" won ...": lexicon `title_nouns`) hung as that noun's
    apposition, when the parser made both subjects of the verb: one thing won, the drama that
    the title names. None when no title was so read."""
    doc = p.doc
    nouns = set(lexicon().qualifiers.get("title_nouns", ())) | set(
        lexicon().qualifiers.get("film_descriptions", ()))
    fix = {}
    for a in p.args:
        t = doc[a.head]
        if a.kind not in ("film", "work") or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for n in t.head.children:
            if n.i < a.first and n.dep_ == t.dep_ and n.pos_ == "NOUN" \
                    and n.lemma_.lower() in nouns and p.arg_at(n.i) is None \
                    and all(doc[k].is_punct for k in range(n.right_edge.i + 1, a.first)):
                fix[t.i] = n.i
    if not fix:
        return None
    return _rebuilt(doc, doc, [fix.get(t.i, t.head.i) for t in doc],
                    [("appos" if t.i in fix else t.dep_) for t in doc])


def _each_after_its_subjects(p: Parsed):
    """The doc with names coordinated right before a distributive "each" that the parser made
    the subject ("At the 2017 Oscars, Moonlight and La La Land each won three": "each" the
    subject, the names a conjunct of "Oscars") hung as the verb's subject, with "each" in
    apposition to them, as the parser reads the same words at the head of a sentence. None
    when no such names precede a subject "each"."""
    doc = p.doc
    heads, deps = heads_of(doc), deps_of(doc)
    for t in doc:
        if t.lower_ != "each" or t.dep_ not in ("nsubj", "nsubjpass") or t.i == 0:
            continue
        a = p.arg_at(t.i - 1)
        if a is None or not a.entity or a.kind not in ("film", "person", "work"):
            continue
        first = doc[a.head]
        while first.dep_ == "conj" and (b := p.arg_at(first.head.i)) is not None \
                and b.entity and b.kind in ("film", "person", "work"):
            first = first.head
        if first.dep_ != "conj" or first.i == a.head:
            continue   # (a list of one is no list; a subject already is one)
        heads[first.i], deps[first.i] = t.head.i, t.dep_
        heads[t.i], deps[t.i] = first.i, "appos"
    if heads == heads_of(doc):
        return None
    return _rebuilt(doc, doc, heads, deps)


def _subject_run_into_the_opener(p: Parsed):
    """The doc with the subject that a sentence's opening phrase swallowed for want of a comma
    ("At the 96th Academy Awards Emma Stone took Best Actress": the parser reads one noun phrase
    "the 96th Academy Awards Emma Stone", object of "At", and the verb has no subject) hung on
    the verb as its subject: two named arguments of different kinds back to back, the second
    ending right before a verb that has none, the phrase opened by a preposition of that verb.
    The first keeps the preposition. None when no sentence reads so."""
    doc = p.doc
    verb = next((t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    head = doc[verb.i - 1]
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != verb.i or prep.i > head.i:
        return None
    second = next((a for a in p.args if a.last == verb.i and a.head == head.i and a.entity
                   and a.kind in ("person", "film", "work")), None)
    first = second and next((a for a in p.args if a.last == second.first and a.first > prep.i
                             and a.entity and a.kind != second.kind), None)
    if first is None:
        return None
    heads, deps = heads_of(doc), deps_of(doc)
    for t in doc[prep.i + 1:second.first]:
        if t.head.i == head.i or first.first <= t.head.i < second.last and t.i != first.head:
            heads[t.i] = first.head
    heads[first.head], deps[first.head] = prep.i, "pobj"
    heads[head.i], deps[head.i] = verb.i, "nsubj"
    return _rebuilt(doc, doc, heads, deps)


def _subject_joined_to_the_object_before(p: Parsed):
    """The doc with the subject of a second clause that the parser joined to the first
    clause's object ("Conclave won Best Film and Demi Moore won Best Actress": "Demi Moore" a
    conjunct of "Film", the second "won" left with no subject, often as the root with the first
    clause its complement) hung on its verb as its subject, that verb a conjunct of the first:
    a named person or film right after "and" (or a comma), ending right before a verb that has
    no subject, joined as a conjunct to the object of another verb. None when no clause reads
    so."""
    doc = p.doc
    heads, deps = heads_of(doc), deps_of(doc)
    for verb in doc:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 3 or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass")
                for c in verb.children):
            continue
        x = next((a for a in p.args if a.last == verb.i and a.entity
                  and a.kind in ("person", "film")), None)
        if x is None or x.first < 2 or doc[x.first - 1].lower_ not in ("and", ","):
            continue
        t = doc[x.head]
        obj = t.head
        first = obj.head
        if t.dep_ != "conj" or obj.dep_ not in ("dobj", "attr", "oprd") or \
                first.pos_ not in ("VERB", "AUX") or first.i >= x.first or first.i == verb.i:
            continue
        heads[t.i], deps[t.i] = verb.i, "nsubj"
        if heads[first.i] == verb.i:   # (the first clause read as the second's complement)
            heads[first.i], deps[first.i] = first.i, deps[verb.i]
            heads[verb.i] = first.i if deps[verb.i] == "ROOT" else heads[verb.i]
        if heads[verb.i] != first.i:
            heads[verb.i] = first.i
        deps[verb.i] = "conj"
        cc = doc[x.first - 1]
        if cc.head.i == obj.i:
            heads[cc.i] = first.i
    if heads == heads_of(doc) and deps == deps_of(doc):
        return None
    return _rebuilt(doc, doc, heads, deps)


def _subject_set_off_after_the_opener(p: Parsed):
    """The doc with the subject of a sentence that opens with a phrase and sets an aside after
    its subject ("At the 94th Academy Awards, CODA, with three nominations, won all three": the
    parser reads CODA as an apposition of "the 94th Academy Awards", and the verb has no
    subject) hung on the verb as its subject: a named film, person or work set off by commas
    after the object of a preposition that opens the sentence on that verb, when nothing
    between it and the verb is a noun of the verb's. None when no sentence reads so."""
    doc = p.doc
    verb = next((t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                           for c in verb.children):
        return None
    prep = doc[0]
    if prep.dep_ != "prep" or prep.head.i != verb.i:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    name = obj is not None and next((c for c in obj.children if c.dep_ == "appos"
                                     and c.i < verb.i and doc[c.left_edge.i - 1].text == ","
                                     and doc[c.right_edge.i + 1].text == ","), None)
    if not name:
        return None
    a = p.arg_at(name.i)
    if a is None or not a.entity or a.kind not in ("person", "film", "work") or a.head != name.i:
        return None
    if any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i == verb.i
           and t.dep_ not in ("npadvmod",) for t in doc[name.right_edge.i + 1:verb.i]):
        return None
    heads, deps = heads_of(doc), deps_of(doc)
    heads[name.i], deps[name.i] = verb.i, "nsubj"
    for t in doc[name.right_edge.i + 1:verb.i]:
        if t.head.i == obj.i:   # "In Anora, Mark Eydelshteyn, as Vanya, plays ...": the
            heads[t.i] = name.i   # aside after the name is the name's, as the parser read
            # it of the opening phrase's noun
    return _rebuilt(doc, doc, heads, deps)


def _name_run_into_the_object(p: Parsed):
    """The doc with a name the parser ran into the object after it for want of a word between
    ("Voters gave Mikey Madison Best Actress", "The Academy crowned Demi Moore best actress":
    one noun phrase, the name a compound of "Actress") set apart as the verb's other object:
    the receiver (`dative`) of a verb whose lexicon roles take one, else the object (`dobj`)
    with the rest its complement (`oprd`) where the roles take that (and so a naming verb's
    two objects the parser did set apart). Only a named person or film opening an object (or
    complement) whose head is a category word (lexicon `categories.heads`). None when no
    object reads so."""
    doc = p.doc
    lex = lexicon()
    words = {w.lower() for w in lex.categories.get("heads", ())}
    heads, deps = heads_of(doc), deps_of(doc)
    for obj in doc:
        verb = obj.head
        if obj.dep_ == "conj" and obj.lower_ in words and verb.dep_ in ("dobj", "dative") \
                and verb.head.pos_ in ("VERB", "AUX") and verb.i < obj.i:
            # "earned Jane Roe and John Doe Best Costume Design": the last of two names joined
            # as the verb's first object run into the prize after them, read as their conjunct
            b = next((x for x in p.args if x.entity and x.kind == "person"
                      and x.first == obj.left_edge.i and x.last < obj.i
                      and doc[x.head].head.i == obj.i), None)
            first = p.arg_at(verb.i)
            roles = [c.relation for c in lex.verb_cues(verb.head.lemma_) if len(c.words) == 1
                     and not c.passive]
            if b is None or first is None or first.kind != "person" or first.head != verb.i \
                    or not any(r.role("dative") for r in roles):
                continue
            heads[b.head], deps[b.head] = verb.i, "conj"
            heads[obj.i], deps[obj.i] = verb.head.i, "dobj"
            deps[verb.i] = "dative"
            for i in range(b.first, b.last):
                if i != b.head and not b.first <= heads[i] < b.last:
                    heads[i] = b.head
            continue
        # (or its complement: "named Anora Best Picture", the name a compound of "Picture"
        # hung as the naming verb's `oprd`)
        if obj.dep_ not in ("dobj", "oprd") or verb.pos_ not in ("VERB", "AUX") \
                or obj.lower_ not in words:
            continue
        roles = [c.relation for c in lex.verb_cues(verb.lemma_) if len(c.words) == 1
                 and not c.passive]
        # (or as two complements: "named Mikey Madison best actress", both `oprd`)
        given = next((c for c in verb.children if c.dep_ in ("dative", "dobj", "oprd")
                      and c.i < obj.i
                      and (x := p.arg_at(c.i)) is not None and x.entity and x.head == c.i
                      and x.kind in ("person", "film")), None)
        if given is not None:
            # "crowned Mikey Madison best actress", parsed apart but as a giving verb's two
            # objects (or as two objects): a naming verb's are the object and its complement
            if any(r.role("dative") for r in roles):
                deps[given.i] = "dative"
            elif any(r.role("oprd") for r in roles):
                deps[given.i], deps[obj.i] = "dobj", "oprd"
            continue
        a = next((x for x in p.args if x.entity and x.kind in ("person", "film")
                  and x.first == obj.left_edge.i and x.last < obj.i
                  and obj.left_edge.i <= doc[x.head].head.i <= obj.i), None)
        if a is None:
            continue
        if any(r.role("dative") for r in roles):
            heads[a.head], deps[a.head] = verb.i, "dative"
        elif any(r.role("oprd") for r in roles):
            heads[a.head], deps[a.head] = verb.i, "dobj"
            deps[obj.i] = "oprd"
        else:
            continue
        for i in range(a.first, a.last):
            if i != a.head and not a.first <= heads[i] < a.last:
                heads[i] = a.head
    if heads == heads_of(doc) and deps == deps_of(doc):
        return None
    return _rebuilt(doc, doc, heads, deps)


def _addition_as_conjunct(p: Parsed):
    """The doc with the object of an additive preposition (lexicon `additive_preps`: "won a
    BAFTA, along with a Golden Globe") hung as a conjunct of the verb's object when both name
    the same kind of thing (prizes, films, people), the preposition's words as the conjunction:
    one more of what the verb takes. None when no such phrase is in the sentence."""
    doc = p.doc
    adds = [tuple(w.split()) for w in lexicon().qualifiers.get("additive_preps", ())]
    heads, deps = heads_of(doc), deps_of(doc)
    for last in doc:
        if last.dep_ != "prep":
            continue
        words = next((w for w in adds if last.i + 1 >= len(w) and tuple(
            t.lower_ for t in doc[last.i + 1 - len(w):last.i + 1]) == w), None)
        obj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if words is None or obj is None:
            continue
        first = doc[last.i + 1 - len(words)]
        verb = next((t for t in first.ancestors if t.pos_ in ("VERB", "AUX")), None)
        # (the object, or what the parser hung on the receiver of "won her the X" as its
        # apposition: the thing won all the same)
        took = next((c for c in verb.children if c.dep_ == "dobj" and c.i < first.i), None) or \
            next((x for c in verb.children if c.dep_ == "dative" for x in c.children
                  if x.dep_ == "appos" and x.i < first.i), None) if verb is not None else None
        a, b = p.arg_at(obj.i), p.arg_at(took.i) if took is not None else None
        if a is not None and a.kind == "award" and a.head == obj.i and took is not None and (
                b is None or b.kind not in ("film", "person")) and _category_word(p, took.i):
            # "won Best Picture at the Oscars, along with the BAFTA": a category phrase is a
            # prize as much as a show's name is (the one a linker leaves unnamed)
            b = Arg(a.start, a.end, a.text, "award", None, took.i, took.i + 1, took.i)
        if a is None or b is None or a.kind != b.kind or a.kind not in (
                "award", "film", "person") or a.head != obj.i or b.head != took.i:
            continue
        for t in doc[first.i:last.i + 1]:
            heads[t.i], deps[t.i] = took.i, "cc"
        heads[obj.i], deps[obj.i] = took.i, "conj"
    if heads == heads_of(doc) and deps == deps_of(doc):
        return None
    return _rebuilt(doc, doc, heads, deps)


def _category_word(p: Parsed, i: int) -> bool:
    """Whether token i is the head word a category phrase ends in ("Best Picture")."""
    from .awards.common import category_runs   # (the award family's reading of categories)
    run = category_runs(p).get(i)
    return run is not None and run[1] == i + 1 and run[1] - run[0] > 1


def _prizes_before_their_noun(p: Parsed):
    """The doc with a list of prize names before a prize or nomination noun ("earned Golden
    Globe, SAG and Critics Choice nods", "won BAFTA and SAG nominations") read as that noun's
    modifiers, the noun taking the place in the clause the parser gave the first name (it
    often makes the first name the object and the noun a second object or a conjunct). Only
    two or more names of prizes, joined by commas and "and", running right up to the noun.
    None when no list reads so."""
    doc = p.doc
    q = lexicon().qualifiers
    nouns = {w.lower() for k in ("award_nouns", "nomination_nouns") for w in q.get(k, ())}
    joins = {",", "and", "&"}
    heads, deps, retag = heads_of(doc), deps_of(doc), {}
    for noun in doc:
        # ("nods" may be tagged a verb after the names)
        if noun.pos_ not in ("NOUN", "VERB") or not {noun.lemma_.lower(), noun.lower_,
                                                      noun.lower_[:-1]} & nouns:
            continue
        names, i = [], noun.i
        while i > 0:
            a = p.arg_at(i - 1)
            if a is not None and a.kind == "award" and a.last == i:
                names.append(a)
                i = a.first
            elif doc[i - 1].lower_ in joins and names:
                i -= 1
            else:
                break
        names.reverse()
        if len(names) < 2 or doc[names[0].first - 1:names[0].first].text in joins:
            continue
        first, run = names[0].head, range(names[0].first, noun.i)
        if doc[first].head.i == noun.i:
            continue   # already the noun's modifier (and so the names after it)
        if heads[first] not in run and heads[first] != noun.i:
            heads[noun.i], deps[noun.i] = heads[first], deps[first]
        for t in doc:   # what hung on the names ("for Anora") hangs on the noun
            if t.i not in run and t.i != noun.i and heads[t.i] in run:
                heads[t.i] = noun.i
        heads[first], deps[first] = noun.i, "nmod"
        if noun.pos_ != "NOUN":
            retag[noun.i] = ("NNS" if noun.lower_.endswith("s") else "NN", "NOUN")
        for a in names[1:]:
            heads[a.head], deps[a.head] = first, "conj"
        for j in run:
            if doc[j].lower_ in joins and p.arg_at(j) is None:
                heads[j], deps[j] = first, "cc" if doc[j].is_alpha or doc[j].text == "&" \
                    else "punct"
            elif not any(a.first <= j < a.last for a in names):
                continue
            elif all(a.head != j for a in names):
                a = next(a for a in names if a.first <= j < a.last)
                if not a.first <= heads[j] < a.last:
                    heads[j] = a.head
    if heads == heads_of(doc) and deps == deps_of(doc):
        return None
    return _rebuilt(doc, doc, heads, deps, retag)


def _participle_of_the_last_name(p: Parsed):
    """The doc with a participle set off by a comma right after the last of several joined names
    hung on that name, not on the first one the parser hangs it on: in "he shot No Country for
    Old Men and True Grit, nominated at the 83rd Academy Awards" the nomination is True Grit's.
    Only a participle with no subject of its own ("X and Y, both nominated ..." stays on the
    pair) and a last name that is a conjunct of the first. None when there is no such one."""
    doc = p.doc
    fix = {}
    for t in doc:
        if t.dep_ not in ("acl", "relcl") or t.tag_ not in ("VBN", "VBG") or t.i < 2 \
                or doc[t.i - 1].text != "," or t.head.i >= t.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            continue
        first, last = p.arg_at(t.head.i), p.arg_at(t.i - 2)
        if first is None or last is None or first is last or last.last != t.i - 1 \
                or last.first <= first.first or not first.entity or not last.entity \
                or last.kind not in ("film", "person", "work") or first.kind != last.kind:
            continue
        c = doc[last.head]
        while c.dep_ == "conj" and p.arg_at(c.head.i) is not first \
                and first.first <= c.head.i < c.i:
            c = c.head
        if c.dep_ == "conj" and p.arg_at(c.head.i) is first:
            fix[t.i] = last.head
    if not fix:
        return None
    return _rebuilt(doc, doc, [fix.get(t.i, t.head.i) for t in doc])


def _relative_after_a_name(p: Parsed):
    """The doc with a relative clause set off by a comma right after a name hung on that name,
    when the parser hung it on a word further back ("X, which won A, is older than Up, which
    won B": the second clause is Up's, which the parser took for a particle). Only a clause
    opened by its relative pronoun as subject, that agrees with the name ("which"/"that" for a
    film or work, "who" for a person), and a name the KB links that ends no list. None when
    there is no such one."""
    doc = p.doc
    agree = {"which": ("film", "work"), "that": ("film", "work"), "who": ("person",)}
    fix = {}
    for v in doc:
        if v.dep_ != "relcl" or v.i < 3:
            continue
        rel = doc[v.left_edge.i]
        if rel.lower_ not in agree or rel.head.i != v.i or rel.dep_ not in ("nsubj", "nsubjpass") \
                or doc[rel.i - 1].text != ",":
            continue
        name = p.arg_at(rel.i - 2)
        if name is None or name.last != rel.i - 1 or not name.entity \
                or name.kind not in agree[rel.lower_] or name.first <= v.head.i < name.last \
                or v.head.i > rel.i or doc[name.head].dep_ == "conj":
            continue   # (the last of a list: "A and B, which were both ...", the list's)
        fix[v.i] = name.head
    if not fix:
        return None
    return _rebuilt(doc, doc, [fix.get(t.i, t.head.i) for t in doc])


def _a_class(p: Parsed, i: int) -> bool:
    """Whether token i names no one: no argument, or a group the KB links no name to ("Native
    American", "Korean")."""
    a = p.arg_at(i)
    return a is None or a.kind == "group" and not a.entity


def _record_infinitive_on_the_verb(p: Parsed):
    """The doc with the infinitive of a record hung on the record's noun, when the parser hung
    it on the verb ("Campion became the third woman to win Best Director", "X made history as
    the first Native American to win Best Actress": "to win" an adverbial clause of "became" /
    "made"), as it hangs it in "the first woman to win": a "to" verb right after a noun that
    is the complement of a verb of being or becoming (`qualifiers.record_copulas`,
    `reaching_verbs`) or of "as" on a verb of `record_as_verbs`, with a record word before it
    (an ordinal, "only", a superlative: "the first", "the youngest"). A phrase "for ..." set
    off by a comma after the infinitive's clause, that the parser hung on the noun ("the first
    woman to win Best Director, for Zero Dark Thirty"), is the win's and moves with it. None
    when there is no such one."""
    doc = p.doc
    q = lexicon().qualifiers
    being = set(q.get("record_copulas", ())) | set(q.get("reaching_verbs", ()))
    as_verbs = set(q.get("record_as_verbs", ()))
    fix, deps = {}, {}
    for v in doc:
        if v.i < 3 or v.tag_ != "VB" or doc[v.i - 1].lower_ != "to" \
                or doc[v.i - 1].head.i != v.i:
            continue
        n = doc[v.i - 2]
        if n.pos_ not in ("NOUN", "PROPN") or not _a_class(p, n.i):
            continue
        told = n.head
        if n.dep_ == "attr" and told.lemma_.lower() in being:
            verb = told
        elif n.dep_ == "pobj" and told.lower_ == "as" and told.dep_ == "prep" \
                and told.head.lemma_.lower() in as_verbs:
            verb = told.head
        else:
            continue
        if not any(c.i < n.i and (c.lower_ == "only" or parse_ordinal(c.lower_)
                                  or c.tag_ == "JJS" and c.lower_ != "best")
                   for c in n.subtree):
            continue
        if v.head.i == verb.i and v.dep_ == "advcl":
            fix[v.i], deps[v.i] = n.i, "relcl"
        elif not (v.head.i == n.i and v.dep_ in ("relcl", "acl")):
            continue
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "for" and c.i > v.right_edge.i \
                    and doc[c.i - 1].text == ",":
                fix[c.i] = v.i
    if not fix:
        return None
    return _rebuilt(doc, doc, [fix.get(t.i, t.head.i) for t in doc],
                    [deps.get(t.i, t.dep_) for t in doc])


def _name_apposed_past_a_film(p: Parsed):
    """The doc with a person's name set off by commas after "NOUN in/of FILM" hung on the noun
    ("Her co-star in Anora, Mark Eydelshteyn, plays Vanya": the parser hung the name on the
    film, which a person cannot be). Only a linked film as the object of a preposition on a
    common noun, a linked person right after its comma, set off by a comma (or the sentence's
    end) after it. None when there is no such one."""
    doc = p.doc
    fix = {}
    for a in p.args:
        if a.kind != "person" or not a.entity:
            continue
        t = doc[a.head]
        if t.dep_ != "appos" or a.first < 4 or doc[a.first - 1].text != ",":
            continue
        film = p.arg_at(t.head.i)
        if film is None or film.kind != "film" or not film.entity or film.last != a.first - 1:
            continue
        prep = doc[film.head].head
        noun = prep.head
        if doc[film.head].dep_ != "pobj" or prep.dep_ != "prep" or noun.pos_ != "NOUN" \
                or noun.i >= prep.i or a.last < len(doc) and doc[a.last].text not in (
                    ",", ".", ";", ")"):
            continue
        fix[t.i] = noun.i
    if not fix:
        return None
    return _rebuilt(doc, doc, [fix.get(t.i, t.head.i) for t in doc])


def _verb_read_as_a_participle(p: Parsed):
    """The doc with the verb of a sentence the parser rooted on its subject noun mended ("Voters
    at the Golden Globes named Mikey Madison best actress": "named" hung as a participle on
    "Globes", the noun "Voters" the root): a relation verb of the lexicon hung (`acl`) on the
    object of a preposition of the root noun, with an object of its own (or on the root noun
    itself, with two), is the sentence's verb, and the root noun its subject. None when the
    sentence has a verb at its root."""
    doc = p.doc
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN") or sum(
            1 for t in doc if t.dep_ == "ROOT") != 1:
        return None
    for v in doc:
        objs = [c for c in v.children if c.dep_ in ("dobj", "oprd", "dative")]
        # (hung on the root noun itself, two objects make it a verb: "The Academy named Mikey
        # Madison Best Actress"; one may be a name given, "a dancer named Ani")
        on_root = v.head.i == root.i and len(objs) > 1
        if v.dep_ != "acl" or v.pos_ != "VERB" or v.i < root.i or not objs or not (
                on_root or v.head.dep_ == "pobj" and v.head.head.dep_ == "prep"
                and v.head.head.head.i == root.i) \
                or not lexicon().verb_cues(v.lemma_.lower()):
            continue
        heads, deps = heads_of(doc), deps_of(doc)
        heads[v.i], deps[v.i] = v.i, "ROOT"
        heads[root.i], deps[root.i] = v.i, "nsubj"
        for c in root.children:
            if c.dep_ == "punct" and c.i > v.i:
                heads[c.i] = v.i
        return _rebuilt(doc, doc, heads, deps, retag={v.i: ("VBD", "VERB")})
    return None


def _date_heading(p: Parsed):
    """The doc with a date that heads the sentence, set off by a colon or a dash ("May 2, 1999:
    X won ..."), as entries of a dated list are written, hung on the verb of the clause after
    it as its time (the parser leaves the date a fragment of its own, so the clause states no
    day). Only a date that is the whole of the words before the mark and a clause after it
    with a verb of its own. None when there is no such heading."""
    doc = p.doc
    end = _heading_date_end(p)   # (the date's span may take the mark in)
    if not end:
        return None
    date = next(a for a in p.args if a.kind == "date" and a.first == 0)
    mark = end - 1
    head = doc[date.head]
    if head.head.i != head.i or any(t.head.i == t.i for t in doc[date.first:mark + 1]
                                    if t.i != head.i):
        return None
    verb = next((t for t in doc[mark + 1:] if t.head.i == t.i), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or any(
            t.head.i == t.i for t in doc[mark + 1:] if t.i != verb.i):
        return None
    heads = heads_of(doc)
    deps = deps_of(doc)
    heads[head.i], deps[head.i] = verb.i, "npadvmod"
    heads[mark], deps[mark] = verb.i, "punct"
    return _rebuilt(doc, doc, heads, deps)


def _count_after_its_field(p: Parsed):
    """The doc with the count of a fact box's field ("Anora \u2014 Oscars won: 5 (Picture, ...)",
    "Oppenheimer \u2014 Academy Awards: 7") hung on the field's prize noun as its number, as
    the row "Anora \u2014 5 Oscars" is read (the parser leaves the number an apposition after
    the colon, or the verb's), the field's participle ("won") on the noun as its modifier.
    Only a row that opens with one name of a film, work or person (a bracketed year after it
    is the name's) set off by a dash or colon, the field right after that mark, and nothing
    after the number but a bracketed list: the row's name is the count's holder, never a
    heading or row around it. None when there is no such row."""
    doc = p.doc
    marks = (":", *lexicon().qualifiers.get("heading_dashes", ()))
    k = 0
    while k < len(doc) and doc[k].is_quote:
        k += 1
    a = p.arg_at(k)
    if a is None or a.first != k or a.kind not in ("film", "work", "person"):
        return None
    j = a.last
    while j < len(doc) and doc[j].is_quote:
        j += 1
    if j + 3 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" \
            and doc[j + 1].like_num and len(doc[j + 1].text) == 4:
        j += 3
    if j >= len(doc) or doc[j].text not in marks:
        return None
    colon = next((t.i for t in doc[j + 1:j + 7] if t.text == ":"), None)
    if colon is None or colon + 1 >= len(doc):
        return None
    num = doc[colon + 1]
    rest = doc[colon + 2:]
    if num.pos_ != "NUM" or number_value(num) is None or rest and not (
            rest[0].text == "(" and rest[-1].text == ")"
            or all(t.is_punct for t in rest)):
        return None
    q = lexicon().qualifiers
    nouns = set(q.get("award_nouns", ())) | set(q.get("nomination_nouns", ()))
    field = doc[j + 1:colon]
    part = field[-1] if len(field) > 1 and field[-1].tag_ in ("VBD", "VBN") else None
    noun = doc[(part.i if part is not None else colon) - 1]
    b = p.arg_at(noun.i)
    if not (noun.lemma_.lower() in nouns or noun.lower_.rstrip("s") in nouns
            or b is not None and b.kind == "award" and b.head == noun.i) \
            or any(t.head.i != noun.i and (b is None or not b.first <= t.i < b.last)
                   for t in doc[j + 1:noun.i]):   # (the field's words are the noun's)
        return None
    heads, deps = heads_of(doc), deps_of(doc)
    # the noun takes the place of the participle or number the parser made the row's head
    moved = {num.i} | ({part.i} if part is not None else set())
    top = noun
    while top.head.i in moved and top.head.i != top.i:
        top = top.head
    if top.i != noun.i:
        heads[noun.i], deps[noun.i] = (noun.i, "ROOT") if top.head.i == top.i \
            else (top.head.i, top.dep_)
    for t in doc:
        if t.head.i in moved and t.i not in moved and t.i != noun.i:
            heads[t.i] = noun.i
    heads[num.i], deps[num.i] = noun.i, "nummod"
    heads[colon], deps[colon] = noun.i, "punct"
    for t in rest:
        if t.head.i == num.i or t.head.i == t.i:
            heads[t.i], deps[t.i] = noun.i, ("punct" if t.is_punct else "appos")
    retag = {noun.i: ("NNS", "NOUN")} if noun.pos_ in ("VERB", "AUX") else {}   # "Oscar wins"
    if part is not None:
        heads[part.i], deps[part.i] = noun.i, "amod"
        retag[part.i] = (part.tag_, "ADJ")
    return _rebuilt(doc, doc, heads, deps, retag)


def _name_read_as_an_adverb(p: Parsed):
    """The doc with a KB name that opens a clause and that the parser took for an adverb of the
    verb after it ("Vanya, meanwhile, is ...": "Vanya" an adverb, the verb left with no subject)
    or for an adjective on it ("Titanic wins 11 Oscars": "Titanic" an amod of "wins") hung as
    that verb's subject, tagged as the name it is. Only a name followed by nothing but
    punctuation and adverbs set off before its verb. None when no name was so read."""
    doc = p.doc
    fix = {}
    for a in p.args:
        t, verb = doc[a.head], doc[a.head].head
        if t.dep_ == "conj" and t.pos_ not in ("PROPN", "NOUN", "PRON") and a.last < len(doc) \
                and doc[a.last].dep_ == "conj" and doc[a.last].head.i == verb.i:
            # "X earned A the Oscar, and Up earned B ...": a title the parser took for an
            # adverb joined to the first verb, the verb right after it joined there too
            verb = doc[a.last]
            t = doc[a.head]
        if not a.entity or a.kind not in ("person", "character", "film", "work") \
                or t.dep_ not in ("advmod", "npadvmod", "dep", "amod", "conj") \
                or verb.i < a.last \
                or verb.pos_ not in ("VERB", "AUX") or any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        if all(x.is_punct or (x.dep_ in ("advmod", "aux", "auxpass", "neg")
                              and x.head.i == verb.i) for x in doc[a.last:verb.i]):
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            fix[t.i] = (verb.i, "nsubjpass" if passive else "nsubj")
    if not fix:
        return None
    out = _rebuilt(doc, doc, [fix[t.i][0] if t.i in fix else t.head.i for t in doc],
                   [fix[t.i][1] if t.i in fix else t.dep_ for t in doc])
    for i in fix:
        out[i].tag_, out[i].pos_ = "NNP", "PROPN"
    return out


def _title_tail_lifted(p: Parsed):
    """The doc with a prepositional phrase the parser hung on an inner word of a title of
    several words ("upset by Anatomy of a Fall in the screenplay race": 'in' on "Fall") hung
    on the verb the title's phrase belongs to instead: a title is a name, and a name's words
    take no modifiers from outside it. None when no title was so read."""
    doc = p.doc
    fix = {}
    for a in p.args:
        if a.kind not in ("film", "work") or a.last - a.first < 2:
            continue
        verb = verb_above(doc[a.head])
        if verb is None or not _argument_of(doc[a.head], verb):
            continue   # (a remnant of a gapped clause keeps its own: "..., and B at the 76th")
        for t in doc[a.first:a.last]:
            if t.i != a.head:
                _hang_phrases_after(t, a.last, verb, fix)
    return _with_heads(doc, fix)


def _list_tail_lifted(p: Parsed):
    """The doc with a prepositional phrase the parser hung on the last title of a list the
    verb takes as its object ("Forrest Gump beat Pulp Fiction and The Shawshank Redemption for
    Best Picture": 'for' on "Redemption") hung on the verb: said after the whole list, it is
    the clause's, as it is when the parser hangs it on the list's head. Only where no other
    title of the list has a phrase of its own ("A for X and B for Y" pairs them). None when
    no list was so read."""
    doc = p.doc
    fix = {}
    for a in p.args:
        t = doc[a.head]
        if a.kind not in ("film", "work") or t.dep_ != "conj":
            continue
        items = [t]   # the list's items, from the last up to its head
        while items[-1].dep_ == "conj" and items[-1].head.i != items[-1].i:
            items.append(items[-1].head)
        top, verb = items[-1], items[-1].head
        if top.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ == "conj" and c.i > t.i for c in t.children):
            continue
        if any(getattr(p.arg_at(x.i), "kind", None) not in ("film", "work") for x in items) \
                or any(c.dep_ == "prep" for x in items if x.i != t.i for c in x.children):
            continue
        _hang_phrases_after(t, a.last, verb, fix)
    return _with_heads(doc, fix)


def _hang_phrases_after(tok, end: int, verb, fix: dict) -> None:
    """Hang each prepositional phrase on `tok` that starts at or after token `end` on `verb`
    (in `fix`: token -> its new head)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.i >= end:
            fix[c.i] = verb.i


def _with_heads(doc, fix: dict):
    """The doc with the heads `fix` moves (token -> new head), or None when it moves none."""
    return _rebuilt(doc, doc, [fix.get(t.i, t.head.i) for t in doc]) if fix else None


def _argument_of(tok, verb) -> bool:
    """Whether a noun is the verb's own argument: its subject or object, or the object of one
    of its prepositions (no conjunct or apposition on the way)."""
    t = tok
    while t.i != verb.i:
        if t.dep_ not in ("pobj", "prep", "agent", "dative", "dobj", "nsubj", "nsubjpass",
                          "attr"):
            return False
        t = t.head
    return True


def verb_above(tok):
    """The verb whose clause a noun phrase hangs in (through prepositions and nouns), or None."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _label_end(text: str) -> int:
    """Where the text starts after a question's or answer's label ("Q: ", "Answer: "), or 0."""
    labels = lexicon().qualifiers.get("qa_labels", ())
    head = text.lstrip()
    word = head.split(":", 1)[0] if ":" in head[:10] else ""
    if not word or word.lower() not in labels:
        return 0
    end = len(text) - len(head) + len(word) + 1
    while end < len(text) and text[end] in " \t":
        end += 1
    return end


def _headline_recased(text: str, start: int, mentions: list) -> str:
    """A sentence set in capitals ("WEST SIDE STORY WINS BEST PICTURE AT THE 34TH ACADEMY
    AWARDS") as the parser reads it: the names the linker found in it cased as the KB writes
    them (else capitalised word by word), every other word in lower case, each character where
    it was; the parser reads a run of capitals as one long name. A name the linker found only as
    a part of a longer one ("MAN" for Yee Chung Man) is no name in capitals: it stays a word.
    Any other sentence as it is."""
    if not _capitals(text):
        return text
    out = list(text.lower())
    for m in mentions:
        lo, hi = m.start - start, m.end - start
        if lo < 0 or hi > len(text):
            continue
        label = m.entity.label
        cased = label if len(label) == hi - lo and label.lower() == text[lo:hi].lower() \
            else text[lo:hi].title()
        out[lo:hi] = list(cased)
    recased = "".join(out)
    return recased if len(recased) == len(text) else text


@lru_cache(maxsize=256)
def _capitals(text: str) -> bool:
    """Whether a sentence is set in capitals: three words or more, no lower-case letter."""
    return sum(any(ch.isalpha() for ch in w) for w in text.split()) >= 3 and \
        not any(ch.islower() for ch in text)


def _partial_word(m) -> bool:
    """Whether a mention is one word linked only as part of a longer name."""
    return m.how == "partial" and " " not in m.text.strip()


def _unlabelled(text: str, answer: int) -> str:
    """A question and its answer (from character `answer`) as the parser reads them: the labels
    they open with blanked out, every other character where it was."""
    q, a = _label_end(text[:answer]), _label_end(text[answer:])
    return " " * q + text[q:answer] + " " * a + text[answer + a:]


def _wh_question(text: str) -> bool:
    if not text.rstrip().endswith("?") or len(text) >= 300:
        return False
    q = lexicon().qualifiers
    text = text[_label_end(text):]
    words = _WORD.findall(text.lower()[:60])
    while words and words[0] in q.get("discourse_markers", ()):
        words = words[1:]   # "So, who won ...?", "And which film ...?"
    if len(words) > 1 and words[1] in q.get("count_question", {}).get(words[0], ()):
        return True   # "How many Oscars did it win?"
    return bool(words) and words[0] in q.get("question_words", ())


def polar_answer(text: str) -> Optional[bool]:
    """Whether an answer opens with a bare "yes" (True) or "no" (False) (lexicon qualifiers
    `polar_answers`), after its label; None for any other answer ("No one knows", "Yes and
    no")."""
    text = text[_label_end(text):].lstrip()
    words = _WORD.findall(text.lower()[:20])
    if not words or words[0] not in lexicon().qualifiers.get("polar_answers", {}):
        return None
    rest = text[len(words[0]):].lstrip()
    if rest and rest[0].isalpha() or len(words) > 1 and words[1] in ("and", "or"):
        return None
    return bool(lexicon().qualifiers["polar_answers"][words[0]])


def _polar_answered(question: str, answer: str) -> bool:
    """"Did Parasite win the Palme d'Or? Yes, in 2019.": a yes/no question (opened by an
    auxiliary of the lexicon's `polar_question_words`, not negated) answered by a bare yes or
    no: the answer asserts or denies the question's clause."""
    if not question.rstrip().endswith("?") or len(question) >= 300 \
            or polar_answer(answer) is None:
        return False
    q = lexicon().qualifiers
    words = _WORD.findall(question[_label_end(question):].lower()[:80])
    while words and words[0] in q.get("discourse_markers", ()):
        words = words[1:]
    return bool(words) and words[0] in q.get("polar_question_words", ()) \
        and not any(w in ("not", "n", "t", "never") for w in words[:4])


def _count_answered(doc, first: int, spans: list[tuple[int, int]]):
    """"How many Oscars did Anora win? Five.": the question's counted noun is the object of its
    verb and the number the answer is counts it. The parser, seeing the noun fronted, rarely
    finds the verb (it takes "did" for the verb, "win" after a name for a noun); the question's
    order is fixed, though: the counted noun, the auxiliary, the subject (a name: `spans`, the
    token spans of the mentions) and the verb. The doc with that tree (the verb heading the
    question) and the number on the noun; a question not of that order, or an answer that is
    no bare number, keeps its parse."""
    q = lexicon().qualifiers
    counts = q.get("count_question", {})
    words = [t for t in doc[:first] if not t.is_punct and not t.is_space]
    while words and words[0].lower_ in q.get("discourse_markers", ()):
        words = words[1:]
    if len(words) < 4 or words[0].lower_ not in counts \
            or words[1].lower_ not in counts[words[0].lower_]:
        return doc
    noun = words[1].head
    aux = doc[noun.i + 1] if noun.i + 1 < first else None
    if noun.i <= words[1].i or noun.pos_ not in ("NOUN", "PROPN") or aux is None \
            or aux.lemma_.lower() not in ("do", "have", "be"):
        return doc
    span = next(((a, b) for a, b in spans if a == aux.i + 1 and b < first), None)
    if span is None and aux.i + 2 < first and doc[aux.i + 1].pos_ == "PRON":
        span = (aux.i + 1, aux.i + 2)   # "How many Oscars did it win?": the context's film
    if span is None:
        return doc
    verb = doc[span[1]]
    end = next((t.i for t in doc[verb.i:first] if t.text == "?"), first)
    num = next((t for t in doc[first:] if t.head.i == t.i or t.head.i < first), None)
    if not verb.is_alpha or verb.i >= end or num is None or not num.like_num \
            or number_value(num) is None \
            or any(c.dep_ not in ("punct", "prep") for c in num.children):
        return doc
    heads = heads_of(doc)
    deps = deps_of(doc)
    inside = range(span[0], span[1])
    root = next((i for i in inside if doc[i].head.i not in inside), span[0])
    for i in inside:
        if i != root and heads[i] not in inside:
            heads[i] = root
    heads[root], deps[root] = verb.i, "nsubj"
    heads[noun.i], deps[noun.i] = verb.i, "dobj"
    heads[aux.i], deps[aux.i] = verb.i, "aux"
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    for t in doc[:first]:   # what hung on the question's old root, or on its verb-less tail
        if t.i in inside or t.i in (noun.i, aux.i, verb.i):
            continue
        if t.head.i == t.i or t.head.i in inside or t.head.i in (noun.i, aux.i) and t.i > aux.i \
                or verb.i < t.i and not (verb.i < t.head.i < first):
            heads[t.i] = verb.i
    heads[num.i], deps[num.i] = noun.i, "nummod"
    try:
        out = _rebuilt(doc, doc, heads, deps)
    except Exception:   # a tree spaCy refuses: keep the parse
        return doc
    out[verb.i].pos_, out[verb.i].tag_ = "VERB", "VB"   # the helped word: a base-form verb
    out[verb.i].lemma_ = verb.lemma_ if verb.pos_ == "VERB" else verb.lower_
    out[num.i].pos_, out[num.i].tag_ = "NUM", "CD"   # "Four." alone may be taken for a name
    return out


def _joined(text: str, q: Sentence, a: Sentence) -> Sentence:
    return Sentence(q.start, a.end, text[q.start:a.end], a.paragraph, q.index)


def _token_range(doc, a: int, b: int) -> tuple[int, int]:
    """Tokens covering characters [a, b) of the doc's text."""
    span = doc.char_span(a, b, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def _head_of(doc, first: int, last: int) -> int:
    for i in range(first, last):
        h = doc[i].head.i
        if h < first or h >= last or h == i:
            return i
    return last - 1


def _clause_verb(doc, first: int, last: int) -> Optional[int]:
    """The first verb inside an NER span that governs words outside it (its subject, its
    object, a preposition): the verb of the sentence's clause, which a name the NER ran on
    into ("Quiet Orchard won Best Picture") does not include. None when there is none, or
    when no name would be left before it."""
    for i in range(first + 1, last):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") and any(
                (c.i < first or c.i >= last) and not c.is_punct for c in t.children):
            return i
    return None


@lru_cache(maxsize=1)
def _crew_words() -> tuple[frozenset, frozenset]:
    """The last words of the crew roles' titles ("cinematographer", "designer") and their verb
    lemmas ("direct", "shoot"), from the crew family's table of the lexicon."""
    from .crew import table
    t = table()
    return frozenset(key[-1] for key, _p in t.titles), frozenset([*t.verbs, *t.by_verbs])


def _titles_that_look_like_years(p: Parsed) -> None:
    """A lone year coordinated with a film ("beat Joker and 1917", "1917, Joker and Parasite")
    is one more title of the list, not a date ("1917" is a film): read as a work the KB's
    linker did not name."""
    films = {i for a in p.args if a.kind in ("film", "work") for i in range(a.first, a.last)}
    titles, verbs = _crew_words()
    for k, a in enumerate(p.args):
        if a.kind != "date" or a.last - a.first != 1 or not YEAR.fullmatch(a.text):
            continue
        t = p.doc[a.first]
        near = [t.head] if t.dep_ == "conj" else []
        near += [c for c in t.children if c.dep_ == "conj"]
        # ... and so is a lone year a crew credit is said of, which no date can be: "the
        # cinematographer behind 1917", "the editor of 1917", "who shot 1917"
        made = not any(c.dep_ in ("det", "amod", "nummod", "compound") for c in t.children) and (
            t.dep_ == "pobj" and (t.head.lower_ == "behind" or t.head.lower_ in ("of", "on")
                                  and t.head.head.lemma_.lower() in titles)
            or t.dep_ == "dobj" and t.head.lemma_.lower() in verbs)
        if made or any(x.i in films for x in near):
            p.args[k] = Arg(a.start, a.end, a.text, "work", None, a.first, a.last, a.head)


def _dateline_days(p: Parsed) -> None:
    """"LOS ANGELES, March 3, 2025 -- Anora won ...": a wire story's dateline, a place and a
    day set before the dash (or colon) of a leading label with no verb, gives the day the piece
    was filed, not the day of anything the clause after it tells. Its date is kept apart (kind
    "dateline") and out of the dates the date readers read."""
    doc = p.doc
    dashes = (":", "\u2014", "\u2013", "-", "--")   # ("--": a typed em dash)
    end = next((t.i for t in doc[:16] if t.text in dashes and t.i > 0
                or t.pos_ in ("VERB", "AUX")), None)
    if end is None or doc[end].pos_ in ("VERB", "AUX"):
        return
    # "LOS ANGELES (Reuters) - March 3, 2025 - Anora won ...": the day set off between two
    # dashes after the place is the dateline's too
    # (the NER may cut it in two at its comma: the date grammar's reading is the day)
    off = p.offset
    day = next((d for d in p.dates if _token_range(doc, d.start - off, d.end - off)[0]
                == end + 1), None)
    if day is not None and not any(a.kind == "date" and a.last <= end for a in p.args):
        first, last = _token_range(doc, day.start - off, day.end - off)
        if last < len(doc) and doc[last].text in dashes:
            end = last
            p.args = [a for a in p.args if not (a.kind == "date" and first <= a.first
                                                and a.last <= last)]
            p.args.append(Arg(day.start, day.end, day.text, "date", None, first, last,
                              _head_of(doc, first, last)))
    # the place a piece is filed from; a festival's town the linker reads as the festival
    # ("CANNES, France, May 26, 2024 --") when a place (its country) follows it
    town = next((a for a in p.args if a.first == 0 and a.kind == "festival"), None)
    if town is not None and not any(a.kind == "place" and a.first > town.last - 1
                                    and a.last <= end for a in p.args):
        town = None
    if not any(a.first == 0 and a.kind == "place" for a in p.args) and town is None:
        return
    inside = {i for a in p.args if (a.kind in ("place", "date") or a is town) and a.last <= end
              for i in range(a.first, a.last)}
    depth = 0
    for t in doc[:end]:   # only the place, the day and an agency in brackets
        depth += t.text == "("
        if not (t.is_punct or t.i in inside or depth):
            return
        depth -= t.text == ")"
    days = [a for a in p.args if a.kind == "date" and a.last <= end]
    if not days:
        return
    lo, hi = p.offset + doc[0].idx, p.offset + doc[end].idx
    p.dates = [d for d in p.dates if not (lo <= d.start and d.end <= hi)]
    for k, a in enumerate(p.args):
        if a in days:
            p.args[k] = Arg(a.start, a.end, a.text, "dateline", None, a.first, a.last, a.head)


def _year_on_a_singular_noun(e) -> bool:
    """A lone four-digit number the NER calls a count, modifying a singular noun ("a 2022
    Oscar winner", "the 1994 Palme"): a count over one would make the noun plural, so the
    number is the year the noun is of."""
    if len(e) != 1:
        return False
    t = e[0]
    return t.is_digit and len(t.text) == 4 and 1900 <= int(t.text) <= 2100 and \
        t.dep_ in ("nummod", "compound", "amod") and t.head.i > t.i and \
        t.head.tag_ in ("NN", "NNP")


def _arguments(p: Parsed, mentions: list[Mention]) -> Parsed:
    doc, off = p.doc, p.offset
    taken: list[tuple[int, int]] = []
    # a person's name without the punctuation the NER may take in ("- Anora" in a list)
    # (nor its possessive ending: "Emilia Pérez's" is the film's name and an "'s")
    # (nor an article the NER took in: "won a BAFTA and a Golden Globe" with "a Golden Globe"
    # one PERSON is no person named "a Golden Globe")
    # (nor a category the NER ran into it: "named Anora Best Picture" as one PERSON is a
    # name and the prize it was named, "Best Picture")
    people = [(off + w[0].idx, off + w[-1].idx + len(w[-1])) for w in (
        _before_category([t for t in e if not t.is_punct and not (t.i == e.end - 1 and t.tag_ == "POS")
                          and not (t.i == e.start and t.lower_ in ("a", "an", "the"))])
        for e in doc.ents if e.label_ == "PERSON") if w]
    # two KB names the NER ran together ("handed Anora the Palme d'Or" as one PERSON) are not
    # one person's name: a span holding two mentions of things and none of a person is the
    # two things
    people = [(a, b) for a, b in people if sum(
        1 for m in mentions if m.entity_type != "person" and a <= m.start and m.end <= b) < 2
        or any(m.entity_type == "person" and a <= m.start and m.end <= b for m in mentions)]
    for m in mentions:
        if m.entity_type != "person" and any(
                a <= m.start and m.end <= b and b - a > m.end - m.start and not any(
                    o.entity_type == "person" and a <= o.start and o.end < m.start
                    for o in mentions) for a, b in people):
            continue   # "Maria" in "Maria Delgado", "Sydney" in "Sydney Sweeney": a person the
            # KB lacks, not the film or the city (but in "Ryan Coogler's Sinners", read as one
            # name, the KB person before it owns the film)
        first, last = _token_range(doc, m.start - off, m.end - off)
        if last <= first:
            continue
        if last - first == 1 and doc[first].like_num and doc[first].dep_ == "nummod":
            p.not_names.append((m.start, m.end))   # "Nine months later", "Seven films
            continue   # competed": a count of the noun it modifies, not the film of that name
        p.args.append(Arg(m.start, m.end, m.text, m.entity_type or "other", m.entity.id,
                          first, last, _head_of(doc, first, last), m))
        taken.append((m.start, m.end))
    for e in doc.ents:
        a, b = off + e.start_char, off + e.end_char
        if any(a < y and x < b for x, y in taken):
            # "the 1993 Palme d'Or" as one EVENT: the year the NER took in with a KB mention
            # is still the clause's date (a number modifying the mention, outside it)
            for t in e:
                x = off + t.idx
                if t.dep_ == "nummod" and t.is_digit and len(t.text) == 4 \
                        and 1900 <= int(t.text) <= 2100 \
                        and not any(u <= x < v for u, v in taken):
                    p.args.append(Arg(x, x + len(t.text), t.text, "date", None, t.i, t.i + 1,
                                      t.i))
            continue
        kind = NER_KINDS.get(e.label_)
        if kind is None:
            continue
        if kind == "work" and _category_words(e):
            continue   # "Best Adapted Screenplay for" as a title: a category's words
        if kind == "cardinal" and _year_on_a_singular_noun(e):
            kind = "date"   # "a 2022 Oscar winner": no count of one winner, the year of it
        first, last = e.start, e.end
        if doc[first].lower_ in ("the", "a", "an") and last - first > 1 and kind != "work":
            first += 1
            a = off + doc[first].idx
        if kind in ("person", "org", "work"):   # "Harrowgate Mill" with only "Mill" a PERSON:
            first = _name_start(doc, first, last)   # the name's words before it
            a = off + doc[first].idx
            while last - first > 1 and doc[last - 1].is_lower \
                    and doc[last - 1].pos_ in ("ADP", "DET", "CCONJ", "PART"):
                # "gave Best Documentary Feature to Searching for Sugar Man" with "... to" one
                # ORG: a name does not end in a lower-case function word; it is the next
                # phrase's ("to" takes the winner)
                last -= 1
                b = off + doc[last - 1].idx + len(doc[last - 1].text)
        if kind == "date":
            # "in November 2023, months before its debut" as one DATE: the date stops at a
            # comma that no day, month or year follows (the measure after it is a phrase of
            # its own); "Tuesday, May 21, 2024" goes on
            cut = next((i for i in range(first + 1, last - 1) if doc[i].text == "," and not (
                doc[i + 1].like_num or doc[i + 1].lower_ in MONTHS)), None)
            if cut is not None:
                last = cut
                b = off + doc[last - 1].idx + len(doc[last - 1].text)
        cut = _clause_verb(doc, first, last)
        if cut is not None:   # "Quiet Orchard won Best Picture" as one ORG: the name stops
            last = cut        # at the clause's verb
            b = off + doc[last - 1].idx + len(doc[last - 1].text)
        p.args.append(Arg(a, b, doc.text[a - off:b - off], kind, None, first, last,
                          _head_of(doc, first, last)))
    _bare_names(p)
    # a date the NER missed ("on May 19, 2024" in a short sentence) that the date grammar reads
    p.dates = find_dates(doc.text, off)
    for d in p.dates:
        if any(d.start < y and x < d.end for x, y in
               [(a.start, a.end) for a in p.args if a.kind in ("date", "time")]):
            continue
        first, last = _token_range(doc, d.start - off, d.end - off)
        if last > first:
            p.args.append(Arg(d.start, d.end, d.text, "date", None, first, last,
                              _head_of(doc, first, last)))
    _titles_that_look_like_years(p)
    _dateline_days(p)
    p.args.sort(key=lambda x: (x.first, -(x.last - x.first)))
    for arg in p.args:
        for i in range(arg.first, arg.last):
            cur = p.by_token.get(i)
            if cur is None or (cur.last - cur.first) > (arg.last - arg.first):
                p.by_token[i] = arg
    return p


_NAME_ROLES = frozenset(("nsubj", "nsubjpass", "dobj"))


def _before_category(words: list) -> list:
    """The words of a name before a category the NER ran into it (`_category_words`: "Anora
    Best Picture" -> "Anora"); all of them when no word after the first opens one."""
    for k in range(1, len(words)):
        if words[k].lower_ in ("best", "finest") and _category_words(words[k:]):
            return words[:k]
    return words


def _category_words(span) -> bool:
    """Whether a span is nothing but an award category's words (lexicon `categories`: heads
    and modifiers, "Best Adapted Screenplay"), with the preposition or article the NER may take
    in at its ends: a category, not a work's title."""
    cats = lexicon().categories
    heads = set(cats.get("heads", ()))
    words = heads | set(cats.get("modifiers", ()))
    toks = [t for t in span if not t.is_punct]
    while toks and toks[-1].pos_ in ("ADP", "DET"):
        toks = toks[:-1]
    while toks and toks[0].pos_ == "DET":
        toks = toks[1:]
    return len(toks) > 1 and toks[0].lower_ in ("best", "finest") and \
        all(t.lower_ in words for t in toks) and toks[-1].lower_ in heads


def _name_start(doc, first: int, last: int) -> int:
    """Where a name starts that the NER began too late: capitalised proper nouns joined by
    `compound` or `flat` to a word of the span, with no entity of their own and no category word
    among them."""
    cats = lexicon().categories
    words = set(cats.get("heads", ())) | set(cats.get("modifiers", ()))
    while first > 0:
        t = doc[first - 1]
        if t.pos_ != "PROPN" or t.dep_ not in ("compound", "flat") or t.ent_type_ \
                or not (first <= t.head.i < last) or not t.is_title \
                or t.lower_ in words or t.lower_ in MONTHS:
            break
        first -= 1
    return first


def _bare_names(p: Parsed) -> None:
    """A capitalised proper-noun run the NER put no entity on and the linker did not link
    ("Quiet Orchard won Best Picture"), standing as a clause's subject or object, as the
    object of "to" or as a passive agent: an argument of kind "name" (a person or a work the
    KB may lack). Not in a Title-Case heading, not a category's words, not a month, not a
    lone capitalised word opening the sentence."""
    doc, off = p.doc, p.offset
    if any(t.is_title and t.is_stop and t.i > 0 for t in doc):
        return   # "Winners At The 2020 Oscars": a heading, every word capitalised
    cats = lexicon().categories
    words = set(cats.get("heads", ())) | set(cats.get("modifiers", ()))
    for t in doc:
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or not (
                t.dep_ in _NAME_ROLES or t.dep_ == "pobj" and (
                    t.head.dep_ == "agent" or t.head.lower_ == "to")):
            continue
        first = t.i
        while first > 0 and doc[first - 1].dep_ in ("compound", "flat") \
                and doc[first - 1].head.i in range(first, t.i + 1) \
                and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
            first -= 1
        last = t.i + 1
        run = [doc[k] for k in range(first, last)]
        if any(w.lower_ in words or w.lower_ in MONTHS or w.ent_type_ or not w.is_alpha
               for w in run) or (first == 0 and last - first == 1):
            continue
        if any(k in p.by_token or any(a.first <= k < a.last for a in p.args)
               for k in range(first, last)):
            continue
        if first > 0 and doc[first - 1].lower_ == "the" and doc[first - 1].head.i == t.i:
            first -= 1
        a, b = off + doc[first].idx, off + t.idx + len(t.text)
        p.args.append(Arg(a, b, doc.text[a - off:b - off], "name", None, first, last, t.i))


_TENS = frozenset((20, 30, 40, 50, 60, 70, 80, 90))


def _tens_units(tens: str, units: str) -> Optional[int]:
    """"twenty" + "one" -> 21; None unless a tens word and a unit word."""
    a, b = NUMBER_WORDS.get(tens), NUMBER_WORDS.get(units)
    return a + b if a in _TENS and b is not None and 0 < b < 10 else None


def number_value(tok) -> Optional[int]:
    """The integer a number token says ("13", "five", "four-time" -> 4, "twenty-one" -> 21,
    however the tokenizer split the hyphens: both words of it say the whole), or None."""
    t = tok.lower_.replace(",", "")
    if t.isdigit():
        return int(t)
    doc, i = tok.doc, tok.i
    if t in NUMBER_WORDS and t not in ("a", "an", "single"):
        if i + 2 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_ \
                and not doc[i + 1].whitespace_:
            both = _tens_units(t, doc[i + 2].lower_)
            if both is not None:
                return both
        if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
                and not doc[i - 2].whitespace_:
            both = _tens_units(doc[i - 2].lower_, t)
            if both is not None:
                return both
        if any(c.lower_ == "half" for c in tok.children):   # "half a dozen"
            return NUMBER_WORDS[t] // 2 if NUMBER_WORDS[t] % 2 == 0 else None
        return NUMBER_WORDS[t]
    parts = t.split("-")
    if len(parts) > 1:
        both = _tens_units(parts[0], parts[1])
        if both is not None:
            return both
        if parts[0].isdigit() or parts[0] in NUMBER_WORDS:
            return int(parts[0]) if parts[0].isdigit() else NUMBER_WORDS[parts[0]]
    return None


def lexicon() -> Lexicon:
    return load_lexicon()
