"""The location family on the parse: where a film was shot, where its story is set, and where a
person was born.

Frames of the lexicon's `filmed` relation ("Anora was shot in Brighton Beach", "filming took
place in Brooklyn", "principal photography for Anora happened in New York") and `set` relation
("the story unfolds in Las Vegas and New York"): the work is the frame's film (its subject or
object, or the film the passage is about), and each KB place in the frame's place role is one
claim (a list distributes). A place the KB does not know is still an argument: its claim is
made and left open (the KB cannot say where it lies), never refuted.

Frames of the `born` relation (lexicon section `plot`: "was born in Kazan", "Borisov, born in
1992 in Reutov", "Born Jane Roe in Ohio, she ...") say a person's place of birth: the person is
the frame's subject (a relative clause's or a participle's noun, a pronoun the paragraph
resolves, the birth name the participle modifies, or the subject of the clause a fronted
participle opens); the place hangs on the cue or on that name.

Frames of the `held` relation ("the 97th Academy Awards were held at the Dolby Theatre"), and
of `set` whose subject is an event the KB knows ("took place in Los Angeles"), say where that
event (a ceremony, a festival's edition) itself was: an `event_location` claim.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..kb.awards import award_family
from ..kb.places import festival_town
from ..model import Claim, EntityRef
from .frames import Frame, another_film, clause_of, conjuncts, subject_token
from .dates import edition_won_at
from .parse import Arg, Parsed, lexicon, verb_above
from .text import parse_ordinal

FAMILY = "locations"
# nouns that stand for the film's story as a whole ("the story unfolds in Las Vegas")
STORY_NOUNS = frozenset({"story", "plot", "narrative", "action", "tale", "it"})


def numbered(p: Parsed, a: Arg) -> bool:
    """Whether an ordinal argument right before a show's plural name numbers it ("the 77th
    DGA Awards"; not "the 2nd Oscar of her career", which counts prizes, not shows)."""
    at = _ordinal_at(p, a)
    last = p.doc[a.last - 1]   # (the tagger may call "Awards" a singular proper noun)
    if at < 0 or last.tag_ not in ("NNS", "NNPS") and not last.lower_.endswith("s") \
            or not p.doc[at].text[:1].isdigit():
        return False   # (a word, "her first Oscars", counts her shows, numbers none)
    n = p.arg_at(at)
    if n is not None and n.kind != "date":   # ("Annual" may pass for a date)
        return n.kind == "ordinal" and n.last in (a.first, at + 1)
    # (an ordinal the entity tagger took into a larger name: "the 82nd Golden Globes")
    return parse_ordinal(p.doc[at].lower_) is not None


def _ordinal_at(p: Parsed, a: Arg) -> int:
    """The token before a show's name that may number it, over the lexicon's
    `plot.edition_fillers` ("the 97th Annual Oscars"); -1 at the sentence's start."""
    fillers = set(lexicon().section("plot").get("edition_fillers") or ())
    i = a.first - 1
    while i >= 0 and p.doc[i].lower_ in fillers:
        i -= 1
    return i


def numbered_edition(kb, p: Parsed, a: Optional[Arg]) -> Optional[str]:
    """The one edition (an event kind of the lexicon) of the show a family's name stands for
    that the ordinal before it numbers ("the 77th DGA Awards": the 77th Directors Guild of
    America Awards); None when the name is no show's, or no one edition fits."""
    if a is None or not a.entity or award_family(kb, a.entity) != a.entity or not numbered(p, a):
        return None
    kinds = set(lexicon().section("plot").get("event_kinds") or ())
    n = parse_ordinal(p.doc[_ordinal_at(p, a)].lower_)
    own = [f.subject for f in kb.facts(predicate="edition_of", object_entity=a.entity)
           if kb.entity(f.subject) is not None and kb.entity(f.subject).type in kinds
           and parse_ordinal(kb.label(f.subject).split()[0].lower()) == n]
    return own[0] if len(own) == 1 else None


def _set_off(tok) -> bool:
    """Whether a clause on a noun is an aside set off by a comma ("the ceremony, initially
    slated for January 12,"), which says more of what the noun names, not which one it is."""
    return tok.dep_ in ("acl", "relcl") and tok.left_edge.i > 0 and \
        tok.doc[tok.left_edge.i - 1].lower_ == ","


def _scheduled(verb) -> bool:
    """Whether `verb` is a scheduling verb with an event noun after its preposition (lexicon
    `dates.schedule`: "is set for an October release", "set for release in the UK"): what is
    planned, not where a story is set."""
    sched = lexicon().dates.get("schedule") or {}
    if verb.lemma_.lower() not in sched.get("verbs", ()):
        return False
    nouns = {n for ev in lexicon().dates.get("events", ()) for n in ev.get("nouns", ())}
    return any(c.dep_ == "prep" and c.lower_ in sched.get("preps", ()) and any(
        o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in c.children)
        for c in verb.children)


def _release_venue(cue) -> bool:
    """Whether a noun cue of place ("locations") is where a release or premiere took place:
    the object of one of that event's venue prepositions on one of its verbs (lexicon
    `dates.events`: "opened in six locations", "released in 1,000 locations"), so the places
    under it are theatres' towns, not where the film was shot."""
    if cue.pos_ not in ("NOUN", "PROPN") or cue.dep_ != "pobj" or cue.head.dep_ != "prep":
        return False
    prep, verb = cue.head, cue.head.head
    return any(verb.lemma_.lower() in [*(ev.get("verbs") or ()), *(ev.get("venue_verbs") or ())]
               and prep.lower_ in (ev.get("venue_preps") or ())
               for ev in lexicon().dates.get("events", ())
               if ev.get("predicate") in ("release_date", "premiere_date"))


