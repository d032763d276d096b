"""The date family: when the event a clause states happened, read from the parse.

A date (a value `find_dates` reads: "March 2, 2025", "Oct. 18", "21 May 2024"; a bare year
after "in"; a weekday alone) is said of the event of the clause the parse attaches it to, and
only of that clause: an event noun on the way up from the date to its verb ("its world premiere
on May 21"), else the verb itself when the lexicon's `dates` section names it ("was born",
"opened", "were held"), else an edition (ceremony) the date or its clause names ("at the 97th
Academy Awards on March 2"). A date in another clause is never this event's date.

The event is of what the parse says: the subject of the verb (through relative clauses and
participles: "the Academy Awards, held on ..."), the object of a release verb ("Neon opened
Anora"), the possessor of the event noun ("its premiere"), or the ceremony or festival argument
of the clause. A description of the edition the passage is about ("the ceremony", "the show",
"Oscar night") borrows that edition, which can support a date but never refute it
(`support_only`), like a date that names only a weekday, a year of a release, a plan ("plans to
release it on ...") or a release or premiere somewhere the KB may hold no date for.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ..textutil import year_month
from ..kb.awards import _films_years, award_family, edition_for_films_of, show_of, year_named
from ..model import Claim, EntityRef
from .frames import CLAUSE_DEPS, _match_cue, _modal, _negated, clause_of, subject_token, titled
from .parse import Parsed, lexicon, number_value, verb_above
from .text import (MONTHS, WEEKDAYS, DateValue, dateline_day, find_dates, headline, paragraphs,
                   parse_ordinal, year_of)

FILM_WORDS = frozenset({"it", "its", "film", "movie", "picture", "feature", "drama", "comedy",
                        "comedy-drama", "thriller"})
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her"})
# the days of a show (a ceremony, a festival's first and last day, its nominations' morning)
# a weekday alone may be checked against: each is one day the KB holds for a named edition
WEEKDAY_SHOW_DAYS = frozenset({"ceremony_date", "start_date", "end_date",
                               "nominations_announced"})


def _lx() -> dict:
    return lexicon().dates



def _owned_record_year(t) -> bool:
    """Whether `t` modifies a record noun (lexicon `dates.sets.nouns`) a possessive owns, before
    it: "Walt Disney's 1954 record", "Disney's 1954 feat"."""
    noun = t.head
    return t.dep_ in ("nummod", "compound", "amod", "nmod") and noun.i > t.i and \
        noun.lemma_.lower() in _lx().get("sets", {}).get("nouns", ()) and \
        any(c.dep_ == "poss" and c.i < t.i for c in noun.children)

def edition_won_at(kb, awards, fam: str, polarities=("won",),
                   at: Optional[int] = None) -> Optional[str]:
    """The one edition of family `fam` at which the winners (or nominees, with "nominated"
    among `polarities`) of award claims `awards` of that family (a subject the KB knows; with
    `at`, only claims whose words cover that offset: a verb's) won or were nominated, else
    None."""
    eds = set()
    for a in awards:
        who, pol = a.slots.get("subject"), a.slots.get("polarity")
        if a.slots.get("family") != fam or pol not in polarities or not who or (
                at is not None and not a.start <= at < a.end):
            continue
        preds = ("award_received",) + (("nominated_for",) if pol == "nominated" else ())
        # (a person's prize may be a film's fact naming them among its recipients)
        eds |= {f.qualifiers.get("ceremony") for pr in preds for f in kb.facts_involving(who, pr)
                if award_family(kb, f.value) == fam and (
                    f.subject == who or who in (f.qualifiers.get("recipients") or ()))}
    return eds.pop() if len(eds) == 1 and None not in eds else None


class DateReader:
    """Date claims of parsed sentences; `borrow(paragraph)` gives the edition a passage is
    about (a ceremony or festival id), or None."""

    def __init__(self, kb, res, text: str, borrow=None, written: Optional[int] = None,
                 dated: bool = False, records=None, day: Optional[str] = None):
        self.kb, self.res, self.text, self.borrow = kb, res, text, borrow
        # the piece's own date ("2025-03-03"), when ingest found one: what "last month" and a
        # weekday alone ("on Sunday") are counted from
        self.day = _iso_day(day) if dated else None
        self._today = year_month(day) if dated else None
        if not dated:   # a wire dateline's day the paragraph reader cut off with its place
            line = dateline_day(text)
            if line is not None:
                self.day = date(line.year, line.month, line.day).isoformat()
                self._today = (line.year, line.month)
        self._anchored: set = set()   # where values counted from the piece's date start
        # (start, end) -> (year, month) of each of those ("last year"), for the other readers
        self.calendar: dict = {}
        self._headings = _dated_headings(text)   # a timeline's days on lines of their own
        self._editions: dict[str, list[str]] = {}
        # when the piece was written: `written` (context.written_by) is its date's year when
        # `dated`, else only a lower bound (the latest year it names), and today an upper one
        self.written, self.dated, self.records = written, dated, records
        self._ago: dict[int, tuple[int, str]] = {}   # value start -> (years back, bound)
        self._parts: dict[int, tuple[int, int]] = {}   # value start -> months of "early 2025"
        self._last = None   # (sentence index, paragraph, predicate, subject, extra) of a claim
        self._at = None     # the tokens of the date being read
        self._gap = None    # the gapped conjunct the date hangs on (`_gapped_conjunct`)
        self._answered: set = set()   # where the dates an answer gave a question start
        self._said = None   # (paragraph, key) of the last achievement a clause stated
        # by paragraph: the award families, editions and award claims it names (_note)
        self._para_fams: dict[int, set] = {}
        self._para_eds: dict[int, set] = {}
        self._para_wins: dict[int, list] = {}
        self._years: set = set()   # the years the sentence being read gives
        self._ranges: dict = {}   # value start -> (start/end predicate, range's tokens)

    def sentence_claims(self, p: Parsed, hedged: bool, awards: list[Claim] = ()) -> list[Claim]:
        """`awards`: the sentence's award claims. A year (or month) that is the slot of one
        naming no edition ("won four Oscars in 1938", "in March 2024") is checked there; it is
        not also a ceremony's date. A full date ("on March 2, 2025") dates the ceremony too."""
        if self._today is None:
            self._anchor_dateline(p)
        values = self._values(p)
        self._awards = awards
        self._years = {v.year for v, *_ in values if v.year}
        self._note(p, awards)
        out = []
        line = self._dateline(p, values)
        if line is not None:
            if self._today is None:   # the day the piece was filed
                self.day = date(line.slots["year"], line.slots["month"],
                                line.slots["day"]).isoformat()
                self._today = (line.slots["year"], line.slots["month"])
            self.see(p)
            return [line]
        if not values:
            c = self._headed(p, hedged)
            if c is not None:
                out.append(c)
        for dv, first, last, coarse in values:
            if dv.start in self._answered:
                continue
            if dv.start in self._anchored and self._anchor_awards(dv, awards):
                continue
            if dv.day is None and (dv.year or dv.month) and any(
                    a.slots.get("year") == dv.year and not a.slots.get("ceremony")
                    and a.start <= dv.start and dv.end <= a.end for a in awards):
                continue
            c = self._claim(p, dv, first, last, coarse, values, hedged)
            if c is not None:
                out.append(c)
        self.see(p)
        out = [c for c in out if not self._finer(c, out)]
        self._judge_ranges(p, out, awards)
        self._week_awards(p, awards)
        return out

    def _week_awards(self, p: Parsed, awards) -> None:
        """"won Best Actress at the Oscars earlier this week", "this past weekend" in a piece
        dated March 20: a week counted from the piece's own day (lexicon `dates.relative.
        calendar.weeks`) is the time of the award claims whose words hold it. A win at an
        edition held on none of its days (a day's slack either side, for time zones) leaves
        the words unchecked; one held then stands. Only a piece dated to the day counts one."""
        from datetime import timedelta
        cal = _lx().get("relative", {}).get("calendar", {})
        back, weeks = cal.get("back", {}), cal.get("weeks", ())
        if not self.day or not awards:
            return
        today = date.fromisoformat(self.day)
        doc, off = p.doc, p.offset
        for t in doc:
            if t.lower_ not in weeks or t.i == 0:
                continue
            mods = [doc[i].lower_ for i in range(max(0, t.i - 2), t.i)]
            if not mods or mods[-1] not in back:
                continue
            n = max(back[m] for m in mods if m in back)
            if t.lower_ == "weekend":   # the last Saturday and Sunday up to the piece's day
                sat = today - timedelta(days=(today.weekday() - 5) % 7)
                lo, hi = sat, sat + timedelta(days=1)
            else:   # Monday to Sunday, this week's up to the piece's day
                mon = today - timedelta(days=today.weekday() + 7 * n)
                lo, hi = mon, min(mon + timedelta(days=6), today)
            lo, hi = lo - timedelta(days=1), hi + timedelta(days=1)
            at = off + t.idx
            words = doc[t.i - len([m for m in mods if m in back]):t.i + 1].text
            for a in awards:
                if not a.start <= at < a.end or a.slots.get("polarity") != "won":
                    continue
                fam = a.slots.get("family")
                ed = a.slots.get("ceremony") or (edition_won_at(self.kb, [a], fam)
                                                 if fam else None)
                day = next((str(f.value) for pr in ("ceremony_date", "end_date")
                            for f in self.kb.facts(subject=ed, predicate=pr)), None) \
                    if ed else None
                if day and len(day) == 10 and lo <= date.fromisoformat(day) <= hi:
                    continue
                a.slots["unchecked"] = list(a.slots.get("unchecked") or []) + [words]

    def _headed(self, p: Parsed, hedged: bool) -> Optional[Claim]:
        """A timeline's entry under a day on a line of its own ("May 21, 2024" over "Anora
        premieres in competition at Cannes."): the day is the time of the event the entry's
        first sentence tells by its main verb, when that sentence gives no date of its own.
        Only a piece with two such day lines or more is a timeline (one day over a lead is
        when the piece was published)."""
        s = p.sentence
        dv = self._headings.get(self.text.rfind("\n", 0, s.start) + 1) if s.start else None
        if dv is None or self.text[self.text.rfind("\n", 0, s.start) + 1:s.start].strip():
            return None
        gov = next((t for t in p.doc if t.dep_ == "ROOT"), None)
        if gov is None or gov.pos_ not in ("VERB", "AUX") or _negated(gov):
            return None
        lx = _lx()
        shifts = set(lx.get("sequence_preps", ())) | set(lx.get("not_at", ())) | set(
            lx.get("heading_shifts", ()))
        if any(t.lower_ in shifts for t in p.doc):
            return None   # "Anora opens in the UK a week later": another day than the heading's
        c = self._claim(p, dv, gov.i, gov.i + 1, False, [], hedged, gov=gov)
        if c is not None:   # the entry's words: what the day heading it is said of
            c.start, c.end = s.start, s.start + len(s.text.rstrip().rstrip(".!"))
            c.text = self.text[c.start:c.end]
        return c

    def _anchor_dateline(self, p: Parsed) -> None:
        """A wire story's dateline ("LOS ANGELES, March 3, 2025 -- ...", parse.py
        `_dateline_days`; "Cannes, France - 21 May 2024" on a line of its own) dates an
        undated piece: what "last month" and "on Sunday" are counted from from there on."""
        for text in [a.text for a in p.args if a.kind == "dateline"]:
            for v in find_dates(text):
                if v.year and v.month and v.day:
                    self.day = date(v.year, v.month, v.day).isoformat()
                    self._today = (v.year, v.month)
                    return

    def _anchor_awards(self, dv: DateValue, awards) -> bool:
        """Whether a value counted from the piece's date ("won the Palme d'Or last month") is
        the time of award claims whose words hold it and which say no year of their own; it is
        theirs, not a date of its own. A win at an edition held in that month (or year) stands;
        otherwise (a nomination, a win the KB puts at another time, an edition it cannot tell)
        the claim says something it does not check: its `unchecked` words get the value's."""
        held = [a for a in awards if a.start <= dv.start and dv.end <= a.end
                and a.slots.get("year") is None and a.slots.get("month") is None]
        for a in held:
            fam = a.slots.get("family")
            ed = a.slots.get("ceremony") or (edition_won_at(self.kb, [a], fam) if fam else None)
            day = next((str(f.value) for pr in ("ceremony_date", "end_date")
                        for f in self.kb.facts(subject=ed, predicate=pr)), None) if ed else None
            if a.slots.get("polarity") == "won" and day and day[:4] == str(dv.year) and (
                    dv.month is None or day[5:7] == f"{dv.month:02d}"):
                continue
            a.slots["unchecked"] = list(a.slots.get("unchecked") or []) + [dv.text]
        return bool(held)

    def _judge_ranges(self, p: Parsed, out: list, awards) -> None:
        """A range both of whose days this sentence's claims date ("Cannes 2024 (May 14-25)
        gave Anora its top prize") is judged there, not left unchecked by the award claim."""
        for c in out:
            rng = self._ranges.get(c.slots.get("value_at"))
            if rng is None or c.predicate != "end_date":
                continue
            a, b = rng[1], rng[2]
            if not any(o is not c and o.predicate == "start_date" and
                       o.slots.get("subject") == c.slots.get("subject") for o in out):
                continue
            said = p.doc[a:b].text.lower()
            for w in awards:
                if w.slots.get("unchecked"):
                    w.slots["unchecked"] = [x for x in w.slots["unchecked"]
                                            if x.lower() not in said]

    @staticmethod
    def _finer(c: Claim, out: list) -> bool:
        """Whether another claim of the sentence dates the same event more finely: "At Cannes
        in 2024, the festival opened on May 15" states one opening, on May 15 (the year alone
        would support what the day may refute)."""
        s = c.slots
        if s.get("kind") != "date" or s.get("month") is not None or s.get("day") is not None \
                or s.get("year") is None:
            return False
        return any(o is not c and o.predicate == c.predicate and o.slots.get("subject") ==
                   s.get("subject") and o.slots.get("kind") == "date" and (
                       o.slots.get("month") is not None or o.slots.get("day") is not None)
                   for o in out)

    def _dateline(self, p: Parsed, values) -> Optional[Claim]:
        """'Cannes, France – 21 May 2024': a line with no verb, a place and a full date, the
        place and day a piece is filed from. Where the place hosts a festival (a KB festival
        the place names, or the family its name is a word of), the day falls in one of its
        editions or it does not; a piece may be filed after a festival too, so this can
        support but never refute."""
        s, doc = p.sentence, p.doc
        if len(values) != 1:
            return None
        dv, first, last, coarse = values[0]
        if coarse or not (dv.year and dv.month and dv.day) or \
                any(not t.is_punct for t in doc[last:]) or "\n" in self.text[dv.end:s.end]:
            return None
        # the date's own line (the sentence splitter may join it to the line above)
        begin = max(s.start, self.text.rfind("\n", 0, dv.start) + 1)
        if begin == s.start and s.start and self.text[s.start - 1] != "\n":
            return None
        line = [t for t in doc[:first] if p.offset + t.idx >= begin]
        if any(t.pos_ in ("VERB", "AUX") for t in line):
            return None
        lead = [t for t in line if not t.is_punct]
        args = [p.arg_at(t.i) for t in lead]
        if not lead or any(a is None or a.kind not in ("place", "festival") for a in args):
            return None   # only the place's words before the date
        fam = None
        for a in args:
            f = award_family(self.kb, a.entity) if a.entity else None
            e = self.kb.entity(f) if f else None
            if e is None or e.type != "festival":
                f = lexicon().families.get(a.text.lower())
                e = self.kb.entity(f) if f else None
            if e is not None and e.type == "festival":
                fam = f
                break
        if fam is None:
            return None
        start, end = p.span_of(lead[0].i, last)
        start, end = max(s.start, start), min(s.end, end)
        return Claim(id="", start=start, end=end, text=self.text[start:end], category="date",
                     subject=EntityRef(fam, self.kb.label(fam)), predicate="dateline",
                     object=dv.text, hedged=False,
                     slots=dict(kind="dateline", subject=fam, negated=False, year=dv.year,
                                month=dv.month, day=dv.day, place=args[0].text))

    def answer_claims(self, p: Parsed, hedged: bool) -> list[Claim]:
        """'When were the nominations announced? On Thursday, January 23, 2025.': the date of
        an answer to a "when" question (`dates.when_words`) is the date of the question's
        event; an answer whose date has an event of its own is read as a sentence (not here)."""
        if p.answer is None:
            return []
        doc = p.doc
        when = next((t for t in doc[:p.answer] if t.lower_ in _lx().get("when_words", ())
                     and t.head.pos_ in ("VERB", "AUX")), None)
        if when is None:
            return []
        values = [v for v in self._values(p) if v[1] >= p.answer]
        if len(values) != 1:
            return []
        dv, first, last, coarse = values[0]
        gov = when.head.head if when.head.dep_ in ("aux", "auxpass") else when.head
        if gov.lemma_ == "be":   # ("When was the ceremony held?": the parser may hang "when"
            # on the auxiliary, or make it the root and the participle a modifier of the
            # subject; the event is the participle's)
            subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            gov = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"),
                       gov) if subj is not None else gov
        c = self._claim(p, dv, first, last, coarse, values, hedged, gov=gov)
        if c is None:
            return []
        lo = p.offset + doc[first].idx
        if first > p.answer and doc[first - 1].dep_ == "prep":
            lo = p.offset + doc[first - 1].idx   # "On Thursday, January 23": the answer's words
        c.start = max(c.start, lo)
        c.text = self.text[c.start:c.end]
        self._answered.add(dv.start)   # the answer read again as a sentence: not twice
        return [c]

    def see(self, p: Parsed) -> None:
        """Keep the last achievement a clause states (a question's too): what "this feat" or
        "it happened in ..." in a later sentence stands for."""
        if self.records is None or self.records.names_no_prize(p):
            return
        for v in p.doc:
            if v.pos_ in ("VERB", "AUX"):
                key = self.records.achievement_in(p, v.subtree)
                if key:
                    st = subject_token(v)
                    a = p.arg_at(st.i) if st is not None else None
                    holder = a.entity if a is not None and a.kind in ("person", "film") else (
                        self.res.person(p.sentence, st.lower_) if st is not None
                        and st.lower_ in PERSON_PRONOUNS else None)
                    self._said = (p.sentence.paragraph, key, holder)   # a year that modifies a film: claims/filmography.py

    # -- the values ---------------------------------------------------------------------------
    def _values(self, p: Parsed) -> list[tuple[DateValue, int, int, bool]]:
        """(value, first token, end token, coarse?) for each date of the sentence. Coarse: a
        weekday alone or a bare year, which can support a date but not always refute it."""
        doc, off = p.doc, p.offset
        out = []
        for dv in p.dates:   # read once, with the sentence's arguments
            span = doc.char_span(dv.start - off, dv.end - off, alignment_mode="expand")
            if span is not None:
                out.append((dv, span.start, span.end, False))
        out = self._ranges_of(p, out)
        taken = {i for _, a, b, _ in out for i in range(a, b)}
        events = [v for ev in _lx().get("events", ()) for v in ev.get("verbs", ())]

        def bare(t) -> bool:   # a year that dates an event with no preposition
            return t.dep_ == "npadvmod" and t.head.pos_ == "VERB" and _verb_matches(
                t.head, events) or _owned_record_year(t) or _birth_noun_year(t) or (
                t.head.pos_ == "VERB" and _dated_prefix(doc, t.head, t.i, t.i + 1)
                and _verb_matches(t.head, events))
            # "Walt Disney's 1954 record": a year on a record noun a holder owns; "the
            # 1971-born director": a year the participle of an event's verb hangs on
        for t in doc:
            if t.i in taken:
                continue
            if year_of(t.text) and (bare(t) or t.dep_ == "pobj" and (t.head.lower_ == "in" or (
                    t.head.lower_ in ("to", "from") and _verb_matches(
                        _verb_above(t), _lx().get("firsts", {}).get("verbs", ()))))) and not any(
                    c.dep_ not in ("punct",) for c in t.children):   # "(born 1972)" too
                out.append((DateValue(int(t.text), None, None, None, off + t.idx,
                                      off + t.idx + len(t), t.text), t.i, t.i + 1, True))
            elif t.lower_ in MONTHS and len(t.lower_) > 3 - (t.lower_ == "may") and \
                    t.text[:1].isupper() and t.dep_ == "pobj" and t.head.lower_ == "in" and \
                    not any(c.dep_ not in ("punct", "cc", "conj") for c in t.children):
                # "reaches American cinemas in October": a month alone, of no year, is coarse
                out.append((DateValue(None, MONTHS[t.lower_], None, None, off + t.idx,
                                      off + t.idx + len(t), t.text), t.i, t.i + 1, True))
            elif t.lower_ in WEEKDAYS and t.text[:1].isupper() and \
                    t.ent_type_ in ("DATE", "TIME", "") and not _in_a_name(p, t.i):
                out.append((DateValue(None, None, None, WEEKDAYS[t.lower_], off + t.idx,
                                      off + t.idx + len(t), t.text), t.i, t.i + 1, True))
        out += self._part_years(p, {i for _, a, b, _ in out for i in range(a, b)})
        out += self._relative(p, taken)
        out += self._calendar(p, {i for _, a, b, _ in out for i in range(a, b)})
        out.sort(key=lambda x: x[1])
        return _weekday_of_month(p, out)

    def _ranges_of(self, p: Parsed, out: list) -> list:
        """Days of one run written as a range ("May 15-26, 2024", "from 14 to 25 May 2024",
        "May 14 to May 25"): the first starts the run, the last ends it. The day the range
        leaves bare ("26", "14") is a value of its own, of the other's month and year, and
        both are kept in `_ranges` by where they start, with the tokens of the whole range."""
        sp = _lx().get("spans", {})
        joins = set(sp.get("to", ())) | set(sp.get("dashes", ()))
        doc, off = p.doc, p.offset
        taken = {i for _, a, b, _ in out for i in range(a, b)}
        starts = {a: k for k, (_, a, _, _) in enumerate(out)}

        def bare_day(i) -> Optional[int]:
            if not 0 <= i < len(doc) or i in taken or not doc[i].text.isdigit():
                return None
            d = int(doc[i].text)
            return d if 1 <= d <= 31 else None

        def value(y, m, d, t):
            return DateValue(y, m, d, None, off + t.idx, off + t.idx + len(t), t.text)

        def dashed(t) -> Optional[tuple[int, int, int]]:
            """"14–25", one token: (first day, last day, where the last starts)."""
            for dash in sp.get("dashes", ()):
                x, _, z = t.text.partition(dash)
                if x.isdigit() and z.isdigit() and 1 <= int(x) < int(z) <= 31:
                    return int(x), int(z), t.idx + len(x) + len(dash)
            return None

        years = [v.year for v, *_ in out if v.year]
        extra, fixed = [], list(out)
        for k, (dv, a, b, coarse) in enumerate(out):
            if coarse or dv.month is None or dv.day is None:
                continue
            one = dashed(doc[b - 1])
            if one is not None and one[0] == dv.day and not (dv.year or doc[a].text.isdigit()):
                # "May 14–25, 2024": the token holds both days
                y = year_of(doc[b + 1].text) if b + 1 < len(doc) and doc[b].text == "," \
                    else None
                y = y if y is not None else (years[0] if len(set(years)) == 1 else None)
                first = DateValue(y, dv.month, dv.day, dv.weekday, dv.start, dv.end, dv.text)
                t = doc[b - 1]
                second = DateValue(y, dv.month, one[1], None, off + one[2],
                                   off + t.idx + len(t), str(one[1]))
                fixed[k] = (first, a, b, False)
                extra.append((second, b - 1, b, False))
                self._ranges[first.start] = ("start_date", a, b)
                self._ranges[second.start] = ("end_date", a, b)
                continue
            if b >= len(doc) or doc[b].lower_ not in joins:
                continue
            d2 = bare_day(b + 1)
            if d2 is not None and d2 > dv.day:   # "May 15-26, 2024"
                y = dv.year
                if y is None and b + 3 < len(doc) and doc[b + 2].text == "," and \
                        year_of(doc[b + 3].text):
                    y = year_of(doc[b + 3].text)
                y = y if y is not None else (years[0] if len(set(years)) == 1 else None)
                first = DateValue(y, dv.month, dv.day, dv.weekday, dv.start, dv.end, dv.text)
                second = value(y, dv.month, d2, doc[b + 1])
                fixed[k] = (first, a, b, False)
                extra.append((second, b + 1, b + 2, False))
                self._ranges[first.start] = ("start_date", a, b + 2)
                self._ranges[second.start] = ("end_date", a, b + 2)
            elif b + 1 in starts:   # "May 14 to May 25"
                other = out[starts[b + 1]]
                self._ranges[dv.start] = ("start_date", a, other[2])
                self._ranges[other[0].start] = ("end_date", a, other[2])
        for k, (dv, a, b, coarse) in enumerate(fixed):   # "from 14 to 25 May 2024"
            if coarse or dv.month is None or dv.day is None or dv.start in self._ranges:
                continue
            one = dashed(doc[a])
            if one is not None and one[1] == dv.day:   # "14–25 May 2024": one token
                y = dv.year if dv.year is not None else (
                    years[0] if len(set(years)) == 1 else None)
                t = doc[a]
                first = DateValue(y, dv.month, one[0], None, off + t.idx,
                                  off + one[2] - 1, str(one[0]))
                extra.append((first, a, a + 1, False))
                self._ranges[first.start] = ("start_date", a, b)
                self._ranges[dv.start] = ("end_date", a, b)
                continue
            if a < 2 or doc[a - 1].lower_ not in joins or not doc[a].text.isdigit():
                continue
            d1 = bare_day(a - 2)
            if d1 is not None and d1 < dv.day:
                y = dv.year if dv.year is not None else (
                    years[0] if len(set(years)) == 1 else None)
                extra.append((value(y, dv.month, d1, doc[a - 2]), a - 2, a - 1, False))
                self._ranges[extra[-1][0].start] = ("start_date", a - 2, b)
                self._ranges[dv.start] = ("end_date", a - 2, b)
        return fixed + extra

    def _range_event(self, p, dv, rng):
        """(predicate, festival, subject token, cue, support_only, extra) of a day of a range:
        the run of the festival edition that the clause's run verb (`spans.verbs`) is said
        of ("The 77th festival ran May 14-25"), or that the range is set off after ("Cannes
        2024 (May 14-25)"). A range said of anything else (a vote, a shoot) is no claim."""
        pred, a, b = rng
        doc, sp = p.doc, _lx().get("spans", {})
        span = doc[a:b]
        t = span.root
        path, gov = [], None
        while t.head.i != t.i:
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                gov = t
                break
            if not (a <= t.i < b) and t.pos_ in ("NOUN", "PROPN"):
                path.append(t)
            if t.dep_ in CLAUSE_DEPS:
                break
        cands = list(path)
        if gov is not None and _verb_matches(gov, sp.get("verbs", ())):
            st = subject_token(gov)
            cands += ([st] if st is not None else []) + [
                c for c in gov.children if c.dep_ == "nsubjpass"]
        for t in cands:
            got = self._edition_at(p, t, dv, kinds=("festival",))
            if got is not None:   # the run verb is the cue; a range set off has none
                cue = gov.i if gov is not None and t not in path else None
                return (pred, got[0], t.i, cue, got[1], {})
        return None

    def _part_years(self, p: Parsed, taken) -> list:
        """A year with a part of it ("in early 2025", "in the fall of 2024", "in spring 2024",
        "in mid-2024"): a coarse value of the year, the months the part may mean kept in
        `_parts` by where it starts."""
        parts = _lx().get("parts_of_year", {})
        doc, off, out = p.doc, p.offset, []

        def under_in(t) -> bool:
            return t.dep_ == "pobj" and t.head.lower_ == "in"

        for t in doc:
            if t.i in taken:
                continue
            year, part = year_of(t.text), None
            if year is None and "-" in t.text:   # "mid-2024": one token
                word, _, rest = t.text.partition("-")
                year = year_of(rest)
                if year is not None and word.lower() in parts and under_in(t):
                    part = t
            elif year is None:
                continue
            elif under_in(t):   # "in early 2025": the part modifies the year
                mods = [c for c in t.children if c.dep_ not in ("punct", "det")]
                if len(mods) == 1 and mods[0].lower_ in parts and mods[0].i < t.i:
                    part = mods[0]
            elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in parts \
                    and under_in(t.head.head):   # "in the fall of 2024"
                part = t.head.head
            elif t.dep_ in ("nummod", "compound", "npadvmod") and t.head.lower_ in parts and \
                    under_in(t.head) and t.head.i < t.i:   # "in spring 2024"
                part = t.head
            if part is None or year is None or any(c.dep_ not in ("punct",) for c in t.children
                                                   if c.i != part.i):
                continue
            word = part.lower_ if part.i != t.i else t.text.partition("-")[0].lower()
            first = part.i if part.i < t.i else t.i
            first -= doc[first - 1].lower_ == "the" if first > 0 else 0
            start, end = off + doc[first].idx, off + t.idx + len(t)
            self._parts[start] = tuple(parts[word])
            out.append((DateValue(year, None, None, None, start, end,
                                  doc.text[start - off:end - off]), first, t.i + 1, True))
        return out

    def _relative(self, p: Parsed, taken) -> list:
        """Spans back from when the piece was written ("over 80 years ago"): a coarse value
        with no year of its own, its span and bound kept in `_ago` by where it starts."""
        rel = _lx().get("relative", {})
        units = rel.get("units", {})
        out = []
        for t in p.doc:
            if t.lower_ not in rel.get("words", ()) or t.i in taken:
                continue
            unit = next((c for c in t.children if c.lower_ in units
                         and c.dep_ in ("npadvmod", "nmod", "pobj", "dobj")), None)
            if unit is None:
                continue
            num = next((c for c in unit.children if c.dep_ in ("nummod", "quantmod")
                        and number_value(c)), None)
            n = number_value(num) if num is not None else (
                1 if any(c.lower_ in ("a", "one") for c in unit.children) else None)
            if not n:
                continue
            mods = {x.lower_ for x in unit.subtree if x.i < unit.i and x is not num}
            first = unit.left_edge.i
            words = set(rel.get("over", ())) | set(rel.get("under", ())) | set(
                rel.get("about", ())) | {"than"}
            while first > 0 and p.doc[first - 1].lower_ in words:
                first -= 1   # "less than a decade ago", which the parser may hang elsewhere
                mods.add(p.doc[first].lower_)
            bound = "over" if mods & set(rel.get("over", ())) and not mods & set(
                rel.get("under", ())) else "under" if mods & set(rel.get("under", ())) and not \
                mods & set(rel.get("about", ())) else "about" if mods & set(
                    rel.get("about", ())) else "exact"
            start, end = p.offset + p.doc[first].idx, p.offset + t.idx + len(t)
            dv = DateValue(None, None, None, None, start, end, p.doc[first:t.i + 1].text)
            self._ago[start] = (int(n) * units[unit.lower_], bound)
            out.append((dv, first, t.i + 1, True))
        return out

    def _calendar(self, p: Parsed, taken) -> list:
        """Months and years counted from the piece's own date ("last month", "earlier this
        month", "this year", "last May"; lexicon `dates.relative.calendar`): a coarse value of
        that month or year, kept in `_anchored` by where it starts (support only: a page's date
        may be the day it was updated, not written). Only a dated piece anchors one, and a
        month "last" names only when it cannot be this year's ("last May" in March 2025: May
        2024; in June it may be either)."""
        cal = _lx().get("relative", {}).get("calendar", {})
        back, units, within = cal.get("back", {}), cal.get("units", ()), cal.get("within", ())
        if self._today is None or self._today[1] is None:
            return []
        year, month = self._today
        doc, off, out = p.doc, p.offset, []
        for t in doc:
            named = MONTHS.get(t.lower_) if t.lower_ in _MONTH_NAMES and t.text[:1].isupper() \
                else None
            if t.i == 0 or t.i in taken or (t.lower_ not in units and named is None):
                continue
            mod = doc[t.i - 1]
            if mod.lower_ not in back or mod.head.i != t.i or (
                    mod.i > 0 and doc[mod.i - 1].lower_ in ("the", "a", "that", "its", "his",
                                                            "her", "their")) or any(
                    c.dep_ not in ("punct", "det", "amod", "advmod") or c.i > t.i
                    for c in t.children if c.i != mod.i):
                continue   # "the last month of the shoot", "last year's winner"
            n = back[mod.lower_]
            if named is not None:
                if n == 0:
                    y = year
                elif named >= month:
                    y = year - 1
                else:
                    continue   # "last February" in March: this year's or the year before
                dv_y, dv_m = y, named
            elif t.lower_.startswith("month"):
                dv_m, dv_y = month - n, year
                if dv_m < 1:
                    dv_m, dv_y = dv_m + 12, year - 1
            else:
                dv_y, dv_m = year - n, None
            first = mod.i - (mod.i > 0 and doc[mod.i - 1].lower_ in within)
            start, end = off + doc[first].idx, off + t.idx + len(t)
            self._anchored.add(start)
            self.calendar[(start, end)] = (dv_y, dv_m)
            out.append((DateValue(dv_y, dv_m, None, None, start, end,
                                  doc.text[start - off:end - off]), first, t.i + 1, True))
        return out

    # -- the event a value is the date of ----------------------------------------------------
    def _claim(self, p: Parsed, dv: DateValue, first: int, last: int, coarse: bool, values,
               hedged: bool, gov=None) -> Optional[Claim]:
        """`gov`: the verb whose event the date is said of, when another sentence says it (a
        question the date answers)."""
        doc = p.doc
        head = _head(doc, first, last)
        path, top = [], None
        t = head
        aside = _set_off_noun(doc, first, head) if gov is None else None
        if aside is not None:
            path.append(aside)   # "Then came Oscar night, March 3": the date of the noun
        while gov is None and t.head.i != t.i and t.dep_ not in CLAUSE_DEPS:
            t = t.head
            if t.pos_ in ("VERB", "AUX") and (t.dep_ not in ("amod",) or _dated_prefix(
                    doc, t, first, last)):
                gov = t   # (a participle the date prefixes: "the 1971-born director")
                break
            path.append(t)
            if t.dep_ in CLAUSE_DEPS:
                top = t   # "After its win at Cannes in May 2024, ...": a clause of its own
        if gov is not None:
            clause = clause_of(gov, p.titles)
        elif top is not None:
            clause = clause_of(top, p.titles)
        else:
            clause = frozenset(x.i for x in doc)
        prep = head.head if head.dep_ in ("pobj",) and head.head.dep_ == "prep" else None
        self._at = (first, last)
        self._gap = _gapped_conjunct(p, gov, path, first, values)
        found = self._event(p, dv, head, path, gov, clause, prep, values)
        ago = self._ago.get(dv.start)
        if found is None:
            found = self._restated(p, gov)
        if found is None:
            return None
        pred, subj, subj_tok, cue, support_only, extra = found
        if subj and pred in ("premiere_date", "release_date") and dv.year:
            subj = self._namesake_of_year(subj, dv.year)
        if not subj:
            return None
        part = self._parts.get(dv.start)
        if part is not None and pred in ("release_date", "premiere_date") and not (
                extra.get("medium") or extra.get("bare_ok")):
            # "opened in U.S. theaters in early 2025": no year a work is known by; a release in
            # a country named has the year of the KB's release there, else only the world
            # premiere bounds it
            extra["bare_ok"] = True
            extra["loose"] = extra.get("loose") or not extra.get("country") or \
                pred == "premiere_date"
        if coarse and ago is None:
            bare_year = dv.year is not None and dv.month is None
            if bare_year and pred in ("release_date", "premiere_date") and not (
                    extra.get("medium") or extra.get("bare_ok")):
                return None   # "premiered at Slamdance in 2004": the year of a work, its claim
            if bare_year and (extra.get("medium") or extra.get("bare_ok")):
                # "first screened in 2023" (the world premiere's year); "landed in cinemas in
                # 2023", "dropped on streaming in 2023": only the world premiere bounds them
                coarse = False
                extra["loose"] = extra.get("loose") or (pred == "release_date" and not (
                    part is not None and extra.get("country")))
            bare_month = dv.month is not None and dv.year is None and dv.day is None
            # "premiered at Cannes in June": a film's premiere at a festival is one showing,
            # in one month whatever the year
            festival_month = bare_month and pred == "premiere_date" and bool(
                extra.get("event")) and not any(extra.get(k) for k in (
                    "regional", "repeat", "opener", "loose", "places"))
            # "the 77th Cannes Film Festival wrapped on a Wednesday": a weekday alone, said of
            # a show's day the sentence names the edition of; that day has one weekday (the
            # next one's a time zone's), so it may refute (`_weekday_only` in verify/dates)
            # (and a film's world premiere at a festival: one showing, as `festival_month`)
            show_weekday = dv.weekday is not None and dv.year is None and \
                dv.month is None and dv.day is None and not support_only and (
                    pred in WEEKDAY_SHOW_DAYS or pred == "premiere_date" and bool(
                        extra.get("event")) and not any(extra.get(k) for k in (
                            "regional", "repeat", "opener", "loose", "places")))
            if show_weekday:
                extra["weekday_only"] = True
            elif coarse and not (bare_year and pred in ("date_of_birth", "ceremony_date",
                                                        "start_date", "end_date",
                                                        "first_achieved")) and not (
                    bare_month and pred == "date_of_birth") and not festival_month:
                support_only = True   # (a birthday's month: any year)
        if pred in ("start_date", "end_date") and dv.year is None:
            # a year the sentence states of the same event ("opened on May 14 and closed on May
            # 25, 2024"), not one inside a phrase on another noun ("..., the first American
            # winner since The Tree of Life in 2011")
            y = next((v.year for v, a, _b, _c in values if v.year
                      and not _under_another_noun(p.doc, a, clause)), None)
            if y is not None:
                dv = DateValue(y, dv.month, dv.day, dv.weekday, dv.start, dv.end, dv.text)
        if pred == "ceremony_date" and (cue is None or p.doc[cue].pos_ not in ("VERB", "AUX")):
            e = self.kb.entity(subj)
            if e is not None and e.year and dv.year and e.year != dv.year:
                # "won at the 29th Academy Awards in March 1956": with no word for the event,
                # the edition may be what is wrong, not the date (Marty's win did come in March
                # 1956). The pair is refuted only where neither can be meant: the edition is
                # named (not "the 73rd edition", which may be another show's), the date is of
                # no prize the sentence's award claims tell of that show, and a bare year is
                # not the films' the edition honoured ("the 92nd Academy Awards in 2019": the
                # year before, or one of its winners' eligibility years)
                a = p.arg_at(subj_tok) if subj_tok is not None else None
                if a is not None and a.entity == subj and self._awards and not (
                        dv.month is None and (dv.year == e.year - 1 or str(dv.year) in
                                              _films_years(self.kb, subj))) \
                        and not self._won_in(award_family(self.kb, subj), dv.year):
                    extra["edition_or_year"] = True
                else:
                    support_only = True
        named = _bracketed_film_after(p, last)
        if named is not None and subj is not None and named.entity != subj and \
                getattr(self.kb.entity(subj), "type", None) == "film":
            # "first shown on May 21, 2019 (Film A) and May 19, 2024 (Film B)": a film in
            # brackets right after a date is the film that date is of
            subj, subj_tok = named.entity, named.first
        if gov is not None and _modal(gov):
            support_only = True   # "plans to release it on ...": a plan, not a date it happened
        if dv.start in self._anchored:
            support_only = True   # "last month": counted from a date the page may have updated
        if gov is not None and _negated(gov):
            return None   # "was not held until May 16": what a negation denies is unclear
        toks = [first, last - 1] + [x for x in (cue,) if x is not None]
        if extra.get("from") is not None:
            toks, subj_tok = [extra["from"], last - 1], None
        if aside is not None and subj_tok == aside.i:
            toks.append(aside.left_edge.i + (aside.left_edge.dep_ == "det"))   # "Oscar night"
        if subj_tok is not None and subj_tok < first and (cue is None or p.doc[cue].dep_ != "conj") \
                and not (cue is not None and _aside_between(p.doc, subj_tok, cue)):
            # (not over an aside between them, "Inception, Christopher Nolan's thriller, ...":
            # its credit is a claim of its own, which this one's words would swallow)
            a = p.arg_at(subj_tok)
            toks.append(a.first if a is not None else subj_tok)
        start, end = p.span_of(min(toks), max(toks) + 1)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, max(end, start + 1))
        if dv.start in self._ranges:
            extra["value_at"] = dv.start
        slots = dict(kind="date", subject=subj, negated=False, year=dv.year, month=dv.month,
                     day=dv.day, weekday=dv.weekday, support_only=support_only,
                     country=extra.get("country"), event=extra.get("event"),
                     medium=extra.get("medium"), loose=extra.get("loose", False))
        if self.day is not None and dv.weekday is not None and dv.day is None:
            slots["written_on"] = self.day   # "on Sunday": the one within a week of the piece
        if extra.get("edition_or_year"):
            slots["edition_or_year"] = True   # the edition or the date is wrong: which, unsaid
        if extra.get("weekday_only") and not support_only:
            slots["weekday_only"] = True   # a weekday alone of a named show's day
        if extra.get("opener"):
            slots["opener"] = True   # a film's showing as a festival's opener (`_opener`)
        if extra.get("repeat"):
            slots["repeat"] = True   # a showing a festival repeats ("screened on May 24")
        if extra.get("premiere_places"):
            slots["premiere_places"] = list(extra["premiere_places"])
        if extra.get("places_only"):
            slots["places_only"] = True
        if extra.get("region_words"):
            slots["region_words"] = list(extra["region_words"])
        if extra.get("premiere_festival"):
            slots["premiere_festival"] = extra["premiere_festival"]
        if extra.get("regional") and not (gov is not None and _modal(gov)):
            slots["regional"] = True   # a premiere in a place: bounded by the world premiere
        if extra.get("places") is not None:
            slots["places"] = list(extra["places"])   # other places a release is said to be in
        if extra.get("value_at") is not None:
            slots["value_at"] = extra["value_at"]   # a day of a range (`_ranges`)
        if part is not None:
            slots["months"] = list(part)   # "early 2025": the months it may mean
        if pred == "first_achieved":
            slots.update(kind="achievement_date", achievement=extra["achievement"],
                         holder=extra.get("holder"), any_holder=extra.get("any_holder", False))
        if ago is not None:
            # the piece was written in [lo, hi]: its date's year, else from the latest year it
            # names up to today
            lo = self.written
            hi = self.written if self.dated and self.written else date.today().year
            slots.update(ago=ago[0], ago_bound=ago[1], written_lo=lo, written_hi=hi,
                         written_firm=bool(self.dated and self.written))
        self._last = (p.sentence.index, p.sentence.paragraph, pred, subj, extra)
        if end < len(self.text) and self.text[end] == ")" and \
                self.text.count("(", start, end) > self.text.count(")", start, end):
            end += 1   # "Sean Baker (born 1971)": the bracket the words open closes in them
        return Claim(id="", start=start, end=end, text=self.text[start:end], category="date",
                     subject=EntityRef(subj, self.kb.label(subj)), predicate=pred,
                     object=dv.text, hedged=hedged, slots=slots)

    def _event(self, p, dv, head, path, gov, clause, prep, values):
        """(predicate, subject id, subject token, cue token, support_only, extra) or None."""
        lx = _lx()
        events = lx.get("events", ())
        # 0. a year on a holder's record noun: "Walt Disney's 1954 record", "Disney's 1954
        # feat of four Oscars in a night" -- when that holder set the achievement
        got = self._owned_record(p, head)
        if got is not None:
            return got
        # 0a. a capsule's bracket after a title ("Anora (Neon, Oct. 18)"): the film's release
        # by the distributor named with the day
        got = self._capsule_release(p)
        if got is not None:
            return got
        # 0b. a date inside a noun set off beside a name ("Anora, the Palme d'Or winner of May
        # 25, 2024, opens ..."): the description's own time, never the event of the verb the
        # name is an argument of; only an edition or an event noun of the description dates it
        aside = _apposition_on_path(p, path)
        if aside is not None:
            gov, clause = None, frozenset(t.i for t in aside.subtree)
        # 1. an event noun between the date and its verb: "its world premiere on May 21"
        first_noun, own_verb = True, True
        for t in path:
            if _media(t):
                return None
            a = p.arg_at(t.i)
            if a is not None and a.kind in ("film", "person", "work"):
                break
            if a is not None and a.kind in ("award", "ceremony") and t.dep_ == "pobj" and \
                    t.head.lower_ in lx.get("not_at", ()) and gov is not None and \
                    t.head.head.i == gov.i:
                # "held on March 2, two weeks after the BAFTAs on February 16": the show the
                # clause's event is ordered against holds the date, not the clause's event
                got = self._edition_at(p, t, dv)
                if got is None:
                    return None
                return (_edition_event(p, frozenset(x.i for x in t.subtree), dv), got[0], t.i,
                        None, got[1], {})
            said = False
            for ev in events:
                if t.lemma_.lower() in ev.get("nouns", ()) or t.lower_ in ev.get("nouns", ()):
                    said = True
                    got = self._noun_event(p, ev, t, gov, clause, dv)
                    if got is not None:
                        return got
            rel = lexicon().noun(t.lemma_.lower()) if first_noun and t.pos_ == "NOUN" and \
                not said else None
            if rel is not None and rel.family == "awards" and \
                    t.lemma_.lower() in _lx().get("prize_event_nouns", ()):
                # "after its Palme d'Or victory on May 25", "its Oscar nomination on January
                # 23": the date is the time of the prize or nomination the noun tells, not of
                # the verb's event; a win's time is its show's night, a nomination's is not
                if rel.polarity != "won":
                    return None
                own_verb, win_noun = False, frozenset(x.i for x in t.subtree)
            first_noun = first_noun and t.pos_ not in ("NOUN", "PROPN")
        # 2. a festival's run: "ran from May 14 to May 25", "ran May 14-25"
        rng = self._ranges.get(dv.start)
        moved = gov is not None and own_verb and _verb_matches(
            gov, (lx.get("reschedule") or {}).get("verbs", ()))
        if rng is not None and not moved:   # ("postponed from January 12 to February 7": a
            return self._range_event(p, dv, rng)   # day planned and the one moved to, step 3)
        if prep is not None and gov is not None and own_verb:
            got = self._span(p, gov, clause, prep, dv, values)
            if got is not None:
                return got
        # 3. the verb of the clause (not for a date a win noun holds: the win's)
        if moved:
            return self._moved(p, gov, prep, dv)
        if gov is not None and own_verb:
            got = self._first_done(p, gov)
            if got is not None:
                return got
            got = self._opener(p, gov)
            if got is not None:
                return got
            for ev in events:
                if _verb_matches(gov, ev.get("verbs", ())) or (
                        _verb_matches(gov, ev.get("venue_verbs", ()))
                        and _venue(gov, ev) is not None) or (
                        # "is in UK cinemas from November 1": a state whose start is dated
                        _verb_matches(gov, ev.get("state_verbs", ())) and prep is not None
                        and prep.lower_ in set(ev.get("state_preps", ())) | set(
                            ev.get("state_since_preps", ()))
                        and _venue(gov, ev) is not None):
                    if ev.get("support_only") and not (prep is not None and prep.lower_ in (
                            lx.get("schedule") or {}).get("preps", ()) and not any(
                            c.dep_ == "prt" for c in gov.children)):
                        continue   # a plan is "set for" its day ("set up Oscar night on ...")
                    got = self._verb_event(p, ev, gov, clause, dv)
                    if got is not None and (ev.get("support_only") or prep is not None and
                                            prep.lower_ in ev.get("state_since_preps", ())):
                        # a plan ("is set for"); a state since a day ("in theaters since
                        # October 18"), which holds on every day after its start too
                        got = got[:4] + (True,) + got[5:]
                    if got is not None:
                        return got
        # 4. an edition the date is said of ("the 97th Academy Awards on March 2") or, with no
        # event word, the edition the clause names ("won at the 92nd Academy Awards on ...")
        for t in path:
            a = p.arg_at(t.i)
            if a is not None and a.kind in ("film", "person", "work"):
                break
            # ("on Wednesday night": the night a weekday names is the time, not a description
            # of the show, "Oscar night", that borrows the passage's edition)
            timed = t.i == head.head.i and head.dep_ == "compound" and head.lower_ in WEEKDAYS
            got = self._edition_at(p, t, dv, described=not timed)
            if got is not None:
                return (_edition_event(p, clause, dv), got[0], t.i, None, got[1], {})
        if gov is not None and not _verb_matches(gov, [v for ev in events
                                                       for v in ev.get("verbs", ())]):
            eds = []
            for i in sorted(clause):
                t = p.doc[i]
                named = p.arg_at(i)   # (the name's head: "after the Golden Globes")
                h = p.doc[named.head] if named is not None else t
                if any(x.dep_ == "pobj" and x.head.lower_ in _lx().get("not_at", ())
                       for x in (t, h)):
                    continue   # "two days after the 97th Academy Awards": not its date
                if _show_as_modifier(p, t):
                    continue   # "launched its Oscar campaign in May": a campaign's date
                got = self._edition_at(p, t, dv, described=False)
                if got is not None and got[0] not in [e[0] for e in eds]:
                    eds.append((got[0], got[1], i))
            if len(eds) == 1:
                # the claim is the date's words, with the edition's when it stands right before
                # the date ("at the 31st SAG Awards on February 23")
                a = p.arg_at(eds[0][2])
                near = a is not None and 0 <= head.i - a.last <= 2 and head.i > a.first
                return (_edition_event(p, clause, dv), eds[0][0], eds[0][2] if near else None,
                        None, eds[0][1], {})
        # 4b. a full date the award family read as the day of a prize it names ("took best
        # picture on February 10, 2020"): that family's ceremony of the date's year
        got = self._prize_day(dv)
        if got is not None:
            return ("ceremony_date", got, None, None, False, {})
        # 5. an event noun elsewhere in the clause: "had its world premiere ... on May 21";
        # or the noun a participle with no subject of its own is said of ("Anora's French
        # release followed on October 30", parsed as the noun's modifier): its event
        if gov is not None and gov.dep_ == "acl" and gov.head.pos_ == "NOUN" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
            clause = frozenset(clause) | {t.i for t in gov.head.subtree}
        for i in sorted(clause if own_verb else clause & win_noun):
            t = p.doc[i]
            if t.pos_ not in ("NOUN", "PROPN") or i == head.i:
                continue
            if _ordered_against(t, head):
                continue   # "bought it in November 2023, months before its debut": the noun
                # is the other event the clause's is ordered against, not the dated one
            for ev in events:
                if ev.get("predicate") in ("ceremony_date",):
                    continue   # "ceremony" in a clause is an edition: step 4 reads it
                if t.lemma_.lower() in ev.get("nouns", ()) or t.lower_ in ev.get("nouns", ()):
                    if _media(t):
                        return None
                    got = self._noun_event(p, ev, t, gov, clause, dv)
                    if got is not None:
                        return got
        return None

    def _moved(self, p, verb, prep, dv):
        """A date on a verb that moves a show to another day ("the Critics Choice Awards were
        pushed back from January 12, 2025"): under `from`, a day the show was planned for;
        under `to`, a day it was moved to. A show may be moved twice (first to one day, then
        to another), so neither is the one day the KB holds for it: both support only. The
        show is the verb's subject, an edition the KB knows; any other date on the verb (the
        day the move was made) says nothing of the show's day: None."""
        words = _lx().get("reschedule") or {}
        if prep is None:
            return None
        low = prep.lower_
        pred = "planned_date" if low in words.get("from", ()) else \
            "ceremony_date" if low in words.get("to", ()) else None
        s = subject_token(verb)
        if pred is None or s is None:
            return None
        # "the Oscar nominations were pushed back to January 23": a show's nominations moved
        # are their announcement's day (the KB holds no day they were first planned for)
        noms = next((ev for ev in _lx().get("events", ())
                     if ev.get("predicate") == "nominations_announced"), {})
        if s.lemma_.lower() in noms.get("with", ()) or s.lower_ in noms.get("with", ()):
            if pred != "ceremony_date":
                return None
            got = self._verb_event(p, noms, verb, frozenset(t.i for t in verb.subtree), dv)
            return got[:4] + (True,) + got[5:] if got is not None else None
        got = self._edition_at(p, s, dv)
        if got is None:
            return None
        return (pred, got[0], s.i, verb.i, True, {})

    def _prize_day(self, dv) -> Optional[str]:
        """The ceremony an award claim of the sentence dates to this full date (its year, month
        and day are the claim's slots, and it names a family but no edition): the family's one
        ceremony of that year, else None."""
        if not (dv.year and dv.month and dv.day):
            return None
        fams = {a.slots.get("family") for a in getattr(self, "_awards", ())
                if a.slots.get("family") and not a.slots.get("ceremony")
                and not a.slots.get("night_before")   # ("the same night": not its date's)
                and (a.slots.get("year"), a.slots.get("month"), a.slots.get("day"))
                == (dv.year, dv.month, dv.day)}
        if len(fams) != 1:
            return None
        eds = [x for x in self._family_editions(fams.pop()) if self.kb.entity(x).year == dv.year
               and self.kb.entity(x).type == "ceremony"]
        return eds[0] if len(eds) == 1 else None

    def _won_in(self, fam: Optional[str], year: int) -> bool:
        """Whether a subject of the sentence's award claims won (or was up for) a prize of
        family `fam` at an edition held in `year`, or the claim's subject is one the KB lacks
        (whose prizes it cannot tell): the date may be that prize's."""
        for a in getattr(self, "_awards", ()):
            who = a.slots.get("subject")
            if not who:
                return True
            for pr in ("award_received", "nominated_for"):
                for f in self.kb.facts_involving(who, pr):
                    ed = f.qualifiers.get("ceremony")
                    if ed and getattr(self.kb.entity(ed), "year", None) == year and (
                            fam is None or award_family(self.kb, ed) == fam):
                        return True
        return False

    def _won_at(self, fam: str, polarities=("won",), at: Optional[int] = None) -> Optional[str]:
        return edition_won_at(self.kb, getattr(self, "_awards", ()), fam, polarities, at)

    # -- events by kind ---------------------------------------------------------------------
    def _first_done(self, p, verb):
        """'Who has won four Oscars in one night? ... it dates back to 1954': a dating verb
        whose subject is a pronoun dates the first time the achievement another clause of the
        sentence states was done (one the KB keeps the holders of: claims/records.py)."""
        fs = _lx().get("firsts", {})
        if self.records is None:
            return None
        got = self._record_set(p, verb)
        if got is not None or not _verb_matches(verb, fs.get("verbs", ())):
            return got
        st = subject_token(verb)
        if st is None or st.lower_ not in fs.get("subjects", ()):
            return None
        if any(c.lower_ in fs.get("not_first", ()) for c in verb.children
               if c.dep_ not in ("mark", "cc")):   # "since it goes back to": a conjunction
            return None
        mine = {verb.i} | {t.i for c in verb.children if c.dep_ not in CLAUSE_DEPS | {"conj"}
            for t in c.subtree}
        for v in p.doc:
            if v.pos_ not in ("VERB", "AUX") or v.i in mine:
                continue
            key = self.records.achievement_in(p, [t for t in v.subtree if t.i not in mine])
            if key:
                spec = next(s for s in lexicon().section("records").get("achievements", ())
                            if s["key"] == key)
                prize = lexicon().section("records")["prizes"][spec["prizes"][0]]
                subj = (prize.get("entities") or [key])[0]
                return ("first_achieved", subj, None, verb.i, False, {"achievement": key})
        if self._said is not None and self._said[0] in (p.sentence.paragraph,
                                                        p.sentence.paragraph - 1) and \
                _verb_matches(verb, fs.get("events", ())):
            # "Who won four Oscars in one night? It happened in 1954.": the achievement the
            # sentence before stated, by its holder when it named one
            _, key, holder = self._said
            spec = next(s for s in lexicon().section("records").get("achievements", ()) if s["key"] == key)
            prize = lexicon().section("records")["prizes"][spec["prizes"][0]]
            subj = holder or (prize.get("entities") or [key])[0]
            return ("first_achieved", subj, None, verb.i, False,
                    {"achievement": key, "holder": holder, "any_holder": holder is None})
        return None

    def _owned_record(self, p, year):
        """'Walt Disney's 1954 record of four Oscars in one night': a year on a record noun
        (lexicon `dates.sets.nouns`) that a holder owns is when that holder set the
        achievement the noun's phrase, else the sentence, names (claims/records.py)."""
        sets = _lx().get("sets", {})
        noun = year.head
        if self.records is None or year.dep_ not in ("nummod", "compound", "amod", "nmod") or \
                noun.i <= year.i or noun.lemma_.lower() not in sets.get("nouns", ()):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        a = p.arg_at(owner.i) if owner is not None else None
        if a is None or a.kind not in ("person", "film") or not a.entity:
            return None
        held = {t.i for t in owner.subtree}
        key = self.records.achievement_in(p, [t for t in noun.subtree if t.i not in held]) or \
            self.records.achievement_in(p, [t for t in p.doc if t.i not in held])
        if key is None:
            return None
        return ("first_achieved", a.entity, owner.i, None, False,
                {"achievement": key, "holder": a.entity})

    def _record_set(self, p, verb):
        """'Walt Disney set this record in 1954': the year a holder (the verb's subject) set
        the achievement its object names, or -- "this record" -- the one said last in the
        passage (claims/records.py)."""
        sets = _lx().get("sets", {})
        if not _verb_matches(verb, sets.get("verbs", ())):
            return None
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                    and c.lemma_.lower() in sets.get("nouns", ())), None)
        modifies = obj is None and verb.dep_ in ("relcl", "acl") and \
            verb.head.lemma_.lower() in sets.get("nouns", ())
        if modifies:
            # "..., a record Walt Disney set in 1953", "a record set by Walt Disney in 1953":
            # the record noun the clause modifies; the achievement is the sentence's
            obj = verb.head
        if obj is None:
            return None
        held = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")
                for t in c.subtree}   # what the holder's words say is not the achievement
        key = self.records.achievement_in(p, [t for t in verb.subtree if t.i not in held])
        if key is None and modifies:
            key = self.records.achievement_in(p, [t for t in p.doc if t.i not in held])
        if key is None:
            last = self._said
            if last is None or last[0] not in (p.sentence.paragraph, p.sentence.paragraph - 1) \
                    or not any(c.lower_ in ("this", "that", "the") for c in obj.children):
                return None
            key = last[1]
        st = subject_token(verb) if obj.dep_ == "dobj" or (
            modifies and any(c.dep_ == "nsubj" for c in verb.children)) else next(
            (g for c in verb.children if c.dep_ == "agent" for g in c.children
             if g.dep_ == "pobj"), None)
        if st is None:
            return None
        a = p.arg_at(st.i)
        who = a.entity if a is not None and a.kind in ("person", "film") else (
            self.res.person(p.sentence, st.lower_) if st.lower_ in PERSON_PRONOUNS else None)
        if not who:
            return None
        return ("first_achieved", who, st.i, verb.i, False, {"achievement": key, "holder": who})

    def _restated(self, p, gov):
        """'That's right, over 70 years ago', 'That was in 1954': a date in a sentence that
        states no event of its own restates the date the sentence before gave (in the same
        paragraph)."""
        if self._last is None:
            return None
        si, para, pred, subj, extra = self._last
        if si != p.sentence.index - 1 or para != p.sentence.paragraph:
            return None
        if gov is not None:
            st = subject_token(gov)
            if gov.lemma_ != "be" or (st is not None and st.lower_ not in
                                      _lx().get("relative", {}).get("restate_subjects", ())):
                return None
        if any(a.kind in ("film", "person", "work", "ceremony", "festival", "award",
                          "org", "organization", "character") for a in p.args):
            # it names something: not a bare restatement (also where the parser hung the
            # date on no verb: "Poor Things premiered ... a day earlier, on September 1")
            return None
        return (pred, subj, None, None, False, extra)

    def _noun_event(self, p, ev, noun, gov, clause, dv):
        kind = ev.get("subject")
        if kind == "ceremony":
            got = self._edition_at(p, noun, dv)
            return ("ceremony_date", got[0], noun.i, None, got[1], {}) if got else None
        # "Anora's UK release date was ...": an event noun compounded on a noun of the date
        # itself (lexicon `dates.date_nouns`) is owned, and placed in its clause, as that noun
        dn = _lx().get("date_nouns", ())
        owner = noun.head if noun.dep_ == "compound" and noun.head.i != noun.i and \
            noun.head.lemma_.lower() in dn else noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                noun.head.head.lemma_.lower() in dn and not any(
                    c.dep_ in ("poss", "det") for c in noun.children):
            owner = noun.head.head   # "her date of birth", "the date of release" (not "the
            # day of its premiere", whose owner is its own)
        heads = [owner] + ([noun] if owner is not noun else [])
        cands = [c for h in heads for c in h.children if c.dep_ == "poss"]
        cands += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g.i != noun.i]
        cands += [c for c in noun.children if c.dep_ == "compound"]
        if owner.dep_ == "appos" and owner.head.i < owner.i:
            # "Anora, a November 2024 release in the UK", "Anora (UK release: ...)": the
            # noun in apposition says the event of the name it stands beside
            cands.append(owner.head)
        # "made its world premiere", where the parser takes "world" for the noun's subject:
        # the possessor of the noun's own modifier
        cands += [g for c in noun.children if c.dep_ in ("nsubj", "compound", "amod")
                  and c.i < noun.i for g in c.children if g.dep_ == "poss"]
        # "premiered at Cannes before opening in US theaters in October": an event noun after
        # a preposition of sequence (lexicon `dates.sequence_preps`) on the verb is its
        # subject's next event, and a date on that noun is that event's
        sequel = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and gov is not None and \
            noun.head.head.i == gov.i and noun.head.lower_ in _lx().get("sequence_preps", ())
        # "Anora is set for an October 18 release", "slated for release on November 1": an
        # event noun under a preposition of a scheduling verb (lexicon `dates.schedule`) is
        # its subject's planned event -- a plan, which the day it happened may support and
        # never refutes (plans move)
        sched = _lx().get("schedule") or {}
        planned = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and gov is not None and \
            noun.head.head.i == gov.i and noun.head.lower_ in sched.get("preps", ()) and \
            gov.lemma_.lower() in sched.get("verbs", ())
        if (not cands or planned) and gov is not None and (sequel or planned or owner.dep_ in (
                "dobj", "attr", "nsubj", "nsubjpass")):
            st = subject_token(gov)   # (a planned event's place, "a UK release", is no owner)
            cands = [st] if st is not None and st.i != noun.i else []
        for c in cands:
            subj, support = self._subject(p, c, kind)
            if subj:
                got = self._finish(p, ev, subj, c.i, noun.i, clause, support or planned, noun)
                return got[:4] + (True,) + got[5:] if got is not None and planned else got
        if kind == "film" and _label_row(p, owner):
            # "World premiere: May 21, 2024", "UK release - 1 November 2024": a row of a fact
            # box or a list of key dates; the event is the film the passage is about, when no
            # other film is named above the row (which it might be of)
            film = self.res.heading_film(p.sentence.paragraph) or self.res.film(p.sentence)
            if film and self.res.films_before(p.sentence.start) == {film}:
                label = min([c.i for c in owner.children if c.i < owner.i and not c.is_punct]
                            + [owner.i])   # ("World premiere", "UK release date")
                return self._finish(p, ev, film, label, noun.i, clause, False, noun)
        return None

    def _verb_event(self, p, ev, verb, clause, dv):
        kind = ev.get("subject")
        pred = ev["predicate"]
        adverbs = ev.get("needs_adverb")
        if adverbs and not any(c.dep_ == "advmod" and c.lower_ in adverbs
                               for c in verb.children):
            return None   # "slated for March 2" without "initially": not a first plan
        need = ev.get("with")
        if need and not any(p.doc[i].lower_ in need or p.doc[i].lemma_.lower() in need
                            for i in clause):
            return None
        if kind in ("ceremony", "festival"):
            st = _set_off_subject(verb) or subject_token(verb)
            if st is not None and p.arg_at(st.i) is None and st.lemma_.lower() in \
                    _lx().get("side_events", ()):
                return None   # "the 97th Academy Awards nominations announcement took place
                # on ...": another event than the show, which only modifies its name
            order = ([st] if st is not None else []) + \
                [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            loose = by_year = None
            for t in order:
                got = self._edition_at(p, t, dv, kinds=(kind,))
                a = p.arg_at(t.i)
                if got is not None and not got[1] and a is not None and a.entity and \
                        award_family(self.kb, a.entity) == a.entity and by_year is None:
                    # "Cannes held its 74th edition in 2022": the family's edition of the
                    # date's year only if the object names no edition of its own
                    by_year = (pred, got[0], t.i, verb.i, got[1], {})
                    continue
                if got is not None and not got[1]:
                    return (pred, got[0], t.i, verb.i, got[1], {})
                if got is not None and loose is None:
                    # a guess (by the year of writing); the object may name the edition:
                    # "Cannes opened its 2024 edition on May 15"
                    loose = (pred, got[0], t.i, verb.i, got[1], {})
            if by_year is not None or loose is not None:
                return by_year or loose
            if st is not None and any(
                    e.get("subject") not in ("ceremony", "festival") and (
                        st.lemma_.lower() in e.get("nouns", ()) or st.lower_ in e.get("nouns", ()))
                    for e in _lx().get("events", ())):
                # "the premiere of Anora was held at Cannes on May 20": what was held is a
                # film's event, and the festival in the clause only where it was held
                return None
            # the edition named in the clause: "Nominations for the 97th Academy Awards were
            # read out", "the Academy announced the nominations for the 97th Oscars on ..."
            if st is not None and not need and getattr(p.arg_at(st.i), "kind", None) in (
                    "org", "organization", "person", "film"):
                return None   # "Neon opened it on October 18": the company's deed, not the
                # opening of a festival the clause names elsewhere
            not_at = set(_lx().get("not_at", ()))
            for i in sorted(clause):
                a = p.arg_at(i)
                if any(x.dep_ == "prep" and x.lower_ in not_at
                       for x in _up_to(p.doc[i], verb)):
                    continue   # "a party after the 97th Academy Awards", "after its win at
                    # Cannes, ...": not its date
                if a is not None and a.head == i and a.kind in ("ceremony", "festival", "award"):
                    got = self._edition_at(p, p.doc[i], dv, kinds=(kind,), described=False)
                    if got is not None:
                        return (pred, got[0], i, verb.i, got[1], {})
            if need:   # "the nominations were announced on ...": the passage's edition
                base = self.borrow(p.sentence.paragraph) if self.borrow is not None else None
                base = base or (self.res.last.get("ceremony") or (None,))[0]
                e = self.kb.entity(base) if base else None
                if e is not None and e.type == kind:
                    return (pred, base, None, verb.i, True, {})
            return None
        # film or person: the object of a release verb ("Neon opened Anora"), else its subject
        gap = self._gap
        if gap is not None and (g := p.arg_at(gap.i)) is not None and g.kind == kind:
            # "premiered A on D1, and B on D2": the date is B's, the conjunct's own
            subj, support = self._subject(p, gap, kind)
            return self._finish(p, ev, subj, gap.i, verb.i, clause, support, verb) \
                if subj else None
        order = []
        if kind == "film":
            # "Neon opened Anora", "hit theaters"; not "hit $15 million", "opened the festival"
            venues = set(_lx().get("venues", ())) | set(_lx().get("media", ()))
            for c in verb.children:
                if c.dep_ != "dobj":
                    continue
                if c.lower_ in venues or c.lemma_.lower() in venues:
                    continue
                a = p.arg_at(c.i)
                if (a is not None and a.kind == "film") or c.lower_ in FILM_WORDS:
                    order.append(c)
                elif c.tag_ == "WDT" and verb.dep_ == "relcl":
                    # "Anora, which Neon released on ...": the pronoun stands for the noun the
                    # clause hangs on
                    h = p.arg_at(verb.head.i)
                    if h is not None and h.kind == "film":
                        order.append(verb.head)
                else:
                    return None
            a = p.arg_at(verb.i + 1) if verb.i + 1 < len(p.doc) else None
            if not order and a is not None and a.kind == "film" and a.first == verb.i + 1 and \
                    not any(c.dep_ == "dobj" for c in verb.children) and any(
                        a.first <= c.i < a.last for c in verb.children):
                # "Tarantino premiered Once Upon a Time in Hollywood at Cannes": a title right
                # after the verb, which the parser took apart, is its object
                order.append(p.doc[a.head])
        st = _prefixed_noun(p, verb) if _dated_prefix(p.doc, verb, *self._at) else None
        st = st or _set_off_subject(verb) or subject_token(verb)
        b = p.arg_at(verb.i - 1) if verb.i > 0 else None
        if st is None and b is not None and b.kind == kind and b.last == verb.i and any(
                b.first <= c.i < b.last for c in verb.children):
            # "Once Upon a Time in Hollywood premiered at Cannes": a title right before the
            # verb, which the parser took apart, is its subject
            st = p.doc[b.head]
        if st is not None:
            order.append(st)
        for t in order:
            subj, support = self._subject(p, t, kind)
            if subj:
                return self._finish(p, ev, subj, t.i, verb.i, clause, support, verb)
        return None

    def _namesake_of_year(self, film: str, year: int) -> Optional[str]:
        """The film a title means when a premiere or release is dated: `film` when its year is
        within a year of the date's, else the one namesake of the KB (same title) whose year
        is ("Dune premiered on December 3, 1984" is Lynch's Dune, not the 2021 film the name
        was linked to); None when namesakes exist and none fits (which one is meant, the
        date cannot tell); `film` when it has none (the date may be wrong)."""
        kb = self.kb
        e = kb.entity(film)
        if e is None or e.type != "film" or not e.year or abs(int(e.year) - year) <= 1:
            return film
        same = [x for x in kb.entities_by_name(e.label, type="film")
                if x.id != film and x.label == e.label]
        if not same:
            return film
        fit = [x for x in same if x.year and abs(int(x.year) - year) <= 1]
        return fit[0].id if len(fit) == 1 else None

    def _capsule_release(self, p):
        """A bracket right after a film's title holding its distributor and a day, nothing
        else ("Anora (Neon, Oct. 18)", a listing's or a review's capsule): the day the film
        opened there. The distributor is one the KB holds for the film (or the lexicon's
        `dates.distributors`), whose territory is the release's country. Capsules also give
        re-release and streaming days, so the day only supports."""
        doc, (first, last) = p.doc, self._at
        if last >= len(doc) or doc[last].text != ")":
            return None
        i, orgs = first - 1, []
        while i >= 0 and doc[i].text != "(":
            a = p.arg_at(i)
            if doc[i].is_punct:
                i -= 1
                continue
            if a is None or a.kind not in ("organization", "org") or a.last != i + 1:
                return None
            orgs.append(a)
            i = a.first - 1
        film = p.arg_at(i - 1) if i > 0 and len(orgs) == 1 else None
        if film is None or film.kind != "film" or not film.entity or film.last != i:
            return None
        org = orgs[0]
        countries = _lx().get("countries", {})
        held = {f.value: (f.qualifiers or {}).get("territory")
                for f in self.kb.facts(subject=film.entity, predicate="distributor")}
        known = _lx().get("distributors", {}).get(org.text.lower())
        if org.entity not in held and known is None:
            return None
        where = held.get(org.entity)
        country = known or (countries.get(where.lower()) if where else None)
        extra = {"country": country} if country else {}
        return ("release_date", film.entity, film.first, None, True, extra)

    def _opener(self, p, verb):
        """'Up opened Cannes on May 13', 'Birdman opened the 2014 edition': a film that opens
        (closes) a festival is shown there that day (`dates.opener_verbs`); the claim is a
        premiere reading the verifier holds only against the world premiere."""
        if not _verb_matches(verb, _lx().get("opener_verbs", ())):
            return None
        st = subject_token(verb)
        a = p.arg_at(st.i) if st is not None else None
        if a is None or a.kind != "film" or not a.entity:
            return None
        q = lexicon().qualifiers
        heads = set(q.get("festival_heads", ())) | set(q.get("festival_cities", ())) | set(
            lexicon().section("festivals").get("edition_nouns", ()))
        for o in verb.children:
            if o.dep_ != "dobj":
                continue
            oa = p.arg_at(o.i)
            if oa is not None and oa.kind == "festival" or o.lower_ in heads or \
                    o.lemma_.lower() in heads:
                fest = oa.entity if oa is not None and oa.kind == "festival" else None
                return ("premiere_date", a.entity, st.i, verb.i, False,
                        {"bare_ok": True, "loose": True, "event": fest, "opener": True})
        return None

    def _span(self, p, verb, clause, prep, dv, values):
        """'The festival ran from May 14 to May 25': start and end dates of a festival."""
        sp = _lx().get("spans", {})
        word = prep.lower_
        if word in sp.get("from", ()):
            pred = "start_date"
        elif word in sp.get("to", ()) and (prep.head.lower_ in sp.get("from", ()) or any(
                c.dep_ == "prep" and c.lower_ in sp.get("from", ()) for c in prep.head.children)):
            pred = "end_date"
        else:
            return None
        if not _verb_matches(verb, sp.get("verbs", ())):
            return None
        st = subject_token(verb)
        for t in ([st] if st is not None else []) + \
                [c for c in verb.children if c.dep_ == "nsubjpass"]:
            got = self._edition_at(p, t, dv, kinds=("festival",))
            if got is not None:
                return (pred, got[0], t.i, verb.i, got[1], {})
        return None

    def _finish(self, p, ev, subj, subj_tok, cue, clause, support, cue_tok):
        """Qualifiers of a film's release or premiere: the country, the festival."""
        pred = ev["predicate"]
        extra: dict = {}
        if pred not in ("release_date", "premiere_date"):
            return (pred, subj, subj_tok, cue, support, extra)
        lx = _lx()
        countries = lx.get("countries", {})
        fests = [a for a in _clause_args(p, clause) if a.kind == "festival"]
        only = set(ev.get("festival_only", ()))
        lemma = cue_tok.lemma_.lower()
        # "it first screened", "its first (public) screening": the first showing anywhere
        first = any(c.lower_ in ev.get("firsts", ()) and (
            c.dep_ == "advmod" if cue_tok.pos_ in ("VERB", "AUX") else c.dep_ == "amod")
            for c in cue_tok.children)
        if pred == "premiere_date" and (lemma in only or cue_tok.lower_ in only) and not (
                fests or first or _festival_said(p, clause)):
            return None   # "debuted", "screened" are a premiere only at a festival (one the
            # KB knows, or one said by its name or city: "bowed on the Croisette") ...
        if pred == "premiere_date" and cue_tok.pos_ in ("VERB", "AUX"):
            ven = _venue(cue_tok, ev)
            if ven is not None and _is_media(ven):
                return None   # "premiered on television in May 2025": not its first showing
        if pred == "premiere_date" and not first and (
                lemma in ev.get("repeats", ()) or cue_tok.lower_ in ev.get("repeats", ())):
            extra["repeat"] = True   # "screened at Cannes on May 24": one of its showings
        if pred == "premiere_date" and first:
            extra["bare_ok"] = True   # ... or first: "it first screened in May 2024"
        elif pred == "premiere_date" and not fests and lemma not in only:
            # "Anora, which premiered in 2023, ...": no festival, so no work-year reading; a
            # regional premiere may come later, so only a year before the world premiere refutes
            extra.update(bare_ok=True, loose=True)
        if pred == "release_date" and cue_tok.pos_ in ("VERB", "AUX"):
            ven = _venue(cue_tok, ev)
            if ven is not None and _is_media(ven):
                # "landed on streaming": a release the KB may hold no date for; only its
                # world premiere bounds it
                extra.update(medium=ven.lower_, loose=True)
            elif ven is not None and _verb_matches(cue_tok, ev.get("venue_verbs", ())) and \
                    not _verb_matches(cue_tok, lexicon().section("filmography").get(
                        "year_verbs", ())):
                # "landed in cinemas in 2023": a year no other family reads; it may refute
                # only a release before the world premiere
                extra["bare_ok"] = True
        # "debuted at Cannes": not the theatrical release; but a festival word's verb with
        # cinemas for its venue ("bowed in French cinemas", "debuted in US theaters") is one
        cinema = cue_tok.pos_ in ("VERB", "AUX") and not fests and (
            lambda v: v is not None and not _is_media(v))(_venue(cue_tok, ev))
        if pred == "release_date" and ((lemma in _premiere_cues() and not cinema) or fests):
            support = True
        if pred == "release_date" and any(
                c.lower_ in ev.get("other_releases", ()) for c in cue_tok.children
                if c.dep_ in ("amod", "compound", "advmod", "nmod", "acomp", "oprd")):
            # "its wide release came in November", "opened nationwide on ...": a later stage
            # of the release than the first opening the KB dates
            support = True
        # "reaches American cinemas in October and French ones on November 6": with a list
        # the parser leaves flat, the places on the date's side of the coordinator are its own
        seg = _segment(p, clause, self._at) if pred == "release_date" else None
        gap = self._gap
        if gap is not None:
            # "reached French cinemas on D1, and British ones on D2": the places of the date's
            # conjunct are its own, the first clause's are not
            seg = {t.i for t in gap.subtree}
        places, unknown, others, named = [], False, [], []
        only_named = True   # every place is one the event is said to be in or at
        for a in _clause_args(p, set(clause) | (seg or set())):
            if _under_other_verb(p.doc[a.head], cue_tok, ev):
                continue
            if a.kind in ("place", "group") and (seg is None or a.first in seg):
                cid = countries.get(a.text.lower()) or (a.entity if a.entity in
                                                        countries.values() else None)
                h = p.doc[a.head]
                if a.kind == "place" and h.dep_ == "pobj" and h.head.lower_ in ("in", "at"):
                    named.append(a.text)   # "premiered in London": where, said of the event
                else:
                    only_named = False   # "its US premiere": a region's premiere
                if cid:
                    places.append(cid)
                else:
                    unknown = True
                    others.append(a.entity)   # "opened in Italy": a place the KB may place
        for i in set(clause) | (seg or set()):
            w = p.doc[i].lower_
            if w in countries and p.doc[i].dep_ in ("amod", "compound", "pobj", "nmod") and (
                    seg is None or i in seg) and not _under_other_verb(p.doc[i], cue_tok, ev):
                places.append(countries[w])
                if p.doc[i].dep_ != "pobj":
                    only_named = False
        places = list(dict.fromkeys(places))
        if pred == "release_date" and extra.get("medium"):
            pass
        elif pred == "release_date":
            if len(places) == 1:
                extra["country"] = places[0]
                if seg is not None and min(seg) > cue_tok.i:
                    extra["from"] = min(seg)   # the claim is the date's conjunct
            elif places or unknown:
                support = True
                if unknown and not places:
                    # the release there is dated by its country's, if the KB holds that one
                    extra["places"] = others
                elif not unknown:
                    # "released in the UK and in Germany on ...": the date is one of theirs;
                    # another country's release on that day does not support it
                    extra["places"] = places
            else:
                words = f" {' '.join(t.lower_ for t in p.doc)} "   # the sentence's words
                dist = [c for d, c in lx.get("distributors", {}).items() if f" {d} " in words]
                if len(set(dist)) == 1:
                    extra["country"] = dist[0]
        else:
            if named:
                extra["premiere_places"] = named   # the places said, for the venue to hold
                if only_named:
                    # "premiered at the Shrine Auditorium in Los Angeles": nothing but where;
                    # if the world premiere was there, that is the premiere said
                    extra["places_only"] = True
            # "its US premiere", "its London premiere": the region the premiere was of, which
            # the world premiere's day supports only where the KB places that premiere
            region = [" ".join(w.text for w in c.subtree) for c in cue_tok.children
                      if c.dep_ in ("amod", "compound", "nmod") and (
                          c.lower_ in countries or c.ent_type_ in ("NORP", "GPE"))
                      and getattr(p.arg_at(c.i), "kind", None) not in ("festival", "ceremony")]
            if region and (places or unknown):
                extra["region_words"] = region
            if places or unknown:
                # "its US premiere", "premiered in Toronto": not the world's; but no premiere
                # anywhere comes before the world's, so a day before it may still refute
                extra["regional"] = not support
                support = True
            if fests:
                extra["event"] = fests[0].entity
            # the festival as said ("at the Venice Film Festival", "at Venice"), known to the
            # KB or not: the premiere's venue must be that festival's
            # (one said in the cue's own clause: not "..., then played Cannes")
            own = cue_tok if cue_tok.pos_ in ("VERB", "AUX") else verb_above(cue_tok)
            mine = {i for i in clause if own is None or getattr(
                verb_above(p.doc[i]), "i", None) in (None, own.i)}
            near = [a for a in fests if a.head in mine]
            said = near[0].text if near else None if fests else _festival_said(p, mine)
            if said:
                extra["premiere_festival"] = said
        if gap is not None and gap.i > cue_tok.i:
            extra["from"] = gap.left_edge.i   # the claim is the date's conjunct
        return (pred, subj, subj_tok, cue, support, extra)

    # -- subjects -----------------------------------------------------------------------------
    def _subject(self, p, tok, kind) -> tuple[Optional[str], bool]:
        """(entity id, support_only) of what token `tok` names, if it is of `kind`."""
        a = p.arg_at(tok.i)
        if a is not None:
            if a.kind == kind and a.entity:
                return a.entity, False
            if a.kind in ("film", "person", "work", "character", "org", "organization",
                          "ceremony", "festival", "award", "place"):
                return None, False
        if tok.pos_ == "NOUN":
            # "The film's star, Mikey Madison, was born in 1999": a description with the name
            # set beside it is the one it names
            for c in tok.children:
                b = p.arg_at(c.i) if c.dep_ == "appos" and c.i > tok.i else None
                if b is not None and b.kind == kind and b.entity:
                    return b.entity, False
        low = tok.lower_
        if kind == "person" and low in PERSON_PRONOUNS:
            return self.res.person(p.sentence, low), False
        if kind == "person" and tok.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            # "Born in Reutov in 1992, the actor trained ...": a definite description of a
            # person (the ages section's `descriptions`) is the one the paragraph is about, as a
            # pronoun of its gender would be; among several it may only support
            gender = (lexicon().ages.get("descriptions") or {}).get(tok.lemma_.lower(), "-")
            if gender != "-":
                pron = {"f": "she", "m": "he"}.get(gender)
                who = self.res.person(p.sentence, pron)
                return who, bool(who) and (len(self.res.candidates(p.sentence, pron or "")) > 1
                                           or len(self.res.people_near(p.sentence, pron)) > 1)
        if kind == "film":
            if tok.pos_ == "NOUN" and any(c.lower_ in _lx().get("other_film", ())
                                          for c in tok.children if c.dep_ in ("amod", "advmod",
                                                                              "compound")):
                return None, False   # "his previous film": not the passage's
            if low in ("it", "its") or (tok.pos_ == "NOUN" and low in FILM_WORDS and any(
                    c.lower_ in ("the", "this", "its", "his", "her") or c.dep_ == "poss"
                    for c in tok.children)):
                # the title beside the noun ("Sean Baker's film Anora"), else the film said
                # before the word, not one its sentence names after it ("It premiered in
                # 2019, a year after Shoplifters won")
                title = titled(p, tok) if tok.pos_ == "NOUN" else None
                a = p.arg_at(title.i) if title is not None else None
                if a is not None and a.kind == "film":
                    return a.entity, False
                return self.res.film_at(p.sentence, p.offset + tok.idx), False
            if low in _lx().get("venues", ()):   # "German cinemas followed on ..."
                return self.res.film_at(p.sentence, p.offset + tok.idx), False
            entry = _entry_title(p)
            q = lexicon().qualifiers
            if entry is not None and tok.pos_ == "NOUN" and tok.i > entry.last and \
                    tok.lemma_.lower() in set(q.get("film_descriptions", ())) | set(
                        q.get("title_nouns", ())) and any(
                        c.dep_ in ("det", "poss") for c in tok.children):
                # "Oppenheimer — Christopher Nolan's epic premiered ...", "Top Gun: Maverick —
                # The sequel premiered ...": a list entry's description is its title's film
                return entry.entity, False
        return None, False

    def _edition_at(self, p, tok, dv, kinds=("ceremony",), described: bool = True):
        """(edition id, support_only) that token `tok` names: a ceremony or festival edition,
        a family with the date's year ("the Golden Globes (January 5, 2025)"), an ordinal
        edition of the passage's family ("the 12th ceremony"), or -- support only -- a
        description of the edition the passage is about ("the ceremony", "Oscar night")."""
        kb = self.kb
        a = p.arg_at(tok.i)
        if a is not None and a.entity and a.kind in kinds + ("award",):
            fam = award_family(kb, a.entity)
            e = kb.entity(a.entity)
            if e is not None and e.type in kinds and fam != a.entity:
                named = year_named(kb, a.text, a.entity)
                if named and dv.year and dv.year != named:
                    # "the 1934 Oscars, held in 1935": the edition for that year's films
                    return edition_for_films_of(kb, a.entity, named) or a.entity, False
                return a.entity, False
            if fam == a.entity and dv.year:   # a family: its edition of the date's year
                eds = [x for x in self._family_editions(fam) if (kb.entity(x).year == dv.year)
                       and kb.entity(x).type in kinds]
                if len(eds) == 1:
                    return eds[0], False
            n = next((parse_ordinal(c.lower_) for c in tok.children if c.i < tok.i and c.dep_ in
                      ("amod", "nummod", "compound") and c.text[:1].isdigit()
                      and parse_ordinal(c.lower_)), None)
            if any(c.dep_ == "poss" for c in tok.children):
                n = None   # "her 2nd Golden Globes": her count, not the edition's number
            if fam == a.entity and n is not None and dv.year is None:
                # "the 78th BAFTAs took place on February 16": the family's edition of that
                # number (a day with a year is read by the year: the number or the year may
                # be the wrong one)
                eds = self._numbered_editions(fam, n, kinds)
                return (eds[0], False) if len(eds) == 1 else None
            verb = verb_above(tok) if fam == a.entity and dv.year is None and dv.month and \
                dv.day else None
            won = self._won_at(fam, at=p.offset + verb.idx) if verb is not None else None
            if won is not None and kb.entity(won) is not None and kb.entity(won).type in kinds:
                # "Conclave won best film at the BAFTAs, held on February 9": the family's
                # edition the winner of the award claim of the name's own verb won at (the one
                # edition the KB has it winning there) is the one the day is of, whatever year
                # the piece is from (not a winner another verb tells of: "X, who won last
                # year, presented at the Oscars on March 15")
                return won, False
            if fam == a.entity and dv.year is None and dv.month and dv.day and \
                    len(self._years) == 1:
                # "Cannes — the 75th edition, held from May 17 to May 28, 2022": a day of no
                # year in a sentence that gives one year is of the family's edition that year
                # (support only: the year is the sentence's, not the day's own)
                yr = next(iter(self._years))
                eds = [x for x in self._family_editions(fam) if kb.entity(x).year == yr
                       and kb.entity(x).type in kinds]
                if len(eds) == 1:
                    return eds[0], True
            if fam == a.entity and dv.year is None and dv.month and dv.day and self.written:
                # "the Golden Globes, which were handed out on Jan. 5": a day of no year, of
                # the family's edition in the year the piece was written (support only)
                eds = [x for x in self._family_editions(fam) if kb.entity(x).year ==
                       self.written and kb.entity(x).type in kinds]
                if len(eds) == 1:
                    return eds[0], True
            if fam == a.entity and dv.year is None and (dv.weekday is not None and dv.month is None
                                                         or dv.month and dv.day):
                # "landed Oscar nominations Thursday", "the Critics Choice Awards, initially
                # slated for January 12": a weekday alone, or a day of no year in a piece that
                # gives none, said of the family the passage is about, is of its edition there
                # (it may support, never refute)
                base = self.borrow(p.sentence.paragraph) if self.borrow is not None else None
                base = base or (self.res.last.get("ceremony") or (None,))[0] or \
                    self._won_at(fam, ("won", "nominated"))   # or the sentence's nominee's
                if base and award_family(kb, base) == fam and kb.entity(base) is not None and \
                        kb.entity(base).type in kinds:
                    return base, True
            return None
        if a is not None and (a.entity or any(p.doc[i].pos_ == "PROPN"
                                              for i in range(a.first, a.last))):
            return None   # a name; not "71st edition", which the tagger may take for a place
        words = _lx().get("descriptions", ())
        if tok.lemma_.lower() not in words and tok.lower_ not in words:
            return None
        named, loose = set(), None
        # "the 12th ceremony": an ordinal edition of the family the passage is about
        n = next((parse_ordinal(c.lower_) for c in tok.children
                  if c.dep_ in ("amod", "nummod", "compound") and parse_ordinal(c.lower_)), None)
        for c in tok.children:   # "the 97th Oscars ceremony": the edition named before it
            owner = c
            if c.dep_ == "poss" and c.pos_ == "PRON" and tok.dep_ in ("dobj", "obj"):
                # "the Academy held its 97th ceremony": the owner is the verb's subject
                owner = next((x for x in tok.head.children if x.dep_ == "nsubj"), c)
            if c.dep_ in ("compound", "nmod", "poss") and p.arg_at(owner.i) is not None:
                ent = p.arg_at(owner.i).entity
                if n is not None and ent and award_family(kb, ent) == ent:
                    # "Cannes' 76th edition": its 76th, whatever the date; "the Academy's
                    # 97th ceremony": the 97th of the show the body presents
                    named.add(show_of(kb, ent))
                    continue
                if owner is not c:
                    continue
                got = self._edition_at(p, c, dv, kinds, described=False)
                if got is not None and not got[1]:
                    return got
                loose = loose or got   # a guess by the year of writing: the last resort
                if p.arg_at(c.i).entity:
                    named.add(award_family(kb, p.arg_at(c.i).entity))
        for c in tok.children:   # "the March 2 ceremony, the 97th Academy Awards": the
            # edition the description is set beside is the one it names
            if c.dep_ == "appos" and p.arg_at(c.i) is not None:
                got = self._edition_at(p, c, dv, kinds, described=False)
                if got is not None and not got[1]:
                    return got
        base = self.borrow(p.sentence.paragraph) if self.borrow is not None else None
        base = base or (self.res.last.get("ceremony") or (None,))[0]
        yr = next((year_of(c.text) for c in tok.children if c.dep_ in (
            "amod", "nummod", "compound", "npadvmod") and year_of(c.text)), None)
        if yr is not None:
            # "its 2024 edition", "the Oscars' 2025 ceremony": the edition of that year of the
            # family the phrase names, else the one the sentence, passage or paragraph names
            sent = {award_family(kb, x.entity) for x in p.args if x.entity
                    and x.kind in ("award", "ceremony", "festival")} - {None}
            fams = (named - {None}) or sent or ({award_family(kb, base)} if base else set()) \
                or self._para_fams.get(p.sentence.paragraph, set())
            if not fams:
                # "the 2024 festival" in a piece that names one festival (and no other a KB
                # lacks): that festival's
                fams = set().union(*(self._kinds_named().get(k, set()) for k in kinds))
                if None in fams:
                    return None
            if len(fams) != 1:
                return None
            eds = [x for x in self._family_editions(next(iter(fams)))
                   if kb.entity(x) is not None and kb.entity(x).year == yr
                   and kb.entity(x).type in kinds]
            return (eds[0], False) if len(eds) == 1 else None
        fam = award_family(kb, base) if base else None
        if fam is None:
            fam = next((award_family(kb, x.entity) for x in p.args if x.entity
                        and x.kind in ("award", "ceremony", "festival")), None)
        if fam is None:
            fam = self._article_family()
        if n is not None:
            if len(named) == 1 and None not in named:
                fam = next(iter(named))   # the family the phrase names
            if fam is None:
                # "the 77th festival" in a piece that names one festival (and no other a KB
                # lacks): that festival's 77th, as "the 2024 festival" is its edition of 2024
                fams = set().union(*(self._kinds_named().get(k, set()) for k in kinds))
                fam = next(iter(fams)) if len(fams) == 1 and None not in fams else None
            if fam is None:
                return None
            eds = self._numbered_editions(fam, n, kinds)
            return (eds[0], False) if len(eds) == 1 else None
        if described and base is None and len(named) == 1 and None not in named:
            # "Oscar night, March 3, when the film won six Academy Awards": the one edition
            # of the family the description names at which the sentence's winner won
            won = self._won_at(next(iter(named)))
            if won is not None:
                return won, False
        if described and base is None and not named:
            # "Anora won best picture at the Oscars. The ceremony was held on ...": the one
            # edition the paragraph's words and wins come to, said plainly ("the next
            # ceremony" is another)
            here = self._para_edition(p, kinds)
            if here is not None and self._plain(p, tok, here) and not any(
                    c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
                return here, False
        if not described or base is None:
            return loose
        if named and named != {award_family(kb, base)}:
            return None   # "BAFTA night" in a passage on the Oscars: another family's
        e = kb.entity(base)
        if e is None or e.type not in kinds:
            return None
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
            return None   # "a ceremony": not the one the passage is about
        won = self._won_at(award_family(kb, base), ("won", "nominated"))
        if won is not None and won != base and kb.entity(won) is not None and \
                kb.entity(won).type in kinds:
            # "Oppenheimer took seven Oscars at the ceremony held in 2024", after a sentence
            # on the next year's: the edition the sentence's own winner won at, not the last
            base = won
        return base, not (self._sole(p, tok, base) or self._sole_here(p, tok, base, kinds)
                          or self._fits_none(p, tok, base, dv))

    def _fits_none(self, p, tok, base: str, dv) -> bool:
        """Whether a plain "the ceremony" borrowing the edition the passage is about (`base`)
        may refute a day that fits no edition the piece could mean by it: every edition it
        names of that kind, and its families' editions of the day's year, has a date,
        none on that day, the piece names no such event the KB lacks, and the day is within a
        month of `base`'s own ("will host the ceremony on Sunday, March 9" in a piece on the
        97th Oscars that also names the Golden Globes and the BAFTAs). Wrong whichever edition
        it means; a day far from it may be another kind of ceremony (a wedding's)."""
        kb = self.kb
        e = kb.entity(base)
        if dv.month is None or dv.day is None or e is None or not e.year or \
                not self._plain(p, tok, base):
            return False
        fams = self._kinds_named().get(e.type, set())
        if None in fams:
            return False
        eds = {base} | {m.entity.id for m in self.res.mentions if m.entity_type == e.type
                        and award_family(kb, m.entity.id) not in (None, m.entity.id)}
        for fam in fams | {award_family(kb, base)}:   # their editions of the day's year
            eds |= {x for x in self._family_editions(fam) if kb.entity(x) is not None
                    and kb.entity(x).year == (dv.year or e.year)}
        own = None
        for ed in eds:
            days = []
            for pred in ("ceremony_date", "start_date", "end_date"):
                for f in kb.facts(subject=ed, predicate=pred):   # every source's day
                    days += [str(f.value)] + [str(x.get("value")) for x in
                                              (f.disputed_values or ())]
            days = [d for d in days if len(d) == 10 and d[:4].isdigit()]
            if not days:
                return False   # an edition the KB cannot date: it may be the one meant
            lo, hi = min(days), max(days)
            for y in ([dv.year] if dv.year else range(int(lo[:4]), int(hi[:4]) + 1)):
                said = f"{y:04d}-{dv.month:02d}-{dv.day:02d}"
                if lo <= said <= hi:
                    return False   # the day fits this edition
            if ed == base:
                own = date(int(lo[:4]), int(lo[5:7]), int(lo[8:10]))
        if own is None:
            return False
        try:
            said = date(dv.year or own.year, dv.month, dv.day)
        except ValueError:
            return False
        return abs((said - own).days) <= 31

    def _note(self, p: Parsed, awards) -> None:
        """Keep what a paragraph names: the award families of its arguments, its editions, its
        award claims (what "the ceremony" later in it may stand for)."""
        para = p.sentence.paragraph
        fams = self._para_fams.setdefault(para, set())
        eds = self._para_eds.setdefault(para, set())
        for a in p.args:
            if a.entity and a.kind in ("award", "ceremony", "festival"):
                fam = award_family(self.kb, a.entity)
                if fam:
                    fams.add(fam)
                if fam and fam != a.entity and a.kind in ("ceremony", "festival"):
                    eds.add(a.entity)
        self._para_wins.setdefault(para, []).extend(awards)

    def _para_edition(self, p: Parsed, kinds) -> Optional[str]:
        """The one edition a paragraph can mean by "the ceremony" / "the festival": it names
        one award family, of that kind, and no name of that kind the KB lacks, and the editions
        it names and those its award claims' winners (or nominees) won (or were nominated) at
        in that family come to one; else None."""
        kb, para = self.kb, p.sentence.paragraph
        fams = self._para_fams.get(para, set())
        if len(fams) != 1:
            return None
        fam = next(iter(fams))
        eds = set(self._para_eds.get(para, ()))
        if not eds and not self._para_wins.get(para) and len(self._years) == 1:
            # "At Cannes in 2024, the festival opened on May 15": the family's edition of the
            # one year the sentence gives
            y = next(iter(self._years))
            eds = {x for x in self._family_editions(fam) if kb.entity(x) is not None
                   and kb.entity(x).year == y}
        for a in self._para_wins.get(para, ()):
            if a.slots.get("family") not in (None, fam):
                continue
            if a.slots.get("ceremony"):
                eds.add(a.slots["ceremony"])
                continue
            who, pol = a.slots.get("subject"), a.slots.get("polarity")
            if not who or pol not in ("won", "nominated") or a.slots.get("negated"):
                continue
            preds = ("award_received",) + (("nominated_for",) if pol == "nominated" else ())
            # the work a person won for ("Baker won the Palme for Anora") holds the prize
            # when the person's own facts do not
            for holder in (who, a.slots.get("for_work")):
                # (a person's prize may be a film's fact naming them among its recipients)
                got = {f.qualifiers.get("ceremony") for pr in preds
                       for f in kb.facts_involving(holder, pr)
                       if award_family(kb, f.value) == fam and (
                           not a.slots.get("award") or f.value == a.slots["award"]) and (
                           f.subject == holder or holder in (f.qualifiers.get("recipients")
                                                             or ()))} \
                    if holder else set()
                if got:
                    break
            if len(got) != 1 or None in got:
                return None   # a winner of several editions: which one is unsure
            eds |= got
        if len(eds) != 1:
            return None
        ed = next(iter(eds))
        e = kb.entity(ed)
        if e is None or e.type not in kinds or award_family(kb, ed) != fam:
            return None
        lo, hi = self._para_span(para)
        if self._unlinked_kinds(lo, hi) & set(kinds):
            return None   # "the Governors Awards" in the paragraph: "the ceremony" may be it
        return ed

    def _sole_here(self, p, tok, base: str, kinds) -> bool:
        """Whether a plain "the ceremony" is sure to mean `base` by its paragraph: the one
        edition the paragraph can mean (`_para_edition`), even in a piece on several."""
        return self._plain(p, tok, base) and self._para_edition(p, kinds) == base

    def _para_span(self, para: int) -> tuple[int, int]:
        if not hasattr(self, "_paras"):
            self._paras = list(paragraphs(self.text))
        return self._paras[para] if 0 <= para < len(self._paras) else (0, 0)

    def _plain(self, p, tok, base: str) -> bool:
        """A definite "the festival" (or one the family names: "Oscar night") that nothing
        else qualifies ("the next festival", "last year's ceremony" are not)."""
        kb, lx = self.kb, _lx()
        e = kb.entity(base)
        fam = award_family(kb, base)
        if e is None or tok.lemma_.lower() not in lx.get("firm_descriptions", {}).get(e.type, ()) \
                or tok.tag_ in ("NNS", "NNPS"):
            return False
        for c in tok.children:
            a = p.arg_at(c.i)
            if c.dep_ == "det" and c.lower_ in ("the", "this"):
                continue
            if c.dep_ == "compound" and a is not None and a.entity and \
                    award_family(kb, a.entity) == fam:
                continue
            if c.dep_ in ("punct", "prep", "acl", "relcl", "appos"):
                continue
            return False   # "the next festival", "last year's ceremony", "his first show"
        return any(c.dep_ in ("det", "compound") for c in tok.children)

    def _sole(self, p, tok, base: str) -> bool:
        """Whether a description is sure to mean the edition `base`: a definite "the festival"
        (or one the family names: "Oscar night") that nothing else qualifies, in a piece that
        names no other edition or award family of the edition's kind (and no such phrase the
        KB lacks). Such a description may refute, like the edition's name."""
        kb = self.kb
        if not self._plain(p, tok, base):
            return False
        e, fam = kb.entity(base), award_family(kb, base)
        return self._kinds_named().get(e.type) == {fam} and {
            m.entity.id for m in self.res.mentions if m.entity_type == e.type
            and award_family(kb, m.entity.id) != m.entity.id} == {base}

    def _kinds_named(self) -> dict:
        """The award families the piece names, by the kind of their editions (ceremony,
        festival); a phrase of a festival head the KB lacks ("the Kestrel Bay Film Festival")
        counts as a family of its own."""
        if not hasattr(self, "_families"):
            kb, out = self.kb, {}
            for m in self.res.mentions:
                fam = award_family(kb, m.entity.id)
                if fam is None:
                    continue
                eds = [f.subject for f in kb.facts(predicate="edition_of", object_entity=fam)]
                kinds = {kb.entity(x).type for x in eds[:3] if kb.entity(x) is not None}
                for k in kinds & {"ceremony", "festival"}:
                    out.setdefault(k, set()).add(fam)
            for k in self._unlinked_kinds(0, len(self.text)):
                out.setdefault(k, set()).add(None)
            self._families = out
        return self._families

    def _unlinked_kinds(self, lo: int, hi: int) -> set:
        """The kinds (festival, ceremony) of the names in text[lo:hi] the KB does not link,
        by their head word ("the Kestrel Bay Film Festival", "the Governors Awards"): "the
        festival" or "the ceremony" may be that one."""
        heads = {h: "festival" for h in lexicon().qualifiers.get("festival_heads", ())}
        heads.update({h: "ceremony" for h in _lx().get("ceremony_heads", ())})
        spans = [(m.start, m.end) for m in self.res.mentions
                 if m.entity_type in ("festival", "ceremony", "award")]
        out, pos = set(), lo
        for word in self.text[lo:hi].split():
            at = self.text.find(word, pos)
            pos = at + len(word)
            w = word.strip(".,;:!?()\"'’“”")
            if w[:1].isupper() and w.lower() in heads and at > 0 and \
                    self.text[at - 1] not in "\n" and not any(a <= at < b for a, b in spans) \
                    and not self._headline_at(at):
                out.add(heads[w.lower()])
        return out

    def _headline_at(self, at: int) -> bool:
        """Whether position `at` is in a headline: a line with no closing stop whose words
        are capitalised ("Croisette Daily: Day One of the 78th Festival"), where a capital is
        the style, not a name."""
        a = self.text.rfind("\n", 0, at) + 1
        b = self.text.find("\n", at)
        return headline(self.text[a:b if b >= 0 else len(self.text)])

    def _article_family(self) -> Optional[str]:
        """The award family an article is about, when its words name one at least twice and
        more often than any other ("the 12th ceremony" in an article on the Oscars)."""
        if not hasattr(self, "_fam"):
            low = self.text.lower()
            counts: dict[str, int] = {}
            for word, fam in lexicon().families.items():
                counts[fam] = counts.get(fam, 0) + len(re.findall(rf"\b{re.escape(word)}\b", low))
            best = sorted(counts.items(), key=lambda kv: -kv[1])
            ok = best and best[0][1] >= 2 and (len(best) == 1 or best[1][1] < best[0][1])
            self._fam = best[0][0] if ok else None
        return self._fam

    def _numbered_editions(self, fam: str, n: int, kinds) -> list[str]:
        """The editions of family `fam` numbered `n` ("the 78th"), of one of `kinds`."""
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n % 100 not in (11, 12, 13)
                                                 else 0, "th")
        return [x for x in self._family_editions(fam) if x.startswith(f"{n}{suffix}-")
                and self.kb.entity(x).type in kinds]

    def _family_editions(self, fam: str) -> list[str]:
        got = self._editions.get(fam)
        if got is None:
            got = self._editions[fam] = [f.subject for f in self.kb.facts(
                predicate="edition_of", object_entity=fam)]
        return got


def _in_a_name(p: Parsed, i: int) -> bool:
    """Whether token `i` is a word of a name the sentence holds ("Thank God It's Friday", a
    film): no weekday of the clause's event."""
    a = p.arg_at(i)
    return a is not None and a.entity is not None and a.kind not in ("date", "time")


def _under_another_noun(doc, i: int, clause) -> bool:
    """Whether the token at `i` lies outside `clause`, or hangs on a noun of it through a
    preposition (a year that dates that noun: "since The Tree of Life in 2011"): a year the
    clause's event does not state."""
    if i not in clause:
        return True
    t = doc[i]
    while t.head.i != t.i and t.i in clause:
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN") \
                and t.head.head.ent_type_ != "DATE":
            return True
        t = t.head
    return False


def _label_row(p: Parsed, noun) -> bool:
    """Whether `noun` is the label of a verbless row, its value after a colon or a dash
    ("World premiere: May 21, 2024 (Cannes)", "UK release \u2014 1 November 2024"): the root of
    a sentence with no verb, the mark right after it."""
    doc = p.doc
    return noun.dep_ == "ROOT" and noun.i + 1 < len(doc) and \
        doc[noun.i + 1].text in (":", "\u2014", "\u2013", "-") and \
        not any(t.pos_ in ("VERB", "AUX") for t in doc)


def _dated_headings(text: str) -> dict:
    """{where the line after it starts: the day} of each line that is a full day and nothing
    else ("May 21, 2024", "Tuesday, 21 May 2024"), blank lines after it skipped, when the piece
    has two such lines or more (a timeline's headings, not a publication date)."""
    out, at = {}, 0
    for line in text.split("\n"):
        nxt = at + len(line) + 1
        bare = line.strip().strip("*#_:").strip()
        got = find_dates(bare) if bare and bare[0].isalnum() and len(bare) <= 40 else []
        if len(got) == 1 and got[0].text == bare and got[0].year and got[0].month and \
                got[0].day:
            k = nxt
            while k < len(text) and text[k] == "\n":
                k += 1
            out[k] = got[0]
        at = nxt
    return out if len(out) >= 2 else {}


_MONTH_NAMES = frozenset(list(MONTHS)[:12])   # "May", not "Mar" (a month's whole name)


def _iso_day(value) -> Optional[str]:
    """'2025-03-03' of a piece's date written year first with its day, else None."""
    v = str(value or "")[:10]
    try:
        return date.fromisoformat(v).isoformat()
    except ValueError:
        return None


def _weekday_of_month(p: Parsed, out: list) -> list:
    """"premiered on a Friday in May 2024": a weekday alone and a month of a year said of the
    same event (both hang on one verb, or the month on the weekday) are one date, the month's
    days that fall on that weekday; the pair is a value of its own, no longer coarse, so that
    neither half supports the claim while the other goes unchecked."""
    doc = p.doc
    days = [x for x in out if x[0].weekday is not None and x[0].month is None
            and x[0].year is None and x[2] - x[1] == 1]
    months = [x for x in out if x[0].month is not None and x[0].year is not None
              and x[0].day is None and x[0].weekday is None]
    if len(days) != 1 or len(months) != 1:
        return out
    wd, mo = days[0], months[0]
    w, m = doc[wd[1]], _head(doc, mo[1], mo[2])

    def anchor(t):   # the word the date's phrase hangs on: "on a Friday" -> the verb
        return t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else None
    aw, am = anchor(w), anchor(m)
    if aw is None or am is None or not (am.i == aw.i or am.i == w.i) or wd[1] > mo[1]:
        return out
    dv, mv = wd[0], mo[0]
    merged = DateValue(mv.year, mv.month, None, dv.weekday, dv.start, mv.end,
                       doc.text[dv.start - p.offset:mv.end - p.offset])
    kept = [x for x in out if x is not wd and x is not mo] + [(merged, wd[1], mo[2], False)]
    return sorted(kept, key=lambda x: x[1])


def in_range(doc, first: int, last: int) -> bool:
    """Whether the date on tokens [first, last) is a day of a range of days ("May 14-25",
    "from 14 to 25 May", "14–25 May"): two day numbers joined by a word or dash of the
    lexicon's `dates.spans`."""
    sp = _lx().get("spans", {})
    joins = set(sp.get("to", ())) | set(sp.get("dashes", ()))

    def day(i) -> bool:
        return 0 <= i < len(doc) and doc[i].text.isdigit() and 1 <= int(doc[i].text) <= 31

    for i in range(max(0, first - 1), min(len(doc), last + 1)):
        t = doc[i]
        if t.lower_ in joins and day(i - 1) and day(i + 1):
            return True
        for dash in sp.get("dashes", ()):
            x, _, z = t.text.partition(dash)
            if x.isdigit() and z.isdigit() and 1 <= int(x) < int(z) <= 31:
                return True
    return False


def _birth_noun_year(t) -> bool:
    """A year modifying a noun of birth ("Mikey Madison (b. 1999)"): the year of that birth."""
    ev = next((e for e in _lx().get("events", ()) if e.get("predicate") == "date_of_birth"), {})
    return t.dep_ in ("nummod", "npadvmod", "appos") and t.head.i < t.i and (
        t.head.lower_ in ev.get("nouns", ()) or t.head.lemma_.lower() in ev.get("nouns", ()))


def _dated_prefix(doc, verb, first: int, last: int) -> bool:
    """A participle modifying a noun, joined by a hyphen to the date right before it: "the
    1971-born director", "a 2024-released drama"."""
    return verb.dep_ in ("amod", "compound") and verb.tag_ == "VBN" and verb.i >= 2 and \
        doc[verb.i - 1].text in ("-", "–") and first <= verb.i - 2 < last


def _prefixed_noun(p: Parsed, verb):
    """The noun a hyphen-prefixed participle modifies, or the name that noun stands for
    ("the 1971-born director Sean Baker", "Sean Baker, the 1971-born director")."""
    head = verb.head
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head   # "the 1971-born Sean Baker": the name's last word
    if p.arg_at(head.i) is None and head.pos_ == "NOUN":
        named = [x for x in [head.head] * (head.dep_ == "appos") + [
            c for c in head.children if c.dep_ == "appos" and c.i > head.i]
            if p.arg_at(x.i) is not None]
        if named:
            return named[0]
    return head


def _ordered_against(noun, date_head) -> bool:
    """Whether an event noun is the object of a preposition of sequence (lexicon
    `dates.sequence_preps`: "before its premiere", "ahead of the festival") that does not hold
    the date: the event its clause is ordered against, whose own date that is not."""
    seq = _lx().get("sequence_preps", ())
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return False
    word = prep if prep.lower_ in seq else prep.head if prep.head.lower_ in seq else None
    return word is not None and date_head.i not in {t.i for t in word.subtree}


def _verb_above(tok):
    """The verb a token hangs under, through prepositions and adverbs ("back to 1954")."""
    t = tok
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    return t


def _under_other_verb(tok, cue, ev) -> bool:
    """Whether `tok` is a word of another event's verb or event noun inside the clause of the
    verb `cue`, an event of another kind than `ev` ("premiered in May before opening in the US
    in October": the US is where it opened, not where it premiered). A second event of the
    same kind ("opened in the UK ..., a week after its German release") is left to the
    markets' reading: which one the date is of may be unclear."""
    if cue.pos_ not in ("VERB", "AUX"):
        return False
    nouns = {n: e for e in _lx().get("events", ()) for n in e.get("nouns", ())}
    t = tok
    while t.i != cue.i and t.head.i != t.i:
        other = None
        if t.pos_ == "VERB":
            other = next((e for e in _lx().get("events", ())
                          if _verb_matches(t, e.get("verbs", ()))), None)
        elif t.pos_ == "NOUN":
            other = nouns.get(t.lemma_.lower())
        if other is not None:
            return other.get("predicate") != ev.get("predicate") and cue in t.ancestors
        t = t.head
    return False


def _head(doc, first: int, last: int):
    for i in range(first, last):
        h = doc[i].head.i
        if h < first or h >= last or h == i:
            return doc[i]
    return doc[last - 1]


def _show_as_modifier(p, t) -> bool:
    """A show's name that modifies a noun of what goes on ahead of it (lexicon
    `dates.before_show_nouns`: "its Oscar campaign", "the BAFTA strategy", "Oscar voters"):
    the clause's date is that thing's, not the show's ("her Oscar win on March 2", "the Oscar
    ceremony" are the show's)."""
    a = p.arg_at(t.i)
    if a is None or a.kind not in ("ceremony", "award", "festival") or a.last > len(p.doc):
        return False
    last = p.doc[a.last - 1]
    head = last.head
    if last.dep_ != "compound" or head.pos_ != "NOUN" or a.first <= head.i < a.last:
        return False
    nouns = set(_lx().get("before_show_nouns", ()))
    return head.lemma_.lower() in nouns or head.lower_ in nouns


def _set_off_subject(verb):
    """The noun a participle set off by a comma right after it is said of: "the Academy
    Awards, held on March 3" (which the parser may hang on the main verb instead)."""
    doc = verb.doc
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl", "conj") or verb.i < 2 or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    if doc[verb.i - 1].text != ",":
        return None
    t = doc[verb.i - 2]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "appos" and c.left_edge.i <= t.i <= c.right_edge.i
            for c in verb.head.children):
        # "Anora, Sean Baker's odyssey through Brighton Beach, premiered on ...": the noun
        # before the comma ends an aside inside the noun the parser hung the participle on
        return None
    return t if t.pos_ in ("NOUN", "PROPN") else None


