"""Small readings of the parse that AwardReader's parts use: a verb's film subject, a
count's bound, a prize's class, an ordinal's owner, and the like. Each is a function of
the parse (and the lexicon) alone."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..ages import age_shape
from ..frames import (Filler, Frame, RECORD_WORDS, conjuncts, relative_clause_of, subject_token,
                      tally_pair, titled)
from ..parse import Arg, Parsed, lexicon, number_value
from ..text import ORDINAL_WORDS, parse_ordinal
from .common import AWARDISH, AwardRef, FILM_NOUNS, _run_token, category_runs


def _verb_subject_film(p: Parsed, tok) -> Optional[str]:
    """The KB film named as the subject of the verb that governs a pronoun outside its
    subject and owner places ("Anora lost the award to it": Anora; a coordinated verb's
    shared subject too), else None."""
    if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        return None
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subj = None
    while verb is not None and subj is None:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # "Anora was nominated too, but lost to it": a coordinated verb shares its subject
        verb = verb.head if subj is None and verb.dep_ == "conj" else None
    a = p.arg_at(subj.i) if subj is not None and subj.i < tok.i else None
    return a.entity if a is not None and a.kind == "film" and a.known else None


def _told_of_a_known_subject(p: Parsed, verb) -> bool:
    """Whether a verb tells its clause as fact (past or present; no negation, modal or "to":
    "could become", "was not") of a subject the KB knows."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(
            c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ == "to" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    a = p.arg_at(subj.i) if subj is not None else None
    return a is not None and a.known


def _winner_classes() -> dict:
    """Class nouns a record may rank a category's winners by, with the category words each
    stands for ("woman": actress): `records.age_class_nouns`, read by the age ranks and the
    n-th winners alike."""
    return lexicon().section("records").get("age_class_nouns") or {}


def _since_bound(p: Parsed, prep) -> Optional[dict]:
    """A "since" phrase (`records.since`) bounding the winners a record ranks: {"who": a KB
    person} ("since Jennifer Lawrence") or {"year": its year} ("since 2013"); or a span back
    from the win (`records.spans`: "in over a decade", "in 12 years", "since over a decade
    ago"): {"span": years, "how": under|over|None}; else None."""
    w = lexicon().section("records")
    sp = w.get("spans", {})
    if prep.dep_ == "prep" and (prep.lower_ in sp.get("prepositions", ()) or
                                prep.lower_ in w.get("since", ()) or (
            # ("in over a decade", which the parser may split into two phrases)
            prep.lower_ in {*sp.get("over", ()), *sp.get("under", ())} and prep.i > 0
            and prep.doc[prep.i - 1].lower_ in sp.get("prepositions", ()))):
        span = _span_of(prep)
        if span is not None:
            return span
    if prep.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in w.get("since", ())
                                    for m in prep.children):
        # "since Jennifer Lawrence took the prize in 2013": the clause's subject, else the one
        # year it names
        a = next((x for c in prep.children if c.dep_ in ("nsubj", "nsubjpass")
                  for x in [p.arg_at(c.i)] if x is not None), None)
        if a is not None and a.entity and a.kind == "person":
            return {"who": a.entity}
        years = {int(t.text) for t in prep.subtree if t.text.isdigit() and len(t.text) == 4
                 and t.text[:2] in ("19", "20")}
        return {"year": years.pop()} if len(years) == 1 and a is None else None
    if prep.dep_ != "prep" or prep.lower_ not in w.get("since", ()):
        return None
    kids = [o for o in prep.children if o.dep_ == "pobj"]
    if len(kids) != 1 or any(c.dep_ in ("prep", "conj", "relcl", "acl") for c in kids[0].children):
        return None
    o, a = kids[0], p.arg_at(kids[0].i)
    if a is not None and a.entity and a.kind == "person":
        return {"who": a.entity}
    if o.text.isdigit() and len(o.text) == 4:
        return {"year": int(o.text)}
    return None


def _span_of(prep) -> Optional[dict]:
    """{"span": years, "how"} of a span phrase ("in over a decade", "since over a decade
    ago", `records.spans`), read off the phrase itself; None."""
    spans = lexicon().section("records").get("spans", {})
    units = spans.get("units", {})
    unit = next((t for t in prep.subtree if t.dep_ == "pobj" and t.lemma_.lower() in units), None)
    if unit is None:
        return None
    # (the words between the preposition and the unit may only measure it: "in more than a
    # decade", which the parser chains as prepositions of their own)
    between = prep.doc[prep.i + 1:unit.i]
    if any(t.i not in {x.i for x in prep.subtree} or not (
            t.lower_ in {*spans.get("over", ()), *spans.get("under", ())}
            or t.dep_ in ("det", "nummod", "quantmod", "advmod", "amod")) for t in between):
        return None
    num = next((c for c in unit.children if c.dep_ == "nummod"), None)
    k = number_value(num) if num is not None else (
        1 if any(c.lower_ in ("a", "an") for c in unit.children) else None)
    if not k:
        return None
    near = {t.lower_ for t in prep.subtree if t.i < unit.i and (num is None or t.i != num.i)}
    how = "under" if near & set(spans.get("under", ())) else \
        "over" if near & set(spans.get("over", ())) else None
    return {"span": int(k * units[unit.lemma_.lower()]), "how": how}


def _words_beyond() -> tuple:
    """Nouns of a span beyond one edition ("in Oscar history": `records.beyond_edition`)."""
    return tuple(lexicon().section("records").get("beyond_edition", ()))


def _equating(verb) -> bool:
    """Whether a verb sets its subject equal to the noun after it: a copula ("is / remains the
    only man to ...": `qualifiers.record_copulas`) or a verb of becoming ("became the first
    woman to ...": `qualifiers.reaching_verbs`)."""
    q = lexicon().qualifiers
    return verb.lemma_.lower() in set(q.get("record_copulas", ())) | set(q.get("reaching_verbs", ()))


def _time_category(f: Frame, tok: int, r: AwardRef) -> bool:
    """Whether an "N-time" count is of the one category written between it and the holder
    noun that is the frame's cue ("three-time best actress winner", "two-time Best Director
    nominee"): the category modifies the noun, so the count is of that prize, not of the
    whole show."""
    doc = f.parsed.doc
    t = doc[tok]
    if not f.noun_cue or t.lower_ not in lexicon().qualifiers.get("times_suffix", ()):
        return False
    lo, hi = (r.run if r.run else (r.arg.first, r.arg.last) if r.arg is not None
              else (r.tok, r.tok + 1))
    if not (tok < lo and hi <= f.cue) or r.tok < 0:
        return False
    # every word after the count up to the noun is part of the noun's modifiers (no clause,
    # no comma, no other noun's phrase between them)
    return all(x.dep_ in ("compound", "amod", "nmod", "npadvmod") and lo <= x.i < hi
               or x.i == f.cue or lo <= x.i < hi
               for x in doc[tok + 1:f.cue]) and any(
        doc[i].head.i == f.cue for i in range(lo, hi))


