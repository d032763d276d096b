"""The age family: how old a person (or a character) is, read from the parse.

An age is a number in one of the shapes the lexicon's `ages` section names -- "the 25-year-old
actress", "Jane Roe, 25,", "aged 31", "won an Oscar at 22", "at the age of 29", "is 25 years
old" -- and is said of whoever the parse attaches it to: the noun the adjective modifies (or the
name that noun is in apposition to, or the subject of the copula it completes), the name the
number is in apposition to, or the subject of the verb an "at N" hangs from.

A person's age is only checkable at an event: the ceremony or festival named in the age's own
clause. "Won at 22" is the age at that event; "Jane Roe, 25," and "the 25-year-old" give the age
when the article was written, which may be years later (never younger than at the event,
allowing for a preview written a year before), so they support an age that matches the event
and refute only one younger than that. When the clause names none, the edition the passage is about may lend one; a borrowed
event, like a holder known only by a description ("the 25-year-old actress"), can support an age
but never refute it (`support_only`): the sentence did not state it.
"""
from __future__ import annotations

from typing import Optional

from ..kb.awards import award_family
from ..model import Claim, EntityRef
from .context import role_character
from .frames import CLAUSE_DEPS, clause_of, subject_token
from .parse import Parsed, lexicon, number_value

HOLDER_KINDS = ("person", "character")


def _ages() -> dict:
    return lexicon().ages


