"""Records and ordinals said of a win: "the first woman to win", "the youngest winner",
"her third Oscar", and the adverbs that say a win did not happen or stand.

A part of AwardReader (claims/awards/reader.py)."""
from __future__ import annotations

from typing import Optional

from ..frames import Frame, _record_head_holder, fell_short
from ..parse import _a_class, lexicon
from ..records import gap_bound, record_period
from ..text import headline, parse_ordinal
from .common import _run_token, category_runs
from .readings import (_another_owner, _apposed_ordinal, _equating, _night_apposed_ordinal, _ordinals_on,
                       _owned, _prize_class, _since_bound, _span_of_roles, _told_of_a_known_subject,
                       _winner_classes, _words_beyond)


class _Ranks:
    """Records and ordinals said of a win: "the first woman to win", "the youngest winner", "her
    third Oscar", and the adverbs that say a win did not happen or stand."""

    def _record_win(self, f: Frame) -> Optional[str]:
        """"Bigelow became the first woman to win Best Director", "Parasite was the first
        non-English film to win Best Picture": a record said of a subject the copula (or a
        verb of becoming) names, told as a fact, holds a win of its own; its record words
        ("first woman") stay unchecked. The words, or None."""
        doc = f.parsed.doc
        cue = doc[f.cue]
        if f.noun_cue or f.negated or cue.dep_ not in ("relcl", "acl"):
            return None
        noun, verb = cue.head, cue.head.head
        q = lexicon().qualifiers
        one = None
        if noun.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep" and \
                verb.head.lemma_.lower() in q.get("record_as_verbs", ()):
            verb = verb.head   # "made history as the first film to win Best Picture"
        elif noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ == "one" and \
                verb.head.dep_ == "attr" and _equating(verb.head.head):
            # "X is one of only three actresses to win Best Actress three times": her wins are
            # told; the size of the group stays unchecked
            one, verb = verb.head, verb.head.head
        elif noun.lower_ == "one" and noun.dep_ == "attr" and (group := next((
                o for pc in noun.children if pc.dep_ == "prep" and pc.lower_ == "of"
                for o in pc.children if o.dep_ == "pobj"), None)) is not None:
            one, noun = noun, group   # (the clause hung on "one" itself)
        elif noun.dep_ != "attr" or not _equating(verb):
            return None
        if verb.dep_ not in ("ROOT", "conj") or noun.pos_ != "NOUN" and not (
                # a class the parser took for a name ("the first Native American to win")
                noun.pos_ == "PROPN" and _a_class(f.parsed, noun.i)):
            return None
        if not _told_of_a_known_subject(f.parsed, verb):
            return None   # "could become the first ...", "was not the first ...": no win told
        if any(t.dep_ == "nummod" and t.head.lemma_.lower() not in lexicon().qualifiers.get(
                "record_times_nouns", ()) and not (one is not None and t.head.i == noun.i)
               for t in f.tokens()):
            return None   # "the first to win six Oscars": a count of at least (the record's);
            # "the only man to win Best Actor three times" tells how often he won it
        if one is not None:
            return doc[one.i:noun.i + 1].text
        lo = noun.left_edge.i
        while lo < noun.i and doc[lo].dep_ == "det":
            lo += 1
        return doc[lo:noun.i + 1].text

    @staticmethod
    def _record_tally(f: Frame) -> list[str]:
        """"Day-Lewis is the only man with three best actor Oscars": a tally held by a
        record's head (claims/frames.py `_record_head_holder`) counts the subject's prizes,
        and the record words ("only man": no one else has as many) stay unchecked. Those
        words, or none."""
        doc = f.parsed.doc
        tok = doc[f.cue]
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        if not f.noun_cue or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return []
        prep = tok.head
        # (the parser may hang the phrase on the copula: "remains the only woman with four")
        head = next((c for c in prep.head.children if c.dep_ in ("attr", "oprd")),
                    prep.head) if prep.head.pos_ in ("VERB", "AUX") else prep.head
        if _record_head_holder(head, prep) is None:
            return []
        lo = head.left_edge.i
        while lo < head.i and doc[lo].dep_ == "det":
            lo += 1
        return [doc[lo:head.i + 1].text]

    @staticmethod
    def _near_miss(f: Frame) -> bool:
        """Whether an adverb before the cue verb says it fell short ("nearly won", "almost
        took": `qualifiers.near_miss_adverbs`)."""
        return not f.noun_cue and fell_short(f.parsed.doc[f.cue])

    @staticmethod
    def _unsettled(f: Frame) -> bool:
        """Whether an adverb on the cue verb says the event did not stand
        (`qualifiers.unsettled_adverbs`: "the envelope error briefly handed Best Picture to
        X"): neither a win nor its denial is told."""
        cue = f.parsed.doc[f.cue]
        words = lexicon().qualifiers.get("unsettled_adverbs", ())
        return not f.noun_cue and any(c.dep_ == "advmod" and c.lower_ in words
                                      for c in cue.children)

    @staticmethod
    def _other_giver(f: Frame, subject_only: bool = False) -> bool:
        """Whether the clause names who gave the prize with a preposition the relation gives
        no role ("named best actress by the New York Film Critics Circle", "won Best Director
        from the Boston critics"), a body the KB does not know as a show
        (`qualifiers.giver_prepositions`, `giver_nouns`): the prize is that body's, not the
        show the passage is about. `subject_only`: only a giver noun as the subject of a cue
        that gives its subject the prize ("Critics named Anora best picture at the Globes"; not
        "the 76th gave ...", an edition by its ordinal)."""
        q = lexicon().qualifiers
        p, cue = f.parsed, f.parsed.doc[f.cue]
        roles = dict(f.relation.roles)
        # on the cue, or on its object (the parser hangs "by the Boston critics" on the prize)
        objs = [o for o in cue.children if o.dep_ in ("dobj", "oprd", "attr")] + [
            p.doc[x.token] for x in f.roles.get("award", [])]
        # "The European Film Academy honoured Roma"; and where the subject is the role of the
        # prize's show ("the 96th Academy Awards crowned X as Best Picture"), one that is no
        # show the KB knows ("critics named Anora their best picture")
        # (a category phrase is the prize itself, never who gave it: "Best Actress went to
        # X", which the tagger may read as an organisation's name)
        runs = category_runs(p)
        if roles.get("nsubj", "award") == "award" and any(
                (a := p.arg_at(c.i)) is not None and not a.known and not subject_only
                and a.kind not in ("person", "film", "character", "work") or (
                    a is None and c.lemma_.lower() in q.get("giver_nouns", ()))
                for c in cue.children if c.dep_ == "nsubj" and c.i not in runs):
            return True
        if subject_only:
            return False
        for c in {x.i: x for h in [cue] + objs for x in h.children}.values():
            word = "agent" if c.dep_ == "agent" else c.lower_ if c.dep_ == "prep" else None
            if word is None or word in roles or (c.dep_ == "prep" and word not in q.get(
                    "giver_prepositions", ())) or (c.dep_ == "agent" and "by" in roles):
                continue
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                a = p.arg_at(o.i)
                if a is not None and not a.known and a.kind not in (
                        "person", "film", "character", "date", "cardinal", "ordinal", "work"):
                    return True
                if a is None and o.lemma_.lower() in q.get("giver_nouns", ()):
                    return True
        return False

    def _nth_winner(self, f: Frame) -> Optional[int]:
        """"Wings was the first film to win Best Picture", "... the second film ever to be
        named Best Animated Feature": a record whose words are an ordinal and a noun any
        winner of the category is (`records.plain_winner_nouns`), with nothing else on the
        noun or on its clause (no "since", "both", "without", no second prize), says which
        of the category's winners, in the order of its editions, the subject was: n, or
        None."""
        rank = self._ranked_winner(f, [*lexicon().section("records").get(
            "plain_winner_nouns", ()), *_winner_classes()], parse_ordinal)
        return parse_ordinal(rank.lower_) if rank is not None else None

    @staticmethod
    def _nth_class(f: Frame, nth: Optional[int]) -> Optional[list]:
        """"Janet Gaynor was the first woman to win Best Actress": [the class noun on an n-th
        winner (`nth`, the frame's `_nth_winner`), then the category words it stands for
        (`records.age_class_nouns`; the verifier orders the category's winners only where its
        label holds one of them)], or None."""
        if not nth:
            return None
        noun = f.parsed.doc[f.cue].head
        words = _winner_classes().get(noun.lemma_.lower())
        return [noun.lemma_.lower(), *words] if words else None

    def _age_rank(self, f: Frame) -> Optional[dict]:
        """"Brody became the youngest man to win Best Actor", "the oldest person ever to win
        Best Actress": a record whose words are an age superlative (`records.age_ranks`) and a
        noun any winner of the category is (`records.age_winner_nouns`, or a class noun
        whose category word the prize's label holds: `records.age_class_nouns`) orders the
        category's winners by their age at the win. {"rank": youngest|oldest, "now": said in
        the present ("is", "remains": over every winner since), "class": the class noun's
        category words}, or None."""
        w = lexicon().section("records")
        ranks = w.get("age_ranks") or {}
        classes = _winner_classes()
        nouns = [*w.get("age_winner_nouns", ()), *classes]
        rank = self._held_rank(f, nouns, ranks) if f.noun_cue else \
            self._ranked_winner(f, nouns, lambda x: ranks.get(x), bounded=True)
        if rank is None:
            return None
        noun = rank.head if not f.noun_cue else f.parsed.doc[f.cue]
        verb = noun.head
        # (an apposition has no tense: read as said now, over every winner since; a winner
        # up to the holder's win ranked past them still refutes it, one after only leaves it
        # open, verify/ages.py age_rank)
        now = verb.tag_ in ("VBZ", "VBP") or verb.lemma_.lower() in w.get("age_rank_now", ()) \
            or noun.dep_ == "appos"
        # "the youngest best actress winner since Jennifer Lawrence (since 2013)": the winners
        # ranked are those after that one's win (that year's)
        # (or a span back from the win: "the youngest winner in over a decade", which the
        # parser may hang on the verb of becoming)
        since = next((b for c in [*noun.children, *verb.children,
                                  *([] if f.noun_cue else f.parsed.doc[f.cue].children)]
                      if (b := _since_bound(f.parsed, c)) is not None), None)
        if since is None and record_period(
                noun, [noun, verb, *([] if f.noun_cue else [f.parsed.doc[f.cue]])]):
            return None   # "the youngest winner this century", "..., the oldest winner of the
            # 1990s": a part of the winners the KB keeps no list by (no rank over them all)
        words = set(w.get("since", ()))
        if since is None and any(
                (c.dep_ == "prep" and c.lower_ in words) or (c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in words for m in c.children))
                for c in [*noun.children, *verb.children,
                          *([] if f.noun_cue else f.parsed.doc[f.cue].children)]):
            return None   # "the youngest winner since the studio era": winners the KB
            # cannot bound (the rank over every winner is not what is said)
        nth = _rank_ordinal(rank)
        n = parse_ordinal(nth.lower_) if nth is not None else None
        return {"rank": ranks[rank.lower_], "now": now,
                # (where the rank word is: another claim of the sentence whose words hold it
                # leaves it to this one, claims/accounting.py)
                "rank_at": [f.parsed.offset + rank.idx, f.parsed.offset + rank.idx + len(rank.text)],
                "class": classes.get(noun.lemma_.lower()), "since": since,
                # "the tenth-youngest": the place among the winners, and where it is said
                **({"nth": n, "nth_at": [nth.idx, nth.idx + len(nth.text)]}
                   if n and n > 1 else {})}

    def _held_rank(self, f: Frame, nouns, ranks: dict):
        """"Matlin remains the youngest best actress winner", "the oldest winner of the best
        actress Oscar": the holder noun is the cue, set equal to a known subject by a copula or
        a verb of becoming told as fact, with one rank word in its modifiers (the parser may
        hang it on the category's "best") and nothing else on it but the prize (its compounds,
        an "of" phrase naming it) and "in ... history": the rank token, or None."""
        doc = f.parsed.doc
        noun = doc[f.cue]
        if noun.lemma_.lower() not in nouns or f.negated:
            return None
        verb = noun.head
        if noun.dep_ == "appos":
            if not _apposed_to_a_known_person(f.parsed, noun):
                return None
        elif noun.dep_ != "attr" or not _equating(verb) or \
                not _told_of_a_known_subject(f.parsed, verb):
            return None
        found = [t for t in doc[noun.left_edge.i:noun.i] if t.lower_ in ranks
                 and t.dep_ in ("amod", "advmod")]
        if len(found) != 1 or len(f.roles.get("award", [])) > 1:
            return None
        runs, beyond = category_runs(f.parsed), set(_words_beyond())
        for c in noun.children:
            if c.dep_ in ("det", "amod", "compound", "punct") and c.i < noun.i:
                if c.dep_ == "amod" and parse_ordinal(c.lower_) and c.i != getattr(
                        _rank_ordinal(found[0]), "i", -1):
                    return None   # "the first youngest ...": an ordinal of no rank word
                continue
            kids = [o for o in c.children if o.dep_ == "pobj"]
            if c.dep_ == "prep" and kids and all(
                    _run_token(f.parsed, o.i, runs) is not None or o.lower_ in beyond or (
                        (x := f.parsed.arg_at(o.i)) is not None and x.kind == "award")
                    for o in kids):
                continue   # "of the best actress Oscar", "in Oscar history"
            if _since_bound(f.parsed, c) is not None:
                continue   # "since Jennifer Lawrence": the winners it ranks among (_age_rank)
            if c.dep_ == "prep" and (_works_phrase(f, c) or _edition_phrase(f, c)):
                continue   # "for Driving Miss Daisy", "at the 62nd Academy Awards": the win's
                # film or night, a slot of the win
            if c.dep_ == "advmod" and c.i > noun.i and c.lower_ in set(lexicon().section(
                    "records").get("plain_winner_adverbs", ())):
                continue   # "the youngest winner ever": over every winner, as said
            return None
        if noun.dep_ == "appos":
            return found[0]   # (the verb's children are the holder's own clause's)
        since = set(lexicon().section("records").get("since", ()))
        if any((c.dep_ == "prep" and c.lower_ in since or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in since for m in c.children))
               and _since_bound(f.parsed, c) is None for c in verb.children):
            return None   # "became the youngest winner since the 1930s" (the parser may hang
            # the bound on the verb): winners the KB cannot bound
        return found[0]

    def _ranked_winner(self, f: Frame, nouns, rank_word, bounded: bool = False):
        """The one modifier `rank_word` reads (an ordinal, an age superlative) on a record's
        noun that is one of `nouns`, with nothing else on the noun or on its clause (no
        "since", "both", "without", no second prize; `bounded`: a "since" bound of
        `_since_bound` may be there, and an ordinal on the rank word: "the 10th youngest
        woman", `_rank_ordinal`): the token, or None."""
        if not f.record or self._record_win(f) is None:
            return None
        doc = f.parsed.doc
        cue, noun = doc[f.cue], doc[f.cue].head
        if noun.lemma_.lower() not in nouns:
            return None
        ords = [c for c in noun.children if c.dep_ == "amod" and rank_word(c.lower_)]
        nth = _rank_ordinal(ords[0]) if bounded and len(ords) == 1 else None
        if len(ords) != 1 or any(c.dep_ not in ("det", "amod", "relcl", "acl", "punct")
                                 or (c.dep_ == "amod" and c not in ords
                                     and c.i != getattr(nth, "i", -1))
                                 or (c.dep_ in ("relcl", "acl") and c.i != cue.i)
                                 for c in noun.children):
            return None
        ever = set(lexicon().section("records").get("plain_winner_adverbs", ()))
        objs = [c for c in cue.children if c.dep_ in ("dobj", "oprd", "attr")]
        runs = category_runs(f.parsed)
        if len(objs) != 1 or any(c.dep_ in ("conj", "cc") or c.dep_ == "prep" and not (
                # (but "the Academy Award for Best Actress": the prize's category)
                (kids := list(c.children)) and all(
                    o.dep_ == "pobj" and _run_token(f.parsed, o.i, runs) is not None
                    for o in kids)) for c in objs[0].children):
            return None
        when = set(lexicon().section("records").get("same_time_clauses", ()))
        words = {w for cu in lexicon().verb_cues(cue.lemma_.lower()) for w in cu.words[1:]}
        # (a multiword cue's own words: "take home")
        if any(c.dep_ not in ("aux", "auxpass", "punct", "dobj", "oprd", "attr")
               and not (c.dep_ in ("prt", "advmod") and c.i > cue.i and c.lower_ in words)
               and not (c.dep_ == "advmod" and c.lower_ in ever)
               and not (c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and
                                                  m.lower_ in when for m in c.children))
               and not (c.dep_ == "prep" and (kids := list(c.children)) and all(
                   o.dep_ == "pobj" and _run_token(f.parsed, o.i, runs) is not None
                   for o in kids))
               and not (bounded and _since_bound(f.parsed, c) is not None)
               for c in cue.children):
            return None   # (a clause of when it was won tells the same win; "the Oscar for
            # best actress": the category of the prize)
        if len(f.roles.get("award", [])) != 1:
            return None
        return ords[0]

    @staticmethod
    def _denied(f: Frame) -> bool:
        """A relation of none ("was snubbed", "went home empty-handed") whose clause names a
        category ("for Best Director", "in the Best Actress race"): it denies that prize."""
        zero = lexicon().qualifiers.get("zero_count", {})
        cue = f.parsed.doc[f.cue]
        if f.noun_cue and cue.dep_ == "pobj" and cue.head.lower_ in zero.get("prepositions", ()):
            return True   # "left without a win (for Best Director)": a denial of the win
        runs = category_runs(f.parsed)
        return f.relation.name in zero.get("relations", ()) and any(
            _run_token(f.parsed, w.token, runs) is not None for w in f.roles.get("award", []))

    @staticmethod
    def _denied_of_a_class(f: Frame) -> bool:
        """"won the Palme d'Or without a single acting nomination": a prize noun a word of
        none (`qualifiers.zero_count.prepositions`) takes, narrowed to a class of categories
        (`categories.classes`: "acting") while the prize the frame would deny is named outside
        the noun's phrase: the denial is of that class (at another show, maybe), not of the
        prize the clause names. True for such a frame, which makes no claim."""
        doc = f.parsed.doc
        cue = doc[f.cue]
        zero = lexicon().qualifiers.get("zero_count", {})
        if not f.noun_cue or cue.dep_ != "pobj" or cue.head.lower_ not in zero.get(
                "prepositions", ()):
            return False
        classes = lexicon().categories.get("classes") or {}
        if not any(x.dep_ in ("amod", "compound", "nmod") and x.i < cue.i and x.lower_ in classes
                   for x in cue.children):
            return False
        inside = {t.i for t in cue.subtree}
        return not any(x.token in inside for x in f.roles.get("award", []))

    def _career_ordinal(self, f: Frame) -> Optional[int]:
        """'her first Oscar nomination', 'won his third Best Actress Oscar': which of the
        subject's wins (nominations) this one is said to be, in the order of their ceremonies
        (a slot the verifier checks). Only an owner's, or one an indefinite article puts on the
        subject ("won Ali a second Oscar"): "that first Palme" is the prize's first edition.
        A word between the ordinal and the prize that narrows it to a part the KB cannot
        single out ("his first animated Oscar") leaves the ordinal unread; a class of
        categories (`categories.classes`: "his first acting Oscar") counts within the class."""
        doc = f.parsed.doc
        if f.gapped_from is not None:
            # a clause whose verb was left out ("... and her second for B at the 22nd") has
            # only the ordinal it says itself; the prize it takes from the first clause
            # brings that clause's ordinal, which is not this one's
            # ("..., the first for Morning Glory in 1934": of the counted, the first)
            return next((n for i in sorted(f.clause) if (doc[i].tag_ == "PRP$" or (
                doc[i].lower_ == "the" and i == min(f.clause - _span_of_roles(f), default=-1)))
                         and i + 1 in f.clause and (n := parse_ordinal(doc[i + 1].lower_))
                         and gap_bound(f.parsed, doc[i + 1].head) is None), None)
        films = set(lexicon().qualifiers.get("title_nouns", ()))
        # (a film noun the parser set beside the prize counts films, not prizes: "won the
        # Palme with Anora, his eighth feature")
        heads = [doc[f.cue]] + [doc[x.token] for x in f.roles.get("award", [])
                                if doc[x.token].lemma_.lower() not in films]
        for h in heads:
            if _another_owner(f, h):
                return None   # "X won Best Actress, the film's fifth Oscar": not X's fifth
            apposed = _apposed_ordinal(h)
            if apposed is not None:   # "went home with the directing prize, his second"
                return apposed
            if not _owned(h):
                continue
            for c in _ordinals_on(h):
                a = f.parsed.arg_at(c.i)
                if a is not None and a.kind in ("ceremony", "festival") and a.first <= c.i:
                    continue   # "her 97th Academy Awards win": the edition's number, a
                    # word of its name, not which of her wins this one is
                n = parse_ordinal(c.lower_)
                if n and gap_bound(f.parsed, h) is not None:
                    return None   # "his first Oscar in 22 years": the end of a gap, not
                    # the career's first (claims/records.py reads it against the one before)
                if n:
                    if _prize_class(h, c) is None and self._narrowed(
                            f, h, c, category_runs(f.parsed)) == "part":
                        return None
                    return n
        return _night_apposed_ordinal(f)

    @staticmethod
    def _ordinal_gap(f: Frame) -> bool:
        """Whether an owner's ordinal on the frame's prize noun ends a gap ("his first Oscar in
        22 years", "... since Milk"): read by the records family against the prize before."""
        doc = f.parsed.doc
        return any(_owned(h) and _ordinals_on(h) and gap_bound(f.parsed, h) is not None
                   for h in [doc[f.cue]] + [doc[x.token] for x in f.roles.get("award", [])]) \
            or (f.gapped_from is not None and any(
                doc[i].tag_ == "PRP$" and i + 1 in f.clause and parse_ordinal(doc[i + 1].lower_)
                and gap_bound(f.parsed, doc[i + 1].head) is not None for i in f.clause))

    @staticmethod
    def _career_owner(f: Frame) -> Optional[str]:
        """The owner word of the prize noun a career ordinal is on ("his" in "his second
        Palme"), lower-cased; None when no owned prize noun carries an ordinal."""
        doc = f.parsed.doc
        for h in [doc[f.cue]] + [doc[x.token] for x in f.roles.get("award", [])]:
            if _owned(h) and _ordinals_on(h):
                return next((g.lower_ for g in h.children if g.dep_ == "poss"), None)
        return None

    @staticmethod
    def _night_ordinal(f: Frame) -> bool:
        """Whether an ordinal counts one night's prizes ("took a second statuette that night",
        "his second Oscar of the evening": "that N", "of / on the N" with a noun of the
        lexicon's `ordinal_nights`), not the career's."""
        nights = set(lexicon().qualifiers.get("ordinal_nights", ()))
        # ("on Sunday night", a night no article points to, dates the win: no night's count)
        return any(t.lemma_.lower() in nights and (
            t.dep_ == "npadvmod" and any(c.lower_ == "that" for c in t.children)
            or t.dep_ == "pobj" and t.head.lower_ in ("of", "on")
            and any(c.dep_ == "det" for c in t.children)) for t in f.tokens())

    @staticmethod
    def _ordinal_class(f: Frame) -> Optional[list]:
        """The label words of the class of categories an owner's ordinal counts within ("his
        first acting Oscar": the categories whose labels say actor or actress), or None."""
        doc = f.parsed.doc
        for h in [doc[f.cue]] + [doc[x.token] for x in f.roles.get("award", [])]:
            if not _owned(h):
                continue
            for c in _ordinals_on(h):
                return _prize_class(h, c)
        return None

    @staticmethod
    def _told_as_past(f: Frame) -> bool:
        """Whether the clause tells the prize (nomination) as had, its verb (a noun cue's: the
        verb it hangs from) in the past or perfect: "picked up her ninth nomination", not
        "is chasing her third Oscar" or "hopes to win her third" (an n-th still to come)."""
        if f.irrealis or f.negated:
            return False
        t = f.parsed.doc[f.cue]
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            return False
        if t.tag_ in ("VBZ", "VBP") and t.dep_ == "ROOT" and headline(f.parsed.sentence.text):
            return True   # a headline's present tells the news as done: "Jane Roe Wins
            # Second Best Actress Oscar"
        return t.tag_ == "VBD" or (t.tag_ == "VBN" and any(
            a.dep_ == "aux" and a.lemma_ == "have" for a in t.children))

    def _ordinal_of_family(self, f: Frame) -> bool:
        """Whether the noun an owner's ordinal is on names the show's prizes, not one category:
        "his second Oscar ... for Best Director" is the second of his Oscars, not of his Best
        Director wins ("his third Best Actress Oscar" is of hers)."""
        doc = f.parsed.doc
        heads = [doc[f.cue]] + [doc[x.token] for x in f.roles.get("award", [])]
        if _night_apposed_ordinal(f) is not None:
            return True   # ("won Best Actor at the 97th, his second": as set after a prize)
        for h in heads:
            if _apposed_ordinal(h) is not None:
                return True   # ("won the directing prize, his third": of all his prizes or
                # of that category's, it holds if either count makes it so)
            if not _owned(h) or not _ordinals_on(h):
                continue
            words = [c for c in h.children if c.i < h.i and c.dep_ in ("compound", "nmod", "amod")
                     and not parse_ordinal(c.lower_)]
            # a category named in lower case counts within it too ("his first directing Oscar")
            cats = lexicon().categories
            named = (set(cats.get("heads", ())) | set(cats.get("synonyms", {}))) - {
                "film", "performance"}   # ("his second film Oscar" is any of his Oscars)
            # (a name word that names the show with the noun is the show's: "his second
            # Academy Award" is of all his Academy Awards, as "his second Oscar" is)
            return not any(c.pos_ == "PROPN" and not self._family_words([c])
                           and not self._family_words([c, h])
                           or c.lower_ in named for c in words) \
                and bool(self._family_words([h]) or h.lemma_.lower() in set(
                    lexicon().qualifiers.get("award_nouns", ())))
        return False


