"""The record family on the parse: "the fourth film to win both the Palme d'Or and Best Picture",
"the only two people to win four Oscars in one night", "the first American film to take the top
prize since The Tree of Life", "the highest-grossing film of Baker's career"; and three small
relatives: a category's first winner ("Janet Gaynor was the first Best Actress"), a film's MPA
rating ("it is rated R") and a year without a festival's prize ("the 2020 edition was cancelled").

A record is a frame read from the parse, with its words in the lexicon's `records` section:
- the head: a noun a record word modifies (an ordinal, "only", a superlative);
- the holder: the subject the head is predicated of (copula, "makes X the first ..."), the noun
  it stands in apposition to, or the head itself when it is a name ("only Parasite has ...");
- the achievement: the clause hanging from the head ("to win both A and B"), with the prizes it
  names (KB awards, prize words, a festival's "top prize"), their count ("four Oscars") and what
  they were won in ("for a single film", "in one night");
- the class: the head noun and its modifiers ("American film", "woman");
- the bound: a "since" phrase attached to the head or its clause, with the year or holder it names.
The frame is matched against the achievements the KB keeps complete record lists for (lexicon
`records.achievements`); a frame that matches none makes no claim (the KB could not decide it).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..kb.awards import award_family, resolve_category
from ..model import Claim, EntityRef
from .frames import (RELATIVE, _modal, another_film, clause_of, clause_person, conjuncts,
                     leading_label_end, set_off_comparatives, subject_token, unasserted)
from .parse import Parsed, lexicon, number_value
from .text import parse_ordinal

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
FILM_PRONOUNS = frozenset({"it", "its"})
CLAUSES = ("relcl", "acl")
SIDE_CLAUSES = ("advcl", "xcomp", "relcl", "acl", "ccomp")


def _words() -> dict:
    return lexicon().section("records")


def _year(tok) -> Optional[int]:
    t = tok.text.strip("()")
    return int(t) if len(t) == 4 and t.isdigit() and t[:2] in ("19", "20") else None


def _phrase_in(phrase: str, seq: str) -> bool:
    return f" {phrase} " in seq


_PRIZES: dict = {}


def _prize_table(w: dict, name: str) -> tuple[frozenset, tuple, frozenset]:
    """(entities, words, festivals it is the top prize of) of a prize of the lexicon's
    `records.prizes`, made once per lexicon (every clause is tried against every
    achievement)."""
    pz = w["prizes"][name]
    key = (id(pz), name)
    got = _PRIZES.get(key)
    if got is None or got[0] is not pz:
        got = _PRIZES[key] = (pz, (frozenset(pz.get("entities", ())), tuple(pz.get("words", ())),
                                   frozenset(pz.get("top_of", ()))))
    return got[1]


def _prize_gate(w: dict, plain: bool = False) -> Optional[tuple[frozenset, tuple]]:
    """(every prize's entities, every prize's and top prize's words padded as `_phrase_in`
    pads them) when every achievement of the lexicon names a prize: a clause that names none of
    them meets none (`RecordReader._meets` tests a spec's prizes first); None when some
    achievement names no prize. `plain`: only the achievements a clause without a superlative
    can meet count (`achievement_in` reads none: a `superlative` spec never meets it)."""
    specs, prizes = w.get("achievements", ()), w.get("prizes") or {}
    key = (id(specs), id(prizes), id(w.get("top_prize")), plain)
    got = _PRIZES.get(key)
    if got is None or got[0] is not specs or got[1] is not prizes:
        gate = None
        if all(s.get("prizes") for s in specs if not (plain and s.get("superlative"))):
            tables = [_prize_table(w, name) for name in prizes]
            gate = (frozenset().union(*(t[0] for t in tables)),
                    tuple(f" {x} " for x in [*(x for t in tables for x in t[1]),
                                             *w.get("top_prize", ())]))
        got = _PRIZES[key] = (specs, prizes, gate)
    return got[2]


class _Frame(dict):
    """What a clause states, for `RecordReader._meets`, with the entries in `lazy` computed on
    first read (a missing key reads as the dict's own would)."""

    def __init__(self, lazy: dict, **known):
        super().__init__(**known)
        self._lazy = lazy

    def __missing__(self, key):
        make = self._lazy.pop(key, None)
        if make is None:
            raise KeyError(key)
        value = self[key] = make()
        return value

    def get(self, key, default=None):
        return self[key] if key in self or key in self._lazy else default


def _described_owner(poss) -> Optional[str]:
    """The pronoun an owner that is a definite description of a person stands for ("the
    actress's": "she"; "the star's": "they"), from the lexicon's person descriptions; None
    for any other owner."""
    desc = {**lexicon().ages.get("descriptions", {}),
            **(lexicon().qualifiers.get("person_descriptions") or {})}
    low = poss.lemma_.lower()
    if poss.pos_ != "NOUN" or low not in desc or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in poss.children):
        return None
    return {"f": "she", "m": "he"}.get(desc[low] or "", "they")


class RecordReader:
    def __init__(self, kb, resolver, text: str, awards=None, written: Optional[int] = None):
        self.kb, self.res, self.text, self.awards = kb, resolver, text, awards
        self.written = written   # the year the document was written by (context.written_by)
        # the last achievement the passage stated: (paragraph, sentence index, key, holder),
        # what "this feat" or "the previous record" in a later sentence is about
        self._said: Optional[tuple] = None
        # a "previous holder" said without its holder (sentence index, head lemma, slots):
        # "... for the previous film to do this. That film was Marty."
        self._pending: Optional[tuple] = None
        self._heard: Optional[tuple] = None   # (paragraph, award claims) said before
        prizes = _words().get("no_prize", {}).get("festivals", {})
        watch = set(prizes) | set(prizes.values())
        # where the festivals whose missing years the KB keeps are named in the document
        # (an edition stands for its festival: "the 2019 Cannes Film Festival")
        self._festivals = [(m.start, next((f for f, pz in prizes.items()
                                           if m.entity.id in (f, pz) or
                                           award_family(kb, m.entity.id) == f), None))
                           for m in resolver.mentions if m.entity.id in watch
                           or award_family(kb, m.entity.id) in prizes]

    def sentence_claims(self, p: Parsed, frames, hedged: bool, found=()) -> list[Claim]:
        pending, self._pending = self._pending, None
        self._frames = frames
        out = self._records(p, hedged)
        out += self._nth_prizes(p, hedged, found)
        out += self._times_winners(p, hedged)
        if not out and pending is not None:
            out += self._identified(p, pending, hedged)
        if not out:
            out += self._identity(p, hedged)
        if not out:
            out += self._tied(p, hedged)
        if not out:
            out += self._led_tallies(p, hedged)
        if not out:
            out += self._held_counts(p, frames, hedged)
        self.see(p, out)
        out += self._first_winners(p, hedged)
        out += self._ratings(p, hedged)
        out += self._no_prizes(p, hedged)
        return out

    # -- helpers ------------------------------------------------------------------------------
    def _claim(self, p: Parsed, lo: int, hi: int, category: str, subject: str, predicate: str,
               obj, hedged: bool, negated: bool = False, **slots) -> Claim:
        start, end = p.span_of(lo, hi)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        while end > start and self.text[end - 1] in " ,;:—–-(":
            end -= 1
        return Claim(id="", start=start, end=end, text=self.text[start:end], category=category,
                     subject=EntityRef(subject, self.kb.label(subject)), predicate=predicate,
                     object=obj, hedged=hedged,
                     slots=dict(slots, subject=subject, negated=negated))

    def _who(self, p: Parsed, tok, types=("film", "person")) -> Optional[str]:
        """The KB film or person a token stands for: its argument, or a pronoun or "the film"
        resolved from the passage."""
        if tok is None:
            return None
        a = p.arg_at(tok.i)
        if a is not None:
            return a.entity if a.kind in types and a.entity else None
        low = tok.lower_
        if low in FILM_PRONOUNS or low in lexicon().qualifiers.get("title_nouns", ()):
            if another_film(tok):
                return None   # "her previous film was rated PG-13": not the film in focus
            return self._film_before(p, tok) if "film" in types else None
        if low in PERSON_PRONOUNS and "person" in types:
            return self.res.person(p.sentence, low)
        return None

    def _film_before(self, p: Parsed, tok) -> Optional[str]:
        """The film "it" / "the film" at `tok` refers to: the passage's film, unless that is a
        film this sentence only names after the reference ("It passed The Florida Project")."""
        film = self.res.film(p.sentence)
        named = [a.first for a in p.args if a.entity == film]
        if film and named and min(named) > tok.i:
            i = p.sentence.index
            prev = self.res.sentences[i - 1] if 0 < i <= len(self.res.sentences) else None
            return self.res.film(prev) if prev is not None and \
                prev.paragraph == p.sentence.paragraph else self.res.main_film
        return film

    # -- records ------------------------------------------------------------------------------
    @staticmethod
    def _unscoped(p: Parsed, head, verb) -> bool:
        """Whether "only" ranges over every edition: no edition or date named in the
        sentence, and nothing on the record's noun, its verb or the clause that sets it equal
        to its holder but the words of the record itself ("that night", "this year", "at the
        96th Academy Awards", "with an acting win" scope it to a part)."""
        if any(a.kind in ("ceremony", "date") for a in p.args):
            return False
        own = {"det", "amod", "nummod", "compound", "punct", "aux", "auxpass", "cc", "conj",
               "nsubj", "nsubjpass", "attr", "dobj", "prt", "appos"}
        gov = head.head
        if any(c.dep_ not in own and c.i != verb.i for c in head.children) or \
                any(c.dep_ not in own and c.i != head.i for c in gov.children
                    if gov.i != head.i) or \
                any(c.dep_ not in own for c in verb.children):
            return False
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        return all(c.dep_ in ("det", "amod", "nummod", "compound", "quantmod")
                   for o in objs for c in o.children)

    def _only_holders(self, p: Parsed, head, htok) -> tuple:
        """"the only film to ...": one holder; "X, Y and Z are the only films to ...": the
        holders the subject names, every one a film the KB knows (else no number is said).
        (("only", how many), the named films or None), or (None, None)."""
        if head.lower_ not in _words().get("holders", ()) and head.tag_ != "NNS":
            return ("only", 1), None
        if htok is None:
            return None, None
        named = [p.arg_at(t.i) for t in conjuncts(htok)]
        films = sorted({a.entity for a in named if a is not None and a.entity and getattr(
            self.kb.entity(a.entity), "type", "") == "film"})
        if len(films) < 2 or len(films) != len(named):
            return None, None
        return ("only", len(films)), films

    def _record_word(self, tok) -> Optional[tuple[int, bool, bool]]:
        """(ordinal, only, superlative) a modifier states, or None. "The previous film to ..."
        states ordinal 0: the holder just before another; "the next film to ..." -1: the one
        just after (see _previous)."""
        w = _words()
        low = tok.lower_
        if low in w.get("previous", ()):
            return 0, False, False
        if low in w.get("next", ()):
            return -1, False, False
        if low in w.get("ordinals", {}):
            return w["ordinals"][low], False, False
        if low[:1].isdigit() and parse_ordinal(low):
            return parse_ordinal(low), False, False
        if low in w.get("only", ()):
            if tok.head.lemma_.lower() in w.get("vague_groups", ()) or any(
                    c.lower_ in w.get("vague_groups", ()) for c in tok.head.children
                    if c.i > tok.i):
                return None   # "one of only a handful of films": a small group, no one holder
            nxt = [t for t in tok.doc[tok.i + 1:tok.i + 3] if t.lower_ != "the"][:1]
            if nxt and nxt[0].head.i == tok.head.i and self._record_word(nxt[0]) \
                    and nxt[0].lower_ not in w.get("only", ()):
                return None   # "only the third film": the ordinal speaks, with emphasis
            return 1, True, False
        if low in w.get("most", ()) and tok.dep_ == "amod" and self._counted(tok.head):
            return 1, False, True   # "received the most nominations"
        if low in w.get("most", ()) and tok.dep_ == "advmod" and tok.head.dep_ == "amod" and \
                tok.head.lower_ in (w.get("held_tally_classes") or {}) and \
                self._counted(tok.head.head):
            return 1, False, True   # "the most acting nominations" (hung on "acting")
        whole = "".join(t.text for t in tok.subtree if t.text != "-").lower()
        if whole in {"".join(x.replace("-", " ").split()) for x in w.get("superlatives", ())}:
            return 1, False, True
        return None

    def _heads(self, p: Parsed):
        """(record word, head noun) pairs: the noun a record word modifies."""
        for tok in p.doc:
            if tok.dep_ not in ("amod", "advmod", "npadvmod", "nummod", "det", "quantmod"):
                continue
            got = self._record_word(tok)
            if got is None:
                continue
            head = tok.head
            if head.i < tok.i:
                continue
            while head.dep_ in ("compound", "nummod", "poss") and head.head.i > head.i:
                head = head.head   # "only Bong's masterpiece Parasite", "the only two people"
            if head.dep_ == "amod" and head.head.i > head.i and head.lower_ in (
                    _words().get("held_tally_classes") or {}) and self._counted(head.head):
                head = head.head   # "the most acting nominations": the parser hangs "most"
                # on the class word, which admits no degree; it counts the nominations
            if head.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
                continue
            yield tok, head, got

    @staticmethod
    def _counted(tok) -> bool:
        """A counted prize noun a "most" makes a superlative of ("the most nominations")."""
        nouns = set(_words().get("most_counted", ()))
        return tok.lemma_.lower() in nouns or tok.lower_.rstrip("s") in nouns

    def _partial(self, p: Parsed, head, word, edition: bool, all_time: bool = False) -> bool:
        """A superlative said of a part of the top, not of the top itself: a plural head ("the
        most-nominated films"), a head counted out of a group ("one of ...", "among ..."), an
        ordinal beside it ("the second most-nominated"), or a bound ("... after Oppenheimer");
        for the top of an edition (`edition`), a class or owner that narrows it too."""
        w = _words()
        part = set(w.get("partial", ()))
        counted = word.lower_ in w.get("most", ()) and self._counted(head)
        if word.lower_ in w.get("only", ()) and any(c.dep_ == "nummod" for c in head.children):
            return False   # "one of only three films to ...": the holders counted, the
            # subject one of them
        if head.tag_ in ("NNS", "NNPS") and not counted:   # (the counted noun is plural)
            return True
        if head.dep_ == "pobj" and (head.head.lower_ in part or head.head.head.pos_ == "NUM"):
            return True
        gov = list(head.head.children) if head.dep_ in ("dobj", "attr") else []
        editions = set(lexicon().qualifiers.get("edition_nouns", ())) | set(
            w.get("scope_nouns", ()))
        for c in head.children if edition else ():
            # a class or an owner narrows whom the top is over ("the most-nominated animated
            # film", "Baker's most-nominated film", "the most acting nominations"): not the
            # edition's top. A prize name ("most Oscar nominations") or the edition's owner
            # ("the night's most-nominated film") does not
            a = p.arg_at(c.i)
            if c.i == word.i or c.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            if a is not None and a.kind in ("award", "ceremony", "date", "time"):
                continue
            if c.lemma_.lower() in editions or c.lower_ in w.get("most", ()):
                continue
            if c.dep_ == "amod" and (c.lower_ in w.get("ordinals", {}) or c.tag_ == "JJS"):
                continue   # (an ordinal is judged below; "most" itself)
            if a is None and c.dep_ == "poss" and c.lower_ == "its":
                continue   # "its most-nominated": the film's own edition
            return True
        # (the parser may hang the phrase, or an "ever", on the verb right after the head)
        after = [c for c in head.head.children if c.i > head.i and head.dep_ in ("dobj", "attr")]
        for c in [*head.children, *after] if edition else ():   # "of any animated film",
            # "for a debut feature", "of any film directed by a woman"
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "by", "among"):
                for o in c.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() not in editions and any(
                            (x.dep_ in ("amod", "compound", "poss", "nmod")
                             and x.lower_ not in ("any", "other"))
                            or x.dep_ in ("acl", "relcl") for x in o.children):
                        return True
            if not all_time and any(x.dep_ == "advmod" and x.lower_ in w.get(
                    "beyond_edition", ()) for x in [c, *c.children]):
                return True   # "the most nominations ever": all time, not the night's top
                # (which a record the KB decides over every edition reads as such:
                # `all_time`, "the most nominated film ever")
        if edition and head.dep_ == "pobj" and head.head.dep_ == "prep" and any(
                x.lemma_.lower() in w.get("all_time_nouns", ())
                for x in [head.head.head, *head.head.head.children]) and \
                _tied_record(head) is None:
            return True   # "broke the record for most nominations": all time (a record
            # tied is read as all time by `_records`: "tied the record for most nominations")
        for c in list(head.children) + list(word.children) + gov:
            if c.i in (word.i, head.i):
                continue
            if c.dep_ == "prep" and c.lower_ in part:
                return True
            if c.dep_ in ("amod", "advmod", "nummod") and (
                    c.lower_ in w.get("ordinals", {}) or parse_ordinal(c.lower_)):
                return True
        return False

    def _achievement_verb(self, head):
        for c in head.children:
            if c.dep_ in CLAUSES and c.pos_ in ("VERB", "AUX"):
                return c
        h = head.head
        if head.dep_ in ("nsubj", "nsubjpass") and h.pos_ == "VERB" and h.lemma_ != "be":
            return h
        if head.dep_ in ("attr", "oprd", "dobj", "appos", "pobj"):
            up = h.head if head.dep_ == "pobj" else h
            # "became one of only two people to win": the parser may hang the infinitive
            # right after the group on the verb "one" is the complement of
            above = [c for c in up.head.children if c.left_edge.i == head.right_edge.i + 1] \
                if head.dep_ == "pobj" and up.lower_ == "one" and up.dep_ in ("attr", "oprd") \
                else []
            for c in [*up.children, *above]:   # "became the first person ever to win": an
                # infinitive
                if c.dep_ in SIDE_CLAUSES and c.i > head.i and c.pos_ in ("VERB", "AUX") \
                        and any(x.tag_ == "TO" for x in c.children):
                    return c
            # "the first American film since "The Tree of Life" to win the Palme": the parser
            # may hang the infinitive on the name a "since" phrase right after the head holds
            since = set(_words().get("since", ()))
            for c in [*head.children, *up.children]:
                if c.dep_ != "prep" or c.lower_ not in since or c.i != head.right_edge.i + 1:
                    continue
                for t in c.subtree:
                    if t.dep_ in CLAUSES and t.pos_ in ("VERB", "AUX") and any(
                            x.tag_ == "TO" for x in t.children) and t.head.dep_ == "pobj":
                        return t
        return None

    @staticmethod
    def _pro_verb_clause(head, verb):
        """The verb of the clause a record set off after it refers back to with a pro-verb
        (lexicon `records.anaphora.pro_verbs`: "Anora won the Palme d'Or, the first American
        film to do so since ..."): the record's achievement is that clause's, and its holder
        that clause's subject. None when the record's verb is no pro-verb or the record is
        not set off (after a comma) in that clause."""
        pro = (_words().get("anaphora", {}).get("pro_verbs") or {})
        if verb is None or verb.lemma_.lower() not in pro or not any(
                c.dep_ in ("advmod", "dobj") and c.lower_ in pro[verb.lemma_.lower()]
                for c in verb.children):
            return None
        if head.dep_ not in ("appos", "dobj", "npadvmod") or head.left_edge.i == 0 or \
                head.doc[head.left_edge.i - 1].text != ",":
            return None
        gov = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if gov is None or gov.i > head.i or subject_token(gov) is None:
            return None
        return gov

    def _holder_token(self, p: Parsed, head):
        tied = _tied_record(head)
        if tied is not None:   # "La La Land tied the record for most nominations"
            return subject_token(tied)
        a = p.arg_at(head.i)
        if a is not None and a.entity and a.kind in ("film", "person"):
            return head
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i:
                return c
        h = head.head
        rel = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ in RELATIVE), None)
        if rel is not None and head.dep_ in ("attr", "oprd"):
            # "Anora, which became the fourth film": the relative's antecedent, next to it
            before = [t for t in p.doc[:rel.i] if not t.is_punct]
            return before[-1] if before else None
        if head.dep_ in ("attr", "oprd", "acomp", "dobj"):
            if h.lemma_ in _words().get("makers", ()):   # "the win makes Anora the first"
                return next((c for c in h.children if c.dep_ in ("dobj", "nsubj", "ccomp")
                             and c.i != head.i and c.i < head.i), None)
            return subject_token(h)
        if head.dep_ == "appos":
            return h
        if head.dep_ == "pobj" and h.lower_ == "of" and h.head.lower_ == "one" \
                and h.head.dep_ in ("attr", "oprd"):
            return subject_token(h.head.head)   # "Parasite is one of only three films"
        joins = set(_words().get("joins", ()))
        if head.dep_ == "pobj" and h.lower_ in joins:
            return subject_token(h.head)
        if head.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "mark" and c.lower_ in joins for c in h.children):
            return subject_token(h.head)   # "X joined Y as the only people to win ..."
        if head.dep_ in ("nsubj", "nsubjpass") and h.lemma_ == "be":
            return next((c for c in h.children if c.dep_ == "attr"), None)
        if head.dep_ == "nsubjpass" and h.lemma_ in _words().get("held_by", ()):
            # "the previous record was held by Walt Disney": the passive's agent
            return next((g for c in h.children if c.dep_ == "agent" for g in c.children
                         if g.dep_ == "pobj"), None)
        return None

    def _records(self, p: Parsed, hedged: bool) -> list[Claim]:
        out: list[Claim] = []
        self._unmatched = []   # (head, verb) of records no kept achievement accounts for
        w = _words()
        d = p.doc
        for word, head, (ordn, only, superlative) in self._heads(p):
            gov = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if gov is not None and unasserted(gov):
                continue   # "could become the first ...", "is expected to become": a forecast
            verb = self._achievement_verb(head)
            # a noun coordinated with the head is another record ("a fourth straight winner
            # and its second Best Picture"): not this one's achievement
            other = {t.i for c in head.children if c.dep_ == "conj" for t in c.subtree}
            region = {t.i for t in head.subtree} - other
            if verb is not None:
                region |= {t.i for t in verb.subtree}
            told = self._pro_verb_clause(head, verb)
            if told is not None:   # "..., the first American film to do so": the clause
                region |= set(clause_of(told)) - other   # the pro-verb stands for
            toks = [d[i] for i in sorted(region)]
            seq = " " + " ".join(t.lower_ for t in toks) + " "
            ids = {a.entity for a in (p.arg_at(i) for i in region) if a is not None and a.entity}
            fam = {self._family(x) for x in ids}
            since = next((t for t in toks if t.lower_ in w.get("since", ())), None)
            if since is not None and not self._bound_here(since, head, verb):
                since = None   # "..., a run that has grown since 1955": another clause's
            if since is None:   # "Since the studio era ended, X is the only ...": a clause on
                # the verb the record is said with
                since = next((c for c in head.head.children if c.dep_ in ("advcl", "prep")
                              and any(x.lower_ in w.get("since", ()) and x.dep_ == "mark"
                                      for x in c.children)), None)
            if since is None and head.head.i != head.i:
                # "became the first film since Parasite to win ...": the parser hangs the
                # bound that follows the head noun on the verb above it
                since = next((c for c in head.head.children if c.dep_ == "prep"
                              and c.lower_ in w.get("since", ())
                              and c.i == head.right_edge.i + 1), None)
            if since is not None and any(
                    self._record_word(t) for t in d[min(since.i, word.i) + 1:max(since.i, word.i)]
                    if t.dep_ in ("amod", "advmod", "npadvmod", "nummod", "det", "conj")):
                since = None   # "the 4th film to ..., and only the 2nd since 1956": the
                # bound belongs to the record word nearer to it, which the parser misplaced
            span = self._span(toks, head, verb) if since is None else None
            period = self._period(head, verb) if since is None and span is None else None
            said_year = self._said_year(head, verb) if since is None and span is None else None
            frame = dict(
                ids=ids | fam, seq=seq, passage=set(self._context_families(p)),
                since=since is not None or span is not None, superlative=superlative,
                degree=_degree(word) if superlative else None,
                count=next((number_value(t) for t in toks if t.dep_ == "nummod"
                            and self._prize_token(p, t.head) and number_value(t)), None),
                per={t.lemma_.lower() for t in toks if t.dep_ == "pobj"},
                cls={head.lower_} | {c.lower_ for c in head.children
                                     if c.dep_ in ("amod", "compound")},
                owner=self._owner(p, toks))
            spec = next((s for s in w.get("achievements", ()) if self._meets(s, frame)), None)
            carried = None
            if spec is None:
                carried = self._carried(p, toks, head)
                spec = carried[0] if carried else None
            pair = self._pair(p, toks, verb) if spec is None else None
            if pair:   # "the first film to win both the Palme d'Or and Best Director"
                spec = {"key": "both"}
            if spec is None:
                if verb is not None:   # (with the rank the record word gives, if bounded
                    # by nothing: "the second film to win 11 Oscars", not "... since 1960";
                    # or the holders' number: "one of only three films to ...")
                    many = next((number_value(c) for c in head.children if c.dep_ == "nummod"
                                 and number_value(c)), None) if only else None
                    alone = only and not many and not any(
                        c.dep_ == "amod" and c.lower_ in w.get("other", ()) for c in head.children)
                    # ("the only film to win 11 Oscars", "X, Y and Z are the only films to
                    # ...": how many, from the head's number or the holders named: _held_counts)
                    rank = ("only", int(many)) if many and since is None else \
                        ("only", None) if alone and since is None else \
                        ordn if since is None and not only else None
                    self._unmatched.append((head, verb, rank))
                    self._said = None   # an achievement the KB keeps no list of: a later
                    # "this feat" is about it
                continue
            narrowed = self._narrowed_class(p, head, spec) or (
                None if spec.get("superlative") else self._condition(p, head, verb))
            held = self._held_tally(p, hedged, spec, head, word) if spec.get("superlative") \
                and spec["key"] in ("most_nominations", "most_wins") and \
                _held_record(head) is not None else []
            if held:   # "Streep holds the record for the most acting nominations"
                out += held
                continue
            if spec.get("superlative") and self._partial(
                    p, head, word, bool(spec.get("ceremony")),
                    all_time=spec["key"] in w.get("all_time_specs", ())):
                continue
            if spec.get("superlative") and head.lemma_.lower() in _person_nouns() | set(
                    w.get("person_tally_nouns") or {}):
                out += self._person_tally(p, hedged, spec, head, word, toks)
                continue   # "the most nominated actor never to win": a person's record; the
                # superlatives the KB keeps are films' (an edition's most nominations) and a
                # person's over the whole record
            if spec.get("holder") == "agent":
                ag = next((c for t in toks if t.dep_ == "agent" for c in t.children
                           if c.dep_ == "pobj"), None)
                htok = ag
                who = self._who(p, htok, ("film", "person", "organization", "org"))
            else:
                htok = subject_token(told) if told is not None else \
                    self._holder_token(p, head)
                who = self._who(p, htok) if htok is not None else None
            if spec.get("superlative") and htok is None:
                who = self.res.film(p.sentence)   # "the highest-grossing film of his career"
                if head.i < leading_label_end(p.doc):
                    # "Most Oscars in one night: X won ...": a label's superlative is about
                    # the one film the words after it name, never the passage's film
                    named = {a.entity for a in p.args if a.kind == "film" and a.entity
                             and a.first > head.i}
                    who = next(iter(named)) if len(named) == 1 else None
                    if who is None:
                        continue
            prev = self._previous(p, head, verb, ordn) if ordn in (0, -1) else None
            if prev and htok is not None and p.arg_at(htok.i) is not None and \
                    p.arg_at(htok.i).first > 0 and p.doc[p.arg_at(htok.i).first - 1].lower_ in \
                    set(w.get("before", ())) | set(w.get("after", ())):
                continue   # "After Marty, the next film ...": the name the count starts
                # from, which a parser may take for the holder, is not the holder
            if prev and not who and (htok is None or htok.pos_ == "PRON"):
                # "... to find the previous film to do this": its holder may be named next
                self._pending = (p.sentence.index, p.sentence.paragraph, head.lemma_.lower(),
                                 dict(prev, achievement=spec["key"], carried=carried is not None,
                                      support_only=bool(carried and carried[1])))
                continue
            if who and spec.get("superlative") and getattr(self.kb.entity(who), "type", "") \
                    != "film":
                continue
            many = next((number_value(c) for c in head.children if c.dep_ == "nummod"
                         and number_value(c)), None) if only else None
            counted = not who and htok is None and many is not None and \
                head.dep_ in ("nsubj", "nsubjpass") and head.lower_ in w.get("holders", ())
            if counted:
                # "only four films have won both ...": a count of the list's holders, said of
                # the achievement (its first prize stands for it) with no holder named
                pz = w["prizes"][spec["prizes"][0]] if spec.get("prizes") else {}
                who = next(iter(pz.get("entities", ())), None)
            if not who:
                continue
            told_holders = None
            if only and many is None and head.lower_ in w.get("holders", ()):
                named = {a.entity for a in p.args if a.kind in ("film", "person") and a.entity}
                if len(named) < 2:
                    continue   # some holders are not names the KB knows: nothing to count
                many = len(named)
                told_holders = sorted(named)   # ("X joins Y as the only people to ...": who
                # the holders are is said too, not only how many)
            since_year, since_ent = self._bound(p, since, toks)
            before = self._before(p, head, verb) if only else None
            other = only and any(c.dep_ == "amod" and c.lower_ in w.get("other", ())
                                 for c in head.children)
            hold = p.arg_at(htok.i) if htok is not None else None   # the holder's whole name
            lo = min([head.left_edge.i, word.i] + ([hold.first if hold is not None else htok.i]
                                                    if htok is not None and htok.i < head.i
                                                    else []))
            hi = max(region) + 1
            if prev and hold is not None:
                hi = max(hi, hold.last)   # "the next film to do this was Parasite"
            while hi > lo + 1 and d[hi - 1].is_punct:
                hi -= 1
            neg = any(c.dep_ == "neg" for t in (head.head, verb, _tied_record(head))
                      if t is not None for c in t.children)   # ("did not tie the record")
            extra = {}
            # the word a "for" phrase of the head hangs on, and that word's object ("the
            # record for most nominations", "tied the record for most nominations")
            up = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
            over = [up] + [c for c in up.children if c.dep_ in ("dobj", "attr")] \
                if up is not None else []
            tied = _tied_record(head) if spec.get("superlative") else None
            # (an "ever" the parser hangs on the verb right after the head: "received the
            # most nominations ever")
            after = [x for c in head.head.children if c.i > head.i and head.dep_ in (
                "dobj", "attr") for x in (c, *c.children) if x.dep_ == "advmod"]
            all_time = bool(spec.get("ceremony")) and (tied is not None or any(
                t.lower_ in w.get("beyond_edition", ()) for t in toks + over + after))
            if all_time and spec["key"] not in w.get("all_time_specs", ()):
                continue   # "the most-nominated film in Oscar history": not one edition's
            if all_time:   # ... which the complete record decides over every edition
                extra = dict(all_time=True, written=self.written)   # up to the writing
                if tied is not None:   # "tied the record ..., set by All About Eve": the
                    # films it is said to be shared with are slots too
                    extra.update(tied=True, tied_with=sorted(
                        {a.entity for a in p.args if a.kind == "film" and a.entity
                         and lo <= a.first < hi and a.first != getattr(hold, "first", -1)}))
            elif spec.get("ceremony"):
                # "the biggest winner of the 2025 Oscars": the edition the record is over, named
                # in the record's words or, failing that, the one the paragraph is about
                # (or in a prepositional phrase of the clause the head is the object of:
                # "received the most nominations at the 96th Academy Awards")
                gov = {t.i for c in head.head.children if c.dep_ == "prep" and c.i != head.i
                       for t in c.subtree} if head.dep_ in ("dobj", "attr") else set()
                named = [a.entity for a in (p.arg_at(i) for i in sorted(region | gov))
                         if a is not None and a.kind == "ceremony" and a.entity]
                night = named[0] if named else (self.awards.para_ceremony.get(
                    p.sentence.paragraph) if self.awards is not None else None)
                own = spec["ceremony"] == "own" or (not night and any(
                    t.lower_ in w.get("night_words", ()) and t.i != head.i for t in toks))
                if not night and not own:
                    continue   # `own`: the verifier takes the holder's one edition
                extra = dict(ceremony=night, ceremony_stated=bool(named))
                if not night and spec["ceremony"] != "own":
                    # "the biggest winner of the night", in a passage that names no edition:
                    # the one edition the film ran at (a reading: it may support, never refute),
                    # of the show the passage names, if it names one
                    shows = {self._family(a.entity) for a in p.args
                             if a.kind == "award" and a.entity} | set(
                        self._context_families(p)) | {
                        x for x in (self.awards.lead_family if self.awards else None,) if x}
                    extra.update(own_night=True, own_night_shows=sorted(x for x in shows if x))
            if spec.get("ceremony") and (value := _stated_value(p, head)) is not None:
                extra["record_count"] = value   # "Most wins of the night: Anora, with five"
            earlier = self._earlier_holders(p, head, verb) if ordn and ordn > 1 and not prev \
                and not only else None
            if earlier is not None:   # "the fourth film to ..., after A, B and C": who came
                extra.update(after_named=earlier[0], after_unknown=earlier[1])   # before
                hi = max(hi, earlier[2])
            out.append(self._claim(
                p, lo, hi, "record", who, "record", p.doc[lo:hi].text, hedged, neg, **extra,
                kind="record", achievement=spec["key"], ordinal=None if prev else ordn, only=only,
                only_count=int(many) if many else None, since_year=since_year,
                since_entity=since_ent, has_since=since is not None, only_other=other,
                has_before=before is not None, before_entity=before or None,
                as_of=self.written if only else None, support_only=bool(carried and carried[1]),
                carried=carried is not None, **(prev or {}), **(pair or {}),
                **({"only_named": told_holders} if told_holders else {}),
                **(dict(span_years=span[0], span_how=span[1], written=self.written)
                   if span else {}),
                **({"relative": "count"} if counted else {}),
                **({"unread_period": period} if period else {}),
                **({"unread_class": narrowed} if narrowed else {}),
                **({"record_year": said_year} if said_year else {})))
            break   # one record per sentence, as the KB's lists hold one per achievement
        return out

    def _span(self, toks, head, verb) -> Optional[tuple[int, Optional[str]]]:
        """(years, "under"/"over"/None) of a bound said as a span back from the time of
        writing: "in almost 5 decades", "in over a decade", "for 70 years"."""
        b = _words().get("spans", {})
        units = b.get("units", {})
        # (or on the verb that equates the holder with the head, where the parser hangs a
        # fronted or trailing span: "In the past six decades, X and Y are the only films to
        # ...", "X became the first film in five years to ...")
        gov = [o for c in head.head.children if c.dep_ == "prep" and c.i != head.i
               for o in c.children if o.dep_ == "pobj"] if head.dep_ in ("attr", "oprd") \
            and head.head.i != head.i else []
        for t in [*toks, *gov]:
            if t.dep_ != "pobj" or t.lemma_.lower() not in units or \
                    t.head.lower_ not in b.get("prepositions", ()) or \
                    not (t in gov or self._bound_here(t.head, head, verb)):
                continue
            num = next((c for c in t.children if c.dep_ == "nummod"), None)
            n = number_value(num) if num is not None else (
                1 if any(c.lower_ in ("a", "an") for c in t.children) else None)
            if not n:
                continue
            near = [x.lower_ for x in ([num] if num is not None else []) + [t]
                    for x in x.children if x.dep_ in ("advmod", "quantmod", "amod")]
            how = "under" if set(near) & set(b.get("under", ())) else \
                "over" if set(near) & set(b.get("over", ())) else None
            return int(n * units[t.lemma_.lower()]), how
        return None

    def _narrowed_class(self, p: Parsed, head, spec: dict) -> Optional[str]:
        """The words of a class a record's head narrows its holders to that the achievement
        does not name (`records.plain_holder_nouns`: "only the second comedy to ...", "the
        first animated film to ..."), or None: the head is a plain holder noun, its modifiers
        record words or a name the KB knows ("the first Palme d'Or winner")."""
        if spec.get("class") or spec.get("superlative") or head.pos_ != "NOUN":
            return None
        w = _words()
        kinds = set(w.get("other", ())) | set(w.get("only", ()))
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                and c.i < head.i and self._record_word(c) is None and c.lower_ not in kinds
                and not c.like_num and not ((a := p.arg_at(c.i)) is not None and a.entity)]
        if head.lemma_.lower() in set(w.get("plain_holder_nouns", ())) and not mods:
            return None
        lo = min([head.i] + [t.i for c in mods for t in c.subtree])
        return p.doc[lo:head.i + 1].text

    @staticmethod
    def _said_year(head, verb) -> Optional[int]:
        """The year a record is said to have been set in ("X was the first to ..., in 1954",
        "In 1956, Marty became the first film to ..."): an "in" phrase with a year on the
        record's head, its achievement verb or the verb equating the holder with it, a slot the
        check compares with the holder's own year; None when none is said."""
        govs = [t for t in (head, verb) if t is not None]
        if head.dep_ in ("attr", "oprd") and head.head.i != head.i:
            govs.append(head.head)
        if any(g.tag_ in ("VBZ", "VBP") for g in govs):
            return None   # "In 2026 he is still the only ...": the time of telling
        for g in govs:
            for c in g.children:
                if c.dep_ == "prep" and c.lower_ == "in":
                    got = [y for o in c.children if o.dep_ == "pobj" and (y := _year(o))]
                    if got:
                        return got[0]
        return None

    @staticmethod
    def _condition(p: Parsed, head, verb) -> Optional[str]:
        """The words of a condition on the record's head or achievement verb
        (`records.conditions`: "... to win both with an American director", "the first film
        by a woman to ...") that names something other than a KB film or person or a count:
        the holders it narrows to are a part the KB cannot single out. None when there is
        none."""
        words = set(_words().get("conditions", ()))
        for g in (t for t in (head, verb) if t is not None):
            for c in g.children:
                if c.dep_ != "prep" or c.lower_ not in words:
                    continue
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
                if objs and all((a := p.arg_at(o.i)) is not None and a.entity
                                and a.kind in ("film", "person")
                                or o.like_num
                                or any(x.dep_ == "nummod" or x.like_num for x in o.children)
                                for o in objs):
                    continue   # "with Anora", "with four wins": what the record reads
                return " ".join(t.text for t in c.subtree)
        return None

    @staticmethod
    def _period(head, verb) -> Optional[str]:
        """A period the record is said over (`record_period`), on the record's head, its
        achievement verb or the verb equating the holder with it."""
        govs = [t for t in (head, verb) if t is not None]
        if head.dep_ in ("attr", "oprd", "pobj") and head.head.i != head.i:
            govs.append(head.head)
        return record_period(head, govs)

    def _pair(self, p: Parsed, toks, verb) -> Optional[dict]:
        """{"prizes": [A, B], "same_work": ...} when a record's clause wins two KB prizes
        together ("to win both the Palme d'Or and the Best Director Oscar for the same film"):
        an achievement whose holders the check counts from the KB's award lists."""
        if verb is None or not any(f.cue == verb.i and f.family == "awards" and
                                   f.polarity == "won" and not f.negated
                                   for f in getattr(self, "_frames", ())):
            return None
        prizes = []
        for t in toks:
            a = p.arg_at(t.i)
            if a is not None and a.kind == "award" and a.entity and a.entity not in prizes:
                prizes.append(a.entity)
        if len(prizes) != 2:
            return None
        same = set(_words().get("same_work", ()))
        works = set(lexicon().qualifiers.get("title_nouns", ())) | {"film", "movie", "picture"}
        return {"prizes": prizes, "same_work": any(
            t.lower_ in works and any(c.lower_ in same for c in t.children) for t in toks)}

    # -- achievements carried from sentence to sentence ----------------------------------------
    def _nth_prizes(self, p: Parsed, hedged: bool, found) -> list[Claim]:
        """'It was his second win, after The Pianist', 'It was her first nomination', '...,
        his second directing Oscar after The Lost Weekend': a prize noun of `records.nth`
        with an ordinal and a possessor (the holder) counts the holder's prizes of the award
        claim it stands for -- the sentence's own or one before it in the paragraph, of the
        same holder -- up to that one. A word that names the kind of prize ("directing",
        "acting") counts that category only; an "after" phrase names the earlier ones' works."""
        nth, ords = _words().get("nth") or {}, _words().get("ordinals") or {}
        para = p.sentence.paragraph
        awards = [c for c in found if c.category == "award" and c.slots.get("kind") == "award"]
        if self._heard and self._heard[0] == para:
            awards = awards + self._heard[1]
        if awards:
            self._heard = (para, awards)
        out = []
        for t in p.doc:
            n = ords.get(t.lower_) or parse_ordinal(t.lower_)
            if not n or t.dep_ != "amod":
                continue
            head, noun = t.head, None
            pol = next((k for k, ws in nth.items() if head.lemma_.lower() in ws
                        or head.lower_ in ws), None)
            if pol is not None:
                noun = head
            else:   # "his second directing Oscar": the parser makes the kind word the head
                noun = next((c for c in head.children if c.dep_ in ("dobj", "compound")
                             and any(c.lower_ in ws or c.lemma_.lower() in ws
                                     for ws in nth.values())), None)
                pol = next((k for k, ws in nth.items() if noun is not None and (
                    noun.lower_ in ws or noun.lemma_.lower() in ws)), None)
            if noun is None or pol is None:
                continue
            if _on_nth(noun) and any(c.slots.get("nomination_ordinal") and c.start >= p.offset
                                     for c in awards):
                continue   # "won best actor on his fifth nomination": the win's slot
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            if poss is None:
                continue
            a = p.arg_at(poss.i)
            # "his": the winner of the sentence's own prize when it names one, else the
            # person the paragraph resolves it to
            # (a prize claim that starts after the possessive, beyond a semicolon, is another
            # clause's: "His first nomination came for A; B won that year")
            at_poss = p.offset + poss.idx
            own = {c.slots.get("subject") for c in found if c in awards and c.slots.get(
                "subject_kind") == "person" and (c.start <= at_poss or ";" not in self.text[
                    at_poss:c.start])}
            want = {"her": "f", "his": "m"}.get(poss.lower_)
            if want and hasattr(self.res, "gender"):
                # "Her second Oscar came for A, where Sam Rockwell also won": a winner
                # the pronoun cannot stand for (the KB knows him as a man) is not its holder
                own = {x for x in own if self.res.gender(x) in (want, None)}
            mine = clause_person(p, poss) if a is None else None
            if mine is not None:   # "..., and Emma Stone, who picked up her sixth
                own = {mine.entity} if mine.entity else set()   # nomination": Stone
            who = a.entity if a is not None and a.kind == "person" else None if a is not None \
                else (own.pop() if len(own) == 1 else None if own else self.res.person(
                    p.sentence, poss.lower_)) if poss.lower_ in ("his", "her") else None
            described = None
            if who is None and a is None and (pron := _described_owner(poss)) is not None:
                # "the actress's second Oscar": the winner of the sentence's own prize, else
                # the one person the passage is about (of the noun's gender): a reading, so it
                # may support but never refute
                described = own.pop() if len(own) == 1 else None if own else (
                    self.res.person(p.sentence, pron)
                    if len(self.res.candidates(p.sentence, pron)) == 1 else None)
                who = described
            if not who:
                continue
            gap = gap_bound(p, noun)
            if gap is not None and (n != 1 or not gap):
                continue   # "his second win in ten years", "his first win in years": no count
                # of the holder's prizes, and no span the KB could measure
            scoped = noun is not head or any(c.dep_ in ("compound", "amod") and c.i != t.i
                                             and c.i < noun.i for c in noun.children)
            # "his first acting Oscar": a class of categories, not the one of the prize
            kinds = lexicon().categories.get("classes") or {}
            kind = next((x for x in ([head] if noun is not head else []) + [
                c for c in noun.children if c.dep_ in ("compound", "amod") and t.i < c.i < noun.i]
                if x.lower_ in kinds), None)
            classes = list(kinds[kind.lower_]) if kind is not None else None
            anchor = [c for c in awards if c.slots.get("subject") == who and c.slots.get(
                "award") and c.slots.get("polarity") in ((pol, "won") if pol == "nominated"
                                                         else (pol,))]   # a win was nominated
            if len({c.slots["award"] for c in anchor}) != 1:
                continue
            at_noun = p.offset + noun.idx
            holding = [c for c in awards if c.slots.get("subject") == who
                       and c.start <= at_noun < c.end]
            inner = min(holding, key=lambda c: c.end - c.start) if holding else None
            if inner is not None and inner not in anchor and inner.start < at_poss:
                continue   # "X, who won his first Oscar for A, took Best Actor again for B":
                # the prize noun is the object of another claim's own clause (which carries
                # its ordinal), not of the one the sentence's other claim names (a prize
                # noun set beside a clause, "..., his third Oscar", is a claim of its own)
            at = anchor[0]
            after = _after_works(p, (head, head.head))
            if at not in found and any(
                    a.kind == "film" and a.entity and a.entity != at.slots.get("for_work")
                    and not any(x.first <= a.first < x.last for x in after) for a in p.args):
                continue   # "A brought his second nomination": the prize of a film this
                # sentence names (not one an "after" phrase names before it), not the one an
                # earlier sentence's claim is about
            lo = min([t.i, poss.left_edge.i if described else poss.i]
                     + [x.first for x in after])
            hi = max([noun.i + 1, head.i + 1] + [x.last for x in after])
            out.append(self._nth_claim(p, lo, hi, who, n, pol, after, hedged,
                                       award=at.slots["award"], family=at.slots.get("family"),
                                       for_work=at.slots.get("for_work"), scoped=scoped,
                                       ceremony=at.slots.get("ceremony"),
                                       year=at.slots.get("year"),
                                       award_phrase=at.slots.get("award_phrase"),
                                       family_named=getattr(p.arg_at(noun.i), "entity", None)
                                       == at.slots.get("family"),
                                       classes=classes,
                                       **({"gap": gap} if gap else {}),
                                       **({"subject_assumed": True} if described else {})))
        return out

    def _nth_claim(self, p: Parsed, lo: int, hi: int, who: str, n: int, pol: str,
                   after: list, hedged: bool, **slots) -> Claim:
        """The `nth_prize` claim over tokens [lo, hi) (within the sentence): the holder's
        n-th prize of one award, the works an "after" phrase names before it."""
        start, end = p.span_of(lo, hi)
        start, end = max(p.sentence.start, start), min(p.sentence.end, end)
        return Claim(id="", start=start, end=end, text=self.text[start:end],
                     category="record", subject=EntityRef(who, self.kb.label(who)),
                     predicate="nth_prize", object=str(n), hedged=hedged,
                     slots=dict(kind="nth_prize", subject=who, n=n, polarity=pol, **slots,
                                after=[x.entity for x in after if x.kind == "film" and x.entity],
                                after_unknown=any(not (x.kind == "film" and x.entity)
                                                  for x in after)))

    def _times_winners(self, p: Parsed, hedged: bool) -> list[Claim]:
        """'Coppola became a two-time winner in 1979': a holder noun of `records.nth_holders`
        counted by "N-time" is the holder's Nth prize of the one the paragraph names (a single
        specific prize), at the win of the film the clause has as its subject, else at the
        edition of the year the clause states. The holder is the subject the noun is said of
        ("became", "is") or the one "made" it ("made him a two-time winner")."""
        holders = _words().get("nth_holders") or {}
        prizes = (self.awards.para_awards.get(p.sentence.paragraph) or set()) \
            if self.awards is not None else set()
        if len(prizes) != 1:
            return []
        prize = next(iter(prizes))
        out = []
        for t in p.doc:
            num = next((c for c in t.children if c.dep_ == "nummod"), None)
            n = number_value(num) if num is not None and t.lower_ == "time" else None
            head = t.head
            pol = next((k for k, ws in holders.items() if head.lemma_.lower() in ws), None)
            if not n or t.dep_ not in ("compound", "amod") or pol is None:
                continue
            if any(c.dep_ in ("compound", "amod", "nmod") and c.i != t.i for c in head.children) \
                    or any(c.dep_ == "prep" and c.lower_ in ("of", "at") for c in head.children) \
                    or any(x.kind in ("award", "festival", "ceremony") and x.entity and
                           award_family(self.kb, x.entity) != award_family(self.kb, prize)
                           for x in p.args):
                continue   # "a two-time Oscar winner": a prize of its own, not the paragraph's
            verb = head.head
            if head.dep_ == "attr" or head.dep_ in ("ccomp", "oprd", "xcomp") and \
                    verb.lemma_ == "make":
                st = next((c for c in head.children if c.dep_ == "nsubj"), None) \
                    if head.dep_ != "attr" else subject_token(verb)
            else:
                continue
            if st is None:
                continue
            a = p.arg_at(st.i)
            if a is not None and a.kind == "person" and a.entity:
                who = a.entity
            elif st.lower_ in PERSON_PRONOUNS:
                named = {x.entity for x in p.args if x.kind == "person" and x.entity}
                who = named.pop() if len(named) == 1 else None if named else \
                    self.res.person(p.sentence, st.lower_)
            else:
                continue
            if not who:
                continue
            vs = subject_token(verb) if verb.lemma_ == "make" else None
            va = p.arg_at(vs.i) if vs is not None else None
            work = va.entity if va is not None and va.kind == "film" else None
            ytok = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                         for o in c.children if o.dep_ == "pobj" and _year(o)), None)
            year = _year(ytok) if ytok is not None else None
            if work is None and year is None:
                continue
            after = _after_works(p, (head,))
            lo, hi = min(t.i, num.i, st.i), max([head.i + 1] + [x.last for x in after] + (
                [ytok.i + 1] if ytok is not None else []))
            out.append(self._nth_claim(p, lo, hi, who, int(n), pol, after, hedged,
                                       award=prize, family=award_family(self.kb, prize),
                                       for_work=work, year=year, scoped=True, times=True))
        return out

    def see(self, p: Parsed, found=()) -> None:
        """Keep the last achievement a sentence states (a question's too): a record claim's, or
        one a clause states with no record word ("who won four Oscars in one night?")."""
        key = holder = None
        got = next((c for c in found if c.slots.get("kind") == "record"), None)
        if got is not None:
            key, holder = got.slots["achievement"], got.slots.get("subject")
        elif not self.names_no_prize(p):
            for v in p.doc:   # the clause that states it, not one it is embedded in
                if v.pos_ in ("VERB", "AUX"):
                    key = self.achievement_in(p, [p.doc[i] for i in sorted(clause_of(v))])
                    if key:   # its holder: the subject of the clause or of one above it
                        holder = next((w for u in [v] + [u for u in v.ancestors if u.pos_
                                                         in ("VERB", "AUX")]
                                       for w in [self._who(p, subject_token(u))] if w), None)
                        break
        if key:
            self._said = (p.sentence.paragraph, p.sentence.index, key, holder)

    def _carried(self, p: Parsed, toks, head=None) -> Optional[tuple[dict, bool]]:
        """(spec, across a paragraph?) of the achievement a record's words refer back to --
        "to achieve this feat", "to do this", "to win both of these awards" (a plural: "this
        award" is one prize, not a pairing said before), a record noun
        itself ("the previous record") -- the one the passage stated last; None when they
        name none or the passage stated none near."""
        a = _words().get("anaphora", {})
        dets, nouns = set(a.get("determiners", ())), set(a.get("nouns", ()))
        generic = set(a.get("generic_prizes", ()))
        back = (head is not None and head.lemma_.lower() in nouns) or any(
            t.lemma_.lower() in nouns and any(c.lower_ in dets for c in t.children)
            for t in toks) or any(
            t.lower_ in dets and t.pos_ == "PRON" and t.dep_ == "dobj" for t in toks) or (
            any(t.lemma_.lower() in generic and t.tag_ == "NNS" for t in toks)
            and any(t.lower_ in dets for t in toks)
            and not any(self._prize_token(p, t) for t in toks))
        said = self._said
        if not back or said is None or \
                not 0 <= p.sentence.paragraph - said[0] <= int(a.get("paragraphs", 1)):
            return None
        spec = next((s for s in _words().get("achievements", ()) if s["key"] == said[2]), None)
        if spec is None:
            return None
        if head is not None and "count" in spec:
            # "the previous record of four": a count said on the record noun is the spec's
            said_n = [number_value(t) for c in head.children if c.dep_ == "prep"
                      for t in c.children if t.dep_ == "pobj" and number_value(t)]
            if said_n and said_n[0] != spec["count"]:
                return None
        return spec, said[0] != p.sentence.paragraph

    def _previous(self, p: Parsed, head, verb, ordn: int = 0) -> dict:
        """The slots of "the previous holder" (ordn 0) or "the next" (-1): the holder it comes
        before ("before Parasite") or after ("after Marty"), said on the record's clause or
        one above it, else the holder the passage named with the achievement last; and a year
        said in the record's own clause ("in 1954")."""
        words = set(_words().get("before" if ordn == 0 else "after", ()))
        anchor = None
        for gov in [head] + list(head.ancestors) + ([verb] if verb is not None else []):
            for c in gov.children:
                if c.dep_ in ("prep", "advmod") and c.lower_ in words:
                    named = [a for a in (p.arg_at(t.i) for t in c.subtree)
                             if a is not None and a.entity and a.kind in ("film", "person")]
                    anchor = named[0].entity if named else ""
                    break
            if anchor is not None:
                break
        if anchor is None and self._said is not None and \
                p.sentence.paragraph - self._said[0] in (0, 1):
            anchor = self._said[3] or ""
        gov = head
        while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
            gov = gov.head
        clause = set(clause_of(gov))
        while gov.dep_ in ("advcl", "xcomp") and any(c.tag_ == "TO" for c in gov.children):
            gov = gov.head   # "go back to 1956 to find the previous one": an infinitive of
            clause |= clause_of(gov)   # purpose is timed by the clause it serves
        held = {t.i for t in head.subtree}
        years = [_year(p.doc[i]) for i in sorted(clause) if i not in held and _year(p.doc[i])]
        return dict(relative="previous" if ordn == 0 else "next", anchor=anchor or None,
                    year=years[0] if len(years) == 1 else None)

    def _earlier_holders(self, p: Parsed, head, verb) -> Optional[tuple[list, bool, int]]:
        """"Anora is the fourth film to win both ..., after The Lost Weekend, Marty and
        Parasite", "the second person, after Walt Disney, to win four Oscars in one night": an
        "after" phrase (`records.after`) on the record's head, on the verb that equates the
        holder with it or on the achievement verb names holders before this one. (the KB films
        and people it names, whether it names a name the KB lacks, the token after the
        phrase), or None."""
        words = set(_words().get("after", ()))
        govs = [head] + ([head.head] if head.dep_ in ("attr", "oprd") else []) + \
            ([verb] if verb is not None else [])
        for gov in govs:
            for c in gov.children:
                if c.dep_ not in ("prep", "mark") or c.lower_ not in words or not any(
                        o.dep_ == "pobj" for o in c.children):
                    continue   # (the parser may take "after" for the mark of the verb)
                named, unknown = [], False
                for t in c.subtree:
                    a = p.arg_at(t.i)
                    if a is None or t.i != a.first:
                        continue
                    if a.kind in ("film", "person", "work"):
                        if a.entity:
                            named.append(a.entity)
                        else:
                            unknown = True   # a name the KB lacks
                if not named and not unknown:
                    continue   # "after its win at Cannes": no earlier holder named
                return named, unknown, c.right_edge.i + 1
        return None

    def _identified(self, p: Parsed, pending, hedged: bool) -> list[Claim]:
        """"That film was Marty": the sentence after a previous holder left unnamed names it,
        as the copula's complement to a subject that refers back to the record's head noun."""
        at, para, noun, slots = pending
        if p.sentence.index != at + 1 or p.sentence.paragraph != para:
            return []
        a = _words().get("anaphora", {})
        for tok in p.doc:
            h = tok.head
            if tok.dep_ != "nsubj" or h.lemma_ != "be" or not any(
                    c.lower_ in a.get("determiners", ()) for c in tok.children) or \
                    tok.lemma_.lower() not in {noun} | set(_words().get("holders", ())):
                continue
            attr = next((c for c in h.children if c.dep_ == "attr"), None)
            who = self._who(p, attr) if attr is not None else None
            if not who:
                return []   # a name the KB lacks: nothing to check
            hold = p.arg_at(attr.i)
            hi = hold.last if hold is not None else attr.i + 1
            return [self._claim(p, tok.left_edge.i, hi, "record", who, "record",
                                p.doc[tok.left_edge.i:hi].text, hedged, kind="record",
                                ordinal=None, only=False, only_count=None, since_year=None,
                                since_entity=None, has_since=False, only_other=False,
                                has_before=False, before_entity=None, as_of=None, **slots)]
        return []

    def _tied(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"Baker tied Walt Disney's record of four Oscars in a single night", "she matched
        the record for ...": a verb of sharing (lexicon `records.ties`) whose object is a
        record noun, the achievement stated in the noun's own phrase ("of", "for"): the verb's
        subject is one of the record's holders, and so is the possessor named on the noun."""
        verbs = set(_words().get("ties", ()))
        nouns = set(_words().get("anaphora", {}).get("nouns", ()))
        w_ach = _words().get("achievements", ())
        for tok in p.doc:
            v = tok.head
            if tok.dep_ != "dobj" or tok.lemma_.lower() not in nouns or \
                    v.lemma_.lower() not in verbs or v.pos_ != "VERB" or \
                    any(c.dep_ == "neg" for c in v.children) or _modal(v):
                continue
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
            if not preps:
                continue
            # "... of four Oscars in a single night": the parser may hang the rest on the verb,
            # or on the record noun beside its "of" phrase
            preps += [c for c in v.children if c.dep_ == "prep" and c.i > tok.i]
            preps += [c for c in tok.children if c.dep_ == "prep" and c.i > preps[0].i
                      and c not in preps]
            # "... for most Oscars won in one night": a subjectless participle the parser hung
            # on the verb is the prizes' own clause
            preps += [c for c in v.children if c.dep_ in ("advcl", "acl") and c.i > tok.i
                      and c.tag_ in ("VBN", "VBD") and not any(
                          x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
            words = sorted((t for c in preps for t in c.subtree), key=lambda t: t.i)
            if any(_year(t) for t in words):
                continue
            key = self.achievement_in(p, words)
            if key is None:
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            # only a holder of the kind the KB's holders are ("Anora matched the record of four
            # Oscars in one night" says its director did)
            kinds = {e.type for f in self.kb.facts(predicate="record")
                     if f.qualifiers.get("achievement") == key
                     for e in [self.kb.entity(f.subject)] if e is not None}
            # "..., with five": the count the sharer is said to have set it with, which must
            # be the record's (lexicon `records.tied_record_preps`' "with")
            spec = next((s for s in w_ach if s["key"] == key), {})
            said = next((n for t in words if t.dep_ == "pobj" and t.head.lower_ == "with"
                         for n in [number_value(t) or next((number_value(c) for c in t.children
                                                            if c.dep_ == "nummod"), None)]
                         if n), None)
            out = []
            for who_tok in (subj, owner):
                who = self._who(p, who_tok, types=tuple(kinds))
                if who_tok is None or who_tok.lower_ in PERSON_PRONOUNS | FILM_PRONOUNS:
                    continue   # a pronoun's referent is inferred: left to the passage
                if not who:
                    continue   # a name the KB lacks: nothing to check
                hold = p.arg_at(who_tok.i)
                lo = min(hold.first if hold is not None else who_tok.i, v.i)
                hi = max(words[-1].i + 1, hold.last if hold is not None else who_tok.i + 1)
                out.append(self._claim(p, lo, hi, "record", who, "record", p.doc[lo:hi].text,
                                       hedged, kind="record", achievement=key,
                                       relative="holder", ordinal=None, only=False,
                                       only_count=None, since_year=None, since_entity=None,
                                       has_since=False, only_other=False, has_before=False,
                                       before_entity=None, as_of=None, carried=False,
                                       support_only=False,
                                       **({"tied_count": int(said),
                                           "record_spec_count": spec.get("count")}
                                          if said else {})))
            if out:
                return out
        return []

    def _identity(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"The person who achieved this was Walt Disney", "the film that won both the Palme
        and Best Picture is Parasite": a definite noun whose relative clause states an
        achievement (or refers back to the one said before), equated by a copula with a name:
        the name is one of its holders. A clause with a year, a count or a record word of its
        own says more than that and is left to the record frames."""
        a = _words().get("anaphora", {})
        for tok in p.doc:
            h = tok.head
            if tok.dep_ != "nsubj" or h.lemma_ != "be" or any(c.dep_ == "neg" for c in
                                                              h.children) or _modal(h) or \
                    tok.lemma_.lower() not in a.get("identity_nouns", ()) or \
                    not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            rel = next((c for c in tok.children if c.dep_ in CLAUSES), None)
            attr = next((c for c in h.children if c.dep_ in ("attr", "acomp") and c.i > h.i),
                        None)
            if rel is None or attr is None:
                continue
            words = list(rel.subtree)
            if any(_year(t) or self._record_word(t) for t in words):
                continue
            key = self.achievement_in(p, words)
            carried = None
            if key is None:
                carried = self._carried(p, words)
                if carried is None:
                    continue
                key = carried[0]["key"]
            who = self._who(p, attr)
            if not who:
                return []   # a name the KB lacks: nothing to check
            hold = p.arg_at(attr.i)
            lo, hi = tok.left_edge.i, hold.last if hold is not None else attr.i + 1
            return [self._claim(p, lo, hi, "record", who, "record", p.doc[lo:hi].text, hedged,
                                kind="record", achievement=key, relative="holder",
                                ordinal=None, only=False, only_count=None, since_year=None,
                                since_entity=None, has_since=False, only_other=False,
                                has_before=False, before_entity=None, as_of=None,
                                carried=carried is not None,
                                support_only=bool(carried and carried[1]))]
        return []

    def _person_tally(self, p: Parsed, hedged: bool, spec: dict, head, word,
                      toks) -> list[Claim]:
        """"Meryl Streep, the most-nominated actor in Oscar history": a person with more
        nominations (wins) than anyone over the whole record, or over the categories of the
        person noun's class (`records.person_tally_nouns`), said with a word of the whole
        record (`records.person_all_time`)."""
        w = _words()
        classes = (w.get("person_tally_nouns") or {}).get(head.lemma_.lower())
        if classes is None or spec["key"] not in ("most_nominations", "most_wins") or \
                not any(t.lower_ in w.get("person_all_time", ()) for t in toks) or \
                head.tag_ in ("NNS", "NNPS") or any(
                    c.dep_ in ("amod", "nummod", "compound") and c.i != word.i and
                    c.lower_ not in w.get("most", ()) for c in head.children) or any(
                    t.lower_ in w.get("partial", ()) for t in toks):
            return []   # a class noun the record has no categories for, a part of the top
        htok = self._holder_token(p, head)
        who = self._who(p, htok, ("person",)) if htok is not None else None
        if not who:
            return []
        hold = p.arg_at(htok.i)
        lo = min(hold.first if hold is not None else htok.i, head.left_edge.i, word.i)
        hi = head.right_edge.i + 1
        while hi > lo + 1 and p.doc[hi - 1].is_punct:
            hi -= 1
        neg = any(c.dep_ == "neg" for c in head.head.children)
        tally = _stated_tally(p, spec["key"])
        if tally is not None:   # "..., with 21 nominations": the tally is a slot of the record
            lo, hi = min(lo, tally[1].left_edge.i), max(hi, tally[1].i + 1)
        return [self._claim(p, lo, hi, "record", who, "record", p.doc[lo:hi].text, hedged, neg,
                            kind="record", achievement=spec["key"], ordinal=None, only=False,
                            all_time=True, written=self.written,
                            person_class=[list(r) for r in classes],
                            record_count=tally[0] if tally is not None else None)]

    def _held_tally(self, p: Parsed, hedged: bool, spec: dict, head, word) -> list[Claim]:
        """"Meryl Streep holds the record for the most acting nominations (, with 21)": a
        person said to hold the all-time record for a tally, over the categories the tally's
        words name (`records.held_tally_classes`; none: every category) -- the claim
        `_person_tally` makes of "the most-nominated actor in Oscar history". A film holder
        is the film records' own (`_most_of_all_time`); any other word on the tally, or a
        phrase on it ("for a comedy", "without a win"), names a part the KB cannot single out."""
        w = _words()
        verb = _held_record(head)
        classes = w.get("held_tally_classes") or {}
        said = []
        for c in head.children:
            a = p.arg_at(c.i)
            if c.i == word.i or c.dep_ in ("det", "punct", "prep") or c.lower_ in w.get(
                    "most", ()) or (
                    a is not None and a.kind == "award" and c.dep_ == "compound"):
                continue   # ("the most Oscar nominations": the show's own)
            if c.dep_ in ("amod", "compound") and c.lower_ in classes:
                said.append(c.lower_)
                continue
            return []
        if len(said) > 1 or any(x.dep_ == "neg" for x in verb.children) or _modal(verb):
            return []
        want = [list(classes[said[0]])] if said else [[]]
        keep = set(w.get("tied_record_preps", ()))
        for x in {verb, head, head.head.head}:
            for c in x.children:
                if c.dep_ != "prep" or c.i == head.head.i:
                    continue
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if c.lower_ in keep and not (obj is not None and obj.pos_ in ("NOUN", "PROPN")
                                             and c.lower_ != "with"):
                    continue   # ("..., with 21")
                whose = (w.get("person_tally_nouns") or {}).get(obj.lemma_.lower()) \
                    if obj is not None else None
                if c.lower_ in ("by", "of") and whose and want[0] in [list(r) for r in whose]:
                    continue   # "by an individual", "of any performer": the record's own
                if obj is not None and obj.lower_ in w.get("person_all_time", ()):
                    continue   # "in Oscar history", "of all time"
                return []   # "by a man", "for a comedy", "among the living": a part of it
        subj = subject_token(verb)
        who = self._who(p, subj, ("person",)) if subj is not None else None
        if not who:
            return []
        hold = p.arg_at(subj.i)
        lo = min(hold.first if hold is not None else subj.i, verb.i)
        hi = head.right_edge.i + 1
        tally = _stated_tally(p, spec["key"])
        if tally is None and (n := _stated_value(p, head)) is not None:   # "..., with 21"
            tally = (n, next(t for t in p.doc if t.i > head.i and t.dep_ == "pobj"
                             and t.head.lower_ == "with" and number_value(t) == n))
        if tally is not None:   # the tally is a slot of the record
            hi = max(hi, tally[1].i + 1)
        while hi > lo + 1 and p.doc[hi - 1].is_punct:
            hi -= 1
        return [self._claim(p, lo, hi, "record", who, "record", p.doc[lo:hi].text, hedged,
                            False, kind="record", achievement=spec["key"], ordinal=None,
                            only=False, all_time=True, written=self.written,
                            person_class=[list(classes[said[0]]) if said else []],
                            record_count=tally[0] if tally is not None else None)]

    def _held_counts(self, p: Parsed, frames, hedged: bool) -> list[Claim]:
        """"X became the first person to win five Oscars": a record no kept achievement
        accounts for still says its holder won what the clause counts. The infinitive's
        subject is the noun the record word modifies; its referent, the record's holder."""
        if self.awards is None:
            return []
        w = _words()
        for head, verb, rank in self._unmatched:
            # the verb's own frame, or a counted nomination noun that is its object ("the
            # second film to earn 14 nominations")
            f = next((f for f in frames if f.family == "awards" and f.polarity in (
                "won", "nominated") and (f.cue == verb.i and not f.noun_cue or f.noun_cue and
                p.doc[f.cue].dep_ == "dobj" and p.doc[f.cue].head.i == verb.i)), None)
            if f is None or f.negated or f.irrealis:
                continue
            gov = head.head
            if any(c.dep_ == "neg" for c in gov.children) or _modal(gov) or \
                    gov.dep_ == "xcomp" or \
                    p.sentence.text.rstrip().endswith("?"):
                continue   # "is not the first to ...", "hopes to become the first to ..."
                # (a copula governed by another verb may be a wish the parser hides)
            htok = self._holder_token(p, head)
            named = p.arg_at(htok.i) if htok is not None else None
            if htok is None or not (self._who(p, htok) or (
                    named is not None and named.kind in ("person", "film"))):
                continue   # a name the KB lacks still makes a claim it cannot decide
            listed = None
            if rank == ("only", None):
                rank, listed = self._only_holders(p, head, htok)
            if isinstance(rank, tuple) and not self._unscoped(p, head, verb):
                rank = None   # "the only film to win seven Oscars that night": the holders
                # of one edition (or of a part of the record), which the whole record does not rank
            got = self.awards.held_counts(f, htok, hedged)
            # ... of a bare noun: "the first indie film to ..." ranks a class the record
            # cannot single out
            bare = not any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod")
                           and not parse_ordinal(c.lower_) and c.lower_ not in w.get("only", ())
                           and not number_value(c) for c in head.children)
            ranked = bare and (isinstance(rank, int) and rank > 0 or isinstance(rank, tuple))
            for c in got if ranked else ():
                # "Titanic became the second film to win 11 Oscars": the film's place among
                # all the films that reached the count, which the complete record ranks ("one
                # of only three films to ...": how many they are)
                if getattr(self.kb.entity(c.slots.get("subject") or ""), "type", "") == "film":
                    c.slots.update(kind="count_rank", held_rank=rank if isinstance(rank, int)
                                   else None, held_only=rank[1] if isinstance(rank, tuple)
                                   else None, **({"held_named": listed} if listed else {}))
                    # the claim states the rank too: its span runs from the holder through
                    # the record's words, not just the counted noun
                    lo = min(named.first if named is not None else htok.i, head.left_edge.i)
                    start, _ = p.span_of(lo, lo + 1)
                    if start < c.start:
                        c.start, c.text = start, self.text[start:c.end]
            if got:
                return got
        return []

    def _led_tallies(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"Anora led all films with five wins", "Emilia Pérez topped the field with 13
        nominations": a verb that ranks its subject first (`records.lead_verbs`) by the tally
        its "with" phrase counts states an edition's count record (an achievement that is
        `superlative` over a `ceremony`) of that film, with the count it led by. The tally's
        noun, or for a bare number the verb's object ("topped the nominations with 13"), says
        which record; a field or a tally a class narrows ("led all debut features", "with
        five craft wins") is no edition's top and makes no claim."""
        w = _words()
        verbs = set(w.get("lead_verbs", ()))
        out: list[Claim] = []
        for v in p.doc:
            if v.pos_ != "VERB" or unasserted(v) or any(c.dep_ == "prt" for c in v.children):
                continue   # ("topped off the night with ...": a particle's verb ranks no one)
            if v.lemma_.lower() in verbs:
                tally = next((o for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
                              for o in c.children if o.dep_ == "pobj"), None)
                field = next((c for c in v.children if c.dep_ == "dobj"), None)
            else:   # "received 13 nominations, more than any other film": ranked the same
                tally, field = _tally_over_everyone(v), None
            if tally is None:
                continue
            if tally.like_num and not list(tally.children):   # "... with 13"
                n, noun = number_value(tally), field
            else:
                n = next((number_value(c) for c in tally.children if c.dep_ == "nummod"
                          and number_value(c)), None)
                noun = tally
            if not n or noun is None or any(self._narrows(p, x) for x in {noun, field} if x):
                continue
            cls = {noun.lower_, noun.lemma_.lower()}
            spec = next((s for s in w.get("achievements", ()) if s.get("superlative")
                         and s.get("ceremony") and set(s.get("class", ())) & cls), None)
            htok = subject_token(v)
            who = self._who(p, htok, ("film",)) if htok is not None else None
            if spec is None or not who:
                continue
            within = {t.i for t in v.subtree}
            named = [a.entity for a in p.args if a.kind == "ceremony" and a.entity
                     and a.first in within]
            # the show the clause names otherwise ("led the Golden Globes with ..."): the
            # edition must be one of its; a name the KB does not know ("led the Spirit
            # Awards") may be a show of its own, whose top nothing here decides
            known = [a for a in p.args if a.entity and a.first in within]
            if any(t.pos_ == "PROPN" and not any(a.first <= t.i < a.last for a in p.args if (
                    a.entity or a.kind in ("date", "time"))) for t in v.subtree):
                continue
            shows = {award_family(self.kb, a.entity) for a in known
                     if a.kind in ("award", "ceremony", "festival")}
            if len(shows) > 1:
                continue
            night = named[0] if named else (self.awards.para_ceremony.get(
                p.sentence.paragraph) if self.awards is not None else None)
            if night and shows and award_family(self.kb, night) not in shows:
                continue   # (the paragraph's show is not the one the clause names)
            if not night and spec["ceremony"] != "own":
                continue
            hold = p.arg_at(htok.i)
            lo = min(hold.first if hold is not None else htok.i, v.i)
            hi = max(tally.right_edge.i, v.i) + 1
            neg = any(c.dep_ == "neg" for c in v.children)
            out.append(self._claim(
                p, lo, hi, "record", who, "record", p.doc[lo:hi].text, hedged, neg,
                ceremony=night, ceremony_stated=bool(named), record_count=int(n),
                **({"show_family": next(iter(shows))} if shows and not night else {}),
                kind="record", achievement=spec["key"], ordinal=1, only=False,
                only_count=None, since_year=None, since_entity=None, has_since=False,
                only_other=False, has_before=False, before_entity=None, as_of=None,
                support_only=False, carried=False))
            break   # one record per sentence, as in `_records`
        return out

    def _narrows(self, p: Parsed, tok) -> bool:
        """Whether a class, an owner or a name narrows the field or the tally of a led count
        ("all debut features", "five craft wins", "led Wicked"): a prize or a show's name
        ("five Oscar wins"), a year and the words of everyone's field do not."""
        a = p.arg_at(tok.i)
        if a is not None and a.entity and a.kind not in ("award", "ceremony"):
            return True
        every = set(_words().get("lead_field_words", ()))
        for c in tok.children:
            if c.dep_ not in ("amod", "compound", "nmod", "poss") or c.lower_ in every:
                continue
            a = p.arg_at(c.i)
            if a is not None and a.kind in ("award", "ceremony", "date", "time"):
                continue
            return True
        return any(c.dep_ == "prep" and c.lower_ in ("of", "among", "for") for c in tok.children)

    def names_no_prize(self, p: Parsed) -> bool:
        """Whether no clause of the sentence can state an achievement: every achievement names
        a prize (`_prize_gate`), and the sentence has none of the prizes' entities and none
        of their phrases' words anywhere (a clause's words are some of the sentence's).
        `achievement_in` would say None for each clause; the callers that try every clause
        ask this once first."""
        gate = _prize_gate(_words(), plain=True)
        if gate is None:
            return False
        words = {t.lower_ for t in p.doc}
        if any(all(x in words for x in phrase.split()) for phrase in gate[1]):
            return False
        ids = {a.entity for a in p.by_token.values() if a.entity}   # (every token's `arg_at`)
        return ids.isdisjoint(gate[0]) and gate[0].isdisjoint({self._family(x) for x in ids})

    def achievement_in(self, p: Parsed, toks) -> Optional[str]:
        """The achievement (a key of the lexicon's `records.achievements`) the words of one
        clause state with no record word ("who has won four Oscars in one night"), or None:
        what a sentence can then date ("it dates back to 1954")."""
        toks = list(toks)
        region = {t.i for t in toks}
        ids = {a.entity for a in (p.arg_at(i) for i in region) if a is not None and a.entity}

        def most() -> bool:
            prize_ids = {e for pz in _words()["prizes"].values() for e in pz.get("entities", ())}
            return any(t.lower_ in _words().get("most", ()) and t.dep_ in ("amod", "advmod")
                       and (self._prize_token(p, t.head) or getattr(
                           p.arg_at(t.head.i), "entity", None) in prize_ids) for t in toks)
        ids = ids | {self._family(x) for x in ids}
        seq = " " + " ".join(t.lower_ for t in toks) + " "
        w = _words()
        gate = _prize_gate(w, plain=True)   # (the frame below states no superlative)
        if gate is not None and ids.isdisjoint(gate[0]) and not any(x in seq for x in gate[1]):
            return None   # every achievement names a prize, and the clause names none
        # the count, the "per" words and "most" are read only when a spec gets that far
        # (most clauses name no prize at all)
        frame = _Frame(dict(
            count=lambda: next((number_value(t) for t in toks if t.dep_ == "nummod"
                                and self._prize_token(p, t.head) and number_value(t)), None),
            per=lambda: {t.lemma_.lower() for t in toks if t.dep_ == "pobj"}, most=most),
            ids=ids, seq=seq,
            passage=set(self._context_families(p)), since=False, superlative=False,
            cls=set(), owner=None)
        spec = next((s for s in _words().get("achievements", ()) if self._meets(s, frame)), None)
        return spec["key"] if spec is not None else None

    @staticmethod
    def _bound_here(since, head, verb) -> bool:
        """Whether a "since" phrase hangs on the record's head or achievement verb without an
        embedded clause between (a relative clause's "since" is that clause's; the infinitive
        the achievement verb takes is no other clause)."""
        t = since
        # "to win the Palme since Malick took it in 2011": the clause "since" opens is the bound
        opened = since.head.i if since.dep_ == "mark" and since.head.dep_ == "advcl" else -1
        while t.i not in (head.i, getattr(verb, "i", -1)) and t.head.i != t.i:
            # (an infinitive under the achievement verb is more of the same achievement: "the
            # first winner to go on to win Best Picture since X")
            if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "parataxis", "appos") and \
                    t.i not in (since.i, opened) and not (
                        t.dep_ in ("advcl", "xcomp") and t.head.i == getattr(verb, "i", -1)
                        and any(x.tag_ == "TO" for x in t.children)):
                return False
            t = t.head
        return t.i in (head.i, getattr(verb, "i", -1))

    def _prize_token(self, p: Parsed, tok) -> bool:
        """Whether a token names a prize ("four Oscars", "4 statuettes")."""
        a = p.arg_at(tok.i)
        if a is not None and a.kind == "award":
            return True
        return any(tok.lower_ in pz.get("words", ()) for pz in _words()["prizes"].values())

    def _family(self, eid: str) -> Optional[str]:
        from ..kb.awards import award_family
        e = self.kb.entity(eid)
        return award_family(self.kb, eid) if e is not None and e.type == "award" else None

    def _owner(self, p: Parsed, toks) -> Optional[str]:
        """Whose career a superlative is over ("of Baker's career", "his highest-grossing")."""
        for t in toks:
            if t.dep_ == "poss":
                who = self._who(p, t, ("person",))
                if who:
                    return who
        return None

    def _meets(self, spec: dict, f: dict) -> bool:
        w = _words()
        for name in spec.get("prizes", ()):
            ents, words, top_of = _prize_table(w, name)
            if not (not ents.isdisjoint(f["ids"])
                    or any(_phrase_in(x, f["seq"]) for x in words)
                    or (top_of and not (top_of.isdisjoint(f["ids"])
                                        and top_of.isdisjoint(f["passage"]))
                        and any(_phrase_in(x, f["seq"]) for x in w.get("top_prize", ())))):
                return False
        if "count" in spec and f["count"] != spec["count"] and not (
                f["count"] is None and spec.get("most") and f.get("most")):
            return False
        if "per" in spec and not set(spec["per"]) & f["per"]:
            return False
        if "class" in spec and not set(spec["class"]) & f["cls"]:
            return False
        if spec.get("since") and not f["since"]:
            return False
        if "words" in spec and not any(_phrase_in(x, f["seq"]) for x in spec["words"]):
            return False
        if "consecutive" in spec and not any(_phrase_in(x, f["seq"])
                                             for x in spec["consecutive"]):
            return False
        if spec.get("superlative"):
            if not f["superlative"]:
                return False
            # "the highest-grossing Palme d'Or winner" measures money, not wins: a spec that
            # lists its superlatives (`degrees`) takes no other
            if "degrees" in spec and f.get("degree") is not None and f["degree"] not in {
                    "".join(x.replace("-", " ").split()) for x in spec["degrees"]}:
                return False
            if "scope" in spec and not any(_phrase_in(x, f["seq"]) for x in spec["scope"]):
                return False
            if "owner" in spec and f["owner"] != spec["owner"]:
                return False
        elif f["superlative"]:
            return False
        return True

    def _before(self, p: Parsed, head, verb) -> Optional[str]:
        """A bound that ends the record's count ("Before Baker, Disney was the only ..."),
        said on the record's head, its achievement verb or the verb it is the complement of:
        the holder it names, "" when it names none the KB knows, None when there is none."""
        words = set(_words().get("before", ()))
        # (or on a word of the achievement's own phrase, where the parser may hang a trailing
        # bound: "only Disney had won four Oscars in a single night before Baker" puts it
        # under "night")
        govs = {t for t in (head, verb, head.head) if t is not None}
        if verb is not None:
            govs |= {t for t in verb.subtree if t.dep_ == "pobj" and t.head.head == verb}
        for gov in sorted(govs, key=lambda t: t.i):
            for c in gov.children:
                if (c.dep_ in ("prep", "advmod") and c.lower_ in words) or (
                        c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in words
                                                  for x in c.children)):
                    named = [a for a in (p.arg_at(t.i) for t in c.subtree)
                             if a is not None and a.entity and a.kind in ("film", "person")]
                    return named[0].entity if named else ""
        return None

    def _bound(self, p: Parsed, since, toks) -> tuple[Optional[int], Optional[str]]:
        """The year and the holder a "since" phrase names."""
        if since is None:
            return None, None
        sub = [t for t in (since.head if since.dep_ == "mark" else since).subtree]
        later = [t for t in toks if t.i > since.i] if since.lower_ in _words().get(
            "since", ()) else []   # a "since" clause holds its own bound
        named = [a for a in (p.arg_at(t.i) for t in sub + later[:4])
                 if a is not None and a.entity and a.kind in ("film", "person")]
        # "since Terrence Malick's The Tree of Life": the film is the earlier holder
        ent = next((a.entity for a in named if a.kind == "film"), None) or \
            next((a.entity for a in named), None)
        # "since Parasite in 2019": a date phrase right after the bound's phrase dates the
        # bound, wherever the parser hangs it
        after = p.doc[since.right_edge.i + 1] if since.dep_ != "mark" and \
            since.right_edge.i + 1 < len(p.doc) else None
        dated = [t for t in after.subtree] if after is not None and after.dep_ == "prep" \
            and ent is not None and after.lower_ in ("in", "of") else []
        year = next((_year(t) for t in sub + later + dated if _year(t)), None)
        return year, ent

    # -- a category's first winner ----------------------------------------------------------------
    def _first_winners(self, p: Parsed, hedged: bool) -> list[Claim]:
        out = []
        heads = set(lexicon().categories.get("heads", ()))
        for tok in p.doc:
            if tok.lower_ != "first" or tok.dep_ != "amod":
                continue
            h = tok.head
            cat = h if h.lower_ in heads else next(
                (c for c in h.children if c.dep_ in ("nmod", "compound") and c.lower_ in heads
                 and c.i > tok.i), None)
            if cat is None or not any(c.lower_ == "best" and c.i > tok.i for c in cat.children):
                continue   # "first" after "Best" is the category's own word ("Best First Feature")
            best = min(c.i for c in cat.children if c.lower_ == "best" and c.i > tok.i)
            if best != tok.i + 1:
                continue   # "the first non-English-language Best Picture winner": a word
                # between narrows the winners to a part the KB cannot single out
            if any(c.dep_ in CLAUSES or (c.dep_ == "prep" and c.i > cat.i) for c in h.children):
                continue   # "the first Best Actor to ...", "the first Best Picture since ..."
            if any(c.dep_ == "poss" for x in {h, cat} for c in x.children):
                continue   # "Nolan's first Best Picture winner", "A24's first": the owner's
                # first, not the category's first edition
            rel = lexicon().noun(h.lemma_.lower()) if h is not cat else None
            if h is not cat and (rel is None or rel.polarity != "won"):
                continue   # "the first Best Film Editing nominee": a first of another kind
            if h is cat and h.dep_ == "appos":
                htok = h.head
            elif h.dep_ in ("attr", "appos") and h is not cat:
                htok = subject_token(h.head) if h.dep_ == "attr" else h.head
            elif h.dep_ == "attr":
                htok = subject_token(h.head)
            elif h.dep_ == "nsubj" and h.head.lemma_ == "be":
                # "The first Best Picture winner was Wings": the copula's complement
                htok = next((c for c in h.head.children if c.dep_ == "attr"), None)
                if htok is None:
                    continue
            else:
                continue
            who = self._who(p, htok)
            phrase = p.doc[min(c.i for c in cat.subtree if c.i > tok.i):cat.i + 1].text
            fam, assumed = self._context_family(p), False
            if fam is None:   # no show in the passage: read as the Oscars, to support only
                fam, assumed = lexicon().families.get("oscars"), True
            award = resolve_category(self.kb, fam, phrase) if fam else None
            if not who or not award:
                continue
            cers = {f.qualifiers.get("ceremony") for f in
                    self.kb.facts(predicate="award_received", object_entity=award)}
            dated = [(e.year, c) for c in cers if c and (e := self.kb.entity(c)) and e.year]
            if not dated:
                continue
            lo = min(htok.i, tok.i - 1 if tok.i and p.doc[tok.i - 1].lower_ == "the" else tok.i)
            out.append(self._claim(
                p, lo, cat.i + 1, "award", who, "award_received",
                EntityRef(award, self.kb.label(award)), hedged, kind="award", award=award,
                family=fam, polarity="won", ceremony=min(dated)[1], year=None, for_work=None,
                family_assumed=assumed))
        return out

    def _context_families(self, p: Parsed) -> list[str]:
        """The award families (festivals, shows) the sentence's paragraph names."""
        a = self.awards
        if a is None:
            return []
        return list(a.para_families.get(p.sentence.paragraph, ())) or \
            [x for x in (a.last_family,) if x]

    def _context_family(self, p: Parsed) -> Optional[str]:
        a = self.awards
        if a is None:
            return None
        fams = a.para_families.get(p.sentence.paragraph)
        return fams[-1] if fams else a.last_family or a.lead_family

    # -- ratings ----------------------------------------------------------------------------------
    def _ratings(self, p: Parsed, hedged: bool) -> list[Claim]:
        out = []
        r = _words().get("ratings", {})
        values, cues = set(r.get("values", ())), set(r.get("cues", ()))
        for tok in p.doc:
            value = tok.text.rstrip(".")
            if value not in values:
                continue
            cue = next((c for c in tok.children if c.lower_ in cues), None)
            up = tok
            for _ in range(2):   # "rated R", "rated it PG-13" (the rating hung on "it")
                if cue is None and up.head.i != up.i:
                    up = up.head
                    cue = up if up.lower_ in cues else None
            if cue is None:
                continue
            if self._rated_elsewhere(p, cue, tok):
                continue   # "rated PG-13 in Canada": another country's board, not the MPA's
            if cue.dep_ == "amod":            # "the R-rated comedy": said of the noun
                holder = cue.head if cue.head.i != tok.i else None   # "Rated R" (a heading)
            elif cue.pos_ == "NOUN":          # "an R rating", "its R rating", "X has an R rating"
                holder = next((c for c in cue.children if c.dep_ == "poss"), None)
                if holder is None and cue.head.i != cue.i and cue.dep_ == "dobj":
                    holder = subject_token(cue.head)
                    if holder is not None and p.arg_at(holder.i) is not None and \
                            p.arg_at(holder.i).kind not in ("film", "work"):
                        holder = next((c for c in cue.head.children if c.dep_ == "dative"),
                                      None)   # "the MPA gave Anora an R rating"
            else:                             # "is rated R", "the MPA rated it PG-13"
                holder = next((c for c in cue.children if c.dep_ == "nsubjpass"), None) or \
                    next((c for c in cue.children if c.dep_ == "dobj"), None)
            # a holder the sentence names must be a KB film (a title the KB lacks is never
            # read as the passage's film); with none named, the passage's film is meant
            film = self._who(p, holder, ("film",)) if holder is not None else \
                self.res.film(p.sentence)
            if not film:
                continue
            lo = min(tok.i, cue.i)
            subj = next((c for c in cue.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subj is not None:
                lo = min(lo, subj.left_edge.i)
            if holder is not None and holder.i < lo and cue.i - holder.i <= 6:
                lo = holder.i   # "Anora carries an R rating"
            out.append(self._claim(p, lo, max(tok.i, cue.i) + 1, "production", film,
                                   "mpa_rating", value, hedged, kind="rating", rating=value))
        return out

    @staticmethod
    def _rated_elsewhere(p: Parsed, cue, tok) -> bool:
        """Whether a rating is said of a country other than the MPA's ("rated PG-13 in
        Canada"): a place after one of the crew section's `territory_preps` on the cue or the
        rating, which is not the United States (the dates section's `countries` names it)."""
        preps = set(lexicon().section("crew").get("territory_preps") or ())
        us = {w for w, cid in (lexicon().dates.get("countries") or {}).items()
              if cid == "united-states"}
        for h in (cue, tok):
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in preps:
                    continue
                for o in c.children:
                    a = p.arg_at(o.i)
                    if o.dep_ == "pobj" and a is not None and a.kind in ("place", "group") and \
                            a.entity != "united-states" and a.text.lower().removeprefix(
                                "the ") not in us:
                        return True
        return False

    # -- years without a prize --------------------------------------------------------------------
    def _no_prizes(self, p: Parsed, hedged: bool) -> list[Claim]:
        s = p.sentence
        fest = next((f for at, f in self._festivals if s.start - 600 <= at < s.end and f), None)
        if fest is None:
            return []
        np = _words().get("no_prize", {})
        nouns = set(np.get("nouns", ()))
        verbs = [tuple(v.split()) for v in np.get("verbs", ())]
        given = [tuple(v.split()) for v in np.get("given_verbs", ())]
        bounds = set(np.get("bound_preps", ()))
        prize = _words().get("no_prize", {}).get("festivals", {}).get(fest)

        def said(verb, vs):
            return any(verb.lemma_.lower() == v[0] and all(
                any(c.lower_ == x for c in verb.children) for x in v[1:]) for v in vs)

        out, seen = [], set()
        for tok in p.doc:
            a = p.arg_at(tok.i)
            # the festival, its edition or its prize by name ("Cannes was cancelled", "No
            # Palme d'Or was awarded"), at the name's head
            named = a is not None and a.entity and a.head == tok.i and (
                a.entity in (fest, prize) or award_family(self.kb, a.entity) == fest)
            if tok.lemma_.lower() not in nouns and not named:
                continue
            span = range(a.first, a.last) if named else [tok.i]
            bounded = any(p.doc[i].lower_ in bounds for i in clause_of(tok.head))
            if any(c.lower_ == "no" and c.dep_ == "det" for i in span
                   for c in p.doc[i].children):
                if bounded:
                    continue   # "no Palme was handed to Anora in 2023": not the year's none
                verb = tok.head   # "there was no festival in 1948 or 1950"
                anchor = min(span) - 1
            elif tok.dep_ in ("nsubjpass", "nsubj") and said(tok.head, verbs):
                verb = tok.head   # "the 2020 festival was cancelled"
                anchor = tok.left_edge.i
            elif tok.dep_ == "nsubjpass" and said(tok.head, given) and any(
                    c.dep_ == "neg" for c in tok.head.children) and not bounded:
                # "the Palme d'Or was not handed out in 1968" (not "... to a woman until 1993",
                # which bounds a span: the record family's)
                out += self._no_prize_claims(p, tok, tok.head, tok.left_edge.i, fest, hedged,
                                             seen)
                continue
            else:
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue   # "was never cancelled"
            out += self._no_prize_claims(p, tok, verb, anchor, fest, hedged, seen)
        return out

    def _no_prize_claims(self, p: Parsed, tok, verb, anchor: int, fest: str, hedged: bool,
                         seen: set) -> list[Claim]:
        """One claim of a year without the festival's prize per year the clause gives."""
        out = []
        years = [(i, _year(p.doc[i])) for i in sorted(clause_of(tok)) if _year(p.doc[i])]
        years += [(i, _year(p.doc[i])) for i in sorted(clause_of(verb))
                  if _year(p.doc[i]) and (i, _year(p.doc[i])) not in years]
        idx = [anchor] + [i for i, _y in years] + ([verb.i] if verb.i > anchor else []) + \
            [c.i for c in verb.children if c.dep_ == "prt" and verb.i > anchor]
        lo, hi = min(idx), max(idx) + 1
        for i, y in years:
            if y in seen:
                continue
            seen.add(y)
            out.append(self._claim(p, max(lo, 0), hi, "festival", fest, "not_awarded",
                                   str(y), hedged, kind="no_prize", year=y))
        return out


def record_period(head, govs) -> Optional[str]:
    """The words of a period a record is said over that is neither a "since" bound nor a span
    back from the writing (`records.periods`: "the second film this century", "the first of
    the 21st century", "the only one of the 1990s"), hung on one of `govs` (a modifier of the
    head itself counts after it only: "the 1990s film" is the class), or None. The KB keeps
    no list by such a period: the record is checked only as far as saying it cannot tell."""
    w = _words()
    units = set(w.get("periods", ()))   # (not "year": "of its year" is its edition)
    preps = set(w.get("period_prepositions", ()))

    def decade(t) -> bool:   # "the 1990s", "the '90s"
        core = t.lower_.lstrip("'")
        return core.endswith("s") and core[:-1].isdigit() and len(core) in (3, 5)
    for g in govs:
        for c in g.children:
            if c.i < head.i and g is head:
                continue
            if c.dep_ in ("npadvmod", "appos") and (c.lemma_.lower() in units or decade(c)):
                return " ".join(t.text for t in c.subtree)   # "this century"
            if c.dep_ == "prep" and c.lower_ in preps and any(
                    o.dep_ == "pobj" and (o.lemma_.lower() in units or decade(o))
                    for o in c.children):
                return " ".join(t.text for t in c.subtree)   # "of the 21st century"
    return None


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    """Nouns that name a person by what they are (the lexicon's age descriptions: actress,
    director, ...), less the holder nouns a film may be too ("winner", "nominee")."""
    lex = lexicon()
    return frozenset(set(lex.ages.get("descriptions") or {})
                     - set(lex.qualifiers.get("holder_nouns", ())))


def _after_works(p: Parsed, heads) -> list:
    """The arguments an "after" phrase on any of `heads` names ("his second win, after The
    Pianist"): the earlier prizes' works. An "after" inside a name is a word of that name, no
    phrase ("for One Battle After Another, his third Oscar")."""
    return [x for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "after"
            and p.arg_at(c.i) is None
            for o in c.children if o.dep_ == "pobj" if (x := p.arg_at(o.i)) is not None]


def gap_bound(p: Parsed, noun) -> Optional[dict]:
    """The bound that makes "his first Oscar" the end of a drought, not a career's first: a
    "since" phrase ("his first win since 2009", "... since Milk") or a span ("his first Oscar in
    17 years", "in more than a decade", lexicon `records.spans`) on the prize noun, or on the
    verb it is the object or complement of ("It was his first Oscar in 17 years"). None without
    one; {} for a bound that names nothing to measure ("in years"); else one of
    {"years", "how"}, {"since_year"}, {"since_work"}."""
    w = _words()
    spans = w.get("spans", {})
    units = spans.get("units", {})
    heads = [noun] + ([noun.head] if noun.dep_ in ("attr", "dobj", "npadvmod", "appos", "oprd",
                                                   "ccomp", "xcomp")
                      and noun.head.pos_ in ("VERB", "AUX") else [])
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        if prep.lower_ in w.get("since", ()):
            year = next((_year(t) for t in prep.subtree if _year(t)), None)
            if year:
                return {"since_year": year}
            film = next((a.entity for t in prep.subtree if (a := p.arg_at(t.i)) is not None
                         and a.kind == "film" and a.entity), None)
            return {"since_work": film} if film else {}
        if prep.lower_ not in spans.get("prepositions", ()):
            continue
        unit = next((t for t in prep.subtree if t.dep_ == "pobj"
                     and t.lemma_.lower() in units), None)
        if unit is None:
            continue
        num = next((c for c in unit.children if c.dep_ == "nummod"), None)
        k = number_value(num) if num is not None else (
            1 if any(c.lower_ in ("a", "an") for c in unit.children) else None)
        if not k:
            return {}
        near = {t.lower_ for t in prep.subtree if t.i < unit.i and t is not num}
        how = "under" if near & set(spans.get("under", ())) else \
            "over" if near & set(spans.get("over", ())) else None
        return {"years": int(k * units[unit.lemma_.lower()]), "how": how}
    return None


def _on_nth(noun) -> bool:
    """Whether a nomination noun is what a win came on ("won on his fifth nomination", lexicon
    `qualifiers.nomination_ordinals`): a slot of the win, not a record of its own."""
    lx = lexicon().qualifiers.get("nomination_ordinals") or {}
    return noun.dep_ == "pobj" and noun.head.lower_ in set(lx.get("preps", ())) and \
        noun.head.head.pos_ in ("VERB", "AUX")


def _degree(word) -> str:
    """The superlative a record word says, its hyphens and spaces dropped ("highest-grossing"
    -> "highestgrossing", "most" -> "most")."""
    return "".join(t.text for t in word.subtree if t.text != "-").lower()


def _record_verb(head, verbs: set):
    """(verb, record noun) when a superlative's "for" phrase names a record noun
    (`records.all_time_nouns`) that one of `verbs` takes as its object ("tied the record for
    the most nominations", "holds the record for ..."; the parser hangs the "for" on the noun
    or on the verb), else None."""
    if head.dep_ != "pobj" or head.head.lower_ != "for":
        return None
    nouns = set(_words().get("all_time_nouns", ()))
    up = head.head.head
    if up.lemma_.lower() in nouns and up.dep_ == "dobj" and up.head.lemma_.lower() in verbs \
            and up.head.pos_ == "VERB":
        return up.head, up
    if up.pos_ == "VERB" and up.lemma_.lower() in verbs:
        noun = next((c for c in up.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in nouns), None)
        return (up, noun) if noun is not None else None
    return None


def _tied_record(head):
    """The verb of sharing (`records.ties`) whose record noun a superlative's "for" phrase
    names ("tied the record for the most nominations", "matched the record for most
    nominations"), or None."""
    w = _words()
    got = _record_verb(head, set(w.get("ties", ())))
    if got is None:
        return None
    verb, noun = got
    # a condition or a class on the record ("... without a single win", "... among debut
    # features") makes it another record than the all-time top
    keep = set(w.get("tied_record_preps", ()))
    if any(c.dep_ == "prep" and c.lower_ not in keep
           for x in (verb, noun, head) for c in x.children):
        return None
    return verb


def _held_record(head):
    """The verb that says its subject holds (`records.held_by`, active) the record noun a
    superlative's "for" phrase names ("holds the record for the most acting nominations"), or
    None."""
    got = _record_verb(head, set(_words().get("held_by", ())))
    return got[0] if got is not None else None


def _stated_value(p: Parsed, head) -> Optional[int]:
    """The bare number a sentence gives as an edition's count record ("Most wins at the 97th
    Academy Awards: Anora, with five", "Anora won the most Oscars of the night, with five"):
    a number alone under "with", after the record's words, that counts nothing of its own.
    None when there is none, or more than one."""
    nums = [t for t in p.doc if t.i > head.i and t.dep_ == "pobj" and t.head.lower_ == "with"
            and t.pos_ == "NUM" and t.like_num and not list(t.children)
            and getattr(p.arg_at(t.i), "kind", "cardinal") == "cardinal"]
    if len(nums) != 1:
        return None
    n = number_value(nums[0])
    return int(n) if n is not None and 0 < n < 200 else None


def _stated_tally(p: Parsed, key: str) -> Optional[tuple]:
    """(n, noun) of the one counted noun of the record's kind the sentence states beside a
    person's all-time record ("the most-nominated actress in Oscar history, with 21
    nominations", "Meryl Streep, with 21 nominations, is ..."): nominations for the most
    nominated, prizes for the most awarded; None when it states none, or more than one."""
    from .awards.readings import _counted_kinds
    want = "nomination" if key == "most_nominations" else "award"
    got = [t for t in p.doc if t.i not in p.titles and _counted_kinds([t]) == [want]]
    if len(got) != 1:
        return None
    n = next(number_value(c) for c in got[0].children
             if c.dep_ == "nummod" and number_value(c) is not None)
    return (int(n), got[0]) if n == int(n) else None


def _tally_over_everyone(v):
    """The counted noun of `v` a comparative set off after it ranks above everyone's
    ("received 13 nominations, more than any other film", "won seven, more than anyone"):
    the noun (its number on it), or None. A field a class narrows ("than any other living
    actress") ranks over that class only, which no edition's record decides."""
    every = set(lexicon().section("accounting").get("degree_universals", ())) | {"every"}
    plain = every | {"other", "else", "single"}
    for noun in (c for c in v.children if c.dep_ in ("dobj", "pobj", "attr")):
        for cmp in (c for c in set_off_comparatives(noun, v) if c.lower_ == "more"):
            for than in (c for c in cmp.children if c.dep_ == "prep" and c.lower_ == "than"):
                for o in (c for c in than.children if c.dep_ == "pobj"):
                    mods = [m for m in o.children if m.dep_ in ("det", "amod", "compound",
                                                                 "predet", "advmod")]
                    if (o.lower_ in every or any(m.lower_ in every for m in mods)) and all(
                            m.lower_ in plain for m in mods) and not any(
                            c.dep_ in ("prep", "relcl", "acl") for c in o.children):
                        return noun
    return None