def _apposition_on_path(p: Parsed, path: list):
    """The noun in apposition to a named argument that the words from a date up to its verb
    pass through ("Anora, the Palme d'Or winner of May 25, 2024, ..."), or None. The date
    belongs to that description: the verb above the name tells another event."""
    for t in path:
        if t.dep_ == "appos" and p.arg_at(t.head.i) is not None and p.arg_at(t.i) is None:
            return t
    return None


def _set_off_noun(doc, first: int, head):
    """The noun a date set off by a comma right after it is said of ("Then came Oscar night,
    March 3, when ..."), which the parser hangs on the verb instead: a noun of the lexicon's
    edition descriptions or event nouns, right before the comma."""
    if head.dep_ not in ("npadvmod", "appos") or first < 2 or doc[first - 1].text != ",":
        return None
    t = doc[first - 2]
    lx = _lx()
    words = set(lx.get("descriptions", ())) | {n for ev in lx.get("events", ())
                                               for n in ev.get("nouns", ())}
    if t.pos_ != "NOUN" or t.lemma_.lower() not in words or t.head.i != head.head.i and \
            t.i != head.head.i:
        return None
    return t


def _verb_matches(verb, cues) -> bool:
    """Whether a verb token is one of `cues` ("take place": the verb and a word it governs;
    "be born": a passive participle)."""
    lemma, low = verb.lemma_.lower(), verb.lower_
    right = {c.lower_ for c in verb.children if c.i > verb.i}
    for cue in cues:
        words = cue.split()
        if words[0] == "be" and len(words) > 1:
            words = words[1:]
            if low != words[0] and lemma != words[0]:
                continue
            return True
        if lemma != words[0] and low != words[0]:
            continue
        if all(w in right for w in words[1:]):
            return True
    return False


