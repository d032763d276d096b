"""The cast family: who plays whom, and how the story's characters are related.

- frames of the lexicon's `play` relation: "Jane Roe plays Ani", "Ani, played by Jane Roe",
  "she was cast as Ani"; a character the parser hangs on the cue loosely ("plays Vanya, and
  ...") or an actor it reads as the cue's compound ("Jane Roe stars as Ani") still fills it;
- 'as' phrases: "Jane Roe is sensational as Ani", "A and B turn up as Vanya's parents, Nikolai
  and Galina", "the cast includes Jane Roe as the dancer Diamond" (an 'as' phrase is said of
  the verb's object when it has a person object, else of its subject);
- "in the title role" (lexicon `part_preps` with a role noun a title word qualifies): an 'as'
  phrase naming the film's title character ("Anora stars Jane Roe in the title role");
- an 'as' phrase read of a name inside another preposition's phrase ("the second act belongs
  to Jane Roe as Ani") confirms only, unless nothing else can take it (`_lone_pair`: no other
  person in the sentence, and the KB has her in the cast of Ani's film);
- layouts: "Jane Roe (Ani)", "Ani (Jane Roe)" (a parenthetical apposition), and an identity
  verb of the lexicon ("Jane Roe is Ani");
- cast members: lists ("Anora stars A and B", "Cast: A, B", "Starring: A, B"; a name the KB
  lacks is a member of its own) and partners ("plays Vanya opposite A", "A, alongside B,
  stars in X"), each a claim of its own that can only be confirmed (verify/filmography.py:
  credits only behind the camera confirm no place in the cast);
- a character named by its relation in the story ("plays Vanya's father") is the one the KB's
  story relations name; "the actress"/"she" stands for the actor the passage is about (support
  only);
- an actor the KB does not know is still an argument (`actor_name`): a character whose actor
  the KB holds can refute the name ("Toros, played by Ilse Varga": the KB knows who plays
  Toros) unless the name is a spelling of the actor's;
- story relations between characters ("Toros, Vanya's godfather", "Toros's brother Garnick",
  "Garnick is Toros's brother"): a relation claim about the film (category plot).

Words beyond the verbs are the lexicon's `cast` section (actor nouns, identity verbs, relation
nouns).
"""
from __future__ import annotations

from typing import Optional

from ..nlp import surface_forms
from ..model import Claim, EntityRef
from .context import described_character, related_character, sole_relative, tie_in_description
from .frames import (NEGATIONS, RELATIVE, SUBJ_DEPS, Filler, Frame, _modal, _negated, conjuncts,
                     fell_short, first_conjunct, hyphen_word)
from .parse import Arg, Parsed, lexicon

PRONOUNS = {"he": "he", "she": "she"}
OBJECT_PRONOUNS = {"him": "he", "her": "she"}   # as an object only ("praised her for")
# as the possessor of a played part only ("her turn as Ani")
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}
DASHES = frozenset({"\u2014", "\u2013", "--"})   # a dash that sets a phrase off
# an 'as' phrase is said of the subject of the clause it hangs in: up from a predicate noun or
# adjective ("is a scene-stealer as Garnick") or an infinitive ("has little to do as ...")
CLIMB_DEPS = frozenset({"attr", "acomp", "oprd", "dobj", "relcl", "xcomp", "advcl", "conj"})
# ... or from a prepositional phrase ("won praise for her work as Ani", "nominated for playing
# Ani"): a looser reading, which may support a pair but never refute one
FAR_DEPS = frozenset({"pcomp", "prep", "pobj"})
# where the parser hangs a character a cast verb takes as its object when it misreads it
# ("plays Vanya, and ...": Vanya as an adverbial)
LOOSE_OBJECT_DEPS = frozenset({"advmod", "npadvmod", "dep", "oprd"})
# the links by which the parser may join the names of a list it misreads ("A, B and C")
LIST_DEPS = frozenset({"conj", "appos", "nmod", "compound"})
# where a cast verb holds the part its subject plays, outside any 'as' phrase ("plays a dancer",
# "is Igor")
OWN_PART_DEPS = frozenset({"dobj", "attr"})


def _words() -> dict:
    return lexicon().section("cast")


_FORMS: dict[tuple, frozenset] = {}


def _all_forms(lemmas) -> frozenset:
    """Every surface form of any of the lemmas (`surface_forms` of each, joined once per list:
    the cast cues are asked of every token of a sentence)."""
    key = tuple(lemmas)
    got = _FORMS.get(key)
    if got is None:
        got = _FORMS[key] = frozenset().union(*map(surface_forms, key))
    return got


# entity types a nickname never has: a date, time or number after "by"/"as"
_NOT_A_NAME = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY",
                         "PERCENT"})

