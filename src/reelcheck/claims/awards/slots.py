"""A frame's slots: the awards it names, the slot values of one claim, the numbers no slot
holds, and one sentence's claims.

A part of AwardReader (claims/awards/reader.py)."""
from __future__ import annotations

import copy
from dataclasses import replace
from typing import Optional

from ...kb.awards import award_family, winner_type
from ...model import Claim
from ..ages import age_shape, fine_part
from ..festivals import jury_size_token
from ..frames import (Filler, Frame, _record_aside, conjuncts, first_conjunct, leading_label_end,
                      subject_token)
from ..parse import Arg, Parsed, lexicon, number_value
from ..text import YEAR, find_dates, parse_ordinal
from .common import (AWARDISH, AwardRef, ORDINAL, Slots, WEAK_HEADS, _bare_name, _named_only, _run_token,
                     _run_tokens, _unread_conjuncts, category_runs)
from .readings import (_acclaim, _bound_words, _another_owner, _count_item, _counted, _described, _event_year,
                       _included, _inclusion_verb,
                       _made_work, _measured, _nomination_ordinal_at, _prize_nouns, _regarded, _spent,
                       _superlative_condition)


class _SlotFilling:
    """A frame's slots: the awards it names, the slot values of one claim, the numbers no slot
    holds, and one sentence's claims."""

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
        cue_t = p.doc[f.cue]
        name = cue_t.head
        between = [name] if name.i in runs and name.dep_ == "compound" else []
        name = name.head if between else name   # ("Oscar-winning best actor X": on the noun)
        if cue_t.dep_ == "amod" and name.i > f.cue and name.pos_ == "PROPN":
            # "Oscar-winning Best Actress Frances McDormand": a category between the cue on a
            # name and the name is the prize the name won (one filler for each phrase)
            seen_runs = {runs.get(x.token) for x in fillers}
            for c in [*between, *name.children]:
                # (a bare head noun is a trade, no category: "Oscar-winning actor X")
                if f.cue < c.i < name.i and c.i in runs and runs[c.i] not in seen_runs \
                        and runs[c.i][1] - runs[c.i][0] > 1:
                    seen_runs.add(runs[c.i])
                    fillers.append(Filler(runs[c.i][1] - 1 if runs[c.i][1] - 1 in runs else c.i,
                                          p.arg_at(c.i)))
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
            # "Moonlight's three Oscars included Best Picture": a prize noun that is the subject
            # of a verb of inclusion names its members in the verb's object
            listing = [cue.head] if cue.dep_ == "nsubj" and cue.pos_ in ("NOUN", "PROPN") \
                and _inclusion_verb(cue.head) else []
            incl = set(lexicon().qualifiers.get("inclusion_words", ()))
            for c in [*f.tokens(), *listing]:
                if c.lower_ in ("including", "includes", "include") and c.dep_ in ("prep", "acl") \
                        or c in listing or (
                            # "won four Oscars, among them Best Actress": the set the pronoun
                            # stands for, then members of it
                            c.lower_ in incl and c.dep_ == "prep" and c.head.i == f.cue
                            and any(o.dep_ == "pobj" and o.pos_ == "PRON" for o in c.children)):
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
                if t.i in seen or t.i in gapped or _run_token(p, t.i, runs) is None \
                        or _record_aside(t):   # ("..., a first for a Russian actor")
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
            if a is not None and (a.kind == "film" or a.entity is None and a.kind not in AWARDISH) \
                    and (fam := fams.get(_bare_name(a.text))) and self.kb.entity(fam):
                # a show's name the linker took for a film of that title ("The Oscar"), or left
                # unlinked as some other name ("lost the Globe to Demi Moore", read as an
                # organisation): the award slot of a win or nomination names the show
                refs.append(AwardRef(fl.token, arg=Arg(a.start, a.end, a.text, "award", fam,
                                                       a.first, a.last, a.head)))
                continue
            if a is not None and a.kind == "film" and f.polarity == "won":
                # "accepted the Grand Prix": a prize's name the linker took for a film; the
                # family decides (`_slots`)
                refs.append(AwardRef(fl.token, run=(a.first, a.last), film=True))
                continue
            if a is not None and a.kind in AWARDISH and a.entity and f.polarity == "won" and \
                    award_family(self.kb, a.entity) not in (None, a.entity) and (
                    kind := _another_kind_of(p, a, runs)) is not None:
                # "an honorary Palme d'Or": a prize of another kind than the one named, which
                # the KB does not hold; never the named prize's winners
                refs.append(AwardRef(fl.token, run=kind))
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
                # "took Cannes' top prize, the Grand Prix": a prize the rank phrase names in
                # apposition, not the one of that rank, is the prize said won (the rank said
                # of it is wrong; the prize of that rank is read as before)
                named = next((x for c in t.children if c.dep_ == "appos" and c.i > t.i
                              and (x := p.arg_at(c.i)) is not None and x.kind == "award"
                              and x.entity and award_family(self.kb, x.entity)
                              not in (None, x.entity)), None)
                ranked = lexicon().categories.get("top", {}).get(
                    {1: "of", 2: "second"}.get(top[2], ""), {}) if named is not None else {}
                if named is not None and ranked.get(award_family(self.kb, named.entity)) \
                        not in (None, named.entity):
                    refs.append(AwardRef(fl.token, arg=named))
                    continue
                refs.append(AwardRef(fl.token, run=top[:2], top=True, rank=top[2]))
                # "took top honors at the DGA", "the festival's second-highest honour"
            elif a is None and t.lemma_.lower() in set(lexicon().qualifiers.get(
                    "task_nouns", ())) and not _role_phrase_end(p, fl.token, runs):
                continue   # "took editing duties": a craft's work, no prize of that craft
            else:
                named = _run_tokens(p, fl.token, runs)
                if not named and f.polarity == "won" and (own := _unheld_name(p, t, a)):
                    # "won the Jury Prize at Cannes", "the Camera d'Or": a prize the sentence
                    # names, which the KB does not hold; never the show's prizes at large
                    refs.append(AwardRef(fl.token, run=own))
                for k, rt in enumerate(named):
                    first, last = runs[rt]
                    if any(r.run == (first, last) for r in refs) or (k and rt in held):
                        continue
                    words = {p.doc[j].lower_ for j in range(first, last)}
                    if "best" not in words and len(words) == 1 and words <= WEAK_HEADS \
                            and not _listed_with_a_category(p, rt, runs):
                        if k == 0 and f.polarity == "won" and first < fl.token \
                                and (own := _unheld_name(p, t, a)):
                            # "the BAFTA Outstanding British Film award": the weak head is
                            # a word of a prize's own name the KB does not hold
                            refs.append(AwardRef(fl.token, run=own))
                        continue   # ("sound" alone; "for sound and costume design" a list)
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
            # (nor the other event a bound names, `_bound_words`: "collected them all before
            # the Oscars" claims no Oscar, as `_own_family` reads it)
            described = _described(f) | _bound_words(f)
            refs = [AwardRef(a.head, arg=a) for a in f.args_in_clause(*AWARDISH)
                    if a.head not in winners and a.first not in described]
        return refs + self._venue_list(f, refs)

    def _venue_list(self, f: Frame, refs: list[AwardRef]) -> list[AwardRef]:
        """The shows listed after the first where the clause places a prize it names by its
        category alone ("won Best Director at the DGA, the BAFTAs and the Oscars", "the top
        prize at the PGA and the Spirit Awards"): one more prize each, the show named as a
        whole, which takes the category the clause says (`_lead_category`, `_carried`). The
        first show (or edition: "at the 2025 DGA Awards and the Globes") is the category's own
        (`_own_family`). The list is read name by name, each joined to the one before by a
        comma or "and" (the parser often hangs a list of names anywhere in the clause), and
        only names the linker takes for a show as a whole, each of another family; a name that
        opens a clause of its own ("..., and the BAFTA went to X") ends it."""
        if not refs or any(r.arg is not None for r in refs) or not any(
                r.run and not r.film for r in refs):
            return []
        # the preposition on the cue, or on the category it places ("Best Editing at the X")
        doc = f.parsed.doc
        return self._listed_venues(f, [doc[f.cue]] + [doc[r.tok] for r in refs if r.tok >= 0])

    def _listed_venues(self, f: Frame, holders: list) -> list[AwardRef]:
        """The shows after the first of a list a venue preposition on one of `holders` names
        (`_venue_list`), each an AwardRef of the show as a whole."""
        p = f.parsed
        preps = set(lexicon().qualifiers.get("show_venue_preps", ()))
        doc = p.doc
        out: list[AwardRef] = []
        places = [(c, o, first) for c in [c for h in holders for c in h.children]
                  if c.dep_ == "prep" and c.lower_ in preps for o in c.children
                  if o.dep_ == "pobj" and (first := p.arg_at(o.i)) is not None
                  and first.head == o.i and first.entity and first.kind in AWARDISH]
        # (two places, "at the Oscars and to X at the BAFTAs and the Globes", or one past the
        # cue of another clause the parser hung it over: which shows are this clause's is
        # not read)
        if len({c.i for c, _o, _a in places}) > 1 or any(
                g is not f and f.cue < g.cue < c.i for g in self._siblings for c, _o, _a in places):
            return []
        for c, o, first in places:
            if first.kind not in ("award", "ceremony"):
                continue
            fams = [award_family(self.kb, first.entity)]
            i, joined, listed = first.last, False, []
            while i < len(doc):
                if doc[i].lower_ in (",", "and", "&"):
                    i, joined = i + 1, True
                elif doc[i].lower_ == "the" and joined:
                    i += 1
                elif joined and (a := p.arg_at(i)) is not None and a.first == i \
                        and a.kind == "award" and a.entity and award_family(
                            self.kb, a.entity) == a.entity and a.entity not in fams \
                        and doc[a.head].dep_ not in ("nsubj", "nsubjpass", "poss") \
                        and not (a.last < len(doc) and doc[a.last].dep_ == "case") \
                        and not _verb_between(doc[a.head], f.cue):
                    fams.append(a.entity)
                    listed.append(AwardRef(a.head, arg=a, venue=True))
                    i, joined = a.last, False
                else:
                    break
            out += listed
        return out

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

    def _slots(self, f: Frame, runs: dict) -> Slots:
        refs = self._awards(f, runs)
        family = self._family(f, refs)
        refs = [r for r in refs if not r.film or self._category(
            family, f.parsed.doc[r.run[0]:r.run[1]].text)]
        if any(r.top and r.rank == 1 for r in refs) and not lexicon().categories.get(
                "top", {}).get("of", {}).get(family or ""):
            # a show with no one top prize (the Globes): the show the clause names (a prize
            # named by a lower rank stays, a category the KB may lack)
            winners = {x.token for x in f.roles.get("winner", [])}
            refs = [r for r in refs if not (r.top and r.rank == 1)] or [
                AwardRef(a.head, arg=a) for a in f.args_in_clause(*AWARDISH)
                if a.head not in winners]
        for r in refs:   # a prize's name the linker took for a film ("the Grand Prix") is
            a = f.parsed.arg_at(r.run[0]) if r.film else None   # no film a later "it" means
            if a is not None and a.entity:
                self._prize_films.add(a.entity)
        ceremony, year, _ = self._when(f, family)
        clashing = list(self._clashing)
        lent = self._rank_lent(f, refs, family, ceremony, year)
        # (with no show yet, the show the category is read as may number it: see _claims)
        unread_edition = self._unread_edition if family and not (ceremony or year) else None
        if unread_edition is None and not (ceremony or year):
            unread_edition = self._unread_shift   # (a shift is unread whatever the show)
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
        before = month is None and weekday is None and bool(
            night := self._night_told_before(f, family, ceremony, year))
        if before:
            ceremony, year, month, day = night   # "..., and the same night Y won B"
        return Slots(refs, True, ceremony, year, counts, works,
                     unread + ([unread_edition] if unread_edition else []), self._works_count(f),
                     month, day, weekday, other_counts=others, loose=set(self._loose_counts),
                     either=set(self._either_counts),
                     competitive=set(self._competitive_counts), relative=relative,
                     classes=dict(self._class_counts),
                     edition_unread=unread_edition, rank_lent=lent, night_before=before,
                     shift_from=self._shift_from if ceremony else None)

    def _opening_show(self, p: Parsed) -> Optional[str]:
        """The one show a phrase opening the sentence names, before its main subject ("At the
        97th Academy Awards, ...", "At the Oscars, ..."): the scene of every clause of the
        sentence, as a passage's show is, when the passage has named none yet. None when the
        opening names no show or more than one."""
        root = next((t for t in p.doc if t.dep_ == "ROOT"), None)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if root is not None else None
        if subj is None:
            return None
        toks = {t.i for c in root.children if c.i < subj.left_edge.i
                and c.dep_ in ("prep", "npadvmod") for t in c.subtree}
        fams = {award_family(self.kb, a.entity) for a in p.args if a.head in toks
                and a.entity and a.kind in ("ceremony", "award")} - {None}
        return next(iter(fams)) if len(fams) == 1 else None

    def _rank_lent(self, f: Frame, refs: list, family: Optional[str], ceremony: Optional[str],
                   year: Optional[int]) -> Optional[str]:
        """"Parasite won the Palme d'Or in 2019. It took the top prize in 2020 as well.": a
        prize named only by its rank, in a clause that names no show, at a time of its own
        other than the night the passage names, takes the passage's show as a reading (the
        sentence may mean another show's top prize): it may support, never refute. Its words,
        or None: a clause with no time of its own is at the passage's night ("The 80th Academy
        Awards were held in 2008. The top prize went to X"), and an owner ("the festival's top
        prize") names the show's kind."""
        tops = [r for r in refs if r.top and r.arg is None]
        if not tops or not family or not (ceremony or year) or self._own_family(f, refs):
            return None
        owners = lexicon().categories.get("top", {}).get("owners") or {}
        if any(c.dep_ == "poss" and c.lemma_.lower() in owners
               for r in tops for c in f.parsed.doc[r.tok].children):
            return None
        para = f.parsed.sentence.paragraph
        night = self.para_ceremony.get(para) or self.para_ceremony.get(para - 1)
        e = self.kb.entity(night) if night and award_family(self.kb, night) == family else None
        held = getattr(e, "year", None)
        if e is not None and (ceremony == night or held and year in (
                int(held), int(held) - (0 if e.type == "festival" else 1))):
            return None
        return f.parsed.doc[tops[0].run[0]:tops[0].run[1]].text

    def _film_prize_row(self, f: Frame, s: Slots, aw: Optional[str]) -> None:
        """"2010 – The Hurt Locker (Kathryn Bigelow)" under a list of Best Picture winners: a
        prize given to films (`winner_type`) was the row's film's, whoever the row names beside
        it; that person is the film's credit, a slot the accounting judges
        (`accounting._bracket_credit`), not the winner."""
        if aw and f.roles.get("work") and any(
                x.arg is not None and x.arg.kind == "person" for x in f.roles.get("winner", ())) \
                and winner_type(self.kb, aw) == "film":
            f.roles["winner"], f.roles["work"], s.works = f.roles["work"], [], []

    def _described_row(self, f: Frame, s: Slots, desc: tuple, year: Optional[int],
                       mine: list[Frame], slots: dict) -> None:
        """A bare row under a heading that describes its rows (`_heading_description`): one
        frame for each prize the heading names, won or nominated as its cue says, all of one
        group (one statement of the row). The row's year dates only the prize the heading's
        head noun is of ("Palme d'Or winners that were also nominated for Best Picture" over
        "Parasite (2019)"); a heading whose head is the films themselves ("Films that won
        both ...") dates none of them, which prize's year it is not being said. The
        heading's time bound ("since 2000") is a slot of the dated prize, left to check."""
        preds, bounds = desc
        lex = lexicon()
        rels = {"won": lex.nouns.get("winner"), "nominated": lex.nouns.get("nomination")}
        for k, (aw, pol, dated) in enumerate(sorted(preds, key=lambda x: not x[2])):
            g = f if k == 0 else copy.copy(f)
            t = s if k == 0 else replace(s, unread=list(s.unread))
            if k:
                g.roles = {r: list(v) for r, v in f.roles.items()}
                mine.append(g)
                slots[id(g)] = t
            if rels.get(pol) is not None:
                g.relation = rels[pol]
            self._film_prize_row(g, t, aw)
            t.awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(aw), "award", aw))]
            if dated and year and not (t.ceremony or t.year):
                t.year = year
                p = f.parsed
                tok = next((x for x in p.doc if x.text == str(year)), None)
                if tok is not None and (a := p.arg_at(tok.i)) is not None \
                        and a.kind == "cardinal":
                    a.kind = "date"   # the NER's number is the row's year
            if dated:
                t.unread = t.unread + list(bounds)
            else:
                t.year = t.ceremony = None

    def sentence_claims(self, p: Parsed, frames: list[Frame], hedged: bool) -> list[Claim]:
        """Claims of one sentence's award frames, with what each may take from its context."""
        paras, para = self._paragraphs(), p.sentence.paragraph
        if para < len(paras) and self.text[slice(*paras[para])].strip() == p.sentence.text.strip():
            # a line that is one sentence: a heading that may describe the list under it
            self.__dict__.setdefault("_heading_parses", {})[para] = p
        frames = frames + self._possessed(p, frames)
        mine = [f for f in frames if f.family == "awards" and not f.irrealis
                and (not f.record or self._record_win(f) or self._age_rank(f))
                and not self._denied_of_a_class(f)
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
            self._date_night(p, slots[id(f)])
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
            aw, night, year, s.row_list, desc = got
            if desc is not None:
                self._described_row(f, s, desc, year, mine, slots)
                continue
            # (a night with no prize named: any prize of its show, the show as a whole)
            aw = aw or award_family(self.kb, night)
            self._film_prize_row(f, s, aw)
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
            self._film_prize_row(f, s, aw)
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
            fronted = front[1] if front and self._takes_front(f, front) and not s.year else None
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
                        slots[id(g)].counts and any(n == 0 for n, _t, _k in s.counts))
                        # "X, which won the Palme in 1976 and lost to Rocky": a loss is not of
                        # the prize its subject's conjoined clause says it won; that prize was
                        # not lost, so the loss is of one the clause leaves unsaid
                        and not (f.relation.polarity == "lost"
                                 and g.relation.polarity == "won")] if not (
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
                    if any(c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")
                           for c in cue.children):
                        pick = []   # "..., and Y earned Z Best Adapted Screenplay": a clause
                        # with an object of its own says what it won, whatever the parse
                        # made of it; it borrows no prize of another clause
                # the nearest lender first: the clause the cue hangs on, then that one's head
                pick.sort(key=lambda g: g.cue != cue.head.i and doc[g.cue].head.i != cue.head.i)
                if pick:
                    s.awards, s.own_awards = list(slots[id(pick[0])].awards), False
                    if f.relation.polarity == pick[0].relation.polarity == "won" and \
                            _ordered_clause(cue):
                        # "a year after X won, Y took the Palme" (the Palme's, a year before)
                        # or "X had taken the Grand Prix twice before it won" (another prize):
                        # a win ordered against another may be of its prize or not, so the
                        # prize lent may support it but never refute
                        s.context_family = True
                    if cue.dep_ == "pcomp" and cue.head.lower_ in lexicon().section(
                            "intervals").get("directions", {}) and not it_prize:
                        # "Before winning for A, X had been nominated for Best Y": an event
                        # before or after the lender's is of the same show, not of its category
                        fams = {award_family(self.kb, r.arg.entity) for r in s.awards
                                if r.arg is not None and r.arg.entity} - {None}
                        night = slots[id(pick[0])].ceremony
                        fams |= {award_family(self.kb, night)} - {None} if night else set()
                        s.awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(fam), "award",
                                                         fam)) for fam in fams][:1] \
                            if len(fams) == 1 and self.kb.entity(next(iter(fams))) else []
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
                    if f.relation.polarity == "lost" and cue.dep_ == "conj" \
                            and cue.head.i == pick[0].cue and not any(
                                c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) \
                            and not (s.ceremony or s.year):
                        # "was nominated for A at the 41st but lost to Z": the loss is the
                        # nomination's, on its night (Z's win at another is no loss of it)
                        s.ceremony, s.year = lent.ceremony, lent.year
                    elif cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.i == pick[0].cue \
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
                            None if self._other_prizes(f) else self._context_family(f)
                            or (None if s.counts else self._opening_show(p)))) \
                        and self.kb.entity(fam):
                    # (the show the clause's own words name comes first: "the Writers Guild
                    # prize" in a paragraph on the Oscars is the guild's)
                    # "last year's winner Oppenheimer", "collected his prize" in a passage
                    # about one show: a prize of that show, which one left open; the show is
                    # the passage's (or the one the sentence opens with, "At the Oscars, X, a
                    # winner for Y, ..."), not the clause's, so it may support but never refute
                    s.awards, s.own_awards = [AwardRef(-1, arg=Arg(0, 0, self.kb.label(fam),
                                                                   "award", fam))], False
                    # unless the passage names the edition itself ("... at the 97th Academy
                    # Awards. Baker collected five statuettes"): then it is that night's show
                    night = self.para_ceremony.get(p.sentence.paragraph)
                    s.context_family = not (night and award_family(self.kb, night) == fam) or (
                        # (the show only the sentence's opening names is the scene, not the
                        # clause's own prize: "At the Oscars, X, a winner for Y" may have won
                        # elsewhere; a reading, never a refute; a count is left to the
                        # readings of counts, which judge the edition it scopes over)
                        not self._family_words(f.tokens()) and not self._context_family(f)) or (
                        # "Demi Moore, a winner for The Substance": a holder noun naming neither
                        # show nor night is no statement about the passage's night (she won
                        # elsewhere that season); "the night's big winner" names it
                        f.noun_cue and not self._family_words(f.tokens())
                        and not self._anaphora(f) and not s.ceremony)
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
            if front and s.ceremony is None and s.year is None and self._takes_front(f, front) \
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
            self._date_night(p, s)
        for c in out:   # "won Best Actress" read as the Oscars: "the award" after it is theirs
            if c.slots.get("family_assumed") is True and c.slots.get("family"):
                self.para_assumed[p.sentence.paragraph] = c.slots["family"]
        return out

    def _date_night(self, p: Parsed, s: Slots) -> None:
        """The full date a clause dates its win by ("won on February 8, 2025"), kept as the
        paragraph's night for a later "the same night" (`_night_told_before`); a clause of
        another time without one ends it."""
        para = p.sentence.paragraph
        if s.year and s.month and s.day:
            self.para_date[para] = (s.year, s.month, s.day)
        elif s.ceremony or s.year:
            self.para_date.pop(para, None)

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
        # "the nine-member jury gave it the Palme": how many sat on the jury that gave it,
        # the jury's own claim (claims/festivals.py)
        taken |= {n.i for t in doc if (n := jury_size_token(f.parsed, t)) is not None}
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
        owned = [t for t in f.tokens() if t.dep_ == "amod" and parse_ordinal(t.lower_)
                 and not t.text[:1].isdigit() and t.head.lemma_.lower() in _prize_nouns()
                 and any(x.dep_ == "poss" and x.pos_ == "PRON" for x in t.head.children)
                 and any(x.dep_ in ("amod", "compound") and x.i != t.i
                         for x in t.head.children)]
        if owned and self._career_ordinal(f) is None and _nomination_ordinal_at(f) is None:
            # (the readings are asked only of a clause that has such an ordinal)
            for t in owned:
                if not _another_owner(f, t.head) and t.text not in out:
                    out.append(t.text)
        return out


