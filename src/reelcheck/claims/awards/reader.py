"""AwardReader: the award family's claims from frames (see the package's docstring); its
parts live in the mixins it is built from, one module each."""
from __future__ import annotations

from typing import Optional

from ...kb.awards import award_family
from ...model import Claim, EntityRef
from ..ages import bare_age_subject
from ..frames import Filler, Frame, conjuncts, first_conjunct, summed_by
from ..parse import Arg, Parsed, lexicon
from ..text import parse_ordinal
from .common import AWARDISH, Slots, _named_only, category_runs
from .readings import (_beside_nomination_count, _category_anaphor, _cause_subject, _collective, _count_item,
                       _denial_time_bound, _event_year, _event_zero, _for_good, _included, _inclusion_head,
                       _inclusion_polarity, _item_winner,
                       _named_by_work, _nomination_ordinal_at, _of_pool, _ordinal_competitive, _party_work,
                       _played_part, _present_perfect, _prize_class, _record_aside, _ref_tokens,
                       _time_category, _told_in_past)
from .passage import _Passage
from .subjects import _Subjects
from .times import _Times
from .counts import _Counts
from .ranks import _Ranks
from .lists import _Lists
from .slots import _SlotFilling


def _shared_head(p: Parsed, run: tuple, runs: dict) -> bool:
    """Whether a category phrase has a modifier coordinated before it that no phrase reads
    ("the adapted and original screenplay awards"): that modifier names another category with
    this one's head, so which prize goes with which name is not this phrase's alone."""
    first, _last = run
    doc = p.doc
    mods = set(lexicon().categories.get("modifiers", ())) - {"best", "a", "in"}
    return first >= 2 and doc[first - 1].lower_ in ("and", "or", ",") and \
        doc[first - 2].lower_ in mods and (first - 2) not in runs


def _elided_modifiers(p: Parsed, run: tuple, runs: dict) -> bool:
    """Whether a category phrase that is a bare head ("actress") is coordinated right after a
    phrase whose head has modifiers of its own ("best supporting actor and actress"): it may
    share them, as writers leave them out the second time."""
    first, last = run
    if last - first != 1 or p.doc[first].lower_ == "best":
        return False
    t = p.doc[first]
    if t.dep_ != "conj" or t.head.i not in runs:
        return False
    a, b = runs[t.head.i]
    return b - a > 1 and b <= first