class CastReader:
    def __init__(self, kb, resolver, text: str):
        self.kb = kb
        self.res = resolver
        self.text = text
        self._present: dict = {}
        self._args = None   # the sentence `_members` reads

    def _films_of(self, char: str) -> set:
        """The films a KB character is played in."""
        return {f.qualifiers.get("film") for f in self.kb.facts(
            subject=char, predicate="played_by")} - {None}

    def _maker_not_player(self, char: str, person: str) -> bool:
        """Whether a KB person holds a credit other than a part on the film a character
        belongs to, and plays no part in it: the name beside the character's is the film's, and
        the person its maker."""
        films = self._films_of(char)
        credits = [f for film in films for f in self.kb.facts(subject=film)
                   if f.value == person]
        return bool(credits) and all(f.predicate not in ("cast_member", "voice_actor")
                                     for f in credits) and not any(
            f.value == person for f in self.kb.facts(subject=char, predicate="played_by"))

    def _story_in_text(self, char: str) -> bool:
        """Whether the film a KB character belongs to is in the text: the film itself, or
        another of its characters or people, is named. "Igor" alone, in a piece about no film
        of his, may be anyone's Igor."""
        films = self._films_of(char)
        if not films:
            return True
        key = frozenset(films)
        if key not in self._present:
            named = {m.entity.id for m in self.res.mentions if m.entity is not None} - {char}
            self._present[key] = bool(named & films) or any(
                f.subject in films or f.qualifiers.get("film") in films
                for e in named for f in self.kb.facts_involving(e))
        return self._present[key]

    # -- characters and actors -------------------------------------------------------------
    def _relation_word(self, tok) -> Optional[str]:
        """The story relation a noun names; none for a longer word hyphens make of it
        ("brother-in-law", "half-brother" are not "brother")."""
        rels = _words().get("relation_nouns") or {}
        rel = rels.get(tok.lower_) or rels.get(tok.lemma_.lower())
        # (the hyphens are read only for a word that names a relation: most tokens do not)
        if not rel or hyphen_word(tok) != tok.lower_:
            return None
        return rel

    def _character(self, p: Parsed, fl: Filler) -> tuple[Optional[str], Optional[Arg], int]:
        """(character id, its argument, last token) for a filler: a character mention, one in
        apposition to a common noun ("his brother Garnick"), the film's title character, or a
        relation ("Vanya's father")."""
        doc = p.doc
        a = fl.arg
        if a is not None and a.kind == "character":
            return a.entity, a, a.last - 1
        tok = doc[fl.token]
        if a is None and tok.pos_ == "NOUN":   # "his brother Garnick"
            for c in tok.children:
                ca = p.arg_at(c.i)
                if c.dep_ == "appos" and ca is not None and ca.kind == "character":
                    return ca.entity, ca, ca.last - 1
            ca = p.given_name(tok)   # "a waitress named Ani"
            if ca is not None:
                return ca.entity, ca, ca.last - 1
        if a is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in set(
                _words().get("character_nouns") or ()):
            # "the character of Igor is played by ...": the noun's 'of' phrase names the part
            for o in (o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"):
                oa = p.arg_at(o.i)
                if oa is not None and oa.kind == "character":
                    return oa.entity, oa, oa.last - 1
        # "Ani, a dancer from Brighton Beach played by ...": up the apposition to the name
        t = tok
        for _ in range(4):
            if t.dep_ not in ("pobj", "prep", "appos", "compound") or t.head.i == t.i:
                break
            t = t.head
            ta = p.arg_at(t.i)
            if ta is not None and ta.kind == "character":
                return ta.entity, ta, ta.last - 1
        rel = self._relation_word(tok)
        if rel:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            oa = p.arg_at(owner.i) if owner is not None else None
            if oa is not None and oa.kind == "character" and oa.entity:
                who = self._related(p, oa.entity, rel)
                return who, None, tok.i
            film = self.res.film(p.sentence) if _bare_relative(tok) and rel in set(
                _words().get("bare_relations") or ()) else None
            who = sole_relative(self.kb, film, rel) if film else None
            if who:   # "plays the father": the one father the film's story ties name
                return who, None, tok.i
        described = self._kb_described(p, tok) if a is None else None
        if described:   # "the oligarch's son is played by ...": the one the KB describes so
            return described, None, tok.i
        titles = set(lexicon().section("plot").get("title_words") or ())
        if tok.lower_ in ("character", "role", "part") and any(
                c.lower_ in titles for c in tok.children):
            film = self.res.film(p.sentence)
            e = self.kb.entity(film) if film else None
            got = self.kb.entities_by_name(e.label, type="character") if e else []
            if len(got) == 1:
                return got[0].id, None, tok.i
        return None, None, tok.i

    def _group_member(self, p: Parsed, tok, actor: str, atok) -> Optional[str]:
        """The character a group kin noun with a named owner stands for ("Vanya's parents":
        his father and his mother, `plot.group_kin`) whom the KB has `actor` play; else None,
        and None for all when one of the actors listed with `actor` (the conjuncts of `atok`)
        plays none of them ("... by A and B" with B in another part: the list is not read)."""
        groups = lexicon().section("plot").get("group_kin") or {}
        rels = groups.get(tok.lower_) or groups.get(tok.lemma_.lower())
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        oa = p.arg_at(owner.i) if owner is not None else None
        if not rels or oa is None or oa.kind != "character" or not oa.entity:
            return None
        members = {m for r in rels if (m := self._related(p, oa.entity, r))}
        players = {f.value: m for m in members
                   for f in self.kb.facts(subject=m, predicate="played_by")}
        listed = {a.entity for t in conjuncts(first_conjunct(atok))
                  if (a := p.arg_at(t.i)) is not None}
        if actor not in players or not listed <= set(players):
            return None
        return players[actor]

    def _pronoun_part(self, p: Parsed, tok, actor: str) -> Optional[str]:
        """The character a pronoun in a cast clause's part stands for ("Ani ... Mikey Madison
        plays her", "Played by Yura Borisov, he ..."): the latest character named before it in its paragraph whose KB player is
        of the pronoun's gender, when the actor is of that gender and the KB has the actor play
        that character; else None (another reading is no claim: a pronoun refutes nothing)."""
        # (an object, "plays her"; a passive subject, "she is played by ..."; the subject a
        # fronted participle is said of, "Played by X, he ...")
        want = {"her": "f", "him": "m", "she": "f", "he": "m"}.get(tok.lower_)
        if want is None or tok.dep_ != ("dobj" if tok.lower_ in OBJECT_PRONOUNS else
                                        tok.dep_ if tok.dep_ in SUBJ_DEPS else "") \
                or self.res.gender(actor) != want:
            return None
        at = p.offset + tok.idx
        para = p.sentence.paragraph
        starts = [s.start for s in self.res.sentences if s.paragraph == para]
        since = min(starts) if starts else p.sentence.start
        named = sorted((m for m in self.res.mentions if m.entity_type == "character"
                        and since <= m.start < at), key=lambda m: m.start)
        for m in reversed(named):
            players = {f.value for f in self.kb.facts(subject=m.entity.id, predicate="played_by")}
            if any(self.res.gender(x) == want for x in players):
                return m.entity.id if actor in players else None
        return None

    def _kb_described(self, p: Parsed, tok) -> Optional[str]:
        """The character of the sentence's film the KB describes as the phrase at `tok` does
        ("the oligarch's son", "the club's manager"); `accounting.character_senses` widen the
        match, so a noun that may mean two of them names neither ("the dancer")."""
        film = self.res.film(p.sentence)
        vague = set(lexicon().section("accounting").get("character_vague") or ())
        if not film or tok.lemma_.lower() in vague:
            return None
        groups = lexicon().section("accounting").get("character_senses") or ()
        senses = {tok.lemma_.lower()}.union(*(set(g) for g in groups if tok.lemma_.lower() in g))
        return described_character(self.kb, film, tok, senses)

    def _related(self, p: Parsed, char: str, relation: str) -> Optional[str]:
        film = self.res.film(p.sentence)
        got = related_character(self.kb, film, char, relation) if film else None
        if got is None:
            # "Vanya's mother" after another film was named ("best known for Leviathan"):
            # the relation is told by the story of the film the character is in
            own = self._films_of(char) - {film}
            hits = {x for f in own if (x := related_character(self.kb, f, char, relation))}
            got = next(iter(hits)) if len(hits) == 1 else None
        return got

    def _reference(self, tok) -> Optional[tuple[str, Optional[str]]]:
        """("she", "she") for a pronoun, ("the actress", "she") for a definite actor noun as a
        subject: a reference to the actor the passage is about, and the pronoun it stands for
        ("the supporting actor Oscar" names no one)."""
        if tok.lower_ in PRONOUNS:
            return tok.lower_, PRONOUNS[tok.lower_]
        if tok.lower_ in OBJECT_PRONOUNS and tok.dep_ in ("dobj", "dative", "pobj"):
            return tok.lower_, OBJECT_PRONOUNS[tok.lower_]
        if tok.lower_ in POSSESSIVE_PRONOUNS and tok.dep_ == "poss" and tok.head.lemma_.lower() in set(
                (lexicon().qualifiers.get("played_part") or {}).get("nouns") or ()):
            return tok.lower_, POSSESSIVE_PRONOUNS[tok.lower_]
        nouns = _words().get("actor_nouns") or {}
        if tok.lower_ in nouns and tok.dep_ in SUBJ_DEPS and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return tok.lower_, nouns[tok.lower_]
        return None

    def _is_actor(self, p: Parsed, fl: Filler) -> bool:
        if fl.arg is not None:
            return fl.arg.kind == "person"
        return self._reference(p.doc[fl.token]) is not None

    def _known_for(self, p: Parsed, tok) -> tuple[bool, Optional[str]]:
        """("The 'Better Things' actor"): whether an actor noun names a work it is known for,
        and the one person the KB credits with that work (None when not one)."""
        works = [a.entity for c in tok.children if c.dep_ in ("compound", "nmod", "poss")
                 for a in [p.arg_at(c.i)] if a is not None and a.kind in ("film", "work")
                 and a.entity]
        if not works:
            return False, None
        people = {f.subject for f in self.kb.facts(predicate="notable_work",
                                                   object_entity=works[0])}
        people |= {f.value for f in self.kb.facts(subject=works[0], predicate="cast_member")}
        return True, next(iter(people)) if len(people) == 1 else None

    @staticmethod
    def _named_actor(p: Parsed, tok) -> Optional[Arg]:
        """The person an actor noun is set beside: its apposition ("the actress, Jane Roe,"),
        or, past its relative clause, a name the parser hangs on the clause's object ("the
        actor who plays Igor, Jane Roe, is ...": the name stands by the noun, not the part)."""
        cands = [c for c in tok.children if c.dep_ == "appos"] + [
            c for rel in tok.children if rel.dep_ == "relcl"
            for o in rel.children if o.dep_ in ("dobj", "attr", "pobj")
            for c in o.children if c.dep_ == "appos" and c.i > o.i]
        for c in cands:
            a = p.arg_at(c.i)
            if a is not None and a.kind == "person":
                return a
        return None

    def _actor(self, p: Parsed, fl: Filler) -> tuple[Optional[str], Optional[str], Optional[Arg], bool]:
        """(KB id, name as written, argument, weak): weak when read from a reference."""
        a = fl.arg
        if a is not None and a.kind == "person":
            return a.entity, None if a.entity else a.text, a, False
        tok = p.doc[fl.token]
        ref = self._reference(tok) if a is None else None
        if ref is not None and ref[0] in (_words().get("actor_nouns") or {}):
            named = self._named_actor(p, tok)
            if named is not None:   # "the actor who plays Igor, Jane Roe,": the name it stands by
                return named.entity, None if named.entity else named.text, named, False
            named, who = self._known_for(p, tok)
            if named:   # "the 'Better Things' actor": who the KB credits with that work
                return who, None, None, True
        if ref is not None:
            if any(x.kind == "person" and not x.known and x.last <= tok.i for x in p.args):
                return None, None, None, False
            return self.res.person(p.sentence, ref[1]), None, None, True
        return None, None, None, False

    # -- frames and layouts -> claims ------------------------------------------------------
    def sentence_claims(self, p: Parsed, frames: list[Frame], hedged: bool) -> list[Claim]:
        out = []
        for f in frames:
            if f.family != "cast" or f.irrealis or f.record:
                continue
            pool = f.roles.get("actor", []) + f.roles.get("character", [])
            cue = p.doc[f.cue]
            if _reduced_relative(p, cue):
                # "she meets Vanya, played by Jane Roe": the participle is said of the noun
                # phrase right before it, not of the clause's subject
                inside = {t.i for t in cue.subtree}
                above = {t.i for t in cue.head.subtree} - inside
                before = [a for a in p.args if a.head in above and a.last <= cue.i
                          and a.kind == "character" and p.doc[a.head].dep_ != "poss"]
                # ("Ani's sister, played by Jane Roe": the sister is played, not Ani)
                pool = [x for x in pool if x.token in inside or (
                    not self._is_actor(p, x) and (self._character(p, x)[0] or (
                        x.token == cue.head.i and cue.dep_ == "acl"
                        and _named_part(p, p.doc[x.token]) is not None)))]
                if before and not any(x.token not in inside for x in pool):
                    pool.append(Filler(before[-1].head, before[-1]))
            if not any(c.dep_ in SUBJ_DEPS for c in cue.children):
                # "praised Jane Roe for playing Ani": a cue with no subject of its own is said
                # of the person the clause above names (its object first), not of its subject
                inside = {t.i for t in cue.subtree}
                pool = [x for x in pool if x.token in inside or not self._is_actor(p, x)]
            pool += self._loose(p, f, pool)
            loose = False
            if not any(self._is_actor(p, x) for x in pool):
                # "was nominated for playing Ani": the gerund's actor is the clause's
                more, _verb, loose = self._as_actors(p, cue)
                pool += more
            # a filler's type decides its role when the verb alone does not ("The film stars
            # Jane Roe as Ani": the object is the actor, the 'as' phrase the character)
            actors = [x for x in pool if self._is_actor(p, x)]
            # "Opposite A, B plays X": a capitalised partner preposition the parser folds into
            # the name after it (a compound) makes that name the partner, not the one who
            # plays; B, a second subject or hung on A in apposition, is the subject
            actors = [y for x in actors for y in ([x] if not _partner_folded(p, x) else [
                Filler(c.i, p.arg_at(c.i)) for c in p.doc[x.token].children
                if c.dep_ == "appos" and c.right_edge.i == cue.i - 1
                and self._is_actor(p, Filler(c.i, p.arg_at(c.i)))])]
            # ... but a person in the actor role ("A plays opposite B as X": A) wins over one
            # in another role
            own = {y.token for y in f.roles.get("actor", [])}
            held = [x for x in actors if x.token not in own and p.doc[x.token].dep_ == "dobj"
                    and p.doc[x.token].head.i == cue.i and any(
                        c.dep_ == "prep" and c.lower_ == "as" for c in p.doc[x.token].children)]
            if held:
                # "A stars B as X": the object with an 'as' phrase of its own plays X; the
                # subject is the film (here a name the KB lacks: "Jane Roes Harbour Lights")
                actors = held
            elif any(x.token in own for x in actors):
                objects = {y.token for y in f.roles.get("character", [])}
                actors = [x for x in actors if x.token in own or x.token not in objects]
            # the film itself ("Anora stars ...") is neither; pairs go in reading order
            chars = [x for x in pool if x not in actors
                     and (x.arg is None or x.arg.kind == "character")]
            # a name the KB lacks in the character role ("Jane Roe plays Maren") once the
            # actor role is filled: a character of a film the KB may not know
            chars += [x for x in f.roles.get("character", []) if x not in actors and x not in chars
                      and x.arg is not None and x.arg.kind in ("person", "place", "org")
                      and not x.arg.entity
                      and x.token == x.arg.head and any(y.token in own for y in actors)]
            # "play Vanya's parents, Nikolai and Galina": a common noun with names in
            # apposition stands for each of them, so the two lists can pair in order
            chars = list({y.token: y for x in chars for y in self._apposed(p, x)}.values())
            if not chars and cue.dep_ == "advcl" and cue.tag_ == "VBN" and not any(
                    c.dep_ in SUBJ_DEPS for c in cue.children):
                # "Played by Yura Borisov, he is ...": a fronted participle is said of the
                # subject of the clause it is set before; a pronoun there stands for the part
                said = next((c for c in cue.head.children if c.dep_ in SUBJ_DEPS), None)
                if said is not None and said.lower_ in PRONOUNS and said.i > cue.i:
                    chars = [Filler(said.i, None)]
                    actors = [x for x in actors if x.token != said.i]
            actors.sort(key=lambda x: x.token)
            chars.sort(key=lambda x: x.token)
            # "neither A nor B plays X": a negative word on a filler denies the clause
            # ... but ", not Y" set off after the clause's part denies Y alone ("plays X, not
            # Y": X is said, Y denied), whichever word the parser hangs the 'not' on
            contra = [x for x in chars if x.arg is not None and x.arg.first > 0
                      and _contrasts(p, p.doc[x.arg.first - 1])]
            chars = [x for x in chars if x not in contra]
            # ... and "not A but B plays X" denies A alone: B is the one said to play X
            denied = [x for x in actors + chars if x.arg is not None and _denied(x.token, p)]
            alone = frozenset(x.token for x in denied if _contrasted_by_but(p.doc[x.token]))
            negated = f.negated or any(x.token not in alone for x in denied)
            # a person inside a character's phrase ("plays Ani and B, Igor" parsed as one
            # object): two clauses the parser ran together, so the pairing may only confirm
            # (the name an actor noun stands by is that actor: "the actor who plays Igor, Jane
            # Roe, ...")
            named = {n.head for a in actors if a.arg is None
                     for n in [self._named_actor(p, p.doc[a.token])] if n is not None}
            merged = any(_holds_person(p, x.token, cue.i, {a.token for a in actors} | named)
                         for x in chars) or _after_another_object(cue)
            # "stars A as X, ..., and B as Y": a character in an 'as' phrase on one of the
            # actors is that actor's part alone, whatever the other conjuncts play
            bound = {x.token: a for x in chars for a in actors if _as_of(p.doc[x.token]) == a.token}
            for x in chars:
                if x.token in bound:
                    out += self._pairs(p, [bound[x.token]], [x], hedged, negated,
                                       weak=loose or merged, denied=alone)
            for x in contra:
                out += self._pairs(p, actors, [x], hedged, True, weak=loose or merged)
            # "stars A as X, with B as Y": once each actor has the part of its own 'as'
            # phrase, an 'as' phrase on another named person (the one it hangs on, or the
            # name right before it where the parser hangs it on the verb) is that person's
            # part, not theirs (the 'as' phrases below pair it with its holder; "A plays
            # opposite B as X", A with no part of its own, stays A's)
            mine = {a.token for a in bound.values()}
            acts = {a.token for a in actors}
            holders = {x.token: _as_holder(p, p.doc[x.token]) for x in chars}
            mine |= {h for h in holders.values() if h in acts}
            if len(actors) == 1 and any(_as_of(p.doc[x.token]) == cue.i
                                        and holders[x.token] is None for x in chars):
                mine.add(actors[0].token)   # "A stars as X, with B as Y": the verb's own part
            if len(actors) == 1 and any(p.doc[x.token].head.i == cue.i and p.doc[x.token].dep_
                                        in OWN_PART_DEPS | LOOSE_OBJECT_DEPS
                                        and holders[x.token] is None for x in chars):
                # "A plays a dancer named X, alongside B as Y": the verb's object is A's part,
                # so the 'as' phrase on B is B's (also where the parser misreads the object as
                # an adverbial: "A plays X, with B as Y, C as Z")
                mine.add(actors[0].token)
            held = {x.token for x in chars if x.token not in bound and actors
                    and acts <= mine and holders[x.token] is not None
                    and holders[x.token] not in acts}
            chars = [x for x in chars if x.token not in held]
            rest = [x for x in chars if x.token not in bound]
            if len(actors) == 1 and actors[0].token not in mine:
                # "A stars opposite B as X", A with no part of its own: the 'as' phrase may be
                # A's or the partner's right before it. Where the KB gives the part to B, the
                # sentence is read as B's (to confirm only), never refuted as A's; where it
                # gives it to neither, both readings are false and A's stands
                for x in list(rest):
                    partner = self._partner_before(p, cue, x, actors[0])
                    if partner is None or holders[x.token] not in (None, partner.token):
                        continue
                    char = self._character(p, x)[0]
                    players = {f.value for f in self.kb.facts(subject=char,
                                                              predicate="played_by")} \
                        if char else set()
                    if self._actor(p, partner)[0] in players and \
                            self._actor(p, actors[0])[0] not in players:
                        rest.remove(x)
                        out += self._pairs(p, [partner], [x], hedged, negated, weak=True,
                                           denied=alone)
                if not rest:
                    continue
            if rest or not chars:
                taken = {a.token for a in bound.values()}
                out += self._pairs(p, [a for a in actors if a.token not in taken] or actors,
                                   rest, hedged, negated, weak=loose or merged, denied=alone)
        # a character a cast verb pairs is not paired again by an 'as' phrase or a layout
        # around it ("A plays opposite B as X": the verb says who plays X)
        taken = {_part(c) for c in out}
        out += [c for c in self._as_phrases(p, hedged) if _part(c) not in taken]
        taken = {_part(c) for c in out}
        out += [c for c in self._layouts(p, hedged) if _part(c) not in taken]
        taken = {_part(c) for c in out}
        out += [c for c in self._roles(p, hedged) if _part(c) not in taken]
        taken = {_part(c) for c in out}
        out += [c for c in self._possessed(p, hedged) if _part(c) not in taken]
        out = _one_per_character(out)
        rels = self._relations(p, hedged)
        for r in rels:
            # "Galina, Vanya's mother, is played by X": the relation names the character the
            # cast clause is about; one statement, one row (refuted when either part is)
            host = next((c for c in out if c.slots.get("kind") == "played_by"
                         and c.slots["subject"] == r.slots["x"]
                         and c.start <= r.start and r.end <= c.end), None)
            # only where the parts disagree: the story holds the relation and the KB names
            # another actor for the part (two true parts stay two rows)
            # (or the character's KB description tells it: "Lulu, Ani's friend")
            if host is not None and (related_character(
                    self.kb, r.slots["subject"], r.slots["y"], r.slots["relation"])
                    == r.slots["x"] or tie_in_description(
                        self.kb, r.slots["x"], r.slots["y"], r.slots["relation"])) \
                    and host.slots.get("actor") and host.slots["actor"] not in {
                    f.value for f in self.kb.facts(subject=r.slots["x"],
                                                   predicate="played_by")}:
                host.slots["group"] = r.slots["group"] = f"cast:{host.start}"
        out = _one_per_character(out + rels)
        # a member of a joining verb whose part the sentence names ("Rounding out the cast, A,
        # who plays X, ...") is said by the pair: its part is the claim
        actors = {c.slots.get("actor") for c in out if c.slots.get("actor")}
        out += [c for c in self._members(p, hedged)
                if not (c.slots.pop("joined", None) and c.slots["subject"] in actors)]
        paired = {c.slots.get("actor") for c in out} | {c.slots.get("subject") for c in out}
        return out + self._nicknames(p, hedged) + self._parts(p, frames, hedged, paired)

    # -- a part described, its film unsaid ---------------------------------------------------
    def _parts(self, p: Parsed, frames: list[Frame], hedged: bool, paired: set) -> list[Claim]:
        """"Jane Roe plays the younger sister", "the actor, cast as the godfather's son, ...":
        a part said by what it is, not by its character's name, in
        the film the passage is about (the sentence names no film). The player is in that film's
        cast (kind `part`: support only; the film was not said, the part cannot be matched)."""
        film = self._unsaid_film(p)
        if film is None:
            return []
        out = []
        clauses = [(p.doc[f.cue], f.roles.get("character", []), f.roles.get("actor", []))
                   for f in frames if f.family == "cast" and not (
                       f.irrealis or f.record or f.negated)]
        # "Jane Roe, the actor cast as the son": a participle of a casting verb on a noun is a
        # cast clause even where the frame builder found no role to fill
        framed = {f.cue for f in frames}
        clauses += [(t, [Filler(o.i, p.arg_at(o.i)) for c in t.children if c.dep_ == "prep"
                         and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"], [])
                    for t in p.doc if t.i not in framed and t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")
                    and t.lemma_.lower() in set(_words().get("object_verbs") or ())]
        for cue, chars, actors in clauses:
            if _modal(cue) or _negated(cue) or self._elsewhere(p, cue):
                continue
            if not (cue.tag_ in ("VBZ", "VBP") or cue.lemma_.lower() in set(
                    _words().get("object_verbs") or ())):
                continue   # "played a nurse": a part of the career, in any film
            descs = [x for x in chars if self._described(p, x)]
            if not descs:
                continue
            # (a person in the character role is the actor: "Jane Roe was cast as the son");
            # a name before a reference ("the actor")
            pool = actors + chars
            if cue.dep_ in ("acl", "relcl"):
                # "the Russian actor Mark Eydelshteyn, cast as the son": the noun it is said
                # of, and the name set beside it
                head = cue.head
                pool += [Filler(t.i, p.arg_at(t.i)) for t in [head] + [
                    c for c in head.children if c.dep_ == "appos"] + (
                    [head.head] if head.dep_ == "appos" else [])]
            named = [x for x in pool if x.arg is not None and x.arg.kind == "person"]
            # ("The Russian actor, cast as the son, ...": the actor the passage is about)
            actors = named or [x for x in pool if self._is_actor(p, x)][:1]
            out += self._part_claims(p, actors, cue, max(p.doc[d.token].right_edge.i
                                                         for d in descs), film, hedged, paired)
        return out

    def _unsaid_film(self, p: Parsed) -> Optional[str]:
        """The film the passage is about, when the sentence names no film or work (one named
        may be where the part is)."""
        if any(a.kind in ("film", "work") for a in p.args):
            return None
        return self.res.film(p.sentence)

    @staticmethod
    def _elsewhere(p: Parsed, v) -> bool:
        """Whether a verb's phrase says where the part is ("plays a nurse in a new series",
        "landed the part on Broadway"): then it is not the passage's film's."""
        preps = set(_words().get("film_preps") or ()) | {"on", "for", "opposite"}
        objs = [o for t in [v] + [c for c in v.children if c.dep_ in ("dobj", "prep")]
                for c in t.children if c.dep_ == "prep" and c.lower_ in preps
                for o in c.children if o.dep_ == "pobj"]
        return any(o.lower_ not in ("it", "film", "movie") and not (
            (a := p.arg_at(o.i)) is not None and a.kind in ("place", "date", "cardinal"))
            for o in objs) or any(
            c.dep_ == "prep" and c.lower_ in preps and not any(
                o.dep_ == "pobj" for o in c.children) for c in v.children)

    def _described(self, p: Parsed, x: Filler) -> bool:
        """A part said by what it is: a common noun with an article or an owner ("the gentler
        of the two henchmen", "a young stripper", "the oligarch's son"), no name of its own."""
        tok = p.doc[x.token]
        arg = x.arg
        if tok.lower_ == "one" and (arg is None or arg.kind == "cardinal"):
            # "one of the henchmen"
            tok = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children if o.dep_ == "pobj"), tok)
            arg = None
        noun = tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and any(   # "the softer of the two"
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if not noun or arg is not None or any(
                p.arg_at(t.i) is not None and p.arg_at(t.i).kind in ("person", "character")
                for t in _phrase(tok)) or p.arg_at(tok.i) is not None:
            return False   # "Igor's partner": a part by its relation to a named one
        if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
            return False   # "her sister", "his boss": a relation to someone the passage names
        if tok.lower_ in (_words().get("actor_nouns") or {}) or self._character(p, x)[0]:
            return False
        if tok.lemma_.lower() in set(_words().get("role_nouns") or ()) and not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False   # "plays a part in", "plays a key role"
        return any(c.dep_ in ("det", "poss") for c in tok.children)

    def _part_claims(self, p: Parsed, actors: list, cue, end: int, film: str, hedged: bool,
                     paired: set) -> list[Claim]:
        out = []
        for x in actors:
            who, _name, arg, _weak = self._actor(p, x)
            if who is None or who in paired:
                continue
            first = arg.first if arg is not None else p.doc[x.token].left_edge.i
            last = arg.last - 1 if arg is not None else x.token
            start, stop = self._span(p, min(first, cue.i), max(last, cue.i, end) + 1)
            out.append(Claim(
                id="", start=start, end=stop, text=self.text[start:stop], category="cast",
                subject=EntityRef(who, self.kb.label(who)), predicate="cast_member",
                object=EntityRef(film, self.kb.label(film)), hedged=hedged,
                slots=dict(kind="part", subject=who, work=film, negated=False)))
        return out

    def _nicknames(self, p: Parsed, hedged: bool) -> list[Claim]:
        """The name a character goes by ("Anora, who goes by Ani", "Ani, whose nickname is
        ..."): a cue of `cast.nicknames` (a verb with the word that must hang on it, whose
        object is the name; or a noun the name stands beside), said of the clause's subject
        (the noun a relative clause hangs on)."""
        d = lexicon().section("cast").get("nicknames") or {}
        verbs, nouns = d.get("verbs") or {}, set(d.get("nouns") or ())
        naming = set(d.get("naming") or ())
        out = []
        for tok in p.doc:
            name = verb = None
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs:
                word = verbs[tok.lemma_.lower()]
                # the preposition on the verb, or on the object of another of its phrases
                # ("known to everyone as Ani", where the parser hangs "as" on "everyone")
                preps = [c for c in tok.children if c.dep_ == "prep"]
                preps += [g for c in preps for o in c.children if o.dep_ == "pobj"
                          for g in o.children if g.dep_ == "prep"]
                name = next((o for c in preps if c.lower_ == word
                             for o in c.children if o.dep_ == "pobj"), None)
                if name is not None and name.lemma_.lower() in nouns:
                    # "goes by the nickname Ani": the name beside the noun
                    name = next((c for c in name.children if c.dep_ == "appos"), name)
                verb = tok
            named = None   # the one named, when the verb's object ("whom everyone calls Misha")
            if name is None and tok.pos_ == "VERB" and tok.lemma_.lower() in naming:
                name = next((c for c in tok.children if c.dep_ == "oprd"), None)
                objs = [c for c in tok.children if c.dep_ == "dobj"]
                if name is None and len(objs) == 2 and objs[0].lower_ in RELATIVE:
                    # the parser takes the name for a second object: the relative pronoun
                    # is the one named, the other object the name
                    named, name = objs
                elif name is not None and objs:
                    named = objs[0]   # "whom everyone calls Vanya": the object is named
                verb = tok if name is not None else None
            elif name is None and tok.lemma_.lower() in nouns and tok.pos_ == "NOUN":
                name = next((c for c in tok.children if c.dep_ == "appos"
                             and c.pos_ == "PROPN"), None)
                verb = tok.head if tok.dep_ in ("dobj", "attr", "nsubj") else None
                if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
                    verb = tok.head.head   # "who insists on the nickname Annie"
                if name is None and verb is not None and tok.dep_ == "nsubj" and any(
                        c.dep_ == "poss" for c in tok.children):
                    # "Anora, whose nickname is Ani": the name is what the noun is; the
                    # owner is the one "whose" stands for
                    name = next((c for c in verb.children if c.dep_ == "attr"), None)
            if name is None or verb is None or name.pos_ != "PROPN" or \
                    name.ent_type_ in _NOT_A_NAME:
                continue   # "grossed $50m by March 2025": a date, not what one goes by
            clause = verb
            if verb.dep_ == "xcomp" and not any(c.dep_ in SUBJ_DEPS for c in verb.children):
                clause = verb.head   # "who prefers to be called Ani": the subject above
            subj = named or next((c for c in clause.children if c.dep_ in SUBJ_DEPS), None)
            if subj is None and clause.dep_ == "acl":
                subj = clause.head   # "Ivan, nicknamed Vanya,": the name the participle is on
            if subj is not None and subj.i == tok.i:   # "whose nickname is Ani": its owner
                subj = next((c for c in tok.children if c.dep_ == "poss"), None)
            if subj is not None and subj.lower_ in RELATIVE | {"whose"} and \
                    clause.dep_ == "relcl":
                subj = clause.head
                if subj.dep_ == "appos" and p.arg_at(subj.i) is None:
                    subj = subj.head   # "Anora, a dancer who goes by Ani": the name
            if subj is None:
                continue
            who = self._nicknamed(p, subj, name)
            if who is None:
                continue
            na = p.arg_at(name.i)
            text = na.text if na is not None else name.text
            sa = p.arg_at(subj.i)   # the whole name ("Ivan Zakharov, nicknamed Vanya")
            lo = min(subj.i if sa is None else sa.first, tok.i, name.i)
            hi = max(subj.i, tok.i, name.i)
            if na is not None:
                hi = max(hi, na.last - 1)
            start, end = p.span_of(lo, hi + 1)
            out.append(Claim(id="", start=start, end=end, text=self.text[start:end],
                             category="cast", subject=EntityRef(who, self.kb.label(who)),
                             predicate="nickname", object=text, hedged=hedged,
                             slots=dict(kind="nickname", subject=who, name=text,
                                        negated=_negated(verb))))
        return out

    def _nicknamed(self, p: Parsed, subj, name) -> Optional[str]:
        """The KB character a nickname clause is said of: its subject when a character, or
        the character the name itself links to when the subject is one of that character's
        names ("Anora" read as the film)."""
        a = p.arg_at(subj.i)
        if a is not None and a.kind == "character" and a.entity:
            return a.entity
        na = p.arg_at(name.i)
        if a is not None and na is not None and na.kind == "character" and na.entity:
            names = {x.lower() for x, _k in self.kb.aliases_of(na.entity)}
            if a.text.lower() in names or any(a.text.lower() in n.split() for n in names):
                return na.entity
        if a is not None and a.kind == "film" and hasattr(self.kb, "entities_by_name"):
            # a title that is also its lead's name ("Anora, whose nickname is Ani"): only a
            # person has a nickname, so the one character the KB calls so
            chars = {e.id for e in self.kb.entities_by_name(a.text) if e.type == "character"}
            if len(chars) == 1:
                return chars.pop()
        return None

    def _loose(self, p: Parsed, f: Frame, pool: list) -> list:
        """Arguments the parser hangs on a cast cue by a loose dependency: a character read as
        an adverbial ("plays Vanya, and ..."), an actor read as the cue's compound ("Jane Roe
        stars as Ani", the verb tagged as a noun)."""
        have = {x.token for x in pool}
        has_actor = any(self._is_actor(p, x) for x in pool)
        out = []
        for c in p.doc[f.cue].children:
            a = p.arg_at(c.i)
            if a is None or a.head != c.i or c.i in have:
                continue
            if c.dep_ in LOOSE_OBJECT_DEPS and a.kind == "character":
                out.append(Filler(c.i, a))
            elif c.dep_ == "compound" and a.kind == "person" and not has_actor:
                out.append(Filler(c.i, a))
        return out

    def _apposed(self, p: Parsed, x: Filler) -> list[Filler]:
        """The characters named in apposition to a common noun filler, each conjunct
        ("Vanya's parents, Nikolai and Galina"); the filler itself when there are fewer than two."""
        tok = p.doc[x.token]
        if x.arg is not None or tok.pos_ != "NOUN":
            return [x]
        named = [Filler(t.i, p.arg_at(t.i)) for c in tok.children if c.dep_ == "appos"
                 for t in conjuncts(c)]
        if not named and tok.tag_ == "NNS" and tok.i + 1 < len(p.doc) \
                and p.doc[tok.i + 1].text == ",":
            # "the brothers, Toros and Garnick" parsed as a coordination: the same apposition
            named = [Filler(t.i, p.arg_at(t.i)) for t in conjuncts(tok)[1:]]
        named = [y for y in named if y.arg is not None and y.arg.kind == "character"]
        return named if len(named) > 1 else [x]

    def _pairs(self, p: Parsed, actors: list, chars: list, hedged: bool,
               negated: bool, weak: bool = False, denied: frozenset = frozenset()
               ) -> list[Claim]:
        """Two lists of the same length pair in order ("A and B play X and Y", respectively);
        otherwise one side must be a single name. A pair with a filler in `denied` is denied
        whatever the clause says ("not A but B plays X")."""
        loose = set()
        if len(actors) == len(chars) > 1:
            pairs = list(zip(actors, chars))
            # without "respectively" the lists may pair in any order ("A and B play Nikolai
            # and Galina" of B's Nikolai): a pair whose part the KB gives to another name of
            # the list is read to support only
            resp = set(lexicon().qualifiers.get("respective_words", ()))
            if not any(t.lower_ in resp for t in p.doc):
                listed = {self._actor(p, a)[0] for a in actors} - {None}
                for a, c in pairs:
                    char = self._character(p, c)[0]
                    players = {f.value for f in self.kb.facts(subject=char, predicate="played_by")} \
                        if char else set()
                    if players & listed and self._actor(p, a)[0] not in players:
                        loose.add(c.token)
        elif len(actors) == 1 or len(chars) == 1:
            pairs = [(a, c) for a in actors for c in chars]
        else:
            return []
        out = []
        for afl, cfl in pairs:
            c = self._claim(p, afl, cfl, hedged,
                            negated or afl.token in denied or cfl.token in denied,
                            weak or cfl.token in loose)
            if c is not None:
                out.append(c)
        return out

    def _as_characters(self, p: Parsed, prep) -> list[Filler]:
        """The characters an 'as' phrase names: its object, or the names in apposition to it
        ("as Vanya's parents, Nikolai and Galina", "as Ani's friend Lulu"), each conjunct."""
        out, seen = [], set()
        for o in (g for g in prep.children if g.dep_ == "pobj"):
            # (not a person's name: "In the role of Ani, Jane Roe ...", the clause's subject
            # the parser hung on the part)
            heads = [g for g in o.children if g.dep_ == "appos"
                     and getattr(p.arg_at(g.i), "kind", None) != "person"] or [o]
            for h in heads:
                for t in conjuncts(h):
                    fl = Filler(t.i, p.arg_at(t.i))
                    char = self._character(p, fl)[0]
                    if char and char not in seen:
                        seen.add(char)
                        out.append(fl)
        return out

    def _as_actors(self, p: Parsed, tok, prep=None) -> tuple[list[Filler], object, bool]:
        """Who an 'as' phrase (or a gerund: "nominated for playing Ani") hanging on `tok` is
        said of, the verb governing it, and whether it was reached through a prepositional
        phrase (then it may support, never refute): the person it hangs on ("Jane Roe as Ani"),
        the verb's person object ("includes Jane Roe as Ani", "praised her for playing Ani"),
        else the clause's subject ("Jane Roe is sensational as Ani")."""
        a = p.arg_at(tok.i)
        if (a is not None and a.kind == "person") or (a is None and self._reference(tok)):
            fl = self._nearest(p, Filler(tok.i, a), prep)
            # a person inside a prepositional phrase ("opposite B as X") may not be the one
            # the 'as' phrase is said of: support only
            tok = p.doc[fl.token]
            return [fl], None, tok.dep_ == "pobj" and not (
                tok.head.dep_ == "ROOT" and tok.head.pos_ == "ADP")
            # (a caption's "From Anora: A as X" hangs the names on a preposition that heads
            # the sentence: no verb with another person it could be said of)
        owner = self._part_owner(p, tok) if prep is not None else None
        if owner is not None and owner.arg is not None:
            # "Borisov's turn as Toros": a noun of a played part names its player as its
            # possessor, whatever clause the noun sits in
            return [owner], None, False
        got = self._climb_to_actors(p, tok, prep)
        if owner is not None and got[2] and len(got[0]) == 1 and self._owns(p, got[0][0], owner):
            # "A, with his turn as X, ...": the pronoun owning the part is the clause's
            # subject, the one person before it, of its gender: its player, not a looser reading
            return got[0], got[1], False
        if not got[0] and owner is not None:
            # "her turn as Ani, ..., is fearless": the pronoun's person, when the clause
            # names no one else ("won the Oscar for her turn as Ani": the winner)
            return [owner], None, False
        return got

    def _climb_to_actors(self, p: Parsed, tok, prep) -> tuple[list[Filler], object, bool]:
        t, far = tok, False
        first = _hyphenated(t, start=True)
        if first < t.i and t.head.i == first:
            t = t.head   # "A co-stars as X": the parser may split the word at its hyphen and
            # hang the verb's half on the prefix, which takes the subject
        if t.pos_ == "ADV" and t.dep_ == "advmod" and t.head.pos_ in ("VERB", "AUX"):
            t = t.head   # "A turns up late as X": a phrase on the verb's adverb is the verb's
        for _ in range(6):
            # an object, or the person an inverted copula names ("Rounding out the cast are A
            # as X and B as Y")
            objs = [x for c in t.children if c.dep_ in ("dobj", "attr") for x in conjuncts(c)]
            objs += [x for c in t.children if c.dep_ == "agent"   # "is led by A as X"
                     for o in c.children if o.dep_ == "pobj" for x in conjuncts(o)]
            people = [Filler(x.i, p.arg_at(x.i)) for x in objs]
            people = [x for x in people if self._is_actor(p, x)]
            if len(people) == 1:
                people = [self._nearest(p, people[0], prep)]
            if people:
                # a person subject too ("A replaced B as X", "A praised B as X"): which one the
                # phrase is said of depends on the verb; the object may support, never refute,
                # unless the lexicon's verb says it is the object ("A cast B as X")
                both = t.lemma_.lower() not in set(_words().get("object_verbs") or ()) and any(
                    self._is_actor(p, Filler(c.i, p.arg_at(c.i))) for c in t.children
                    if c.dep_ in SUBJ_DEPS)
                return people, t, far or both
            if p.arg_at(t.i) is None:   # "Jane Roe stars as Ani", the verb read as a noun
                people = [Filler(c.i, p.arg_at(c.i)) for c in t.children if c.dep_ == "compound"
                          and p.arg_at(c.i) is not None and p.arg_at(c.i).kind == "person"
                          and p.arg_at(c.i).head == c.i]
                if people:
                    return people, t, far
            subj = [c for c in t.children if c.dep_ in SUBJ_DEPS]
            if subj and subj[0].lower_ in RELATIVE and t.dep_ == "relcl":
                subj = [t.head]   # "Jane Roe, who appears as Ani"
            elif not subj and t.dep_ in ("relcl", "acl") and self._is_actor(
                    p, Filler(t.head.i, p.arg_at(t.head.i))):
                subj = [t.head]   # "Jane Roe, seen here as Ani"
            elif not subj and t.pos_ in ("VERB", "AUX"):
                subj = _fronted_subject(t)   # "Alongside A, B plays Ani": B
            if subj:
                fills = [Filler(x.i, p.arg_at(x.i)) for x in conjuncts(subj[0])]
                return [x for x in fills if self._is_actor(p, x)], t, far
            if t.dep_ == "csubj" and t.tag_ == "VBG" and t.head.dep_ == "ccomp":
                # "Jane Roe said that playing Ani took months": a gerund subject of reported
                # speech is most often the speaker's own work, but may be anyone's ("Baker
                # said that playing Ani needed a dancer"): the speaker, to support only
                said = t.head.head
                subj = [c for c in said.children if c.dep_ == "nsubj"]
                fills = [Filler(x.i, p.arg_at(x.i)) for x in conjuncts(subj[0])] if subj else []
                return [x for x in fills if self._is_actor(p, x)], said, True
            if t.dep_ not in CLIMB_DEPS | FAR_DEPS or t.head.i == t.i:
                break
            if t.dep_ in ("pcomp", "pobj") and self._honoured(p, t.head):
                t = t.head.head   # "earned a nomination for playing Ani": the honour's
                continue          # holder is the one who plays (no looser reading)
            far = far or t.dep_ in FAR_DEPS
            t = t.head
        return [], None, False

    def _partner_before(self, p: Parsed, cue, char: Filler, actor: Filler) -> Optional[Filler]:
        """The one person a partner preposition of the cast verb names (lexicon
        `cast.partner_preps`: "opposite B", "alongside B") between its actor and a character
        after them, or None."""
        preps = set(_words().get("partner_preps") or ())
        got = [Filler(o.i, p.arg_at(o.i)) for c in cue.children
               if c.dep_ == "prep" and c.lower_ in preps
               for o in c.children if o.dep_ == "pobj"]
        # ... or the parser's misreading of the preposition as a modifier of the name it
        # opens ("plays opposite B" read with "opposite" an adjective of B, B the object)
        # (or of the object of another preposition on the verb: "stars as Ani opposite B as
        # Vanya" read with "Ani opposite B" one name the first 'as' takes)
        objs = [o for o in cue.children if o.dep_ == "dobj"] + [
            o for c in cue.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        got += [Filler(o.i, p.arg_at(o.i)) for o in objs
                if any(m.lower_ in preps and m.dep_ in ("amod", "compound", "nmod")
                       and m.i < o.i for m in o.children)]
        got = [x for x in got if self._is_actor(p, x) and x.arg is not None
               and actor.token < x.arg.first and x.arg.last <= char.token
               and not p.doc[x.token].conjuncts]
        return got[0] if len(got) == 1 else None

    def _part_owner(self, p: Parsed, tok) -> Optional[Filler]:
        """The possessor of a noun of a played part (the lexicon's `played_part` nouns: "turn",
        "role", "performance"): a person ("Borisov's turn") or a possessive pronoun ("her
        turn", read as a reference to the actor the passage is about)."""
        part = lexicon().qualifiers.get("played_part") or {}
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in set(part.get("nouns") or ()):
            return None
        by = set(part.get("owner_preps") or ())
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in by:
                # "a supporting turn from Jane Roe as Ani": the phrase names the player as a
                # possessor does (one person, the phrase's own object)
                objs = [o for o in c.children if o.dep_ == "pobj"]
                a = p.arg_at(objs[0].i) if len(objs) == 1 and not objs[0].conjuncts else None
                if a is not None and a.kind == "person" and a.head == objs[0].i:
                    return Filler(a.head, a)
                continue
            if c.dep_ != "poss":
                continue
            a = p.arg_at(c.i)
            if a is not None and a.kind == "person":
                return Filler(a.head, a)
            if a is None and c.lower_ in POSSESSIVE_PRONOUNS:
                return Filler(c.i, None)
        return None

    def _owns(self, p: Parsed, fl: Filler, owner: Filler) -> bool:
        """Whether a possessive pronoun (`owner`) can only mean the person `fl`: the one person
        the sentence names before it, a KB person of the pronoun's gender."""
        a = fl.arg
        if a is None or a.kind != "person" or not a.entity or a.last > owner.token:
            return False
        if any(x.kind == "person" and x.first != a.first and x.first < owner.token
               for x in p.args):
            return False
        return self.res.gender(a.entity) == ("m" if p.doc[owner.token].lower_ == "his"
                                             else "f")

    @staticmethod
    def _honoured(p: Parsed, prep) -> bool:
        """Whether a 'for' phrase hangs on an honour ("a nomination for playing Ani", "won
        the Oscar for her turn as Ani", "was nominated for playing Ani"): a noun of the
        lexicon's award nouns or an award mention, or a verb of the awards family, with no
        person beside it other than its subject (who "gave her an award for playing Ani" is
        not the one who plays)."""
        if prep.dep_ != "prep" or prep.lower_ != "for" or prep.head.i == prep.i:
            return False
        w = prep.head
        a = p.arg_at(w.i)
        lex = lexicon()
        if w.pos_ in ("VERB", "AUX"):
            verb = w
            ok = any(c.relation.family == "awards" for c in lex.verb_cues(w.lemma_.lower()))
        else:
            verb = w.head if w.dep_ in ("dobj", "attr") else None
            ok = verb is not None and (
                (a is not None and a.kind == "award")
                or w.lemma_.lower() in set(lex.qualifiers.get("award_nouns", ()))
                or (lex.noun(w.lemma_.lower()) is not None
                    and lex.noun(w.lemma_.lower()).family == "awards"))
        if not ok or verb is None:
            return False
        return not any(c.dep_ not in SUBJ_DEPS and (x := p.arg_at(c.i)) is not None
                       and x.kind == "person" for c in verb.children)

    def _nearest(self, p: Parsed, fl: Filler, prep) -> Filler:
        """"A as X and B as Y": the parser may hang both 'as' phrases on A; each is said of the
        nearest person before it inside A's phrase."""
        a = fl.arg
        if prep is None or a is None:
            return fl
        near = [x for x in p.args if x.kind == "person" and a.last <= x.first
                and x.last <= prep.i and _listed_under(p.doc[x.head], p.doc[fl.token])]
        return Filler(near[-1].head, near[-1]) if near else Filler(a.head, a)

    def _as_phrases(self, p: Parsed, hedged: bool) -> list[Claim]:
        """'A and B turn up as Vanya's parents, Nikolai and Galina': people who are something
        'as' characters play them."""
        out = []
        for prep in p.doc:
            if prep.dep_ == "prep" and self._title_part(prep):
                pass   # "with Jane Roe in the title role": an 'as' phrase naming the part
            elif prep.dep_ != "prep" or prep.lower_ != "as" and not (
                    prep.lower_ == "of" and self._part_owner(p, prep.head) is not None
                    and prep.head.lemma_.lower() not in set(_words().get("role_nouns") or ())):
                continue   # (an 'of' phrase on an owned noun of a part: "Borisov's portrayal
                # of Igor", as "Borisov's turn as Igor"; "the role of" is `_roles`')
            chars = self._as_characters(p, prep)
            if not chars:
                continue
            actors, verb, far = self._as_actors(p, prep.head, prep)
            near = next((a for a in p.args if a.kind == "person" and a.last == prep.i), None)
            if near is not None and (not actors or [x.token for x in actors] != [near.head]
                                     and any(t.lower_ == "as" and t.i != prep.i for t in
                                             p.doc[min(x.token for x in actors):prep.i])):
                # "includes A as X, B as Y and C as Z": the parser hangs the later 'as' phrases
                # on the verb or on an earlier character; in a list of name-'as' pairs each is
                # said of the name right before it. The attachment is the reading's, so it
                # may support, never refute
                actors, far = [Filler(near.head, near)], True
            if not actors or (verb is not None and _modal(verb)):
                continue
            negated = verb is not None and _negated(verb)
            # another person between them and the phrase ("A shares scenes with B as X"): the
            # parser's attachment decides between the two, so the reading may only confirm
            named = {x.arg.first for x in actors if x.arg is not None}
            last = max((x.arg.last if x.arg is not None else x.token + 1) for x in actors)
            between = any(a.kind == "person" and a.first not in named and last <= a.first
                          and a.last <= prep.i for a in p.args)
            if far and not between and self._lone_pair(p, actors, chars, prep):
                far = False   # "the second act belongs to A as X": no other reading
            out += self._pairs(p, actors, chars, hedged, negated, weak=far or between)
        return out + self._as_misread(p, hedged)

    def _lone_pair(self, p: Parsed, actors: list, chars: list, prep) -> bool:
        """Whether an 'as' phrase read of a name inside a prepositional phrase ("belongs to A
        as X") can be said of no one else: it hangs on the name or follows it right away, the
        sentence names no other person (by name or pronoun), and the KB has the person in the
        cast of the film each character is of (then "as X" can only be the part). Such a pair
        may refute, as "A as X" does."""
        if len(actors) != 1 or actors[0].arg is None or not actors[0].arg.entity or \
                prep.lower_ != "as" or (prep.head.i != actors[0].token
                                        and actors[0].arg.last != prep.i):
            return False
        who = actors[0].arg.entity
        if any(a.kind == "person" and a.first != actors[0].arg.first for a in p.args) or any(
                t.lower_ in PRONOUNS or t.lower_ in OBJECT_PRONOUNS or t.lower_ in (
                    "they", "them", "i", "we", "you") for t in p.doc):
            return False
        for ch in chars:
            char = self._character(p, ch)[0]
            films = self._films_of(char) if char else set()
            if not films or not any(f.value == who for film in films
                                    for f in self.kb.facts(subject=film,
                                                           predicate="cast_member")):
                return False
        return True

    @staticmethod
    def _title_part(prep) -> bool:
        """Whether a preposition of the lexicon's cast `part_preps` ("in") takes the film's
        title part ("in the title role", "in the titular part"): said of a person, it is an
        'as' phrase naming the title character."""
        if prep.lower_ not in set(_words().get("part_preps") or ()):
            return False
        titles = set(lexicon().section("plot").get("title_words") or ())
        return any(o.dep_ == "pobj" and o.lemma_.lower() in set(
            _words().get("role_nouns") or ()) and any(c.lower_ in titles for c in o.children)
            for o in prep.children)

    def _as_misread(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"As Ani, Jane Roe is ferocious", "Jane Roe as Ani is the film's heart": the parser
        may read 'as' as a conjunction opening a clause whose subject is the character. A
        character right after such an 'as', subject of the verb it opens, is an 'as' phrase;
        its player is the person set in apposition to it ("As Ani, Jane Roe"), else the person
        whose name ends right before 'as'. The reading is a repair of the parse: support only."""
        out, doc = [], p.doc
        for mark in doc:
            if mark.lower_ != "as" or mark.dep_ not in ("mark", "advmod") or mark.i + 1 >= len(doc):
                continue
            a = p.arg_at(mark.i + 1)
            if a is None or a.kind != "character" or a.first != mark.i + 1:
                continue
            ch = doc[a.head]
            owner = self._part_owner(p, doc[mark.i - 1]) if mark.i else None
            if owner is not None and owner.arg is not None:
                # "Borisov's turn as Igor earned him ...": the part noun right before the 'as'
                # the parser read as a conjunction is the phrase's, its possessor the player
                # (as on the parse that hangs the phrase on the noun)
                out += self._pairs(p, [owner], [Filler(ch.i, a)], hedged, False)
                continue
            if mark.dep_ == "advmod" and mark.head.i == ch.i and ch.dep_ in ("advcl", "npadvmod") \
                    and ch.right_edge.i + 1 < len(doc) and doc[ch.right_edge.i + 1].text == ",":
                # "As Vanya, Jane Roe is ...": the parser made the set-off phrase a clause of
                # its own headed by the character; it is the 'as' phrase of the clause it opens,
                # said of that clause's subject (as on the parse that reads a preposition)
                actors, verb, far = self._as_actors(p, ch.head)
                if len(actors) == 1 and verb is not None and not _modal(verb):
                    out += self._pairs(p, actors, [Filler(ch.i, a)], hedged, _negated(verb),
                                       weak=far)
                continue
            if mark.dep_ != "mark":
                continue
            if ch.dep_ != "nsubj" or ch.head.i != mark.head.i:
                continue
            actors = [Filler(c.i, x) for c in ch.children if c.dep_ == "appos"
                      and (x := p.arg_at(c.i)) is not None and x.kind == "person"]
            if not actors:
                near = next((x for x in p.args if x.kind == "person" and x.last == mark.i), None)
                actors = [Filler(near.head, near)] if near is not None else []
            if len(actors) != 1 or _modal(mark.head):
                continue
            out += self._pairs(p, actors, [Filler(ch.i, a)], hedged, _negated(mark.head),
                               weak=True)
        return out

    def _possessed(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"Madison's Ani", "Borisov's quiet Igor": a part owned by a name is that player's
        when the name is one of the cast of the part's film (a maker's "Baker's Ani" is his
        creation, and a name outside the cast says nothing of who plays it)."""
        out = []
        for a in p.args:
            if a.kind != "character" or not a.entity:
                continue
            owner = next((c for c in p.doc[a.head].children if c.dep_ == "poss"), None)
            if owner is not None and owner.lower_ == "whose":
                # "Jane Roe, whose Ani is ...", "whose character Ani is ...": the name the
                # relative clause is said of
                clause = next((t for t in p.doc[a.head].ancestors if t.dep_ == "relcl"), None)
                owner = clause.head if clause is not None else None
            oa = p.arg_at(owner.i) if owner is not None else None
            if oa is None or oa.kind != "person" or not oa.entity:
                continue
            cast = {f.value for film in self._films_of(a.entity)
                    for f in self.kb.facts(subject=film, predicate="cast_member")}
            if oa.entity not in cast:
                continue
            c = self._claim(p, Filler(oa.head, oa), Filler(a.head, a), hedged, False)
            if c is not None:
                out.append(c)
        return out

    def _roles(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"Jane Roe was picked for the role of Ani", "she landed the part of Ani": the part
        goes to the clause's subject; support only (the subject may be who wrote the part, or
        the part may have been recast), unless the clause says its subject plays the part it
        names (`_taken_part`; not the title role, read from the film's title); a near miss ("nearly landed the part") tells nothing. A
        part written or offered for someone ("wrote the part of Ani for her") says how the film
        was cast, not who plays whom: no claim."""
        out = []
        for tok in p.doc:
            if tok.lemma_.lower() not in set(_words().get("role_nouns") or ()):
                continue
            chars = [fl for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for fl in self._as_characters(p, prep)]
            titular = False
            if not chars and self._character(p, Filler(tok.i, None))[0]:
                chars = [Filler(tok.i, None)]   # "takes the titular role": the film's title
                # character (a reading that only confirms)
                titular = True
            if not chars:
                continue
            t, actors = tok, []
            firm = self._taken_part(tok) and not titular
            for _ in range(6):
                # "wrote the part of Ani for her", "offered her the part": the one it is for
                given = [c for c in t.children if c.dep_ == "dative" and c.pos_ != "ADP"] + [
                    o for c in t.children if (c.dep_ == "prep" and c.lower_ == "for")
                    or (c.dep_ == "dative" and c.pos_ == "ADP")
                    for o in c.children if o.dep_ == "pobj"]
                if any(self._is_actor(p, Filler(x.i, p.arg_at(x.i))) for x in given):
                    break   # a part written or offered for someone: how it was cast (a
                    # production story), not who plays it
                handover = _words().get("role_handover") or {}
                if t.dep_ in SUBJ_DEPS and t.head.lemma_.lower() in handover:
                    # "the role of Igor went to Jane Roe", "the part fell to her": the part is
                    # the subject, its player the one after the verb's preposition
                    v = t.head
                    to = [o for c in v.children if c.dep_ in ("prep", "dative")
                          and c.lower_ == handover[v.lemma_.lower()]
                          for o in c.children if o.dep_ == "pobj"]
                    actors = [Filler(x.i, p.arg_at(x.i)) for o in to[:1] for x in conjuncts(o)]
                    actors = [x for x in actors if self._is_actor(p, x)]
                    t = v   # (only confirmed: a part handed over may have been recast)
                    break
                objs = [c for c in t.children if c.dep_ == "dobj"] if t.lemma_.lower() in set(
                    _words().get("object_verbs") or ()) else []
                if objs:
                    # "Baker cast Yura Borisov in the role of Igor": a verb of casting hands the
                    # part to its object, whoever its subject is
                    actors = [Filler(x.i, p.arg_at(x.i)) for x in conjuncts(objs[0])]
                    actors = [x for x in actors if self._is_actor(p, x)]
                    break
                subj = [c for c in t.children if c.dep_ in SUBJ_DEPS]
                if subj:
                    actors = [Filler(x.i, p.arg_at(x.i)) for x in conjuncts(subj[0])]
                    actors = [x for x in actors if self._is_actor(p, x)]
                    break
                if t.dep_ not in CLIMB_DEPS | FAR_DEPS or t.head.i == t.i:
                    break
                t = t.head
            if not actors and firm and tok.dep_ == "pobj" and not any(
                    c.dep_ in SUBJ_DEPS for c in tok.head.head.children):
                # "In the role of Ani, Jane Roe is a revelation": the parser may hang the
                # clause's subject on the part, as a name set off after it
                actors = [Filler(g.i, p.arg_at(g.i)) for fl in chars
                          for g in p.doc[fl.token].children if g.dep_ == "appos"
                          and g.left_edge.i > 0 and p.doc[g.left_edge.i - 1].text == ","]
                actors = [x for x in actors if self._is_actor(p, x)]
            if fell_short(t):
                continue   # "nearly landed the role of Ani": who plays it is not told
            if actors and not _modal(t):
                out += self._pairs(p, actors, chars, hedged, _negated(t), weak=not firm)
        return out

    @staticmethod
    def _taken_part(tok) -> bool:
        """Whether the clause's subject is said to play the part `tok` names, not to have
        written, offered or wanted it: the object of a verb of taking a part ("takes on the
        role of Igor", "landed the part of Vanya"), or the phrase "in the role of" on a verb
        with no object of its own ("In the role of Igor, Jane Roe is magnetic"; "Baker cast
        her in the role of Ani" says it of the object)."""
        v = tok.head
        if tok.dep_ == "dobj":
            return v.lemma_.lower() in set(_words().get("role_takers") or ())
        if tok.dep_ == "pobj" and v.lower_ == "in" and v.dep_ == "prep" and \
                v.head.pos_ in ("VERB", "AUX"):
            if v.i < v.head.i and not any(c.dep_ in SUBJ_DEPS and c.i < v.i
                                          for c in v.head.children) and \
                    any(t.text == "," for t in tok.doc[tok.i:v.head.i]):
                # fronted and set off ("In the role of Igor, Jane Roe steals every scene"):
                # said of the clause's subject, whatever object the verb has
                return True
            return not any(c.dep_ in ("dobj", "dative") for c in v.head.children) and \
                v.head.lemma_.lower() not in set(_words().get("object_verbs") or ())
        return False

    def _layouts(self, p: Parsed, hedged: bool) -> list[Claim]:
        """'Jane Roe (Ani)', 'Ani (Jane Roe)', 'Jane Roe, as Ani,'; 'Jane Roe is Ani' (an
        identity verb)."""
        doc = p.doc
        out = []
        names = {x.head: x for x in _bare_names(p)}   # names the NER missed ("Edda Viklund")
        # or read as a place or a company ("Pétur Lamm" as a building): a name, when a
        # person's is set off beside it
        misread = {a.head: n for a in p.args if a.kind in ("place", "org") and not a.entity
                   and (n := _name_arg(p, doc[a.head], a)) is not None}
        at = lambda i: misread.get(i) if p.arg_at(i) is not None and i in misread \
            else p.arg_at(i) or names.get(i)  # noqa: E731
        for a in sorted([x for x in p.args if x.head not in misread] + list(names.values())
                        + list(misread.values()), key=lambda x: x.first):
            if a.kind not in ("person", "character"):
                continue
            head = doc[a.head]
            # "Ani (Jane Roe)": the second name hangs on the first, or the parser makes the
            # first a modifier of the second; "Jane Roe, as Ani, ...": an apposition with 'as'
            near = [c for c in head.children if c.dep_ in ("appos", "parataxis", "npadvmod",
                                                             "dep", "nmod")]
            if head.dep_ in ("nmod", "appos", "npadvmod", "dep") and head.head.i > head.i:
                near.append(head.head)
            if a.last + 1 < len(doc) and doc[a.last].text == "(" and \
                    (b := at(a.last + 1)) is not None and doc[b.head] not in near:
                near.append(doc[b.head])   # "Vanya and Ani (Jane Roe)": the bracket right
                # after the name, which the parser may hang on the first conjunct
            if head.dep_ == "appos":   # "In Anora, Jane Roe, as Ani, ...": both hang on the
                # noun before them
                near += [c for c in head.head.children if c.dep_ == "appos" and c.i > head.i]
            for c in near:
                b = at(c.i)
                if b is None or b is a or b.first <= a.first:
                    continue
                k = b.first - 1   # "Petter (newcomer Aksel Strand)": an actor noun may open it
                while k > a.last and doc[k].lower_ in (_words().get("actor_nouns") or {}):
                    k -= 1
                opened = doc[k].text == "(" and k >= a.last and not any(
                    (x := at(i)) is not None and x is not a and x.kind in ("person", "character")
                    for i in range(a.last, k))   # "Vanya and Ani (Jane Roe)": the bracket is
                # the name's right before it, not the first conjunct's the parser hung it on
                as_aside = doc[b.first - 1].lower_ == "as" and c.dep_ == "appos" and all(
                    not doc[i].is_alpha for i in range(a.last, b.first - 1))
                if not (opened or as_aside):
                    continue
                if {a.kind, b.kind} == {"person", "character"}:
                    actor, char = (a, b) if a.kind == "person" else (b, a)
                elif a.kind == b.kind == "person" and not a.entity and not b.entity and not (
                        a.head in misread and b.head in misread):
                    # two names the KB lacks: a part and its player, the one set off by the
                    # other ("Ragna (Edda Viklund)"; "Edda Viklund, as Ragna,")
                    actor, char = (a, b) if as_aside else (b, a)
                else:
                    continue
                claim = self._claim(p, Filler(actor.head, actor), Filler(char.head, char),
                                    hedged, False)
                if claim is not None:
                    out.append(claim)
        identity = set(_words().get("identity_verbs") or ())
        for v in doc:
            if v.lemma_.lower() not in identity or _modal(v):
                continue
            subj = [c for c in v.children if c.dep_ == "nsubj"]
            attr = [c for c in v.children if c.dep_ == "attr"]
            if len(subj) != 1 or len(attr) != 1:
                continue
            sa, ca = p.arg_at(subj[0].i), p.arg_at(attr[0].i)
            if sa is None or ca is None or sa.kind != "person" or ca.kind != "character":
                continue
            if any(c.dep_ == "det" and c.lower_ == "no" for c in attr[0].children):
                continue   # "she is no Ani": a comparison
            claim = self._claim(p, Filler(sa.head, sa), Filler(ca.head, ca), hedged, _negated(v))
            if claim is not None:
                out.append(claim)
        return out

    def _claim(self, p: Parsed, afl: Filler, cfl: Filler, hedged: bool,
               negated: bool, loose: bool = False) -> Optional[Claim]:
        char, carg, clast = self._character(p, cfl)
        actor, name, aarg, weak = self._actor(p, afl)
        if char is None and carg is None and actor:
            # "Vanya's parents are played by A and B": the one of the group the actor plays,
            # a reading that only confirms (the sentence does not say which is whose)
            char = self._group_member(p, p.doc[cfl.token], actor, p.doc[afl.token])
            weak = weak or char is not None
        # a part named by the KB's description of it ("the oligarch's son") may only confirm:
        # the story may hold another one the KB does not describe
        # (so may one named by a relation with no owner: "the father" is the story's one
        # father the KB's ties name, and the story may hold another)
        weak = weak or loose or (carg is None and char is not None
                                 and (char == self._kb_described(p, p.doc[cfl.token])
                                      or self._relation_word(p.doc[cfl.token])
                                      and _bare_relative(p.doc[cfl.token])))
        if char is None and carg is None and actor:
            # "Mikey Madison plays her": the part a pronoun stands for, to confirm only
            char = self._pronoun_part(p, p.doc[cfl.token], actor)
            weak = weak or char is not None
        part = None   # a character the KB lacks, by the name the text gives it, played by a
        # name the KB lacks too (a KB actor's part there is a credit: claims/filmography.py)
        if not char and not actor and not (carg is not None and carg.entity):
            got = _named_part(p, p.doc[cfl.token])
            if got is not None and got is not aarg and (aarg is None or got.first != aarg.first):
                part, carg, clast = got.text, got, got.last - 1
        if not (char or part) or not (actor or name):
            return None
        if _other_version(p.doc[cfl.token]):
            return None   # "in an early draft, Igor was played by ...": not the film's cast
        first = min(x for x in (aarg.first if aarg else p.doc[afl.token].left_edge.i,
                                carg.first if carg else cfl.token))
        last = max(aarg.last - 1 if aarg else afl.token, clast)
        honour = next((t for t in p.doc[cfl.token].ancestors if self._honoured(p, t)), None)
        if honour is not None and honour.head.pos_ not in ("VERB", "AUX") and not (
                honour.left_edge.i <= afl.token <= honour.right_edge.i):
            # "X picked up a nomination for playing Y": a 'for' phrase of the honour noun is
            # said in its own words (one on the verb, "won the Oscar for playing Y", qualifies
            # the whole clause: one statement with the prize)
            first, last = honour.i, max(clast, cfl.token)
        start, end = self._span(p, first, last + 1)
        if char and actor and carg is not None and self.kb.entities_by_name(
                carg.text, type="film") and self._maker_not_player(char, actor):
            return None   # "Anora (Sean Baker)": a title with its maker, not a part's player
        film = self.res.film(p.sentence)
        if char and not self._story_in_text(char):
            weak = True   # a part's name alone, its film nowhere in the text: confirm only
        if aarg is not None and aarg.last + 1 < len(p.doc) and p.doc[aarg.last].lower_ == "as" \
                and (said := p.arg_at(aarg.last + 1)) is not None and said.kind == "character" \
                and said.entity and said.entity != char:
            weak = True   # "stars A as X and B as Y" parsed with A beside Y: the part named
            # right after "A as" is A's, and a pairing against it is the parse's, not the text's
        obj = EntityRef(actor, self.kb.label(actor)) if actor else name
        slots = dict(kind="played_by", subject=char, actor=actor, actor_name=name, film=film,
                     negated=negated, weak=weak)
        stated = self._clause_film(p, p.doc[cfl.token]) if char else None
        if stated is not None and self._films_of(char) and stated not in self._films_of(char):
            # "Borisov played Igor in Compartment No. 6": the clause names another film than
            # the one the KB's character is in; that film's part of the name is not the KB's
            slots.update(film=stated, other_film=True)
        elif stated is None and char and (unknown := self._unknown_film(p, p.doc[cfl.token])):
            # "In Harbour Lights, Mikey Madison plays Ani": a title the KB lacks is the film
            # the part is said of; whether the KB's Ani is in it, nothing can tell
            slots.update(film_name=unknown, other_film=True)
        if part:   # nothing in the KB can decide a part it lacks
            slots["subject_name"] = part
        return Claim(id="", start=start, end=end, text=self.text[start:end], category="cast",
                     subject=EntityRef(char, self.kb.label(char)) if char else None,
                     predicate="played_by",
                     object=obj, hedged=hedged, slots=slots)

    def _clause_film(self, p: Parsed, tok) -> Optional[str]:
        """The KB film a cast clause names with one of the lexicon's `film_preps` ("plays Igor
        in Red Rocket", "In Red Rocket, she plays Ani", "her Ani in Anora"): on the character's
        own phrase, or on the first verb above it (the clause it is said in), never further."""
        preps = set(_words().get("film_preps") or ())
        for h in _up_to_verb(tok):
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in preps:
                    continue
                # the object, or a title starting right after the preposition that the
                # parser split into clauses of its own ("in Once Upon a Time in Hollywood")
                at = [o.i for o in c.children if o.dep_ == "pobj"] + [c.i + 1]
                for i in at:
                    a = p.arg_at(i) if i < len(p.doc) else None
                    if a is not None and a.entity and a.kind in ("film", "work") and (
                            i != c.i + 1 or a.first == i):
                        return a.entity
        return None

    def _unknown_film(self, p: Parsed, tok) -> Optional[str]:
        """A title the KB does not know that a cast clause names as its film: the object of a
        `film_preps` preposition on the character's phrase or its verb ("in Harbour Lights"),
        or the subject of a verb of starring ("Harbour Lights stars X as Y") -- a proper name
        no KB entity and no person, place or character takes."""
        preps = set(_words().get("film_preps") or ())
        heads = _up_to_verb(tok)
        verb = heads[-1]
        names = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                 for o in c.children if o.dep_ == "pobj"]
        if verb.lower_.startswith("star"):   # (the word itself: its lemma is read as "play")
            names += [c for c in verb.children if c.dep_ == "nsubj"] + (
                [verb.head] if verb.dep_ == "acl" else [])   # "Harbour Lights, starring X
        for o in names:
            a = p.arg_at(o.i)
            if o.pos_ != "PROPN" or a is not None and (a.entity or a.kind in (
                    "place", "character", "date")) or any(
                    (x := p.arg_at(t.i)) is not None and x.entity and x.kind in ("film", "work")
                    for t in o.subtree):
                continue   # (a name the recogniser took for a person's is no one a part is
                # played in: a title it does not know; "Sean Bakers Anora" names Anora)
            lo = min(x.i for x in o.subtree if x.pos_ == "PROPN" or x.i == o.i)
            if any(self.kb.entities_by_name(p.doc[k:o.i + 1].text, type="film")
                   for k in range(lo, o.i + 1)):
                continue   # "Sean Bakers Anora": a maker's name run into a title the KB knows
            return p.doc[lo:o.i + 1].text
        return None

    def _span(self, p: Parsed, first: int, last: int) -> tuple[int, int]:
        start, end = p.span_of(first, last)
        s = p.sentence
        start, end = max(s.start, start), min(s.end, end)
        if end < s.end and self.text[end] == ")" and "(" in self.text[start:end]:
            end += 1
        return start, end

    # -- cast lists ----------------------------------------------------------------------------
    @staticmethod
    def _list_label(tok) -> bool:
        """A cast noun or a member verb labelling a list that opens the sentence ("Cast: A, B,
        C", "The ensemble: A and B", "Starring: A, B"): the names after its colon are the
        film's cast."""
        return (tok.lemma_.lower() in set(_words().get("cast_nouns") or ())
                or tok.lower_ in _all_forms(_words().get("member_verbs") or ())) and \
            tok.dep_ == "ROOT" and tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ":" \
            and all(t.dep_ == "det" for t in tok.doc[:tok.i])

    def _member_cue(self, tok) -> bool:
        w = _words()
        if self._list_label(tok):
            return True
        word = _hyphenated(tok)
        if word in _all_forms(w.get("member_nouns") or ()) or self._performance_noun(tok):
            return True   # (`_member_noun`, with the word read once)
        # a verb, or a verb form the tagger reads as a proper noun ("Starring A, B", "A and B
        # star in ..."); not a common noun or adjective ("Hollywood star Brad Pitt", "the
        # stars", "her co-star Jane Roe")
        if (tok.tag_.startswith("VB") or tok.tag_ == "NNP") and \
                word in _all_forms(w.get("member_verbs") or ()):
            return True
        if self._joined_cast(tok) is not None:
            return True
        # "Anora's cast includes A and B", "Anora features A and B": a list verb whose subject
        # is the cast or the film itself
        return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in set(
            w.get("list_verbs") or ()) and self._list_film(tok) is not False

    def _joined_cast(self, tok):
        """For a verb of `cast.joining_verbs`: the cast noun it takes as its object, its
        passive subject or in its 'in' phrase ("round out the cast", "joining A in the
        ensemble", "the cast is led by A"), when that noun is definite ("the cast", "Anora's
        cast") and names no film or a film; else None."""
        verbs = _words().get("joining_verbs") or ()
        if not (tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in set(verbs)
                or tok.tag_ in ("VBG", "VBN", "NNP") and tok.lower_ in _all_forms(verbs)):
            return None   # (an opening participle the tagger reads as a name: "Joining A")
        nouns = set(_words().get("cast_nouns") or ())
        cands = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "advcl" and tok.i < tok.head.i and tok.tag_ in ("VBN", "VBG"):
            # "Led by A, the cast includes ...": a fronted participle is said of the subject
            cands += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        cands += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                  for o in c.children if o.dep_ == "pobj"]
        for n in cands:
            if n.lemma_.lower() not in nouns:
                continue
            dets = [c for c in n.children if c.dep_ in ("det", "poss")]
            if any(c.dep_ == "conj" for c in n.children):
                continue   # "led the cast and crew": the whole company, not the cast alone
            if not dets or any(c.dep_ == "det" and c.lower_ != "the" for c in dets):
                continue   # "a cast of unknowns", "joins an ensemble"
            owners = [c for c in n.children if c.dep_ == "poss" and c.lower_ not in (
                "its", "their")] + [o for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                                    for o in c.children if o.dep_ == "pobj"]
            args = [self._args.arg_at(o.i) if self._args is not None else None for o in owners]
            if any(a is None or a.kind not in ("film", "work") for a in args):
                continue   # "the cast of Baker's next feature": no film the phrase names
            return n
        return None

    def _joined(self, p: Parsed, tok) -> list:
        """The heads of the names a joining verb (`_joined_cast`) says are in the cast: its
        person subject and object, its agent ("led by A"), and the names a copula it is the
        fronted subject of presents ("Rounding out the cast are A and B")."""
        heads = [c for c in tok.children if c.dep_ in ("nsubj", "dobj")]
        heads = [tok.head if c.lower_ in RELATIVE and tok.dep_ == "relcl" else c for c in heads]
        noun = self._joined_cast(tok)
        withs = [o for c in list(tok.children) + list(noun.children) if c.dep_ == "prep"
                 and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
        if withs:   # "Baker rounded out the cast with A and B": the subject cast them
            heads = [h for h in heads if h.dep_ != "nsubj"] + withs
        heads += [o for c in tok.children if c.dep_ == "agent" for o in c.children
                  if o.dep_ == "pobj"]
        if tok.dep_ in ("csubj", "advcl", "ccomp") and tok.head.lemma_.lower() == "be" and \
                tok.i < tok.head.i:
            heads += [c for c in tok.head.children if c.dep_ in ("attr", "nsubj")]
        # (the parser may hang the copula on the participle: "Filling out the cast are A")
        heads += [x for c in tok.children if c.dep_ == "aux" and c.lemma_ == "be" and c.i > tok.i
                  for x in c.children if x.dep_ in ("attr", "nsubj")]
        return [h for h in heads if (a := p.arg_at(h.i)) is not None and a.kind == "person"]

    def _list_film(self, tok):
        """For a list verb: the subject that makes it a cast list (a cast noun or a film), or
        False."""
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) or next(
            iter(_shared_subject(tok)), None)
        if subj is None:
            return False
        if subj.lower_ in RELATIVE and tok.dep_ == "relcl" and tok.head.i != tok.i:
            subj = tok.head   # "leads a cast that includes A and B": the noun it is of
        if subj.lemma_.lower() in set(_words().get("cast_nouns") or ()):
            return subj
        a = self._args.arg_at(subj.i) if self._args is not None else None
        return subj if a is not None and a.kind in ("film", "work") else False

    @staticmethod
    def _performance_noun(tok) -> bool:
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in set(
            _words().get("performance_nouns") or ())

    def _member_noun(self, tok) -> bool:
        word = _hyphenated(tok)
        return word in _all_forms(_words().get("member_nouns") or ())

    def _people(self, p: Parsed, tok) -> list[Arg]:
        """The persons a list headed by tok names: its conjuncts, and the names in apposition
        to it with theirs ("A, B, C and D" parsed as an apposition and its conjuncts)."""
        out = []
        for t in conjuncts(tok):
            for u in [t] + [c for x in t.children if x.dep_ == "appos" for c in conjuncts(x)]:
                a = p.arg_at(u.i)
                if a is not None and a.kind == "person" and a.head == u.i and a not in out:
                    out.append(a)
            # "A, B and C" parsed as A with "B and C" apposed, B hung on C's name as its
            # modifier: a name inside the apposition reached through list links only
            for x in (x for x in t.children if x.dep_ == "appos"):
                for a in p.args:
                    if a.kind != "person" or a in out or not (
                            x.left_edge.i <= a.head <= x.right_edge.i):
                        continue
                    u = p.doc[a.head]
                    while u.i != x.i and u.dep_ in LIST_DEPS and u.head.i != u.i:
                        u = u.head
                    if u.i == x.i:
                        out.append(a)
        return sorted(out, key=lambda a: a.first)

    def _members(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"Anora stars A and B", "Anora, starring A and B, ...", "Starring A, B and C", "co-stars
        A and B ...": each person is in the film's cast (a claim that can only be confirmed)."""
        doc, out = p.doc, []
        self._args = p
        for tok in doc:
            if _modal(tok) or _negated(tok):
                continue
            if not self._member_cue(tok):
                # "plays Vanya opposite A", "portrays Toros alongside A and B": a verb of a part whose
                # partner phrase names cast members of the film too (not the part's pair)
                if tok.pos_ == "VERB" and tok.lemma_.lower() in set(
                        _words().get("partner_verbs") or ()):
                    out += self._partners(p, tok, hedged)
                continue
            first = _hyphenated(tok, start=True)
            if self._member_noun(tok) and ((tok.head if tok.dep_ == "compound" else tok).dep_
                                           == "pobj" or any(
                    c.dep_ == "poss" for t in doc[first:tok.i + 1] for c in t.children)
                    or first > 0 and doc[first - 1].tag_ in ("PRP$", "POS")):
                # "a party with co-star Jane Roe", "her co-stars A and B": said in passing, or
                # of a relation to someone; "Co-stars A and B also came" states the cast
                continue
            heads = [c for c in tok.children if c.dep_ in ("dobj", "compound")]
            joined = self._joined_cast(tok)
            if joined is not None:   # "Rounding out the cast are A and B"
                heads = self._joined(p, tok)
            if self._list_label(tok):   # "Cast: A, B, C": the names after the colon
                # (the parser may take the first name for the label's subject or object)
                heads = [c for c in tok.children if c.dep_ in (
                    "appos", "dep", "conj", "nsubj", "dobj") and c.i > tok.i + 1]
            # "stars Jane Roe alongside A and B", "stars opposite A", "Jane Roe, alongside A
            # and B, stars in ...": the partners are cast too
            partners = _partner_objects(tok)
            heads += partners
            if tok.dep_ in ("compound", "amod", "nmod", "conj") or (
                    tok.dep_ in ("nsubj", "appos") and p.arg_at(tok.head.i) is not None):
                heads.append(tok.head)   # "Starring A, B", "co-stars A and B", "A and B star"
            nxt = p.arg_at(tok.i + 1) if tok.i + 1 < len(doc) else None
            if self._member_noun(tok) and nxt is not None and nxt.first == tok.i + 1:
                heads.append(doc[nxt.head])   # "her co-star Jane Roe": the name it titles
            if self._performance_noun(tok):   # "the performances of A and B"
                heads += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for o in c.children if o.dep_ == "pobj"]
            people = sorted({id(a): a for h in heads for a in self._people(p, h)}.values(),
                            key=lambda a: a.first)
            film = self._member_film(p, tok)
            if not people or not film:
                continue
            first = _hyphenated(tok, start=True)
            # the names of the list the KB lacks: each a member of its own, which no claim of
            # another member is about ("Cast: A, B, Jane Roe": A's place holds without her)
            unknown = [p.doc[a.first:a.last].text for a in people if not a.entity]
            # (a partner set off before the verb is said by its name alone: "A, alongside B,
            # stars in X")
            fronted = {a.first for h in partners if h.i < tok.i for a in self._people(p, h)}
            for k, a in enumerate(people):
                lead = k == 0 and a.first not in fronted
                start, end = self._span(p, min(first, a.first) if lead else a.first,
                                        max(tok.i + 1, a.last) if lead else a.last)
                out.append(Claim(
                    id="", start=start, end=end, text=self.text[start:end], category="cast",
                    subject=EntityRef(a.entity, self.kb.label(a.entity)) if a.entity else None,
                    predicate="notable_work", object=EntityRef(film, self.kb.label(film)),
                    hedged=hedged, slots=dict(kind="filmography", subject=a.entity, work=film,
                                              negated=False, other_members=unknown,
                                              joined=joined is not None)))
        return [c for c in out if c.slots["subject"]]

    def _partners(self, p: Parsed, tok, hedged: bool) -> list[Claim]:
        """The persons of a partner phrase on a verb of a part (`_members`), each in the cast
        of the film the clause is in (a claim that can only be confirmed)."""
        preps = set(_words().get("partner_preps") or ())
        heads = _partner_objects(tok)
        # "plays opposite A as Vanya": the parser may take the preposition for a modifier of
        # the name it governs, and the name for the verb's object
        heads += [c for c in tok.children if c.dep_ == "dobj" and any(
            x.lower_ in preps and x.dep_ in ("amod", "advmod", "prep") and x.i < c.i
            for x in c.children)]
        people = sorted({id(a): a for h in heads for a in self._people(p, h)}.values(),
                        key=lambda a: a.first)
        film = self._member_film(p, tok) if people else None
        out = []
        for a in people if film else ():
            start, end = self._span(p, a.first, a.last)
            out.append(Claim(
                id="", start=start, end=end, text=self.text[start:end], category="cast",
                subject=EntityRef(a.entity, self.kb.label(a.entity)) if a.entity else None,
                predicate="notable_work", object=EntityRef(film, self.kb.label(film)),
                hedged=hedged, slots=dict(kind="filmography", subject=a.entity, work=film,
                                          negated=False)))
        return out

    def _member_film(self, p: Parsed, tok) -> Optional[str]:
        """The film a cast list is of: the verb's subject ("Anora stars"), the noun a
        participle hangs on ("Anora, starring ...", "Marty, a drama starring ..."), the film
        it is 'in'; else the film the passage is about, when the sentence names no other."""
        cands = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "the cast of Anora, which includes A": a relative subject is the noun it is of
        cands = [tok.head if c.lower_ in RELATIVE and tok.dep_ == "relcl" else c for c in cands]
        joined = self._joined_cast(tok)
        if joined is not None:   # "A rounds out the cast of Anora": the cast noun's film
            cands = [joined]
        # a cast noun's film: "Anora's cast", "the cast of Anora"
        cands += [x for c in cands if c.lemma_.lower() in set(_words().get("cast_nouns") or ())
                  for x in [y for y in c.children if y.dep_ == "poss"] + [
                      o for y in c.children if y.dep_ == "prep" and y.lower_ == "of"
                      for o in y.children if o.dep_ == "pobj"]]
        first = _hyphenated(tok, start=True)
        top = tok
        while top.head.i != top.i and first <= top.head.i < tok.i:
            top = top.head   # "co-starring" parsed as "co", "-" and "starring": the word's top
        if top.dep_ == "acl" or top.dep_ == "appos" and top.tag_ == "VBG":
            # ("Anora (starring A) opened": the bracketed participle read as an apposition)
            cands += [top.head] + ([top.head.head] if top.head.dep_ == "appos" else [])
        if top.head.is_punct and top.head.text in DASHES and top.head.i == top.i - 1 \
                and top.i >= 2:
            # "Anora -- starring A, B and C -- opened": a participle set off by a dash right
            # after a name is that name's; the parser hangs it on the dash
            cands.append(p.doc[top.i - 2])
        if first == 0 and tok.tag_ in ("VBG", "NNP") and any(
                t.text == "," for t in p.doc[tok.i:]):
            # "Starring A and B, Anora follows ...": a participle that opens the sentence,
            # set off by a comma, is said of the main clause's subject
            cands += [c for r in p.doc if r.dep_ == "ROOT" for c in r.children
                      if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i]
        cands += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                  for o in c.children if o.dep_ == "pobj"]
        if not cands:
            cands += _shared_subject(tok)
        for c in cands:
            a = p.arg_at(c.i)
            if a is not None and a.kind in ("film", "work"):
                return a.entity
        works = [a for a in p.args if a.kind in ("film", "work")]
        if joined is not None and len(works) == 1 and works[0].entity and \
                works[0].first < joined.i:
            # "Anora stars A; rounding out the cast are B and C": a bare cast noun after the
            # one film the sentence names is that film's
            return works[0].entity
        if works:
            return None
        return self.res.film(p.sentence)

    # -- story relations between characters -------------------------------------------------
    def _relations(self, p: Parsed, hedged: bool) -> list[Claim]:
        """"Toros, Vanya's godfather", "Vanya's godfather, Toros", "Toros's brother Garnick",
        "Toros is Vanya's godfather": x is y's relation in the film's story."""
        film = self.res.main_film
        if not film:
            return []
        out, doc = [], p.doc
        for tok in doc:
            rel = self._relation_word(tok)
            if not rel:
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None:   # "Garnick, the brother of Toros"
                owner = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                              for o in c.children if o.dep_ == "pobj"), None)
            named = []   # the character the relation noun names
            named += [c for c in tok.children if c.dep_ == "appos"]
            # "Igor, one of Toros's henchmen", "Igor is one of Toros's henchmen": the noun of
            # a partitive (`cast.partitive_heads`) stands where that head does in the sentence
            at = _partitive_head(tok)
            if at.dep_ in ("compound", "appos"):
                named.append(at.head)
            if owner is None and tok.dep_ == "compound":   # "Toros's brother Garnick": the
                # possessive hangs on the name the relation noun modifies
                owner = next((c for c in tok.head.children if c.dep_ == "poss"), None)
            if at.dep_ == "appos":   # "In Anora, Toros, Vanya's godfather": the parser hangs
                # the apposition on the list's first noun; the name right before it is meant
                named += [c for c in conjuncts(at.head) if c.i < at.i
                          and all(not doc[i].is_alpha for i in range(c.i + 1, at.left_edge.i))]
            negated = False
            set_off = _set_off_name(p, at)
            if set_off is not None:
                # "Karagulian plays Toros, Vanya's godfather", "is terrific as Toros, Vanya's
                # godfather": an apposition the parser hangs on the verb as a second object
                # (or a predicate noun) is said of the character named right before its comma
                named = [set_off]
            elif at.dep_ == "attr" and at.head.lemma_.lower() in set(
                    _words().get("relation_copulas") or ()):
                subj = [c for c in at.head.children if c.dep_ == "nsubj"]
                named += subj
                if at.head.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in subj):
                    named.append(at.head.head)   # "Igor, who is Garnick's son": Igor
                negated = _negated(at.head)
            elif at.dep_ == "nsubj" and at.head.lemma_.lower() in set(
                    _words().get("relation_copulas") or ()):
                # "Vanya's godfather is Toros", "Ani's husband becomes Igor": the relation
                # noun is the copula's subject and the name what it is said to be
                # (a name the parser reads as an adjective: "is Garnick, a henchman")
                named += [x for c in at.head.children if c.dep_ in ("attr", "acomp")
                          for x in conjuncts(c)]
                negated = _negated(at.head)
            y = p.arg_at(owner.i) if owner is not None else None
            x = next((a for a in (p.arg_at(t.i) for t in named)
                      if a is not None and a.kind == "character" and a.entity
                      and (y is None or a.entity != y.entity)), None)
            ends = None
            if y is None and x is not None and owner is not None \
                    and owner.lower_ in POSSESSIVE_PRONOUNS:
                y = _pronoun_owner(p, owner, x.entity)   # "Toros and his brother Garnick"
                # (the tie is said at the pronoun, when its owner is the subject of a verb the
                # phrase hangs on: "Toros is sent along with his brother Garnick")
                if y is not None and p.doc[y.head].dep_ in ("nsubj", "nsubjpass") \
                        and any(a.dep_ == "prep" for a in owner.ancestors):
                    ends = (owner.i, owner.i + 1)
            if y is None or y.kind != "character" or not y.entity or x is None:
                continue
            if _other_version(tok):
                continue   # "In an early draft, Toros is Vanya's father": not the film's story
            lo_y, hi_y = ends or (y.first, y.last)
            start, end = self._span(p, min(x.first, lo_y, tok.i), max(x.last, hi_y, tok.i + 1))
            out.append(Claim(
                id="", start=start, end=end, text=self.text[start:end], category="plot",
                subject=EntityRef(film, self.kb.label(film)), predicate="plot",
                object=f"{x.text} is {y.text}'s {rel}", hedged=hedged,
                slots=dict(kind="relation", subject=film, x=x.entity, y=y.entity,
                           relation=rel, negated=negated)))
        return out + self._verb_relations(p, hedged, film)

    def _verb_relations(self, p: Parsed, hedged: bool, film: str) -> list[Claim]:
        """"Igor works for Toros", "Igor, who works for Toros", "Toros employs Igor": a verb of
        `cast.relation_verbs` tells the tie its subject holds to the object of its preposition
        (or its own object)."""
        verbs = _words().get("relation_verbs") or {}
        out = []
        for tok in p.doc:
            spec = verbs.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
            if not spec:
                continue
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if subj and subj[0].lower_ in RELATIVE and tok.dep_ == "relcl":
                subj = [tok.head]   # "Igor, who works for Toros"
            if spec.get("prep"):
                objs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == spec["prep"]
                        for o in c.children if o.dep_ == "pobj"]
            else:
                objs = [c for c in tok.children if c.dep_ == "dobj"]
            x = next((a for a in (p.arg_at(t.i) for t in subj)
                      if a is not None and a.kind == "character" and a.entity), None)
            y = next((a for a in (p.arg_at(t.i) for t in objs)
                      if a is not None and a.kind == "character" and a.entity), None)
            if x is None or y is None or x.entity == y.entity or _other_version(tok):
                continue
            start, end = self._span(p, min(x.first, y.first, tok.i),
                                    max(x.last, y.last, tok.i + 1))
            rel = spec["relation"]
            out.append(Claim(
                id="", start=start, end=end, text=self.text[start:end], category="plot",
                subject=EntityRef(film, self.kb.label(film)), predicate="plot",
                object=f"{x.text} is {y.text}'s {rel}", hedged=hedged,
                slots=dict(kind="relation", subject=film, x=x.entity, y=y.entity,
                           relation=rel, negated=_negated(tok))))
        return out