class AgeReader:
    """Age claims of parsed sentences; `borrow` gives the edition a passage is about."""

    def __init__(self, kb, res, text: str, borrow=None, written: Optional[int] = None):
        self.kb, self.res, self.text, self.borrow = kb, res, text, borrow
        self.written = written   # the year the piece was written by (context.written_by)

    def sentence_claims(self, p: Parsed, hedged: bool, awards: list[Claim] = ()) -> list[Claim]:
        """`awards`: the sentence's award claims; an age said of a winner or nominee with no
        event of its own is an age at the ceremony of that win or nomination."""
        # (a count of wins is a win too: "was 54 when he won four Oscars for Anora" is the
        # age at the one edition of those wins; a count of nominations is left out)
        self._awards = [c for c in awards if (c.slots.get("kind") == "award" or (
                            c.slots.get("kind") == "award_count"
                            and c.slots.get("polarity") == "won"))
                        and not c.slots.get("negated")]
        out = []
        for tok in p.doc:
            found = self._holder(p, tok)
            if found is None:
                continue
            holder, eid, inferred, span = found
            out.append(self._claim(p, tok, number_value(tok), holder, eid, inferred, span,
                                   hedged))
        # the latest win told of each person, for an age said of them in a later sentence of
        # the paragraph with no time of its own ("X won Best Actor. The 47-year-old ...")
        before = self.__dict__.setdefault("_told", {})
        for c in self._awards:
            # (one win, or a count of wins on one night: "has won Best Actress twice" tells
            # no one time a later "at the time" may mean; nor does a count of one night's
            # wins whose night is unread, and it hides the win told before it)
            if c.slots.get("subject"):   # (a nomination told after a win hides it too)
                one = c.slots.get("count") in (None, 1) if c.slots.get("kind") == "award" \
                    else c.slots.get("ceremony") is not None
                before[c.slots["subject"]] = (p.sentence.start, c if one and c.slots.get(
                    "polarity") == "won" else None)
        return out

    # -- what the number is the age of -----------------------------------------------------
    def _holder(self, p: Parsed, num):
        """(holder token, entity id, inferred?, (first, last) token span) or None."""
        shape, tok = age_shape(num)
        if shape == "adjective":
            if _nominal(tok):                           # "The 47-year-old thanked his wife"
                return self._described(p, tok, num)
            if tok.dep_ in ("amod", "compound"):        # "the 25-year-old actress"
                return self._of_noun(p, tok.head, num)
            if tok.dep_ == "appos":                     # "Ani, a 23-year-old who ..."
                return self._of_noun(p, tok, num)
            return self._of_subject(p, tok.head, num, tok.i + 1)   # "she is 25 years old"
        if shape == "copula":                           # "She was 25."
            return self._of_subject(p, tok, num)
        if shape == "aged":                             # "Jane Roe, aged 31,"
            if tok.dep_ == "advcl":                     # "Aged 31, Jane Roe won ..."
                found = self._of_subject(p, tok.head, num)
                return found and (*found[:3], (min(found[3][0], tok.i), found[3][1]))
            found = self._of_noun(p, tok.head, num)
            named = p.arg_at(tok.head.i)
            if found is None and tok.i > 0 and p.doc[tok.i - 1].text == "," and (
                    named is None or named.kind not in HOLDER_KINDS):
                # "won Best Actress at the 97th Academy Awards, aged 25": the parser hangs
                # the set-off participle on the clause's last noun, which is no one; it is
                # said of the subject of the verb that noun belongs to
                verb = next((t for t in tok.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
                return self._of_subject(p, verb, num) if verb is not None else None
            return found
        if shape == "at":                               # "won at 22", "at the age of 29"
            verb = at_verb(tok)
            comp = next((c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp")
                         and c.pos_ in ("NOUN", "PROPN")
                         and any(x.dep_ == "nsubj" for x in c.children)), None)
            if comp is not None:   # "Anora made her an Oscar winner at 25": whom it made one
                return self._of_subject(p, comp, num)
            return self._of_subject(p, verb, num)
        if shape == "apposed":                          # "Jane Roe, 25, won"
            a = p.arg_at(tok.i)
            if a is not None and a.kind in HOLDER_KINDS:
                return tok, a.entity, False, (a.first, num.i + 1)
            if a is None and not self._story_sentence(p):
                # "The Darkest Hour star, 59, thanked ...": the age set off after a
                # description is of the person the description stands for (a reading)
                eid = self._description_person(p, tok)
                det = next((d.i for d in tok.children if d.dep_ == "det"), tok.i)
                return (tok, eid, True, (det, num.i + 1)) if eid else None
        return None

    def _story_sentence(self, p: Parsed) -> bool:
        """Whether the sentence or the paragraph before is on the story (a character named):
        a description there may be a character's."""
        para = p.sentence.paragraph
        return self.res.last.get("character", (None, -2))[1] in (para, para - 1) or any(
            a.kind == "character" for a in p.args)

    def _of_noun(self, p: Parsed, noun, num):
        """The age modifies `noun`; the claim's words are the noun phrase ("a 23-year-old
        dancer"), its holder the name the phrase is said of."""
        dets = [d.i for d in noun.children if d.dep_ == "det" and d.i < num.i]
        # a possessive opens the phrase as a determiner does ("Vanya, the oligarch's
        # 21-year-old son": the phrase set off after the name starts at "the")
        dets += [d.left_edge.i for d in noun.children if d.dep_ == "poss" and d.i < num.i]
        np_span = (min(dets + [num.i]), max(noun.i, num.i) + 1)
        a = p.arg_at(noun.i)
        if a is not None and a.kind in HOLDER_KINDS and (a.entity or not (
                noun.dep_ == "attr" and noun.head.lemma_ == "be")):
            # "the 25-year-old Mikey Madison"; not "X is a 22-year-old Muscovite", where the
            # noun the tagger took for a name is what the copula's subject is
            return noun, a.entity, False, (min(a.first, num.i), max(a.last, num.i + 1))
        # "Ani, a 23-year-old stripper": the name the phrase is set off after by a comma (the
        # parser may hang an apposition on a name further back: that is not trusted)
        a = _apposed(p, np_span[0], noun)
        if a is not None:
            return noun, a.entity, False, np_span
        for c in noun.children:   # a name inside the phrase, before its noun, is who it is
            if c.dep_ == "compound" and num.i < c.i < noun.i:   # said of (a head noun the
                a = p.arg_at(c.i)                                 # parser took from a verb)
                if a is not None and a.kind in HOLDER_KINDS:
                    return noun, a.entity, False, (num.i, a.last)
        for c in noun.children:                         # "the 25-year-old actress Jane Roe"
            if c.dep_ in ("appos", "compound") and c.i > noun.i:
                a = p.arg_at(c.i)
                if a is not None and a.kind in HOLDER_KINDS:
                    return noun, a.entity, False, (num.i, a.last)
        a = p.given_name(noun)                          # "a 23-year-old escort named Ani"
        if a is not None:
            return noun, a.entity, False, (np_span[0], a.last)
        if noun.dep_ == "appos":
            return None
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            return self._of_subject(p, noun.head, num, noun.i + 1)
        eid = self._description_person(p, noun)
        return (noun, eid, True, np_span) if eid else None

    def _description_person(self, p: Parsed, noun) -> Optional[str]:
        """"the actress", "the Darkest Hour star": a definite description noun the lexicon
        lists (`ages.descriptions`) stands for the one fitting person its sentence names
        before it, else the person the passage is about, by the noun's gender; else None."""
        desc = _ages().get("descriptions", {})
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in desc or not any(
                d.lower_ in ("the", "this", "that") for d in noun.children if d.dep_ == "det"):
            return None
        gender = desc[noun.lemma_.lower()]
        pron = {"f": "she", "m": "he"}.get(gender)
        eid = self._named_before(p, noun, gender, noun.lemma_.lower() in _ages().get(
            "performers", ()))
        return self.res.person(p.sentence, pron) if eid is None else eid or None

    def _told_before(self, p: Parsed, eid: str):
        """The win of `eid` the sentence right before this one told, in the same paragraph,
        when that was the latest award told of them (else None): what an age with no time of
        its own after it is at ("X won Best Actor. The 47-year-old ..."). Only the sentence
        right before: one between may tell another time ("In 2024 she hosted SNL")."""
        start, c = self.__dict__.get("_told", {}).get(eid, (None, None))
        if c is None:
            return None
        prev = max((s for s in self.res.sentences if s.end <= p.sentence.start),
                   key=lambda s: s.start, default=None)
        return c if prev is not None and prev.start == start and \
            prev.paragraph == p.sentence.paragraph else None

    def _described(self, p: Parsed, old, num):
        """"The 47-year-old thanked his wife": the age phrase is itself the clause's subject,
        with no noun, a description of the person the passage is about (resolved like a "he"
        or "she" of no known gender); inferred, so it may support, never refute."""
        det = next((d for d in [*old.children, *old.head.children] if d.dep_ == "det"
                    and d.i < num.i and d.lower_ in ("the", "this", "that")), None)
        if det is None:
            return None
        para = p.sentence.paragraph
        if self.res.last.get("character", (None, -2))[1] in (para, para - 1) or any(
                a.kind == "character" for a in p.args):
            return None   # a passage on the story: "the 21-year-old" may be a character
        eid = self._named_before(p, old)
        if eid is None:
            eid = self.res.person(p.sentence)
        return (old, eid, True, (det.i, old.i + 1)) if eid else None

    def _of_subject(self, p: Parsed, verb, num, end: Optional[int] = None):
        subj = subject_token(verb)
        if subj is None:
            return None
        a = p.arg_at(subj.i)
        pron = {"him": "he", "her": "she"}.get(subj.lower_, subj.lower_)
        if a is None and pron in ("he", "she"):
            # "she won at 25" ("made her a winner at 25"): the person the passage is about, by
            # the pronoun; inferred, so it may support but never refute. In a clause hung on
            # another ("X became the oldest winner when he won at 83") it is first the person
            # that clause's subject names
            eid = self._matrix_person(p, verb, pron) or self._fronted_when_person(
                p, verb, subj, pron) or self.res.person(p.sentence, pron)
            return (subj, eid, True, (min(subj.i, num.i), max(subj.i + 1, end or num.i + 1))) \
                if eid else None
        if a is None:
            # "Its star Michelle Yeoh was 60 when ...": the name the subject noun stands beside
            a = next((x for c in subj.children if c.dep_ == "appos"
                      and (x := p.arg_at(c.i)) is not None and x.kind in HOLDER_KINDS), None)
        if a is None:
            # "the oligarch's son is 21": the one character of the passage's story whose KB
            # description gives the role; inferred, so it may support but never refute
            eid = role_character(self.kb, self.res.film(p.sentence) or self.res.main_film, subj,
                                 frozenset(lexicon().section("plot").get("lead_nouns") or ()),
                                 frozenset(lexicon().section("plot").get("story_people") or ()))
            if eid:
                return (subj, eid, True, (min(subj.left_edge.i, num.i),
                                          max(subj.i + 1, end or num.i + 1)))
        if a is None or a.kind not in HOLDER_KINDS:
            return None
        return subj, a.entity, False, (min(a.first, subj.i, num.i),
                                       max(a.last, end or num.i + 1))

    def _named_before(self, p: Parsed, tok, gender: Optional[str] = None,
                      performer: bool = False):
        """The person a description ("the 45-year-old actor", "the 45-year-old") stands for
        when the sentence itself names people before it ("X took Best Actor; the 45-year-old
        actor thanked ..."): the one named person whose KB gender does not clash with the
        noun's (and, for "actress" or "actor", whom the KB knows as a performer). "" when two
        or more fit (no one: the description is left unresolved), None when the sentence names
        no one before it who fits (the passage's person, as before)."""
        if any(a.kind == "character" for a in p.args):
            return None   # a sentence on the story: read as the passage is
        fit = []
        for a in p.args:
            if a.kind != "person" or not a.entity or a.last > tok.i or a.entity in fit:
                continue
            if gender and self.res.gender(a.entity) not in (None, gender):
                continue
            if performer and not performs(self.kb, a.entity):
                continue
            fit.append(a.entity)
        return fit[0] if len(fit) == 1 else ("" if fit else None)

    def _fronted_when_person(self, p: Parsed, verb, subj, pron: str) -> Optional[str]:
        """"When X won Best Actress, she was 60": the pronoun subject of a clause whose
        when-clause comes before it is the person that when-clause's subject names, when the
        KB does not give them the other gender and the sentence names no other person before
        the pronoun who could be it."""
        when = when_clause(verb)
        if when is None or when.i > subj.i:
            return None
        s = subject_token(when)
        a = p.arg_at(s.i) if s is not None else None
        if a is None or a.kind != "person" or not a.entity:
            return None
        want = "f" if pron == "she" else "m"
        return a.entity if self._named_before(p, subj, want) == a.entity else None

    def _matrix_person(self, p: Parsed, verb, pron: str) -> Optional[str]:
        """The person named as subject of the clause `verb`'s clause hangs on (an adverbial or
        coordinated clause), when the KB knows them as of the pronoun's gender and the sentence
        names no other person the pronoun could be; else None."""
        want = "f" if pron == "she" else "m"
        v = verb
        while v.dep_ in ("advcl", "conj") and v.head.i != v.i:
            v = v.head
            subj = subject_token(v)
            a = p.arg_at(subj.i) if subj is not None else None
            if a is None:
                continue
            if a.kind != "person" or not a.entity or self.res.gender(a.entity) != want:
                return None
            others = [o for o in p.args if o.kind == "person" and o.entity != a.entity
                      and self.res.gender(o.entity or "") != ("m" if want == "f" else "f")]
            return None if others else a.entity
        return None

    # -- the claim --------------------------------------------------------------------------
    def _edition_of_wins(self, wins: list[Claim]) -> tuple[Optional[str], bool]:
        """(the one edition the KB holds every one of `wins` at, whether a show of it was only
        assumed), or (None, False). A win said of its edition ("at the 97th", "won five Oscars"
        read at one night) is at that edition; else the editions of the subject's wins of the
        prize, or of the show ("won the BAFTA"): one only (a prize won twice names no time)."""
        eds, assumed = set(), False
        for c in wins:
            sl = c.slots
            if sl.get("polarity") != "won" or sl.get("negated") or not sl.get("subject") \
                    or sl.get("subject_assumed") or not (sl.get("award") or sl.get("family")):
                return None, False
            assumed = assumed or bool(sl.get("family_assumed"))
            who = sl["subject"]
            if sl.get("ceremony"):
                got = {sl["ceremony"]}
            else:   # (a count of wins, "won five Oscars": the nights of its show's wins)
                prize = sl.get("award") if sl.get("kind") == "award" else None
                got = {f.qualifiers.get("ceremony")
                       for f in self.kb.facts_involving(who, "award_received")
                       if not f.disputed and (f.subject == who or who in (
                           f.qualifiers.get("recipients") or []))
                       and (f.value == prize if prize else
                            award_family(self.kb, f.value) == sl.get("family"))}
            if len(got) != 1 or None in got:
                return None, False
            if sl.get("year") and getattr(self.kb.entity(next(iter(got))), "year", None) != \
                    sl["year"]:
                return None, False   # "won in 1988" of a 1989 win: the year said is the time
            eds |= got
        return (eds.pop(), assumed) if len(eds) == 1 else (None, False)

    def _claim(self, p: Parsed, num, n: int, holder, eid, inferred, span, hedged) -> Claim:
        aged = set(_ages().get("verbs", ()))   # "aged" is a word of the age, not its clause
        gov = next((t for t in [num, *num.ancestors] if t.pos_ in ("VERB", "AUX")
                    and t.lower_ not in aged), None)
        shape, at = age_shape(num)
        clause = clause_of(gov, p.titles) if gov is not None else frozenset(t.i for t in p.doc)
        # "she was 25 when ...", and so "Madison, who was 25 when she shot the film, ...": the
        # copula of a relative clause states its own time too
        when = when_clause(gov) if gov is not None and (shape == "copula" or (
            shape == "apposed" and gov.dep_ == "relcl" and num.head.i == gov.i)) else None
        if when is not None:   # "she was 25 when Anora premiered at Cannes": that time's events
            clause = clause | clause_of(when, p.titles)
        timep = next((c for c in gov.children if _time_phrase(c)), None) \
            if gov is not None and when is None and shape == "copula" else \
            time_after(num) if shape == "apposed" else None
        if timep is not None:   # "was 47 at the time of his win": the win the phrase names
            lo, hi = p.span_of(timep.left_edge.i, timep.right_edge.i + 1)
        events = [a.entity for a in p.args if a.kind in ("ceremony", "festival") and a.entity
                  and a.head in clause]
        event, stated = (events[0], True) if events else (None, False)
        if event is not None:   # "when Anora premiered at Cannes": the edition it names
            event = festival_edition(self.kb, p, event, clause)
        won = [c for c in self._awards if eid and c.slots.get("subject") == eid]
        if when is not None:   # only a win the when-clause states is that time
            lo, hi = p.span_of(when.left_edge.i, when.right_edge.i + 1)
            # ... and not a win of a when-clause nested in it, which is another age's time
            # ("was 28 when she won for La La Land and 35 when she won for Poor Things")
            inner = when_clause(when)
            ilo, ihi = p.span_of(inner.left_edge.i, inner.right_edge.i + 1) \
                if inner is not None else (hi, hi)
            won = [c for c in won if lo <= c.start < hi and not ilo <= c.start < ihi]
            if not won and event is None:
                # "Sean Baker was 53 when Anora won the Palme d'Or": a win the when-clause
                # tells of another (the film, a castmate) is that time too, at its edition
                # (a show the win only assumed, "won Best Picture", may be another's night:
                # support only)
                event, assumed = self._edition_of_wins(
                    [c for c in self._awards if lo <= c.start < hi and not ilo <= c.start < ihi
                     and c.slots.get("subject") != eid])
                stated = event is not None and not assumed
                inferred = inferred or assumed
        elif timep is not None:   # ... or the time phrase ("on the night": the passage's)
            inside = [c for c in won if lo <= c.start < hi]
            # "Jane Roe, 47 on the night, won Best Actress": a bare time phrase set off with
            # the age is the night of the sentence's win, as "then 47" is; a phrase that names
            # its own time ("at the time of her first win") is not
            won = inside if inside or shape != "apposed" or not _bare_time(timep) else won
        at_award = at_family = None
        then = set(_ages().get("then_words", ()))   # "Jane Roe, then 25, won": at the win
        # (in "the then-25-year-old" the parser may hang the adverb on the unit, "year")
        unit = num.head if shape == "adjective" and num.head.i != num.i else None
        at_then = any(c.lower_ in then for t in (num, unit, at) if t is not None
                      for c in t.children if c.dep_ == "advmod")
        if shape == "at" and when is None:   # "won Best Actress at 29": the win it hangs on
            verb = at_verb(at)
            # (not a clause hung on it: "When A won X at 50, A had won Y at 34")
            cues = {f"{p.offset}:{t.i}" for t in [verb, *verb.children]
                    if t is verb or t.dep_ not in CLAUSE_DEPS or t.pos_ not in ("VERB", "AUX")}
            if verb.dep_ == "advcl" and not any(c.dep_ in ("dobj", "obj") for c in verb.children):
                # "the youngest winner of the prize, having won at 21": a bare win in a clause
                # set off from the one that names the prize is that prize's win
                cues |= {f"{p.offset}:{t.i}" for t in [verb.head, *verb.head.children]}
            # ... else a win told before this sentence; another clause's win in the same
            # sentence is not this one's ("who was 29 when he won his first, won again at 51")
            won = [c for c in won if c.slots.get("group") in cues] or [
                c for c in won if not p.sentence.start <= c.start < p.sentence.end]
            own_win = any(c.slots.get("group") in cues for c in won)
        else:   # "was 31 when she won the Oscar": the win the when-clause states
            own_win = (when is not None or timep is not None or at_then) and bool(won)
        if not own_win and when is None and timep is None and gov is not None and \
                shape in ("apposed", "adjective", "aged"):
            # "Jane Roe, 21, won Best Actress for X": an age set on the subject of the win
            # its verb states is said with that win, which the sentence names (an age when
            # the piece was written, so only a younger one than at the win is wrong)
            # (a win whose show the sentence leaves to be assumed, or borrows from the
            # passage, may be another show's or night's: only a show the sentence names)
            named = {award_family(self.kb, a.entity) for a in p.args
                     if a.kind in ("award", "ceremony", "festival") and a.entity}
            mine = [c for c in won if c.slots.get("group") == f"{p.offset}:{gov.i}"
                    and not c.slots.get("family_assumed") and not c.slots.get("negated")
                    and c.slots.get("polarity") == "won" and c.slots.get("family") in named]
            if mine:
                won, own_win = mine + [c for c in won if c not in mine], True
        told = False
        # ("At 25, she is the youngest winner": an "at" on a copula tells no event of its
        # own either, so it may be the age at the win told just before)
        if event is None and not won and when is None and eid and (
                shape != "at" or at_verb(at).lemma_ == "be") and \
                getattr(p.arg_at(holder.i), "kind", None) != "character":
            # "X won Best Actor for Y. The 47-year-old thanked ...", "He was 55 at the
            # ceremony": an age with no time of its own after a sentence of the paragraph that
            # told the holder's win is the age at that win (support only: another sentence's)
            c = self._told_before(p, eid)
            if c is not None:
                won, told = [c], True
        at_work = at_won = None
        at_assumed = False
        if event is None and won:   # the edition of the win, or the verifier finds it
            # (an edition the win claim only borrowed from the passage is no edition of the
            # sentence's: "took the prize for Room at 26" after a paragraph on the 85th)
            stated_at = "ceremony" in (won[0].slots.get("stated") or ())
            event = won[0].slots.get("ceremony") if stated_at else None
            # a prize the win only borrowed from the passage is not the one a film the clause
            # names was won in ("she won for La La Land" after a paragraph on Best Actor): the
            # film's win at the passage's show, as for "took the prize for Room at 26"
            at_award = None if won[0].slots.get("family_assumed") == "context" and \
                won[0].slots.get("for_work") else won[0].slots.get("award")
            # the film the win is for and whether it is a win narrow it to one edition
            # ("won best actress for Poor Things at 35": not her La La Land win)
            at_work = won[0].slots.get("for_work")
            at_won = won[0].slots.get("polarity") == "won" and not won[0].slots.get("negated")
            # (a prize whose show the sentence leaves to be assumed: "won Best Actor at 80")
            at_assumed = bool(won[0].slots.get("family_assumed"))
            if event is None and at_award is None:   # "made her an Oscar winner at 25":
                at_family = won[0].slots.get("family")   # the edition of her one win there
        if shape == "at" and when is None and not won and event is None:
            # "won her second for Poor Things at 35", no win claim read (the prize left out):
            # the age is at the win the verb states for the film it names
            verb = at_verb(at)
            if any(cue.relation.polarity == "won"
                   for cue in lexicon().verb_cues(verb.lemma_.lower())):
                at_work = next((a.entity for pc in verb.children
                                if pc.dep_ == "prep" and pc.lower_ == "for"
                                for o in pc.children if o.dep_ == "pobj"
                                for a in [p.arg_at(o.i)] if a is not None and a.kind == "film"
                                and a.known and a.entity), None)
                at_won = at_work is not None or None
                inferred = inferred or at_won   # (the show unnamed: a win of a show the KB
                # lacks may be the one meant, so the age may support, never refute)
        at_first = False
        if when is not None and not won and event is None and eid and any(
                cue.relation.polarity == "won" for cue in lexicon().verb_cues(when.lemma_.lower())):
            firsts = set(_ages().get("first_words", ()))
            objs = [c for c in when.children if c.dep_ in ("dobj", "obj")]
            c = self._told_before(p, eid)
            if c is None:
                pass
            elif any(c2.dep_ == "advmod" and c2.lower_ in firsts for c2 in when.children) or (
                    objs and all(o.lower_ in firsts for o in objs)):
                # "She was 28 when she first won", "when he won his first", no prize named:
                # the age at the holder's first win of the show a sentence of the paragraph
                # told a win of (support only)
                if c.slots.get("family"):
                    at_family, at_first, told = c.slots["family"], True, True
            elif not objs and c.slots.get("polarity") == "won" and not c.slots.get("negated") \
                    and (c.slots.get("ceremony") or c.slots.get("award") and c.slots.get(
                        "for_work")):
                # "X won Best Actor for Y. He was 41 when he won": the win the sentence before
                # told, at its edition or the one its prize and film narrow it to (support
                # only: another sentence's)
                event, at_award, told = c.slots.get("ceremony"), c.slots.get("award"), True
                at_work, at_won = c.slots.get("for_work"), True
        borrowed = False
        if event is None and at_award is None and at_work is None and self.borrow is not None \
                and when is None:   # (a when-clause names its own time, a work its edition)
            event = self.borrow(p.sentence.paragraph)
            borrowed = event is not None
        a = p.arg_at(holder.i)
        character = a is not None and a.kind == "character" if eid else False
        if eid and not character:
            e = self.kb.entity(eid)
            character = e is not None and e.type == "character"
        fine = fine_part(num)
        if fine:   # "at 22 years and 222 days": the finer part is said too
            span = (span[0], max(span[1], max(fine) + 1))
        start, end = p.span_of(*span)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, max(end, start + 1))
        # "won at 22" is the age at the event; "Jane Roe, 25," and "the 25-year-old" are ages
        # when the article was written, which may be years after the event it names
        slots = dict(kind="age", age=n, event=event, character=character, subject=eid,
                     negated=False, at_award=at_award,
                     written=shape != "at" and not character and when is None
                     and timep is None and not at_then,
                     # an event the sentence states by the win the age hangs on ("won Best
                     # Actress at 29", "was 31 when she won the Oscar") is stated
                     support_only=inferred or borrowed or told or (
                         (event or at_award or at_family) is not None and not stated
                         and not (own_win and not won[0].slots.get("subject_assumed"))))
        if at_family:
            slots["at_family"] = at_family
        if at_first:
            slots["at_first"] = True
        if at_work:
            slots["at_work"] = at_work
        if at_won:
            slots["at_won"] = True
        if at_assumed:
            slots["at_assumed"] = True
        if fine:
            slots["fine"] = sorted(set(fine.values()), key=lambda x: x[1])
        if shape == "at":
            # "won an Oscar at 24": a win the clause states nothing else of (no work, year or
            # edition) is said for its age, one statement with it (verify merges the claims of
            # one group on overlapping words); "won an Oscar at 24 for Roman Holiday in 1954"
            # states the win in its own right, and the age beside it
            verb = at_verb(at)   # the win's cue is the verb or a noun it takes ("earned a nomination")
            # (not a clause hung on it: "When A won X at 50, A had won Y at 34")
            cues = {f"{p.offset}:{t.i}" for t in [verb, *verb.children]
                    if t is verb or t.dep_ not in CLAUSE_DEPS or t.pos_ not in ("VERB", "AUX")}
            group = next((c.slots["group"] for c in self._awards
                          if c.slots.get("group") in cues and c.slots.get("subject") == eid
                          and not c.slots.get("stated")), None)
            if group:
                slots["group"] = group
        if slots["written"] and event is None and at_award is None and at_family is None:
            slots["as_of"] = self.written   # no event: the age when the piece was written
        if eid is None and a is not None:
            slots["subject_name"] = a.text
        return Claim(id="", start=start, end=end, text=self.text[start:end],
                     category="plot" if character else "count",
                     subject=EntityRef(eid, self.kb.label(eid)) if eid else None,
                     predicate="age", object=n, hedged=hedged, slots=slots)



def performs(kb, who: str) -> bool:
    """Whether the KB knows the person as a performer: a part they play, or an award or
    nomination for a character (what "the actress" or "the actor" may stand for)."""
    return bool(kb.facts(predicate="played_by", object_entity=who)
                or kb.facts(predicate="cast_member", object_entity=who)) or any(
        f.qualifiers.get("character_name") for pred in ("nominated_for", "award_received")
        for f in kb.facts(subject=who, predicate=pred))


def festival_edition(kb, p: Parsed, event: str, clause) -> str:
    """The one edition of a festival named without one ("was 22 when Anora premiered at
    Cannes", "at Cannes in 2024") that the clause's film showed at (the KB's premieres and
    screenings there) or its year was held in; else `event` as it is. Only festivals: the
    year of a ceremony may be of its night or of its films."""
    e = kb.entity(event)
    if e is None or e.type != "festival":
        return event
    eds = {f.subject for f in kb.facts(predicate="edition_of", object_entity=event)}
    if not eds:
        return event
    got = None
    films = [a.entity for a in p.args if a.kind == "film" and a.entity and a.head in clause]
    if films:
        got = {f.value for film in films for pred in ("premiered_at", "festival_screening")
               for f in kb.facts(subject=film, predicate=pred) if f.value in eds}
    years = {int(t.text) for t in p.doc if t.i in clause and t.ent_type_ == "DATE"
             and t.text.isdigit() and len(t.text) == 4}
    if years:
        held = {x for x in eds if getattr(kb.entity(x), "year", None) in years}
        got = held if got is None else got & held
    return next(iter(got)) if got and len(got) == 1 and award_family(kb, next(iter(got))) \
        == event else event


def age_shape(num) -> tuple[Optional[str], object]:
    """Which of the lexicon's age shapes a number token is in, and the token the holder is
    found from: ("adjective", old), ("aged", aged), ("at", at), ("apposed", name) or
    (None, None). Syntax only: the awards family uses it to leave ages to this family."""
    if not (num.like_num or num.pos_ == "NUM"):
        return None, None
    n = number_value(num)
    if n is None or not 3 <= n <= 110:
        return None, None
    lx = _ages()
    units, adjs = set(lx.get("units", ())), set(lx.get("adjectives", ()))
    head = num.head
    if num.dep_ in ("nummod", "npadvmod") and head.lower_ in units and \
            head.head.lemma_.lower() in adjs and head.head.i != head.i:
        old = head.head
        if old.dep_ in ("amod", "compound", "appos", "acomp", "attr") or _nominal(old):
            return "adjective", old   # "is a 25-year-old from Brighton Beach": the noun left out
        return None, None
    if num.dep_ in ("npadvmod", "dobj", "nummod") and head.lower_ in lx.get("verbs", ()):
        return ("aged", head) if head.dep_ in ("acl", "amod", "appos", "advcl") else (None, None)
    if num.dep_ == "nummod" and head.lower_ in units and head.dep_ == "pobj" and \
            head.head.lower_ == "of" and head.head.head.i < num.i:
        # "the actress Mikey Madison of 25 years" (translated press: "de 25 años"): an age
        # after a person's name, or after a description set beside the name; the apposed
        # shape (whose holder must be a person the clause names)
        who = head.head.head
        if who.pos_ == "NOUN" and who.lemma_.lower() in lx.get("descriptions", {}):
            who = next((c for c in who.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                        and c.i < num.i), who)
        return ("apposed", who) if who.pos_ == "PROPN" else (None, None)
    obj = num
    if num.dep_ in ("nummod", "appos") and head.dep_ == "pobj" and (
            head.lower_ in units or head.lower_ in lx.get("nouns", ()) and head.i < num.i):
        obj = head                                      # "at 24 years", "at age 24"
    if obj.dep_ == "pobj":
        prep = obj.head
        if prep.lower_ == "of" and prep.head.lower_ in lx.get("nouns", ()) \
                and prep.head.dep_ == "pobj":
            prep = prep.head.head                       # "at the age of 29"
        if prep.lower_ in lx.get("prepositions", ()) and at_verb(prep).pos_ in ("VERB", "AUX") \
                and _bare_number(obj) and _event_verb(at_verb(prep)):
            return "at", prep
        return None, None
    if num.dep_ == "appos" and _set_off(num):
        return "apposed", head
    if num.dep_ in ("attr", "acomp") and head.lemma_ == "be" and head.dep_ != "relcl" and (
            any(c.dep_ == "nsubj" for c in head.children) or head.dep_ == "conj") and not any(
            c.lower_ not in lx.get("softeners", ()) and c.i not in _number_words_of(num)
            for c in num.children) and not any(
            c.dep_ in ("prep", "npadvmod", "advcl", "attr", "acomp") and c.i != num.i
            and c.i != getattr(when_clause(head), "i", None) and not _time_phrase(c)
            and not _story_phrase(c)
            for c in head.children):
        # "She was 25.", "Jane Roe is 31", "... and was 35 when she won", "was 47 at the
        # time of his win"
        return "copula", head
    if num.dep_ in ("attr", "acomp") and head.lemma_ == "be" and head.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ == "who" for c in head.children) and \
            not any(c.dep_ not in ("punct",) and c.lower_ not in lx.get("softeners", ())
                    and c.i not in _number_words_of(num) for c in num.children):
        return "apposed", head.head                     # "Jane Roe, who is 25, won"
    return None, None