def _described(f: Frame) -> set:
    """The tokens of a relative clause or an apposition on a noun that is no prize, outside the
    frame's cue and what it hangs on ("beating Demi Moore, who had been the favourite since the
    Golden Globes", "..., the favourite since the Golden Globes"): they describe that noun, and
    a show they name is the noun's story, not the prize the verb names."""
    doc = f.parsed.doc
    cue = doc[f.cue]
    above = {t.i for t in cue.ancestors}
    out = set()
    for t in doc:
        if t.dep_ not in ("relcl", "appos") or t.i in above or t.i == f.cue \
                or cue in t.subtree or t.head.i == f.cue:
            continue
        held, own = f.parsed.arg_at(t.head.i), f.parsed.arg_at(t.i)
        if t.dep_ == "appos" and own is None and t.pos_ == "NOUN" and any(
                x.dep_ == "det" and x.lower_ in ("a", "an") for x in t.children) \
                and doc[t.left_edge.i - 1].text == "," and not lexicon().noun(t.lemma_.lower()):
            out |= {x.i for x in t.subtree}   # ", a strong predictor of the Oscar for best
            continue   # director": what an indefinite description names is its own story
        if held is None or held.kind not in ("person", "film", "work", "character"):
            continue   # only a named one's description ("the prize, the night's last")
        if own is not None and own.kind in AWARDISH or lexicon().noun(t.lemma_.lower()):
            continue   # a prize set beside its winner ("earned Brody his second Oscar"), a
            # relation noun's frame ("the Cannes winner"): read as the parse has them
        if t.dep_ == "appos" and held.entity is None:
            continue
        out |= {x.i for x in t.subtree}
    return out


def _named_by_work(p: Parsed, sarg: Arg, wfl: Filler) -> Optional[str]:
    """'The Brutalist's Adrien Brody won Best Actor': the film a winner is named by, the one
    the prize is taken to be for."""
    heads = {wfl.token, sarg.head} if sarg.head is not None else {wfl.token}
    for h in heads:
        for c in p.doc[h].children:
            if c.dep_ != "poss":
                continue
            o = p.arg_at(c.i)
            if o is not None and o.kind == "film" and o.entity:
                return o.entity
    return None


def _event_year(p: Parsed, year: int) -> bool:
    """Whether the sentence gives `year` as the time of an event ("won it in 2023", "In 2023,
    she won"): an adverbial on a verb, which names the year the ceremony was held; a year on the
    prize or the show ("the 2023 Best Actress Oscar") may be the year of the films it honoured."""
    preps = set(lexicon().qualifiers.get("event_year_preps", ()))
    for a in p.args:
        if a.kind != "date" or str(year) not in a.text:
            continue
        t = p.doc[a.head]
        if t.dep_ == "pobj" and t.head.lower_ in preps and t.head.head.pos_ in ("VERB", "AUX"):
            return True
        on = t.head.head   # a gapped clause ("X won in 2021, and Y in 2022"): the year hangs
        if t.dep_ == "pobj" and t.head.lower_ in preps and on.dep_ == "conj" \
                and on.pos_ in ("PROPN", "NOUN") and on.head.pos_ in ("VERB", "AUX"):
            return True   # on the subject the verb is left out after
    return False


def _nomination_after(doc, i: int) -> bool:
    """Whether the word after token i is a nomination noun ("Oscar nominations", "Best
    Actress nods"), whatever tag the parser gave it."""
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    nom = set(lexicon().qualifiers.get("nomination_nouns", ()))
    return bool({nxt.lower_, nxt.lower_.rstrip("s"), nxt.lemma_.lower()} & nom)


def _person_descriptions() -> dict:
    """Nouns that describe a person ("the actress", "the Brooklyn native"), each with the
    gender it implies or None: the ages section's, with the awards section's own added."""
    return {**lexicon().ages.get("descriptions", {}),
            **(lexicon().qualifiers.get("person_descriptions") or {})}


def _cause_subject(f: Frame, wfl: Filler) -> bool:
    """Whether the cue's subject is something other than its holder ("The part handed Jane
    Roe her sixth nomination"): a work or deed that fixes which prize is meant."""
    cue = f.parsed.doc[f.cue]
    if cue.pos_ not in ("VERB", "AUX") and cue.dep_ in ("dobj", "dative", "iobj") and \
            cue.head.pos_ in ("VERB", "AUX"):
        cue = cue.head   # "The part handed Jane Roe her sixth nomination": the noun's verb
    subj = subject_token(cue)
    if subj is None or subj.i == wfl.token or subj.lower_ in ("who", "that"):
        return False
    a = f.parsed.arg_at(subj.i)
    return a is None or a.kind in ("film", "work")


def _record_aside(p: Parsed, wtok: int, cue: int) -> bool:
    """Whether the subject's description set in apposition before the cue states a record of
    its own ("Jane Roe, the youngest winner in a decade, won ..."): a statement the win does
    not judge, so the win's words open at its verb, not at the subject."""
    w = p.doc[wtok]
    for c in w.children:
        if c.dep_ == "appos" and w.i < c.i < cue and any(x.dep_ == "det" for x in c.children) \
                and any(x.dep_ in ("amod", "advmod") and x.lower_ != "best" and (
                    x.lower_ in RECORD_WORDS or x.tag_ in ("JJS", "RBS")) for x in c.subtree):
            return True
    return False


def _item_winner(p: Parsed, r: AwardRef, runs: dict) -> Optional[Arg]:
    """The person a listed prize's own "for" (or "to") phrase names right after it, before
    the next prize of the list ("including Best Actress for Michelle Yeoh and Best Supporting
    Actor for Ke Huy Quan", "best actor went to A, and best supporting actor to B"), or None;
    read by position, as the parser may hang both phrases on one."""
    end = r.run[1] if r.run else (r.arg.last if r.arg is not None else r.tok + 1)
    doc = p.doc
    if end + 1 >= len(doc) or doc[end].lower_ not in ("for", "to"):
        return None
    a = p.arg_at(end + 1)
    return a if a is not None and a.kind == "person" and a.entity and a.first == end + 1 \
        else None


def _prize_class(noun, num) -> Optional[list]:
    """The label words of a class of categories a word between a number (ordinal) and the
    prize noun names ("two acting Oscars", "his first acting Oscar": `categories.classes`),
    or None."""
    classes = lexicon().categories.get("classes") or {}
    for x in noun.children:
        if num.i < x.i < noun.i and x.dep_ in ("amod", "compound", "nmod") and (
                x.lower_ in classes):
            return list(classes[x.lower_])
    return None


def _count_bound(num) -> Optional[str]:
    """The bound words before a count make of it ("nearly a dozen": below, "more than ten":
    above, "about 20": near, "at least five": at_least; `qualifiers.count_bounds`), or None.
    Only words the number's own phrase holds (its subtree), an article between them aside."""
    bounds = lexicon().qualifiers.get("count_bounds") or {}
    doc, inside = num.doc, {x.i for x in num.subtree}
    j = num.i - 1
    if j >= 0 and doc[j].lower_ in ("a", "an") and j in inside:
        j -= 1   # "nearly a dozen"
    for width in (2, 1):
        lo = j - width + 1
        if lo < 0 or not all(i in inside or doc[i].head.i in inside for i in range(lo, j + 1)):
            continue
        words = " ".join(doc[i].lower_ for i in range(lo, j + 1))
        for kind, ws in bounds.items():
            if words in ws:
                return kind
    return None


def _named_set(noun, num, n: int) -> Optional[dict]:
    """The categories of a set named by the definite article, a word of rank and its size
    ("the top five Oscars", "the Big Five": `qualifiers.count_named_sets`), or None."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    words = {x.lower_ for x in list(noun.children) + list(num.children) if x.i < noun.i}
    for s in lexicon().qualifiers.get("count_named_sets") or ():
        if s.get("n") == n and words & set(s.get("words", ())):
            return {"family": s.get("family"),
                    "categories": [list(g) for g in s.get("categories", ())]}
    return None


def _ordinal_competitive(f: Frame) -> bool:
    """Whether an owner's ordinal counts prizes won in competition only ("his first
    competitive Oscar": lexicon `qualifiers.count_competitive_modifiers`)."""
    words = set(lexicon().qualifiers.get("count_competitive_modifiers", ()))
    doc = f.parsed.doc
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words and c.i < h.i
               for h in [doc[f.cue]] + [doc[x.token] for x in f.roles.get("award", [])]
               if _owned(h) for c in h.children)


