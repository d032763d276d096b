"""What the passage names: the show (family), edition, category and prize a frame
takes from its sentence, its paragraph and the heading above it.

A part of AwardReader (claims/awards/reader.py)."""
from __future__ import annotations

from typing import Optional

from ...kb.awards import award_family, category_candidates, category_forms, presented_show, resolve_category
from ..frames import Frame
from ..parse import Arg, Parsed, lexicon, number_value
from .common import AWARDISH, AwardRef, ORDINAL, PRONOUNS, Slots, WEAK_HEADS, _run_token, category_runs
from .readings import _bound_words, _counted_kinds, _described, _made_work, _prize_nouns



def prize_rank(phrase: str) -> Optional[int]:
    """The rank of a show's prize a phrase names by rank alone (`categories.top`): 1 for "top
    honors", "the highest honour"; 2 for "second-highest honour", "the runner-up prize" (a rank
    word before the top prize's words, or a second prize's own words); None for a phrase that
    names no prize by its rank."""
    top = lexicon().categories.get("top", {})

    def norm(w: str) -> str:
        return " ".join(w.replace("-", " ").lower().split())

    def among(said: str, words) -> bool:
        return any(said in (norm(w), norm(w) + "s") for w in words)

    said = norm(phrase)
    if among(said, top.get("words", ())):
        return 1
    if among(said, top.get("second_words", ())):
        return 2
    for word, n in (top.get("ranks") or {}).items():
        head = norm(word) + " "
        if said.startswith(head) and among(said[len(head):], top.get("words", ())):
            return n
    return None