def _venue(verb, ev):
    """The venue a release verb names, as its object or through a preposition: "hit
    theaters", "landed in cinemas", "dropped on streaming" (a medium counts); else None."""
    lx = _lx()
    venues = set(lx.get("venues", ())) | set(lx.get("media", ()))
    preps = ev.get("venue_preps", ())
    cands = [c for c in verb.children if c.dep_ == "dobj"]
    cands += [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
              for g in c.children if g.dep_ == "pobj"]   # "brought it to cinemas": dative "to"
    for c in cands:
        if c.lower_ in venues or c.lemma_.lower() in venues:
            return c
    return None


def _is_media(tok) -> bool:
    """A venue that is a medium, not cinemas: "streaming", "digital platforms" (a
    "theatrical" one is cinemas)."""
    media = set(_lx().get("media", ())) - {"theatrical"}
    return tok.lower_ in media or tok.lemma_.lower() in media or any(
        c.lower_ in media for c in tok.children if c.dep_ in ("amod", "compound", "nmod"))


def _premiere_cues() -> frozenset:
    ev = next((e for e in _lx().get("events", ()) if e.get("predicate") == "premiere_date"), {})
    return frozenset(ev.get("festival_only", ()))


def _media(tok) -> bool:
    """An event noun modified by a medium: "its television premiere", "the streaming debut"
    (a "theatrical" release is the cinema release itself, not another medium's)."""
    media = set(_lx().get("media", ()))
    rel = next((e for e in _lx().get("events", ()) if e.get("predicate") == "release_date"), {})
    if tok.lemma_.lower() in rel.get("nouns", ()):
        media.discard("theatrical")
    return any(c.lower_ in media for c in tok.children if c.dep_ in ("amod", "compound", "nmod"))


