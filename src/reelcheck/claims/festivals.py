"""The festival family: where a film premiered or screened, read from the parse.

A frame of the lexicon's `premiere` relation ("Anora premiered at Cannes", "its world premiere
at the Venice Film Festival", "the film screened in competition at Cannes") names a work and a
festival:

- the work is the frame's subject (a film mention, else the film the passage is about);
- the festival is a KB festival or edition, or a phrase the KB does not know whose head is a
  festival noun (`qualifiers.festival_heads`: "the Venice Film Festival"), or, after "at", a
  city that hosts one (`qualifiers.festival_cities`: "premiered at Venice"). A festival the KB
  does not know is still an argument: a film's world premiere is one event, so the KB's
  record of it refutes another festival;
- a premiere is the world premiere unless a regional word (`qualifiers.regional_words`: "its
  North American premiere") or a place other than the festival qualifies it; "screened",
  "was selected" state a screening, which no list the KB holds is complete for.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..kb.awards import award_family
from ..model import Claim, EntityRef
from .frames import Frame, conjuncts, work_year
from .parse import Arg, Parsed, lexicon
from .text import MONTHS, find_dates, parse_number, parse_ordinal, year_of

PREMIERE_CUES = frozenset({"premiere", "premier", "debut", "bow"})
FESTIVAL_KINDS = ("festival", "ceremony")


@lru_cache(maxsize=1)
def _jury_words() -> tuple[frozenset, frozenset, frozenset]:
    """The lexicon's jury nouns, member nouns and the words a jury noun may carry beside its
    count (`festivals.jury`), read once: `jury_size_token` runs on every token of a clause."""
    lx = lexicon().section("festivals").get("jury", {})
    return (frozenset(lx.get("nouns", ())), frozenset(lx.get("member_nouns", ())),
            frozenset(lx.get("size_words", ())))


def jury_size_token(p: Parsed, t):
    """The number that says how many sat on the jury noun `t` ("the nine-member jury", "a
    nine-strong jury", "a jury of nine", "its eight members"), or None. Lexicon
    `festivals.jury`: `nouns`, `member_nouns`, and `size_words`, the words such a noun may
    carry beside its count: any other word makes it another jury ("the short-film jury")."""
    nouns, members, plain = _jury_words()
    low = t.lemma_.lower()
    if not (low in nouns or t.lower_ in members and FestivalReader._of_jury(t, nouns)):
        return None
    num = None
    for c in t.children:
        if c.dep_ == "nummod":
            num = c
        elif c.dep_ in ("compound", "amod") and c.lower_ in plain:
            num = next((x for x in c.children if x.dep_ in ("nummod", "advmod")
                        and x.pos_ == "NUM"), num)   # ("nine-strong": an advmod)
        elif c.dep_ in ("det", "poss", "case", "punct", "prep", "relcl", "acl", "appos"):
            if c.dep_ == "prep" and c.lower_ == "of" and low in nouns:
                num = next((o for o in c.children if o.dep_ == "pobj"
                            and o.pos_ == "NUM"), num)   # "a jury of nine"
        elif p.arg_at(c.i) is None and c.lower_ not in plain:
            return None   # "the short-film jury", "the Un Certain Regard jury"
    return num


class FestivalReader:
    def __init__(self, kb, resolver, text: str, calendar: Optional[dict] = None):
        self.kb, self.res, self.text = kb, resolver, text
        # (start, end) -> (year, month) of the months and years the date reader counted from
        # the piece's own date ("last year", "last May": claims/dates.py `_calendar`)
        self.calendar = calendar if calendar is not None else {}

    def sentence_claims(self, p: Parsed, frames: list[Frame], hedged: bool) -> list[Claim]:
        out = []
        for f in frames:
            if f.family != "festivals" or f.irrealis or f.record:
                continue
            cue = p.doc[f.cue]
            if f.noun_cue and cue.dep_ == "compound" and cue.head.lemma_.lower() in set(
                    lexicon().qualifiers.get("section_heads", ())):
                continue   # "the Cannes Premiere section": a section's name, no premiere
            if cue.lemma_ == "be" and any(c.dep_ == "attr" for c in cue.children):
                continue   # "Anora is Baker's second film in competition at Cannes": the
                # section says which of the attribute's films, not where the subject was
            fest = self._festival(p, f)
            if fest is None or (fest[0] is None and fest[1] is None):
                continue   # a festival by description the piece does not name
            film, farg = self._film(p, f)
            if film is None:
                continue
            out += [self._claim(p, f, film, farg, x, hedged) for x in self._listed(p, f, fest)]
        return out + self._juries(p, hedged) + self._jury_members(p, hedged) + \
            self._jury_sizes(p, hedged) + self._identities(p, hedged)

    # -- which edition is which -------------------------------------------------------------
    def _identities(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"The 2024 festival was the 75th edition of Cannes", "The 2019 Cannes Film Festival,
        the 72nd edition, ...": two names of an edition set equal by a copula (subject and
        attribute) or an apposition, each read as an edition of the festival the sentence
        names (by name, by year, by number: `festivals.edition_nouns`)."""
        out = []
        fams = {award_family(self.kb, a.entity) for a in p.args
                if a.entity and a.kind in FESTIVAL_KINDS}
        fams = {f for f in fams if f and getattr(self.kb.entity(f), "type", None) == "festival"}
        fam = next(iter(fams)) if len(fams) == 1 else None
        if fam is None or self._other_festival(p, fam):
            return out
        for y in p.doc:
            if y.dep_ == "attr" and y.head.lemma_ == "be":
                x = next((c for c in y.head.children if c.dep_ == "nsubj"), None)
            elif y.dep_ == "appos":
                x = y.head
            else:
                continue
            if x is None or any(c.dep_ == "neg" for c in y.head.children):
                continue
            a, b = self._edition_of(p, x, fam), self._edition_of(p, y, fam)
            if a is None or b is None or a[1] == b[1]:
                continue   # an edition named twice the same way says nothing of the other
            lo, hi = min(x.left_edge.i, y.left_edge.i), max(x.right_edge.i, y.right_edge.i) + 1
            start, end = p.span_of(lo, hi)
            out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                             category="festival", subject=EntityRef(a[0], self.kb.label(a[0])),
                             predicate="edition_identity",
                             object=EntityRef(b[0], self.kb.label(b[0])), hedged=hedged,
                             slots=dict(kind="edition_identity", subject=a[0], other=b[0],
                                        ways=[a[1], b[1]], family=fam, negated=False)))
        return out

    def _edition_of(self, p: Parsed, tok, fam: str):
        """(edition id, how it is named: 'name' / 'year' / 'number') of the phrase headed by
        `tok`, an edition of festival `fam`; None when it names none the KB holds."""
        a = p.arg_at(tok.i)
        if a is not None and a.entity and a.kind in FESTIVAL_KINDS:
            if award_family(self.kb, a.entity) != a.entity:
                return (a.entity, "name") if award_family(self.kb, a.entity) == fam else None
            if a.entity != fam:
                return None
        elif a is not None or tok.lemma_.lower() not in lexicon().section("festivals").get(
                "edition_nouns", ()):
            return None
        for c in tok.children:
            if c.dep_ not in ("amod", "nummod", "compound", "npadvmod"):
                continue
            y = year_of(c.text) if c.like_num else None
            # a number in digits ("77th"); "the first festival since ..." is not the 1st
            n = None if y or not c.text[:1].isdigit() else parse_ordinal(c.lower_)
            if not (y or n):
                continue
            for f in self.kb.facts(predicate="edition_of", object_entity=fam):
                e = self.kb.entity(f.subject)
                if e is None:
                    continue
                if (y and getattr(e, "year", None) == y) or (
                        n and parse_ordinal(e.label.split()[0].lower()) == n):
                    return e.id, "year" if y else "number"
            return None
        return None

    # -- who presided over the jury ---------------------------------------------------------
    def _juries(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"Greta Gerwig presided over the jury at Cannes in 2024", "the jury, led by Greta
        Gerwig", "jury president Greta Gerwig", "Gerwig's jury": a person (a KB one) as the
        president of a festival's jury (`festivals.jury`); the edition is the one the sentence
        names, or its festival's of the year the sentence gives, else none (support only)."""
        lx = lexicon().section("festivals").get("jury", {})
        nouns, verbs, heads = (set(lx.get(k, ())) for k in ("nouns", "verbs", "heads"))
        out = []
        for jury in p.doc:
            if jury.lemma_.lower() not in nouns:
                continue
            got = self._jury_head(jury, verbs, heads)
            if got is None:
                continue
            who, cue = got
            a = p.arg_at(who.i)
            if a is None or a.kind != "person" or any(c.dep_ == "neg" for c in cue.children):
                continue
            edition, fam, year, at = self._jury_edition(p)
            awarding = set(lx.get("awarding", ()))
            if edition is None and year is None:
                edition, at = self._jury_win_edition(p, jury, fam, awarding)
            elif edition is None and fam is None and year is not None:
                if self._gave_a_win(p, jury, awarding):
                    # "won the Palme back in 2023 from Gerwig's jury": the jury that gave the
                    # win is the win's; the year is the win's to check, not the jury's
                    edition, _ = self._jury_win_edition(p, jury, None, awarding)
                    year, at = None, []
                else:
                    # "jury president X handed the Palme d'Or to Parasite in 2019": no
                    # festival named but its prize, and a year: that festival's edition then
                    edition, fam, at = self._prize_edition(p, year)
            if edition is None and self._other_festival(p, fam):
                continue   # "the Venice jury": a festival the KB does not hold
            lo, hi = min([a.first, jury.i, cue.i] + at), max([a.last, jury.i + 1, cue.i + 1] +
                                                            [i + 1 for i in at])
            out.append(self._jury_claim(p, a, lo, hi, "jury_president", edition, hedged,
                                        dict(kind="jury", family=fam, year=year)))
        return out

    def _jury_claim(self, p: Parsed, a: Arg, lo: int, hi: int, predicate: str,
                    edition: Optional[str], hedged: bool, slots: dict) -> Claim:
        """A claim that person `a` (a KB one or a name it lacks, which only the edition's
        complete list decides) led or sat on the jury of `edition` (none: support only)."""
        start, end = p.span_of(lo, hi)
        slots = dict(slots, subject=a.entity, edition=edition, negated=False)
        if not a.entity:
            slots["subject_name"] = a.text
        if edition is None:
            slots["support_only"] = True
        return Claim(id="", start=start, end=end, text=self.text[start:end],
                     category="festival", subject=EntityRef(a.entity, self.kb.label(
                         a.entity)) if a.entity else None, predicate=predicate,
                     object=EntityRef(edition, self.kb.label(edition)) if edition else None,
                     hedged=hedged, slots=slots)

    # -- who sat on the jury ---------------------------------------------------------------
    def _jury_members(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"Gerwig's jury, which also included A, B and C", "Its members included A", "A sat
        on the jury", "jury member A": people (KB ones or not) as members of a festival's
        jury (`festivals.jury` member words). The edition is the one the sentence names, or
        the one the jury's named president presided over ("Gerwig's jury"); with neither, a
        membership the KB records anywhere supports it (nothing refutes it)."""
        lx = lexicon().section("festivals").get("jury", {})
        nouns = set(lx.get("nouns", ()))
        members = set(lx.get("member_nouns", ()))
        including, sitting = set(lx.get("member_verbs", ())), set(lx.get("sitting_verbs", ()))
        found: list = []   # (person token, the words that make it a member)
        for t in p.doc:
            low = t.lemma_.lower()
            if t.pos_ == "VERB" and low in including and not any(
                    c.dep_ == "neg" for c in t.children):
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.tag_ in ("WDT", "WP") and t.dep_ == "relcl":
                    subj = t.head   # "the jury, which included A"
                if subj is None or not (subj.lemma_.lower() in nouns or (
                        subj.lower_ in members and self._of_jury(subj, nouns))):
                    continue
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    found += [(x, t if x.i == obj.i else x) for x in conjuncts(obj)]
            elif t.pos_ == "VERB" and low in sitting and not any(
                    c.dep_ == "neg" for c in t.children):
                on = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "on" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in c.children)]
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if on and subj is not None:
                    if subj.tag_ in ("WP", "WDT") and t.dep_ == "relcl":
                        subj = t.head   # "A, who sat on the jury"
                    found += [(x, on[0].right_edge if x.i == subj.i else x)
                              for x in conjuncts(subj)]
            elif t.lower_ in members and t.dep_ == "compound" and t.head.pos_ == "PROPN" \
                    and any(c.lemma_.lower() in nouns for c in t.children):
                found.append((t.head, t))   # "jury member A"
        out, seen = [], set()
        if not found:
            return out
        # (one edition for the sentence's jury, whichever member it is said of)
        edition, fam, _year, _at = self._jury_edition(p)
        if edition is None:
            edition = self._presided_edition(p, nouns)
        for tok, cue in found:
            a = p.arg_at(tok.i)
            if a is None or a.kind != "person" or a.head in seen:
                continue
            seen.add(a.head)
            out.append(self._jury_claim(p, a, min(a.first, cue.i), max(a.last, cue.i + 1),
                                        "jury_member", edition, hedged,
                                        dict(kind="jury_member", family=fam)))
        return out

    def _jury_sizes(self, p: Parsed, hedged: bool) -> list[Claim]:
        """How many sat on a festival's jury (`jury_size_token`), of the edition the sentence
        names, whose named president led it, or on which it seats the members it names."""
        nouns = set(lexicon().section("festivals").get("jury", {}).get("nouns", ()))
        out = []
        for t in p.doc:
            num = jury_size_token(p, t)
            low = t.lemma_.lower()
            n = parse_number(num.text) if num is not None else None
            if n is None or n != int(n) or not 2 <= n <= 40:
                continue
            n = int(n)
            edition = self._jury_edition(p)[0] or self._presided_edition(p, nouns) \
                or self._members_edition(p)
            if edition is None:
                continue
            start, end = p.span_of(min(num.i, t.i), max(num.i, t.i) + 1)
            out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                             category="festival", subject=EntityRef(edition, self.kb.label(
                                 edition)), predicate="jury_size", object=n, hedged=hedged,
                             slots=dict(kind="jury_size", subject=edition, edition=edition,
                                        count=n, counted=low if low in nouns else "member",
                                        negated=False)))
        return out

    def _members_edition(self, p: Parsed) -> Optional[str]:
        """The one edition on whose jury the KB seats every person the sentence names that it
        seats on any ("the nine-member jury included A and B"); else None."""
        eds = None
        for a in p.args:
            if a.kind != "person" or not a.entity:
                continue
            got = {f.subject for f in self.kb.facts(predicate="jury_member",
                                                    object_entity=a.entity)}
            if got:
                eds = got if eds is None else eds & got
        return next(iter(eds)) if eds and len(eds) == 1 else None

    @staticmethod
    def _of_jury(tok, nouns: set) -> bool:
        """Whether a member noun is the jury's ("its members", "the jury's members", "members
        of the jury")."""
        return any(c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.lemma_.lower()
                                         in nouns) for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in nouns
                                                          for o in c.children)
            for c in tok.children)

    def _presided_edition(self, p: Parsed, nouns: set) -> Optional[str]:
        """The edition whose jury a president the sentence names led ("Gerwig's jury", "the
        jury, led by Gerwig"), when the KB holds exactly one such; else None."""
        lx = lexicon().section("festivals").get("jury", {})
        verbs, heads = set(lx.get("verbs", ())), set(lx.get("heads", ()))
        for jury in p.doc:
            if jury.lemma_.lower() not in nouns:
                continue
            got = self._jury_head(jury, verbs, heads)
            a = p.arg_at(got[0].i) if got is not None else None
            if a is None or not a.entity:
                continue
            eds = {f.subject for f in self.kb.facts(predicate="jury_president", object_entity=a.entity)}
            if len(eds) == 1:
                return eds.pop()
        return None

    @staticmethod
    def _jury_head(jury, verbs: set, heads: set):
        """(the token naming the jury's president, the cue token) from the parse, or None."""
        def of_head(h):   # a head noun said of a person
            if h.dep_ == "compound" and h.head.pos_ == "PROPN":
                return h.head                          # "jury president Greta Gerwig"
            ap = [c for c in h.children if c.dep_ == "appos"]
            if ap:
                return ap[0]                           # "the jury president, Greta Gerwig"
            if h.dep_ == "appos":
                return h.head                          # "Greta Gerwig, the jury's president"
            if h.dep_ in ("attr", "nsubj") and any(c.dep_ == "neg" for c in h.head.children):
                return None                            # "Blanchett was not the jury president"
            if h.dep_ == "attr":                       # "Gerwig was the jury president"
                return next((c for c in h.head.children if c.dep_ == "nsubj"), None)
            if h.dep_ == "nsubj":                      # "The jury president was Gerwig"
                return next((c for c in h.head.children if c.dep_ == "attr"), None)
            if h.dep_ == "pobj" and h.head.lower_ == "as" and h.head.head.pos_ in ("VERB", "AUX"):
                v = h.head.head                        # "Gerwig served as jury president"
                if any(c.dep_ == "neg" for c in v.children):
                    return None
                return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if h.dep_ == "pobj" and h.head.lower_ == "as":
                return _with_as(h.head)                # "with Gerwig as jury president"
            return None
        h = jury.head
        if jury.dep_ == "nsubj" and h.dep_ == "pcomp" and h.lemma_.lower() in verbs and \
                not any(c.dep_ == "neg" for c in h.children):
            # "..., with the jury headed by Spielberg": an absolute clause, its agent
            agent = next((c for c in h.children if c.dep_ == "agent"), None)
            who = next((c for c in agent.children if c.dep_ == "pobj"), None) \
                if agent is not None else None
            return (who, h) if who is not None else None
        verb = h.head if jury.dep_ == "pobj" and h.dep_ == "prep" else h
        if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and verb.i != jury.i and \
                jury.dep_ in ("dobj", "nsubjpass", "pobj"):
            if jury.dep_ == "nsubjpass":
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                who = next((c for c in agent.children if c.dep_ == "pobj"), None) \
                    if agent is not None else None
                return (who, verb) if who is not None else None
            who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if who is not None and who.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                who = verb.head                        # "Gerwig, who chaired the jury"
            return (who, verb) if who is not None else None
        for c in jury.children:
            if c.dep_ == "acl" and c.lemma_.lower() in verbs:   # "the jury, led by Gerwig"
                agent = next((x for x in c.children if x.dep_ == "agent"), None)
                who = next((x for x in agent.children if x.dep_ == "pobj"), None) \
                    if agent is not None else None
                if who is not None:
                    return who, c
            if c.dep_ == "poss" and c.pos_ == "PROPN":           # "Gerwig's jury"
                return c, jury
        if jury.dep_ in ("compound", "poss") and h.lemma_.lower() in heads:
            who = of_head(h)
            return (who, h) if who is not None else None
        if jury.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in heads:
            who = of_head(h.head)                      # "president of the jury"
            return (who, h.head) if who is not None else None
        return None

    def _jury_edition(self, p: Parsed):
        """(edition, festival, year) the sentence names: an edition, or a festival and a year
        (its edition of that year)."""
        fams, eds, at = set(), {}, {}
        for a in p.args:
            if a.entity and a.kind in FESTIVAL_KINDS:
                fam = award_family(self.kb, a.entity)
                e = self.kb.entity(fam) if fam else None
                if e is None or e.type != "festival":
                    continue
                fams.add(fam)
                at.setdefault(fam, a.head)
                if fam != a.entity:
                    eds[a.entity] = a.head
        years = {year_of(t.text): t.i for t in p.doc if t.like_num and year_of(t.text)}
        fam = next(iter(fams)) if len(fams) == 1 else None
        year = next(iter(years)) if len(years) == 1 else None
        if len(eds) == 1:
            ed = next(iter(eds))
            return ed, fam, year, [eds[ed]]
        if eds or fam is None or year is None:
            return None, fam, year, []
        got = [f.subject for f in self.kb.facts(predicate="edition_of", object_entity=fam)
               if getattr(self.kb.entity(f.subject), "year", None) == year]
        if len(got) != 1:
            return None, fam, year, []
        return got[0], fam, year, [at[fam], years[year]]

    def _jury_win_edition(self, p: Parsed, jury, fam: Optional[str], awarding: set):
        """"the jury that crowned Anora", "the jury which gave Anora the Palme", "a jury led by
        X gave the Palme to Anora": a verb of awarding whose subject is the jury (a relative
        clause on it, or the clause it is the subject of) names the film the jury honoured;
        the jury is then that of the one festival edition (of the festival the sentence
        names, if any) where the KB records the film's win. (None, []) otherwise."""
        verbs = [rc for rc in jury.children if rc.dep_ == "relcl"
                 and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in rc.children)]
        if jury.dep_ == "nsubj" and jury.head.pos_ == "VERB":
            verbs.append(jury.head)
        given = self._given_by_jury(p, jury, awarding)
        for rc in verbs + ([given] if given is not None else []):
            if rc.lemma_.lower() not in awarding and rc is not given or any(
                    c.dep_ == "neg" for c in rc.children):
                continue
            films = {}
            objs = [c for c in rc.children if c.dep_ in ("dobj", "dative")] + [
                o for c in rc.children if c.dep_ == "prep" and c.lower_ == "to"
                for o in c.children if o.dep_ == "pobj"]   # "gave the Palme to Anora"
            if rc is given:
                objs = self._won_by(rc)
            for c in objs:
                a = p.arg_at(c.i)
                if a is not None and a.kind == "film" and a.entity:
                    films[a.entity] = c.i
            if len(films) != 1:
                continue
            film, at = next(iter(films.items()))
            eds = set()
            for f in self.kb.facts(subject=film, predicate="award_received"):
                cer = f.qualifiers.get("ceremony")
                top = award_family(self.kb, cer) if cer else None
                e = self.kb.entity(top) if top else None
                if f.disputed or e is None or e.type != "festival" or (fam and top != fam) \
                        or self._other_festival(p, top):
                    continue
                eds.add(cer)
            if len(eds) == 1:
                return next(iter(eds)), [at]
        return None, []

    def _gave_a_win(self, p: Parsed, jury, awarding: set) -> bool:
        """Whether the sentence tells the jury giving a prize (`_jury_win_edition`'s verbs:
        "the jury that crowned ...", "won ... from X's jury"), whichever film it names."""
        return self._given_by_jury(p, jury, awarding) is not None or any(
            rc.dep_ == "relcl" and rc.lemma_.lower() in awarding for rc in jury.children) or (
            jury.dep_ == "nsubj" and jury.head.lemma_.lower() in awarding)

    def _prize_edition(self, p: Parsed, year: int):
        """(edition, festival, [token]) of the one festival whose prize the sentence names (the
        Palme d'Or: Cannes), in `year`; (None, None, []) when there is no one such edition."""
        fams = {}
        for a in p.args:
            fam = award_family(self.kb, a.entity) if a.entity and a.kind == "award" else None
            if fam and getattr(self.kb.entity(fam), "type", None) == "festival":
                fams.setdefault(fam, a.head)
        if len(fams) != 1:
            return None, None, []
        fam, tok = next(iter(fams.items()))
        got = [f.subject for f in self.kb.facts(predicate="edition_of", object_entity=fam)
               if getattr(self.kb.entity(f.subject), "year", None) == year]
        if len(got) != 1 or self._other_festival(p, fam):
            return None, fam, []
        years = [t.i for t in p.doc if t.like_num and year_of(t.text) == year]
        return got[0], fam, [tok] + years[:1]

    @staticmethod
    def _given_by_jury(p: Parsed, jury, awarding: set):
        """The verb a jury gave a prize through as its agent or giver: "(Anora,) chosen by a
        jury led by X" (a verb of awarding, the jury after "by"), "won the Palme from a jury
        led by X" (a verb of receiving, `festivals.jury.receiving`, the jury after "from" or
        "by"). None when the jury is no such phrase."""
        receiving = set(lexicon().section("festivals").get("jury", {}).get("receiving", ()))
        prep = jury.head
        if jury.dep_ != "pobj" or prep.lower_ not in ("by", "from"):
            return None
        verb = prep.head
        if verb.pos_ != "VERB":
            return None
        lemma = verb.lemma_.lower()
        if prep.dep_ == "agent" and lemma in awarding or lemma in receiving and (
                prep.dep_ == "prep" and prep.lower_ == "from"):
            return verb
        return None

    @staticmethod
    def _won_by(verb) -> list:
        """The tokens that may name the film a jury's prize went to, from the verb it gave it
        through: the verb's subject or object ("Anora won ...", "Anora was chosen by ..."), and
        for a participle or clause set on another ("The Palme went to Anora, chosen by a
        jury ..."), the film that clause names as the winner (its subject, object or "to")."""
        def named(v) -> list:
            return [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")] \
                + [o for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                   for o in c.children if o.dep_ == "pobj"]
        out = named(verb)
        if verb.dep_ in ("advcl", "acl", "conj"):
            out += [verb.head] + (named(verb.head) if verb.head.pos_ in ("VERB", "AUX") else [])
        return out

    def _other_festival(self, p: Parsed, fam: Optional[str]) -> bool:
        """Whether the sentence names a festival (by a city that hosts one) other than the KB
        festival `fam`: "the Venice jury"."""
        cities = set(lexicon().qualifiers.get("festival_cities", ()))
        return any((ft := self._family_of(t.lower_, cities=True)) is None or ft != fam
                   for t in p.doc if t.lower_ in cities)

    # -- arguments --------------------------------------------------------------------------
    def _listed(self, p: Parsed, f: Frame, fest) -> list:
        """"played at TIFF and NYFF", "travelled to Telluride, Toronto and New York": each
        festival of a list in the festival role is a screening of its own. Only a plain
        screening distributes: a world premiere is one event, and a section or a date the
        clause states may be one festival's only."""
        fills = f.roles.get("festival", [])
        if len(fills) < 2 or self._section(f)[0] or self._date(p, f):
            return [fest]
        got = []
        for fl in fills:
            one = self._festival(p, f, [fl])
            if one is None or one[0] is None and one[1] is None or len(one) > 4:
                return [fest]   # a list item that names no festival: not a list of them
            if all(one[2] != x[2] for x in got):
                got.append(one)
        if len(got) < 2 or any(self._world(p, f, x[2], x[3]) for x in got):
            return [fest]
        return got

    def _festival(self, p: Parsed, f: Frame, only=None) -> Optional[tuple[Optional[str], str,
                                                                            int, int]]:
        """(KB id or None, name as written, first token, end token) of the frame's festival
        (of the one fill `only` holds, when given)."""
        q = lexicon().qualifiers
        heads = set(q.get("festival_heads", ()))
        cities = set(q.get("festival_cities", ()))
        fills = [(fl.arg, p.doc[fl.token]) for fl in (
            only if only is not None else f.roles.get("festival", []))]
        cue = p.doc[f.cue]
        if not fills and cue.dep_ == "relcl" and any(c.lower_ in q.get("place_relatives", ())
                                                     for c in cue.children):
            fills = [(p.arg_at(cue.head.i), cue.head)]   # "the 2023 festival, where it premiered"
        # "its world premiere in competition at Venice": the parser may hang the festival on
        # the section the cue's preposition names; the festival is then that section's
        sec_words = {w for ph in q.get("festival_sections", {}).values() for x in ph
                     for w in x.lower().split()} | set(q.get("section_heads", ()))
        fills = [x for a, tok in fills for x in [(a, tok)] + [
            (p.arg_at(o.i), o) for c in tok.children if a is None and tok.lower_ in sec_words
            and c.dep_ == "prep" and c.lower_ in q.get("festival_city_preps", ("at",))
            for o in c.children if o.dep_ == "pobj"]]
        giver = self._giver(p, f) if not fills and only is None else None
        if giver is not None:
            fills = [(p.arg_at(giver.i), giver)]   # "Cannes gave Anora its world premiere"
        for a, tok in fills:
            if a is not None and a.kind in FESTIVAL_KINDS and a.entity:
                fam = award_family(self.kb, a.entity)
                if a.kind == "festival" or (fam and self.kb.entity(fam) and
                                            self.kb.entity(fam).type == "festival"):
                    if fam == a.entity:
                        # "the 76th Festival de Cannes": the festival's name with a number
                        # or year the parser hangs on it is its edition of that number
                        ed = self._edition_of(p, p.doc[a.head], fam)
                        mods = [c.i for c in p.doc[a.head].children if c.i < a.first
                                and c.dep_ in ("amod", "nummod", "compound", "npadvmod")]
                        if ed is not None and mods:
                            return ed[0], p.doc[min(mods):a.last].text, min(mods), a.last
                    return a.entity, a.text, a.first, a.last
            words = {t.lower_ for t in tok.subtree} if a is None else \
                {p.doc[i].lower_ for i in range(a.first, a.last)}
            # (the tagger may take "the 71st festival, three years ..." for a number or a
            # date: no name either)
            # (a name that is a head word too, "premiered Anora at Sundance", is no description)
            if (a is None or a.kind in ("date", "number", "ordinal")) and \
                    tok.lemma_.lower() in heads and tok.pos_ != "PROPN" and not any(
                    t.pos_ == "PROPN" or getattr(p.arg_at(t.i), "kind", "date") not in (
                        "date", "ordinal", "number") for t in tok.subtree if t.i < tok.i):
                # "the festival", "the 2023 festival", "this year's festival": no name, a
                # description of the festival the piece is about
                return self._described(p, tok)
            if tok.lemma_.lower() in heads or (a is not None and words & heads):
                # the whole phrase ("the Venice Film Festival"), without its article
                first = tok.left_edge.i + (tok.left_edge.dep_ == "det")
                first, last = min(first, a.first if a else first), max(tok.i + 1,
                                                                       a.last if a else 0)
                name = p.doc[tok.left_edge.i:last].text   # with its article, as written
                return self._family_of(name), name, first, last
            name = a.text.lower() if a is not None else tok.lower_
            gov = tok   # "at Telluride and Toronto": a later conjunct's preposition is the first's
            while gov.dep_ == "conj" and gov.head.i != gov.i:
                gov = gov.head
            played = gov.dep_ in ("dobj", "obj") and gov.head.i == f.cue and p.doc[f.cue].lemma_.lower() \
                in (q.get("object_kind_cues") or {})   # "played Telluride and Toronto"
            if (gov.head.lower_ in q.get("festival_city_preps", ("at",)) or played
                    or (tok.dep_ == "compound" and tok.head.i == f.cue) or tok is giver
                    or (tok.i + 2 == f.cue and p.doc[tok.i + 1].text in ("-", "–"))) \
                    and name in cities:   # "premiered at Venice", "its Venice premiere"
                first, last = (a.first, a.last) if a is not None else (tok.i, tok.i + 1)
                # a city only after a preposition (or as the subject of the verb a showing
                # noun is the object of, or hyphened to a showing participle: "the
                # Venice-premiered film") stands for its festival ("its Toronto premiere" may
                # be a premiere in the city)
                return self._family_of(name, cities=tok.dep_ != "compound"), \
                    p.doc[first:last].text, first, last
        if only is not None:
            return None
        for a in f.args_in_clause("award"):   # "premiered in competition for the Palme d'Or"
            fam = award_family(self.kb, a.entity) if a.entity else None
            e = self.kb.entity(fam) if fam else None
            if e is not None and e.type == "festival":
                return fam, a.text, a.first, a.last
        # "debuted in the Directors' Fortnight": a section only one festival has stands for it
        sec, at = self._section(f)
        home = q.get("festival_section_homes", {}).get(sec) if sec else None
        if home and at and self.kb.entity(home) is not None and not self._other_festival(p, home):
            return home, p.doc[min(at):max(at) + 1].text, min(at), max(at) + 1
        return None

    @staticmethod
    def _giver(p: Parsed, f: Frame):
        """The festival that is the subject of the verb a showing noun is the object of
        ("Cannes gave Anora its world premiere", "Telluride hosted its first screening"): the
        place of the showing; None when the noun is no such object or the subject no festival."""
        cue = p.doc[f.cue]
        if not f.noun_cue or cue.dep_ != "dobj" or cue.head.pos_ != "VERB" or any(
                c.dep_ == "neg" for c in cue.head.children):
            return None
        subj = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
        a = p.arg_at(subj.i) if subj is not None else None
        cities = lexicon().qualifiers.get("festival_cities", ())
        if (a is None or a.kind == "place") and subj is not None and subj.lower_ in cities:
            return subj   # "Venice gave it its world premiere": the city for its festival
        return subj if a is not None and a.kind == "festival" and a.entity else None

    def _described(self, p: Parsed, tok):
        """A festival named by description: with a year ("the 2023 festival"), the edition of
        that year of the one festival the piece names (a claim like a named one); without, that
        festival itself, which may support but not refute (`described`); with no one festival
        named in the piece, nothing to check."""
        kb = self.kb
        fams = set()
        for m in self.res.mentions:
            fam = award_family(kb, m.entity.id)
            e = kb.entity(fam) if fam else None
            if e is not None and e.type == "festival":
                fams.add(fam)
        first = tok.left_edge.i + (tok.left_edge.dep_ == "det")
        name = p.doc[tok.left_edge.i:tok.i + 1].text
        if len(fams) != 1 or any(c.dep_ in ("prep", "appos", "acl") for c in tok.children):
            return None, None, first, tok.i + 1   # "the 2024 festival in Toronto": not sure
        fam = next(iter(fams))
        years = [year_of(c.text) for c in tok.children if year_of(c.text)]
        if len(years) == 1:
            eds = [f.subject for f in kb.facts(predicate="edition_of", object_entity=fam)
                   if getattr(kb.entity(f.subject), "year", None) == years[0]]
            return (eds[0] if len(eds) == 1 else None), None, first, tok.i + 1
        # "the 71st festival": that festival's edition of the number (written in digits; "the
        # first festival since ..." numbers none)
        nums = [parse_ordinal(c.lower_) for c in tok.children if c.dep_ in ("amod", "nummod",
                "compound") and c.text[:1].isdigit() and parse_ordinal(c.lower_)]
        if len(nums) == 1 and not years:
            eds = [f.subject for f in kb.facts(predicate="edition_of", object_entity=fam)
                   if kb.entity(f.subject) is not None
                   and parse_ordinal(kb.entity(f.subject).label.split()[0].lower()) == nums[0]]
            return (eds[0] if len(eds) == 1 else None), None, first, tok.i + 1
        if any(c.dep_ in ("amod", "poss", "compound", "nummod") for c in tok.children):
            return None, None, first, tok.i + 1   # "last year's festival", "the next festival"
        return fam, name, first, tok.i + 1, True

    def _family_of(self, name: str, cities: bool = False) -> Optional[str]:
        """The KB festival a written name means by its family words ("Festival de Cannes")."""
        low = name.lower()
        for word, fam in list(lexicon().families.items()) + list(
                lexicon().qualifiers.get("festival_families", {}).items() if cities else ()):
            if f" {word} " in f" {low} ":
                e = self.kb.entity(fam)
                if e is not None and e.type == "festival":
                    return fam
        return None

    def _film(self, p: Parsed, f: Frame) -> tuple[Optional[str], Optional[Arg]]:
        shown = [fl.arg for fl in f.roles.get("work", []) if fl.arg is not None and
                 fl.arg.kind == "film" and fl.arg.entity and p.doc[fl.token].dep_ == "dobj"]
        if shown and not f.noun_cue:
            return shown[0].entity, shown[0]   # "Baker premiered Anora at Cannes": the object
        if self._giver(p, f) is not None:
            # "Cannes gave Anora its world premiere": the film the festival gave it to
            for c in p.doc[f.cue].head.children:
                a = p.arg_at(c.i) if c.dep_ == "dative" else None
                if a is not None and a.kind == "film" and a.entity:
                    return a.entity, a
        for fl in f.roles.get("work", []):
            a = fl.arg
            if a is not None and a.kind == "film" and a.entity:
                return a.entity, a
            if a is not None and a.kind in ("person", "org", "work"):
                return None, None   # someone or something else premiered
            if a is None and p.doc[fl.token].pos_ == "PROPN":
                return None, None   # "Furiosa: A Mad Max Saga premiered ...": a title the KB
                # lacks, not the passage's film
            t = p.doc[fl.token]
            if a is None and t.tag_ == "NNS" and p.doc[f.cue].dep_ == "relcl" and \
                    p.doc[f.cue].head.i == t.i:
                return None, None   # "Best Picture winners that premiered at Cannes": a
                # class of films (the heading over a list), none of them the passage's film
            if a is None and t.pos_ == "NOUN":
                # "Baker's previous film, Red Rocket, premiered ...": the title set beside the
                # noun is the film; a title the KB lacks, or a noun that says another film than
                # the passage's ("his previous film"), is none of the KB's
                for x in [c for c in t.children if c.dep_ == "appos"] + (
                        [t.head] if t.dep_ == "appos" else []):
                    xa = p.arg_at(x.i)
                    if xa is not None and xa.kind == "film" and xa.entity:
                        return xa.entity, xa
                    if xa is not None and xa.kind == "work" or xa is None and x.pos_ == "PROPN":
                        return None, None
                if any(c.lower_ in lexicon().dates.get("other_film", ())
                       for c in t.children if c.dep_ in ("amod", "advmod", "compound")):
                    return None, None
            if a is None and t.lower_ == "its":
                # "After its Cannes premiere, Anora went ...": a pronoun in a clause fronted
                # before the main one stands for the main clause's subject
                root = p.doc[f.cue]
                while root.head.i != root.i:
                    root = root.head
                subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                             and c.i > fl.token), None)
                s = p.arg_at(subj.i) if subj is not None else None
                if s is not None and s.kind == "film" and s.entity:
                    return s.entity, None
        # the film said before the frame's subject (or cue), not one named after it
        at = min([fl.token for fl in f.roles.get("work", [])] + [f.cue])
        return self.res.film_at(p.sentence, p.offset + p.doc[at].idx), None

    def _world(self, p: Parsed, f: Frame, fest_first: int, fest_last: int) -> bool:
        """Whether the frame states the world premiere (not a regional one, not a screening)."""
        cue = p.doc[f.cue]
        first = set(lexicon().qualifiers.get("first_showing_words", ()))
        if cue.lemma_.lower() not in PREMIERE_CUES and (f.noun_cue or not any(
                c.dep_ == "advmod" and c.lower_ in first for c in cue.children)):
            return False   # "it first screened at Cannes": its first showing, a premiere
        if self._regional(p, f, fest_first, fest_last):
            # "its Cannes debut" names the festival; "its Toronto premiere" may be the city's
            return False
        return not any(a.kind == "place" and not fest_first <= a.first < fest_last
                       for a in f.args_in_clause("place"))

    @staticmethod
    def _regional(p: Parsed, f: Frame, fest_first: int, fest_last: int):
        """The words that make a premiere noun a regional one ("its North American premiere",
        "the film's UK premiere": `qualifiers.regional_words`, or a nationality or place that
        is not the festival), or None when the cue is no premiere noun or nothing so qualifies
        it (as a span). Which premiere it was is a slot of the claim."""
        cue = p.doc[f.cue]
        if not f.noun_cue or cue.lemma_.lower() not in PREMIERE_CUES:
            return None
        regional = set(lexicon().qualifiers.get("regional_words", ()))
        mods = [c for c in cue.children if c.dep_ in ("amod", "compound", "nmod")
                and (c.lower_ in regional or c.ent_type_ in ("NORP", "GPE"))
                and not (fest_first <= c.i < fest_last
                         and getattr(p.arg_at(c.i), "kind", None) == "festival")]
        if not mods:
            return None
        lo, hi = min(c.left_edge.i for c in mods), max(c.i for c in mods)
        return p.doc[lo:hi + 1]

    def _counted(self, p: Parsed, f: Frame) -> dict:
        """The premiere's date as a month or year counted from the piece's own date ("premiered
        at Cannes last year", the date reader's `calendar`): the clause's one date, read
        there. A piece's date may be when it was updated, so it only supports."""
        dates = [a for a in f.args_in_clause("date") if not work_year(p, a)]
        if len(dates) != 1:
            return {}
        a = dates[0]
        got = [v for (lo, hi), v in self.calendar.items() if lo < a.end and a.start < hi]
        if len(got) != 1:
            return {}
        year, month = got[0]
        return {"year": year, "month": month, "date_support_only": True}

    @staticmethod
    def _date(p: Parsed, f: Frame) -> dict:
        """The date the clause gives the premiere ("at Cannes on May 21"): year, month, day;
        a date it cannot read leaves the claim unchecked."""
        # (the tagger may take "the 71st" of "the 71st festival" for a date: an edition)
        dates = [a for a in f.args_in_clause("date") if not work_year(p, a) and not (
            len(w := [x for x in a.text.lower().split() if x != "the"]) == 1
            and w[0][:1].isdigit() and parse_ordinal(w[0]))]
        if not dates:
            return {}
        got = [d for a in dates for d in find_dates(a.text)]
        year = year_of(dates[0].text.split()[-1]) if len(dates) == 1 and not got else None
        if year:
            return {"year": year}   # "at Cannes in 2023"
        words = [x.strip(".,") for x in dates[0].text.lower().split() if x not in ("in", "of")]
        deictic = set(lexicon().qualifiers.get("deictic_month_words", ()))
        if words and words[0] in deictic:
            words = words[1:]   # "this May at Cannes": the month, in the writer's year
        if len(dates) == 1 and not got and len(words) == 1 and words[0] in MONTHS:
            return {"month": MONTHS[words[0]]}   # "at Cannes in May": the month alone
        if len(dates) != 1 or len(got) != 1:
            return {"date_unread": True}
        d = got[0]
        return {"year": d.year, "month": d.month, "day": d.day}

    @staticmethod
    def _section(f: Frame) -> tuple[Optional[str], list[int]]:
        """The festival section the frame's clause states (`qualifiers.festival_sections`):
        the longest phrase its words hold; two different sections state none."""
        toks = f.tokens()
        words = [t.lower_ for t in toks]
        found = []   # (length, section, token indices)
        for name, phrases in lexicon().qualifiers.get("festival_sections", {}).items():
            for ph in phrases:
                pw = ph.lower().split()
                for i in range(len(words) - len(pw) + 1):
                    if words[i:i + len(pw)] == pw:
                        found.append((len(pw), name, [t.i for t in toks[i:i + len(pw)]]))
        if not found:
            # "in the Special Presentations section": a section the lexicon does not list,
            # named by the proper words before a section noun; it may only leave the claim open
            heads = set(lexicon().qualifiers.get("section_heads", ()))
            for t in toks:
                if t.lemma_.lower() in heads:
                    named = [c for c in t.children if c.dep_ in ("compound", "amod")
                             and c.pos_ == "PROPN"]
                    if named:
                        at = [x.i for c in named for x in c.subtree]
                        return "~" + " ".join(f.parsed.doc[i].text for i in sorted(at)), at
            return None, []
        best = max(n for n, _, _ in found)
        # a shorter phrase inside a longer one ("competition" in "out of competition") is not
        # another section
        kept = [(n, name, at) for n, name, at in found
                if not any(set(at) < set(at2) for _, _, at2 in found)]
        names = {name for _, name, _ in kept}
        if len(names) != 1:
            return None, []
        return names.pop(), next(at for n, _, at in kept if n == max(m for m, _, _ in kept))

    # -- the claim --------------------------------------------------------------------------
    def _claim(self, p: Parsed, f: Frame, film: str, farg: Optional[Arg], fest, hedged) -> Claim:
        fid, name, first, last = fest[:4]
        described = len(fest) > 4
        world = self._world(p, f, first, last)
        date = self._date(p, f)
        if date.get("date_unread"):
            date = self._counted(p, f) or date
        # the claim's words hold every slot it states: the date read too
        dated = [a for a in f.args_in_clause("date") if not work_year(p, a)] if date else []
        lo = min([first, f.cue] + ([farg.first] if farg else []) + [a.first for a in dated])
        hi = max([last, f.cue + 1] + [a.last for a in dated])
        start, end = p.span_of(lo, hi)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        competition = any(t.lower_ == "competition" for t in f.tokens())
        section, sec_at = self._section(f)
        if sec_at:
            lo2, hi2 = p.span_of(min(sec_at), max(sec_at) + 1)
            start, end = max(s.start, min(start, lo2)), min(s.end, max(end, hi2))
        slots = dict(kind="festival", festival=fid, festival_name=None if fid else name,
                     premiere=world, competition=competition, subject=film,
                     negated=f.negated, **date)
        if section:
            slots["section"] = section
        if world and any(c.lower_ == "world" and c.dep_ in ("amod", "compound", "nmod")
                         for c in p.doc[f.cue].children):
            slots["world_said"] = True   # "its world premiere": not a regional one
        regional = self._regional(p, f, first, last)
        if regional is not None:
            slots["regional_premiere"] = regional.text   # "its North American premiere at X"
            lo3, _ = p.span_of(regional.start, regional.end)
            start = max(s.start, min(start, lo3))
        if described:
            slots["support_only"] = True   # "the festival": the piece's, which may support
        obj = EntityRef(fid, self.kb.label(fid)) if fid else name
        return Claim(id="", start=start, end=end, text=self.text[start:end], category="festival",
                     subject=EntityRef(film, self.kb.label(film)),
                     predicate="premiered_at" if world else "festival_screening", object=obj,
                     hedged=hedged, slots=slots)


def _with_as(as_prep):
    """The person of an absolute "with X as <head>" ("the festival, with Greta Gerwig as jury
    president, ..."): the object of "with", on which the parser hangs the "as" phrase, or
    beside which (on the same head), or "with" itself; else None."""
    g = as_prep.head
    if g.dep_ == "pobj" and g.head.lower_ == "with" and g.i < as_prep.i:
        return g
    if g.lower_ == "with" and g.dep_ == "prep":
        return next((o for o in g.children if o.dep_ == "pobj" and o.i < as_prep.i), None)
    w = next((c for c in g.children if c.dep_ == "prep" and c.lower_ == "with"
              and c.i < as_prep.i), None)
    return next((o for o in w.children if o.dep_ == "pobj"), None) if w is not None else None