def _partner_objects(verb) -> list:
    """The objects of the cast's partner prepositions ("alongside", "opposite") said with a
    verb: on the verb itself, or set off on its subject ("Jane Roe, alongside A and B, stars
    in ...")."""
    preps = set(_words().get("partner_preps") or ())
    holders = [verb] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]


def _pronoun_owner(p: Parsed, owner, named: str) -> Optional[Arg]:
    """The character a possessive pronoun on a relation noun stands for ("Toros and his brother
    Garnick", "Vanya ignores his godfather, Toros"): the one character other than the relation's
    own that the sentence names before the pronoun. None when it names more than one (or
    none): "Toros arrives with Igor and his brother" does not say whose brother."""
    before = {a.entity: a for a in p.args if a.kind == "character" and a.entity
              and a.entity != named and a.last <= owner.i}
    if len(before) > 1:
        # "Vanya's godfather Toros is sent along with his brother Garnick": a pronoun in a
        # phrase of a verb stands for that verb's subject, when the subject is one of them
        v = owner.head
        while v.pos_ not in ("VERB", "AUX") and v.dep_ not in ("ROOT", "relcl", "acl") \
                and v.head.i != v.i:
            v = v.head
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if v.pos_ in ("VERB", "AUX") else None
        # (every other one named inside the subject's own phrase: "Toros arrives with Igor
        # and his brother" still does not say whose brother)
        if subj is not None and subj.i < owner.i and all(
                subj.left_edge.i <= a.first and a.last <= subj.right_edge.i + 1
                for a in before.values()):
            got = [p.arg_at(t.i) for t in (subj, *(c for c in subj.children
                                                  if c.dep_ in ("appos", "compound")))]
            got = [a for a in got if a is not None and a.entity in before]
            if len(got) == 1 and not any(c.dep_ == "conj" for c in subj.children):
                return got[0]
    return next(iter(before.values())) if len(before) == 1 else None


