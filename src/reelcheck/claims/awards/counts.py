"""How many: the counts a clause states ("twice", "five of its six nominations",
"four-time") and what each counts out of.

A part of AwardReader (claims/awards/reader.py)."""
from __future__ import annotations

from copy import copy

from typing import Optional

from ...kb.awards import award_family
from ...model import Claim
from ..frames import (Filler, Frame, _held_record, _pool_of_one, conjuncts, leading_label_end, record_value,
                      tally_pair)
from ..parse import Arg, Parsed, lexicon, number_value
from .common import (AWARDISH, AwardRef, SUBJECT_KINDS, Slots, _cue_heads, _named_only, _run_token,
                     category_runs)
from .readings import (_all_but, _bare_count, _partitive_count, _comparison, _count_bound, _counted_kinds, _excepted,
                       _exceptions, _multiplier, _named_set, _nomination_after, _prize,
                       _restated_preps, _set_off, _whole_count)


class _Counts:
    """How many: the counts a clause states ("twice", "five of its six nominations",
    "four-time") and what each counts out of."""

    def _counts(self, f: Frame, runs: Optional[dict] = None) -> tuple[list[tuple[int, int, str]],
                                                                       list[str]]:
        """(n, token, 'award' | 'nomination') for every count the clause states: "twice",
        "five Oscars", "13 nominations", "a four-time winner", "its only win"; and the numbers
        it states that count something else ("four of Anora's five Oscars": the five)."""
        q = lexicon().qualifiers
        adverbs = q.get("count_adverbs", {})
        award_nouns = set(q.get("award_nouns", ()))
        nom_nouns = set(q.get("nomination_nouns", ()))
        relative = set(q.get("relative_count", ()))
        doc = f.parsed.doc
        kind_of_cue = "nomination" if f.relation.predicate == "nominated_for" else "award"
        # a relation noun in the clause ("..., its only win from eight nominations") has its
        # own frame, and the counts under it are that frame's
        inner = self._inner(f)
        times = set(q.get("times_suffix", ()))
        multiples = q.get("count_multiples", {})
        ways = set(q.get("winner_count_nouns", ()))
        unread: list[str] = []
        out = []
        title = f.parsed.titles   # "Everything Everywhere All at Once": a title's words
        # "won in five of the six categories": a number under a preposition of the cue is
        # read here only as a count out of a pool
        pooled = [g for x in doc[f.cue].children if x.dep_ == "prep" for g in x.children
                  if g.dep_ == "pobj" and g.pos_ == "NUM" and any(
                      y.dep_ == "prep" and y.lower_ == "of" for y in g.children)]
        tally = tally_pair(doc[f.cue])
        told = [tally[0]] if tally is not None and tally[0].head.i != f.cue else []
        # "nominated for directing only once": the parser may hang the count adverb on the
        # gerund that names the category under the cue's preposition
        low = [g for x in doc[f.cue].children if x.dep_ == "prep" for y in x.children
               if y.dep_ == "pcomp" and not any(z.dep_ in ("dobj", "nsubj") for z in y.children)
               for g in y.children if g.lower_ in adverbs and g.dep_ == "advmod"]
        for c in [*doc[f.cue].children, *pooled, *told, *low]:
            if c.i in title:
                continue
            if tally is not None and c.i == tally[0].i:
                # "went 11 for 14": 11 wins out of 14 nominations
                n, m = number_value(c), number_value(tally[1])
                if n is not None and m is not None and 0 <= n <= m < 200:
                    out.append((n, c.i, "award"))
                    out.append((m, tally[1].i, "nomination"))
                    inner.add(tally[1].i)
                continue
            if c.lower_ in adverbs and getattr(f.parsed.arg_at(c.i), "kind", None) not in (
                    "film", "work", "person"):   # not the "Once" of a title
                out.append((adverbs[c.lower_], c.i, kind_of_cue))
            elif (c.dep_ in ("dobj", "obj") or c in pooled) and \
                    (got := _all_but(c, award_nouns | nom_nouns)):
                # "won all but one of its six nominations": the pool less the exception
                n, k, pool = got
                inner |= {pool.i} | {x.i for x in pool.children if x.dep_ == "nummod"}
                out.append((n, k.i, kind_of_cue))
                if self._nominations_pool(pool, nom_nouns):
                    out.append((n + number_value(k), pool.i, "nomination"))
            elif (c.dep_ in ("dobj", "obj") or c in pooled or (
                    # "took home just two": the parser may take the object for an adverb
                    c.dep_ == "npadvmod" and c.i > f.cue and _bare_count(c))) \
                    and c.pos_ == "NUM":
                # "five of its six", "four out of the five": the prepositions may hang on the
                # number or, right after it, on the verb
                # ... or, fronted, on the verb before its subject ("Out of six nominations,
                # Anora won five", "From eight nominations, it won one")
                def fronted(pc) -> bool:
                    return pc.head.i == f.cue and pc.i < f.cue and any(
                        s.dep_ in ("nsubj", "nsubjpass") and pc.i < s.i < f.cue
                        for s in doc[f.cue].children)
                outs = [pc for pc in [*c.children, *doc[f.cue].children] if pc.dep_ == "prep"
                        and (pc.lower_ in q.get("pool_prepositions", ())
                             and (pc.head.i == c.i or pc.i == c.i + 1 or fronted(pc))
                             or pc.lower_ in q.get("fronted_pool_prepositions", ())
                             and fronted(pc))]
                pool = [o for pc in [*c.children, *(g for x in outs for g in x.children)]
                        if pc.lower_ == "of" for o in pc.children
                        if o.lemma_.lower() in award_nouns | nom_nouns
                        or o.lower_.rstrip("s") in award_nouns] or [
                    # "from eight nominations": the pool is the preposition's own object
                    o for x in outs for o in x.children if o.dep_ == "pobj"
                    and o.lemma_.lower() in nom_nouns]
                n = number_value(c)
                if not pool and n is not None and kind_of_cue == "award" and \
                        self._pronoun_pool(f, c):
                    # "collected 14 nominations and won 11 of them": the pool is the counted
                    # prizes the pronoun stands for, the number is the wins
                    if self._pool_scoped(f, c, runs or {}, unread):
                        continue
                    out.append((n, c.i, kind_of_cue))
                    continue
                bare = [o for pc in dict.fromkeys([*c.children, *outs, *doc[f.cue].children])
                        if pc.dep_ == "prep" and pc.lower_ == "of" and (
                            pc.head.i == c.i or pc.i == c.i + 1)
                        for o in pc.children if o.dep_ == "pobj"
                        and o.pos_ == "NUM" and o.i > c.i and all(
                            x.dep_ == "poss" and x.lower_ in ("its", "their", "his", "her")
                            for x in o.children)] if not pool and kind_of_cue == "award" \
                    and f.relation.polarity == "won" and f.roles.get("winner") and all(
                        w.arg is not None and w.arg.kind in ("film", "work")
                        for w in f.roles["winner"]) else []
                # (a film's: "Baker won four of six" may count the film's six nominations)
                m = number_value(bare[0]) if len(bare) == 1 else None
                if n is not None and m is not None and 0 <= n <= m < 200:
                    # "won 11 of 14", "(won 4 of 8)", "won three of its five": the pool a
                    # win count is told out of, its noun left out, is the subject's
                    # nominations: N wins out of M nominations
                    out.append((n, c.i, kind_of_cue))
                    out.append((m, bare[0].i, "nomination"))
                    continue
                if pool and n is not None:
                    # "of its 14 Oscar nods": the number may hang on the name before the noun
                    named = [pool[0], *(z for z in pool[0].children if z.i < pool[0].i
                                        and z.dep_ in ("compound", "nmod"))]
                    inner |= {z.i for z in named}
                    m = next((number_value(x) for z in named for x in z.children
                              if x.dep_ == "nummod"), None)
                    if self._pool_narrowed(f, pool[0], c, (c.i, pool[0].i), runs or {},
                                           unread):
                        continue   # "two of the four Oscars for its songs": a part
                    if any(x.dep_ == "det" and x.lower_ in q.get("whole_pool_determiners", ())
                           for x in c.children):
                        # "won every one of its 11 nominations": all of them, not one
                        if m is None:
                            continue
                        n = m
                    # "won five of its six nominations" / "five of the six Oscars it was up
                    # for": five wins out of six nominations
                    out.append((n, c.i, kind_of_cue))
                    other = self._others_pool(f, pool[0])
                    owner = self._pool_owner(f, pool[0]) if other is None else None
                    if other is None and owner is None:
                        owner = self._pool_owner_read(f, pool[0])
                    if m is not None and other is not None and \
                            self._nominations_pool(pool[0], nom_nouns):
                        # "... of the five awards that Anora was nominated for", said of
                        # Baker: the five are Anora's nominations, a count of Anora's
                        self._other_counts.append((m, pool[0].i, other, "nominated"))
                    elif m is not None and other is not None and self._wins_pool(pool[0]):
                        # "four of the five Oscars Anora won", said of Baker: Anora's wins
                        self._other_counts.append((m, pool[0].i, other, "won"))
                    elif m is not None and owner is not None and \
                            not self._nominations_pool(pool[0], nom_nouns):
                        # "four of Anora's five Oscars", said of Baker: the five are Anora's
                        # wins, a count of Anora's (its nominations, "four of Anora's six
                        # nominations", are the noun's own frame: unread here)
                        self._other_counts.append((m, pool[0].i, owner, "won"))
                    elif m is not None and owner is None and \
                            self._nominations_pool(pool[0], nom_nouns):
                        out.append((m, pool[0].i, "nomination"))
                    elif m is not None:   # "four of Anora's five Oscars": not this claim's
                        unread.append(str(m))
                elif n is not None and n < 200 and kind_of_cue == "award" and \
                        c not in pooled and _bare_count(c):   # "won two", "won only two"
                    kind = self._elided_kind(f, c)
                    if kind is None and doc[f.cue].lemma_.lower() in q.get(
                            "count_noun_needed_verbs", ()):
                        unread.append(c.text)   # "X had seven" with no count before:
                        continue   # of what, unsaid
                    if self._pool_scoped(f, c, runs or {}, unread):
                        continue
                    if self._listed_pool(f, c, n, runs or {}):
                        unread.append(c.text)   # "up for A, B and C and won all three":
                        continue   # of the prizes listed, no count of the whole record
                    if kind is None and doc[f.cue].lemma_.lower() in q.get(
                            "light_count_verbs", ()):
                        self._either_counts.add(c.i)   # "Anora collected six": wins or
                        # nominations, no count before it says which
                    out.append((n, c.i, kind or kind_of_cue))
                    # "..., won two": the prizes in play
        for fl in f.roles.get("award", []):
            # "was nominated for ten", "came away with five": a bare number in the prize's
            # place, under a preposition of the cue, counts the prizes (nominations)
            c = doc[fl.token]
            n = number_value(c) if c.pos_ == "NUM" and c.dep_ == "pobj" else None
            if n is not None and 0 < n < 200 and fl.arg is not None and \
                    fl.arg.kind == "cardinal" and _bare_count(c) and \
                    c.head.head.i in (f.cue, *(x.i for x in doc[f.cue].children)):
                out.append((n, c.i, kind_of_cue))
        zero = q.get("zero_count", {})
        if self._denied(f):
            pass   # "snubbed for Best Director": a denial of that prize (`claims`), no count
        elif f.relation.name in zero.get("relations", ()):
            words = [c.i for c in doc[f.cue].children if c.i > f.cue and c.dep_ in (
                "prt", "advmod", "advcl", "oprd", "acomp")]   # the cue's own words end it
            if _named_only(f):   # "overlooked at the Golden Globes": to the show's name
                words += [a.head for a in f.args_in_clause(*AWARDISH) if a.head > f.cue]
            # "shut out of the nominations", "overlooked in the nominations": a nomination
            # noun with no number under the cue's preposition says none was a nomination
            ws = [doc[f.cue], *(doc[i] for i in words)]
            ws += [c for w in ws for c in w.children if c.dep_ == "prep" and c.lower_ == "out"]
            noms = [o.i for w in ws for pr in w.children
                    if pr.dep_ == "prep" and pr.lower_ in ("of", "in") for o in pr.children
                    if o.dep_ == "pobj" and o.lemma_.lower() in nom_nouns and not any(
                        x.dep_ == "nummod" for x in o.children)]
            if noms:
                inner.update(noms)
                words += noms
            out.append((0, max(words, default=f.cue),
                        "nomination" if noms else "award"))   # "went home empty-handed"
            # "... empty-handed from 11 nominations": none won out of that many, a count of
            # the nominations (the preposition may hang on the cue's own words)
            for w in [doc[f.cue], *(doc[i] for i in words)]:
                for pr in w.children:
                    if pr.dep_ != "prep" or pr.lower_ not in q.get("pool_prepositions", ()):
                        continue
                    for o in pr.children:
                        m = next((number_value(x) for x in o.children if x.dep_ == "nummod"),
                                 None)
                        if o.dep_ == "pobj" and o.lemma_.lower() in nom_nouns and \
                                m is not None and 0 < m < 200:
                            out.append((m, o.i, "nomination"))
                            inner.add(o.i)
        elif f.noun_cue:   # "earned no nominations": the relation noun itself, none of it
            cue = doc[f.cue]
            if any(c.dep_ == "det" and c.lower_ in zero.get("determiners", ())
                   for c in cue.children):
                out.append((0, f.cue, kind_of_cue))
        else:   # "won nothing", "came away with none", "won no Oscars"
            for t in f.tokens():
                if t.i in inner or t.dep_ not in ("dobj", "pobj"):
                    continue
                gov = t.head if t.dep_ == "dobj" else t.head.head
                if gov.i != f.cue or (t.dep_ == "pobj" and t.head.dep_ != "prep"):
                    continue
                named = f.parsed.arg_at(t.i)
                if named is not None and named.kind in ("film", "work", "person", "name"):
                    continue   # a title's own word ("for No Country for Old Men") counts nothing
                exc = _exceptions(f, t, zero)
                if (t.lower_ in zero.get("objects", ()) and not exc and not any(
                        c.dep_ in ("amod", "appos", "cc", "conj", "advmod", "quantmod")
                        for c in t.children)) or any(
                        c.dep_ == "det" and c.lower_ in zero.get("determiners", ())
                        for c in t.children) and (
                        # "no Oscars", "no nominations"; not "shared it with no one"
                        _prize(f.parsed, t, award_nouns) or t.lemma_.lower() in nom_nouns):
                    out.append((0, t.i, kind_of_cue))
                    break
                prizes = [x for c in exc for x in c.subtree if x.dep_ == "pobj"
                          and c.i in (x.head.i, x.head.head.i)
                          and _prize(f.parsed, x, award_nouns)]
                if t.lower_ in zero.get("objects", ()) and prizes and not any(
                        y.dep_ == "nummod" for x in prizes for y in x.children):
                    # ("nothing short of three Oscars" states its count itself)
                    # "walked away with nothing but the Best Director prize": that prize and
                    # no other, a count of the prizes named
                    n = len({y.i for x in prizes for y in [x, *x.conjuncts]})
                    out.append((n, t.i, kind_of_cue))
                    break
        toks = list(f.tokens())
        if f.noun_cue or doc[f.cue].dep_ == "amod":
            # "two-time Oscar winner Meryl Streep": "time" may hang on the name
            seen = {t.i for t in toks}
            toks += [t for t in doc[f.cue].head.children if t.i not in seen and t.i < f.cue]
        holders = set(q.get("holder_nouns", ()))
        cue_t = doc[f.cue]
        # "Jane Roe, six times a nominee, ...": the parser hangs the noun on "times"
        set_off = cue_t.head if f.noun_cue and cue_t.dep_ == "appos" and \
            cue_t.head.lower_ in times and cue_t.head.i < f.cue else None
        if set_off is not None and set_off.i not in {t.i for t in toks}:
            toks.append(set_off)
        for t in toks:   # "won it three times", "a three-time winner"
            if t.i not in inner and t.lower_ in times and (
                    any(c.dep_ == "appos" and c.lemma_.lower() in holders and c.i != f.cue
                        for c in t.children)
                    or (t.head.i != f.cue and t.head.lemma_.lower() in holders)
                    # "X, a nominee 21 times over, has yet to win": the parser sets the
                    # count off on the name beside the holder noun, which it describes
                    or (t.dep_ == "appos" and t.head.i != f.cue and any(
                        c.dep_ == "appos" and c.lemma_.lower() in holders and c.i < t.i
                        and c.i != f.cue for c in t.head.children))):
                continue   # "six times a nominee", "a seven-time nominee": the count describes
                # the person (the holder noun's own claim), not this verb's event
            if set_off is not None and t.i == set_off.i:
                n = next((number_value(x) for x in t.children if x.dep_ == "nummod"), None)
                if n is not None and n < 200:
                    out.append((n, t.i, kind_of_cue))
                continue
            gov = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if t.lower_ in times and f.noun_cue and gov is not None and gov.i != f.cue and \
                    t.head.pos_ not in ("NOUN", "PROPN") and doc[f.cue].dep_ not in (
                    "dobj", "obj", "attr") and lexicon().verb_cues(gov.lemma_.lower()):
                continue   # "nominated five times before without a win": the count is the
                # verb's own event's, not the noun's set beside it
            if t.lower_ in times and _multiplier(t):
                unread.append(t.text)   # "four times as many Oscars as X": a ratio to
                continue   # another's count, not a count of this one's
            if t.i not in inner and t.lower_ in times and (t.dep_ in (
                    "npadvmod", "dobj", "advmod", "compound", "amod", "appos") and (
                    t.head.i == f.cue or t.head.i in f.clause or self._beside_holder(f, t)) or (
                    t.dep_ == "nmod" and self._beside_holder(f, t)) or (
                    # "a three-time best actress winner": the parser may hang "time" on the
                    # holder noun as a noun modifier
                    t.dep_ == "nmod" and f.noun_cue and t.head.i == f.cue and t.i < f.cue) or (
                    # "nominated for an Oscar 17 times": the parser may take the times for
                    # the preposition's object
                    t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == f.cue)):
                n = next((number_value(x) for x in t.children if x.dep_ == "nummod"), None)
                if n is not None and n < 200:
                    out.append((n, t.i, kind_of_cue))
                    if (cls := self._for_class(f, t)):   # "nominated three times for acting":
                        self._class_counts[t.i] = cls   # the count of that class's prizes
            elif t.i not in inner and t.lower_ in multiples and t.dep_ in ("amod", "compound") \
                    and f.noun_cue and (t.head.i == f.cue or (   # "a double Oscar winner"
                        t.head.dep_ == "compound" and t.head.head.i == f.cue)):
                out.append((multiples[t.lower_], t.i, kind_of_cue))
        verbs = self._verbs_own(f)
        for t in [*f.tokens(), *_gap_noun(f)]:
            if t.i in inner or t.i in verbs:
                continue
            lem = t.lemma_.lower()
            if lem not in award_nouns and t.lower_.rstrip("s") in award_nouns:
                lem = t.lower_.rstrip("s")   # "Oscars" is a proper noun to the lemmatizer
            if lem not in award_nouns and t.i != f.cue and t.tag_ in ("NNS", "NNPS") and (
                    (a := f.parsed.arg_at(t.i)) is not None and a.kind == "award"
                    and a.entity and a.head == t.i):
                lem = "award"   # "won two Palmes": a prize the KB knows, counted by its name
            if lem not in award_nouns and t.i != f.cue:
                continue
            if any(x.lower_ in relative for x in t.children):
                continue  # "five more awards" counts part of a set
            h = t.head
            if t.i != f.cue and _nomination_after(doc, t.i) and t.dep_ not in ("compound", "nmod"):
                lem = doc[t.i + 1].lower_.rstrip("s")   # "four Oscar nominations" the parser
                # split ("nominations" read as a verb): the number counts the nominations
            if t.i != f.cue and t.dep_ in ("compound", "nmod") and h.i > t.i:
                # "14 Oscar nods", "five Oscar statuettes": the number counts the noun the
                # name modifies, nominations or prizes; anything else it does not count here
                hl = h.lemma_.lower()
                if h.i in inner or not ({hl, h.lower_.rstrip("s")} & (award_nouns | nom_nouns)):
                    continue
                if {hl, h.lower_.rstrip("s")} & nom_nouns:
                    lem = next(iter({hl, h.lower_.rstrip("s")} & nom_nouns))
            # "nominated for six Oscars": under a nomination verb, the prizes it counts are
            # nominations ("six nominations into five wins": a noun cue's other nouns are not)
            kind = "nomination" if lem in nom_nouns or (
                kind_of_cue == "nomination" and not f.noun_cue and t.i != f.cue) else \
                kind_of_cue if t.i == f.cue else "award"
            if t.i == f.cue and f.noun_cue and t.tag_ == "NN" and t.lemma_.lower() in set(
                    q.get("holder_nouns", ())) and any(x.lower_ == "only" for x in t.children):
                # "the only three-time winner": "only" on a holder says no one else holds it,
                # a record's uniqueness the count does not check, not a count of one
                unread.append(next(x for x in t.children if x.lower_ == "only").text)
            elif t.i == f.cue and f.noun_cue and t.tag_ == "NN" and any(
                    x.lower_ == "only" for x in t.children) and not any(
                    x.dep_ in ("acl", "relcl") for x in t.children):
                # (not "its only nominee to go home empty-handed": a restricted one)
                # "its only win"; "its only win apart from casting" counts the exception too,
                # which may be no prize the KB keeps: it may hold, not refute
                only = next(x for x in t.children if x.lower_ == "only")
                # a word between "only" and the noun narrows it as it narrows a number ("the
                # film's only acting nomination" is one of the acting ones, not of all)
                scope = self._narrowed(f, t, only, runs or {})
                if scope == "part":
                    unread.append(only.text)
                    continue
                excepted = _excepted(t, q.get("zero_count", {}))
                out.append((1 + len(excepted), t.i, kind))
                if excepted or scope == "loose":
                    self._loose_counts.add(t.i)
                if scope == "competitive":
                    self._competitive_counts.add(t.i)
                if scope and scope.startswith("class:"):
                    self._class_counts[t.i] = list(lexicon().categories["classes"][
                        scope[len("class:"):]])
                continue
            # a year on the noun dates it ("the 2023 Best Picture winner"), it counts nothing
            nums = [c for c in t.children
                    if c.dep_ in ("nummod", "amod", "compound", "quantmod")
                    and number_value(c) is not None
                    and getattr(f.parsed.arg_at(c.i), "kind", None) != "date"]
            if not nums and t.i == f.cue and f.noun_cue and t.dep_ == "pobj" and \
                    t.head.dep_ == "prep" and _held_record(t, t.head.head):
                nums = [x for x in [record_value(t, t.head.head)] if x is not None]
                # "holds the record for the most wins, with 12": the record's value counts
                # the noun
            whole = _whole_count(t) if not nums and t.i == f.cue and f.noun_cue else None
            if whole is not None:
                # "all three of The Brutalist's wins": the number the noun's whole set is
                # taken by counts the noun
                n = number_value(whole)
                if n is not None and 0 < n < 200:
                    out.append((n, whole.i, kind))
                continue
            first = t.left_edge
            if not nums and t.i == f.cue and f.noun_cue and first.i < t.i and \
                    first.dep_ == "nummod" and first.pos_ == "NUM" and \
                    first.head.lower_ not in times and all(
                        x.pos_ in ("PROPN", "NOUN", "PUNCT") or x.dep_ == "compound"
                        for x in doc[first.i + 1:t.i]):
                nums = [first]   # "nine Critics Choice nominations": the parser may hang
                # the number on a name inside the phrase; it counts the phrase's head
            for c in nums:
                if any(x.lower_ in times and _multiplier(x) for x in c.children):
                    unread.append(c.text)   # "four times more Oscars than X": a ratio
                    continue
                part = _partitive_count(c)
                won_of = t.i == f.cue and t.dep_ in ("dobj", "obj") and \
                    t.head.lemma_.lower() in _cue_heads("won")
                if part is not None and c.i in f.clause and number_value(part) != 1 and (
                        won_of or t.i != f.cue and t.dep_ in ("dobj", "obj")
                        and t.head.i == f.cue):
                    # (not "..., one of five Oscars it took home": one member of a set)
                    # "won seven of 13 Oscars it was up for", "three of four acting Oscars":
                    # the parser hung "seven of" on the pool's number; seven is the count
                    # (of wins, when the nominations are the object of a win verb: "won
                    # four of six Oscar nominations")
                    self._of_pool(f, t, lem, c, part, "award" if won_of else kind_of_cue,
                                  runs or {}, out, unread)
                    break
                of_k = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
                k_of = part if part is not None else of_k if of_k is not None \
                    and of_k.like_num else None
                if k_of is not None and c.i in f.clause and number_value(k_of) not in (
                        None, 1) and any(x.lower_ == "the" for x in t.children):
                    unread.append(c.text)   # "..., including three of the four acting
                    break   # prizes": the four is the night's set of categories, no tally
                if (c.i in f.clause or _gap_count(f, t, c)) and self._pool_of_another(f, t):
                    unread.append(c.text)   # "..., one of seven Oscars the movie took home":
                    break   # the movie's count, not the subject's
                owner = self._pool_owner(f, t) if t.dep_ == "pobj" and t.head.lower_ == "of" \
                    and (t.head.head.lower_ == "one" or t.head.head.like_num and t.head.head.dep_
                         in ("nsubj", "nsubjpass")) else None
                if (c.i in f.clause or _gap_count(f, t, c)) and owner is not None:
                    # "Madison won Best Actress, one of Anora's five Oscars", "Two of Anora's
                    # five Oscars went to Baker": the set the prize is one of (the prizes
                    # are some of) is the possessor's, a count of its wins (its
                    # nominations are the noun's own frame: unread here)
                    n = number_value(c)
                    if n is not None and 0 < n < 200 and lem not in nom_nouns and \
                            not self._nominations_pool(t, nom_nouns):
                        self._other_counts.append((n, t.i, owner, "won"))
                    else:
                        unread.append(c.text)
                    if t.head.head.lower_ != "one":
                        # ("Two of ... went to Baker": how many of them are the subject's,
                        # all of his or some, the words do not settle)
                        unread.append(t.head.head.text)
                    break
                if (c.i in f.clause or _gap_count(f, t, c)) and t.dep_ == "pobj" and \
                        t.head.lower_ == "of" and t.head.head.lower_ == "one" and not any(
                            x.dep_ == "poss" for x in t.children) and any(
                            getattr(f.parsed.arg_at(o.i), "kind", None) in ("film", "work")
                            for pr in t.children if pr.dep_ == "prep" and pr.lower_ == "for"
                            for o in pr.children) and any(
                            w.arg is not None and w.arg.kind == "person"
                            for w in f.roles.get("winner") or ()):
                    # "Madison took Best Actress, one of five Oscars for Anora": the film's
                    # five or the person's own for it, which the words do not settle (not
                    # "one of his five Oscars for Anora": his own). Both readings are
                    # checked (`verify.counts._read_count`: the film's count, else the
                    # person's for the film); it holds if either does
                    n = number_value(c)
                    film = next(a for pr in t.children if pr.dep_ == "prep" and pr.lower_ == "for"
                                for o in pr.children if getattr(
                                    a := f.parsed.arg_at(o.i), "kind", None) in ("film", "work"))
                    person = next(w.arg for w in f.roles["winner"]
                                  if w.arg is not None and w.arg.kind == "person")
                    if n is not None and 1 < n < 200 and film.entity and person.entity and \
                            lem not in nom_nouns and not self._nominations_pool(t, nom_nouns):
                        film = copy(film)
                        film.for_person = person.entity
                        self._other_counts.append((n, t.i, film, "won"))
                    else:
                        unread.append(c.text)
                    break
                if c.i in f.clause or _gap_count(f, t, c):
                    n = number_value(c)
                    listed = [x for a in t.children if a.dep_ == "appos" and a.i > t.i
                              for x in conjuncts(a)]
                    if not listed and t.i == f.cue and lem in ways and \
                            len(f.roles.get("winner") or ()) > 1:
                        # "Two Oscar winners for X and Y: A (1993) and B (1998)": the winners
                        # the frame lists, however the parser hung them
                        listed = f.roles["winner"]
                    if t.i == f.cue and lem in ways and listed:
                        if n != len(listed):   # "two winners, A and B": the number of
                            unread.append(c.text)   # winners it lists, not of their wins
                        break
                    scope = self._narrowed(f, t, c, runs or {}) if n is not None else None
                    if n is not None and n < 200 and scope == "part":
                        unread.append(c.text)   # "two acting Oscars": a part of the record
                        break
                    if n is not None and n < 200 and scope == "loose":
                        self._loose_counts.add(c.i)   # "four major wins": may hold, not refute
                    bound = _count_bound(c) if n is not None else None
                    if bound:   # "nearly a dozen", "more than ten": a bound, not the count
                        self._count_bounds[c.i] = bound
                    named = _named_set(t, c, n) if n is not None and scope != "part" else None
                    if named is not None:   # "the top five Oscars": a set by name
                        self._count_sets[c.i] = named
                    if n is not None and n < 200 and scope == "competitive":
                        self._competitive_counts.add(c.i)   # "22 competitive Oscars"
                    if n is not None and n < 200 and scope and scope.startswith("class:"):
                        self._class_counts[c.i] = list(lexicon().categories["classes"][
                            scope[len("class:"):]])   # "two acting Oscars"
                    if n is not None and n < 200:
                        out.append((n, c.i, kind))
                        break
        dropped: set = set()
        for _n, tok, _k in out:   # "more than three times", "won nearly 20": a bound
            t = doc[tok]
            if tok not in self._class_counts and (cls := self._for_class(
                    f, t.head if t.dep_ == "nummod" else t)):
                self._class_counts[tok] = cls   # "nominated twice as a director"
            elif tok not in self._class_counts and (role := self._role_unread(
                    f, t.head if t.dep_ == "nummod" else t)):
                # "four Oscars as a producer", "as director, writer and editor": a part of
                # the record the KB cannot single out, as "two acting Oscars" without the class
                unread.extend([t.text, role])
                dropped.add(tok)
            num = t if t.pos_ == "NUM" else next((x for x in t.children if x.dep_ == "nummod"),
                                                  None)
            bound = _count_bound(num) if num is not None else None
            if bound and tok not in self._count_bounds:
                self._count_bounds[tok] = bound
        return [x for x in out if x[1] not in dropped], unread

    def _verbs_own(self, f: Frame) -> set:
        """For a relation noun, the tokens of its sentence's verb frames outside the noun's
        own phrase: "nominated for six Oscars without a win" -- the six are the verb's."""
        if not f.noun_cue:
            return set()
        own = {x.i for x in f.parsed.doc[f.cue].subtree}
        return {t for g in self._siblings if g is not f and not g.noun_cue
                for t in g.clause if t not in own}

    @staticmethod
    def _beside_holder(f: Frame, t) -> bool:
        """"Two-time Oscar winner Meryl Streep": the parser may hang "time" on the name the
        holder noun also modifies; with only the prize's name between them it is the noun's."""
        doc = f.parsed.doc
        cue = doc[f.cue]
        # a participle cue on the name is the holder noun's kind ("six-time Oscar-nominated
        # Amy Adams"), the prize's name hung on it as an adverbial noun
        return (f.noun_cue or cue.dep_ == "amod") and t.dep_ in ("compound", "amod", "nmod") \
            and t.i < f.cue and t.head.i == cue.head.i and cue.dep_ in (
                "compound", "amod", "nmod") and all(
                # ("best" of "best supporting actress" may be read as an adverb)
                x.dep_ in ("compound", "amod", "nmod", "npadvmod", "punct", "advmod")
                and x.head.i in (f.cue, x.i + 1) for x in doc[t.i + 1:f.cue])

    @staticmethod
    def _nominated_ref(f: Frame, r: AwardRef, polarity: str) -> bool:
        """Whether a prize the clause names is a nomination: under a nomination cue, or its
        name followed by a nomination noun ("four Best Actress Oscar nominations")."""
        if polarity == "nominated":
            return True
        first = r.arg.first if r.arg is not None else r.run[0] if r.run else r.tok
        if first not in f.clause:
            return False   # "earned three Oscar nominations but did not win any": a prize
            # the clause takes from another ("any" of them) is won, as its own verb says
        end = r.arg.last if r.arg is not None else r.run[1] if r.run else None
        return end is not None and end > 0 and _nomination_after(f.parsed.doc, end - 1)

    def _anaphor_category(self, f: Frame, s: Slots, family, specific) -> Optional[str]:
        """The one category a clause names for a count that refers back to it ("in that
        category"), or None when the clause names none or more than one."""
        if not specific:
            # a counted noun that is a frame of its own ("won Best Actress on each of her
            # three nominations in that category"): the category its clause's verb takes
            doc = f.parsed.doc
            noun = doc[f.cue]
            verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            objs = [] if verb is None else [c for c in verb.children if c.dep_ in (
                "dobj", "obj")] + [o for c in verb.children if c.dep_ == "prep" and c.lower_
                                    == "for" for o in c.children if o.dep_ == "pobj"]
            found = {self._category(family, " ".join(
                x.text for x in o.subtree if x.i <= o.i and x.dep_ not in ("det", "poss")))
                for o in objs if o.i != noun.i} - {None}
            return found.pop() if len(found) == 1 else None
        if len(specific) != 1:
            return None
        r = specific[0]
        if r.arg is not None:
            return r.arg.entity if r.arg.kind == "award" else None
        if not r.run:
            return None
        return self._category(family, f.parsed.doc[r.run[0]:r.run[1]].text)

    @staticmethod
    def _counts_category(f: Frame, tok: int, r: AwardRef, n_specific: int) -> bool:
        """Whether a nomination count is of the one category the clause names: the category
        modifies the counted noun ("four Best Actress nominations"), or the count is said of
        the cue whose own object (or 'for' object) is that category ("nominated for Best
        Actress four times"); not a category under "including" or a list."""
        doc = f.parsed.doc
        t = doc[tok]
        noun = t.head if t.dep_ == "nummod" else t
        inside = lambda i: (r.run and r.run[0] <= i < r.run[1]) or (  # noqa: E731
            r.arg is not None and r.arg.first <= i < r.arg.last) or i == r.tok
        if any(inside(x.i) for x in noun.children if x.i < noun.i
               and x.dep_ in ("amod", "compound", "nmod")):
            return True   # "four Best Actress nominations"
        restated = _restated_preps(noun)   # "four Oscars, all for Best Director"
        for pr in [*noun.children, *(x for x in noun.head.children
                                     if x.i == noun.right_edge.i + 1 and noun.dep_ == "dobj"),
                   *restated]:
            # "two nominations in the supporting actress race", "two nods for Best Actress": a
            # preposition on the counted noun whose object is the category (or a race of it)
            if pr.dep_ != "prep" or pr.lower_ not in lexicon().qualifiers.get(
                    "category_count_prepositions", ()) or (
                    _set_off(noun, pr) and pr not in restated):
                continue
            for o in pr.children:
                if o.dep_ == "pobj" and (inside(o.i) or any(
                        inside(x.i) for x in o.children if x.i < o.i
                        and x.dep_ in ("amod", "compound", "nmod"))):
                    return True
        if n_specific != 1 or r.tok < 0:
            return False
        rt = doc[r.tok]
        held = rt.head.i == f.cue and rt.dep_ in ("dobj", "obj") or (
            rt.dep_ == "pobj" and rt.head.lower_ == "for" and rt.head.head.i == f.cue)
        q = lexicon().qualifiers
        # the parser may hang "eight times" on the prize's name rather than on the verb
        # ... and "six times a nominee for Best Actress" on "times", which the noun is set beside
        beside = f.noun_cue and doc[f.cue].dep_ == "appos" and doc[f.cue].head.i == t.i
        counted = (t.head.i == f.cue or (t.lower_ in q.get("times_suffix", ()) and (
            inside(t.head.i) or beside))) and (t.lower_ in q.get("count_adverbs", {})
                                               or t.lower_ in q.get("times_suffix", ()))
        return held and counted   # "nominated for Best Actress four times"

    def _label_festival(self, f: Frame, s: Slots, family, own, phrases):
        """(show, drop_year) for the counts of a row whose label alone names a festival
        beside a count of wins out of nominations after it ("Secrets & Lies (Palme 1996):
        won 1 of 5"): a festival hands out no nominations, so the label's prize and year are
        the label's claim and the count is of the one other show the passage names (show
        None: a reading); the label's year is not the count's. None when the row is not so."""
        p, kb = f.parsed, self.kb
        label = leading_label_end(p.doc)
        if not (family and own and label and f.cue > label and not phrases) or \
                getattr(kb.entity(family), "type", None) != "festival" or \
                not any(k == "nomination" for _n, _t, k in s.counts):
            return None
        if any(a.last > label for a in f.args_in_clause(*AWARDISH)
               if a.entity == family or award_family(kb, a.entity) == family):
            return None   # the festival is named after the label: the clause's own
        shows = [x for x in dict.fromkeys(x for fams in self.para_families.values()
                                          for x in fams)
                 if getattr(kb.entity(x), "type", None) != "festival"]
        drop_year = s.year is not None and any(
            a.kind == "date" and a.last <= label and str(s.year) in a.text for a in p.args)
        return (shows[0] if len(shows) == 1 else None), drop_year

    def _row_person_s(self, f: Frame, sid) -> Optional[str]:
        """Why a row film's bracketed tally set beside a person's name may be the person's
        ("4. Title (2011) - Actor (won 3 of 21)"): unless the person is the film's director
        (a film row's credit: "Title (1976) - Director (won 1 of 4)" is the film's tally),
        the row is read as the film's to support only."""
        b = f.row_person
        if b is None:
            return None
        if b.entity and sid and any(x.value == b.entity for x in self.kb.facts(
                subject=sid, predicate="director")):
            return None
        return (f"The bracket follows {b.text}, whose tally it may be; read as the row's "
                f"film's, this does not hold: ")

    def _pronoun_pool(self, f: Frame, num) -> bool:
        """Whether a number is "N of them" where the pronoun stands for prizes (nominations)
        counted earlier in the sentence ("14 nominations ... won 11 of them"), or in a sentence
        before it in the paragraph ("It received 14 nominations. It won six of them.")."""
        q = lexicon().qualifiers
        nouns = set(q.get("award_nouns", ()))
        pron = [o for pc in num.children if pc.dep_ == "prep" and pc.lower_ == "of"
                for o in pc.children if o.lower_ in q.get("pool_pronouns", ())]
        if not pron:
            return False
        return any((t.lemma_.lower() in nouns or t.lower_.rstrip("s") in nouns)
                   and any(x.dep_ == "nummod" and number_value(x) is not None
                           for x in t.children)
                   for t in f.parsed.doc[:num.i] if t.i not in f.parsed.titles) or \
            self.para_count_kind.get(f.parsed.sentence.paragraph) is not None

    def _pool_scoped(self, f: Frame, num, runs: dict, unread: list) -> bool:
        """A bare count ("won three", "won three of them") counts out of the prizes the last
        count before it named; when a word narrowed those ("four acting nominations and won
        three"), the count is of that narrower set too: of a class of categories (noted, as
        for "three acting Oscars"), else of a part the KB cannot single out (left unread,
        True: no count of the whole record)."""
        scope = self._antecedent_scope(f, num, runs)
        if scope is None or scope == "competitive":
            return False
        if scope.startswith("class:"):
            self._class_counts[num.i] = list(lexicon().categories["classes"][
                scope[len("class:"):]])
            return False
        if scope == "loose":
            self._loose_counts.add(num.i)
            return False
        unread.append(num.text)
        return True

    @staticmethod
    def _pool_of_another(f: Frame, noun) -> bool:
        """Whether a counted prize noun is followed by a clause on it whose own subject is no
        winner of the frame ("X shared best director, one of seven Oscars the movie took
        home", "..., one of seven Oscars that Parasite won"): the count is that subject's, not
        the frame's, however the parser hung the clause. A pronoun subject ("one of five Oscars
        it took home") is read as the frame's own."""
        doc = f.parsed.doc
        j = noun.i + 1
        while j < len(doc) and doc[j].lower_ in ("that", "which"):
            j += 1
        subj = next((doc[k] for k in range(j, min(j + 8, len(doc)))
                     if doc[k].dep_ in ("nsubj", "nsubjpass") and doc[k].left_edge.i == j
                     and doc[k].head.i > doc[k].i and doc[k].head.pos_ in ("VERB", "AUX")), None)
        a = f.parsed.arg_at(subj.i) if subj is not None else None
        if subj is None or subj.pos_ == "PRON" and a is None:
            return False   # (a title the tagger took for a pronoun is a name)
        winners = f.roles.get("winner") or []
        if any(w.token == subj.i for w in winners):
            return False
        return not (a is not None and a.entity and any(
            w.arg is not None and w.arg.entity == a.entity for w in winners))

    def _listed_pool(self, f: Frame, num, n: int, runs: dict) -> bool:
        """Whether a bare count may count out of the prizes its sentence lists by name before
        it, with no counted noun there ("nominated for best picture, best director and best
        actor, and won three"): at least two named and no fewer than the count (a larger
        count, "... and took five in all", is of the whole record)."""
        p = f.parsed
        if _counted_kinds(p.doc[:num.i]):
            return False
        named = {v[0] for k, v in runs.items() if k < num.i} | {
            a.first for a in p.args if a.kind == "award" and a.entity and a.last <= num.i
            and award_family(self.kb, a.entity) != a.entity}
        return len(named) >= 2 and n <= len(named)

    def _of_pool(self, f: Frame, noun, lem: str, num, part, kind: str, runs: dict,
                 out: list, unread: list) -> None:
        """The counts of "K of N <noun>" (`part` K, `num` N): K counts what the clause's cue
        counts out of a pool of N; N is a count of the subject's nominations when the pool is
        its nominations ("won four of six Oscar nominations", "seven of 13 Oscars it was
        nominated for") and the cue counts wins, else a number no claim here checks (the
        acting categories of "three of four acting Oscars")."""
        k, m = number_value(part), number_value(num)
        if k is None or m is None or not 0 <= k <= m < 200:
            unread.append(part.text)
            return
        if self._pool_narrowed(f, noun, num, (part.i, noun.i), runs, unread):
            return
        out.append((k, part.i, kind))
        nom_nouns = set(lexicon().qualifiers.get("nomination_nouns", ()))
        if kind == "award" and (lem in nom_nouns or self._nominations_pool(noun, nom_nouns)):
            out.append((m, noun.i, "nomination"))
        else:
            unread.append(num.text)

    def _pool_narrowed(self, f: Frame, noun, count, toks: tuple, runs: dict,
                       unread: list) -> bool:
        """A count told out of a pool ("won three of the four acting Oscars", "two of its
        three acting nominations") counts what the words narrowing the pool narrow it to,
        as "three acting Oscars" does: a class of categories (noted on every count token of
        `toks`, the count's and the pool's), else a part the KB cannot single out (the count
        left unread, True). `count` is the number before the pool noun's own words."""
        scope = self._narrowed(f, noun, count, runs)
        if scope is None or scope == "competitive":
            return False
        if scope.startswith("class:"):
            for i in toks:
                self._class_counts[i] = list(lexicon().categories["classes"][
                    scope[len("class:"):]])
            return False
        if scope == "loose":
            self._loose_counts.update(toks)
            return False
        unread.append(count.text)
        return True

    def _antecedent_scope(self, f: Frame, num, runs: dict) -> Optional[str]:
        """How a word narrowed the counted prize noun a bare count leaves out: the last one
        its sentence counts before it, else its paragraph's (`_narrowed`)."""
        p = f.parsed
        for t in reversed(p.doc[:num.i]):
            if t.i in p.titles:
                continue
            nm = next((c for c in t.children if c.dep_ == "nummod"
                       and number_value(c) is not None), None)
            if nm is not None and _counted_kinds([t]):
                return self._narrowed(f, t, nm, runs)
        return self.para_count_scope.get(p.sentence.paragraph)

    def _elided_kind(self, f: Frame, num) -> Optional[str]:
        """What a bare number after a light verb counts ("The Brutalist got ten nominations
        ... Anora earned six"): the noun left out is the one the last count before it named,
        in its sentence or else in its paragraph ("nomination" or "award"); None when the
        verb states a win itself ("won six") or no count came before."""
        q = lexicon().qualifiers
        if f.parsed.doc[f.cue].lemma_.lower() not in q.get("light_count_verbs", ()):
            return None
        here = _counted_kinds(f.parsed.doc[:num.i])
        kind = here[-1] if here else self.para_count_kind.get(f.parsed.sentence.paragraph)
        if kind == "nomination" and self._same_holder(f):
            # "came in with six nominations and picked up four", "It received ten
            # nominations. It collected three": a later count of the same holder after its
            # nominations counts what it won of them, not more nominations
            return "award"
        return kind

    @staticmethod
    def _same_holder(f: Frame) -> bool:
        """Whether the clause's subject is the one the count before it was said of, as a
        reader takes it: none of its own (a verb joined to the one before: "X got ten
        nominations and picked up three"), a pronoun, or a plain title noun ("the film")."""
        from ..parse import focus_subject_nouns
        cue = f.parsed.doc[f.cue]
        subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            return cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX") and cue.head.i < cue.i
        s = subj[0]
        if s.pos_ == "PRON":
            return s.lower_ in ("it", "they")
        return s.lemma_.lower() in focus_subject_nouns() and f.parsed.arg_at(s.i) is None \
            and [c.lower_ for c in s.children if c.dep_ in ("det", "poss", "amod", "compound",
                                                             "nummod")] == ["the"]

    def _narrowed(self, f: Frame, noun, num, runs: dict) -> Optional[str]:
        return self._narrowed_in(f.parsed, noun, num, runs)

    def _narrowed_in(self, p: Parsed, noun, num, runs: dict) -> Optional[str]:
        """Whether a modifier of the counted prize narrows it to a part the KB cannot single
        out ("three acting Oscars", "two animated awards"): not a category the clause names
        ("two directing Oscars" counts Best Director), not the show's own name ("four Oscar
        nominations"), not a word that leaves the count whole ("competitive")."""
        q = lexicon().qualifiers
        plain = set(q.get("count_plain_modifiers", ())) | set(q.get("relative_count", ()))
        loose = set(q.get("count_loose_modifiers", ()))
        times = set(q.get("times_suffix", ()))
        competitive = set(q.get("count_competitive_modifiers", ()))
        got = None
        # a record's value said after the noun ("the most acting nominations, with 21") is
        # narrowed by the noun's own modifiers
        most = set(lexicon().section("records").get("most", ())) if num.i > noun.i else set()
        held = bool(most) and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
            _held_record(noun, noun.head.head)   # ("the record for acting wins, with four")
        if not held and not any(x.lower_ in most or any(
                g.dep_ == "advmod" and g.lower_ in most for g in x.children)
                for x in noun.children):
            most = set()   # (only a record's noun: "How many Oscars ...? Seven." is no record)
        lo = noun.left_edge.i - 1 if most else num.i
        for x in noun.children:   # between the number and the noun: "an incredible seven
            # Oscars" praises the count, "seven acting Oscars" narrows it
            if not lo < x.i < noun.i or x.dep_ not in ("amod", "compound", "nmod") \
                    or x.lower_ in most:
                continue
            if x.lower_ in competitive:
                got = got or "competitive"
                continue
            # (by its lemma too: a spun word read as a plain one, "4 particular person
            # Oscars" reread as "individual" by claims/attach.py `_despun`)
            if number_value(x) is not None or x.lower_ in plain or x.pos_ == "PROPN" or \
                    x.lemma_.lower() in plain or \
                    x.lower_ in times or num in x.subtree:   # "three-time": the count's own
                continue
            if p.arg_at(x.i) is not None or _run_token(p, x.i, runs) is not None:
                continue
            if self._family_words([x]):
                continue
            if x.lower_ in loose:
                got = "loose"
                continue
            if x.lower_ in (lexicon().categories.get("classes") or {}):
                got = f"class:{x.lower_}"   # "three acting Oscars": the class's categories
                continue
            return "part"
        preps = set(q.get("category_count_prepositions", ()))
        # "four Oscars, all in acting categories": said of every one counted, as unset off
        restated = _restated_preps(noun)
        nights = set(q.get("edition_anaphora", {}).get("nouns", ()))
        # (the parser may hang the preposition right after the noun on the verb)
        for pr in [*noun.children, *(x for x in noun.head.children
                                     if x.i == noun.right_edge.i + 1 and noun.dep_ == "dobj"),
                   *restated]:
            # "two nominations in the supporting actress race": a race (field, category) of
            # the show the clause names by its category words is a part of the record; (a
            # category said as the prize itself, "two nods for Best Actress", is the prize's)
            if pr.dep_ != "prep" or pr.lower_ not in preps or pr.i < noun.i or (
                    _set_off(noun, pr) and pr not in restated):
                continue
            named = lambda i: _run_token(p, i, runs) is not None or getattr(  # noqa: E731
                p.arg_at(i), "kind", None) == "award"
            classes = lexicon().categories.get("classes") or {}
            for o in pr.children:
                if o.dep_ in ("pobj", "pcomp") and o.lower_ in classes and all(
                        x.dep_ == "prep" and x.i > o.i or (
                            # ("in writing categories": the parser may take a gerund)
                            x.dep_ == "dobj" and x.lemma_.lower() in q.get(
                                "category_anaphors", ()) and not list(x.children))
                        for x in o.children):
                    # "one win in acting", "two nods for acting": a class of categories (as
                    # "two acting Oscars")
                    return f"class:{o.lower_}"
                if o.dep_ != "pobj":
                    continue
                if named(o.i) and pr.lower_ == "for":
                    continue   # the prize itself: its count is the prize's (`claims`)
                if named(o.i) or any(
                        x.i < o.i and x.dep_ in ("amod", "compound", "nmod") and named(x.i)
                        for x in o.children):
                    return "part"
                # "one win in the acting categories": a class of categories (as "two acting
                # Oscars"); "three in the technical races": a part the KB cannot single out
                if o.lemma_.lower() in q.get("category_anaphors", ()):
                    mods = [x for x in o.children if x.i < o.i
                            and x.dep_ in ("amod", "compound", "nmod")]
                    if len(mods) == 1 and mods[0].lower_ in classes:
                        return f"class:{mods[0].lower_}"
                    if mods:
                        return "part"
            objs = [o for o in pr.children if o.dep_ == "pobj"]
            if pr in restated and not any(named(o.i) and pr.lower_ == "for" for o in objs) \
                    and not any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in nights
                                or getattr(p.arg_at(o.i), "kind", None) in (
                                    "film", "work", "ceremony", "festival", "time", "date")
                                for o in objs):
                # "four Oscars, each for a leading role", "both for the same part": said of
                # every one counted, and no category the KB can single out (a film, a night
                # or a time, "all for Anora", "all in one night", is read as it is unset off)
                return "part"
        return got

    def _works_count(self, f: Frame) -> Optional[tuple[int, int]]:
        """(n, token) of "for four different films": how many works the wins were for."""
        titles = set(lexicon().qualifiers.get("title_nouns", ()))
        got = None
        for c in f.tokens():
            if c.lower_ != "for" or c.dep_ != "prep":
                continue
            for o in c.children:
                n = next((number_value(x) for x in o.children if x.dep_ == "nummod"), None)
                if o.lemma_.lower() in titles and n and (o.tag_ in ("NNS", "NNPS") or n == 1):
                    got = (n, o.i)
        return got

    @staticmethod
    def _nominations_pool(noun, nom_nouns) -> bool:
        """Whether the M of "N of its M ..." counts nominations: a nomination noun, or prizes a
        relative clause says it was up for ("the six Oscars it was up for"). "four of Anora's
        five Oscars" counts another's wins, which this claim does not state for its subject."""
        if noun.lemma_.lower() in nom_nouns:
            return True
        cues = _cue_heads("nominated") | {"up", "nominate"}
        if any(c.dep_ == "relcl" and any(t.lemma_.lower() in cues for t in c.subtree)
               for c in noun.children):
            return True
        # the parser may hang the relative clause elsewhere: the words right after the noun
        after = []
        for t in noun.doc[noun.i + 1:noun.i + 7]:
            if t.is_punct:
                break
            after.append(t.lemma_.lower())
        return bool(set(after) & cues)

    @staticmethod
    def _others_pool(f: Frame, noun) -> Optional[Arg]:
        """The named subject of a relative clause on a pool noun when it is not the frame's
        subject ("four of the five awards that Anora was nominated for", said of Baker)."""
        winners = {t.i for w in f.roles.get("winner", []) for t in f.parsed.doc[w.token].subtree}
        for rc in noun.children:
            if rc.dep_ != "relcl":
                continue
            for s in rc.children:
                a = f.parsed.arg_at(s.i) if s.dep_ in ("nsubj", "nsubjpass") else None
                if a is not None and s.pos_ != "PRON" and s.i not in winners \
                        and a.kind in SUBJECT_KINDS:
                    return a
        return None

    @staticmethod
    def _wins_pool(noun) -> bool:
        """Whether a pool noun's relative clause says its prizes were won ("the five Oscars
        Anora won", "the awards it took home")."""
        cues = _cue_heads("won")
        return any(c.dep_ == "relcl" and c.lemma_.lower() in cues and not any(
            x.dep_ == "neg" for x in c.children) for c in noun.children)

    @staticmethod
    def _pool_owner(f: Frame, noun) -> Optional[Arg]:
        """The named possessor of a pool noun when it is not the frame's subject ("four of
        Anora's five Oscars", said of Baker)."""
        winners = {t.i for w in f.roles.get("winner", []) for t in f.parsed.doc[w.token].subtree}
        for s in noun.children:
            a = f.parsed.arg_at(s.i) if s.dep_ == "poss" else None
            if a is not None and s.pos_ != "PRON" and s.i not in winners \
                    and a.kind in SUBJECT_KINDS:
                return a
        return None

    def _pool_owner_read(self, f: Frame, noun) -> Optional[Arg]:
        """The film a pool noun's possessor stands for when it is "its" or "the film"
        (lexicon `work_anaphora`: "four of the film's five Oscars", "one of its five
        statuettes", said of a person): the film the passage is on, read back from the word,
        when it is not the frame's own subject. It is a reading (`read_owner`): its count may
        be confirmed through it, never refuted."""
        p = f.parsed
        ana = lexicon().qualifiers.get("work_anaphora") or {}
        winners = {w.arg.entity for w in f.roles.get("winner", []) if w.arg is not None}
        for s in noun.children:
            if s.dep_ != "poss":
                continue
            pron = s.lower_ in ("its",)
            described = s.lemma_.lower() in set(ana.get("nouns", ())) and any(
                c.lower_ in set(ana.get("determiners", ())) for c in s.children)
            if not (pron or described) or p.arg_at(s.i) is not None:
                continue
            film = self.res.film_at(p.sentence, p.offset + s.idx)
            if film is None or film in winners or not winners or any(
                    getattr(self.kb.entity(w), "type", None) != "person" for w in winners):
                return None   # (said of the film itself, or of no person: its own pool)
            lo = min(x.i for x in s.subtree)
            start, end = p.offset + p.doc[lo].idx, p.offset + s.idx + len(s.text)
            arg = Arg(start, end, p.sentence.text[start - p.offset:end - p.offset], "film",
                      film, lo, s.i + 1, s.i, None)
            arg.read_owner = True
            return arg
        return None

    def _inner(self, f: Frame) -> set:
        """Tokens under a relation noun inside a verb's clause ("..., its only win from eight
        nominations"): that noun has its own frame, and what hangs on it is its own."""
        if f.noun_cue:
            return set()
        lex = lexicon()
        return {t.i for n in f.tokens() if n.i != f.cue and n.pos_ in ("NOUN", "PROPN")
                and lex.noun_of(n) for t in n.subtree}

    def _same_prize(self, f: Frame, fillers: list, runs: dict) -> list[AwardRef]:
        """A bare prize noun the lexicon's `same_prize` words point back with ("won the same
        prize at the Academy Awards") names the category of the last category phrase the
        sentence says before the clause ("won best supporting actress at the BAFTAs, a month
        before she won the same prize at the Academy Awards"), else the paragraph before it,
        read at the clause's own show. With no such phrase the words are a slot left unread
        (`_slots`): the prize is some earlier one, never any prize of the show."""
        p = f.parsed
        same = set(lexicon().qualifiers.get("same_prize", ()))
        prizes = {w.lower() for w in lexicon().qualifiers.get("award_nouns", ())}
        for fl in fillers:
            t = p.doc[fl.token]
            if fl.arg is not None or t.lemma_.lower() not in prizes or fl.token in runs or \
                    not any(c.lower_ in same for c in t.children):
                continue
            before = sorted({r for r in runs.values() if r[1] <= fl.token
                             and not any(k in f.clause for k in range(*r))})
            if before:
                return [AwardRef(fl.token, run=before[-1])]
            fam = self._own_family(f, []) or self._context_family(f)
            # a prize named whole ("won the Palme d'Or in 2017, and the same honour went to
            # Y"): the one award the sentence names before the clause, else the one the latest
            # sentence of the paragraph that named a prize named, when no category phrase
            # was said after it -- of the clause's own show, if it names one
            named = {a.entity for a in p.args if a.kind == "award" and a.entity
                     and a.last <= fl.token and a.first not in f.clause}
            # (a paragraph that has named no prize yet reads on from the one before it)
            para = p.sentence.paragraph
            awards_at = self.__dict__.get("_last_award", {})
            phrases_at = self.__dict__.get("_last_phrase_at", {})
            if para not in awards_at and para not in phrases_at:
                para -= 1
            if not named:
                at, ents = awards_at.get(para, (None, set()))
                if at is not None and at >= phrases_at.get(para, -1):
                    named = ents
            if len(named) == 1:
                aw = next(iter(named))
                own = self._own_family(f, [])
                if award_family(self.kb, aw) not in (None, aw) and own in (
                        None, award_family(self.kb, aw)):
                    return [AwardRef(fl.token, arg=Arg(0, 0, self.kb.label(aw), "award", aw))]
            # else the last the paragraph said before the sentence ("X was nominated for best
            # supporting actor. Y was nominated in the same category")
            phrase = self.__dict__.get("_last_phrase", {}).get(p.sentence.paragraph)
            aw = self._category(fam, phrase) if phrase and fam else None
            if aw and aw != fam:
                return [AwardRef(fl.token, arg=Arg(0, 0, self.kb.label(aw), "award", aw))]
            self.__dict__.setdefault("_same_unread", {})[id(f)] = \
                p.doc[t.left_edge.i:t.i + 1].text
        return []

    @staticmethod
    def _for_class(f: Frame, counted=None) -> Optional[list]:
        """The class of categories a bare "for" phrase on the cue names ("nominated three times
        for acting": lexicon categories.classes), or an "as" phrase naming a role on the cue,
        the counted noun or their verb ("two nominations as a director": categories.
        role_classes), else None (also when the phrase names a role with no class beside:
        `_role_unread`)."""
        classes = lexicon().categories.get("classes") or {}
        doc = f.parsed.doc
        for c in doc[f.cue].children:
            if c.dep_ == "prep" and c.lower_ == "for":
                for o in c.children:
                    if o.dep_ == "pobj" and o.lower_ in classes and not list(o.children):
                        return list(classes[o.lower_])
        roles, _words = _as_roles(f, counted)
        known = lexicon().categories.get("role_classes") or {}
        return list(known[roles[0]]) if len(roles) == 1 and roles[0] in known else None

    @staticmethod
    def _role_unread(f: Frame, counted=None) -> Optional[str]:
        """The words of an "as" phrase that names a role with no class of categories
        (lexicon categories.roles_without_class, a crew title: "four Oscars as a producer"),
        or several roles ("as director and as a producer", "as director, writer and editor":
        writers often leave out the Best Picture won as a producer), which the count is then
        not checked in: the claim stays open. None otherwise."""
        roles, words = _as_roles(f, counted)
        known = lexicon().categories.get("role_classes") or {}
        return words if len(roles) > 1 or roles and roles[0] not in known else None

    def held_counts(self, f: Frame, holder, hedged: bool) -> list[Claim]:
        """The count a record's clause states of its holder ("Baker became the first person to
        win five Oscars for one film": Baker won five), when no record the lexicon keeps
        accounts for it. The infinitive's subject is the noun it modifies, and that noun's
        referent (through a copula) the holder the record reader found: only the count is
        claimed, as the record's other words (first, for one film) are no win of their own."""
        p = f.parsed
        s = self._slots(f, category_runs(p))
        if not s.counts or not f.roles.get("winner"):
            return []
        g = Frame(f.relation, f.cue, p, roles=dict(f.roles), clause=f.clause,
                  negated=f.negated, irrealis=f.irrealis, noun_cue=f.noun_cue)
        g.roles["winner"] = [Filler(holder.i, p.arg_at(holder.i))]
        out = [c for c in self.claims(g, s, hedged) if c.slots.get("kind") == "award_count"]
        for c in out:   # the holder won at least that many: "the first to win three" is true
            c.slots["at_least"] = True   # of one who won four
        return out

    def _compared(self, f: Frame, got: list[Claim]) -> list[Claim]:
        """A clause that compares its subject's count with another's ("won more Oscars than
        Barbie", "seven, more than Y", "as many nominations as Z", "twice as many as W", "one
        fewer than V") states that comparison: a count_comparison claim over the two records
        (verify/counts.py). A bare win of the show the comparison is made of ("won more
        Oscars") is no claim of its own beside it; a count it states ("won seven Oscars, more
        than Y") stays one."""
        cmp = _comparison(f)
        if cmp is None:
            return got
        if f.negated:   # "did not win more Oscars than X" denies the comparison, not a win
            return [x for x in got if not (x.slots.get("kind") == "award"
                                           and x.slots.get("family_only")
                                           and x.slots.get("count") is None)]
        if self._per_edition(f) is not None or self._night_unnamed(f) is not None:
            cmp = dict(cmp, per_edition=True)   # "more Oscars in one night than X"
        base = next((c for c in got if c.slots.get("kind") in ("award", "award_count")
                     and c.slots.get("subject") and c.slots.get("family")), None)
        if base is None:
            return got
        subj = self.kb.entity(base.slots["subject"])
        other = self.kb.entity(cmp["other"])
        if subj is None or other is None or subj.type != other.type or subj.id == other.id:
            return got
        nom = cmp["noun"] == "nomination" or (cmp["noun"] is None and base.slots.get(
            "polarity") == "nominated")
        slots = dict(base.slots, kind="count_comparison", count=None, count_bound=None,
                     polarity="nominated" if nom else "won", compared=cmp,
                     group=f"{base.slots.get('group')}:compared",
                     award=base.slots.get("award") if base.slots.get("kind") == "award"
                     and not base.slots.get("family_only") else None)
        p = f.parsed
        end = p.offset + p.doc[cmp["end"]].idx + len(p.doc[cmp["end"]].text)
        c = Claim(id="", start=base.start, end=max(end, base.end),
                  text=self.text[base.start:max(end, base.end)], category="count",
                  subject=base.subject, predicate="count_comparison",
                  object=self.kb.label(cmp["other"]), hedged=base.hedged, slots=slots)
        keep = [x for x in got if not (x.slots.get("kind") == "award"
                                       and x.slots.get("family_only")
                                       and x.slots.get("count") is None)]
        for x in keep:   # the comparison's words ("four times", "as many as") are its own
            if x.slots.get("unchecked"):
                x.slots["unchecked"] = [u for u in x.slots["unchecked"]
                                        if u not in cmp["phrase"]]
        return keep + [c]