def _nominal(old) -> bool:
    """An age adjective standing for its noun as the subject of its clause ("The 47-year-old
    thanked his wife"), also where the parser hung it on the adverb after it ("The 58-year-old
    first earned a nomination"): a description of a person, with no noun to say whose."""
    if old.dep_ in ("nsubj", "nsubjpass"):
        return True
    if old.dep_ != "amod" or old.head.pos_ not in ("ADV", "VERB", "AUX") or old.head.i < old.i:
        return False
    first = old.doc[old.sent.start]   # (the parser may hang the "the" on that adverb too)
    return first.dep_ == "det" and first.i < old.i and first.head.i in (old.i, old.head.i) \
        and all(t.head.i == old.i or t.head.head.i == old.i for t in old.doc[first.i + 1:old.i])


def bare_age_subject(tok) -> bool:
    """Whether `tok` is an age adjective standing alone, with "the" (or "this", "that"), as
    its clause's subject ("The 25-year-old took the prize"): a description of a person with no
    noun to say whose -- the person the passage is about, as `AgeReader._described` reads it
    (other families read it so too: the award family takes it for the winner)."""
    if tok.pos_ != "ADJ" or not _nominal(tok):
        return False
    for num in tok.subtree:
        if num.i < tok.i and (num.like_num or num.pos_ == "NUM") and \
                age_shape(num) == ("adjective", tok):
            return any(d.dep_ == "det" and d.i < num.i and d.lower_ in ("the", "this", "that")
                       for d in [*tok.children, *tok.head.children])
    return False