def _partitive_head(tok):
    """The head word of a partitive whose 'of' phrase (or another of `cast.partitive_preps`:
    "the quiet one among Toros's henchmen") is `tok` ("one of Toros's henchmen": "one", a word
    of `cast.partitive_heads`), else `tok` itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ in set(_words().get("partitive_preps") or ()) \
            and tok.head.dep_ == "prep" \
            and tok.head.head.lower_ in set(_words().get("partitive_heads") or ()):
        return tok.head.head
    return tok


# where the parser hangs a noun set off by a comma after a name when it misses the apposition:
# a second object or a predicate noun of the verb ("plays Toros, Vanya's godfather")
MISSED_APPOS_DEPS = frozenset({"dobj", "attr"})


def _bare_relative(tok) -> bool:
    """A relation noun said with "the" alone ("the father", "the quiet godfather"): no owner,
    no 'of' phrase, no name beside it (a description set beside it is no name: "the father, a
    man who ...")."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in tok.children) and not any(
        c.dep_ in ("poss", "compound") or c.dep_ == "appos" and c.pos_ == "PROPN"
        or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _set_off_name(p: Parsed, at):
    """The character named right before a noun phrase that only a comma separates from it,
    where the parser hung the phrase on the verb (`MISSED_APPOS_DEPS`) rather than on the name:
    the phrase is that name's apposition. None when the phrase is the verb's only object or
    predicate noun, or when more than the comma stands between them."""
    if at.dep_ not in MISSED_APPOS_DEPS:
        return None
    comma = at.left_edge.i - 1
    if comma < 1 or p.doc[comma].text != ",":
        return None
    a = next((x for x in p.args if x.last == comma and x.kind == "character" and x.entity),
             None)
    if a is None:
        return None
    name = p.doc[a.head]
    # the name is the object of a cast verb ("plays Toros, ..."), or of an 'as' phrase on
    # the predicate ("is terrific as Toros, ..."): the two stand side by side in the one
    # clause, and the part is the clause's point (beside another deed's object, "dispatches
    # Toros, Vanya's godfather, along with ...", the aside is the deed's)
    if name.dep_ == "dobj" and name.head.i == at.head.i and name.i < at.i and any(
            c.relation.family == "cast" for c in lexicon().verb_cues(at.head.lemma_.lower())):
        return name
    if at.dep_ == "attr" and name.dep_ == "pobj" and name.head.lower_ == "as" \
            and at.head in name.head.ancestors:
        return name
    return None


def _phrase(tok) -> list:
    """A noun phrase's words without the clauses in it ("the goons sent to fetch Vanya": the
    goons): its owner, modifiers and 'of' phrases."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("acl", "relcl", "advcl"):
            out += _phrase(c)
    return out


def _shared_subject(tok) -> list:
    """The subject a verb with none of its own shares with the verb it is coordinated with
    ("Anora premiered at Cannes and stars A", "was written by X and features A"); also for a
    verb the parser made a compound of the name it lists, that name coordinated with the verb
    ("is directed by X and stars A")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    conj = tok if tok.dep_ == "conj" else tok.head if tok.dep_ == "compound" and \
        tok.head.dep_ == "conj" else None
    if conj is None or conj.head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in conj.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _partner_folded(p: Parsed, fl: Filler) -> bool:
    """Whether a name's phrase opens with a partner preposition of the lexicon ("opposite",
    "alongside") that the parser read as part of the name: "Opposite Jane Roe, ..." at the
    start of a sentence, the preposition taken for a proper noun (before the name's span, or
    as its first word where the name's span takes it in)."""
    preps = set(_words().get("partner_preps") or ())
    first = p.doc[fl.arg.first] if fl.arg is not None else p.doc[fl.token]
    if first.i != fl.token and first.lower_ in preps and first.dep_ in (
            "compound", "nmod", "amod") and first.head.i in {t.i for t in p.doc[fl.token].subtree}:
        return True   # the span "Opposite Jane Roe" itself
    if first.i == 0:
        return False
    word = p.doc[first.i - 1]
    return word.lower_ in preps and word.dep_ in (
        "compound", "nmod", "amod") and word.head.i in {t.i for t in p.doc[fl.token].subtree}


def _fronted_subject(verb) -> list:
    """The subject the parser hangs in a fronted prepositional phrase of a verb that has none
    of its own ("Alongside Jane Roe, John Doe plays Vanya": John Doe read as in apposition to
    Jane Roe): the apposition that ends right before the verb."""
    return [a for c in verb.children if c.dep_ == "prep" and c.i < verb.i
            for o in c.children if o.dep_ == "pobj"
            for a in o.children if a.dep_ == "appos" and a.right_edge.i == verb.i - 1
            and any(t.text == "," for t in verb.doc[o.i:a.left_edge.i])][:1]


def _holds_person(p: Parsed, i: int, cue: int, actors: set) -> bool:
    """Whether the phrase of token i (a character) names a person other than the frame's
    actors, unless the cue itself hangs in that phrase ("Ani, a dancer played by Jane Roe")."""
    sub = {t.i for t in p.doc[i].subtree}
    return cue not in sub and any(a.kind == "person" and a.head in sub and a.head not in actors
                                  for a in p.args)


def _as_of(tok) -> Optional[int]:
    """The token an 'as' phrase holding `tok` hangs on ("A as X": A), or None."""
    if tok.dep_ == "appos":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.i != tok.head.i:
        return tok.head.head.i
    return None


def _as_holder(p: Parsed, tok) -> Optional[int]:
    """The named person an 'as' phrase holding `tok` is said of by its place: the person it
    hangs on ("B as Y"), else the person whose name ends right before 'as' (the parser may
    hang "..., with B as Y" on the verb); None when neither is a person."""
    if tok.dep_ == "appos":
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "as":
        return None
    prep = tok.head
    on = next((a for a in p.args if a.kind == "person" and a.head == prep.head.i), None)
    if on is not None:
        return on.head
    near = next((a for a in p.args if a.kind == "person" and a.last == prep.i), None)
    return near.head if near is not None else None


def _denied(i: int, p: Parsed) -> bool:
    """Whether a negative word on a filler denies the clause ("neither A nor B plays X"); not
    one set off by a comma before a name ("plays Lulu, not Ani": Ani is the one denied), nor
    one after the filler, which leads what follows it ("plays Igor, not a villain but ...")."""
    words = NEGATIONS | set(_words().get("negations") or ())
    tok = p.doc[i]
    near = list(tok.children)
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        near += list(tok.head.children)   # the cleft "it is not A (but B) who plays X"
    return any(c.dep_ in ("preconj", "neg", "det") and c.lower_ in words and c.i < i
               and not _contrasts(p, c) for c in near)


def _contrasted_by_but(tok) -> bool:
    """Whether a denied filler is set against a 'but' conjunct ("not A but B"): the negative
    word denies that filler alone and the conjunct is what the clause asserts."""
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in tok.children) and \
        any(c.dep_ == "conj" for c in tok.children)