def _ordinals_on(h) -> list:
    """The ordinals a prize noun's phrase puts on it: its own ("his second Oscar"), or one the
    parser hung on a modifier before it ("his first directing Oscar": 'first' on
    'directing')."""
    mods = [c for c in h.children if c.dep_ in ("amod", "compound", "nmod") and c.i < h.i]
    return [c for c in list(h.children) + [g for m in mods for g in m.children if g.i < m.i]
            if c.dep_ == "amod" and parse_ordinal(c.lower_)
            or c.dep_ == "compound" and c.lower_ in ORDINAL_WORDS]
            # (an ordinal before a name's words may be read as one of them: "Wins Third
            # Oscar", "his second Academy Award")


def _relative_antecedent(tok):
    """The noun a relative word ("whose") refers to: the head of the relative clause it is
    in, or None."""
    t = relative_clause_of(tok)
    return t.head if t is not None else None


def _night_apposed_ordinal(f: Frame) -> Optional[int]:
    """"won Best Actor at the 97th Academy Awards, his second": an owned ordinal the parser
    set in apposition to the night of the cue's own phrase, not to the prize; read as after
    the prize, when it is the bare ordinal or on a prize noun ("..., her first Oscar"), not on
    another noun ("the 97th Academy Awards, its first in March"). n, or None."""
    doc = f.parsed.doc
    for a in f.args_in_clause("ceremony", "festival", "place"):   # (or the night's venue)
        h = doc[a.head]
        if h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.i == f.cue:
            n = _apposed_ordinal(h, prize_only=True)
            if n is not None:
                return n
    return None


def _apposed_ordinal(h, prize_only: bool = False) -> Optional[int]:
    """"won the directing prize, his second", "took Best Actress, her first Oscar": an owned
    ordinal set off by a comma after the prize noun (in apposition) or after the verb's clause
    (the parser may hang it on the verb), the ordinal itself as the noun or on a prize noun
    with no other modifier, tells which of the owner's prizes this one is: n, or None.
    `prize_only`: the noun it is on must be a prize noun (lexicon `award_nouns`)."""
    for a in h.children:
        if a.dep_ not in ("appos", "npadvmod") or a.i < h.i or a.left_edge.i == 0 or \
                a.doc[a.left_edge.i - 1].text != "," or \
                not any(g.dep_ == "poss" for g in a.children):
            continue
        if prize_only and not parse_ordinal(a.lower_) and a.lemma_.lower() not in set(
                lexicon().qualifiers.get("award_nouns", ())):
            continue
        if parse_ordinal(a.lower_) and all(g.dep_ in ("poss", "punct") or _of_the_night(g)
                                           or _at_a_named_scene(g) for g in a.children):
            return parse_ordinal(a.lower_)
        ords = _ordinals_on(a)
        if len(ords) == 1 and all(g.dep_ in ("poss", "amod", "punct") or _of_the_night(g)
                                  or _at_a_named_scene(g) for g in a.children) \
                and all(g.dep_ != "amod" or g in ords for g in a.children):
            return parse_ordinal(ords[0].lower_)
    return None


def _at_a_named_scene(prep) -> bool:
    """"(his fifth of the night) at the 97th Academy Awards": an "at" phrase naming the show
    the ordinal's prizes were given at, which says where, not which of them."""
    return prep.dep_ == "prep" and prep.lower_ == "at" and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)


def _of_the_night(prep) -> bool:
    """"(his third prize) of the night", "on the evening": a phrase that makes an ordinal count
    one night's prizes (lexicon `ordinal_nights`), which AwardReader._night_ordinal reads."""
    nights = set(lexicon().qualifiers.get("ordinal_nights", ()))
    return prep.dep_ == "prep" and prep.lower_ in ("of", "on") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in nights for o in prep.children)


def _another_owner(f: Frame, h) -> bool:
    """Whether the owner of a prize noun (or of an ordinal set off after it) is another party
    than the frame's winner, so its ordinal counts that party's prizes: a film noun said of a
    person's win ("Madison won Best Actress, the film's fifth Oscar"), or a name of another
    film or person ("..., Anora's fifth")."""
    p = f.parsed
    owners = [g for n in [h, *(a for a in h.children if a.dep_ in ("appos", "npadvmod")
                                and a.i > h.i)]
              for g in n.children if g.dep_ == "poss"]
    winners = [w for w in f.roles.get("winner", []) if w.arg is not None]
    if not owners or not winners:
        return False
    films = set(lexicon().qualifiers.get("title_nouns", ()))
    kinds = {w.arg.kind for w in winners}
    ids = {w.arg.entity for w in winners} - {None}
    for g in owners:
        a = p.arg_at(g.i)
        if a is None and g.pos_ == "NOUN" and g.lemma_.lower() in films and kinds == {"person"}:
            return True
        if a is not None and a.kind in ("film", "person") and a.entity is not None and ids \
                and a.entity not in ids:
            return True
    return False