def _time_phrase(c) -> bool:
    """A prepositional phrase that only says when the copula's age held ("at the time of his
    win", "on the night"): a preposition of the lexicon's `time_preps` whose object is one of
    its `time_nouns`."""
    return _phrase_of(c, "time_preps", "time_nouns")


def _story_phrase(c) -> bool:
    """A prepositional phrase that only says the copula's age is the story's ("In the film,
    Ani is 23"): `story_preps` with one of the `story_nouns` as its object."""
    return _phrase_of(c, "story_preps", "story_nouns")


def _phrase_of(c, preps: str, nouns: str) -> bool:
    lx = _ages()
    return c.dep_ == "prep" and c.lower_ in lx.get(preps, ()) and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lx.get(nouns, ()) for o in c.children)


def _bare_time(timep) -> bool:
    """A time phrase whose noun says no more than "the" ("on the night", "at the time")."""
    return all(c.dep_ == "det" and c.lower_ == "the" for o in timep.children
               if o.dep_ == "pobj" for c in o.children)


def when_clause(verb):
    """The clause a copula's age is at the time of ("she was 25 when Anora premiered at
    Cannes"): its adverbial clause opened by one of the lexicon's `when_words`, or None."""
    words = _ages().get("when_words", ())
    return next((c for c in verb.children if c.dep_ == "advcl" and any(
        w.dep_ in ("advmod", "mark") and w.lower_ in words and w.i < c.i
        for w in c.children)), None)


