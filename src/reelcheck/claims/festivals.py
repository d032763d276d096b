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

from typing import Optional

from ..kb.awards import award_family
from ..model import Claim, EntityRef
from .frames import Frame, work_year
from .parse import Arg, Parsed, lexicon
from .text import find_dates, year_of

PREMIERE_CUES = frozenset({"premiere", "premier", "debut", "bow"})
FESTIVAL_KINDS = ("festival", "ceremony")


class FestivalReader:
    def __init__(self, kb, resolver, text: str):
        self.kb, self.res, self.text = kb, resolver, text

    def sentence_claims(self, p: Parsed, frames: list[Frame], hedged: bool) -> list[Claim]:
        out = []
        for f in frames:
            if f.family != "festivals" or f.irrealis or f.record:
                continue
            fest = self._festival(p, f)
            if fest is None or (fest[0] is None and fest[1] is None):
                continue   # a festival by description the piece does not name
            film, farg = self._film(p, f)
            if film is None:
                continue
            out += [self._claim(p, f, film, farg, x, hedged) for x in self._listed(p, f, fest)]
        return out

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
        for a, tok in fills:
            if a is not None and a.kind in FESTIVAL_KINDS and a.entity:
                fam = award_family(self.kb, a.entity)
                if a.kind == "festival" or (fam and self.kb.entity(fam) and
                                            self.kb.entity(fam).type == "festival"):
                    return a.entity, a.text, a.first, a.last
            words = {t.lower_ for t in tok.subtree} if a is None else \
                {p.doc[i].lower_ for i in range(a.first, a.last)}
            if a is None and tok.lemma_.lower() in heads and not any(
                    t.pos_ == "PROPN" or getattr(p.arg_at(t.i), "kind", "date") != "date"
                    for t in tok.subtree if t.i < tok.i):
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
            if (gov.head.lower_ in q.get("festival_city_preps", ("at",)) or (tok.dep_ == "compound" and tok.head.i == f.cue)) \
                    and name in cities:   # "premiered at Venice", "its Venice premiere"
                first, last = (a.first, a.last) if a is not None else (tok.i, tok.i + 1)
                # a city only after a preposition stands for its festival ("its Toronto
                # premiere" may be a premiere in the city)
                return self._family_of(name, cities=tok.dep_ != "compound"), \
                    p.doc[first:last].text, first, last
        if only is not None:
            return None
        for a in f.args_in_clause("award"):   # "premiered in competition for the Palme d'Or"
            fam = award_family(self.kb, a.entity) if a.entity else None
            e = self.kb.entity(fam) if fam else None
            if e is not None and e.type == "festival":
                return fam, a.text, a.first, a.last
        return None

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
        for fl in f.roles.get("work", []):
            a = fl.arg
            if a is not None and a.kind == "film" and a.entity:
                return a.entity, a
            if a is not None and a.kind in ("person", "org", "work"):
                return None, None   # someone or something else premiered
            if a is None and p.doc[fl.token].lower_ == "its":
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
        return self.res.film(p.sentence), None

    def _world(self, p: Parsed, f: Frame, fest_first: int, fest_last: int) -> bool:
        """Whether the frame states the world premiere (not a regional one, not a screening)."""
        cue = p.doc[f.cue]
        if cue.lemma_.lower() not in PREMIERE_CUES:
            return False
        regional = set(lexicon().qualifiers.get("regional_words", ()))
        if f.noun_cue and any(c.lower_ in regional or c.ent_type_ in ("NORP", "GPE")
                              for c in cue.children if c.dep_ in ("amod", "compound", "nmod")
                              and not (fest_first <= c.i < fest_last and getattr(
                                  p.arg_at(c.i), "kind", None) == "festival")):
            # "its Cannes debut" names the festival; "its Toronto premiere" may be the city's
            return False
        return not any(a.kind == "place" and not fest_first <= a.first < fest_last
                       for a in f.args_in_clause("place"))

    @staticmethod
    def _date(p: Parsed, f: Frame) -> dict:
        """The date the clause gives the premiere ("at Cannes on May 21"): year, month, day;
        a date it cannot read leaves the claim unchecked."""
        dates = [a for a in f.args_in_clause("date") if not work_year(p, a)]
        if not dates:
            return {}
        got = [d for a in dates for d in find_dates(a.text)]
        year = year_of(dates[0].text.split()[-1]) if len(dates) == 1 and not got else None
        if year:
            return {"year": year}   # "at Cannes in 2023"
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
        if described:
            slots["support_only"] = True   # "the festival": the piece's, which may support
        obj = EntityRef(fid, self.kb.label(fid)) if fid else name
        return Claim(id="", start=start, end=end, text=self.text[start:end], category="festival",
                     subject=EntityRef(film, self.kb.label(film)),
                     predicate="premiered_at" if world else "festival_screening", object=obj,
                     hedged=hedged, slots=slots)