def _whole_count(noun):
    """The number of "all three of its wins", "all five of Anora's nominations": an owned
    plural relation noun under "of" a number that a whole-set word (lexicon
    `whole_set_determiners`) takes, which counts the owner's whole set; None otherwise."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.tag_ not in ("NNS", "NNPS") \
            or not any(c.dep_ == "poss" for c in noun.children):
        return None
    num = noun.head.head
    words = set(lexicon().qualifiers.get("whole_set_determiners", ()))
    if num.pos_ != "NUM" or num.dep_ == "nummod" or not any(
            c.dep_ in ("det", "predet") and c.lower_ in words and c.i < num.i
            for c in num.children):
        return None
    return num


def _owned(h) -> bool:
    """A prize noun whose ordinal counts its subject's prizes: one with an owner ("his second
    Oscar"), or one an indefinite article puts on the subject ("won Ali a second Oscar"); not
    a holder noun so set ("a fourth straight Palme winner" is one of a series of winners)."""
    if any(g.dep_ == "poss" for g in h.children):
        return True
    if any(g.dep_ == "poss" and g.i < m.i for m in h.children
           if m.dep_ in ("compound", "nmod") and m.i < h.i for g in m.children):
        return True   # (hung on a word of the category before it: "her third best actress
        # Oscar" with 'her' and 'third' on 'actress')
    if h.lemma_.lower() in lexicon().qualifiers.get("holder_nouns", ()):
        return False
    if any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in h.children):
        return True
    # a headline's or a blurb's prize named with no determiner at all, the verb's object
    # ("X Wins Third Oscar", "wins second Oscar for Y"): the owner the register leaves out
    # is the subject (a prize's name only: "won first prize" is a placing)
    return h.dep_ == "dobj" and h.pos_ == "PROPN" and _ordinals_on(h) != [] and not any(
        g.dep_ in ("det", "poss") for g in h.children)


def _party_work(p: Parsed, tok: int) -> tuple[Optional[str], Optional[str]]:
    """The work a listed party's own "for" names ("..., Timothée Chalamet for A Complete
    Unknown, ..."): the title right after the name and its "for" (read from the words, as
    the parser may hang a list's phrases anywhere): (film id, None) for a film the KB knows,
    (None, title) for a title it lacks, (None, None) when the name takes no "for"."""
    a = p.arg_at(tok)
    if a is None or a.kind != "person" or a.last >= len(p.doc) or \
            p.doc[a.last].lower_ != "for":
        return None, None
    w = p.arg_at(a.last + 1) if a.last + 1 < len(p.doc) else None
    if w is None or w.first != a.last + 1:
        nxt = p.doc[a.last + 1] if a.last + 1 < len(p.doc) else None
        # a capitalised title no name was found for ("for Wonka"): a work the KB lacks
        if nxt is None or nxt.pos_ != "PROPN" or \
                _run_token(p, nxt.i, category_runs(p)) is not None or \
                nxt.lower_ in lexicon().qualifiers.get("category_openers", ("best",)):
            return None, None   # ("for Best Actress": the prize, not a work)
        return None, nxt.text
    if w.kind == "film" and w.entity:
        return w.entity, None
    if w.kind not in ("person", "place", "character", "date", "cardinal") and not w.entity:
        return None, w.text
    return None, None


def _counted_kinds(toks) -> list[str]:
    """The kinds of the counted prize nouns in a run of tokens, in order: "nomination" for
    "ten nominations", "award" for "five Oscars"."""
    q = lexicon().qualifiers
    noms = {w.lower() for w in q.get("nomination_nouns", ())}
    wins = {w.lower() for w in q.get("award_nouns", ())} - noms
    out = []
    for t in toks:
        if not any(c.dep_ == "nummod" and number_value(c) is not None for c in t.children):
            continue
        words = {t.lemma_.lower(), t.lower_, t.lower_.rstrip("s")}
        if words & noms:
            out.append("nomination")
        elif words & wins:
            out.append("award")
    return out


def _set_off(noun, pr) -> bool:
    """Whether a comma (or any punctuation) stands between a counted noun and a preposition
    after it ("13 nominations, the most ever for a foreign-language film"): the preposition
    belongs to the words set off, not to the noun."""
    return pr.i < noun.i or any(t.is_punct for t in noun.doc[noun.i + 1:pr.i])


def _restated_preps(noun) -> list:
    """The preposition of a phrase set off after a counted noun by a word that says every one
    of them (lexicon `restating_quantifiers`: "four Oscars, all in acting categories", "two
    wins, both for Best Actress", "three nods, each of them for a lead role"): what it says
    is said of the whole count, wherever the parser hung it. [] for none."""
    q = lexicon().qualifiers
    doc = noun.doc
    k = noun.i + 1   # past the noun's own words before the comma ("Oscars for Anora, all ...")
    while k < len(doc) and doc[k].text != "," and noun.is_ancestor(doc[k]):
        k += 1
    if k + 2 >= len(doc) or doc[k].text != "," or \
            doc[k + 1].lower_ not in q.get("restating_quantifiers", ()):
        return []
    k += 2
    if doc[k].lower_ == "of" and k + 2 < len(doc) and \
            doc[k + 1].lower_ in q.get("pool_pronouns", ()):
        k += 2   # "all of them"
    t = doc[k]
    return [t] if t.dep_ == "prep" and t.lower_ in q.get("category_count_prepositions", ()) \
        else []


def _ref_tokens(refs) -> set:
    """The tokens the prizes `refs` name: a KB name's, a category run's, else the noun's."""
    return {i for r in refs for i in (range(r.arg.first, r.arg.last) if r.arg is not None
                                      else range(*r.run) if r.run else (r.tok,))}


def _count_item(p: Parsed, t, prizes=frozenset()) -> Optional[list]:
    """The people a "one" set under an inclusion word names ("six nods, including one for
    X", "five Oscars, among them one for X", "five Oscars, one of them for X" with the 'for'
    on "one"): one of the prizes a count counts, held by them; [] when its 'for' phrase is a
    prize the frame reads (`prizes`: "including one for best actress", judged by that prize's
    own claim); None when `t` is no such item or its 'for' phrase names anything else (a
    film, a name the KB lacks)."""
    if t.lower_ != "one":
        return None
    q = lexicon().qualifiers
    inclusion = set(q.get("inclusion_words", ()))
    pool = set(q.get("pool_pronouns", ()))
    if not (t.dep_ == "pobj" and t.head.lower_ in inclusion or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and o.lower_ in pool for o in c.children)
            for c in t.children)):
        return None
    held = [o for c in t.children if c.dep_ in ("prep", "dative") and c.lower_ == "for"
            for o in c.children if o.dep_ == "pobj"]
    if len(held) != 1:
        return None
    if any(x.i in prizes for x in held[0].subtree):
        return []
    out = []
    for x in conjuncts(held[0]):
        a = p.arg_at(x.i)
        if a is None or a.kind != "person" or not a.entity:
            return None
        out.append(a.entity)
    return out


def _inclusion_mark(p: Parsed, r: AwardRef, verbs: bool = True):
    """The word a prize the clause names is set under, up to four steps above it: an
    inclusion word ("won six, including Best Director"), or with `verbs` a verb of inclusion
    before it ("Anora's five Oscars included Best Director"); None if none."""
    if r.tok < 0:
        return None
    words = set(lexicon().qualifiers.get("inclusion_words", ()))
    t = p.doc[r.tok]
    for _ in range(4):
        if t.lower_ in words and t.dep_ in ("prep", "acl"):
            return t
        if verbs and _inclusion_verb(t) and r.tok > t.i:
            return t
        if t.head is t:
            break
        t = t.head
    return None


def _included(p: Parsed, r: AwardRef) -> bool:
    """Whether a prize the clause names is set under "including" ("won six, including Best
    Director"): one of the prizes a count counts, not all of them."""
    return _inclusion_mark(p, r) is not None


def _inclusion_head(p: Parsed, r: AwardRef):
    """The noun a prize set under "including" is one of ("and then four Oscars, including Best
    Director": "Oscars"), or None (no inclusion word, or one hung on no noun)."""
    t = _inclusion_mark(p, r, verbs=False)
    return t.head if t is not None and t.head.pos_ in ("NOUN", "PROPN") else None


def _inclusion_polarity(p: Parsed, r: AwardRef) -> Optional[str]:
    """The polarity of the noun a prize under "including" is one of, when the lexicon makes it
    a relation noun ("nominations": nominated, "wins": won); None for a prize noun ("four
    Oscars") or no such noun."""
    head = _inclusion_head(p, r)
    rel = lexicon().noun(head.lemma_.lower()) if head is not None else None
    return rel.polarity if rel is not None else None


def _inclusion_verb(t) -> bool:
    """Whether `t` is a verb of inclusion ("included", lexicon `inclusion_words`) whose subject
    is a prize noun: "Moonlight's three Oscars included Best Picture" names one of them."""
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in set(
            lexicon().qualifiers.get("inclusion_words", ())):
        return False
    nouns = _prize_nouns()
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in nouns or c.lower_.rstrip("s") in nouns)
               for c in t.children)


def _category_anaphor(p: Parsed, tok: int) -> bool:
    """Whether a counted noun takes a category said before by a definite noun ("three
    nominations in that category", "two nods in the same race"): the count is of that one
    category, not of the subject's whole record (lexicon: category_anaphors)."""
    q = lexicon().qualifiers
    t = p.doc[tok]
    noun = t.head if t.dep_ == "nummod" else t
    # (the parser may hang the phrase on the clause's verb: "won on each of her three
    # nominations in that category")
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for pr in [*noun.children, *(verb.children if verb is not None else ())]:
        if pr.dep_ != "prep" or pr.lower_ not in q.get("category_count_prepositions", ()) \
                or (pr.head.i == noun.i and _set_off(noun, pr)):
            continue
        for o in pr.children:
            mods = [d for d in o.children if d.i < o.i]
            # ("in the Best Actress category" names its category: not one said before)
            if o.dep_ == "pobj" and o.lemma_.lower() in q.get("category_anaphors", ()) and mods \
                    and all(d.lower_ in q.get("category_anaphor_determiners", ())
                            for d in mods):
                return True
    return False