def _apposed(p: Parsed, first: int, noun=None):
    """The person or character a phrase starting at token `first` is set off after by a comma.
    After "Vanya (Mark Eydelshteyn)," the phrase is the character's ("the 19-year-old son")
    unless its noun names a person's trade ("the 22-year-old actor"): then the actor's."""
    doc, k = p.doc, first - 1
    if k < 1 or doc[k].text != ",":
        return None
    k -= 1
    names = []
    if doc[k].text == ")":
        inner = p.arg_at(k - 1)
        while k > 0 and doc[k].text != "(":
            k -= 1
        k -= 1
        if inner is not None and inner.kind in HOLDER_KINDS:
            names.append(inner)
    outer = p.arg_at(k) if k >= 0 else None
    if outer is not None and doc[k].dep_ == "pobj" and doc[k].head.i == 0:
        outer = None   # "In Anora, the 20-year-old ...": a fronted adverbial, no apposition
    if outer is not None and outer.kind in HOLDER_KINDS:
        names.insert(0, outer)
    if outer is not None and outer.kind == "person" and doc[outer.head].dep_ == "pobj" and \
            doc[outer.head].head.dep_ in ("agent", "prep") and doc[outer.head].head.lower_ == "by":
        # "Vanya, played by Mark Eydelshteyn, the 21-year-old heir": the participle's phrase
        # is set off after the character it is said of, and so is the description
        verb = doc[outer.head].head.head
        j = verb.left_edge.i - 1
        while j >= 0 and doc[j].text == ",":
            j -= 1
        said = p.arg_at(j) if j >= 0 and verb.pos_ in ("VERB", "AUX") else None
        if said is not None and said.kind == "character":
            names.append(said)
    if not names:
        return None
    trade = noun is not None and noun.lemma_.lower() in _ages().get("descriptions", {})
    want = "person" if trade else "character"
    return next((a for a in names if a.kind == want), names[0])