class AwardReader(_Passage, _Subjects, _Times, _Counts, _Ranks, _Lists, _SlotFilling):
    """Turns the award frames of a document's sentences into claims, in reading order."""

    def _inclusion_show(self, p: Parsed, r, family: Optional[str], s: Slots) -> Optional[str]:
        """The show a category under "including" belongs to when the noun it is one of names
        another show than the clause's ("won the Palme d'Or at Cannes and then four Oscars,
        including Best Director": the Oscars), and that show has the category; None
        otherwise, or when the clause states an edition or a year (whose show it is would be
        a guess)."""
        if s.ceremony or s.year:
            return None
        head = _inclusion_head(p, r)
        a = p.arg_at(head.i) if head is not None else None
        if a is None or a.kind != "award" or not a.entity:
            return None
        show = award_family(self.kb, a.entity)
        if show is None or show != a.entity or show == family:
            return None
        if not self._category(show, p.doc[r.run[0]:r.run[1]].text) or \
                _inclusion_polarity(p, r) not in (None, "won", "nominated"):
            return None
        return show

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
        self.para_date: dict[int, tuple] = {}   # the full date a clause there dated its win by
        self.para_assumed: dict[int, str] = {}   # the show a paragraph naming none was read as
        self._rel_year: Optional[tuple[int, int]] = None
        self._shift_anchored = False
        self._unread_shift: Optional[str] = None
        self._shift_from: Optional[str] = None
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
        if own and self._giver(f) is None and self._other_giver(f, subject_only=True):
            return []   # "Critics named Anora best picture at the Globes": the critics' pick,
            # not a prize of the show the clause names
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
        phrases = [p.doc[r.run[0]:r.run[1]].text for r in s.awards if r.arg is None and r.run]
        family = own or (award_family(kb, s.ceremony) if s.ceremony else None) or \
            self._context_family(f, [p.doc[r.run[0]:r.run[1]].text for r in s.awards
                                     if r.arg is None and r.run and not r.top])
        if f.relation.name in lexicon().qualifiers.get("named_category_only", ()) and not any(
                r.run or not self._family_level(r, family) for r in s.awards):
            return []   # "tied with Ben-Hur for the most Oscars": a record, no prize shared
        assumed = None
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
        if family and phrases and s.own_awards and not s.ceremony and assumed is None and \
                self._family_from_a_sibling(f, family):
            # "Mikey Madison won Best Actress, and Demi Moore won the Golden Globe": a show
            # only another clause of the sentence names, with a subject of its own, is a
            # reading of this clause's own bare category, never a refute (not of an "it" or
            # an elided prize, which is that clause's prize: "..., and Y won it in 1980")
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
                or self._at_named_place(f) or self._unknown_prize(f, s)) and getattr(
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
            [record_win] if f.record and not ranked else []) + self._giver_clash(f, family)
        # "the only man with three best actor Oscars": the tally is the subject's, the record
        # words over it stay open
        record_words = self._record_tally(f)
        unchecked = unchecked + record_words
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
        # (... nor where the clause's own prizes or works are several: "won Best Director for
        # Gravity and Roma at the same ceremony" says they were one night's, which no single
        # win judges)
        several = len({w.arg.entity for w in s.works if w.arg is not None and w.arg.entity
                       and w.arg.kind == "film"}) > 1 or len(s.awards) > 1
        if several:   # ("that night" is the passage's night still: only "the same" relates)
            ana = ana or self._set_off_anaphora(f)
            several = any(doc[i].lower_ == "same" for i in ana)
        if ana and not (s.ceremony or s.year or s.counts) and (told[0] is f.parsed and any(
                g < f.cue for g in told[1]) or several):
            unchecked = unchecked + [p.doc[min(ana):max(ana) + 1].text]
        if f.relation.name in set(lexicon().qualifiers.get("shared_win_relations", ())):
            # "shared the Oscar with no one": a denial of a partner, which no win judges
            zero = set(lexicon().qualifiers.get("zero_count", {}).get("determiners", ()))
            unchecked = unchecked + [p.doc[c.i:c.right_edge.i + 1].text
                                     for c in p.doc[f.cue].children
                                     if c.dep_ == "prep" and c.lower_ == "with" and any(
                                         o.dep_ == "pobj" and any(d.lower_ in zero
                                                                  for d in o.children)
                                         for o in c.children)]
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
        if pol == "won" and not rival_mode and f.roles.get("beaten") and not any(
                pl == "nominated" for _w, pl in parties):
            # "won four Oscars in one night, surpassing Walt Disney": the one surpassed is no
            # rival the clause places in a race the KB can find, so what is said of them is
            # not checked (the win alone must not stand for the sentence)
            unchecked = unchecked + [p.doc[b.token].text if (a := p.arg_at(b.token)) is None
                                     else a.text for b in f.roles["beaten"]]
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
        elif not rival_mode and len(parties) > 1 and f.relation.name in set(
                lexicon().qualifiers.get("shared_win_relations", ())) and not s.counts and all(
                pl == "won" for _w, pl in parties) and not s.context_family:
            # "A shared the Best Actress Oscar with B", "an Oscar she split with B": one prize
            # of one edition; with none named, each winner's win must be of the edition the
            # first's is (two wins of the category years apart are no shared one); not a
            # prize the clause leaves to the passage ("the critics' prize, which he shared
            # with B": which prize, and so which night, is not the passage's show's)
            ids = [self._subject(f, w)[0] for w, _pol in parties]
            if all(ids) and len(set(ids)) == len(ids):
                faced = {j: [ids[0] if j else ids[1], "won"] for j in range(len(parties))}
        # "A and B won X and Y, respectively": two lists of one length pair in order
        resp = set(lexicon().qualifiers.get("respective_words", ()))
        n_specific = len([r for r in s.awards if not self._family_level(r, family)])
        crossed = pol != "lost" and len(parties) > 1 and n_specific > 1
        paired = crossed and n_specific == len(parties)
        # "X lost A to Y and B to Z": each winner follows the prize it took, so each takes
        # only the one before it (the prizes and winners alternate, as many of each)
        lost_to = _alternating(sorted((r for r in s.awards if not self._family_level(
            r, family)), key=lambda r: r.tok), sorted(w.token for w in f.roles.get(
                "beaten_by", []) if w.arg is not None)) if pol == "lost" else {}
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
            entry_of = self._subject_country
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
                        record_words=record_words or None,
                        # "six nods, including one for X": X holds one of those counted
                        count_items=[e for t in p.doc if t.i in f.clause
                                     for e in _count_item(p, t) or ()] or None,
                        subject_kind=sarg.kind if sarg is not None else None,
                        # ("Brazil won ... with I'm Still Here": the country whose entry won)
                        entry_of=entry_of,
                        career_ordinal=nth,
                        nomination_ordinal=nominated_nth,
                        nomination_class=nominated_cls,
                        career_past=bool(nth) and self._told_as_past(f),
                        career_by_other=bool(nth) and _cause_subject(f, wfl),
                        ordinal_night=bool(nth) and self._night_ordinal(f),
                        ordinal_of_family=self._ordinal_of_family(f),
                        ordinal_gap=self._ordinal_gap(f) or None,
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
                        night_before=s.night_before or None,
                        listed_works=listed or None,
                        subject_assumed=subject_assumed,
                        antecedent_skipped=_skipped_antecedent(p, f, sarg) or None,
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
                            f"The year is read as the one before {self.kb.label(s.shift_from)}, "
                            f"the first show the piece names; read so, this does not hold: "
                            if s.shift_from else None) or (
                            self._row_person_s(f, sid)) or (
                            f"The clause names its prize only by rank ('{s.rank_lent}') and no "
                            f"show; read as the passage's show, this does not hold: "
                            if s.rank_lent else None) or (
                            "The clause does not restate the prize (\"did the same\"); read "
                            "as the clause before's, this does not hold: " if f.carried
                            else None),
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
            whole = summed_by(cue_t)   # (or its sum's: "Anora's five-Oscar haul included")
            part_of = f.noun_cue and whole.dep_ == "nsubj" and whole.head.lemma_.lower() in \
                lexicon().qualifiers.get("part_verbs", ())
            for n, tok, kind in s.counts:
                head = p.doc[tok].head.i
                # "won three of his four nominations, including Best Director": a count out
                # of a pool counts the pool's prizes, not the one prize the clause names
                pooled = any(c.dep_ == "prep" and c.lower_ in pools for c in p.doc[tok].children) \
                    or (tok + 1 < len(p.doc) and p.doc[tok + 1].lower_ in pools)
                hit = [k for k, r in enumerate(specific) if (kind != "nomination" and (
                    r.tok == head and not _listed_run(p, r)
                    or (r.arg and r.arg.first <= head < r.arg.last)
                    or (r.run and r.run[0] <= head < r.run[1])
                    # "two directing Oscars": the category modifies the prizes counted
                    or (r.run and any(r.run[0] <= x.i < r.run[1] for x in p.doc[head].children
                                      if x.i < head and x.dep_ in ("amod", "compound", "nmod")))
                    or (head == f.cue and len(specific) == 1 and not pooled and not part_of
                        and not _included(p, r) and not _listed_run(p, r) and not (
                        # "Titanic's 11 wins included Best Picture": a prize a relation
                        # noun is said to include is one of those counted, not all of them
                        f.noun_cue and not any(t.i == r.tok for t in p.doc[f.cue].subtree))))) or (
                    kind == "nomination" and self._nominated_ref(f, r, polarity)
                    and self._counts_category(f, tok, r, len(specific))) or (
                    # "won three Oscars for Best Actress": the category the counted prizes
                    # are for (its own preposition, not set off by a comma)
                    kind != "nomination" and len(specific) == 1 and not pooled
                    and not part_of and r.tok >= 0 and not _listed_run(p, r) and not any(
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
                                 # ("one of five Oscars for Anora", said of a person's
                                 # win: the film's five, or the person's own for it)
                                 beneficiary=getattr(other, "for_person", None),
                                 for_work=None, works=[], works_unknown=[],
                                 career_ordinal=None, context_ceremony=None,
                                 per_edition=False, works_count=None,
                                 stated=base["stated"] + ["count"],
                                 # "one of its five statuettes": the film read from "its"
                                 refute_blocked=base.get("refute_blocked") or (
                                     "The film is read from the passage's words; read so, "
                                     "this does not hold: " if getattr(
                                         other, "read_owner", False) else None))))
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
                    # "was shut out at the Globes and the BAFTAs": none at each show listed,
                    # a count of its own for each; a number above none over a list of shows
                    # ("won two at the BAFTAs and the Spirits") may be each one's or the sum:
                    # the other shows are said, not checked
                    shows_after: list[Claim] = []
                    listed_shows = self._listed_venues(f, [p.doc[f.cue], *(
                        c for c in p.doc[f.cue].children if c.dep_ in (
                            "prt", "advmod", "advcl", "oprd", "acomp"))]) \
                        if label_show is None and family else []
                    if listed_shows and n:
                        cslots["unchecked"] = list(cslots.get("unchecked") or []) + [
                            r.arg.text for r in listed_shows]
                        cslots["refute_blocked"] = cslots.get("refute_blocked") or (
                            "The count may be each show's or their sum; read as the first "
                            "show's, this does not hold: ")
                    for r in listed_shows if not n else []:
                        each = dict(cslots, family=r.arg.entity, family_assumed=False,
                                    context_ceremony=None, listed_show=True)
                        if each.get("ceremony") and award_family(
                                kb, each["ceremony"]) != r.arg.entity:
                            each.update(ceremony=None, stated=[
                                x for x in each["stated"] if x != "ceremony"])
                        shows_after.append(self._claim(
                            f, "count", r.arg.start, r.arg.end, sid, sname,
                            "nomination_count" if nom else "award_count", n, hedged, each))
                    out.append(self._claim(
                        f, "count", min(start, p.offset + p.doc[tok].idx)
                        if kind != "nomination" or tok > f.cue else
                        p.offset + p.doc[tok].left_edge.idx,
                        self._end(f, [tok, p.doc[tok].head.i] + ([per] if per is not None else [])),
                        sid, sname, "nomination_count" if nom else "award_count", n, hedged,
                        cslots))
                    out += shows_after
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
            elif polarity == "won" and wfl.token in lost_to:
                refs = [lost_to[wfl.token]]
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
                             passage_night=passage_night,
                             # (whether the clause names its show itself: "beat it in 2010"
                             # after a passage on the Oscars may be of anything else)
                             show_said=bool(s.awards))))
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
            # (the shows of a list where the prize is placed are no conjuncts of the prize:
            # `_venue_list`)
            unread = [c for r in s.awards if any(x for k, x in shows.items()
                                                 if not refs[k].venue) and r.tok >= 0
                      for c in conjuncts(p.doc[r.tok])
                      if c.i not in covered and c.pos_ in ("NOUN", "PROPN")]
            unread = list(dict.fromkeys(" ".join(x.text for x in c.subtree
                                                 if x.dep_ not in ("det", "cc", "punct", "conj")
                                                 and x.i <= c.i) for c in unread))
            # a craft in the list no category reads ("for directing, writing and producing":
            # the class "writing", the maker's "producing"): said, not checked, by the claim
            # whose words hold it (the last claim's when it comes after all of them)
            crafts, in_runs = _craft_words(), category_runs(p)
            crafts_unread = {p.offset + c.idx: c.text for r in s.awards if r.tok >= 0
                             for c in conjuncts(first_conjunct(p.doc[r.tok]))
                             if c.i not in covered and c.i not in in_runs and not unread
                             and (c.lower_ in crafts or c.lemma_.lower() in crafts)}
            if shows and any(shows.values()) and not paired and not rival_mode:
                # ... and the clause's own show, named as a whole beside them, is a prize
                # said too ("nominated for an Oscar and an Independent Spirit Award"): its
                # claim is made as well, so the other show's prize does not stand for both
                refs = refs + [r for r in s.awards if r not in refs and r.arg is not None
                               and r.arg.kind == "award" and r.arg.entity == family]
            # "won Best Picture and Best Actor for Cillian Murphy": a person after a list of
            # prizes is the one the last of them went to, not every one's
            ben_at = [w.token for w in s.works if w.arg is not None and w.arg.kind == "person"
                      and beneficiary and w.arg.entity == beneficiary]
            # (only the one person after the verb: "A, B for X and C for Y" pairs its items)
            ben_owner = max(range(len(refs)), key=lambda k: refs[k].tok) if len(refs) > 1 \
                and ben_at and all(r.tok >= 0 for r in refs) \
                and all(r.tok < min(ben_at) for r in refs) and {
                    a.entity for a in p.args if a.kind == "person" and a.first > f.cue} == {
                    beneficiary} else None
            # "won the Oscar for Best Actress, along with the BAFTA and the Golden Globe": a
            # conjunct naming only a show takes the category the list's first prize names,
            # as that show names it (its candidates: `_carried_candidates`)
            lead = self._lead_category(p, refs[0]) \
                if shows and any(s_ and s_[0] is None for s_ in shows.values()) \
                and not shows.get(0) else None
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
                carried = lead if show and award_id is None and k > 0 else None
                if k == 0 and lead and r.run and award_id is None and family \
                        and not family_only and any(
                            award_family(kb, a.entity) == family and not any(
                                x.arg is a for x in refs)
                            for a in f.args_in_clause(*AWARDISH) if a.entity):
                    # "took Best Director at the DGA, the Globes and the Oscars": the category
                    # said once for the shows listed is each one's own form of it, the first
                    # show's too (the guild's "directorial achievement")
                    carried = lead
                homed = self._inclusion_show(p, r, family, s) \
                    if r.arg is None and r.run is not None and not show else None
                if homed:
                    # "won the Palme d'Or and then four Oscars, including Best Director": a
                    # category under "including" is one of the prizes of the count it lists,
                    # of the show that count's noun names, not the clause's first show
                    award_id, family_only = self._category(homed, phrase), False
                other = None if award_id or carried or not self._beside_named_prize(
                    f, s, family) else self._other_show(p, family, phrase)
                if other:
                    award_id = other
                slots = dict(base, kind="award", award=award_id, family_only=family_only,
                             award_phrase=phrase)
                if k != ben_owner is not None:
                    slots["beneficiary"] = None   # the person is the last prize's
                if len(prize_years) > 1 and len(prize_years) == len(refs):
                    slots["year"] = prize_years[k]
                    if not said_each:
                        slots["refute_blocked"] = (
                            "The sentence does not say which year goes with which prize; "
                            "read in order, this does not hold: ")
                if unread:
                    slots["unchecked"] = list(slots.get("unchecked") or []) + unread
                if r.run and (_elided_modifiers(p, r.run, category_runs(p))
                              or _shared_head(p, r.run, category_runs(p))):
                    slots["refute_blocked"] = slots.get("refute_blocked") or (
                        "A category coordinated with another may share its words (\"supporting "
                        "actor and actress\", \"adapted and original screenplay\"); read "
                        "alone, this does not hold: ")
                if r.tok > f.cue and any(t.text == ";" for t in p.doc[f.cue:r.tok]):
                    continue   # "Best actor went to A; best actress, to B": a prize past a
                    # semicolon is another clause's
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
                    if s.ceremony and award_family(kb, s.ceremony) != r.arg.entity:
                        # "at the 2025 DGA Awards and the Globes": the edition is the first
                        # show's, no night of this one
                        slots.update(ceremony=None, stated=[x for x in slots["stated"]
                                                            if x != "ceremony"])
                if homed and award_id:
                    slots.update(family=homed, family_assumed=False)
                if polarity == "won" and _inclusion_polarity(p, r) == "nominated":
                    # "took the Palme d'Or and then three Oscar nominations, including Best
                    # Picture": an item of a count of nominations is a nomination, whatever
                    # the clause's verb
                    slots["polarity"] = "nominated"
                if carried:
                    slots.update(carried_category=carried, award_candidates=self._carried_candidates(
                        r.arg.entity if show else family, carried))
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
                if award_id and polarity == "won" and len(refs) == 1 and not family_only \
                        and not slots.get("family_assumed") and (
                            venue := _venue_of_another_show(kb, f, r, award_id)):
                    # "Parasite won the Palme d'Or at the Academy Awards": the one prize of
                    # the clause, said won at a show that does not give it
                    slots["other_show_venue"] = venue
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
                    [wfl.token] if k == len(refs) - 1 and wfl.token > f.cue else []) + [
                    t.i for t in p.doc if t.i in f.clause and t.i > f.cue   # "for writing"
                    and t.lower_ == slots.get("award_class_said") and t.dep_ in ("pcomp", "pobj")]
                item_winner = _item_winner(p, r, runs_here) \
                    if (listed or _included(p, r)) and r.tok > f.cue else None
                if item_winner is not None and item_winner.entity != sid and \
                        p.doc[item_winner.first - 1].lower_ == "to":
                    continue   # "best actor to A and best supporting actor to B": an item
                    # whose own "to" names another winner is a gapped clause of its own,
                    # not a prize of the subject read for the first item
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
                mine = [w for at, w in crafts_unread.items() if s0 <= at < end or (
                    k == len(refs) - 1 and at >= end)]
                if mine:
                    slots["unchecked"] = list(slots.get("unchecked") or []) + mine
                out.append(self._claim(
                    f, "award", s0, end, sid, sname,
                    "award_received" if slots["polarity"] == "won" else "nominated_for",
                    EntityRef(award_id, kb.label(award_id)) if award_id else phrase, hedged,
                    slots))
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


