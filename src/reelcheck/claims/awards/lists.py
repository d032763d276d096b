"""Several winners in one sentence: lists of pairs, brackets, "with Y as Best Actor",
sweeps, possessives ("Anora's five Oscars") and parse repairs of such lists.

A part of AwardReader (claims/awards/reader.py)."""
from __future__ import annotations

from dataclasses import replace

from typing import Optional

from ...kb.awards import award_family
from ...model import Claim
from ..attach import bracket_spans, closing_bracket
from ..frames import Filler, Frame, clause_of, conjuncts, irrealis_at, unasserted
from ..parse import Arg, Parsed, lexicon, number_value
from .common import AwardRef, SUBJECT_KINDS, _run_tokens, category_runs
from .readings import _relative_antecedent


class _Lists:
    """Several winners in one sentence: lists of pairs, brackets, "with Y as Best Actor",
    sweeps, possessives ("Anora's five Oscars") and parse repairs of such lists."""

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
            elif any(c.dep_ in ("det", "predet") and c.lower_ in words for c in t.children) or any(
                    c.dep_ == "nummod" and any(g.lower_ in words and g.i < c.i for g in c.children)
                    for c in t.children):
                pool = t   # ("all the Oscars she was up for": "all" before the article; "all
                # 11 Oscars": the parser may hang "all" on the number)
            else:
                continue
            if pool is None or self._others_pool(f, pool) is not None:
                continue
            # the pool's relative clause, or one the parser hung on the verb right after the
            # pool ("won every Oscar it was nominated for", read as the verb's complement)
            if pool.lemma_.lower() in nom_nouns or (
                    any(c.dep_ == "relcl" for c in pool.children) or any(
                        c.dep_ == "ccomp" and c.left_edge.i == pool.right_edge.i + 1
                        for c in doc[f.cue].children)) and \
                    self._nominations_pool(pool, nom_nouns):
                return pool
        return None

    def _sweep_claims(self, f: Frame, pool, hedged: bool) -> list[Claim]:
        """One claim per subject: every nomination it had at the edition was a win. The
        edition may be stated in the pool's own clause ("... he was nominated for at the
        97th"); else it is the passage's, which may support but never refute."""
        p = f.parsed
        rel = {t.i for c in pool.children if c.dep_ == "relcl" for t in c.subtree}
        g = Frame(f.relation, f.cue, p, roles=f.roles, clause=f.clause | rel)
        own = self._own_family(g, [])
        family = own or self._context_family(g)
        ceremony, year, _ = self._when(g, family)
        context = usual = False
        if ceremony is None and year is None:
            ceremony = self.para_ceremony.get(p.sentence.paragraph) or \
                self.para_ceremony.get(p.sentence.paragraph - 1)
            if ceremony is not None and family and award_family(self.kb, ceremony) != family:
                ceremony = None
            if ceremony is not None:
                family, context = award_family(self.kb, ceremony), True
            elif not own and not self.para_families and self.last_family is None and not any(
                    t.lemma_.lower() in set(lexicon().qualifiers.get("festival_heads", ()))
                    for t in p.doc):
                # "Gigi won all nine categories it was nominated in", in a text that names no
                # show: read as the Oscars, the usual sense, which may support, never refute
                family, context = lexicon().families.get("oscars"), True
                usual = True
            elif not own:
                return []
            # ("CODA won all three Oscars it was nominated for": the clause names the show, and
            # the subject's one edition of it in the KB is the one meant; with several, open)
        if not family:
            return []
        # "all three Oscars it was up for": the number counts the nominations, each a win
        count = next((n for x in pool.children if x.dep_ == "nummod"
                      and (n := number_value(x)) is not None and 0 < n < 200), None)
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
                         negated=f.negated, family_assumed=True if usual else
                         "context" if context else False,
                         subject_kind=sarg.kind if sarg is not None else None,
                         count=count,
                         stated=[k for k, v in (("ceremony", ceremony), ("year", year),
                                                ("count", count)) if v],
                         group=f"{p.offset}:{f.cue}")
            out.append(self._claim(f, "award", start, end, sid, sname, "award_sweep",
                                   "every nomination", hedged, slots))
        return out

    def _work_read(self, p: Parsed, w: Filler) -> Filler:
        """A work said by "it" or "the (same) film" (lexicon `qualifiers.work_anaphora`): the
        film the passage is on, read back from the word, as an argument marked read (its
        claim may be confirmed through it, never refuted); any other filler as it is."""
        if w.arg is not None:
            if w.arg.kind in ("place", "GPE", "LOC", "org", "ORG") and (
                    films := self.kb.entities_by_name(w.arg.text, type="film")):
                # "won Best Director for Philadelphia": a prize is for a work, and a place
                # that is also a film's title is that film here (of several films of the
                # name, a work the KB cannot tell: said, never taken as checked)
                return Filler(w.token, replace(
                    w.arg, kind="film", entity=films[0].id if len(films) == 1 else None),
                    read=w.read)
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
                    t.i in runs or any(c.i in runs or c.dep_ == "nummod" for c in t.children)
                    or _for_categories(t, runs)):
                span = [t]   # "her Best Actress award", "its five awards", "her award for
                # Best Actress"; not "its many big prizes", which names neither a prize nor a
                # number
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
                     for w in c.children if w.dep_ == "pobj" and w not in _for_categories(t, runs)]
            for w in _for_categories(t, runs):   # (the category is the prize's, not a work)
                f.roles["award"].append(Filler(w.i, None))
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

        def set_off(w: Filler) -> range:
            """The parenthesis right after a winner's name, whatever it holds ("B (Judas and
            the Black Messiah, 2020)"), or nothing."""
            end = w.arg.last if w.arg is not None else w.token + 1   # (past the name)
            if end >= len(doc) or doc[end].text != "(":
                return range(0)
            close = closing_bracket(doc, end)
            return range(end, close + 1) if close is not None else range(0)

        def frame(ws: list[Filler], work: list[Filler]) -> Frame:
            # the other winners' parentheses (their subtrees may hold this winner: "A (X)
            # and B (Y)" hangs B on A), and those of the winners read with no title of their
            # own: a year in one is never another's
            others = {i for k in split if winners[k] not in ws for _t, a, b in own[k]
                      for i in range(a - 1, b + 1)}
            if len(ws) == 1:
                # ... and every other parenthesis of the sentence (a name the parser hung
                # elsewhere may have one: "A (X, 2018) and B (Y, 2022)" with B on A)
                mine = set(set_off(ws[0]))
                others |= {i for g in bracket_spans(doc) if not mine & set(g) for i in g}
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


def _for_categories(t, runs: dict) -> list:
    """The category phrases a prize noun's "for" names ("her award for Best Actress", "his
    Oscar for best director"): the heads of its "for" objects that are category runs."""
    return [w for c in t.children if c.dep_ == "prep" and c.lower_ == "for"
            for w in c.children if w.dep_ == "pobj" and w.i in runs]