def at_verb(at):
    """The verb an "at N" age hangs from: the preposition's head, or the verb whose object the
    parser hung it on ("won the best actress Oscar at 63": the age is the winning's)."""
    head = at.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head


def _event_verb(verb) -> bool:
    """A verb an age at the time of can hang from: a relation cue or a life event."""
    lemma = verb.lemma_.lower()
    lx = lexicon()
    return bool(lx.verb_cues(lemma)) or lemma in _ages().get("event_verbs", ())


def _bare_number(num) -> bool:
    """"at 22" or "at 22 years", not "at 22 Baker Street" or "at 9 pm": nothing but a unit
    (or, on a unit, its number, or a finer part: "and 222 days") hangs on it."""
    units = _ages().get("units", ())
    soft = _ages().get("softeners", ())   # "at just 25": a word that leaves the number whole
    trail = _ages().get("trailing_preps", ())   # "at 63 for Nomadland": the win's, misattached
    nouns = _ages().get("nouns", ())   # "at age 24": the number on the noun
    return all(c.lower_ in units or (num.lower_ in units and c.like_num) or c.i in fine_part(num)
               or (num.lower_ in nouns and c.like_num and c.i > num.i)
               or (c.dep_ == "advmod" and c.lower_ in soft and c.i < num.i)
               or (c.dep_ == "prep" and c.lower_ in trail and c.i > num.i)
               or c.i in _number_words_of(num)
               for c in num.children if c.dep_ not in ("punct", "cc"))