def _contrasts(p: Parsed, neg) -> bool:
    """Whether a 'not' is set off by a comma right before a name (", not Ani"): it contrasts
    that name with the clause's, it does not deny the clause."""
    return neg.dep_ == "neg" and neg.i > 0 and p.doc[neg.i - 1].text == "," and \
        (a := p.arg_at(neg.i + 1)) is not None and a.first == neg.i + 1


def _hyphenated(tok, start: bool = False):
    """The word a token ends when hyphens join it to the ones before ("co-stars"), or with
    start=True the index of its first token."""
    doc, i, word = tok.doc, tok.i, tok.lower_
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_:
        word = doc[i - 2].lower_ + "-" + word
        i -= 2
    return i if start else word


def _listed_under(tok, top) -> bool:
    """Whether tok hangs below top through coordination, apposition and 'as' phrases only
    (the next item of a list "A as X and B as Y"), not through another preposition."""
    for _ in range(12):
        if tok.i == top.i:
            return True
        if tok.head.i == tok.i or (tok.dep_ == "prep" and tok.lower_ != "as") or tok.dep_ not in (
                "conj", "appos", "pobj", "prep"):
            return False
        tok = tok.head
    return False


def _after_another_object(cue) -> bool:
    """A participle set off after a relative clause that ends on an object of its own ("Ani,
    a dancer who marries the son of a rich man, played by ..."): said of the name the parser
    hangs it on, or of that nearer object; the reading may only confirm."""
    if cue.dep_ not in ("acl", "advcl") or cue.tag_ != "VBN" or cue.i < 2 or \
            cue.head.i >= cue.i or cue.doc[cue.i - 1].text != ",":
        return False
    return any(v.dep_ == "relcl" and v.i < cue.i and v.right_edge.i == cue.i - 2 and any(
        c.dep_ in ("dobj", "attr", "oprd", "prep") for c in v.children)
        for v in cue.head.subtree)