def _gap_noun(f: Frame) -> list:
    """The noun a relative clause of the cue hangs on, outside the clause ("the seven Oscars
    that Anora won": Oscars), in a list; none for any other cue."""
    cue = f.parsed.doc[f.cue]
    if cue.dep_ != "relcl":
        return []
    return [h for h in [_gap_head(cue)] if h.i not in f.clause]


def _gap_head(cue):
    """The noun a relative clause `cue` stands in for: the one it hangs on, or the pool of a
    "one of" it hangs on ("one of three trophies Baker collected": trophies, as
    `frames._verb_frame` fills it)."""
    return _pool_of_one(cue.head) or cue.head


def _gap_count(f: Frame, noun, num) -> bool:
    """"The seven Oscars that Anora won", "7 \u2014 the Oscars Anora took home": the prize noun
    a relative clause of the cue hangs on is the cue's object (its gap), so the number on that
    noun counts the cue's prizes, though it stands outside the clause."""
    cue = f.parsed.doc[f.cue]
    return cue.dep_ == "relcl" and _gap_head(cue).i == noun.i and num.head.i == noun.i \
        and num.i < noun.i


_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative", "conj",
                            "appos"})


def _argument_of_verb(tok):
    """The verb `tok` is an argument of (through conjuncts and appositions), or None when it
    hangs on a preposition or modifier on the way ("After five nominations, she won ... as
    director": the "as" phrase of the verb is no class of the count in the adjunct)."""
    while tok.dep_ in _ARGUMENT_DEPS and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _as_roles(f: Frame, counted=None) -> tuple[list, Optional[str]]:
    """([role lemmas], their words) of the first "as" phrase naming roles on the cue, the
    counted noun or the verb they are an argument of ("as director and as a producer", "as
    director, writer and editor": every role it names); a role is a word of
    categories.role_classes or roles_without_class, or a crew title. ([], None) if none."""
    cats = lexicon().categories
    known = set(cats.get("role_classes") or {}) | set(cats.get("roles_without_class") or ())
    known |= {w for r in (lexicon().section("crew").get("roles") or {}).values()
              for w in r.get("titles", ()) if " " not in w}
    doc = f.parsed.doc
    heads = [doc[f.cue]] + ([counted] if counted is not None else [])
    heads += [a for h in list(heads) for a in [_argument_of_verb(h)] if a is not None]
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ != "as":
                continue
            preps = [c, *(x for x in c.conjuncts if x.lower_ == "as")]
            named = [o for a in preps for o in a.children if o.dep_ == "pobj"
                     for o in conjuncts(o)]
            # (not "as director of the academy": a post, no category)
            if named and all(o.lemma_.lower() in known and all(
                    (x.dep_ in ("det", "cc") and x.lower_ in ("a", "an", "and")) or (
                        x.dep_ == "prep" and x.i > o.i and x.lower_ != "of")
                    or x.dep_ in ("conj", "punct") for x in o.children) for o in named):
                roles = list(dict.fromkeys(o.lemma_.lower() for o in named))
                return roles, doc[c.i:max(x.right_edge.i for x in preps) + 1].text
    return [], None