def _of_pool(tok) -> bool:
    """A count on the noun of an "of" phrase ("two of its six nominations": six, or the noun
    itself): the pool the head's count is taken from, not that count."""
    noun = tok.head if tok.dep_ == "nummod" else tok
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return noun.i != tok.i or any(d.dep_ == "nummod" for d in noun.children)


def _collective(p: Parsed, tok: int, cue: int) -> bool:
    """Whether a count is said of several together ("earned 18 nominations combined", "16
    between them", "together received 16"): a word of `collective_count_words` on the
    counted noun or the verb ("between"/"among" with a pronoun object)."""
    words = set(lexicon().qualifiers.get("collective_count_words", ()))
    t = p.doc[tok]
    noun = t.head if t.dep_ == "nummod" else t
    heads = {noun, p.doc[cue], *([noun.head] if noun.dep_ in ("dobj", "obj", "pobj") else [])}
    # ("A and B together collected ...": the parser may hang the word on the subject)
    heads |= {s for h in list(heads) for s in h.children if s.dep_ in ("nsubj", "nsubjpass")}
    for c in [c for h in heads for c in h.children]:
        if c.lower_ not in words:
            continue
        if c.dep_ == "prep":   # "between them" (not "among them Best Director": a list)
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and all(o.pos_ == "PRON" for o in objs):
                return True
        else:
            return True
    return False


def _present_perfect(f: Frame) -> bool:
    """Whether the cue is in the present perfect ("has never won", "have not been
    nominated"): said as of the time of writing."""
    cue = f.parsed.doc[f.cue]
    heads = [cue, *([cue.head] if cue.dep_ in ("xcomp", "conj") else [])]
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
               for h in heads for c in h.children)


def _told_in_past(f: Frame) -> bool:
    """Whether the cue's clause is told in the simple past ("was not nominated", "did not
    get a nomination", "was snubbed"), not as of now ("has yet to win", "has never won")."""
    cue = f.parsed.doc[f.cue]
    verb = cue
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    chain = [verb, *([verb.head] if verb.dep_ in ("xcomp", "conj") else [])]
    words = [t for h in chain for t in [h, *h.children] if t.dep_ in ("aux", "auxpass")
             or t.i == h.i]
    return not _for_good(f) and not any(t.lemma_.lower() == "have" for t in words) and any(
        t.tag_ == "VBD" for t in words)


def _event_zero(f: Frame) -> bool:
    """Whether a count of none is told as an event ("received no nomination for Best
    Actress", "won no prize for Best Director"): the verb in the simple past, neither the
    perfect nor "never", nor a career word (`career_words`: "in all")."""
    cue = f.parsed.doc[f.cue]
    verb = cue
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    career = set(lexicon().qualifiers.get("career_words", ()))
    return verb.tag_ == "VBD" and not _for_good(f) and not any(
        t.lower_ in career for t in f.tokens())


def _for_good(f: Frame) -> bool:
    """A denial of the whole record ("has never been nominated", "has not won an Oscar"): a
    "never" on the cue or on the verb that governs it, or the perfect, which reaches up to
    now."""
    cue = f.parsed.doc[f.cue]
    heads = [cue]
    while heads[-1].dep_ in ("xcomp", "conj", "dobj", "pobj", "prep") and \
            heads[-1].head is not heads[-1]:
        heads.append(heads[-1].head)
    return any(c.lower_ in lexicon().qualifiers.get("whole_record_denials", ())
               or (c.dep_ == "aux" and c.lemma_.lower() == "have")
               for h in heads for c in h.children)


def _span_of_roles(f: Frame) -> set:
    """The tokens of the prize a gapped clause took from the first clause."""
    doc = f.parsed.doc
    out = set()
    for fl in f.roles.get(f.relation.role("dobj") or "award", ()):
        if fl.arg is not None:
            out |= set(range(fl.arg.first, fl.arg.last))
        else:
            out |= {fl.token} | {c.i for c in doc[fl.token].children
                                 if c.dep_ in ("compound", "amod", "det")}
    return out


def _comparison(f: Frame) -> Optional[dict]:
    """What a clause compares its cue's count with: {"other": KB id, "op": ">" | "<" | "=",
    "factor", "diff", "noun": "award" | "nomination" | None, "end": token} for "more (fewer)
    ... than Y", "as many ... as Y", "the same number of ... as Y", with "N times", "twice",
    "half" or a difference ("one fewer") before the comparative (lexicon
    `qualifiers.comparison`). Y must be a KB name under "than"/"as" whose phrase hangs on the
    cue with no verb between."""
    comp = lexicon().qualifiers.get("comparison") or {}
    q = lexicon().qualifiers
    comparatives = {"more": ">", "fewer": "<", "less": "<"}
    equatives = set(comp.get("equatives", ())) | {"same"}
    factors = comp.get("factors", {})
    p, doc = f.parsed, f.parsed.doc
    for t in doc:
        if t.lower_ not in ("than", "as") or t.dep_ != "prep":
            continue
        y = next((p.arg_at(o.i) for o in t.children if o.dep_ == "pobj"), None)
        if y is None or not y.entity or y.kind not in ("film", "person"):
            continue
        path, x = [], t.head
        while x.i != f.cue and x.head.i != x.i and not (x.pos_ in ("VERB", "AUX")):
            path.append(x)
            x = x.head
        if x.i != f.cue and not (f.noun_cue and doc[f.cue].head.i == x.i):
            continue   # (a noun cue's comparison may hang on its verb: "earned six
            # nominations, half as many as Y")
        near = [t.head, *path, x, doc[f.cue]]
        words = sorted({w.i for n in near for w in [n, *n.children]
                        if w.i < t.i and w.i not in range(y.first, y.last)})
        marker = None
        for i in reversed(words):
            w = doc[i]
            if t.lower_ == "than" and w.lower_ in comparatives:
                marker = w
                break
            if t.lower_ == "as" and w.lower_ in equatives:
                marker = w
                break
        if marker is None:
            continue
        op = comparatives.get(marker.lower_, "=")
        factor, diff = 1.0, 0
        k = marker.i - 1
        if op == "=" and marker.lower_ != "same" and k >= 0 and doc[k].lower_ == "as":
            k -= 1   # "twice as many"
        before = doc[k] if k >= 0 else None
        lo = k + 1
        if before is not None and before.lower_ in factors:
            factor, lo = float(factors[before.lower_]), k
        elif before is not None and before.lower_ in q.get("times_suffix", ()) and k > 0 \
                and number_value(doc[k - 1]) is not None:
            factor, lo = float(number_value(doc[k - 1])), k - 1
        elif before is not None and op != "=" and before.pos_ == "NUM" \
                and number_value(before) is not None and before.i > f.cue:
            diff, lo = number_value(before), k   # "one fewer than", "three more than"
        if op == "=" and factor != 1.0 and marker.lower_ == "same":
            continue
        nouns = set(q.get("nomination_nouns", ()))
        awards = set(q.get("award_nouns", ()))
        said = [w for i in words for w in [doc[i]] if w.i > f.cue or f.noun_cue]
        noun = "nomination" if any(w.lemma_.lower() in nouns or w.lower_.rstrip("s") in nouns
                                   for w in said) else "award" if any(
            w.lemma_.lower() in awards or w.lower_.rstrip("s") in awards for w in said) else None
        if f.noun_cue:
            noun = noun or ("nomination" if f.relation.predicate == "nominated_for" else "award")
        yt = doc[y.head]
        joined = bool(yt.conjuncts) or any(
            w.lower_ in comp.get("sum_words", ()) for w in doc[y.last:y.last + 4])
        return {"other": y.entity, "other_text": y.text, "op": op, "factor": factor,
                "joined": joined,
                "diff": diff, "noun": noun, "end": y.last - 1,
                "phrase": doc[lo:y.last].text}
    return None