def _listed_run(p: Parsed, r) -> bool:
    """Whether a category named in the phrase of a counted prize noun is one of a list ("4
    statuettes for directing, writing and editing"): the count is then of the whole list,
    not of that one category."""
    if not r.run:
        return False
    top = next((t for t in p.doc[r.run[0]:r.run[1]]
                if not r.run[0] <= t.head.i < r.run[1] or t.head.i == t.i), None)
    return top is not None and (top.dep_ == "conj" or any(c.dep_ == "conj"
                                                            for c in top.children))


def _craft_words() -> frozenset:
    """Words that name a craft a prize is for ("writing", "producing", "directing"): a class of
    categories (`categories.classes`) or the making verbs the classes of `made_work_classes`
    are read from; in a list of prizes, one no category reads is said, not checked."""
    lx = lexicon()
    return frozenset(lx.categories.get("classes") or {}) | frozenset(
        lx.qualifiers.get("made_work_classes") or {})


def _skipped_antecedent(p: Parsed, f: Frame, sarg: Optional[Arg]) -> bool:
    """"followed Red Rocket with Anora, which won the Palme": a relative clause's subject as
    the parser hangs it, with another name the KB links between it and the relative pronoun,
    which may stand for that nearer name instead. The claim is a reading: the verifier may
    support it, but no record's completeness refutes it (verify/festivals `never_won_top`)."""
    cue = p.doc[f.cue]
    if cue.dep_ != "relcl" or sarg is None:
        return False
    rel = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.lower_ in ("which", "who", "that")), None)
    return rel is not None and any(
        a is not sarg and a.entity and a.kind in ("film", "person", "work")
        and sarg.last <= a.first and a.last <= rel.i for a in p.args)