def _segment(p: Parsed, clause, at) -> Optional[set]:
    """The tokens of a clause on the date's side of a coordinator that joins two of the verb's
    own phrases ("in October and French ones ... on November 6"), when the parser hangs both
    sides on the one verb; None when no such coordinator splits the clause."""
    if at is None:
        return None
    first, last = at
    def verb_phrase(h) -> bool:   # the head of a phrase the verb governs ("in October")
        up = h.head if h.dep_ == "pobj" else h
        return h.dep_ in ("pobj", "dobj", "npadvmod") and up.head.pos_ in ("VERB", "AUX") \
            and (up.dep_ == "prep" or up is h)
    def joins_phrases(cc) -> bool:
        # "opened in France on ..., and in Germany on ...": the parser may hang the
        # coordinator on the verb itself, with the second phrase a preposition conjoined to it
        h = cc.head
        if verb_phrase(h):
            return True
        after = [c for c in h.children if c.i > cc.i]
        if h.pos_ == "ADP" and h.dep_ == "prep" and h.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "conj" and c.pos_ == "ADP" and c.i > cc.i for c in h.children):
            return True   # "released in the UK on November 1 and in Germany on ...": the
            # second phrase hung as a conjunct of the first date's preposition
        return h.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("conj", "prep") and c.pos_ == "ADP" for c in after) and not any(
            c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in after) and any(
            c.dep_ == "prep" and c.pos_ == "ADP" and c.i < cc.i for c in h.children)
    ccs = sorted(i for i in clause if p.doc[i].dep_ == "cc" and p.doc[i].head.i in clause
                 and joins_phrases(p.doc[i]))
    if not ccs:
        return None
    lo = max((i for i in ccs if i < first), default=min(clause) - 1)
    hi = min((i for i in ccs if i >= last), default=max(clause) + 1)
    # a phrase conjoined to the verb after a coordinator ("and in Germany") is the verb's own
    # phrase, though the clause may leave it out as another conjunct
    joined = {x.i for i in ccs for c in p.doc[i].head.children if c.dep_ == "conj"
              and c.pos_ == "ADP" and c.i > i for x in c.subtree}
    return {i for i in set(clause) | joined if lo < i < hi}