def _verb_between(t, cue: int) -> bool:
    """Whether a verb other than the cue governs token t below the cue (t is then of a clause
    of its own: "..., and the BAFTA went to X"); also when the cue does not govern it."""
    for x in t.ancestors:
        if x.i == cue:
            return False
        if x.pos_ in ("VERB", "AUX"):
            return True
    return True


def _role_phrase_end(p: Parsed, tok: int, runs: dict) -> bool:
    """Whether a task noun ("role") closes a category phrase that names its head before it
    ("Actress in a Leading Role", the Academy's own name): the category, not a task."""
    if tok not in runs:
        return False
    heads = set(lexicon().categories.get("heads", ()))
    first, _last = runs[tok]
    return any(p.doc[k].lower_ in heads for k in range(first, tok))


def _listed_with_a_category(p: Parsed, tok: int, runs: dict) -> bool:
    """Whether a bare weak category head ("sound", "score", "song") is coordinated with a
    category phrase that is no bare weak head ("for sound and costume design", "international
    feature and score"): in a list of prizes it names one too."""
    doc = p.doc
    t = doc[tok]
    if any(c.dep_ in ("compound", "amod", "nmod") and c.i < t.i and c.i not in runs
           for c in t.children) or any(c.dep_ == "cc" and c.lower_ != "and" for c in
                                       t.children) or any(
            c.dep_ == "cc" and c.lower_ != "and" for c in t.head.children if t.dep_ == "conj"):
        return False   # "or Adaptation Score": a label's own words, no list of prizes
    for c in conjuncts(first_conjunct(t)):
        if c.i == tok or c.i not in runs:
            continue
        first, last = runs[c.i]
        words = {doc[j].lower_ for j in range(first, last)}
        if "best" in words or len(words) > 1 or not words <= WEAK_HEADS:
            return True
    return False