class _Passage:
    """What the passage names: the show (family), edition, category and prize a frame takes from
    its sentence, its paragraph and the heading above it."""

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

    def _context_family(self, f: Frame, phrases: tuple = ()) -> Optional[str]:
        """The family a bare prize ("the best actor trophy") takes from its passage: the one its
        paragraph names; of several, the only one that has the edition the clause numbers ("the
        96th ceremony"), else the one the document leads with, else none (the passage is about
        more than one show). A paragraph naming none continues the last family named, unless
        that show lacks a category the clause names (`phrases`) and the show the document
        leads with has it ("... after winning the SAG award. / The film also took home Best
        Film Editing": the Oscars')."""
        got = self._passage_family(f)
        lead = self.lead_family
        if got and lead and lead != got and phrases and \
                not all(self._category(got, x) for x in phrases) and \
                all(self._category(lead, x) for x in phrases):
            return lead
        return got

    def _passage_family(self, f: Frame) -> Optional[str]:
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
        ("E, which had 13 Oscar nominations, took home just two"). A frame set at a place said
        before ("X, which won Best Casting at the BAFTAs, also won Best Director there") is
        at the show its description names: that show stays."""
        if self._at_named_place(f):
            return fams
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

    def _family_from_a_sibling(self, f: Frame, family: str) -> bool:
        """Whether the sentence names `family` only after this frame, inside sibling clauses
        (other award frames) that have a subject of their own and neither hold this frame's
        cue nor are above it ("Mikey Madison won Best Actress, and Demi Moore won the Golden
        Globe"): the show is then a reading of this clause's bare prize, not one it names."""
        doc = f.parsed.doc
        above = {t.i for t in doc[f.cue].ancestors}
        # (the part of a sibling from its subject on: a phrase fronted before the first
        # subject, "At the BAFTAs, A took X and B was named Y", sets the scene for both)
        others = [{i for i in g.clause if i >= min(x.left_edge.i for x in subj)}
                  for g in self._siblings if g is not f and g.cue not in above
                  and f.cue not in g.clause and (subj := [
                      c for c in doc[g.cue].children if c.dep_ in ("nsubj", "nsubjpass")])]
        named = [a for a in f.parsed.args if a.kind in AWARDISH and a.entity
                 and award_family(self.kb, a.entity) == family]
        # (a show named before carries on into a later clause: "..., took five Oscars, and Y
        # beat Z for Best Actress"; one named only after cannot be carried back)
        return bool(named and others) and all(
            a.first > f.cue and a.first not in f.clause and any(a.first in cl for cl in others)
            for a in named)

    def _family_words(self, tokens) -> Optional[str]:
        return lexicon().family_in([t.lower_ for t in tokens])

    def _family(self, f: Frame, refs: list[AwardRef]) -> Optional[str]:
        own = self._own_family(f, refs)
        if own:
            return own
        got = self._context_family(f, [f.parsed.doc[r.run[0]:r.run[1]].text for r in refs
                                       if r.run and r.arg is None and not r.top])
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
        named = [r.arg for r in refs if r.arg and r.arg.first not in aside]
        venue = [a for a in f.args_in_clause(*AWARDISH) if a.first not in aside
                 and not any(a is x for x in named)]
        if named and venue and any(r.run and r.arg is None and not r.film for r in refs):
            # "won Best Picture at the Oscars, along with the BAFTA": a category phrase is of
            # the show the clause places the win at ("at", "from": `show_venue_preps`); the
            # other shows listed beside it are prizes of their own (`_conjunct_show`), not the
            # show of its category
            preps = set(lexicon().qualifiers.get("show_venue_preps", ()))
            named = [a for a in venue if doc[a.head].dep_ == "pobj"
                     and doc[a.head].head.lower_ in preps]
        for a in named + [a for a in f.args_in_clause(*AWARDISH) if a.first not in aside]:
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
        cue = doc[f.cue]
        if cue.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in cue.children):
            # "..., and won Best Picture at the 18th Academy Awards, where X was named Best
            # Actor": the edition the clause hangs on is its occasion, whatever show the
            # sentence named before it
            head = next((a for a in f.parsed.args if a.kind in ("ceremony", "festival")
                         and a.entity and a.first <= cue.head.i < a.last), None)
            if head is not None and award_family(self.kb, head.entity):
                return award_family(self.kb, head.entity)
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
        named = list(dict.fromkeys(
            fam for a in f.parsed.args if a.kind in AWARDISH and a.entity
            and a.first not in others and (fam := award_family(self.kb, a.entity))))
        phrases = [doc[r.run[0]:r.run[1]].text for r in refs
                   if r.run and r.arg is None and not r.top]
        if len(named) > 1 and phrases:
            # "Pulp Fiction won the Palme and seven Oscar nominations, but lost Best Picture
            # to Forrest Gump": of the shows the sentence names, the first that has the
            # categories the clause says
            named = [x for x in named if all(self._category(x, ph) for ph in phrases)] or named
        if named:
            return named[0]
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
        voters = self._voters_of(f, heads)
        heads += voters
        for h in heads:
            a = p.arg_at(h.i)
            if a is None and h in voters:
                a = self._bare_body(p, h)
            if a is None or a.head != h.i or not a.entity:
                continue
            if a.kind in AWARDISH:
                return a
            show = presented_show(self.kb, a.entity) if a.kind == "organization" else None
            if show is not None:
                return Arg(a.start, a.end, a.text, "award", show, a.first, a.last, a.head,
                           a.mention)
        return None

    @staticmethod
    def _bare_body(p: Parsed, tok) -> Optional[Arg]:
        """A body named bare, with no article, as the word that says whose voters a voter noun
        counts ("Academy voters", "Oscar voters"): the show its name stands for with "the"
        before it (lexicon `families`: "the academy"), when the word is capitalised and has no
        words of a longer name before it ("European Film Academy voters" is not the Oscars).
        An argument of kind "award" for that show, else None."""
        if not tok.text[:1].isupper() or any(c.dep_ in ("compound", "amod", "nmod", "poss")
                                             and c.i < tok.i for c in tok.children):
            return None
        fam = lexicon().family_in(["the", tok.lower_])
        if fam is None:
            return None
        start, end = p.span_of(tok.i, tok.i + 1)
        return Arg(start, end, tok.text, "award", fam, tok.i, tok.i + 1, tok.i)

    @staticmethod
    def _voters_of(f: Frame, heads: list) -> list:
        """The words that name whose voters a giver noun among `heads` is ("the BAFTA jury",
        "Academy voters", "members of the Academy", "voters at the Golden Globes": lexicon
        `qualifiers.voter_nouns`): the noun's modifier, or the object of its "of"/"at"."""
        p = f.parsed
        voters = {w.lower() for w in lexicon().qualifiers.get("voter_nouns", ())}
        return [m for h in heads if p.arg_at(h.i) is None and h.lemma_.lower() in voters
                for c in h.children for m in (
                    [c] if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < h.i else
                    [o for o in c.children if o.dep_ == "pobj"]
                    if c.dep_ == "prep" and c.lower_ in ("of", "at") else [])]

    def _giver_clash(self, f: Frame, family: Optional[str]) -> list:
        """The giver's words when the show it names is not `family`, the show of the prize
        the clause names ("the BAFTA jury gave Anora the Palme d'Or"): a slot the prize's
        facts do not account for. A festival's voters may be named by its city ("the Venice
        jury", `qualifiers.festival_cities`): a city the show's name does not hold is
        another show. [] when no giver is named or it is the prize's show."""
        giver = self._giver(f) if family else None
        if giver is None and family:
            cue = f.parsed.doc[f.cue]
            cities = set(lexicon().qualifiers.get("festival_cities", ()))
            label = (self.kb.label(family) or "").lower()
            city = next((m for m in self._voters_of(f, [c for c in cue.children
                                                        if c.dep_ == "nsubj"])
                         if m.lower_ in cities and m.lower_ not in label
                         and dict(f.relation.roles).get("nsubj", "award") == "award"), None)
            if city is not None:
                return [f.parsed.doc[city.i:city.head.i + 1].text]
        if giver is None or award_family(self.kb, giver.entity) in (None, family):
            return []
        h = f.parsed.doc[giver.head]
        while h.dep_ in ("compound", "amod", "nmod", "poss", "pobj", "prep") \
                and h.head.i != f.cue:
            h = h.head
        return [f.parsed.doc[h.left_edge.i:h.i + 1].text]

    def _aside(self, f: Frame) -> set:
        """Tokens of a relation noun's frame set on the verb's winner ("Anora, the 2024 Palme
        d'Or winner, also won Best Picture at the 97th"): its prize and year are its own, not
        the verb's."""
        doc = f.parsed.doc
        if f.noun_cue and doc[f.cue].dep_ != "dobj":
            return set()   # (a noun the verb takes, "earned five nominations", is the verb's)
        nouns = [g for g in getattr(self, "_siblings", ()) if g is not f and g.noun_cue
                 and g.cue in f.clause]
        if not nouns:   # (no relation noun in the clause: nothing set on its winner)
            return set()
        # the winner, or a work the verb credits its prize to ("The 1994 Best Picture winner
        # Forrest Gump earned Tom Hanks his second Oscar")
        subj = {t.i for w in f.roles.get("winner", []) + f.roles.get("work", [])
                if w.token != f.cue for t in doc[w.token].subtree}
        # ... but not the frame's own clause when it is a relative clause on the winner
        # ("Anora, which won five of its six Oscar nominations, ..."): what the verb takes
        # there is the verb's, not a description set on its winner
        if f.cue in subj:
            subj -= {t.i for t in doc[f.cue].subtree}
        return set().union(*(g.clause for g in nouns if g.cue in subj))

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
        from ..text import dated_row
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

    def winners_list(self, p: Parsed) -> bool:
        """Whether sentence `p` is a row under a line that announces a show's winners
        ("Oscars 2025: the full list of winners", "The winners of the 97th Academy
        Awards:"): a paragraph above it, with only short lines between, that names a show
        and holds a winner word (lexicon `filmography.winner_words`). There a row's label may
        name its category the Academy's or the wires' way, without "best" ("Actress in a
        Leading Role: X", "Director: X")."""
        memo = self.__dict__.setdefault("_winners_list", {})
        k = p.sentence.paragraph
        if k not in memo:
            memo[k] = self._winners_line_above(k)
        return memo[k]

    def _winners_line_above(self, k: int) -> bool:
        """Whether a paragraph above paragraph `k`, with only short lines between, names a
        show and holds a winner word (`winners_list`)."""
        words = set(lexicon().section("filmography").get("winner_words", ()))
        paras = self._paragraphs()
        for j in range(k - 1, -1, -1):
            a, b = paras[j]
            said = {w.strip(".,:;!?'\"()").lower() for w in self.text[a:b].split()}
            if said & words and self.para_families.get(j):
                return True
            if b - a > 160:
                return False   # prose between: the list, if any, ended
        return False

    def _paragraphs(self) -> list[tuple[int, int]]:
        from ..text import paragraphs
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

    def _over_standfirst(self, k: int) -> Optional[tuple[int, tuple]]:
        """(heading, its description) when paragraph `k`, above a list's first row, is the
        piece's opening lines under a heading that describes the rows ("Only a handful pulled
        it off. Here they are." under "Films that won both ..."): up to two paragraphs that
        name no show, no prize and no contenders, then that heading; else None."""
        contenders = set(lexicon().qualifiers.get("row_contender_words", ()))
        paras = self._paragraphs()
        for j in range(k, max(k - 2, 0), -1):
            said = {w.strip(".,:;!?'\"()").lower() for w in
                    self.text[paras[j][0]:paras[j][1]].split()}
            if self.para_families.get(j) or self.para_awards.get(j) or said & contenders:
                return None
            desc = self._heading_description(j - 1)
            if desc is not None:
                return j - 1, desc
        return None

    def _heading_description(self, k: int) -> Optional[tuple[list[tuple[str, str, bool]], list]]:
        """What the heading line `k` over a list says each row holds, read from its parse: the
        heading is a description ("Films that won both the Palme d'Or and Best Picture",
        "Palme d'Or winners that were also nominated for Best Picture", "Every film to win
        the Palme d'Or since 2000"), its prizes each under a cue of winning or nomination
        (a verb of the awards relations, a noun such as "winners"). Returns ([(prize,
        polarity, dated)], bounds): `dated` marks the prize the row's year is of (the prize
        of the heading's own head noun, "Palme d'Or winners ...", or the one prize it
        names); `bounds` are the heading's time bounds ("since 2000") on a dated prize's
        cue, which every row's prize must fall in. None when the heading says no such
        thing, or says it of what is not asserted (a negated or modal cue, a list of
        picks or snubs: `row_contender_words` other than the nomination cues), or names no
        win (a list of nominees alone)."""
        p = self.__dict__.get("_heading_parses", {}).get(k)
        if p is None or len(p.doc) > 24:
            return None
        lex = lexicon()
        q = lex.qualifiers
        doc = p.doc

        def cue(t) -> Optional[str]:
            rels = [c.relation for c in lex.verbs.get(t.lemma_.lower(), ())
                    if c.relation.family == "awards" and len(c.words) == 1] \
                if t.pos_ in ("VERB", "AUX") else [r for r in [lex.nouns.get(
                    t.lemma_.lower())] if r is not None and r.family == "awards"]
            pols = {r.polarity for r in rels}
            return pols.pop() if len(pols) == 1 else None

        contenders = set(q.get("row_contender_words", ())) - set(
            q.get("heading_nomination_words", ()))
        unasserted = set(q.get("heading_unasserted", ()))
        for t in doc:
            if t.lower_ in contenders or t.lower_ in unasserted:
                return None   # ("snubs", "picks", "should have won", "never won", "won X or Y")
            if t.dep_ in ("neg", "aux") and t.lower_ not in ("to", "have", "has", "had"):
                return None   # ("could win", "did not win")
            if t.like_num and not (t.dep_ == "pobj" and t.head.lower_ in q.get(
                    "heading_year_bounds", ())) and any(
                    x.pos_ in ("VERB", "AUX") for x in t.ancestors):
                return None   # ("Films that won Best Picture and ten other Oscars": a count
                # the rows' claims would not hold; "Top 10 ..." counts the rows)
        named = self.para_families.get(k) or []
        fam = named[0] if len(set(named)) == 1 else None if named else \
            lex.families.get("oscars")
        prizes = []   # (prize, the token its phrase ends at)
        for a in p.args:
            if a.kind == "award" and a.entity and award_family(self.kb, a.entity) != a.entity:
                prizes.append((a.entity, a.last - 1))
        runs = category_runs(p)
        mods = set(lex.categories.get("modifiers", ())) - set(lex.categories.get("heads", ()))
        for first, end in dict.fromkeys(runs.values()):
            last = end - 1
            if any(first <= t <= last for _x, t in prizes) or not any(
                    doc[i].lower_ in mods for i in range(first, end)):
                continue   # (a head alone, "every film", names no category)
            phrase = doc[first:end].text
            aw = self._category(fam, phrase) if fam else None
            aw = aw if aw and aw != fam else self._other_show(p, fam or "", phrase)
            if not aw:
                return None   # a prize the heading names that is not read: no description
            prizes.append((aw, last))
        if not prizes:
            return None
        for a in p.args:   # "Best Actress winners who also won at Cannes": a win of a show
            # the heading names with no prize is a predicate too, one no row claim holds
            head = next((x for x in doc[a.last - 1].ancestors
                         if x.pos_ in ("VERB", "AUX") or cue(x)), None)
            if a.kind in AWARDISH and a.entity and award_family(self.kb, a.entity) in (
                    a.entity, None) and head is not None and cue(head):
                return None   # (not "... that premiered at Cannes": no win)
        out, bounds = [], []
        for aw, t in prizes:
            tok, pol = doc[t], None
            for _step in range(6):
                pol = cue(tok)
                if pol is not None or tok.head.i == tok.i:
                    break
                tok = tok.head
            if pol not in ("won", "nominated") or tok.pos_ in ("VERB", "AUX") and not any(
                    x.dep_ in ("relcl", "acl") for x in [tok, *tok.ancestors]):
                return None   # (a clause that tells a win, "Parasite won the Palme d'Or and
                # Best Picture", is no description of rows: its subject is said)
            # (the head noun a heading describes names the list: "Palme d'Or winners that ...";
            # a prize under a verb of its relative clause is what its rows also did)
            dated = len(prizes) == 1 or tok.pos_ in ("NOUN", "PROPN") and not any(
                x.dep_ in ("relcl", "acl") for x in tok.ancestors)
            out.append((aw, pol, dated))
            if dated:   # "to win the Palme d'Or since 2000": the bound on its cue
                bounds += [doc[c.i:c.right_edge.i + 1].text for c in tok.children
                           if c.dep_ == "prep" and c.lower_ in q.get("heading_year_bounds", ())
                           and any(o.dep_ == "pobj" and o.text.isdigit() and len(o.text) == 4
                                   for o in c.children)]
        # (a list of nominees alone, "Best Actress nominees", is read as before: its rows may
        # mark the winner among them, and a group's rows are a category's, not the heading's)
        return (out, bounds) if any(pol == "won" for _aw, pol, _d in out) else None

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
        from ..text import marked_row, same_dated_row, year_of
        paras = self._paragraphs()
        para = p.sentence.paragraph
        if para >= len(paras):
            return None
        ps, pe = paras[para]
        lead = self.text[ps:p.sentence.start].strip()
        if lead and not (lead[:-1].isdigit() and lead[-1:] in ".)" or marked_row(lead + " x")):
            return None   # words before it on its line: not a row of its own
        # (a row that opens its line may have the item's prose after it, "1. Parasite (2019)
        # - Bong Joon Ho. Still the one to beat.")
        rows = self.__dict__.setdefault("_row_paras", set())
        rows.add(para)
        line = lambda k: self.text[paras[k][0]:paras[k][1]].strip()   # noqa: E731
        # a row of this list: one read already, one with a bullet or rank, or (past an
        # item's prose) a line of this row's own dated shape ("2018 – Shoplifters (...)")
        sibling = lambda j: j in rows or marked_row(line(j)) or (   # noqa: E731
            same_dated_row(line(j), line(para)))
        k, cat, through = para - 1, None, False
        while marked and k >= 0 and k in rows:
            k -= 1   # a row marked the winner: back over the nominees listed before it
        if k >= 0 and self._category_line(line(k)):
            cat, k = line(k), k - 1
        elif marked and k >= 0 and self._category_line(line(k), nominees=True):
            # "Best Actress nominees" over "Jane Roe, Harbour Lights (winner)": the row says
            # itself which of the category's nominees won
            contenders = set(lexicon().qualifiers.get("row_contender_words", ()))
            cat, k = " ".join(w for w in line(k).split() if w.strip(".,:;").lower()
                              not in contenders), k - 1
        elif marked:
            return None
        while k >= 0:   # back over the list's rows (and the category lines of its groups,
            # and the prose each item of a listicle has under its row)
            if _item_body(k, line, sibling):
                through = True
            elif not (k in rows or marked_row(line(k)) or through and sibling(k)
                      or cat is not None and self._category_line(line(k))):
                break
            k -= 1
        if k < 0:
            return None
        words = {w.strip(".,:;!?'\"()").lower() for w in line(k).split()}
        filmo = lexicon().section("filmography")
        desc = self._heading_description(k) if cat is None and not marked else None
        if desc is None and cat is None and not marked and (got := self._over_standfirst(k)):
            k, desc = got   # the heading over a listicle's opening lines
            words = {w.strip(".,:;!?'\"()").lower() for w in line(k).split()}
        plain = not words & set(filmo.get("winner_words", ())) or words & set(
            lexicon().qualifiers.get("row_contender_words", ()))

        def described(desc):
            # a heading that describes its rows ("Films that won both the Palme d'Or and Best
            # Picture"): each prize it names under a cue is a claim of every row, the row's
            # year that of the prize the heading's head noun is of (or its one prize)
            preds = sorted(desc[0], key=lambda x: not x[2])
            year = next((year_of(t.text) for t in p.doc if year_of(t.text)), None)
            night = self.para_ceremony.get(k)
            if night and award_family(self.kb, night) != award_family(self.kb, preds[0][0]):
                night = None
            return preds[0][0], night if preds[0][2] else None, year, paras[k][0], desc

        if desc is not None and (plain or len(desc[0]) > 1 or desc[1]):
            return described(desc)
        if not marked and plain:
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
                return described(desc) if desc is not None else None
            heading = paras[k][0]
        if not (night or year):
            return None
        return aw, night, year, heading if cat is None else None, None

    @staticmethod
    def _category_line(line: str, nominees: bool = False) -> bool:
        """Whether a line is a category's name and nothing else ("Best Actress"). A line that
        says what its list holds ("Best Actress winners", "Best Picture nominees of the
        decade") is the heading over a list (`_heading_prize` reads it), not a group's
        category line: its first row is a row of that list like the others. With `nominees`,
        a category's name with a word of contenders ("Best Actress nominees") is one too."""
        words = line.split()
        said = {w.strip(".,:;!?'\"()").lower() for w in words}
        contenders = set(lexicon().qualifiers.get("row_contender_words", ()))
        return 0 < len(words) <= 8 and words[0].lower() == "best" \
            and all(w[:1].isalpha() for w in words) and not said & (
                set(lexicon().section("filmography").get("winner_words", ()))
                | (set() if nominees else contenders)) and (not nominees or said & contenders)

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
        said = phrase.replace("-", " ").split()
        words = [same.get(w.lower(), w) for w in said]
        if words != said and not resolve_category(self.kb, family, " ".join(words)) and \
                resolve_category(self.kb, family, " ".join(said)):
            words = said   # "Best Art Direction": a label holds the craft word as said
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
        said = phrase.replace("-", " ").split()
        if found is None and words != said and set(w.lower() for w in said) & set(
                cats.get("opened_modifiers", ())):
            found = resolve_category(self.kb, family, " ".join(said))   # "Best Art Direction"
        top = cats.get("top", {})
        rank = prize_rank(" ".join(words))
        if rank == 1:
            return top.get("of", {}).get(family)   # "took top honors at the DGA"
        if rank:   # "the festival's second-highest honour": that rank's prize, if the show
            return top.get("second", {}).get(family) if rank == 2 else None   # has one
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
    def _top_run(p: Parsed, tok: int) -> Optional[tuple[int, int, int]]:
        """The words of "top honors", "the grand prize", "the second-highest honour", "the
        runner-up prize" on a prize noun, and the rank they say: a show's top prize (or a
        lower one) named by its rank (`categories.top`), with no other word of a category on
        the noun ("the top acting prize" is not it)."""
        t = p.doc[tok]
        mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i]
        if not mods:
            return None
        first = min(x.i for m in mods for x in m.subtree)
        rank = prize_rank(f"{p.doc[first:tok].text} {t.lemma_}")
        return (first, t.i + 1, rank) if rank else None

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

    @staticmethod
    def _show_noun(f: Frame) -> bool:
        """Whether the clause names the kind of show it speaks of ("the festival's prize")."""
        q = lexicon().qualifiers
        nouns = set(q.get("festival_heads", ())) | set(q.get("edition_nouns", ()))
        return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in f.tokens())

    @staticmethod
    def _at_named_place(f: Frame) -> bool:
        """Whether the clause is set at a place said before by a locative pro-form on its cue
        ("premiered at Cannes, where she won best actress", "There, she won best actress"):
        then it speaks of the show the passage names there."""
        words = set(lexicon().qualifiers.get("place_anaphors", ()))
        return any(c.dep_ == "advmod" and c.lower_ in words for c in f.parsed.doc[f.cue].children)

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
        for t in doc:   # the craft said bare: "won an Oscar for writing", "for producing"
            if t.i in f.clause and t.lower_ == "for" and t.dep_ == "prep":
                for o in t.children:
                    if o.dep_ not in ("pcomp", "pobj") or list(o.children):
                        continue
                    if o.lower_ in classes:
                        return list(classes[o.lower_]), o.lower_
                    if o.tag_ == "VBG" and o.lemma_.lower() in crafts:
                        return list(crafts[o.lemma_.lower()]), o.lower_
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

    def _lead_category(self, p: Parsed, r: AwardRef) -> Optional[str]:
        """The category phrase of the first prize of a list ("the Oscar for Best Actress":
        "Best Actress"; a bare "Best Director" run), which a later conjunct naming only a
        show takes; None when the first prize names no category of a show ("the Palme d'Or",
        "an Oscar")."""
        if r.arg is not None:
            e = self.kb.entity(r.arg.entity) if r.arg.entity else None
            if e is None or e.type != "award" or award_family(self.kb, e.id) in (None, e.id):
                return None
            _show, sep, cat = e.label.partition(" for ")
            return cat if sep and cat.lower().startswith("best ") else None
        if r.run is None:
            return None
        phrase = p.doc[r.run[0]:r.run[1]].text
        return phrase or None

    def _carried_candidates(self, show: str, phrase: str) -> list[str]:
        """The categories of `show` that are the one `phrase` names at another show (the
        show's own words for it: `categories.fallbacks`, `optional` and `across_shows`), with
        every form the show splits it into ("Drama" / "Musical or Comedy"): the verifier
        reads the ones the subject was up for."""
        cat = self._category(show, phrase)
        words = phrase.split()
        for k, w in enumerate(words if cat is None else ()):
            for other in (lexicon().categories.get("across_shows") or {}).get(w.lower(), ()):
                said = " ".join(x for x in words[:k] + [other] + words[k + 1:] if x)
                if len(category_candidates(self.kb, show, said)) == 1:
                    cat = resolve_category(self.kb, show, said)
                    break
            if cat:
                break
        return category_forms(self.kb, show, cat) if cat else []

    def _family_level(self, r: AwardRef, family: Optional[str]) -> bool:
        """'an Oscar', 'at Cannes': the family or an edition, not a category."""
        return r.arg is not None and (r.arg.kind != "award" or r.arg.entity == family
                                      or not r.arg.entity)


def _item_body(k: int, line, is_row) -> bool:
    """Whether paragraph `k` is the prose an item of a listicle has under its row ("2. Jessica
    Tandy (Driving Miss Daisy)" over "At 80, Tandy became ... at the 62nd ceremony."): a line
    that ends a sentence, with a row above it through such lines only. It is no heading of the
    list: the night and prize it names are that item's, not the next row's."""
    def prose(j: int) -> bool:
        text = line(j).rstrip("\"'\u201d)")
        return text[-1:] in (".", "!", "?") and len(text.split()) > 8
    if not prose(k):
        return False
    j = k - 1
    while j >= 0 and prose(j) and not is_row(j):
        j -= 1
    return j >= 0 and is_row(j)