def _reduced_relative(p: Parsed, cue) -> bool:
    """A bare participle the parser hangs on a verb ("meets Vanya, played by ..."), not on the
    name it follows: it has no subject or auxiliary of its own."""
    return cue.tag_ == "VBN" and (cue.dep_ == "advcl" or (
        cue.dep_ == "acl" and p.arg_at(cue.head.i) is None)) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children)


def _named_part(p: Parsed, tok) -> Optional[Arg]:
    """The name a part the KB lacks goes by at `tok`: its own ("plays Maren"), or the one in
    apposition to a common noun ("His niece, Sigrid, played by ...")."""
    if tok.pos_ == "NOUN" and p.arg_at(tok.i) is None:
        tok = next((c for c in tok.children if c.dep_ == "appos"), None)
        if tok is None:
            return None
    return _name_arg(p, tok, p.arg_at(tok.i))


def _bare_names(p: Parsed) -> list[Arg]:
    """Names the NER missed: a run of one to three title-case proper nouns with no argument,
    headed by its last word ("Edda Viklund"), as a person argument the KB lacks."""
    out = []
    for t in p.doc:
        if t.pos_ != "PROPN" or t.dep_ == "compound" or p.arg_at(t.i) is not None:
            continue
        got = _name_arg(p, t, None)
        if got is not None:
            out.append(got)
    return out