def _number_words_of(num) -> set:
    """The words of one number written in words and split by the tokenizer ("twenty - five":
    "twenty" and the hyphen hang on "five"): parts of the number, not words on it."""
    doc = num.doc
    return {c.i for c in num.children if c.i in (num.i - 1, num.i - 2) and (
        c.text == "-" or c.like_num and c.i == num.i - 2 and doc[num.i - 1].text == "-")}


def fine_part(tok) -> dict:
    """{token: (number, unit)} of the finer parts coordinated with an age's unit ("24 years and
    325 days"): {} when there are none."""
    unit = tok if tok.lower_ in _ages().get("units", ()) else (
        tok.head if tok.dep_ == "nummod" and tok.head.lower_ in _ages().get("units", ()) else None)
    if unit is None:
        return {}
    fine = _ages().get("fine_units", {})
    out = {}
    # the parser may coordinate the finer part with the verb the age hangs from ("won at 24
    # years and 325 days"): a conjunct of that verb that opens right after the age's phrase
    gov = unit.head.head if unit.dep_ == "pobj" else None
    side = [c for c in gov.children if c.dep_ == "conj" and c.left_edge.i >= unit.i + 1 and
            all(t.dep_ == "cc" for t in unit.doc[unit.i + 1:c.left_edge.i])] \
        if gov is not None else []
    for c in list(unit.children) + side:
        if c.dep_ == "conj" and c.lower_ in fine:
            n = next((number_value(x) for x in c.children if x.like_num), None)
            if n is not None:
                out[c.i] = (n, fine[c.lower_])
                out.update({x.i: (n, fine[c.lower_]) for x in c.children if x.like_num})
    return out


def _set_off(num) -> bool:
    """A number set off by commas (or a comma and the sentence's end) after a name."""
    doc = num.doc
    k = num.i - 1   # "Jane Roe, now 25,": a softener between the comma and the number
    soft = set(_ages().get("softeners", ())) | set(_ages().get("then_words", ()))
    while k > 0 and doc[k].head.i == num.i and doc[k].lower_ in soft:
        k -= 1
    before = k >= 0 and k < num.i and doc[k].text == ","
    end = num.i + 1
    timep = time_after(num)
    if timep is not None:   # "Jane Roe, 47 at the time of her win,": the phrase says when
        end = timep.right_edge.i + 1
    after = end >= len(doc) or doc[end].text in (",", ".", ";", ")")
    return before and after


def time_after(num):
    """The time phrase right after a set-off age ("47 at the time of his win"), or None."""
    doc = num.doc
    nxt = doc[num.i + 1] if num.i + 1 < len(doc) else None
    return nxt if nxt is not None and _time_phrase(nxt) else None