def _alternating(refs: list, winners: list[int]) -> dict:
    """{winner token: the prize right before it} when two or more prizes and as many winners
    alternate, each prize first ("lost A to Y and B to Z"); {} otherwise."""
    if len(winners) < 2 or len(refs) != len(winners):
        return {}
    ends = [r.tok for r in refs[1:]] + [None]
    if not all(r.tok < w and (e is None or w < e) for r, w, e in zip(refs, winners, ends)):
        return {}
    return dict(zip(winners, refs))


def _venue_of_another_show(kb, f, r, award_id: str) -> Optional[str]:
    """The show a clause places its one prize's win at ("won the Palme d'Or at the Academy
    Awards": an "at" phrase on the verb or on the prize's noun) when it is of another family
    than the prize's, else None. Not when the prize has a conjunct ("the Palme and Best
    Picture at the Oscars": the show may be the other prize's) or the show a list of shows."""
    p, doc = f.parsed, f.parsed.doc
    fam = award_family(kb, award_id)
    if not fam or fam == award_id or r.tok < 0:
        return None
    prize = doc[r.tok]
    if prize.dep_ == "conj" or any(c.dep_ == "conj" for c in prize.children):
        return None
    for a in f.args_in_clause(*AWARDISH):
        other = award_family(kb, a.entity) if a.entity else None
        h = doc[a.head]
        if not other or other == fam or h.dep_ != "pobj" or h.head.lower_ != "at" \
                or h.head.head.i not in (f.cue, prize.i) \
                or any(c.dep_ == "conj" for c in h.children) or h.dep_ == "conj":
            continue
        if kb.entity(other) is None or not kb.facts(predicate="edition_of", object_entity=other):
            continue   # (a show the KB holds no nights of)
        return a.entity
    return None