def _name_arg(p: Parsed, tok, a: Optional[Arg]) -> Optional[Arg]:
    """The name of a part the KB lacks at `tok`: a name argument the KB does not know (the
    NER may read a first name as a place: "Sigrid"), or a run of title-case proper nouns with
    no argument."""
    if a is not None:
        ok = not a.entity and a.kind in ("person", "place", "org") and a.head == tok.i \
            and a.last - a.first <= 3
        return Arg(a.start, a.end, a.text, "person", None, a.first, a.last, a.head) if ok else None
    if tok.pos_ != "PROPN" or not tok.is_title:
        return None
    run = sorted([c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                  and c.is_title and p.arg_at(c.i) is None] + [tok], key=lambda x: x.i)
    if len(run) > 3 or run[-1].i - run[0].i != len(run) - 1:
        return None
    start, end = p.span_of(run[0].i, tok.i + 1)
    return Arg(start, end, p.doc[run[0].i:tok.i + 1].text, "person", None, run[0].i, tok.i + 1,
               tok.i)


def _part(c: Claim):
    """The part a cast claim is about: the KB character, or the name of one the KB lacks."""
    return c.slots.get("subject") or ("name", c.slots.get("subject_name"))


def _one_per_character(claims: list[Claim]) -> list[Claim]:
    """One cast claim per character and actor in a sentence (frames and 'as' phrases may read
    the same pair)."""
    out, seen = [], set()
    for c in claims:
        key = (c.predicate, _part(c), c.slots.get("actor"), c.slots.get("actor_name"),
               c.slots.get("x"), c.slots.get("y"))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _other_version(tok) -> bool:
    """Whether the clause a word is in is said of another version of the work than the film
    (`cast.version_nouns` after one of `cast.film_preps`: "in an early draft", "in the
    remake"): its story and its parts are not the film's. The word's phrase and the verbs
    above it are searched, never another clause's."""
    nouns = set(_words().get("version_nouns") or ())
    preps = set(_words().get("film_preps") or ())
    heads = [tok] + list(tok.ancestors)
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in preps and any(
                    o.dep_ == "pobj" and (o.lemma_.lower() in nouns or _version_scene(o))
                    for o in c.children):
                return True
            if c.dep_ == "nsubj" and _version_scene(c) and h.i != tok.i:
                return True   # "the alternate ending shows Vanya flying back": what it shows
        if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("conj", "xcomp", "aux", "auxpass"):
            break
    return False


def _version_scene(noun) -> bool:
    """Whether a noun is a scene of another version than the film as released: a noun of
    `cast.version_scene_nouns` with a word of `cast.version_marks` before it in its phrase
    ("a deleted scene", "the alternate ending", "a hidden post-credits scene")."""
    if noun.lemma_.lower() not in set(_words().get("version_scene_nouns") or ()):
        return False
    marks = set(_words().get("version_marks") or ())
    return any(x.i < noun.i and x.lower_ in marks for x in noun.subtree)


other_version = _other_version   # (the story's readers ask it too: claims/plot.py, notes.py)


def _up_to_verb(tok) -> list:
    """A token and its heads up to the first verb above it (the clause it is said in)."""
    heads = [tok]
    for a in tok.ancestors:
        heads.append(a)
        if a.pos_ in ("VERB", "AUX"):
            break
    return heads
