"""Who a frame is about: a name, a description ("its star"), a pronoun, a film's person noun
or a possessor, resolved against the KB and the passage.

A part of AwardReader (claims/awards/reader.py)."""
from __future__ import annotations

from typing import Optional

from ..ages import bare_age_subject
from ..frames import Filler, Frame, another_film, clause_person, titled
from ..parse import Arg, Parsed, _a_class, lexicon
from ..text import YEAR
from .common import AwardRef, DIRECTOR_NOUNS, FILM_NOUNS, PRONOUNS, SUBJECT_KINDS, category_runs
from .readings import _body_owner, _equating, _person_descriptions, _title_subject, _verb_subject_film


class _Subjects:
    """Who a frame is about: a name, a description ("its star"), a pronoun, a film's person noun
    or a possessor, resolved against the KB and the passage."""

    def _subject(self, f: Frame, fl: Filler, stand_in: bool = False) \
            -> tuple[Optional[str], Optional[str], Optional[Arg]]:
        """(KB id, name as written, argument) of who a frame is about. `stand_in`: a film
        may stand for a person noun of its own ("its star won Best Actress": the film won
        it), for the party of a claim of a category (`claims` checks the category)."""
        # (the prizes the clause names: what picks "Baker's film" among his films)
        self._clause_prizes = {x.arg.entity for x in f.roles.get("award", ())
                               if x.arg is not None and x.arg.kind == "award" and x.arg.entity}
        self._subject_country = None
        a = fl.arg
        films = list(dict.fromkeys(x.arg.entity for x in f.roles.get("work", ())
                                   if x.arg is not None and x.arg.kind == "film" and x.arg.entity))
        if a is not None and a.kind == "place" and a.known and len(films) == 1 and \
                f.relation.polarity in ("won", "nominated"):
            # "Brazil won the international feature Oscar with I'm Still Here": a country
            # wins with its entry; the film is the subject and the country a slot the
            # verifier checks against the country the record names for it
            self._subject_country = a.entity
            return films[0], None, Arg(a.start, a.end, a.text, "film", films[0], a.first, a.last,
                                       a.head)
        try:
            return self._subject_in(f.parsed, fl, stand_in)
        finally:
            self._clause_prizes = set()

    def _subject_in(self, p: Parsed, fl: Filler, stand_in: bool = False):
        tok = p.doc[fl.token]
        a = fl.arg
        if a is None and any(c.dep_ == "relcl" for c in tok.children) and (
                m := _copula_member(tok, p)) is not None and p.arg_at(m) is not None:
            # "X was among the films it beat": the noun the clause's gap stands for is X
            return self._subject_in(p, Filler(m, p.arg_at(m)), stand_in)
        if a is not None and (
                a.kind in ("place", "character") or not a.known and a.kind in SUBJECT_KINDS) \
                and not (
                self.kb.entities_by_name(a.text, "person")):
            # a place or a story's character cannot win or be nominated, and a name the
            # linker left open may be a title: the winner is the film of that name ("Chicago
            # won Best Picture", "the Palme went to Anora"), when the KB has exactly one (and
            # no person of that name)
            films = self.kb.entities_by_name(a.text, "film")
            if len(films) == 1:
                return films[0].id, a.text, Arg(a.start, a.end, a.text, "film", films[0].id,
                                                a.first, a.last, a.head)
            if _unplaced_name(self.kb, p, a):
                # "Payal Kapadia accepted the Grand Prix": a name of given name and surname
                # that the tagger took for a place and the KB knows as no place is someone the
                # KB lacks (who wins no prize a complete list gives another)
                return None, a.text, Arg(a.start, a.end, a.text, "person", None, a.first,
                                         a.last, a.head, a.mention)
        if a is not None and not a.known and (runs := category_runs(p)) and all(
                k in runs for k in range(a.first, a.last)):
            return None, None, None   # a category cannot win ("..., Best Picture won")
        if a is not None and a.kind in SUBJECT_KINDS + ("character",):
            if a.kind == "character":
                return None, a.text, a
            name = a.text[:-2] if a.text[-2:] in ("'s", "’s") else a.text   # "X's Palme"
            return a.entity, name, a
        named = p.arg_at(tok.i + 1) if tok.pos_ == "NOUN" and tok.i + 1 < len(p.doc) else None
        if named is not None and named.first == tok.i + 1 and named.kind in SUBJECT_KINDS and (
                p.doc[named.head].head.i == tok.i or (   # "director Sean Baker": the name,
                    p.doc[named.head].head.i == tok.head.i   # also when parsed as two subjects
                    and p.doc[named.head].dep_ == tok.dep_ and tok.head.i != tok.i)):
            return named.entity, named.text, named
        if tok.pos_ == "NOUN":   # "the film's director, Jacques Audiard, who ...": the name
            for c in tok.children:
                a = p.arg_at(c.i) if c.dep_ == "appos" else None
                if a is not None and a.kind in SUBJECT_KINDS:
                    return a.entity, a.text, a
            # "Ken Loach, the British director who has won ...": the description set beside a
            # name is that name (not the director of the passage's film)
            a = p.arg_at(tok.head.i) if tok.dep_ == "appos" and tok.head.i < tok.i else None
            if a is not None and a.kind == "person":
                name = a.text[:-2] if a.text[-2:] in ("'s", "’s") else a.text
                return a.entity, name, a
        # (a class the parser took for a name is a noun here: "the first Native American")
        noun = tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and _a_class(p, tok.i)
        if noun and (tok.head.lemma_ == "be" or tok.dep_ == "attr" and _equating(tok.head)) \
                and any(c.dep_ == "relcl" for c in tok.children):
            # "the film that beat Conclave was Anora", "Anora was the film that ...", "she
            # became the first woman to win": the noun a relative clause hangs on is the name
            # the copula (or a verb of becoming) equates it with
            other = ("attr",) if tok.dep_ in ("nsubj", "nsubjpass") else (
                ("nsubj",) if tok.dep_ == "attr" else ())
            for c in tok.head.children:
                a = p.arg_at(c.i) if c.dep_ in other else None
                if a is not None and a.kind in SUBJECT_KINDS and a.known:
                    return a.entity, a.text, a
        if noun and tok.dep_ == "pobj" and tok.head.lower_ == "as" and \
                tok.head.head.lemma_.lower() in lexicon().qualifiers.get("record_as_verbs", ()) \
                and any(c.dep_ == "relcl" for c in tok.children):
            # "Bigelow made history as the first woman to win": the verb's subject
            for c in tok.head.head.children:
                a = p.arg_at(c.i) if c.dep_ in ("nsubj", "nsubjpass") else None
                if a is not None and a.kind in SUBJECT_KINDS and a.known:
                    return a.entity, a.text, a
        low = tok.lower_
        if low in PRONOUNS:
            want = PRONOUNS[low]
            if want == "film":
                # a pronoun inside a relative clause on a film is that film ("X won seven,
                # more than Y, which won one of its 12 nominations": Y's twelve), not the
                # main clause's subject
                rel = next((x.head for x in tok.ancestors if x.dep_ == "relcl"), None)
                host = p.arg_at(rel.i) if rel is not None and rel.i < tok.i else None
                if host is not None and host.kind == "film" and host.known:
                    return host.entity, None, None
                if tok.dep_ == "poss" and _body_owner(p, tok):
                    return None, None, None   # "the Academy announced its nominees": its own
                if tok.dep_ == "poss" and (own := _title_subject(p, tok)) is not None:
                    # "His earlier film, Harbour Lights, won two of its five nominations": the
                    # owner is its own clause's subject (a title the KB lacks: open), not the
                    # passage's film
                    got = self._subject_in(p, Filler(own.i, p.arg_at(own.i)))
                    return (got[0], None, None) if got[0] else got
                own = _verb_subject_film(p, tok)   # (never the pronoun's own clause's subject)
                member = _member_of_the_gap(p, tok)
                films = [a for a in p.args if a.kind == "film" and a.known and a.last <= tok.i
                         and p.doc[a.head].dep_ in ("nsubj", "nsubjpass") and a.entity != own
                         and a.head != member]
                if films:   # "X won the Grand Prix, and it was named best picture": X
                    return films[-1].entity, None, None
                if not any(a.kind in ("film", "work") for a in p.args if a.last <= tok.i) \
                        and (ahead := self._cataphor(p, tok, "film")) is not None:
                    # "At the Globes, where it went home with nothing, X was ...": a film
                    # pronoun in a fronted phrase looks ahead to the main clause's subject
                    return (ahead.entity, None, None) if ahead.known else (None, None, None)
                # the film said before the pronoun ("it came away empty-handed, with X
                # taking the top award": not X)
                film = self.res.film_at(p.sentence, p.offset + tok.idx)
                gap = p.arg_at(member) if member is not None else None
                if gap is not None and gap.kind == "film" and film == gap.entity:
                    own = film   # ("X was among the films it beat": X is what it beat)
                if film is not None and film == own:
                    # "Anora lost the award to it": a pronoun its own clause's subject
                    # governs is not that subject (that would be "itself"), but the film the
                    # passage named before the sentence, if another
                    film = self.res.film_at(p.sentence, p.sentence.start)
                    if film == own:
                        return None, None, None
                if film in self._prize_films:   # "... shared the Grand Prix. Months
                    return None, None, None     # earlier, it had ...": not that "film"
                self.res.note_film(p.offset + tok.idx, film)
                return film, None, None
            if want in ("m", "f"):
                return self._pronoun(p, tok, want)
            return None, None, None
        if (low in FILM_NOUNS or low in lexicon().qualifiers.get("film_descriptions", ())) \
                and any(c.lower_ in ("the", "this", "its", "that") or c.dep_ == "poss"
                        for c in tok.children):
            if another_film(tok) and titled(p, tok) is None:
                return None, None, None   # "his previous film won two Oscars": not the
                # passage's film, and no title says which
            film = self.res.film_at(p.sentence, p.offset + tok.idx)
            owner = next((a for c in tok.children if c.dep_ == "poss"
                          for a in [p.arg_at(c.i)] if a is not None and a.kind == "person"), None)
            mine = next((c for c in tok.children if c.dep_ == "poss"
                         and PRONOUNS.get(c.lower_) in ("m", "f")), None)
            if owner is not None:
                # "Justine Triet's courtroom drama": the owner's film, not merely the
                # passage's (the passage's when it is the owner's)
                film = self._owned_film(p, owner.entity if owner.known else None, film)
            elif mine is not None:   # "Ang Lee won best director, but his film lost": his
                film = self._owned_film(p, self._pronoun(p, mine, PRONOUNS[mine.lower_])[0],
                                        film)
            elif any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ != "same"
                     for c in tok.children) and self.res.several_films(p.sentence,
                                                                       p.offset + tok.idx):
                # "A over B. ... yet the road movie took Best Picture": a description the
                # KB cannot match to one of the passage's films means none of them for sure
                film = None
            elif film is not None and not titled(p, tok) and any(
                    c.dep_ in ("relcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                       for a in c.children)
                    for c in tok.children):
                # "the first Brazilian movie to win Best International Feature": a noun an
                # infinitive restricts names the one film of a class, which the passage's
                # film may or may not be: a reading, support only
                self._assumed.add(film)
            elif film is not None and not titled(p, tok) and self.res.main_film not in (
                    None, film) and self.res._main_count >= 2 and \
                    film != self.res.heading_film(p.sentence.paragraph):
                # "Anora ... The SAG ensemble trophy went to Conclave, ... and at the Spirit
                # Awards the film took Best Feature": a bare "the film" read as the nearest
                # film when the article is about another is a reading, so it may support but
                # never refute (but a list's row over the paragraph naming the film says
                # which film its prose is about: "**Patton (1970)**" over "the film won ...")
                self._assumed.add(film)
            film = None if film in self._prize_films else film
            if tok.dep_ in ("nsubj", "nsubjpass") and titled(p, tok) is None and all(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
                # the clause is about the passage's film ("the film was nominated"; not "his
                # second feature, X,", which is another)
                self.res.note_film(p.offset + tok.idx, film)
            return film, None, None
        q = lexicon().qualifiers
        owner = next((a for c in tok.children if c.dep_ == "poss" and (
            a := p.arg_at(c.i)) is not None and a.kind == "film" and a.entity), None)
        if (low in DIRECTOR_NOUNS or low in q.get("director_nouns", ())) and owner is not None:
            # "Anora's director won four Oscars": the one director the KB credits on the
            # film its owner names, as "the Anora director" is
            self._owned_nouns.add(tok.i)   # (the claim's words open at the owner)
            return self.res.director_of(owner.entity), None, None
        if (low in DIRECTOR_NOUNS or low in q.get("director_nouns", ())) and any(
                c.lower_ in ("the", "its") or c.dep_ == "poss" and c.lower_ in FILM_NOUNS
                for c in tok.children):   # "the helmer", "the film's director"
            got = self.res.director(p.sentence)
            if got or not any(c.lower_ == "the" for c in tok.children):
                return got, None, None
            # no film in the passage: the one person it is about, if the KB knows them as
            # a director (a reading: support only)
            who = self.res.person(p.sentence, "they")
            if who and len(self.res.candidates(p.sentence, "they")) == 1 and \
                    self.kb.facts(predicate="director", object_entity=who):
                self._assumed.add(who)
                return who, None, None
            return None, None, None
        if bare_age_subject(tok) and not self._story_passage(p):
            # "The 25-year-old took the prize": the one person the passage is about (none if
            # two fit), as the age family reads the phrase; a reading, so it may support but
            # never refute
            who = self.res.person(p.sentence)
            if who and len(self.res.candidates(p.sentence, "they")) == 1:
                self._assumed.add(who)
                return who, None, None
            return None, None, None
        # "the Brooklyn native": the awards section adds its own person nouns to the ages ones
        descriptions = _person_descriptions()
        gender = descriptions.get(tok.lemma_.lower())
        if tok.lemma_.lower() in descriptions and tok.pos_ == "NOUN" and \
                (film := self._owner_film(p, tok)) is not None:
            self._owned_nouns.add(tok.i)   # (the claim's words open at its owner: "Its star")
            return self._film_person(p, film, gender, stand_in)
        if tok.lemma_.lower() in descriptions and tok.pos_ == "NOUN" and any(
                c.lower_ in ("the", "this", "that") for c in tok.children):
            # "the actress won ...", "the star took home ...": the one person (of that gender,
            # if the noun has one) the passage is about (none if two fit); a reading, so it
            # may support but never refute
            pron = "she" if gender == "f" else "he" if gender == "m" else "they"
            who = self.res.person(p.sentence, pron)
            performer = tok.lemma_.lower() in lexicon().ages.get("performers", ())
            if who and len(self.res.candidates(p.sentence, pron)) == 1 and (
                    not performer or self._performs(who)):
                self._assumed.add(who)
                return who, None, None
        return None, None, None

    def _owner_film(self, p: Parsed, tok) -> Optional[str]:
        """The KB film a person noun's owner names ("its star", "the film's lead actress",
        "Anora's star"): the owner read as a subject is (a film pronoun or description
        resolved as the passage reads it), or None when the owner is no film. A KB film
        set right before the noun as its modifier owns it too ("the Anora star")."""
        before = p.arg_at(tok.i - 1) if tok.i > 0 else None
        if before is not None and before.kind == "film" and before.known and \
                before.last == tok.i and before.first > 0 and \
                p.doc[before.first - 1].lower_ in ("the", "this", "that"):
            return before.entity
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None or PRONOUNS.get(poss.lower_, "film") != "film":
            return None
        a = p.arg_at(poss.i)
        if a is not None and a.kind != "film":
            return None
        got = self._subject_in(p, Filler(poss.i, a))[0]
        e = self.kb.entity(got) if got else None
        return got if e is not None and e.type == "film" else None

    def _film_person(self, p: Parsed, film: str, gender: Optional[str], stand_in: bool):
        """Who a film's person noun ("its star", "the film's lead actress") is: the one
        person the passage is about (of the noun's gender) when the KB credits them on the
        film; else, with `stand_in`, the film itself, whose prize the person's win is ("its
        star won Best Actress": the film won it). Either is a reading: it may support, never
        refute."""
        pron = "she" if gender == "f" else "he" if gender == "m" else "they"
        who = self.res.person(p.sentence, pron)
        if who and len(self.res.candidates(p.sentence, pron)) == 1 and self._credited(who, film):
            self._assumed.add(who)
            return who, None, None
        if not stand_in:
            return None, None, None
        self._assumed.add(film)
        self._stand_ins.add(film)   # (a reading of a category only: see `claims`)
        return film, None, None

    def _credited(self, who: str, film: str) -> bool:
        """Whether the KB credits the person on the film: a part in it, or an award or
        nomination for it."""
        kb = self.kb
        return any(f.value == who for f in kb.facts(subject=film, predicate="cast_member")) \
            or any(f.qualifiers.get("for_work") == film or f.subject == film
                   for pred in ("nominated_for", "award_received")
                   for f in kb.facts(subject=who, predicate=pred)) \
            or any(who in (f.qualifiers.get("recipients") or ())
                   for pred in ("nominated_for", "award_received")
                   for f in kb.facts(subject=film, predicate=pred))

    def _performers_prize(self, p: Parsed, r: AwardRef, family: Optional[str]) -> bool:
        """Whether a prize the clause names is one a performer holds ("Best Actress", "the
        lead performance award"): its words, or its KB category's label's, hold one of the
        lexicon's `performer_prize_words`."""
        words = set(lexicon().qualifiers.get("performer_prize_words", ()))
        if r.arg is not None and r.arg.entity:
            said = self.kb.label(r.arg.entity)
        elif r.run:
            phrase = p.doc[r.run[0]:r.run[1]].text
            cat = self._category(family, phrase)
            said = f"{phrase} {self.kb.label(cat) if cat else ''}"
        else:
            return False
        return bool(words & set(said.lower().replace("-", " ").split()))

    def _story_passage(self, p: Parsed) -> bool:
        """Whether the sentence or the passage just before it tells a film's story (names one
        of its characters): a description there may be a character's ("the 21-year-old")."""
        para = p.sentence.paragraph
        verbs = set((lexicon().qualifiers.get("played_part") or {}).get("verbs") or ())

        def part(a) -> bool:   # "her role as Ani", "for playing Ani": the part a person played
            h = p.doc[a.head]
            return h.dep_ == "pobj" and h.head.lower_ == "as" or \
                h.dep_ == "dobj" and h.head.lemma_.lower() in verbs
        return self.res.last.get("character", (None, -2))[1] in (para, para - 1) or any(
            a.kind == "character" and not part(a) for a in p.args)

    def _text_year(self) -> Optional[int]:
        """The latest year the piece's words name (it was written then or later)."""
        years = [int(y) for y in YEAR.findall(self.text)]
        return max(years) if years else None

    def _owned_film(self, p: Parsed, who: Optional[str], film: Optional[str]) -> Optional[str]:
        """The film a person's film noun means ("Christopher Nolan's film"): of the films the
        KB credits the person (`who`, a KB id) with (directed, or nominated or awarded for),
        the passage's film if it is one, else the one at the night the passage names, else
        the only one, else the one the KB records the clause's prize for (a reading); None
        when the person is unknown or the films leave it open."""
        if not who:
            return None
        works = {f.subject for f in self.kb.facts(predicate="director", object_entity=who)}
        nights: dict[str, set] = {}
        for pred in ("nominated_for", "award_received"):
            for f in self.kb.facts(subject=who, predicate=pred):
                w = f.qualifiers.get("for_work")
                if w:
                    works.add(w)
                    nights.setdefault(w, set()).add(f.qualifiers.get("ceremony"))
        if film in works:
            return film
        para = p.sentence.paragraph
        night = next((self.para_ceremony[k] for k in sorted(self.para_ceremony, reverse=True)
                      if k <= para), None)
        at_night = [w for w in works if night and night in nights.get(w, ())]
        if len(at_night) == 1:
            return at_night[0]
        if len(works) == 1:
            return next(iter(works))
        # "Baker's film took the Palme d'Or", naming none of his films: the one of them the
        # KB records the clause's prize for (won or nominated), a reading that may support
        # but never refute
        prizes = getattr(self, "_clause_prizes", set())
        held = {w for w in works if any(f.value in prizes for pred in ("award_received",
                                                                         "nominated_for")
                                        for f in self.kb.facts(subject=w, predicate=pred))}
        if prizes and len(held) == 1:
            self._assumed.add(next(iter(held)))
            return next(iter(held))
        return None

    def _performs(self, who: str) -> bool:
        """Whether the KB knows the person as a performer: a part they play, or an award or
        nomination for a character."""
        kb = self.kb
        return bool(kb.facts(predicate="played_by", object_entity=who)
                    or kb.facts(predicate="cast_member", object_entity=who)) or any(
            f.qualifiers.get("character_name") for pred in ("nominated_for", "award_received")
            for f in kb.facts(subject=who, predicate=pred))

    def _pronoun(self, p: Parsed, tok, want: str):
        """'he'/'she': the nearest person before it in the sentence whose gender does not clash
        (a person the KB lacks counts: then the claim cannot be checked), else the paragraph's."""
        # a pronoun inside a relative clause on a person is that person ("..., after Jane
        # Roe, who was 22 when she won for X": Roe)
        rel = next((x.head for x in tok.ancestors if x.dep_ == "relcl"), None)
        host = p.arg_at(rel.i) if rel is not None else None
        if host is not None and (host.kind != "person" or rel.i > tok.i):
            host = None
        earlier = next((t for t in p.doc if t.i < tok.i and t.lower_ in PRONOUNS
                        and PRONOUNS[t.lower_] == want and t.dep_ in ("nsubj", "nsubjpass")), None)
        if earlier is not None and tok.dep_ in ("nsubj", "nsubjpass") and host is None:
            return self._pronoun(p, earlier, want)  # "He was nominated ..., and he won ..."
        # "A, B and C handed him the statuette": an object pronoun is never its own verb's
        # subject (that would be "himself"), nor one of the names set beside that subject
        subjects = [c for v in ([tok.head] if tok.dep_ in ("dobj", "dative", "iobj") else [])
                    for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        # (but the owner of that subject may be: "Nolan's Oppenheimer won him his first
        # Oscar" gave Nolan the prize through his film)
        own_subject = {x.i for c in subjects for x in c.subtree} - {
            y.i for c in subjects if c.pos_ in ("NOUN", "PROPN") for o in c.children
            if o.dep_ == "poss" for y in o.subtree}
        people = sorted((a for a in p.args if a.kind == "person" and a.last <= tok.i
                         and a.head not in own_subject), key=lambda a: -a.first)
        # "X wrote the part after seeing her in Scream, and she won ...": a person who is the
        # subject over an earlier object pronoun of the pronoun's gender is not that pronoun,
        # and so not (first) the "she" that goes on about it
        shadowed = _object_pronoun_subjects(p, tok, want)
        if shadowed and tok.dep_ in ("nsubj", "nsubjpass"):
            people = [a for a in people if a.head not in shadowed]
        # a subject pronoun prefers a subject antecedent ("X beat Y, and she ...": X)
        if host is not None and host.kind == "person" and host in people:
            people.sort(key=lambda a: a is not host)
        elif tok.dep_ in ("nsubj", "nsubjpass"):
            people.sort(key=lambda a: p.doc[a.head].dep_ not in ("nsubj", "nsubjpass"))
        elif tok.dep_ == "poss" and (own := clause_person(p, tok)) is not None:
            # "X, who stars in the Coogler film, earned his first nomination": an owner
            # pronoun in the object is the subject of its own clause, before any person
            # a clause set inside it names
            people.sort(key=lambda a: a is not own)
        elif tok.dep_ == "poss" and (said := self._described_subject(p, tok)) is not None:
            # "The director won Best Director, his first Oscar": the owner is the person the
            # clause's subject describes, or (none fits) no one the passage names
            return said
        for a in people:
            if not a.known:
                return None, None, None   # may be a person the KB lacks: no claim
            g = self.res.gender(a.entity)
            if g is None or g == want:
                return a.entity, None, None
        if not people and (ahead := self._cataphor(p, tok)) is not None:
            if not ahead.known:
                return None, None, None
            if self.res.gender(ahead.entity) in (None, want):
                return ahead.entity, None, None   # "With his wins ..., Baker joined ..."
        who = self.res.person(p.sentence, tok.lower_)
        if who and any(a.entity == who for a in p.args if a.head in own_subject):
            return None, None, None   # the passage's person is the giver here
        if who and (shadowed or len(self.res.candidates(p.sentence, tok.lower_)) > 1):
            self._assumed.add(who)   # several people "she" may be: it may not refute
        return who, None, None

    def _described_subject(self, p: Parsed, tok):
        """(KB id, None, None) of the person a description that is the subject of an owner
        pronoun's clause stands for ("the director", "the actress"), with a KB id of None
        when it stands for no one the passage makes clear; None when the clause's subject
        is no description of a person ("The picture brought X her third Oscar")."""
        verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if verb is not None else None
        if subj is None or subj.i >= tok.i or subj.pos_ != "NOUN" or p.arg_at(subj.i) \
                is not None or not any(c.lower_ in ("the", "this", "that") for c in subj.children):
            return None
        who, _, _ = self._subject_in(p, Filler(subj.i))
        e = self.kb.entity(who) if who else None
        if e is not None and e.type == "person":
            return who, None, None
        low = subj.lemma_.lower()
        person_nouns = set(DIRECTOR_NOUNS) | set(lexicon().qualifiers.get("director_nouns", ())) \
            | set(_person_descriptions())
        return (None, None, None) if low in person_nouns else None   # "the picture": not one

    @staticmethod
    def _cataphor(p: Parsed, tok, kind: str = "person") -> Optional[Arg]:
        """The person (film) a pronoun in a fronted phrase looks ahead to: the main clause's
        subject, named after the pronoun and outside the phrase that holds it."""
        root = next((t for t in tok.ancestors if t.dep_ == "ROOT"), None)
        if root is None:
            return None
        subj = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i <= tok.i or tok in subj.subtree:
            return None
        if any(t.text in (";", ":") for t in p.doc[tok.i:subj.i]):
            return None   # "His first nomination came for A; B won that year": a clause of
            # its own before the semicolon (which the parser may hang on the next one)
        a = p.arg_at(subj.i)
        return a if a is not None and a.kind == kind else None

    # -- slots ---------------------------------------------------------------------------------


def _member_of_the_gap(p: Parsed, tok) -> Optional[int]:
    """The subject a copula says is one of the things a relative clause's gap stands for, when
    the pronoun `tok` is that clause's subject ("Gangs of New York was among the films it
    beat", "X is one of the films it beat", "X was the film it beat"): the gap is that subject,
    so the pronoun, its co-argument, is not (that would be "itself"). Its token, or None."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
        return None
    return _copula_member(verb.head, p)


def _copula_member(n, p: Optional[Parsed] = None) -> Optional[int]:
    """The subject a copula says is one of what the noun `n` names ("X was among the films
    ...", "X is one of the films ...", "X was the film ..."): its token, or None. With the
    sentence's arguments (`p`), a title the parser did not make the copula's subject."""
    for _ in range(3):   # up through "among the films", "one of the films"
        if n.dep_ == "pobj" and n.head.dep_ == "prep":
            n = n.head.head
        elif n.dep_ == "attr" or n.lemma_ == "be":
            break
        else:
            return None
    cop = n if n.lemma_ == "be" else n.head if n.dep_ == "attr" else None
    if cop is None or cop.lemma_ != "be":
        return None
    subj = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and p is not None:
        # a title the parser tore apart before the copula ("As Good as It Gets was among the
        # films it beat": no subject on "was"): the name that ends right before it
        named = next((a for a in p.args if a.last == cop.i and a.entity
                      and a.kind in ("film", "work", "person")), None)
        return named.head if named is not None else None
    return subj.i if subj is not None else None


def _unplaced_name(kb, p: Parsed, a: Arg) -> bool:
    """Whether an argument the tagger took for a place is a person's name the KB lacks: two or
    three capitalised words, none a name the KB holds (a place of the KB's geography, the
    countries that send films, is always linked)."""
    if a.kind != "place" or a.known or not 2 <= a.last - a.first <= 3:
        return False
    words = [p.doc[i] for i in range(a.first, a.last)]
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper
               for t in words):
        return False
    return not kb.entities_by_name(a.text) and not any(kb.entities_by_name(t.text) for t in words)


def _object_pronoun_subjects(p: Parsed, tok, want: str) -> set:
    """Token indices of the subjects whose clauses hold an object pronoun ("her", "him") of
    gender `want` before `tok` ("Baker wrote Ani after seeing her"): the subject of the
    nearest verb over the pronoun that has one (a subject-less "seeing" is its head's)."""
    got = set()
    for t in p.doc:
        if t.i >= tok.i:
            break
        if t.lower_ not in ("her", "him") or PRONOUNS.get(t.lower_) != want \
                or t.dep_ not in ("dobj", "dative", "pobj"):
            continue
        for v in t.ancestors:
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                if subj.i != tok.i and subj.lower_ not in PRONOUNS:
                    got.add(subj.i)
                break
    return got