def _new_work(p: Parsed, tok) -> bool:
    """A work noun that brings in a film of its own ("a Tokyo-set drama", "another film
    set in Rome"): indefinite, and not said of a film by apposition or a copula ("Anora, a
    Brooklyn-set comedy", "Anora is a comedy set in Brooklyn"), so it is not the film the
    passage named before."""
    if tok.lemma_.lower() not in set(lexicon().qualifiers.get("title_nouns", ())) or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
        return False   # (a part: "a portion was shot in Las Vegas" is the film's)
    head = tok.head
    if tok.dep_ == "appos" or tok.dep_ == "attr" and head.lemma_ == "be":
        said = p.arg_at(head.i) if tok.dep_ == "appos" else next(
            (p.arg_at(c.i) for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return said is not None and said.kind != "film"   # "It is a ...": the film
    return True


def _shared_places(f: Frame, cue) -> list:
    """The place a verb coordinated right after the cue takes, when the cue has no phrase of
    its own ("born and raised in Los Angeles", "was born and grew up in Ohio": the two verbs
    share the one place the parser hung on the second). The cue must have no preposition of
    its own ("born in 1990 and raised in Ohio" says nothing of where) and the second verb must
    follow it at once, joined by "and"."""
    if any(c.dep_ == "prep" for c in cue.children):
        return []
    out = []
    for v in cue.children:
        if v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or v.i != cue.i + 2 \
                or cue.doc[cue.i + 1].lower_ != "and":
            continue
        out += [o for c in v.children if c.dep_ == "prep" and f.relation.role(c.lower_) == "place"
                for o in c.children if o.dep_ == "pobj"]
    return out


def _where_of(cue) -> list:
    """The place a cue's "where" stands for, when the cue has no place phrase of its own: the
    noun its relative clause hangs on ("Coney Island, where the film is set"; "the Dolby
    Theatre, where the Oscars were held"), and for a common noun there the copula's attribute
    or the name set beside it ("the neighborhood where it was shot is Brighton Beach", "the
    neighborhood where it is set, Brighton Beach"); or the subject of the copula whose
    complement the "where" clause is ("Brighton Beach is where the story is set")."""
    if not any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < cue.i for c in cue.children):
        return []
    head = cue.head
    if cue.dep_ == "relcl":
        if head.pos_ == "PROPN":
            return [head]
        named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if head.dep_ == "nsubj" and head.head.lemma_ == "be":
            named += [c for c in head.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
        return named[:1]
    if cue.dep_ in ("advcl", "ccomp", "attr") and head.lemma_ == "be" and cue.i > head.i:
        return [c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"][:1]
    return []


def _next_venue_phrase(p: Parsed, ev: Arg) -> list:
    """"arrives at the 97th Academy Awards at the Dolby Theatre": an "at" phrase right after
    the show's own "at" phrase, which the parser hung on the verb beside it rather than on the
    show's name, is where the show was (as a caption says it)."""
    prep = p.doc[ev.head].head
    if ev.last >= len(p.doc) or prep.dep_ != "prep" or prep.lower_ != "at" \
            or p.doc[ev.head].dep_ != "pobj":
        return []
    nxt = p.doc[ev.last]
    return [nxt] if nxt.dep_ == "prep" and nxt.lower_ == "at" and nxt.head.i == prep.head.i \
        else []


def _beside_noun(cue) -> list:
    """What a copula or an apposition sets beside a noun cue: the copula's attribute for its
    subject ("the venue for the Oscars was the Dolby Theatre"), its subject for its attribute
    ("the Dolby Theatre was the venue for the Oscars"), or the name in apposition with it
    ("the venue, the Dolby Theatre,"; "the Dolby Theatre, the venue for ...,")."""
    head = cue.head
    if cue.dep_ == "nsubj" and head.lemma_ == "be":
        return [c for c in head.children if c.dep_ == "attr"][:1]
    if cue.dep_ == "attr" and head.lemma_ == "be":
        return [c for c in head.children if c.dep_ == "nsubj"][:1]
    if cue.dep_ == "appos":   # "the Dolby Theatre, the venue for the 97th Oscars,"
        return [head]
    return [c for c in cue.children if c.dep_ == "appos"][:1]


def _named_by(p: Parsed, tok) -> Optional[Arg]:
    """The name that comes right before a noun of an event as its modifier ("the 97th Academy
    Awards ceremony", "the BAFTA ceremony") when the noun is one of the dates section's
    `firm_descriptions` ("ceremony", "festival"); else None."""
    if tok.i == 0:
        return None
    words = {w for ws in (lexicon().dates.get("firm_descriptions") or {}).values() for w in ws}
    a = p.arg_at(tok.i - 1)
    if a is None or not a.entity or a.last != tok.i or tok.lemma_.lower() not in words:
        return None
    if p.doc[a.head].head.i != tok.i and p.doc[tok.i - 1].head.i != tok.i:
        return None   # the name is not the noun's modifier
    return a


def _denied(tok, stop, first: int) -> bool:
    """Whether a place (its head token, its first token) is denied on its way up to one of the
    `stop` tokens: it, or a word its phrase hangs on, carries a negation set before the place
    ("in Mill Basin, not Sheepshead Bay": the parser hangs "not" on the name it follows)."""
    ends = {t.i for t in stop}
    t = tok
    while True:
        if any(c.dep_ == "neg" and c.i < first for c in t.children):
            return True
        if t.i in ends or t.head.i == t.i:
            return False
        t = t.head


def _other_event_verb(verb) -> bool:
    """Whether `verb` is one the lexicon gives to a film's release or premiere (`dates.events`)
    or to a figure of it (`qualifiers.quantities`): "opens", "premiered", "grossed", "runs"."""
    words = {w for ev in lexicon().dates.get("events", ())
             if ev.get("predicate") in ("release_date", "premiere_date")
             for w in ev.get("verbs", ())}
    words |= {w for r in (lexicon().qualifiers.get("quantities") or {}).values()
              for w in r.get("verbs") or ()}
    return verb.lemma_.lower() in {w.split()[0] for w in words}


class LocationReader:
    def __init__(self, kb, resolver, text: str, borrow=None):
        self.kb, self.res, self.text = kb, resolver, text
        # the edition (ceremony, festival) a paragraph's own sentences name, by paragraph: what
        # "the ceremony" of a later sentence of it may stand for
        self.borrow = borrow or (lambda para: None)

    def sentence_claims(self, p: Parsed, frames: list[Frame], hedged: bool,
                        found: list[Claim] = ()) -> list[Claim]:
        """`found`: the sentence's claims so far, whose award claims may tell which edition
        a show's name stands for (`_won_edition`)."""
        self._found = found
        out = []
        for f in frames:
            if f.family != FAMILY or f.irrealis or f.record or f.negated:
                continue
            if f.relation.predicate == "place_of_birth":
                out += self._born(p, f, hedged)
                continue
            if _scheduled(p.doc[f.cue]):
                continue   # "set for release on November 1 in the UK": a plan, not a setting
            if _release_venue(p.doc[f.cue]):
                continue   # "released in six locations in New York": where it played
            event, borrowed = self._event(p, f)
            if event is not None:
                # "the 97th Academy Awards were held at the Dolby Theatre", "took place in
                # Los Angeles": where the event itself was, not a film's place
                for a in self._event_places(p, f):
                    c = self._claim(p, f, event, a, hedged, "event_location")
                    if borrowed:
                        c.slots["borrowed"] = True   # "the ceremony": support only
                    out.append(c)
                continue
            film = self._film(p, f) if f.relation.predicate != "event_location" else None
            if film is None:
                continue
            for a in self._places(p, f) or self._heading_places(p, f):
                out.append(self._claim(p, f, film, a, hedged))
        out += self._set_places(p, hedged)
        said = {(c.predicate, c.slots.get("place"), c.slots.get("unknown")) for c in out}
        out += [c for c in self._label_places(p, hedged) if (
            c.predicate, c.slots.get("place"), c.slots.get("unknown")) not in said]
        out += self._edition_places(p, hedged)
        seen = {(c.slots.get("subject"), c.slots.get("place")) for c in out
                if c.predicate == "event_location"}
        out += [c for c in self._win_places(p, hedged)
                if (c.slots.get("subject"), c.slots.get("place")) not in seen]
        return out

    def _label_places(self, p: Parsed, hedged: bool) -> list[Claim]:
        """A row of a fact box: a short label, a colon and places ("Filming locations:
        Brighton Beach, Coney Island", "Setting: Brooklyn, Las Vegas", "Shot in: Las
        Vegas"). The label holds a cue of a film's place (a noun cue, or a verb cue, of this
        family's `filmed` or `set` relation) and no clause; what follows the colon is a list
        of places and nothing else that is named or a verb. Each place is a claim about the
        film the passage is about (a list distributes, as in a sentence)."""
        doc = p.doc
        colon = next((t for t in doc[:5] if t.text == ":"), None)
        if colon is None or colon.i == 0:
            return []
        rel, cue = None, None
        for t in doc[:colon.i]:
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < colon.i for c in t.children):
                return []   # a clause before the colon ("Baker shot it in: ...")
            r = lexicon().noun_of(t) if t.pos_ in ("NOUN", "PROPN", "VERB") else None
            if r is None and t.pos_ in ("VERB", "NOUN", "PROPN"):
                r = next((c.relation for c in lexicon().verb_cues(t.lemma_.lower())
                          + lexicon().verb_cues(t.lower_) if len(c.words) == 1), None)
            if r is not None and r.family == FAMILY and r.predicate in (
                    "filming_location", "narrative_location"):
                rel, cue = r, t
        if rel is None:
            return []
        places, i = [], colon.i + 1
        while i < len(doc):
            a = p.arg_at(i)
            if a is not None and a.first >= i:
                if a.kind != "place":
                    return []   # "Setting: Anora's Brooklyn", a name of something else
                places.append(a)
                i = max(a.last, i + 1)
                continue
            if doc[i].pos_ in ("VERB", "AUX"):
                return []   # a clause after the colon, not a list
            i += 1
        film = self.res.film_at(p.sentence, p.offset + colon.idx) if places else None
        if film is None:
            return []
        f = Frame(rel, cue.i, p, clause=frozenset(range(len(doc))), layout=True)
        return [self._claim(p, f, film, a, hedged, listed=True) for a in places]

    def _win_places(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"Sean Baker won four Oscars on March 2, 2025, in Los Angeles": a place phrase after
        the verb of an award claim (by the `held` relation's place prepositions) is where the
        edition its winner won at was held, when the KB has the winner winning at one edition
        of that show (`edition_won_at`); an event_location claim of that edition. A place
        before the verb only sets the scene ("In Los Angeles, X won"). Only "in" a place: "won
        at Cannes" names the festival; and only in a sentence whose prizes are of one show
        ("won prizes at Cannes and the Oscars": which place is whose is unsaid)."""
        kinds = set(lexicon().section("plot").get("event_kinds") or ())
        preps = {"in"}
        fams = {w.slots.get("family") for w in getattr(self, "_found", ())
                if w.category in ("award", "count")}
        fams |= {award_family(self.kb, a.entity) for a in p.args
                 if a.entity and a.kind in ("award", "ceremony", "festival")}
        if len(fams - {None}) != 1:
            return []
        out = []
        for w in getattr(self, "_found", ()):
            fam = w.slots.get("family")
            if w.category not in ("award", "count") or w.slots.get("polarity") != "won" or \
                    not fam or not w.slots.get("subject") or w.hedged:
                continue
            verbs = [t for t in p.doc if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"
                     and w.start <= p.offset + t.idx < w.end]
            verb = next((t for t in verbs if t.head.i == t.i or not (
                w.start <= p.offset + t.head.idx < w.end)), None)
            if verb is None or _other_event_verb(verb) or not any(
                    c.dep_ in ("dobj", "obj", "attr", "prep") for c in verb.children):
                continue   # the verb does not take the prize ("the Palme d'Or winner Anora
                # opens in France": the winner is a noun of a release's verb)
            ed = edition_won_at(self.kb, [w], fam, at=p.offset + verb.idx)
            if ed is None or getattr(self.kb.entity(ed), "type", None) not in kinds:
                continue
            # on the verb, on a date of it ("on March 2, 2025, in Los Angeles") or on the
            # prize it won ("won five Oscars in Hollywood")
            heads = [verb] + [o for c in verb.children if c.dep_ == "prep" for o in c.children
                              if o.dep_ == "pobj" and getattr(p.arg_at(o.i), "kind", None)
                              == "date"] + [c for c in verb.children if c.dep_ in (
                                  "dobj", "obj") and getattr(p.arg_at(c.i), "kind", None)
                                  == "award"] + [
                o for c in verb.children if c.dep_ == "prep" for o in c.children
                if o.dep_ == "pobj" and getattr(p.arg_at(o.i), "kind", None) in (
                    "award", "ceremony", "festival")]   # ("at the Oscars in New York")
            toks = [o for h in heads for c in h.children if c.dep_ == "prep"
                    and c.lower_ in preps and c.i > verb.i for o in c.children
                    if o.dep_ == "pobj"]
            for a in self._places(p, None, toks) if toks else []:
                if a.kind != "place":
                    continue   # (a place the KB lacks is still one: its claim is left open)
                start, end = p.span_of(verb.i, a.last)
                s = p.sentence
                start, end = max(s.start, start), min(s.end, end)
                obj = EntityRef(a.entity, self.kb.label(a.entity)) if a.entity else a.text
                out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                                 category="location", subject=EntityRef(ed, self.kb.label(ed)),
                                 predicate="event_location", object=obj, hedged=hedged,
                                 slots=dict(kind="place", subject=ed, place=a.entity,
                                            negated=False,
                                            **({} if a.entity else {"unknown": a.text}))))
        return out

    def _edition_places(self, p: Parsed, hedged: bool) -> list[Claim]:
        """'won Best Actress at the 97th Academy Awards in New York': a place phrase on the
        name of an event the KB knows (a ceremony, a festival's edition) says where that event
        was, by the `held` relation's place prepositions; each place is an event_location
        claim (a place on the verb instead only sets the scene: "In Los Angeles, X won")."""
        kinds = set(lexicon().section("plot").get("event_kinds") or ())
        held = next((r for r in lexicon().section("plot").get("relations") or ()
                     if r.get("predicate") == "event_location"), {})
        preps = {k for k, v in (held.get("roles") or {}).items() if v == "place"}
        out = []
        for ev in p.args:
            if not ev.entity:
                continue
            ed = ev.entity if ev.kind in kinds else numbered_edition(self.kb, p, ev)
            if ed is None:   # (or a show's name an ordinal numbers: "the 97th Annual Oscars")
                continue
            # on the name, or on the event noun the name modifies ("the 97th Academy Awards
            # ceremony at the Dolby Theatre": the dates section's `firm_descriptions`)
            heads = [p.doc[ev.head]] + [n for n in [p.doc[ev.head].head]
                                        if _named_by(p, n) is ev]
            toks = [o for h in heads for c in h.children if c.dep_ == "prep"
                    and c.lower_ in preps for o in c.children if o.dep_ == "pobj"]
            toks += [o for c in _next_venue_phrase(p, ev) for o in c.children
                     if o.dep_ == "pobj"]
            for a in self._places(p, None, toks) if toks else []:
                if not a.entity and a.kind != "place":
                    continue
                start, end = p.span_of(ev.first if ed == ev.entity else _ordinal_at(p, ev),
                                       a.last)
                s = p.sentence
                start, end = max(s.start, start), min(s.end, end)
                obj = EntityRef(a.entity, self.kb.label(a.entity)) if a.entity else a.text
                out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                                 category="location",
                                 subject=EntityRef(ed, self.kb.label(ed)),
                                 predicate="event_location", object=obj, hedged=hedged,
                                 slots=dict(kind="place", subject=ed, place=a.entity,
                                            negated=False,
                                            **({} if a.entity else {"unknown": a.text}))))
        return out

    def _set_places(self, p: Parsed, hedged: bool) -> list[Claim]:
        """'The Zakharov house is a real mansion in Mill Basin': a copula whose subject is a
        set of the film (`plot.set_nouns`, definite or owned by one of the story's people, not
        by someone real: "his house") and whose attribute is placed somewhere, or a verb of
        `plot.set_place_verbs` whose own phrase places it ("the mansion is located in Mill
        Basin", "sits in Mill Basin"). A real place (`plot.real_words` on either noun or the
        verb, or a participle of `plot.screen_participles` on the set: "the mansion used in the
        film") is where the film was shot; "in the story" (`plot.story_frames`) where it is
        set; with neither, the sentence does not say which, and no claim is made. A place the
        sentence denies ("in Mill Basin, not Sheepshead Bay") is none of its places."""
        sec = lexicon().section("plot")
        sets, real = set(sec.get("set_nouns") or ()), set(sec.get("real_words") or ())
        story = set(sec.get("story_frames") or ())
        screen = set(sec.get("screen_participles") or ())
        verbs = set(sec.get("set_place_verbs") or ("be",))
        out = []
        for v in p.doc:
            if v.lemma_ not in verbs or v.pos_ not in ("AUX", "VERB") or v.dep_ not in ("ROOT",
                                                                                  "conj"):
                continue
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            attr = next((c for c in v.children if c.dep_ == "attr"), None)
            # (no attribute: the verb's own place phrases, "is located in", "is on the Strip")
            where = [attr] if attr is not None else [
                c for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at")]
            if subj is None or not where or subj.lemma_.lower() not in sets:
                continue
            if not self._story_set(p, subj) or any(c.dep_ == "neg" for c in v.children):
                continue   # "a house", "his house": not the film's set; "is not in": no place
            words = {c.lower_ for n in [subj] + where for c in n.children if c.dep_ == "amod"}
            words |= {c.lower_ for c in v.children if c.dep_ == "advmod"}   # "is actually in"
            if any(c.dep_ == "acl" and c.lemma_.lower() in screen for c in subj.children):
                words |= real   # "the mansion used in the film": the one the camera was at
            framed = any(c.dep_ == "prep" and any(g.lemma_.lower() in story for g in c.children
                                                  if g.dep_ == "pobj") for c in v.children)
            if words & real and not framed:
                pred = "filming_location"
            elif framed and not words & real:
                pred = "narrative_location"
            else:
                continue
            # the film the sentence names (not inside the place: "on National Drive"), else
            # the one the piece is about
            own = [a for a in p.args if a.kind == "film" and a.entity and not any(
                w.left_edge.i <= a.first <= w.right_edge.i for w in where)]
            film = own[0].entity if len(own) == 1 else None if own else self.res.main_film
            if film is None:
                continue
            seen = set()
            for t in (t for w in where for t in w.subtree):
                a = p.arg_at(t.i)
                if a is None or a.kind != "place" or id(a) in seen or t.i == where[0].i \
                        and attr is not None or _denied(p.doc[a.head], where, a.first):
                    continue
                seen.add(id(a))
                start, end = p.span_of(subj.left_edge.i, a.last)
                s = p.sentence
                start, end = max(s.start, start), min(s.end, end)
                obj = EntityRef(a.entity, self.kb.label(a.entity)) if a.entity else a.text
                out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                                 category="location", subject=EntityRef(film, self.kb.label(film)),
                                 predicate=pred, object=obj, hedged=hedged,
                                 slots=dict(kind="place", subject=film, place=a.entity,
                                            negated=False,
                                            **({} if a.entity else {"unknown": a.text}))))
        return out

    @staticmethod
    def _story_set(p: Parsed, noun) -> bool:
        """Whether a set noun is the film's set: definite ("the mansion", "the Zakharov
        mansion"), or owned by one of the story's people ("Vanya's mansion", "the Zakharovs'
        house", "the family's mansion": a character, a name the KB holds for no one real, or a
        noun of `plot.character_nouns`, `couple_nouns` or `set_owner_nouns`); never by a pronoun
        or a real person ("his house", "Baker's home")."""
        sec = lexicon().section("plot")
        owners = {w for k in ("character_nouns", "couple_nouns", "set_owner_nouns", "lead_nouns")
                  for w in sec.get(k) or ()}
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if not poss:
            return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)
        for o in poss:
            a = p.arg_at(o.i)
            if o.pos_ == "PRON" or a is not None and (a.kind == "person" or a.kind != "character"
                                                      and a.entity):
                return False
            if a is None and o.lemma_.lower() not in owners and o.lower_ not in owners:
                return False
        return True

    def _places(self, p: Parsed, f: Frame, tokens=None) -> list[Arg]:
        """Each place of the frame's place role (a list distributes); a noun cue carried by a
        verb names its places as that verb's object ("Locations included A, B and C"). A
        festival's name there is the town it is held in ("shot partly in Cannes")."""
        toks = tokens if tokens is not None else [p.doc[fl.token] for fl in f.roles.get("place", [])]
        if not toks and tokens is None and not f.noun_cue:
            toks = _where_of(p.doc[f.cue])
        if not toks and tokens is None and f.noun_cue:
            cue = p.doc[f.cue]
            if cue.dep_ in ("nsubj", "nsubjpass") and cue.head.pos_ in ("VERB", "AUX"):
                toks = [c for c in cue.head.children if c.dep_ in ("dobj", "attr")]
        out = []
        for tok in toks:
            for t in conjuncts(tok):
                # the place a role's phrase names: itself, or the first one inside it ("at a
                # real chapel on the Las Vegas Strip"), not reaching into a clause of its own;
                # and a list the parser nested in it ("Brighton Beach and Coney Island"). A
                # place another preposition relates it to ("Reutov near Moscow") is not it.
                first = True
                for i in sorted(clause_of(t, p.titles)):
                    a = self._town_of(p.arg_at(i))
                    if a is None or a.kind != "place" or a in out:
                        continue
                    h = p.doc[a.head]
                    listed = h.i == t.i or (h.dep_ in ("nmod", "conj", "compound")
                                            and h.head.i == t.i)
                    if first or listed:
                        out.append(a)
                        first = False
        return out

    def _heading_places(self, p: Parsed, f: Frame) -> list[Arg]:
        """The place a location list's heading names, for a frame whose place is only a word
        standing for it (lexicon qualifiers `heading_place_words`: "filmed at a private home
        here"; a definite noun of `heading_place_nouns`: "the neighborhood is where much of it
        was shot", "shot in this neighborhood"), under a heading that is a place alone ("2.
        Mill Basin, Brooklyn": `_heading_place`). The word is the claim's place, the heading's
        place its entity; [] when there is no such word or heading."""
        q = lexicon().qualifiers
        words = set(q.get("heading_place_words") or ())
        nouns = set(q.get("heading_place_nouns") or ())
        doc, cue = p.doc, p.doc[f.cue]

        def definite(t) -> bool:
            return t.pos_ == "NOUN" and t.lemma_.lower() in nouns and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children) and not any(
                p.arg_at(x.i) is not None for x in t.subtree)
        toks = [c for c in cue.children if c.dep_ == "advmod" and c.lower_ in words]
        toks += [doc[fl.token] for fl in f.roles.get("place", []) if definite(doc[fl.token])]
        if any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < cue.i for c in cue.children):
            # "the neighborhood is where ... was shot", "the area where it was shot"
            head = cue.head
            if cue.dep_ == "relcl":
                toks += [head] if definite(head) else []
            elif cue.dep_ in ("advcl", "ccomp", "attr") and head.lemma_ == "be":
                toks += [c for c in head.children if c.dep_ == "nsubj" and definite(c)]
        if not toks:
            return []
        place = self._heading_place(p)
        if place is None:
            return []
        t = toks[0]
        return [Arg(start=p.offset + t.idx, end=p.offset + t.idx + len(t.text), text=t.text,
                    kind="place", entity=place, first=t.i, last=t.i + 1, head=t.i)]

    def _heading_place(self, p: Parsed) -> Optional[str]:
        """The KB place of the nearest heading above the sentence's paragraph (a short line
        with no sentence end), when that heading is places alone: a list number or mark, KB
        place names and capitalised words beside them ("3. Las Vegas, Nevada"), no other word.
        The heading's first place (the finer one: "Mill Basin, Brooklyn"); None when the
        nearest heading is not of a place, or none comes within three paragraphs."""
        res = self.res
        sents = getattr(res, "sentences", None) or []
        para = p.sentence.paragraph
        for back in range(1, 4):
            own = [s for s in sents if s.paragraph == para - back]
            if not own:
                return None
            start, end = own[0].start, own[-1].end   # ("1." may split off as a sentence)
            line = self.text[start:end].strip()
            if not line or line[-1] in ".!?" or len(line.split()) > 8:
                continue   # prose of the item: its heading is further up
            places = sorted((m for m in res.mentions if start <= m.start < end
                             and m.entity_type == "place"), key=lambda m: m.start)
            rest = list(self.text[start:end])
            for m in places:
                rest[m.start - start:m.end - start] = " " * (m.end - m.start)
            other = "".join(rest).split()
            if not places or any(w[:1].isalpha() and not w[:1].isupper() for w in other):
                return None   # a heading of something else: "2. The wedding chapel"
            return places[0].entity.id
        return None

    def _town_of(self, a: Optional[Arg]) -> Optional[Arg]:
        """The argument as a place: a festival's name in a place role stands for the town the
        festival is held in, when the KB names one by the same word (kb.places.festival_town)."""
        if a is None or a.kind != "festival" or not a.entity:
            return a
        town = festival_town(self.kb, a.entity, a.text)
        return replace(a, kind="place", entity=town) if town else a

    def _born(self, p: Parsed, f: Frame, hedged: bool) -> list[Claim]:
        cue = p.doc[f.cue]
        person, places = None, self._places(p, f)
        if not places:
            places = self._places(p, f, _shared_places(f, cue))
        for fl in f.roles.get("person", []):
            person = self._person(p, p.doc[fl.token])
            if person is not None:
                break
        if person is None and cue.dep_ in ("compound", "amod", "acl") and (
                p.arg_at(cue.head.i) is not None and p.arg_at(cue.head.i).kind == "person"):
            # "Born Jane Ann Roe in Ohio": the birth name the participle modifies
            head = cue.head
            person = self._person(p, head)
            if not places:
                places = self._places(p, f, [o for c in head.children if c.dep_ == "prep"
                                             and f.relation.role(c.lower_) == "place"
                                             for o in c.children if o.dep_ == "pobj"])
            if person is None or not person[0]:
                head = head.head   # the clause the participle opens: "..., she began"
                s = subject_token(head) if head.pos_ in ("VERB", "AUX") else None
                known = self._person(p, s) if s is not None else None
                person = known if known is not None and known[0] else person
        if person is None and cue.dep_ == "advcl":
            s = subject_token(cue.head)   # "Born in Ohio, she ..."
            person = self._person(p, s) if s is not None else None
        if person is None or not person[0] and not person[2]:
            return []
        who, first, name = person   # a person the KB lacks is still the subject: left open
        out = []
        for a in places:
            # the claim opens at the person when the person is the cue's own subject right
            # before it ("Jane Roe was born in Ohio"), else at the cue and its auxiliaries
            # ("Jane Roe, his wife, was born in Ohio", "a graduate born in Kazan")
            aux = [c.i for c in cue.children if c.dep_ in ("aux", "auxpass") and c.i < f.cue]
            lo, hi = min([f.cue, a.first] + aux), max(f.cue + 1, a.last)
            if first < lo and not any(p.doc[i].is_punct for i in range(first, lo)):
                lo = first
            if any(x.kind == "date" and f.cue < x.first < a.first for x in p.args):
                prep = p.doc[a.head].head   # "born on May 2, 1990, in Kazan": the date is a
                lo = prep.i if prep.dep_ == "prep" and prep.i < a.first else a.first  # claim
            start, end = p.span_of(lo, hi)
            s = p.sentence
            start, end = max(s.start, start), min(s.end, end)
            obj = EntityRef(a.entity, self.kb.label(a.entity)) if a.entity else a.text
            out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                             category="location",
                             subject=EntityRef(who, self.kb.label(who)) if who else None,
                             predicate="place_of_birth", object=obj, hedged=hedged,
                             slots=dict(kind="place", subject=who, place=a.entity,
                                        negated=f.negated,
                                        **({} if a.entity and who else
                                           {"unknown": name if not who else a.text}))))
        return out

    def _person(self, p: Parsed, tok):
        """(KB person, first token) a subject token names: a name, or a pronoun the paragraph
        resolves; None for anything else."""
        a = p.arg_at(tok.i)
        if a is None and tok.dep_ == "appos":   # "Jane Roe, a graduate born in Kazan"
            a = p.arg_at(tok.head.i)
        if a is not None:
            return (a.entity, a.first, a.text if a.kind == "person" else None) \
                if a.kind == "person" else (None, a.first, None)
        if tok.lower_ in ("he", "she") and self.res is not None:
            who = self._earlier_subject(p, tok) or self.res.person(p.sentence, tok.lower_)
            return (who, tok.i, None) if who else None
        if tok.pos_ == "NOUN":
            # "the young actor, credited as Jane Roe, was born ...": the person the subject's
            # phrase names; else a description the paragraph resolves ("the actress")
            for t in tok.subtree:
                a = p.arg_at(t.i)
                if a is not None and a.kind == "person" and a.entity:
                    return a.entity, tok.left_edge.i, None
            gender = (lexicon().ages.get("descriptions") or {}).get(tok.lemma_.lower(), "-")
            if gender != "-" and self.res is not None:
                who = self.res.person(p.sentence, {"f": "she", "m": "he"}.get(gender))
                return (who, tok.left_edge.i, None) if who else None
        return None

    def _earlier_subject(self, p: Parsed, tok) -> Optional[str]:
        """"Madison is a revelation; she was born in ...": the KB person an earlier clause of
        the same sentence has as its subject, when its gender does not contradict the pronoun
        (the resolver reads the sentences before this one only)."""
        verb = tok.head
        want = "f" if tok.lower_ == "she" else "m"
        for a in sorted(p.args, key=lambda a: -a.first):
            h = p.doc[a.head]
            if a.kind != "person" or not a.entity or a.last > tok.i \
                    or h.dep_ not in ("nsubj", "nsubjpass") or h.head.i == verb.i:
                continue
            g = self.res.gender(a.entity)
            # a person of unknown gender only when no other person is named before the pronoun
            others = {b.entity for b in p.args if b.kind == "person" and b.last <= tok.i
                      and b.entity != a.entity}
            return a.entity if g == want or g is None and not others else None
        return None

    def _event_places(self, p: Parsed, f: Frame) -> list[Arg]:
        """The places of an event's frame: its place role, or, for a cue of another relation
        ("took place ... at the Dolby Theatre", whose `set` relation takes no "at"), the
        objects of the cue's prepositions that the `held` relation reads as its place."""
        held = next((r for r in lexicon().section("plot").get("relations") or ()
                     if r.get("predicate") == "event_location"), {})
        preps = {k for k, v in (held.get("roles") or {}).items() if v == "place"}
        own = [o for c in p.doc[f.cue].children if c.dep_ == "prep" and c.lower_ in preps
               for o in c.children if o.dep_ == "pobj"]
        # "hosted by Conan O'Brien at the Dolby Theatre": a venue the parser hung on the "by"
        # agent's name is the verb's (a person is at no venue the KB could hold)
        own += [o for g in p.doc[f.cue].children if g.dep_ == "agent"
                for n in g.children if n.dep_ == "pobj" and p.arg_at(n.i) is not None
                and p.arg_at(n.i).kind == "person"
                for c in n.children if c.dep_ == "prep" and c.lower_ in preps
                for o in c.children if o.dep_ == "pobj" and p.arg_at(o.i) is not None
                and p.arg_at(o.i).kind == "place" and p.arg_at(o.i).entity]
        # a date the frame took for a place ("took place in 2025 at the Dolby Theatre") is none
        placed = [fl for fl in f.roles.get("place", [])
                  if fl.arg is None or fl.arg.kind != "date"]
        if placed:
            # "took place at the Royal Albert Hall in London": a place role inside the phrase
            # of a venue (the cue's own venue phrase, or another place role) is where that
            # venue lies. The venue is a place of its own; when the KB lacks it, the town
            # alone would confirm a venue no one checked, so the venue is the only place
            toks = [p.doc[fl.token] for fl in placed]
            venues = own + [t for t in toks if t not in own]
            def inside(t, o):
                return o.i != t.i and t.i in {x.i for x in o.subtree}
            lacked = {o.i: self._lacked_venue(p, o) for o in venues}
            lacked = {i: a for i, a in lacked.items() if a is not None}
            kept = [t for t in toks if t.i not in lacked and not any(
                inside(t, p.doc[i]) for i in lacked)]
            extra = [o for o in own if o not in toks and o.i not in lacked
                     and any(inside(t, o) for t in toks)]
            named = [a for o in venues if o.i in lacked and (o in toks or any(
                inside(t, o) for t in toks)) for a in [lacked[o.i]]]
            return named + self._places(p, f, extra + kept)
        hosts = [p.doc[fl.token] for fl in f.roles.get("host", [])
                 if fl.arg is not None and fl.arg.kind == "place"]
        if hosts:   # "the Royal Festival Hall hosted the BAFTAs": a venue as the host
            return self._places(p, f, hosts)
        toks = own or _where_of(p.doc[f.cue]) or (_beside_noun(p.doc[f.cue]) if f.noun_cue
                                                  else [])
        return self._places(p, f, toks) if toks else []

    def _event(self, p: Parsed, f: Frame) -> tuple[Optional[str], bool]:
        """(event, borrowed): the KB event (a ceremony, a festival's edition: `event_kinds` of
        the lexicon's plot section) that is the frame's subject, whose place the frame says;
        or, borrowed, the edition the paragraph named before, when the subject is a plain
        definite description of its kind ("the ceremony", "the festival": the dates section's
        `firm_descriptions`); else None."""
        kinds = set(lexicon().section("plot").get("event_kinds") or ())
        works = f.roles.get("work", [])
        cue = p.doc[f.cue]
        self._event_at = None   # the first token of a show's name the frame did not take
        if works and cue.tag_ == "VBN" and f.relation.predicate == "event_location":
            # "Anora won Best Picture at the Oscars, held in Hollywood": what is "held" is the
            # show the participle hangs on or follows after a comma, not the main clause's
            # film the frame took for its work
            a = p.arg_at(cue.head.i) if cue.dep_ == "acl" else None
            if a is None and cue.i >= 2 and p.doc[cue.i - 1].lower_ == ",":
                a = p.arg_at(cue.i - 2)
            ev = a.entity if a is not None and a.kind in kinds and a.entity else \
                self._won_edition(p, a)
            if ev is not None:
                self._event_at = a.first
                return ev, False
        for fl in works:
            a = fl.arg
            if a is not None and a.kind in kinds and a.entity:
                return a.entity, False
            dated = self._dated_edition(p, f, a) or self._won_edition(p, a)
            if dated is not None:
                return dated, False
            tok = p.doc[fl.token]
            named = _named_by(p, tok) if a is None else None
            if named is not None:
                # "the 96th Oscars ceremony": the event the name is; "the BAFTA ceremony ...
                # on February 16, 2025": the show's edition the clause dates
                if named.kind in kinds:
                    return named.entity, False
                dated = self._dated_edition(p, f, named)
                if dated is not None:
                    return dated, False
            base = self.borrow(p.sentence.paragraph) if a is None else None
            e = self.kb.entity(base) if base else None
            words = list((lexicon().dates.get("firm_descriptions") or {}).get(e.type, ())) \
                if e else []
            if e and (f.relation.predicate == "event_location" or cue.lemma_ == "take"):
                # ("the show is set in Miami" tells of a story, not of where a show was held)
                words += lexicon().section("plot").get("borrowed_event_nouns") or ()
            if tok.lemma_.lower() in words and tok.tag_ == "NN" and any(
                    c.dep_ == "det" for c in tok.children) and all(
                    c.dep_ == "det" and c.lower_ == "the" or c.dep_ in ("prep", "punct")
                    or _set_off(c) for c in tok.children):
                # (its place may hang on it, "the ceremony at"; an aside set off by commas
                # says more of it, "the ceremony, first slated for January 12, ...")
                return base, True
        if not works and (cue.tag_ == "VBN" or cue.tag_ == "VBD" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children)):
            # "the 2025 Oscars, held March 2 in Los Angeles": the participle's noun is the
            # event, whether the parser hangs the participle on it or (after a fronted "At
            # the 2025 Oscars,") on the main verb: the name right before its comma (a
            # participle the tagger took for a past verb has no subject: "At the Critics
            # Choice Awards, staged at ...")
            a = p.arg_at(cue.head.i) if cue.dep_ == "acl" else None
            if a is None and cue.i >= 2 and p.doc[cue.i - 1].lower_ == ",":
                a = p.arg_at(cue.i - 2)
            if a is not None and a.kind in kinds and a.entity:
                return a.entity, False
            won = self._won_edition(p, a)
            if won is not None:
                return won, False
        return None, False

    def _won_edition(self, p: Parsed, a: Optional[Arg]) -> Optional[str]:
        """The edition a show's name stands for when the award claim of the name's own verb
        has a winner the KB has winning at one edition of that show ("the Oscars, held in
        Hollywood, crowned Anora": the 97th); not a winner another verb tells of."""
        if a is None or not a.entity or award_family(self.kb, a.entity) != a.entity:
            return None
        verb = verb_above(p.doc[a.last - 1])
        if verb is None:
            return None
        won = edition_won_at(self.kb, getattr(self, "_found", ()), a.entity,
                             at=p.offset + verb.idx)
        kinds = set(lexicon().section("plot").get("event_kinds") or ())
        e = self.kb.entity(won) if won else None
        return won if e is not None and e.type in kinds else None

    def _lacked_venue(self, p: Parsed, tok) -> Optional[Arg]:
        """The name a venue phrase's head carries when the KB holds no place by it ("at the
        Royal Albert Hall", whatever kind the tagger gave the name), as a place argument the
        KB lacks; None for a common noun ("at a hotel"), a KB place or no name at all."""
        a = self._town_of(p.arg_at(tok.i))
        if tok.pos_ != "PROPN" or a is None or a.entity and a.kind == "place" \
                or a.kind not in ("place", "person", "org", "event", "work"):
            return None
        return replace(a, kind="place", entity=None)

    def _dated_edition(self, p: Parsed, f: Frame, a: Optional[Arg]) -> Optional[str]:
        """The edition a show's name stands for when an ordinal before it numbers it ("the
        77th DGA Awards") or the cue's own clause dates it ("the Producers Guild Awards were
        held at the Fairmont Century Plaza on February 8, 2025"): the one edition of the show
        (an event kind of the lexicon) of that number, or held in the year of a date on the
        cue itself; None when the name is no show's, or no one edition fits."""
        if a is None or not a.entity or award_family(self.kb, a.entity) != a.entity:
            return None
        kinds = set(lexicon().section("plot").get("event_kinds") or ())
        eds = [f_.subject for f_ in self.kb.facts(predicate="edition_of", object_entity=a.entity)]
        eds = [x for x in eds if self.kb.entity(x) is not None
               and self.kb.entity(x).type in kinds]
        if numbered(p, a):
            return numbered_edition(self.kb, p, a)
        cue = p.doc[f.cue]
        heads = {o.i for c in cue.children if c.dep_ == "prep"
                 for o in c.children if o.dep_ == "pobj"}
        heads |= {c.i for c in cue.children if c.dep_ == "npadvmod"}   # "held January 5, 2025"
        years = {dv.year for dv in p.dates if dv.year and any(
            p.offset + p.doc[i].idx >= dv.start and p.offset + p.doc[i].idx < dv.end
            for i in heads)}
        if len(years) != 1:
            return None
        yr = next(iter(years))
        eds = [x for x in eds if self.kb.entity(x).year == yr]
        return eds[0] if len(eds) == 1 else None

    def _film(self, p: Parsed, f: Frame) -> Optional[str]:
        for fl in f.roles.get("work", []):
            a = fl.arg
            if a is not None and a.kind == "film" and a.entity:
                return a.entity
            of = p.doc[fl.token].head
            if a is not None and a.kind == "place" and of.lower_ == "of" and of.head.i != f.cue:
                continue   # "set in the enclave of Brighton Beach": a place the `of` role
                # took from a noun of the place's phrase is where, not what
            if a is not None and a.kind == "person" and not f.noun_cue and \
                    f.relation.predicate == "filming_location" and p.doc[fl.token].dep_ == "nsubj":
                continue   # "Baker filmed on the boardwalk at Coney Island": the one who
                # filmed; what was filmed is the object, or the film the passage is about
            if a is not None and a.kind == "character" and \
                    f.relation.predicate == "narrative_location":
                # "Set largely in Brooklyn, Anora moves to ...": a character is set nowhere;
                # the name set in a place is the title of the film that bears it
                same = self.kb.entities_by_name(a.text, type="film")
                if len(same) == 1:
                    return same[0].id
            if a is not None and (a.kind in ("person", "org", "work") or a.entity):
                return None   # someone or something else was filmed there, or an event the
                # KB knows took place there ("the 97th Academy Awards took place at ...")
            tok = p.doc[fl.token]
            parts = set(lexicon().section("plot").get("film_parts") or ()) \
                if f.relation.predicate == "filming_location" else set()
            if a is None and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in \
                    set(lexicon().qualifiers.get("title_nouns", ())) | STORY_NOUNS | parts:
                return None   # "a final act set in Moscow": a part, not the film (but "the
                # wedding scenes were shot in Las Vegas": where a part was shot, the film was)
            if a is None and another_film(tok):
                return None   # "his previous film was set in Texas": not the film in focus
            if a is None and _new_work(p, tok):
                return None   # "returns with a Tokyo-set drama": another film than the one
                # said before
        # the film said before the frame's subject (or cue), not one named after it
        at = min([fl.token for fl in f.roles.get("work", [])] + [f.cue])
        return self.res.film_at(p.sentence, p.offset + p.doc[at].idx)

    def _claim(self, p: Parsed, f: Frame, film: str, place, hedged: bool,
               pred: Optional[str] = None, listed: bool = False) -> Claim:
        # (the items of a row's list are set side by side: none is where another lies)
        within = None if listed else self._container(p, place)
        lo, hi = min(f.cue, place.first), max(f.cue + 1, place.last)
        if pred == "event_location":
            # an event's place is said of the event: the claim opens at its subject when it
            # comes before the cue ("the 97th Academy Awards were held at ...")
            subj = [p.arg_at(fl.token).first if p.arg_at(fl.token) is not None else fl.token
                    for fl in f.roles.get("work", []) if fl.token < f.cue]
            if getattr(self, "_event_at", None) is not None:
                subj = [self._event_at]   # the show the participle is of, not the frame's work
            lo = min([lo] + subj)
            # ... and closes after it where it is the object ("the hall hosted the BAFTAs")
            hi = max([hi] + [p.arg_at(fl.token).last for fl in f.roles.get("work", [])
                             if fl.token > f.cue and p.arg_at(fl.token) is not None
                             and getattr(self, "_event_at", None) is None])
        if within:
            hi = max([hi] + [a.last for a in p.args if a.entity == within
                             and a.first >= place.last])
        start, end = p.span_of(lo, hi)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        pred = pred or f.relation.predicate
        obj = EntityRef(place.entity, self.kb.label(place.entity)) if place.entity else place.text
        slots = dict(kind="place", subject=film, place=place.entity, negated=False,
                     **({} if place.entity else {"unknown": place.text}))
        native = self._native_of(p, place)
        if native:
            slots["native_of"] = native   # "set in Baker's native New York" says both
        part = self._part_of(p, place)
        if part:
            slots["part_of"] = part   # "in the south of France": more than France
        if within:
            slots["within"] = within   # "Brighton Beach, Queens": where it says the place lies
        if pred != "event_location" and self._exclusive(p, f, place):
            # "shot entirely in A and B": the clause's places are all there are
            slots["only"] = sorted({a.entity for a in self._places(p, f) if a.entity}
                                   | {place.entity} - {None})
        return Claim(id="", start=start, end=end, text=self.text[start:end], category="location",
                     subject=EntityRef(film, self.kb.label(film)), predicate=pred,
                     object=obj, hedged=hedged, slots=slots)

    @staticmethod
    def _exclusive(p: Parsed, f: Frame, place) -> bool:
        """Whether an adverb closes the clause's list of places (lexicon qualifiers
        `place_exclusive_adverbs`: "shot entirely in Las Vegas", "filmed only in Brooklyn"):
        on the cue, or on a preposition between the cue and the place."""
        words = set(lexicon().qualifiers.get("place_exclusive_adverbs", ()))
        doc = p.doc
        path, t = [doc[f.cue]], doc[place.head]
        while t.i != f.cue and t.head.i != t.i:
            t = t.head
            if t.dep_ == "prep" or t.i == f.cue:
                path.append(t)
        # (an adverb itself softened, "almost entirely", "nearly exclusively", leaves room for
        # other places: it closes no list)
        return any(c.dep_ == "advmod" and c.lower_ in words and not any(
            g.dep_ == "advmod" for g in c.children) for x in path for c in x.children)

    @staticmethod
    def _part_of(p: Parsed, place) -> Optional[str]:
        """The part of the place the phrase names, when the place is the 'of' object of a
        part noun ("the south of France": lexicon qualifiers `place_part_nouns`), else None."""
        prep = p.doc[place.head].head
        part = prep.head
        if prep.dep_ != "prep" or prep.lower_ != "of" or part.i == prep.i or \
                part.lower_ not in set(lexicon().qualifiers.get("place_part_nouns", ())):
            return None
        return part.text

    @staticmethod
    def _container(p: Parsed, place) -> Optional[str]:
        """The KB place an apposition after a place names as holding it ("Mill Basin,
        Brooklyn"; "Brighton Beach, Queens"), or an "in" phrase on its name ("the Royal
        Festival Hall in London"): the place is said to lie there."""
        tok = p.doc[place.head]
        # (a place set beside it and denied is a correction, not where it lies: "in Reno, not
        # Las Vegas")
        kids = [c for c in tok.children if c.dep_ == "appos" and not _denied(c, [c], len(p.doc))
                and not (c.left_edge.i > 0 and p.doc[c.left_edge.i - 1].dep_ == "neg")] + [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
            for o in c.children if o.dep_ == "pobj"]
        for c in kids:
            a = p.arg_at(c.i) if c.i >= place.last else None
            if a is not None and a.kind == "place" and a.entity and a.entity != place.entity:
                return a.entity
        return None

    @staticmethod
    def _native_of(p: Parsed, place) -> Optional[str]:
        """The KB person a place is said to be the native place of, in the place's own phrase
        ("Baker's native New York": an origin word of the lexicon on the place, a possessor)."""
        words = set(lexicon().qualifiers.get("origin_words", ()))
        tok = p.doc[place.head]
        if not any(c.lower_ in words for c in tok.children):
            return None
        for c in tok.children:
            a = p.arg_at(c.i) if c.dep_ == "poss" else None
            if a is not None and a.kind == "person" and a.entity:
                return a.entity
        return None