def _multiplier(t) -> bool:
    """Whether "N times" is a ratio to another count ("four times as many Oscars as X", "three
    times more nominations than Y", "twice the number of"): the word after it opens a
    comparison (lexicon `qualifiers.comparison.after_times`), not the end of a count."""
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is None:
        return False
    comp = lexicon().qualifiers.get("comparison") or {}
    if nxt.lower_ == "as":
        return t.i + 2 < len(doc) and doc[t.i + 2].lower_ in set(comp.get("equatives", ()))
    return nxt.lower_ in set(comp.get("comparatives", ())) or (
        nxt.lower_ == "the" and t.i + 2 < len(doc)
        and doc[t.i + 2].lower_ in set(comp.get("amount_nouns", ())))


def _all_but(t, nouns) -> Optional[tuple]:
    """(count, exception token, pool noun) of "all but one of its six nominations" (lexicon
    `all_but`: the whole word, the exception words; `t` the whole word or the exception's
    number): the pool's own number less the exception,
    a pool of the subject's own (no possessor, or a possessive pronoun); None for any other
    word."""
    spec = lexicon().qualifiers.get("all_but") or {}
    words, exceptions = spec.get("words", ()), spec.get("exceptions", ())
    if t.lower_ in words:
        exc = [o for pc in t.children if pc.lower_ in exceptions
               for o in pc.children if o.dep_ == "pobj" and o.pos_ == "NUM"]
    elif t.pos_ == "NUM" and t.dep_ == "pobj" and t.head.lower_ in exceptions and any(
            x.lower_ in words for x in t.head.children):
        exc = [t]   # "won all except one of ...": the parser may hang "all" on the exception
    else:
        return None
    if len(exc) != 1 or (k := number_value(exc[0])) is None:
        return None
    pool = [o for pc in dict.fromkeys([*exc[0].children, *t.children]) if pc.dep_ == "prep" and
            pc.lower_ == "of" for o in pc.children if o.dep_ == "pobj"
            and (o.lemma_.lower() in nouns or o.lower_.rstrip("s") in nouns)]
    if len(pool) != 1 or not all(x.dep_ != "poss" or x.lower_ in ("its", "their", "his", "her")
                                 for x in pool[0].children):
        return None
    m = next((number_value(x) for x in pool[0].children if x.dep_ == "nummod"), None)
    if m is None or not 0 <= k <= m < 200:
        return None
    return m - k, exc[0], pool[0]


def _partitive_count(num):
    """The K of "K of N" where the parser hung "K of" on N as quantity modifiers ("won
    seven of 13 Oscars": 'seven' and 'of' both `quantmod` of 13), else None."""
    if not any(x.dep_ == "quantmod" and x.lower_ == "of" for x in num.children):
        return None
    return next((x for x in num.children if x.dep_ == "quantmod" and x.i < num.i
                 and x.like_num and number_value(x) is not None), None)


def _bare_count(num) -> bool:
    """A number with nothing that makes it a part or a measure: "two", "only two", "five,
    more than any other title" (a comparison leaves the count whole), "ten at the 97th" (a
    qualifier the parser hung on it); not "two of them" or "two for Anora"."""
    # (a comparative right after the number makes it a difference: "one fewer than X",
    # "two more": no count of the subject's own)
    return all((x.dep_ == "advmod" and x.lower_ in ("only", "just") and x.i < num.i)
               # "won all three": every one of a count said before, three in all
               or (x.dep_ == "det" and x.lower_ == "all" and x.i == num.i - 1)
               or x.dep_ == "punct" or (x.dep_ == "amod" and x.tag_ in ("JJR", "JJS")
                                         and x.i > num.i + (x.tag_ == "JJR"))
               or (x.dep_ == "prep" and x.lower_ in ("at", "in", "on") and x.i > num.i)
               or (x.dep_ == "appos" and x.i > num.i)   # "won three: A, B and C"
               # "won six, including Best Director": the list names some of those counted
               or (x.dep_ == "prep" and x.i > num.i
                   and x.lower_ in lexicon().qualifiers.get("inclusion_words", ()))
               for x in num.children)


def _exceptions(f: Frame, t, zero: dict) -> list:
    """The exception words on a "nothing"/"none" object ("nothing but praise", "nothing
    short of three Oscars"), also where the parser hung them on the verb."""
    exc = [c for c in t.children if c.lower_ in zero.get("exceptions", ())]
    doc, after = f.parsed.doc, t.right_edge.i + 1
    if after < len(doc) and doc[after].lower_ in zero.get("exceptions", ()) \
            and doc[after].head.i in (t.head.i, t.head.head.i):   # "with nothing but X"
        exc.append(doc[after])
    return exc


def _excepted(t, zero: dict) -> list:
    """The items an exception phrase inside a counted noun's phrase sets apart ("its only win
    apart from casting", "besides A and B"): the conjuncts of the phrase's object."""
    words = set(zero.get("exceptions", ())) | set(zero.get("exception_heads", ()))
    sub = [c for c in t.subtree if c.i > t.i]
    for k, c in enumerate(sub):
        if c.lower_ in words and c.dep_ in ("prep", "advmod", "amod", "cc"):
            # its object: the first (prepositional or clausal) object after it ("apart from
            # casting", parsed with "from" beside "apart")
            obj = next((o for o in sub[k + 1:] if o.dep_ in ("pobj", "pcomp")), None)
            return conjuncts(obj) if obj is not None else [c]
    return []


def _made_work(f: Frame) -> list:
    """The work a prize was for, said as the making of it ("won Best Director for directing
    The Florida Project", "for writing Anora"): the object of a gerund of the lexicon's
    `made_work_verbs` after the clause's "for" -- a work slot like "for Anora"."""
    verbs = set(lexicon().qualifiers.get("made_work_verbs") or ())
    p, out = f.parsed, []
    for t in p.doc:
        if t.i not in f.clause or t.lower_ != "for" or t.dep_ != "prep":
            continue
        for o in t.children:
            if o.dep_ != "pcomp" or o.lemma_.lower() not in verbs:
                continue
            for d in o.children:
                a = p.arg_at(d.i)
                if d.dep_ == "dobj" and a is not None and a.kind in ("film", "work"):
                    out.append(Filler(d.i, a))
    return out


