"""When a frame's clause says it happened: its own edition or year, a fronted adverbial,
an anaphor ("that night"), a shift ("a year earlier"), the month and day.

A part of AwardReader (claims/awards/reader.py)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...kb.awards import award_family, year_named
from ..dates import in_range
from ..frames import CLAUSE_DEPS, Frame, bound_year, clause_of, participle_year, work_year
from ..parse import Parsed, lexicon, number_value
from ..text import WEEKDAYS, YEAR, find_dates
from .common import ORDINAL
from .readings import _bound_words


class _Times:
    """When a frame's clause says it happened: its own edition or year, a fronted adverbial, an
    anaphor ("that night"), a shift ("a year earlier"), the month and day."""

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
        self._unread_edition = self._unread_shift = self._shift_from = None
        self._clashing: list[str] = []
        for t in f.tokens():  # "the 90th ceremony", "its 77th edition", "won at the 92nd"
            m = ORDINAL.match(t.text) if t.i > start else None
            a = f.parsed.arg_at(t.i)
            # ("won at the 92nd"; "..., while the 92nd gave X to Y": the edition the subject)
            bare = any(c.lower_ == "the" for c in t.children) and (
                t.dep_ == "pobj" and t.head.dep_ == "prep" and a is not None
                and a.last == t.i + 1 or t.dep_ == "nsubj" and t.head.i == f.cue
                and (a is None or a.last == t.i + 1) and not list(t.rights))
            # (the tagger may take "the 71st festival" for a date: the ordinal alone is none)
            alone = a is not None and a.kind == "date" and (a.first, a.last) == (t.i, t.i + 1)
            # "at the 75th Festival de Cannes": a number the parser hangs on a festival's name
            # (no edition's) is its edition of that number
            # (so is one on a show's name said as its nights, in the plural: "at the 78th
            # BAFTAs"; never "her 3rd Oscar", a count of her wins)
            fest = next((x.entity for x in f.parsed.args if m and (
                x.kind == "festival" or x.kind == "award" and doc[x.head].tag_ in ("NNS", "NNPS")
                and doc[x.head].lower_.endswith("s"))
                         and x.entity and x.head == t.head.i and t.i < x.first
                         and t.dep_ in ("amod", "nummod", "compound")
                         and award_family(self.kb, x.entity) == x.entity), None)
            if fest:
                ed = self._edition(fest, int(m.group(1)))
                if ed:
                    cer.append(ed)
                else:
                    self._unread_edition = f"{t.text} {t.head.text}"
            elif m and (t.head.lower_ in nouns and (a is None or a.kind == "ordinal" or alone)
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
            at = [a for a in f.parsed.args if a.kind in ("ceremony", "festival") and a.entity
                  and a.first <= head.i < a.last]
            cer += [a.entity for a in at if a.kind == "ceremony"
                    or award_family(self.kb, a.entity) not in (None, a.entity)]
            # "the 76th Festival de Cannes, where ...": a festival's name (no edition's) the
            # parser gives the number as a modifier is its edition of that number
            named_fam = next((a.entity for a in at if a.kind == "festival"
                              and award_family(self.kb, a.entity) == a.entity), None)
            for c in head.children:
                m = ORDINAL.match(c.text)
                if m and named_fam and c.dep_ in ("amod", "nummod", "compound"):
                    ed = self._edition(named_fam, int(m.group(1)))
                    if ed:
                        cer.append(ed)
                    else:   # a number of no edition the KB holds: the edition is unread
                        self._unread_edition = f"{c.text} {head.text}"
                elif m and head.lower_ in nouns:
                    ed = self._numbered(f, family, int(m.group(1)))
                    if ed:
                        cer.append(ed)
        if not cer and not by_year:
            cer += self._governing_edition(f)
        self._night_from = None   # what a night anaphor of the clause pointed back to
        if not cer and self._anaphora(f):
            base = self.para_ceremony.get(f.parsed.sentence.paragraph)
            if base:
                cer.append(base)
                self._night_from = base
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
                if base is None and self._shift_words and self.para_ceremony:
                    # "Last year's winner, X" in a paragraph naming no edition: counted from
                    # the first edition the piece names (its own event, as news tells it),
                    # when of this show; a reading, which may support but never refute
                    base = self.para_ceremony[min(self.para_ceremony)]
                    if family and award_family(self.kb, base) != family:
                        base = None   # (another show's: nothing to count this one's from)
                    self._shift_from = base
                n = self._edition_number(base) if base else None
                ed = self._edition(family or award_family(self.kb, base), n + shift) if n \
                    else None
                if ed:
                    cer.append(ed)
                elif self._shift_words:
                    # "the previous year's winner" with no edition before it to count from:
                    # a time the clause states and nothing here can tell
                    self._unread_shift = self._shift_words
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
            self._night_from = "year"
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
        return f.noun_cue and cue.lemma_.lower() in holders and not _Times._reached(f) \
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
        return [x.i for t in f.tokens() if _night_anaphor(t) for x in t.subtree]

    @staticmethod
    def _set_off_anaphora(f: Frame) -> list[int]:
        """The tokens of a night anaphora ("the same ceremony") after the cue that the
        parser hung on a word set off after it ("..., both at the same ceremony") or on the
        last conjunct, not on the verb: still the clause's."""
        doc, out = f.parsed.doc, []
        for t in doc[f.cue + 1:]:
            if _night_anaphor(t) and t.dep_ == "pobj" and t.head.dep_ == "prep":
                x = t.head.head
                while x.i > f.cue and x.head.i != x.i:
                    x = x.head
                if x.i == f.cue:
                    out += [y.i for y in t.subtree]
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
        bare = lexicon().qualifiers.get("edition_shift_bare", {})
        units = ("year", "ceremony", "edition")
        self._shift_words = None
        for t in f.tokens():
            unit = t.head if t.head.lemma_.lower() in units else next(
                (c for c in t.children if c.lemma_.lower() in units), None)
            if t.lower_ in bare and unit is not None and not any(
                    c.dep_ == "det" for c in unit.children):
                shifts = {**shifts, t.lower_: bare[t.lower_]}
            if t.lower_ in shifts and unit is not None:
                if unit.dep_ == "poss" and unit.head.i != f.cue and unit.head.i not in {
                        x.token for x in f.roles.get("award", [])}:
                    continue   # "X, last year's winner, presented ...": the year of the
                    # noun it is said of, another phrase than the clause's own prize
                if any(c.dep_ == "det" and c.lower_ in ("this", "that", "same") or
                       c.lower_ == "same" for c in unit.children):
                    return 0   # "later that year", "earlier this year": the same year
                if self._anchor(t):
                    # "two years after Parasite", "a year before her first win": counted
                    # from the event the preposition names, not from the passage's edition
                    self._shift_anchored = True
                n = next((number_value(c) for c in unit.children
                          if c.dep_ == "nummod"), None)
                if unit.dep_ == "poss":   # "last year's winner": said of its noun alone
                    self._shift_words = f.parsed.doc[min(t.i, unit.left_edge.i):
                                                     max(t.i, unit.i) + 1].text
                if n is None and unit.tag_ == "NNS":
                    return 0   # "after (many) years of near-misses": no count of editions
                # "in 1980, 27 years after X won it": the word opens this clause, which is
                # the earlier event the other is counted from; the shift runs the other way
                sign = -1 if t.dep_ == "mark" and t.head.i == f.cue else 1
                return sign * shifts[t.lower_] * (
                    int(n) if n and n == int(n) and 0 < n < 30 else 1)
        return 0

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
        if head.dep_ in ("compound", "amod", "nmod", "poss", "nummod") and not (
                not festival and self._show_night(f, head)) or any(
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
        if f.noun_cue and a.head not in {t.i for t in cue.subtree} and \
                self._other_event_verb(cue):
            # "The Palme d'Or winner Anora opens in France on October 30": a prize noun in
            # the subject or object of a release's or premiere's verb; the date is that event's
            return None, None, None
        got = {(d.month, d.day, d.weekday) for d in find_dates(a.text) if d.month}
        if not got:
            # "won the Palme d'Or on Friday": a weekday alone, of the night the prize was given
            got = {(None, None, WEEKDAYS[doc[i].lower_]) for i in range(a.first, a.last)
                   if doc[i].lower_ in WEEKDAYS and doc[i].text[:1].isupper()}
        return next(iter(got)) if len(got) == 1 else (None, None, None)

    @staticmethod
    def _show_night(f: Frame, date_tok) -> bool:
        """Whether a date modifying a noun ("At the March 2 telecast, X won ...") dates the
        night of the win: the noun is one sure to mean a show's night (lexicon
        `dates.firm_descriptions.ceremony`: ceremony, telecast, night) and the object of a
        preposition on the prize's verb itself, so the show it names is where the prize was
        given."""
        noun = date_tok.head
        firm = (lexicon().dates.get("firm_descriptions") or {}).get("ceremony", ())
        prep = noun.head
        return noun.i != date_tok.i and noun.lemma_.lower() in firm and \
            noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == f.cue and \
            prep.lower_ in ("at", "during", "on")

    def _night_told_before(self, f: Frame, family: Optional[str], ceremony: Optional[str],
                           year: Optional[int]):
        """"On February 15 X won the WGA prize, and the same night the Producers Guild gave its
        top award to Y": a night anaphor ("the same night", "that evening": lexicon
        `edition_anaphora.night_nouns`) of a clause with no date of its own is the night told
        before it in the paragraph: the full date a clause stated, or the day the KB holds for
        the edition a clause named when that edition is another show's (whose night a show's
        own edition cannot be). (ceremony, year, month, day) the clause takes, or None."""
        src = getattr(self, "_night_from", None)
        if src is None:
            return None
        doc = f.parsed.doc
        nights = set(lexicon().qualifiers["edition_anaphora"].get("night_nouns", ()))
        if not any(doc[i].lower_ in nights and f.cue in (doc[i].head.i, doc[i].head.head.i)
                   for i in self._anaphora(f)):
            return None   # ("that same year" is no one night)
        said = self.para_date.get(f.parsed.sentence.paragraph)
        if src == "year":
            return (ceremony, year, said[1], said[2]) if said and said[0] == year else None
        if not family or award_family(self.kb, src) in (None, family):
            return None   # (the same show's edition: the night is that edition)
        days = {str(d.value) for d in self.kb.facts(subject=src, predicate="ceremony_date")
                if not d.disputed and len(str(d.value)) == 10}
        if len(days) != 1 or any(d.disputed for d in self.kb.facts(
                subject=src, predicate="ceremony_date")):
            return None
        y, m, d = (int(x) for x in days.pop().split("-"))
        if said and said != (y, m, d):
            return None   # the date the passage stated is not the KB's for that night
        return None, y, m, d

    @staticmethod
    def _other_event_verb(cue) -> bool:
        """Whether the noun phrase of a prize noun `cue` ("Sean Baker's Palme d'Or winner",
        "the Palme d'Or winner Anora") is the subject or object of a verb the lexicon gives to
        another event of the film: a release or premiere (`dates.events`: "opens", "hits",
        "premieres") or a figure of it (`qualifiers.quantities`: "grossed", "cost", "runs")."""
        np = cue
        while np.dep_ in ("compound", "amod", "appos", "nmod") and np.head.i != np.i:
            np = np.head
        verb = np.head
        if np.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
            return False
        words = {w for ev in lexicon().dates.get("events", ())
                 if ev.get("predicate") in ("release_date", "premiere_date")
                 for w in ev.get("verbs", ())}
        words |= {w for r in (lexicon().qualifiers.get("quantities") or {}).values()
                  for w in r.get("verbs") or ()}
        # (a verb of two words only with its second: "clock in", not "the win came in July")
        after = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep") and c.i > verb.i}
        return any(w.split()[0] == verb.lemma_.lower() and set(w.split()[1:]) <= after
                   and (len(w.split()) == 1 or w.split()[1] not in ("in", "for", "on"))
                   for w in words)

    # -- frames -> claims --------------------------------------------------------------------

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
            return self._edition_of_the_clause_above(f, verb, s)
        lent = slots[id(lender)]
        if not (lent.ceremony or lent.year) or lent.relative is not None:
            return None
        own = self._own_family(f, s.awards)
        if own and lent.ceremony and award_family(self.kb, lent.ceremony) != own:
            return None   # (a prize of another show: "..., with Y winning a Bafta")
        return lent.ceremony, lent.year

    def _edition_of_the_clause_above(self, f: Frame, verb, s):
        """"Cannes 2022 ended with Triangle of Sadness taking the Palme": the clause the
        participle hangs on holds no win but names an edition itself (a ceremony, a festival's
        edition); a prize of that edition's show is of that edition. (ceremony, None) or
        None."""
        if verb.pos_ not in ("VERB", "AUX") or verb.i > f.cue:
            return None
        own = clause_of(verb, f.parsed.titles) - f.clause
        named = {a.entity for a in f.parsed.args if a.entity and a.head in own and (
            a.kind == "ceremony" or a.kind == "festival"
            and award_family(self.kb, a.entity) not in (None, a.entity))}
        fam = self._own_family(f, s.awards)
        if len(named) != 1 or not fam or award_family(self.kb, next(iter(named))) != fam:
            return None
        return next(iter(named)), None

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

    def _fronted_on_another_verb(self, p: Parsed, root, fronted: list, mine: list[Frame]):
        """"At the 70th Academy Awards, Titanic tied a record and X won Best Actor": a main
        verb that tells no prize (no award frame of the sentence is its) still sets the scene
        for the award clauses coordinated with it; one edition (or one year) its fronted
        phrases name is theirs. Only a fronted phrase of the main verb itself, and only for a
        clause joined to it ("and X won"), never one inside another clause. Returns (None,
        ceremony, year) or None."""
        if root.pos_ not in ("VERB", "AUX") or any(
                g.cue == root.i for g in getattr(self, "_siblings", ())) or not any(
                p.doc[f.cue].dep_ == "conj" and p.doc[f.cue].head.i == root.i for f in mine):
            return None
        toks = {t.i for c in fronted for t in c.subtree}
        cers = {a.entity for a in p.args if a.head in toks and a.kind == "ceremony" and a.entity}
        years = {int(t.text) for a in p.args if a.head in toks and a.kind == "date"
                 for t in p.doc[a.first:a.last] if t.text.isdigit() and len(t.text) == 4}
        if len(cers) + len(years) != 1:
            return None
        return None, next(iter(cers), None), next(iter(years), None)

    @staticmethod
    def _takes_front(f: Frame, front) -> bool:
        """Whether the fronted edition `front` (`_fronted`) is the frame's: any clause but the
        one it was read from that tells no other time ("and X later won", "and eighteen
        years later X won": `qualifiers.sequence_words`, `edition_shift`; "X, who had won
        before": a past perfect); when read from a main verb that tells no prize, only a
        clause joined to that verb."""
        q = lexicon().qualifiers
        words = set(q.get("sequence_words", ())) | set(q.get("edition_shift", {}))
        cue = f.parsed.doc[f.cue]
        # "..., and X, who had won before for Y, won Best Actress": a clause that tells a time
        # of its own, or an earlier one (a past perfect), is not of the fronted edition
        if any(t.lower_ in words for t in f.tokens()) or cue.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in cue.children):
            return False
        if front[0] is not None:
            return f is not front[0]
        return cue.dep_ == "conj" and cue.head.dep_ == "ROOT"

    def _fronted_at(self, p: Parsed, root, mine: list[Frame], slots: dict):
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        first_subj = min(t.i for t in subj.subtree)
        owner = next((f for f in mine if f.cue == root.i), None)
        fronted = [c for c in root.children if c.i < first_subj and c.dep_ in (
            "prep", "npadvmod", "advmod")]
        if owner is None:
            return self._fronted_on_another_verb(p, root, fronted, mine)
        s = slots[id(owner)]
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


def _night_anaphor(t) -> bool:
    """Whether a token is the noun of 'that night', 'the same ceremony' (lexicon
    `edition_anaphora`): an edition named before."""
    dets, nouns = _anaphora_words()
    return t.lower_ in nouns and any(c.lower_ in dets for c in t.children)


@lru_cache(maxsize=1)
def _anaphora_words() -> tuple[frozenset, frozenset]:
    """(determiners, nouns) of the lexicon's `edition_anaphora`."""
    ana = lexicon().qualifiers.get("edition_anaphora", {})
    return frozenset(ana.get("determiners", ())), frozenset(ana.get("nouns", ()))