def _another_kind_of(p: Parsed, a: Arg, runs: dict) -> Optional[tuple[int, int]]:
    """The words of a named category with a word before it that makes it a prize of another
    kind (lexicon qualifiers `prize_kind_modifiers`: "an honorary Palme d'Or"), when the word
    is no category phrase; else None. (A show's own name takes the word as its category:
    "an honorary Oscar" is the Oscars' Honorary Award.)"""
    kinds = set(lexicon().qualifiers.get("prize_kind_modifiers", ()))
    for c in p.doc[a.head].children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < a.first and c.lower_ in kinds \
                and c.i not in runs:
            return c.i, a.last
    return None


def _unheld_name(p: Parsed, t, a: Optional[Arg]) -> Optional[tuple[int, int]]:
    """The words of a prize the award role names by a proper name the KB does not link ("the
    Jury Prize", "the Prix du Jury", "the Un Certain Regard prize", "the Camera d'Or"): a
    proper noun heading the role (or a title the linker found but could not link), or a prize
    noun with a proper name before it; None for a common prize noun ("a major prize") and for
    anything the KB knows."""
    if t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children):
        return None   # one of a list ("Best Director and Best Moodiness"): read as the list's
    if a is not None:
        if a.entity or a.kind not in ("work", "org", "name"):
            return None
        span = (a.first, a.last)
    else:
        nouns = {w.lower() for w in lexicon().qualifiers.get("award_nouns", ())}
        mods = [c for c in t.children if c.dep_ in ("compound", "nmod") and c.i < t.i]
        if t.pos_ != "PROPN" and not (t.lemma_.lower() in nouns and any(
                m.pos_ == "PROPN" for m in mods)):
            return None
        # a show's name on the noun ("the BAFTA Rising Star Award", "the Cannes Jury
        # Prize") places the prize; the proper words after it are the prize's own name, one
        # the KB does not hold, never the show's prizes at large
        shows = [m for m in mods if (m_arg := p.arg_at(m.i)) is not None and m_arg.entity
                 and m_arg.kind in AWARDISH]
        if shows:
            plain = set(_show_name_words())
            mods = [m for m in mods if m.i > max(s.i for s in shows)]
            if not any(m.pos_ == "PROPN" and m.lower_ not in plain for m in mods):
                return None   # ("the BAFTA Film Award": the show's prize as a whole)
        if any((x_arg := p.arg_at(x.i)) is not None and x_arg.entity
               for m in mods for x in m.subtree):
            return None   # a name the KB holds on the noun is read as such
        if not mods and shows:
            return None
        span = (min([t.i] + [x.i for m in mods for x in m.subtree]), t.i + 1)
    words = p.doc[span[0]:span[1]].text.lower().removeprefix("the ")
    if any(w in lexicon().families for w in (words, " ".join(words.split()[-2:]))):
        return None   # a show's name, spun ("six Academy Accolades"): the show's prizes
    return span


def _show_name_words() -> frozenset:
    """Words a show's name is said with that name no prize of it ("the BAFTA Film Award",
    "the Golden Globe Awards"): the words of the shows' names (`families`) and of the
    qualifier list `show_name_words`."""
    lx = lexicon()
    return frozenset({w for k in lx.families for w in k.split()}
                     | {w.lower() for w in lx.qualifiers.get("show_name_words", ())})


def _ordered_clause(cue) -> bool:
    """Whether the verb `cue` heads a clause of its own that a word of time order opens ("before
    it won", "after she won": lexicon `intervals.directions`), set against the clause it hangs
    on."""
    directions = lexicon().section("intervals").get("directions", {})
    return cue.dep_ == "advcl" and cue.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in directions for c in cue.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