def _played_part(f: Frame) -> Optional[tuple]:
    """The part the clause says a prize was for ("for playing Lewis Strauss", "for her role as
    Bella Baxter"): (its words, the KB character they name or None, whether it is said with an
    article, as an epithet), or None."""
    q = lexicon().qualifiers.get("played_part") or {}
    verbs, nouns, preps = (set(q.get(k) or ()) for k in ("verbs", "nouns", "preps"))
    doc = f.parsed.doc
    for t in doc:
        if t.i not in f.clause or t.lower_ != "for" or t.dep_ != "prep":
            continue
        for o in t.children:
            part = None
            if o.dep_ == "pcomp" and o.lemma_.lower() in verbs:
                part = next((c for c in o.children if c.dep_ == "dobj"), None)
            elif o.dep_ == "pobj" and o.lemma_.lower() in nouns:
                part = next((g for c in o.children if c.dep_ == "prep" and c.lower_ in preps
                             for g in c.children if g.dep_ == "pobj"), None)
            if part is not None and part.pos_ == "PROPN":
                a = f.parsed.arg_at(part.i)   # the character the KB knows by it, if any
                eid = a.entity if a is not None and a.kind == "character" else None
                # a part said with an article ("the Joker", "the Iron Lady") is the name
                # the character goes by, an epithet the record's name may not share
                titled = any(c.dep_ == "det" for c in part.children)
                return doc[part.left_edge.i:part.i + 1].text, eid, titled
            if part is not None and part.pos_ == "NOUN" and any(
                    c.dep_ == "poss" and c.pos_ == "PROPN" for c in part.children):
                # "for playing Vanya's sister": a part named by its tie to another, a slot
                # the record's character name must bear out (an epithet: never refuted)
                return doc[part.left_edge.i:part.i + 1].text, None, True
    return None


@lru_cache(maxsize=1)
def _prize_nouns() -> frozenset:
    """The nouns that name a prize or a nomination (the lexicon's award and nomination nouns)."""
    q = lexicon().qualifiers
    return frozenset(w.lower() for k in ("award_nouns", "nomination_nouns") for w in q.get(k, ()))


@lru_cache(maxsize=1)
def _money_nouns() -> frozenset:
    """The head words of the quantity lexicon's money relations (budget, gross, ...)."""
    return frozenset(n.lower().split()[-1]
                     for r in (lexicon().qualifiers.get("quantities") or {}).values()
                     if r.get("figure") == "money" for n in r.get("nouns") or ())


def _spent(f: Frame) -> bool:
    """A win verb whose object is a span of time, not a prize ("had a big year at the Oscars",
    "enjoyed a strong night"): how it went, no win (lexicon qualifiers.time_span_objects)."""
    cue = f.parsed.doc[f.cue]
    if f.noun_cue or cue.pos_ not in ("VERB", "AUX"):
        return False
    if tally_pair(cue) is not None:
        return False   # "had a 7-for-11 night": the night's tally, wins out of nominations
    spans = set(lexicon().qualifiers.get("time_span_objects", ()))
    objs = [d for d in cue.children if d.dep_ in ("dobj", "obj")]
    return bool(objs) and all(d.lemma_.lower() in spans and getattr(
        f.parsed.arg_at(d.i), "kind", "date") in ("date", "time") for d in objs)


def _regarded(f: Frame) -> bool:
    """A win verb whose object is regard, not a prize ("earned praise for Best Supporting Actor",
    "received recognition at the Oscars", "garnered raves"): how the work was received, no win
    (lexicon qualifiers.regard_objects)."""
    cue = f.parsed.doc[f.cue]
    if f.noun_cue or cue.pos_ not in ("VERB", "AUX"):
        return False
    regard = set(lexicon().qualifiers.get("regard_objects", ()))
    objs = [d for d in cue.children if d.dep_ in ("dobj", "obj")]
    return bool(objs) and all(d.lemma_.lower() in regard and f.parsed.arg_at(d.i) is None
                              for d in objs)


def _measured(f: Frame) -> bool:
    """A win verb whose object is a measure, not a prize ("had earned $34.5 million",
    "out-earned its budget eight times over"): a sum or a noun of the quantity lexicon's money
    relations (budget, gross, box office, ...). It states no win."""
    cue = f.parsed.doc[f.cue]
    if f.noun_cue or cue.pos_ not in ("VERB", "AUX"):
        return False
    nouns = _money_nouns()
    for d in cue.children:
        if d.dep_ != "dobj":
            continue
        a = f.parsed.arg_at(d.i)
        if a is not None and a.kind == "money" or d.lemma_.lower() in nouns and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in d.children):
            return True   # (not "won a total of five Oscars": the count's own noun)
    return False


def _superlative_condition(f: Frame) -> bool:
    """A prize noun under a word of none ("without a win": `qualifiers.zero_count`
    prepositions) that narrows a superlative the clause states ("holds the record for the most
    nominations without a win", "the most-nominated film without a win"): the condition of
    the record (the top of those that lack something), no denial of its own."""
    cue = f.parsed.doc[f.cue]
    zero = lexicon().qualifiers.get("zero_count") or {}
    if not f.noun_cue or cue.dep_ != "pobj" or cue.head.lower_ not in zero.get("prepositions",
                                                                             ()):
        return False
    w = lexicon().section("records")
    most = set(w.get("most", ())) | set(w.get("superlatives", ()))
    # the superlative is the word "without" hangs on, or the object of its verb ("holds the
    # record for the most ...": not "went home without a win, despite the most nominations")
    on = cue.head.head
    said = [on] if on.pos_ not in ("VERB", "AUX") else \
        [c for c in on.children if c.dep_ in ("dobj", "attr", "oprd")]
    inside = {t.i for t in cue.head.subtree}
    return any(t.lower_ in most for x in said for t in x.subtree if t.i not in inside)