def _rank_ordinal(rank):
    """The ordinal that places a rank word ("tenth-youngest", "the 10th youngest", "second
    oldest"): an ordinal the parser hangs on the rank word, or one on the same noun right
    before it (a hyphen between); None."""
    doc = rank.doc
    for c in rank.children:
        if c.i < rank.i and c.dep_ in ("advmod", "amod", "npadvmod") and parse_ordinal(c.lower_):
            return c
    i = rank.i - 1
    if i >= 0 and doc[i].text in ("-", "\u2011"):
        i -= 1
    if i >= 0 and parse_ordinal(doc[i].lower_) and doc[i].head.i in (rank.i, rank.head.i):
        return doc[i]
    return None


def _edition_phrase(f: Frame, prep) -> bool:
    """A prepositional phrase on a record's noun that holds nothing but an edition the KB
    knows ("the oldest best actress winner at the 62nd Academy Awards"): the win's night,
    which the win's check reads, not a narrowing of the winners ranked."""
    spans = [(a.first, a.last) for a in f.args_in_clause("ceremony") if a.entity]
    inside = [t.i for t in prep.subtree if t.i != prep.i and t.dep_ != "det"]
    return bool(spans and inside) and all(any(a <= i < b for a, b in spans) for i in inside)


def _apposed_to_a_known_person(p, noun) -> bool:
    """Whether a record's noun is set in apposition to a person the KB knows ("Jessica Tandy,
    the oldest Best Actress winner, ...", a listicle's "Marlee Matlin (film) - the youngest
    winner ever"): the apposition says the rank of that person, as fact."""
    a = p.arg_at(noun.head.i)
    return a is not None and a.known and a.kind == "person"


def _works_phrase(f: Frame, prep) -> bool:
    """A prepositional phrase on a record's noun that holds nothing but the frame's work ("the
    oldest best actress winner for Driving Miss Daisy"): the win's film, which the win's check
    reads, not a narrowing of the winners ranked."""
    spans = [(w.arg.first, w.arg.last) for w in f.roles.get("work", ()) if w.arg is not None]
    inside = [t.i for t in prep.subtree if t.i != prep.i]
    return bool(spans and inside) and all(any(a <= i < b for a, b in spans) for i in inside)