def _aside_between(doc, subj: int, cue: int) -> bool:
    """Whether a noun set off in apposition to the subject stands between it and the verb."""
    return any(c.dep_ == "appos" and subj < c.i < cue for c in doc[subj].children)


def _entry_title(p: Parsed):
    """The film whose title opens the sentence as a list entry's heading, a dash or colon right
    after it ("Oppenheimer — Christopher Nolan's epic premiered ..."), or None."""
    doc = p.doc
    first = next((t.i for t in doc if not t.is_space), None)
    a = p.arg_at(first) if first is not None else None
    if a is None or a.kind != "film" or not a.entity or a.first != first or a.last >= len(doc):
        return None
    return a if doc[a.last].text in ("—", "–", ":", "-") else None


def _gapped_conjunct(p: Parsed, gov, path, first: int, values):
    """'The festival premiered A on D1, and B on D2', 'reached French cinemas on D1, and
    British ones on D2': a noun the parser coordinated with the verb, the date's phrase hanging
    on it, after the verb's own date, is a clause whose verb was left out; the noun stands in
    it for the first clause's film or place. The noun, or None."""
    if gov is None or gov.pos_ not in ("VERB", "AUX"):
        return None
    gap = next((t for t in path if t.dep_ == "conj" and t.head.i == gov.i
                and t.pos_ in ("NOUN", "PROPN") and t.i > gov.i), None)
    if gap is None or not any(t.dep_ == "cc" and t.i < gap.i for t in gov.children):
        return None
    own = clause_of(gov, p.titles)
    if not any(f < gap.i and f != first and f in own for _v, f, *_r in values):
        return None   # "premiered A and B on May 21": one date for both
    return gap