def _acclaim(f: Frame) -> bool:
    """"Won nothing but praise": the cue's object is none but for something that is no prize,
    an idiom for acclaim that states neither a win nor a count of none."""
    q = lexicon().qualifiers
    zero, award_nouns = q.get("zero_count", {}), set(q.get("award_nouns", ()))
    cue = f.parsed.doc[f.cue]
    # the object, or the object of the cue's preposition ("went home with nothing but praise")
    objs = [t for t in cue.children if t.dep_ == "dobj"] + [
        o for c in cue.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    for t in objs:
        if t.lower_ not in zero.get("objects", ()):
            continue
        exc = _exceptions(f, t, zero)
        if exc and not any(_prize(f.parsed, x, award_nouns) for c in exc for x in c.subtree
                           if x.dep_ == "pobj" and c.i in (x.head.i, x.head.head.i)):
            return True
    return False


def _prize(p: Parsed, tok, award_nouns) -> bool:
    """Whether a noun names a prize: an award argument, or an award noun ("prize", "Oscars")."""
    a = p.arg_at(tok.i)
    return a is not None and a.kind == "award" or tok.lemma_.lower() in award_nouns or \
        tok.lower_.rstrip("s") in award_nouns


def _counted(p: Parsed) -> bool:
    """A sentence that counts anything ("four times", "twice", "his third"): a bare win in it
    may be one of the counted, so the passage's show is not read into it."""
    adverbs = set(lexicon().qualifiers.get("count_adverbs") or ())
    named = {i for a in p.args if a.kind not in ("date", "cardinal", "ordinal")
             for i in range(a.first, a.last)}   # "Once" in a title counts nothing
    return any(t.i not in named and (t.lower_ in adverbs or t.pos_ == "NUM" and not (
        len(t.text) == 4 and t.text.isdigit()) and age_shape(t)[0] is None
        or t.ent_type_ == "ORDINAL") for t in p.doc)   # (an age counts nothing: "was 29 when")


def _nomination_ordinal_at(f: Frame) -> Optional[tuple]:
    """(n, firm, the noun's token, the ordinal's token) when the win's verb says which of the
    subject's nominations it came on ("won on his third nomination": 3, True; "on her fourth
    attempt": 4, False, a try that may be the category's), else None (lexicon
    `qualifiers.nomination_ordinals`)."""
    lx = lexicon().qualifiers.get("nomination_ordinals") or {}
    nouns, tries = set(lx.get("nouns", ())), set(lx.get("tries", ()))
    v = f.parsed.doc[f.cue]
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    doc = v.doc
    # a phrase after a comma that closes the win's "for V-ing" clause is the win's ("won for
    # portraying Churchill, on his second nomination": the parser hangs it on "portraying")
    trailing = [g for c in v.children if c.dep_ == "prep" for pc in c.children
                if pc.dep_ == "pcomp" for g in pc.children
                if g.dep_ == "prep" and g.i > 0 and doc[g.i - 1].text == ","]
    preps = list(v.children) + trailing
    if f.gapped_from is not None:
        # a clause whose verb was left out ("won her first on her second nomination, and her
        # second for B") has only the nomination it says itself, hung on its own words
        preps = [t for t in doc if t.i in f.clause and (t.head.i in f.clause or t.head.i == v.i)]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in set(lx.get("preps", ())):
            continue
        for o in prep.children:
            noun = o.lemma_.lower()
            if o.dep_ != "pobj" or noun not in nouns | tries:
                continue
            for c in o.children:   # (the tagger may take "13th" for a compound)
                n = parse_ordinal(c.lower_) if c.dep_ in ("amod", "compound") else None
                if n:
                    return n, noun in nouns, o.i, c.i
    return None


def _body_owner(p: Parsed, tok) -> bool:
    """Whether an owner pronoun ("its") stands for the subject of its own clause, a body (an
    organisation, a festival, a show) named before it: "The Academy announced its nominees",
    "the festival unveiled its lineup". It is then no film's."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i >= tok.i:
        return False
    a = p.arg_at(subj.i)
    return a is not None and a.kind in ("org", "festival", "ceremony")


def _title_subject(p: Parsed, tok):
    """The subject of an owner pronoun's own clause, said before it, when it is a title or a
    film noun ("Harbour Lights won two of its five nominations", "His earlier film, X, won
    two of its five nominations"); None otherwise (a person, a pronoun, another noun)."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i >= tok.i or subj.pos_ == "PRON" or tok in subj.subtree:
        return None
    a = p.arg_at(subj.i)
    if a is not None:
        return subj if a.kind in ("film", "work", "name") else None
    q = lexicon().qualifiers
    nouns = set(FILM_NOUNS) | set(q.get("title_nouns", ())) | set(q.get("film_descriptions", ()))
    return subj if subj.pos_ == "NOUN" and subj.lemma_.lower() in nouns else None



def _beside_nomination_count(f: Frame) -> bool:
    """Whether a relation noun's count is set beside a count of nominations, as apposed or
    joined nouns of one list ("Anora: six nominations, five wins", "(13 nods, two wins)"):
    the wins are out of those nominations, the same show's."""
    cue = f.parsed.doc[f.cue]
    noms = set(lexicon().qualifiers.get("nomination_nouns", ()))

    def counted(n) -> bool:
        return n.lemma_.lower() in noms and any(x.dep_ == "nummod" for x in n.children)

    if not f.noun_cue:
        return _joined_nomination_count(cue, counted)
    near = [cue.head] if cue.dep_ in ("appos", "conj") else []
    near += [c for c in cue.children if c.dep_ in ("appos", "conj")]
    return any(counted(n) for n in near)


JOINED_CLAUSES = ("advcl", "xcomp", "conj")


def _joined_nomination_count(cue, counted) -> bool:
    """Whether a win verb's clause is joined, with no subject of its own, to a clause of the
    same subject that takes a count of nominations ("earned six nominations, winning five",
    "picked up 13 nods and went on to win seven", "X, which had 13 nominations, won seven of
    them", "came away with three statuettes out of ten nominations"): the wins are out of
    those nominations, the same show's."""
    top = cue
    while top.dep_ in JOINED_CLAUSES and top.head.i != top.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children):
            return False   # "A earned six nominations and B won five": another subject
        top = top.head

    def in_cluster(v) -> bool:
        while v.i != top.i and v.dep_ in JOINED_CLAUSES:
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                   for c in v.children):
                return False
            v = v.head
        return v.i == top.i

    verbs = [v for v in top.subtree if v.pos_ in ("VERB", "AUX") and in_cluster(v)]
    # (a relative clause on the shared subject: "X, which had 13 nominations, won seven")
    verbs += [r for s in top.children if s.dep_ in ("nsubj", "nsubjpass")
              for r in s.children if r.dep_ == "relcl"]
    for v in verbs:
        objs = [c for c in v.children if c.dep_ in ("dobj", "attr")]
        objs += [o for c in v.children if c.dep_ == "prep" for o in c.children
                 if o.dep_ == "pobj"]
        # ("three statuettes out of ten nominations": the pool the count is taken from)
        objs += [o for x in list(objs) for c in x.children if c.dep_ == "prep"
                 for o in c.subtree if o.dep_ == "pobj"]
        if any(counted(o) for o in objs):
            return True
    return False


def _denial_time_bound(cue):
    """The word that bounds a denied prize verb in time (lexicon `qualifiers.time_bounds`), or
    None. The bound hangs on the verb ("had not been nominated until 2010") or, as the parser
    often reads it, on the prize the verb takes ("had never been nominated for an Oscar before
    Anora", "never won an Oscar until last year"): a preposition there dates the verb too."""
    bounds = set(lexicon().qualifiers.get("time_bounds", ()))
    prizes = [c for c in cue.children if c.dep_ in ("dobj", "attr")] + [
        o for c in cue.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    on_verb = (c for c in cue.children if c.lower_ in bounds)
    on_prize = (c for o in prizes for c in o.children if c.dep_ == "prep" and c.lower_ in bounds)
    return next(on_verb, None) or next(on_prize, None)

def _bound_words(f: Frame) -> set:
    """The words under a preposition of the frame's clause that bounds it by another event
    (lexicon `qualifiers.event_bounds`: "before the Oscars", "ahead of the BAFTAs")."""
    bounds = set(lexicon().qualifiers.get("event_bounds", ()))
    doc = f.parsed.doc
    # (an adverb that heads its preposition bounds as one: "ahead of the Oscars", "prior to
    # the Globes" -- the parser hangs "of"/"to" on the adverb)
    # (not a bound the frame itself is said under: "Following her BAFTA win, ...": the noun
    # "win" is that other event, and its show is its own)
    got = {t.i for c in doc if c.i in f.clause and c.lower_ in bounds and (
                c.dep_ == "prep" or c.dep_ == "advmod" and any(
                    ch.dep_ == "prep" for ch in c.children))
           and not any(x.i == f.cue for x in c.subtree)
           for t in c.subtree}
    # "won Best Actress, avenging her Golden Globe loss": a verb set on the clause that takes
    # another, earlier event as its object (lexicon `qualifiers.event_bound_verbs`) -- the
    # show named under it is that event's, not the win's (unless the frame is of that event)
    verbs = set(lexicon().qualifiers.get("event_bound_verbs", ()))
    for c in doc:   # (the cheap tests first: most words are no such verb)
        if c.pos_ == "VERB" and c.lemma_.lower() in verbs and c.i != f.cue and \
                c.dep_ in ("advcl", "xcomp", "conj", "acl") and \
                (c.i in f.clause or any(a.i == f.cue for a in c.ancestors)) and \
                not any(t.i == f.cue for t in c.subtree):
            got |= {t.i for t in c.subtree}
    return got
