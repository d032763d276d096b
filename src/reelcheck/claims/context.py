"""Who a clause is about: mentions per sentence, and "the film" / "the director" / "she"
resolved to the entity the paragraph is talking about."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..kb.awards import film_directors, named_directors
from ..model import Mention
from .text import YEAR, Sentence, headline, marked_row, paragraphs

# A film the KB does not know, introduced by name: "her second feature, Harbour Lights," or a
# title set off in quotes or asterisks. After one of these, "the film" may mean that film, so it
# must not be resolved to a KB film (and a KB film must never be refuted for it).
UNKNOWN_TITLE = re.compile(
    r"\b(?:film|feature|movie|documentary|drama|comedy|thriller|picture|debut|title)s?\b,?\s+"
    r"(?P<t1>[A-Z0-9][\w'’:-]*(?:\s+(?:of|the|a|an|and|in|on|to|for|[A-Z0-9][\w'’:-]*)){0,6})"
    r"|[\"“*_](?P<t2>[A-Z0-9][\w'’:-]*(?:\s+(?:of|the|a|an|and|in|on|to|for|[A-Z0-9][\w'’:-]*)){0,6})"
    r"[\"”*_]")

FILM_REF = re.compile(r"\b(?:the|this|that|his|her|their|Baker's|Baker’s)\s+(?:film|movie|picture|"
                      r"drama|dramedy|comedy|feature|romance|story|fable)\b|^\s*It\b", re.I)
DIRECTOR_REF = re.compile(r"\b(?:the|its|his)\s+(?:director|filmmaker|writer-director|auteur)\b",
                          re.I)
PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|the actress|the actor|the star|the "
                            r"newcomer)\b", re.I)


_OPEN, _CLOSE = "*_\"\u201c\u2018'", "*_\"\u201d\u2019'"


def _title_weight(text: str, start: int, end: int) -> int:
    """How much a film mention says the piece is about that film: a title set off as a title
    ("“Anora,”", *Anora*) or standing in a heading line counts twice a bare name (a bare
    one-word title may be a person's name: "Annie grew up in NYC")."""
    if not text:
        return 1
    marked = start > 0 and text[start - 1] in _OPEN and end < len(text) and text[end] in _CLOSE
    ls, le = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[ls:le if le >= 0 else len(text)].strip()
    heading = 0 < len(line) <= 80 and line[-1] not in ".!?,;:"
    return 2 if marked or heading else 1


# what `Resolver.see` is given as the subject of a sentence whose main clause is about a
# person the KB lacks: a "he" or "she" right after it may be that person, never a KB one
UNKNOWN_PERSON = "?person"


def _prose(line: str) -> bool:
    """Whether a paragraph reads as prose: it ends a sentence (a list's row or a heading does
    not)."""
    return line.rstrip().rstrip("\"'\u201d)")[-1:] in (".", "!", "?")


@dataclass
class Resolver:
    """Tracks salient entities as the document is read, sentence by sentence."""
    kb: object
    mentions: list[Mention]
    text: str = ""
    sentences: list = field(default_factory=list)
    main_film: Optional[str] = None
    last: dict = field(default_factory=dict)   # entity type -> (entity_id, paragraph)

    def __post_init__(self):
        self._para_starts = [a for a, _b in paragraphs(self.text)] or [0]
        films = Counter()
        for m in self.mentions:
            if m.entity_type == "film":
                films[m.entity.id] += _title_weight(self.text, m.start, m.end)
        lede = min((m for m in self.mentions if m.entity_type == "film"),
                   key=lambda m: m.start, default=None)
        if lede is not None and self._para(lede.start) <= 1:
            films[lede.entity.id] += 1   # the film the headline or lede names is the topic
        self._weights, self._lede = films, lede
        # the person the piece is about (an obituary's, a profile's): named in its headline or
        # lede and more often than anyone else
        people = Counter(m.entity.id for m in self.mentions if m.entity_type == "person")
        top = people.most_common(2)
        first = min((m for m in self.mentions if m.entity_type == "person"),
                    key=lambda m: m.start, default=None)
        self._topic_person = top[0][0] if top and top[0][1] >= 3 and (
            len(top) == 1 or top[0][1] > top[1][1]) and first is not None \
            and first.entity.id == top[0][0] and self._para(first.start) <= 1 else None
        # film mentions named only inside a phrase a reference word opens (see_reference_films)
        self._references: set[int] = set()
        if films:
            self.main_film = films.most_common(1)[0][0]
        self._main_count = films[self.main_film] if self.main_film else 0
        self._films = sorted((m.start, m.entity.id) for m in self.mentions
                             if m.entity_type == "film")
        self._main_first = next((a for a, f in self._films if f == self.main_film), None)
        linked = [(m.start, m.end) for m in self.mentions]
        self._unknown = []
        for m in UNKNOWN_TITLE.finditer(self.text):
            g = "t1" if m.group("t1") else "t2"
            ts = m.start(g)
            if m.group(g) == "I" and self.text[m.end(g):m.end(g) + 1] != ",":
                continue   # "the funniest film I saw": the writer, no title ("I, Daniel Blake" is)
            if not any(a <= ts < b for a, b in linked):
                self._unknown.append(ts)

    def _para(self, pos: int) -> int:
        return bisect_right(self._para_starts, pos) - 1

    def see(self, sentence: Sentence, mentions: list[Mention],
            subject: Optional[str] = None, unknown_subject: bool = False,
            others: frozenset = frozenset()) -> None:
        """Read a sentence: its mentions, and the person its main clause is about when the
        parse says so (a subject outranks an object as what the next "she" refers to).
        `unknown_subject`: its main clause is about a name the KB lacks ("Harbour Lights beat
        La La Land"), so a later "that film" may be that one, not a KB film it names.
        `others`: the genders ("f", "m") of the object pronouns of its main verb ("Tarantino
        cast her"): someone other than the subject, whom a later "she" goes on about."""
        if unknown_subject:
            self.__dict__.setdefault("_unsure", set()).add(sentence.start)
        if others:
            self.__dict__.setdefault("_others", {})[sentence.start] = others
        people = self.__dict__.setdefault("_people", [])
        for m in mentions:
            self.last[m.entity_type] = (m.entity.id, sentence.paragraph)
            if m.entity_type == "person":
                people.append((m.entity.id, sentence.paragraph, sentence.start))
        if subject:
            self.__dict__.setdefault("_subjects", {})[sentence.start] = subject
            if subject != UNKNOWN_PERSON and not any(m.entity.id == subject for m in mentions):
                # a description stood for them ("the 25-year-old actress"): named here too
                people.append((subject, sentence.paragraph, sentence.start))

    def gender(self, eid: str) -> Optional[str]:
        """"f", "m" or None, from the KB: the description ("American actress"), else the acting
        categories the person won or was nominated in."""
        memo = self.__dict__.setdefault("_gender_memo", {})
        if eid in memo:
            return memo[eid]
        e = self.kb.entity(eid)
        desc = f" {(e.description if e else '').lower()} "
        got = "f" if re.search(r"\b(?:actress|woman|female)\b", desc) else \
            "m" if re.search(r"\b(?:actor|man|male)\b", desc) else None
        if got is None:
            cats = {self.kb.label(f.value).lower() for p in ("award_received", "nominated_for")
                    for f in self.kb.facts_involving(eid, p)
                    if f.subject == eid or eid in (f.qualifiers.get("recipients") or [])}
            f_, m_ = any("actress" in c for c in cats), any(re.search(r"\bactor\b", c) for c in cats)
            got = "f" if f_ and not m_ else "m" if m_ and not f_ else None
        memo[eid] = got
        return got

    def see_unknown_subjects(self, sentence: Sentence, where: list[int]) -> None:
        """Before its claims are read: where the sentence's main clauses have a proper name
        the KB lacks as subject (`focus` gives no film to a phrase after one)."""
        self.__dict__.setdefault("_unknown_subjects", {})[sentence.start] = where
        self.__dict__.get("_film_memo", {}).pop((sentence.start, sentence.end), None)

    def see_owned_films(self, sentence: Sentence, owned: list) -> None:
        """Before its claims are read: a film the sentence's subject describes by its owner
        ("Sam Mendes's war film") who has no credit the KB holds on the film in focus there
        is another film, which the KB may not know: for what follows it is as an unknown
        title ("It won three Oscars" may mean that one)."""
        from ..kb.awards import film_directors, named_directors
        for pos, owner in owned:
            film = self.focus(sentence, pos)
            if film is not None and (owner in {w for f in film_directors(self.kb, film)
                                               for w in named_directors(f, film)}
                                     or any(f.value == owner or owner in (
                                         f.qualifiers.get("recipients") or ())
                                            for f in self.kb.facts(subject=film))):
                self.note_film(pos, film)   # the film in focus, named here by its owner
                continue
            insort(self._unknown, pos)
            self.__dict__.pop("_film_memo", None)

    def see_new_films(self, where: list[int]) -> None:
        """Before its claims are read: where the sentence brings in a film of its own by an
        indefinite noun (`_new_films`): for what follows it is as an unknown title."""
        for pos in where:
            insort(self._unknown, pos)
        if where:
            self.__dict__.pop("_film_memo", None)

    def see_reference_films(self, where: list[int]) -> None:
        """Before its claims are read: the film mentions the sentence names only as a point
        of reference inside a phrase (`_reference`)."""
        if not where:
            return
        self._references.update(where)
        self.__dict__.pop("_film_memo", None)
        # nor does such a mention make its film what the article is about
        for m in self.mentions:
            if m.entity_type == "film" and m.start in where:
                self._weights[m.entity.id] -= _title_weight(self.text, m.start, m.end) + (
                    1 if m is self._lede and self._para(m.start) <= 1 else 0)
        top = [(f, n) for f, n in self._weights.most_common(1) if n > 0]
        self.main_film, self._main_count = top[0] if top else (None, 0)

    def unknown_subject(self, sentence: Sentence) -> bool:
        """The sentence names no KB film and a main clause's subject is a name the KB lacks:
        what it tells of "it" may be that one's."""
        return bool(self.__dict__.get("_unknown_subjects", {}).get(sentence.start)) and \
            not self._films_in(sentence.start, sentence.end)

    def film(self, sentence: Sentence) -> Optional[str]:
        """Memoized `_film` (it depends only on the sentence and the document)."""
        memo = self.__dict__.setdefault("_film_memo", {})
        key = (sentence.start, sentence.end)
        if key not in memo:
            memo[key] = self._film(sentence)
        return memo[key]

    def _film(self, sentence: Sentence) -> Optional[str]:
        """The KB film "the film" / "it" refers to, or None when that is not safe to say.

        Like a reader: the film the latest sentence of this paragraph that names a film is
        about (its first film: "Anora was directed by Baker, whose earlier films include
        Tangerine. Baker also edited the film" means Anora); with no film in the paragraph,
        the article's main film (the most mentioned), else the previous paragraph's. Never a
        KB film when a film the KB does not know was introduced after it: "the film" may be
        that one, and a KB film must not be refuted for it.
        """
        if self.unknown_subject(sentence):
            return None   # "Harbour Lights won the Golden Bear, and it won ...": that one
        para = sentence.paragraph
        by_para = self._by_para()
        for st in reversed([x for x in by_para.get(para, ()) if x.start <= sentence.start]):
            film = self._first_film(st)
            if film is not None:
                return None if self._unknown_between(film[0], sentence.end) else film[1]
        if self._asked(para):   # an answer's "it" is the film its question names
            for st in reversed(by_para.get(para - 1, ())):
                film = self._first_film(st)
                if film is not None:
                    return None if self._unknown_between(film[0], sentence.end) else film[1]
        heading = self._heading_film(para)
        if heading is not None:
            return None if self._unknown_between(heading[0], sentence.end) else heading[1]
        if self.main_film and self._main_count >= 2 and not (
                self._unknown and self._unknown[0] < sentence.end):
            return self.main_film
        for st in reversed(by_para.get(para - 1, ())):
            film = self._first_film(st)
            if film is not None:
                return None if self._unknown_between(film[0], sentence.end) else film[1]
        return None

    def film_at(self, sentence: Sentence, pos: int) -> Optional[str]:
        """The film "it" / "the film" at `pos` refers to: as `film` reads the passage (None
        where that is unsafe), but read back from `pos`, so a film the sentence names only
        after the word is not it ("It premiered in 2019, a year after Shoplifters won")."""
        film = self.focus(sentence, pos) if self.film(sentence) is not None else None
        year = self._year_before(pos)
        if film is None or year is None:
            return film
        return self._of_year(film, year)

    def _year_before(self, pos: int) -> Optional[int]:
        """The year written as the phrase's modifier right before `pos` ("the 2018 film")."""
        w = self.text[max(0, pos - 6):pos]
        if len(w) == 6 and not w[0].isalnum() and w[1:5].isdigit() and w[5] == " " \
                and 1880 <= int(w[1:5]) <= 2100:
            return int(w[1:5])
        return None

    def _of_year(self, film: str, year: int) -> Optional[str]:
        """"the 2018 film" read as `film`: that film when it is of that year (or its year is
        unknown); else the namesake of that year the document names ("A Star Is Born" of 1954
        read where the text means its 2018 remake); else none (no other film's facts)."""
        e = self.kb.entity(film)
        fy = getattr(e, "year", None) if e is not None else None
        if fy is None or int(fy) == year:
            return film
        for m in self.mentions:
            if m.entity_type != "film" or m.entity.id == film:
                continue
            o = self.kb.entity(m.entity.id)
            if o is not None and o.label == e.label and getattr(o, "year", None) is not None \
                    and int(o.year) == year:
                return m.entity.id
        return None

    def note_film(self, pos: int, film: Optional[str]) -> None:
        """A phrase at `pos` that names no film ("the film", "it") was read as `film`: for what
        follows it is a mention of that film, as a reader keeps it in mind ("The film was up
        for Best Film, losing to Conclave. At the Oscars, it won": the film, not Conclave)."""
        if film and (pos, film) not in self._films:
            insort(self._films, (pos, film))
            self.__dict__.pop("_film_memo", None)

    def focus(self, sentence: Sentence, pos: int, single: bool = False) -> Optional[str]:
        """The KB film a phrase at `pos` means without naming one, or None.

        Read like `film`, but as a reader reads back: in the phrase's own sentence only a film
        named before `pos` counts ("Baker edited the film, as he had on Red Rocket" means the
        film before, not Red Rocket). With `single` the film must be the one film in focus: the
        sentence it is read from names no other, and neither does the phrase's own sentence
        ("director Jane Roe" says nothing about which of two films she directed)."""
        mine = self._films_in(sentence.start, sentence.end)
        # a film the sentence names only as a point of reference ("his second Oscar after
        # Black Panther, and the film lost ...") is not the one the phrase means
        got = [(a, f) for a, f in self._films_in(sentence.start, pos) if not self._reference(a)]
        if not got and any(x < pos for x in self.__dict__.get("_unknown_subjects", {}).get(
                sentence.start, ())):
            return None   # "Harbour Lights won the Golden Bear, and it won ...": that one
        if got:
            film = None if single and len({f for _a, f in mine}) > 1 else got[0][1]
            return None if film is None or self._unknown_between(got[0][0], pos) or (
                single and self._unknown_in(sentence.start, sentence.end)) else film
        film = self._context_film(sentence, pos, single)
        if film is not None and single and (any(f != film for _a, f in mine)
                                            or self._unknown_in(sentence.start, sentence.end)):
            return None
        return film

    def _asked(self, para: int) -> bool:
        """Whether paragraph `para` answers a question: the paragraph before it is one
        question (its last sentence ends with a question mark) and this one opens with no
        film of its own."""
        before = self._by_para().get(para - 1, ())
        return bool(before) and before[-1].text.rstrip().endswith("?")

    def _reference(self, pos: int) -> bool:
        """Whether the film mention at `pos` follows a word that names it only as a point of
        reference (lexicon qualifiers.reference_words: "after", "than")."""
        from .parse import lexicon
        if pos in self._references:
            return True   # inside a phrase a reference word opens ("after wins for X")
        words = self.text[max(0, pos - 12):pos].split()
        return bool(words) and words[-1].lower() in lexicon().qualifiers.get(
            "reference_words", ())

    def _context_film(self, sentence: Sentence, pos: int, single: bool) -> Optional[str]:
        """`focus` before the phrase's sentence: the latest sentence of the paragraph that
        names a film, else the article's main film, else the previous paragraph's."""
        by_para = self._by_para()
        # an answer's "it" is the film its question names ("Did X win Best Picture? No. It
        # won one Oscar"): the question's paragraph comes before the article's main film
        order = (sentence.paragraph, sentence.paragraph - 1, None) \
            if self._asked(sentence.paragraph) else (sentence.paragraph, None,
                                                     sentence.paragraph - 1)
        for para in order:
            if para is None:
                heading = self._heading_film(sentence.paragraph)
                if heading is not None:
                    return None if self._unknown_between(heading[0], pos) else heading[1]
                if self.main_film and self._main_count >= 2 and not (
                        self._unknown and self._unknown[0] < pos) and self._main_by(pos, sentence):
                    return None if self._elsewhere(sentence) else self.main_film
                continue
            for st in reversed(by_para.get(para, ())):
                if st.start >= sentence.start:
                    continue
                # a film the sentence names only as a point of reference ("his third Oscar
                # after wins for X and Y") is not what a later "the film" means
                named = self._films_in(st.start, st.end)
                got = [(a, f) for a, f in named if a not in self._references]
                if not got:
                    continue
                if st.start in self.__dict__.get("_unsure", ()):
                    return None   # its subject is a name the KB lacks
                if single and (len({f for _a, f in named}) > 1 or
                               self._unknown_in(st.start, st.end)):
                    return None
                return None if self._unknown_between(got[0][0], pos) else got[0][1]
        return None

    def _heading_film(self, para: int) -> Optional[tuple[int, str]]:
        """Memoized `_heading_film_read` (kept with `film`'s memo, so that what clears that one,
        a film noted or an unknown title seen, clears this one too)."""
        memo = self.__dict__.setdefault("_film_memo", {})
        key = ("heading", para)
        if key not in memo:
            memo[key] = self._heading_film_read(para)
        return memo[key]

    def _heading_film_read(self, para: int) -> Optional[tuple[int, str]]:
        """(position, film) of the one film named by the line right above paragraph `para`
        when that line is a heading of its own (a headline, or a list's row: "6. Spotlight
        (2016)" over the item's prose): the paragraph under a heading is about its film, before
        the article's main film. None when there is no such line, or it names no film or more
        than one, or a title the KB lacks.

        An item's prose may run to a second or third paragraph under its row: the heading is
        then found back over those paragraphs, when they name no film but the row's."""
        seen: set = set()   # the films the item's paragraphs above this one name
        for k in range(para - 1, max(para - 4, -1), -1):
            above = self._by_para().get(k, ())
            if not above:
                return None
            start, end = above[0].start, above[-1].end   # (a rank is its own sentence: "6.")
            line = self.text[start:end]
            # (a heading is one short line that ends no sentence: "5. The home-invasion scene
            # took eight days." is an item of prose, not the title of what follows)
            # (a line that is a title and nothing else is one whatever it ends with: "Oliver!")
            if "\n" in line or not self._title_line(start, end) and (
                    line.rstrip().rstrip("\"'\u201d*_")[-1:] in (".", "!", "?")
                    or len(line.split()) > 14 or not (headline(line) or marked_row(line))):
                if not _prose(line) or self._unknown_in(start, end):
                    return None
                seen |= {f for a, f in self._films_in(start, end) if a not in self._references}
                continue   # the item's prose above: back to its row
            if self._unknown_in(start, end) or any(
                    st.start in self.__dict__.get("_unsure", ()) for st in above):
                return None
            named = [(a, f) for a, f in self._films_in(start, end) if a not in self._references]
            if not named or len({f for _a, f in named}) != 1 or seen - {named[0][1]}:
                return None
            return named[0]
        return None

    def heading_film(self, para: int) -> Optional[str]:
        """The film the heading right above paragraph `para` names (`_heading_film`), if any:
        what the paragraph is about by the article's own layout, no reading."""
        got = self._heading_film(para)
        return got[1] if got else None

    def _title_line(self, start: int, end: int) -> bool:
        """Whether the line [start, end) is a film's title and nothing else but brackets and
        marks ("Kramer vs. Kramer (1979)", "**Marty (1955)**"): a list's row, whatever case
        the title's own words are in (a title is no headline when its words are not
        capitalised: "vs.", "of", "and")."""
        rest, at = [], start
        for m in self.mentions:
            if start <= m.start and m.end <= end and m.entity_type == "film":
                rest.append(self.text[at:m.start])
                at = m.end
        if at == start:
            return False
        rest.append(self.text[at:end])
        depth, left = 0, []
        for ch in "".join(rest):   # (words inside brackets are the row's year or maker)
            depth += (ch in "([") - (ch in ")]")
            if depth <= 0 and ch.isalpha():
                left.append(ch)
        return not left

    def _main_by(self, pos: int, sentence: Sentence) -> bool:
        """Whether the main film may be what a phrase at `pos` means: named before it, or first
        named in a later sentence (a lede that names its film after describing it), or in its
        own sentence within the phrase ("their tale "Anora"", "the movie about a stripper,
        Anora,", "the film (Anora)"). A film first named further on in the phrase's own
        sentence, in another clause, is not it ("The film was shut out, a night on which X
        won ...": not X)."""
        later = self._main_first
        if later is None or later < pos or later >= sentence.end:
            return later is not None
        gap = self.text[pos:later]
        if any(c in gap for c in ";:.!?\u2014") or len(gap.split()) > 12:
            return False
        # a title set off right after the phrase is its apposition; one after other words
        # that follow a comma opens another clause
        return "," not in gap or gap.rstrip(" '\"\u2018\u201c").endswith((",", "("))

    def _elsewhere(self, sentence: Sentence) -> bool:
        """Whether the people the sentence's paragraph has named so far (it names no film of
        its own) are tied in the KB only to other films the document names, not to its main
        film ("Sean Penn, who plays an officer in the film, won ... The film also won": the
        paragraph is about Penn's film, not the one the article names most): the main film is
        then no safe reading of "the film"."""
        people = {e for e, para, _s in self.__dict__.get("_people", ())
                  if para == sentence.paragraph}
        if not people:
            return False
        films = {f for _a, f in self._films}
        tied = set()
        for who in people:
            for f in self.kb.facts_involving(who):
                tied |= {x for x in (f.subject, f.value, f.qualifiers.get("for_work"))
                         if x in films}
        return bool(tied) and self.main_film not in tied

    def several_films(self, sentence: Sentence, pos: int) -> bool:
        """Whether the paragraph names more than one KB film before `pos` (a film named only as
        a point of reference aside): a description of a film there may mean any of them."""
        first = self._by_para().get(sentence.paragraph, (sentence,))[0]
        return len({f for a, f in self._films_in(first.start, pos)
                    if a not in self._references and f}) > 1

    def films_before(self, pos: int) -> set:
        """The KB films the text names before `pos` (none the parse read as a reference)."""
        return {f for a, f in self._films_in(0, pos) if a not in self._references}

    def _films_in(self, a: int, b: int) -> list[tuple[int, str]]:
        """(position, film) of the film mentions that start in [a, b)."""
        return self._films[bisect_left(self._films, (a, "")):bisect_left(self._films, (b, ""))]

    def _unknown_in(self, a: int, b: int) -> bool:
        i = bisect_left(self._unknown, a)
        return i < len(self._unknown) and self._unknown[i] < b

    # indexes that keep `_film` linear in the document: sentences by paragraph, film mentions
    # and unknown titles by position
    def _by_para(self) -> dict:
        idx = self.__dict__.get("_sent_by_para")
        if idx is None:
            idx = {}
            for x in self.sentences:
                idx.setdefault(x.paragraph, []).append(x)
            self.__dict__["_sent_by_para"] = idx
        return idx

    def _first_film(self, st: Sentence) -> Optional[tuple[int, str]]:
        """The first KB film the sentence names, (position, None) when its subject is a name
        the KB lacks (the film it means may be that one), else None."""
        i = bisect_left(self._films, (st.start, ""))
        while i < len(self._films) and self._films[i][0] < st.end and \
                self._films[i][0] in self._references:
            i += 1   # named only as a point of reference ("after wins for X"): not it
        if not (i < len(self._films) and self._films[i][0] < st.end):
            return None
        return (self._films[i][0], None) if st.start in self.__dict__.get("_unsure", ()) \
            else self._films[i]

    def _unknown_between(self, a: int, b: int) -> bool:
        i = bisect_right(self._unknown, a)
        return i < len(self._unknown) and self._unknown[i] < b

    def person(self, sentence: Sentence, pronoun: Optional[str] = None) -> Optional[str]:
        """`_person`; the person the piece is about, of the pronoun's gender, stays a reading
        of it too when the pronoun is read as someone else ("Her sister, X, was an actress too.
        She was the last surviving ..." in an obituary): a reading, so it may not refute."""
        who = self._person(sentence, pronoun)
        topic = self._topic_person
        p = (pronoun or "").lower()
        want = "f" if p in ("she", "her", "hers", "herself") else \
            "m" if p in ("he", "him", "his", "himself") else None
        cands = self.__dict__.get("_last_candidates")
        if who and topic and want and who != topic and cands is not None \
                and topic not in cands and self.gender(topic) == want:
            self.__dict__["_last_candidates"] = [*cands, topic]
        return who

    def _person(self, sentence: Sentence, pronoun: Optional[str] = None) -> Optional[str]:
        """The person "he"/"she" most likely is: named in the latest sentence of this paragraph
        or the one before that names one whose gender (from the KB) does not contradict it --
        that sentence's subject first, when its parse gave one, else the latest named."""
        want = None
        if pronoun:
            p = pronoun.lower()
            want = "f" if p in ("she", "her", "hers", "herself") else \
                "m" if p in ("he", "him", "his", "himself") else None
        recent = []
        subjects = self.__dict__.get("_subjects", {})
        if self._latest_subject_unknown(sentence):
            self.__dict__["_last_candidates"] = []
            return None
        said = set()   # the people recent sentences had as their subject
        # subjects whose own sentence calls someone else by the pronoun ("Tarantino cast
        # her"): of a gender the KB does not say, they are not that pronoun's first reading
        shadowed = set()
        seen_sentence = None
        for eid, para, sstart in reversed(self.__dict__.get("_people", [])):
            if sentence.paragraph - para > 1:
                break
            if sstart != seen_sentence:
                seen_sentence = sstart
                subj = subjects.get(sstart)
                if subj and want and want in self.__dict__.get("_others", {}).get(sstart, ()) \
                        and subj not in said:
                    shadowed.add(subj)
                if subj and subj not in recent and (want is None or self.gender(subj) != (
                        "m" if want == "f" else "f")):
                    recent.append(subj)
                    said.add(subj)
            if eid not in recent:
                recent.append(eid)
        if not recent and self._topic_person and want is not None \
                and self.gender(self._topic_person) in (want, None):
            # no one named since the paragraph before last ("Her death was announced by her
            # sons." in a paragraph of its own): the person the piece is about
            recent = [self._topic_person]
        self.__dict__["_last_candidates"] = [e for e in recent if want is None or self.gender(e)
                                             in (want, None)]
        if want is None:
            return recent[0] if recent else None
        kept = [e for e in recent if not (e in shadowed and self.gender(e) is None)]
        if kept != recent and (kept or self._topic_person and self.gender(
                self._topic_person) == want):
            # "Tarantino then cast her as Sadie. She followed it with Scream": the her the
            # subject's own sentence names, not that subject, is whom "she" goes on about --
            # someone named before, or the piece's person
            recent = kept or [self._topic_person]
            self.__dict__["_last_candidates"] = list(recent)
        genders = [self.gender(e) for e in recent]
        here = set()   # the people named in this paragraph so far
        for e, para, _s in reversed(self.__dict__.get("_people", [])):
            if para != sentence.paragraph:
                break
            here.add(e)
        if recent and recent[0] in said and recent[0] in here and genders[0] is None \
                and not any(g == want and e in here for e, g in zip(recent, genders)):
            return recent[0]   # the latest sentence's subject, of a gender the KB does not
            # say, named in this paragraph, over one who matches but is not ("John Williams
            # ... has been nominated 54 times. He has won five")
        # a person known to match wins over a nearer one of unknown gender; a known mismatch never
        for eid, g in zip(recent, genders):
            if g == want:
                if eid in said and not any(o != eid and o in said and og == want
                                           for o, og in zip(recent, genders)):
                    # the subject the text has been about: no other reading (unless another
                    # recent subject of that gender may be meant too)
                    self.__dict__["_last_candidates"] = [eid]
                return eid
        for eid, g in zip(recent, genders):
            if g is None:
                return eid
        return None

    def _latest_subject_unknown(self, sentence: Sentence) -> bool:
        """Whether the latest sentence before this one (in its paragraph or the one before)
        that was about anyone is about a person the KB lacks, with no KB person named since."""
        subjects = self.__dict__.get("_subjects", {})
        at = max((x for x in subjects if x < sentence.start), default=None)
        if at is None or subjects[at] != UNKNOWN_PERSON or sentence.paragraph - self._para(at) > 1:
            return False
        people = self.__dict__.get("_people", [])
        return not any(st > at for _e, _p, st in people[-3:])

    def speaker(self, sentence: Sentence, pronoun: str) -> Optional[str]:
        """The KB person "I"/"me"/"my" or "you"/"your" is in an interview's Q&A layout: in a
        paragraph opened by a speaker's name and a colon ("Jane Roe: I played ..."), "I" is
        that person; after "A:" it is the interviewee, and so is "you" after "Q:". The
        interviewee is the person an earlier paragraph's name prefix gave, else the person the
        piece is about. None anywhere else (a quote's "I" may be anyone)."""
        first = {"i": True, "me": True, "my": True, "you": False, "your": False}.get(
            pronoun.lower())
        if first is None:
            return None

        def prefix(para: int):   # (the words before a paragraph's colon, the person they name)
            at = self._para_starts[para]
            colon = self.text.find(":", at, at + 40)
            if colon < 0 or "\n" in self.text[at:colon]:
                return None, None
            who = next((m.entity.id for m in self.mentions if m.entity_type == "person"
                        and m.start == at and m.end == colon), None)
            return self.text[at:colon].strip().lower(), who

        mark, who = prefix(sentence.paragraph)
        if mark is None:
            return None
        if who is not None:
            return who if first else None
        if mark not in (("a", "answer") if first else ("q", "question")):
            return None
        for para in range(sentence.paragraph - 1, -1, -1):
            _mark, named = prefix(para)
            if named is not None:
                return named
        return self._topic_person

    def people_near(self, sentence: Sentence, pronoun: Optional[str] = None) -> set:
        """Every KB person named in this paragraph or the one before, before this sentence,
        whose gender does not contradict the pronoun's: whom a description ("the actor") that
        `person` reads may also mean."""
        p = (pronoun or "").lower()
        want = "f" if p in ("she", "her") else "m" if p in ("he", "him", "his") else None
        return {e for e, para, _s in self.__dict__.get("_people", ())
                if sentence.paragraph - para <= 1 and e != UNKNOWN_PERSON
                and (want is None or self.gender(e) in (want, None))}

    def candidates(self, sentence: Sentence, pronoun: str) -> list[str]:
        """Every person "he"/"she" may be in the window `person` reads (its gender matches or
        is unknown): more than one, and the pronoun is a reading, not a statement."""
        self.person(sentence, pronoun)
        return list(self.__dict__.get("_last_candidates", ()))

    def director(self, sentence: Sentence) -> Optional[str]:
        return self.director_of(self.film(sentence))

    def director_of(self, film: Optional[str]) -> Optional[str]:
        """The one director the KB credits on `film`, or None."""
        if not film:
            return None
        facts = self.kb.facts(subject=film, predicate="director")
        if facts:
            return facts[0].value if len(facts) == 1 else None
        # a film the KB knows from the Oscar record: the one director its Best Director
        # nomination names (such a nomination names the whole credit)
        people = [x for f in film_directors(self.kb, film) for x in named_directors(f, film)]
        return people[0] if len(people) == 1 else None


def related_character(kb, film: str, char: str, relation: str) -> Optional[str]:
    """The character the film's story relations name as `char`'s `relation` ("Vanya's
    godfather"), when exactly one does."""
    rel = {"dad": "father", "mum": "mother", "mom": "mother"}.get(relation, relation)
    hits = [f.qualifiers["agents"][0] for f in kb.facts(subject=film, predicate="plot")
            if f.qualifiers.get("action") == "relation" and f.qualifiers.get("relation") == rel
            and len(f.qualifiers.get("agents") or []) == 2
            and f.qualifiers["agents"][1] == char]
    return hits[0] if len(hits) == 1 else None


def sole_relative(kb, film: str, relation: str) -> Optional[str]:
    """The one character the film's story relations give `relation` to anyone ("the father":
    the only father the story's ties name), else None (none, or more than one)."""
    rel = {"dad": "father", "mum": "mother", "mom": "mother"}.get(relation, relation)
    hits = {f.qualifiers["agents"][0] for f in kb.facts(subject=film, predicate="plot")
            if f.qualifiers.get("action") == "relation" and f.qualifiers.get("relation") == rel
            and len(f.qualifiers.get("agents") or []) == 2}
    return next(iter(hits)) if len(hits) == 1 else None


def tie_in_description(kb, a: str, b: str, noun: str) -> bool:
    """Whether a's KB description tells the tie `noun` to b by one of b's names ("Lulu": "Ani's
    friend at the club"; "the friend of Ani")."""
    ea, eb = kb.entity(a), kb.entity(b)
    text = " ".join((getattr(ea, "description", None) or "").lower().split())
    if not text or eb is None:
        return False
    names = {eb.label, *(x for x, _kind in kb.aliases_of(b))}
    return any(f"{n.lower()}'s {noun}" in text or f"{noun} of {n.lower()}" in text
               for n in names if n)


def described_character(kb, film: str, tok, senses: set) -> Optional[str]:
    """The one character of the film whose KB description a definite noun phrase gives ("the
    oligarch's son", "the club's manager"): the phrase's noun is a head noun of the description
    (not a word inside one of its phrases: "a Russian oligarch" of "the son of a Russian
    oligarch" is no oligarch; `senses`: the phrase's noun and the nouns of its sense, any of
    which may be the head) and each of its owner, its 'of' objects, its compounds and its
    adjectives is a word of the description. None for an indefinite or bare phrase, or when not
    one."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss"
                                     and c.pos_ == "NOUN" for c in tok.children):
        return None
    words = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")
             and c.pos_ in ("NOUN", "ADJ")]
    words += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    want = {w.lemma_.lower() for w in words}
    if not want:
        return None   # a bare noun ("the heir") is what the part is, not which one
    chars = {f.subject for f in kb.facts(predicate="played_by")
             if f.qualifiers.get("film") == film}
    hits = []
    for ch in sorted(chars):
        e = kb.entity(ch)
        heads, told = _description_nouns(getattr(e, "description", None) or "")
        if heads & senses and want <= told:
            hits.append(ch)
    return hits[0] if len(hits) == 1 else None


@lru_cache(maxsize=512)
def _description_nouns(text: str) -> tuple[frozenset, frozenset]:
    """(head nouns, all words by lemma and by form) of a KB description: in each of its
    comma-set pieces the nouns before its first preposition or participle that own nothing
    ("a stripper and escort from ...": stripper, escort; "the club's manager": manager); a
    piece opening with a preposition ("in Anora") has none."""
    from ..nlp import parse
    if not text:
        return frozenset(), frozenset()
    doc = next(iter(parse([text])))
    heads, told, first = set(), set(), True
    stopped = False
    for i, t in enumerate(doc):
        told |= {t.lower_, t.lemma_.lower()}
        if t.text == ",":
            first, stopped = True, False
            continue
        if first and t.pos_ == "ADP":
            stopped = True   # ("in Anora": where, not what)
        first = False
        if t.pos_ == "ADP" or t.tag_ == "VBG":
            stopped = True
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if not stopped and t.pos_ == "NOUN" and not (
                nxt is not None and (nxt.pos_ == "NOUN" or nxt.tag_ == "POS")):
            heads.add(t.lemma_.lower())
    return frozenset(heads), frozenset(told)


def in_sentence(mentions: list[Mention], s: Sentence) -> list[Mention]:
    return [m for m in mentions if s.start <= m.start and m.end <= s.end]


def by_sentence(mentions: list[Mention], sentences: list[Sentence]) -> list[list[Mention]]:
    """The mentions inside each sentence, in one pass over both (sorted) lists."""
    ms = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[list[Mention]] = []
    i = 0
    for s in sentences:
        while i < len(ms) and ms[i].start < s.start:
            i += 1
        j, got = i, []
        while j < len(ms) and ms[j].start < s.end:
            if ms[j].end <= s.end:
                got.append(ms[j])
            j += 1
        out.append(got)
    return out


def written_by(doc, mentions=(), kb=None) -> Optional[int]:
    """The latest year the document can have been written in, as far as it shows: its date's
    year when ingest found one, else the latest year it names (a lower bound). A claim about
    "the only one" is judged against what was true by then. With `mentions` and `kb`, the
    years of the KB films and editions it names bound it too (a piece about a film of 2024 is
    written in 2024 or later): a bound for a person's age now, not a time to judge "the only
    one" at (a film of 2019 may win its prizes in 2020)."""
    if doc.date and str(doc.date)[:4].isdigit():
        return int(str(doc.date)[:4])
    years = [int(y) for y in YEAR.findall(doc.text)]
    if kb is not None:
        for eid in {m.entity.id for m in mentions if m.entity is not None}:
            e = kb.entity(eid)
            if e is not None and e.year:
                years.append(int(e.year))
    return max(years) if years else None


# a role noun's words that are no more than its grammar (a determiner, a possessive mark)
_ROLE_MOD_DEPS = ("compound", "amod", "poss", "nmod")


def _role_words(tok, deps=_ROLE_MOD_DEPS) -> set:
    """The content words (lemmas) a noun's own modifiers say: its compounds, adjectives,
    possessor and "of" phrase ("the Russian oligarch's son": russian, oligarch)."""
    out: set = set()
    for c in tok.children:
        if c.dep_ in deps or c.dep_ == "prep" and c.lower_ == "of":
            out |= {x.lemma_.lower() for x in c.subtree if x.pos_ in ("NOUN", "PROPN", "ADJ")}
    return out


from functools import lru_cache as _lru_cache   # noqa: E402


@_lru_cache(maxsize=512)
def description_roles(description: str) -> tuple:
    """The role nouns a KB description gives its entity, each with the words that modify it
    ("in Anora, the son of a Russian oligarch": son, {russian, oligarch}; "Toros's brother, a
    henchman": brother, {toros}; henchman, {}): the nouns its phrases are about, not a noun
    inside one of their modifiers ("oligarch", "club")."""
    from ..nlp import parse
    if not description.strip():
        return ()
    doc = next(iter(parse([description])))
    out = []
    for t in doc:
        if t.pos_ != "NOUN" or t.dep_ in ("compound", "poss", "amod", "nmod", "npadvmod") or (
                t.dep_ == "pobj" and t.head.lower_ != "in"):
            continue   # (a fronted "in Anora, a henchman" is the parser's frame, not a modifier)
        words = _role_words(t, _ROLE_MOD_DEPS + ("acl",))
        if t.dep_ == "conj":   # "a stripper and escort from Brighton Beach": shared words
            words |= _role_words(t.head, _ROLE_MOD_DEPS + ("acl",))
        out.append((t.lemma_.lower(), frozenset(words)))
    return tuple(out)


def role_character(kb, film: Optional[str], tok, lead_nouns=(), loose=()) -> Optional[str]:
    """The one character of `film`'s story (one its plot facts name) a definite role noun
    names: "the oligarch's son", "the Armenian priest", "the godfather" (a role its KB
    description gives that character, with every word the noun's modifiers say among the
    description's words for it), or, for a noun of `lead_nouns` ("the heroine") with nothing
    on it, the film's title character. None
    for an indefinite or plural noun ("a henchman", "the henchmen"), a kin noun of someone
    ("his son", "Vanya's father": read from the story's relations), or a role two characters
    share. A noun of `loose` (one a retelling may give any of the story's people: "the
    dancer", "the son") names one only with words of its own on it ("the oligarch's son")."""
    if film is None or tok.pos_ != "NOUN" or tok.tag_ in ("NNS", "NNPS"):
        return None
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if any(c.pos_ in ("PRON", "PROPN") for c in poss):
        return None
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
        any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in poss)
    if not definite:
        return None
    word, mods = tok.lemma_.lower(), _role_words(tok)
    # the film's characters its story's facts tell of (one the plot never names, the club's
    # manager, has no story the claim could be checked against)
    told = {a for f in kb.facts(subject=film, predicate="plot")
            for a in f.qualifiers.get("agents") or ()}
    chars = {f.qualifiers.get("character") for f in kb.facts(subject=film,
                                                              predicate="cast_member")} & told
    hits = set()
    if word in loose and word not in lead_nouns and not mods:
        return None
    if word in lead_nouns and not mods:
        title = [e.id for e in kb.entities_by_name(kb.label(film), type="character")]
        hits = {c for c in title if c in chars}
    else:
        for c in chars:
            e = kb.entity(c)
            if e is not None and any(w == word and mods <= set(m)
                                     for w, m in description_roles(e.description or "")):
                hits.add(c)
    return next(iter(hits)) if len(hits) == 1 else None