def _festival_said(p: Parsed, clause) -> Optional[str]:
    """A festival a clause names as written, the KB knowing it or not: a phrase headed by a
    festival noun ("the Venice Film Festival", lexicon `qualifiers.festival_heads`), or a
    festival city after its preposition ("at Venice", `festival_cities`); else None."""
    q = lexicon().qualifiers
    heads, cities = set(q.get("festival_heads", ())), set(q.get("festival_cities", ()))
    preps = set(q.get("festival_city_preps", ("at",)))
    for i in sorted(clause):
        t = p.doc[i]
        if t.lemma_.lower() in heads and t.pos_ in ("NOUN", "PROPN") and any(
                x.pos_ == "PROPN" for x in t.subtree if x.i <= t.i) and t.dep_ == "pobj":
            return p.doc[t.left_edge.i:t.i + 1].text
        if t.lower_ in cities and t.dep_ == "pobj" and t.head.lower_ in preps:
            return t.text
    return None


def _clause_args(p: Parsed, clause) -> list:
    seen, out = set(), []
    for i in sorted(clause):
        a = p.arg_at(i)
        if a is not None and id(a) not in seen:
            seen.add(id(a))
            out.append(a)
    return out


def _edition_event(p, clause, dv) -> str:
    """Which day of an edition a clause dates when it names no event: a clause about a
    nomination alone ("earned her first Oscar nomination in January") dates the announcement
    of the nominations; any other (a win, or nothing said) the ceremony. A year alone is the
    edition's year either way."""
    lex = lexicon()
    if getattr(dv, "month", None) is None and getattr(dv, "weekday", None) is None:
        return "ceremony_date"
    said = set()
    for i in clause:
        t = p.doc[i]
        rel = lex.noun(t.lemma_.lower()) if t.pos_ in ("NOUN", "PROPN") else None
        cue = _match_cue(t) if t.pos_ in ("VERB", "AUX") and t.dep_ not in (
            "aux", "auxpass") and not any(
            c.dep_ in ("dobj", "attr") and lex.noun(c.lemma_.lower()) for c in t.children) \
            else None   # "earned a nomination": the noun says what was earned (not the
        # auxiliary of "have landed nominations", whose "have" is no prize held)
        for r in (rel, cue.relation if cue is not None else None):
            if r is not None and r.family == "awards":
                said.add(r.polarity)
    return "nominations_announced" if said == {"nominated"} else "ceremony_date"


def _up_to(t, verb) -> list:
    """The tokens from `t` up to (not including) `verb` along the parse, or [] when `verb` is
    not above it."""
    out = []
    while t.i != verb.i:
        if t.head.i == t.i:
            return []
        out.append(t)
        t = t.head
    return out


def _bracketed_film_after(p: Parsed, last: int):
    """The KB film named alone in brackets right after the tokens ending at `last`
    ("May 21, 2019 (Film A)"), or None."""
    doc = p.doc
    if last >= len(doc) or doc[last].text != "(":
        return None
    a = p.arg_at(last + 1)
    if a is None or a.kind != "film" or not a.entity or a.first != last + 1 \
            or a.last >= len(doc) or doc[a.last].text != ")":
        return None
    return a
