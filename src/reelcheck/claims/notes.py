"""Claims a sourced KB note says in full (the matching itself is claims/statements.py).

Film coverage says much that no typed fact holds ("the part was written for her", "the shoot
took eight days"); where a KB note says all of a clause, the clause is a claim the note
supports. A typed claim (an award, a date, a number) always speaks first: a note never makes a
claim over it, and is kept on a typed claim only as a fallback for when its own check cannot
decide.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Claim, EntityRef, Mention
from .context import Resolver
from .frames import CONDITIONALS, subject_token
from .parse import lexicon
from .statements import _token, disjoint, note_of, scored_spans
from .text import Sentence

# kinds with typed, complete facts: prose does not decide them
# the dependencies of a verb that heads a clause of its own (not "the spoiled son")
CLAUSE_HEADS = frozenset({"ROOT", "relcl", "advcl", "conj", "ccomp", "xcomp", "acl", "pcomp"})
TYPED_ONLY = frozenset({"award", "award_count", "date", "age", "quantity", "money", "relation"})
# a category named inside a note's span: awards are decided by the typed award facts
ANY_CATEGORY = re.compile(r"\bbest\s+(?:supporting\s+|leading\s+|original\s+|adapted\s+)?"
                          r"(?:actor|actress|director|picture|screenplay|editing|cinematography|"
                          r"film|feature|ensemble|casting|score)\b", re.I)
_SUBJECT_ASIDE = re.compile(r"[^,;]{1,60}?,\s*(?:which|who|whose)\b[^,;]{3,100},\s*(?=\w)")
DENIAL = re.compile(r"[^.;]{0,40}?,?\s*(?:which|that|this|but that)\s+(?:simply\s+|just\s+|never\s+)?"
                    r"(?:does not|doesn['’]t|did not|didn['’]t|never)\s+(?:happens?|occurs?|"
                    r"happened|occurred)\b|[^.;]{0,40}?,?\s*(?:which|that|but this|but that)\s+"
                    r"(?:is|was)\s+(?:simply\s+)?(?:false|untrue|wrong|a myth|not true)\b", re.I)
NEGATION = re.compile(r"\b(?:not|never|no longer|didn['’]t|did not|wasn['’]t|was not|isn['’]t|"
                      r"is not|hasn['’]t|has not|haven['’]t|failed to|doesn['’]t|does not|"
                      r"weren['’]t|were not|neither|nor)\b", re.I)


class _Bare:
    """The parse of a sentence the candidate gate let by (its words and tree only)."""
    __slots__ = ("doc", "offset")

    def __init__(self, s: Sentence):
        from ..nlp import parse
        self.doc, self.offset = next(iter(parse([s.text]))), s.start


PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
FILM_PRONOUNS = frozenset({"it"})


def _borrowed(p, ms: list[Mention], a: int, b: int) -> tuple[list[Mention], frozenset]:
    """What the span [a, b)'s own verbs are said of outside it, from the parse: the subject a
    conjunct, a relative clause or a participle shares with the clause it hangs on ("She ...
    and took Russian lessons": she; "Madison, who trained for months": Madison), or, for a
    span with no verb of its own, the subject of the verb its phrase hangs on ("It was shot
    ..., with a crew of forty": it) -- as the sentence's mentions it names, and
    "person"/"film" for a pronoun."""
    off, doc = p.offset, p.doc
    inside = [t for t in doc if a <= off + t.idx < b]
    idx = {t.i for t in inside}
    got_ms, refs = [], set()
    tops = [t for t in inside if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
            and (t.head.i not in idx or t.head.i == t.i)]   # the span's own verbs
    if not tops:   # a phrase on a verb outside it ("..., with a crew of about forty"): said
        tops = [t.head for t in inside if t.dep_ == "prep" and t.head.i not in idx
                and t.head.pos_ in ("VERB", "AUX")]   # of what that verb is said of
    for v in tops:
        subj = subject_token(v)
        if subj is None or subj.i in idx:
            continue   # the span names its own subject
        arg = p.arg_at(subj.i)
        if arg is not None and arg.entity:
            got_ms += [m for m in ms if m.entity.id == arg.entity
                       and m.start <= arg.start < m.end or m.start == arg.start]
        elif subj.lower_ in PERSON_PRONOUNS:
            refs.add("person")
        elif subj.lower_ in FILM_PRONOUNS:
            refs.add("film")
    return got_ms, frozenset(refs)


_NOTE_DOCS: dict[tuple[str, str], object] = {}
MODIFIER_DEPS = frozenset({"amod", "compound"})


def _note_doc(f):
    """The parse of a note's text (once per note)."""
    key = (f.id, f.value)
    got = _NOTE_DOCS.get(key)
    if got is None:
        from ..nlp import parse
        got = next(iter(parse([f.value])))
        if len(_NOTE_DOCS) < 20_000:
            _NOTE_DOCS[key] = got
    return got


def _possessor_is(owned, other) -> bool:
    """Whether `owned` is someone's ("Vanya's parents") and `other` is that someone by name
    ("Vanya"): X's relative is not X."""
    if owned.pos_ == "PROPN" or other.pos_ != "PROPN":
        return False
    names = {t.lower_ for t in other.subtree if t.pos_ == "PROPN"}
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.lower_ in names
               for c in owned.children)


def _verbal(t) -> bool:
    """A verb, or a word the parse gives a subject ("learns" tagged as a noun)."""
    return t.pos_ == "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _norm(t) -> frozenset:
    """A token's content words as the notes read them (paraphrases folded in)."""
    kind, got = _token(t.lower_)
    out = set(got[0]) if kind == "w" and got[0] else set()
    kind, got = _token(t.lemma_.lower())
    return frozenset(out | (set(got[0]) if kind == "w" and got[0] else set()))


def _governor(t):
    """The verb a noun is the object of, through its phrase ("pulled away from a wedding":
    pulled), or None (its own clause's subject, a noun on a noun)."""
    if t.dep_ not in ("pobj", "dobj"):
        return None
    h, steps = t, 0
    while steps < 3 and h.head.i != h.i:
        if steps and h.dep_ not in ("prep", "advmod", "prt"):
            return None   # not through another noun ("a house in Brighton Beach")
        h, steps = h.head, steps + 1
        if h.pos_ == "VERB":
            return h
    return None


def _role(t) -> str:
    """A noun's role on its verb: "dobj", or the preposition it is the object of."""
    if t.dep_ == "dobj":
        return "dobj"
    same = lexicon().section("notes").get("role_prepositions") or {}
    return same.get(t.head.lower_, t.head.lower_)


def _other_object(inside: list, doc, vocab: frozenset = frozenset()) -> bool:
    """Whether the span gives a verb the note also has an object in a role (the direct object,
    or a preposition's) where the note gives that verb's same role another and the span none
    of the note's ("called away from a funeral" against the note's "called away from a
    christening", "search Manhattan" against "search Brooklyn"): a slot the span states and
    the note contradicts."""
    para = {w: k for k, ws in (lexicon().section("plot").get("paraphrases") or {}).items()
            for w in ws}

    def key(v) -> frozenset:   # (a light verb: its lemma, or the word it paraphrases)
        low = v.lemma_.lower()
        return _norm(v) | {low, para.get(low, low), para.get(v.lower_, low)}

    def objects(toks, pos) -> list:
        return [(n, g) for n in toks if n.pos_ in pos
                and n.dep_ in ("pobj", "dobj") and (g := _governor(n)) is not None]

    general = frozenset(lexicon().section("notes").get("general_nouns") or ())
    # common nouns only: a name may be a place inside the note's, and a common noun may
    # describe the note's name ("dedicated the prize" is its "dedicated the Palme d'Or")
    mine = objects(inside, ("NOUN",))
    note = objects(doc, ("NOUN",))
    for t, verb in mine:
        own, words, role = _norm(t), key(verb), _role(t)
        if not own or t.lemma_.lower() in general:
            continue   # ("to deal with the crisis": a word that may stand for any object)
        theirs = [n for n, g in note if _role(n) == role and key(g) & words]
        said = [x for x, v in mine if _role(x) == role and key(v) & words]
        if theirs and not any(_norm(n) & _norm(x) for n in theirs for x in said):
            return True
    return False


def _counted(t):
    """The noun a number token counts or ranks ("fourth trophy": trophy; "four Oscars":
    Oscars; "3 for Parasite": None), through a compound's head and a hyphen's word."""
    if t.dep_ not in ("nummod", "amod", "quantmod", "compound", "npadvmod") \
            or t.head.i == t.i:
        return None
    h = t.head
    while h.dep_ == "compound" and h.head.i != h.i:
        h = h.head
    return h if h is not t and h.pos_ in ("NOUN", "PROPN") else None


def _numbers(toks) -> list:
    """(number, the noun it counts or ranks) for the count and ordinal words of `toks`
    (a year is a date, not a count: left out)."""
    out = []
    for t in toks:
        kind, got = _token(t.lower_)
        if kind != "n" or not got.isdigit() or len(got) == 4 \
                or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
            continue   # ("March 2", "21-year-old": a date or an age, not a count)
        n = _counted(t)
        if n is not None:
            out.append((got, n))
    return out


def _other_count(inside: list, doc) -> bool:
    """Whether a number the span states counts another noun than the note's same number
    ("its fourth award of the night" against the note's "fourth film to win both ...";
    "three Oscars" where the note's 3 counts another's): the number agrees, its role not."""
    general = frozenset(lexicon().section("notes").get("general_nouns") or ())
    def words(n) -> frozenset:   # the noun and the nouns compounded on it ("Best Picture
        # winner": winner, best, picture)
        return frozenset().union(_norm(n), *(_norm(c) for c in n.children
                                             if c.dep_ == "compound"))

    theirs = _numbers(doc)
    for num, noun in _numbers(inside):
        own = words(noun)
        if not own or noun.lemma_.lower() in general:
            continue
        same = [n for x, n in theirs if x == num and n.pos_ == "NOUN"]   # ("Anora 5": a
        # name's tally, no noun it counts)
        if same and not any(words(n) & own or n.lemma_.lower() in general for n in same):
            return True
    return False


def _modifiers(t) -> frozenset:
    """The words that modify noun `t` ("main competition": main; "out of competition": out,
    of; "in competition": in)."""
    out = set()
    for c in t.children:
        if c.dep_ in ("amod", "compound", "neg"):
            # with the adverb on the modifier ("lowest-grossing": lowest)
            out |= {c.lemma_.lower(), c.lower_} | {a.lower_ for a in c.children
                                                   if a.dep_ in ("advmod", "amod")}
    h, steps = t, 0
    while h.dep_ in ("pobj", "prep", "pcomp") and h.head.i != h.i and steps < 2:
        h, steps = h.head, steps + 1
        if h.pos_ in ("ADP", "ADV", "PART") or h.dep_ in ("prep", "advmod", "prt"):
            out.add(h.lower_)
        else:
            break
    return frozenset(out)


def _contrary(inside: list, doc) -> bool:
    """Whether a noun of the span and the same noun in the note carry contrary modifiers
    (`notes.contraries`: "out of competition" against the note's "main competition")."""
    sec = lexicon().section("notes")
    pairs = [(frozenset(a), frozenset(b)) for a, b in sec.get("contraries") or ()]
    negating = frozenset(sec.get("negating_modifiers") or ())

    def peoples(n) -> frozenset:   # the nationality words on a noun ("American film")
        return frozenset(c.lower_ for c in n.children if c.dep_ in ("amod", "compound")
                         and c.ent_type_ == "NORP" and c.is_alpha and c.lower_ not in negating)

    def denied(n) -> frozenset:   # the words a negating modifier on a noun denies: the
        # word after it ("non-English-language": english)
        out = set()
        for c in n.subtree:
            if c.lower_ in negating and c.i < n.i and c.dep_ != "neg":
                nxt = next((x for x in c.doc[c.i + 1:n.i] if x.is_alpha), None)
                if nxt is not None:
                    out.add(nxt.lower_)
        return frozenset(out)

    note_mods: dict[str, set] = {}
    note_norp: dict[str, set] = {}
    note_denied: dict[str, set] = {}
    for n in doc:
        if n.pos_ in ("NOUN", "PROPN"):
            note_mods.setdefault(n.lemma_.lower(), set()).update(_modifiers(n))
            note_norp.setdefault(n.lemma_.lower(), set()).update(peoples(n))
            note_denied.setdefault(n.lemma_.lower(), set()).update(denied(n))
    for t in inside:
        if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in note_mods:
            continue
        mine, theirs = _modifiers(t), note_mods[t.lemma_.lower()]
        ours, their_people = peoples(t), note_norp[t.lemma_.lower()]
        if ours and their_people and not ours & their_people:
            return True   # "the first French film" against the note's "first American film"
        our_denied, their_denied = denied(t), note_denied[t.lemma_.lower()]
        if (our_denied - their_denied) & theirs or (their_denied - our_denied) & mine:
            return True   # "non-English-language" against the note's "English-language"
        for a, b in pairs:
            if a <= mine and b & theirs and not a <= theirs \
                    or b <= mine and a & theirs and not b <= theirs:
                return True
    return False


def _rebound(p, m, vocab: frozenset = frozenset()) -> bool:
    """Whether the span's words are the note's, bound otherwise in the note's parse: its verb
    said of another doer (the span's "Vanya's parents hear" where the note's "Vanya hears"), or
    its modifier on another kin noun (`notes.kin_nouns`: the span's "twin sister" where the
    note has "twin brother" and "sisters" with no "twin"), or another object of its verb
    (`_other_object`)."""
    inside = [t for t in p.doc if m.start <= p.offset + t.idx < m.end]
    if not inside:
        return False
    doc = _note_doc(m.fact)
    if _other_object(inside, doc, vocab) or _other_count(inside, doc) \
            or _contrary(inside, doc):
        return True
    kin = frozenset(lexicon().section("notes").get("kin_nouns") or ())
    for t in inside:
        if _verbal(t):
            s = subject_token(t)
            if s is None:
                continue
            for n in doc:
                if _verbal(n) and n.lemma_.lower() == t.lemma_.lower():
                    ns = subject_token(n)
                    if ns is not None and (_possessor_is(s, ns) or _possessor_is(ns, s)):
                        return True
        elif t.dep_ in MODIFIER_DEPS and t.pos_ in ("ADJ", "NOUN") \
                and t.head.lemma_.lower() in kin:
            word, head = t.lemma_.lower(), t.head.lemma_.lower()
            heads = {n.head.lemma_.lower() for n in doc
                     if n.dep_ in MODIFIER_DEPS and n.lemma_.lower() == word}
            if heads & kin and head not in heads and any(
                    n.pos_ == "NOUN" and n.lemma_.lower() == head for n in doc):
                return True
    return _other_modified(inside, doc)


def _other_modified(inside: list, doc) -> bool:
    """Whether an adjective of the span modifies a noun the note has too, where the note puts
    the adjective on another noun ("his previous film" against the note's "film" and "previous
    best"): the note's word says something of another thing."""
    counts = frozenset(lexicon().section("notes").get("count_adjectives") or ())

    def same_thing(a, b) -> bool:   # ("a Russian oligarch (a Moscow billionaire)")
        return a.i == b.i or b.dep_ == "appos" and b.head.i == a.i \
            or a.dep_ == "appos" and a.head.i == b.i

    for t in inside:
        if t.dep_ != "amod" or t.pos_ != "ADJ" or t.head.pos_ != "NOUN" \
                or _token(t.lower_)[0] != "w" or not _norm(t) or t.lemma_.lower() in counts:
            continue   # ("a single night": a count, said of each thing counted)
        word, head = t.lemma_.lower(), t.head.lemma_.lower()
        owners = [n.head for n in doc if n.dep_ == "amod" and n.lemma_.lower() == word]
        others = [n for n in doc if n.pos_ == "NOUN" and n.lemma_.lower() == head]
        if owners and others and not any(o.lemma_.lower() == head for o in owners) \
                and not any(same_thing(o, n) for o in owners for n in others):
            return True
    return False


def _only_aside(p, m, ms: list[Mention]) -> bool:
    """Whether the one a note is about is named in the span only in an aside -- a parenthesis
    on another noun ("the story of a young dancer (Jane Roe)") -- while the span's clause is
    said of something else: the note tells of them, the clause does not. (An apposition
    without brackets names the noun itself: "his wife, producer Jane Roe, who produced ...".)"""
    subject = m.fact.subject
    mine = [x for x in ms if x.entity.id == subject and m.start <= x.start and x.end <= m.end]
    if not mine:
        return False
    off, doc = p.offset, p.doc

    def aside(x) -> bool:
        toks = [t for t in doc if x.start <= off + t.idx < x.end]
        if not toks:
            return False
        ids = {t.i for t in toks}
        top = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0])
        before = doc[toks[0].i - 1] if toks[0].i > 0 else None
        after = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
        bracketed = before is not None and before.text == "(" \
            and after is not None and after.text == ")"
        if not bracketed or top.dep_ in ("nsubj", "nsubjpass"):
            return False
        host = top.head if top.dep_ == "appos" else top   # the noun the brackets name
        said = {t.i for t in host.subtree}
        # the clause is said of that noun: it is the subject, or a relative clause or
        # participle on it tells of it ("a dancer (Jane Roe) who trained for months")
        return host.dep_ not in ("nsubj", "nsubjpass") and not any(
            c.dep_ in ("relcl", "acl") and m.start <= off + c.idx < m.end
            for c in host.children) and bool(said)
    return all(aside(x) for x in mine)


class NoteReader:
    def __init__(self, kb, res: Resolver, text: str):
        self.kb, self.res, self.text = kb, res, text

    def sentence_claims(self, s: Sentence, ms: list[Mention], para_ms: list[Mention],
                        hedged: bool, found: list[Claim], p=None) -> list[Claim]:
        """Clauses of `s` a note says in full become claims; a claim in `found` inside such a
        clause gets the note as its fallback (slot note_fact). With the sentence's parse `p`,
        a clause that is a condition ("if it wins at the Oscars") is no statement and makes
        none."""
        res = self.res
        anchors = {m.entity.id for m in ms} | {m.entity.id for m in para_ms[-6:]}
        anchors |= {x for x in (res.film(s), res.person(s), res.main_film) if x}
        if not anchors:
            return []
        character, latest = res.last.get("character"), res.last.get("person")
        implied = {(x, t) for x, t in ((res.person(s), "person"), (res.film(s), "film"),
                                       (latest[0] if latest else None, "person"),
                                       (character[0] if character else None, "person")) if x}
        borrow = meant = None
        if p is not None:
            borrow = lambda a, b: _borrowed(p, ms, a, b)  # noqa: E731
            meant = {e for t in p.doc if t.lower_ in PERSON_PRONOUNS
                     and (e := res.person(s, t.lower_))}
        spans = scored_spans(self.kb, self.text, s.start, s.end, ms, anchors, implied,
                             borrow=borrow, meant=meant or ())
        if spans and p is None:
            p = _Bare(s)   # a sentence no family parsed: its parse, to read what a span says
        if p is not None:
            spans = [m for m in spans if not self._other_event(p, m)
                     and not _rebound(p, m, note_of(self.kb, m.fact).vocab)
                     and not _only_aside(p, m, ms)]
        if not spans:
            return []
        for c in found:
            if c.slots.get("kind") in TYPED_ONLY or c.slots.get("part") \
                    or c.slots.get("amount") is not None:
                continue   # (a part of a film: what the film's facts say is not its answer;
                # a sum a deed states is its own check's: the note's words miss its currency)
            # best first: the first span holding the whole claim says everything it says
            m = next((m for m in spans if m.start <= c.start and c.end <= m.end), None)
            if m is not None and c.slots.get("year") is not None \
                    and str(c.slots["year"]) not in note_of(self.kb, m.fact).terms.nums:
                continue   # the claim's year is a slot the note does not state ("X (2018)")
            if m is not None:
                c.slots["note_fact"] = m.fact.id
        out = []
        for m in disjoint(spans):
            if any(m.start < c.end and c.start < m.end for c in found):
                continue  # a typed claim speaks here: a note must not contradict its verdict
            if p is not None and (self._unasserted(p, m.start, m.end)
                                  or self._qualifier_only(p, m)):
                continue
            f = m.fact
            cat = ANY_CATEGORY.search(self.text, m.start, m.end)
            if cat and not (f.qualifiers.get("category") in ("record", "festival", "filmography")
                            and cat.group(0).lower() in f.value.lower()):
                continue  # "it won Best Feature" is the award facts' (a record note naming
                # the same category may speak: "Neon's second Best Picture")
            category = "plot" if f.predicate == "plot" else f.qualifiers.get("category") or "other"
            subject = res.film(s) if f.predicate == "plot" else f.subject
            out.append(self._claim(s, hedged, category, m.start, m.end, subject or f.subject,
                                   f.predicate, f.value, kind="statement", fact_id=f.id))
        return out

    @staticmethod
    def _qualifier_only(p, m) -> bool:
        """Whether the span is only the time of a verb outside it ("After a New Year's Eve
        party, ..."): it has no verb, and its phrase is a preposition of time (`plot.
        time_prepositions`) set before the verb it hangs on, beyond the span. When a clause
        happens is the clause's, not a statement of its own (a phrase after its verb may be
        its argument: "takes the group to the Tatiana Grill"; "From the motel in X to ..."
        may say where a film is set)."""
        inside = [t for t in p.doc if m.start <= p.offset + t.idx < m.end]
        if not inside or any(t.pos_ in ("VERB", "AUX") for t in inside):
            return False
        ids = {t.i for t in inside}
        tops = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
        when = set(lexicon().section("plot").get("time_prepositions") or ())
        return len(tops) == 1 and tops[0].dep_ == "prep" and tops[0].lower_ in when \
            and tops[0].head.i not in ids and tops[0].head.pos_ in ("VERB", "AUX") \
            and tops[0].i < tops[0].head.i

    def _other_event(self, p, m) -> bool:
        """Whether the span tells an event the note does not: it has verbs of content heading
        its clauses ("an Armenian priest who is pulled out of a wedding") and the note holds
        none of them, in any of their words ("called away from a christening" is another
        event, though the note's other words are the clause's)."""
        f = m.fact
        if f.predicate != "plot" and f.qualifiers.get("category") != "plot":
            return False   # a story's events; a career note's verbs vary more ("trained at")
        vocab = note_of(self.kb, f).vocab
        told = []
        for t in p.doc:
            if t.pos_ != "VERB" or t.dep_ not in CLAUSE_HEADS \
                    or not m.start <= p.offset + t.idx < m.end:
                continue
            kind, got = _token(t.lower_)   # a light verb ("takes", "gives") tells no event
            if kind == "w" and got[0]:
                told.append(set(got[0]) | set(_token(t.lemma_.lower())[1][0] or ()))
        return bool(told) and not any(w in vocab for words in told for w in words)

    @staticmethod
    def _unasserted(p, start: int, end: int) -> bool:
        """Whether every verb of the span is in a condition ("if ...", "unless ...")."""
        def conditional(t) -> bool:
            return any(c.dep_ == "mark" and c.lower_ in CONDITIONALS
                       for x in [t, *t.ancestors] for c in x.children)
        verbs = [t for t in p.doc if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"
                 and start <= p.offset + t.idx < end]
        return bool(verbs) and all(conditional(t) for t in verbs)

    def _claim(self, s: Sentence, hedged: bool, category: str, start: int, end: int,
               subject: Optional[str], predicate: str, obj, **slots) -> Claim:
        text = self.text
        start, end = max(s.start, start), min(s.end, max(end, start + 1))
        while start > s.start and text[start - 1].isalnum():   # whole words, no trailing
            start -= 1                                          # punctuation
        while end < s.end and text[end].isalnum():
            end += 1
        while end > start and text[end - 1] in " ,;:—–-(":
            end -= 1
        if end < s.end and text[end] == ")" and "(" in text[start:end]:
            end += 1
        aside = _SUBJECT_ASIDE.match(text, start, end)
        if aside and end - aside.end() > 10:
            start = aside.end()  # "The film, which runs two hours, was written by ..."
        negated = bool(NEGATION.search(text, start, end))
        if DENIAL.match(text, end, s.end):
            negated = not negated  # "some summaries claim X, which simply does not happen"
        ref = EntityRef(subject, self.kb.label(subject)) if subject else None
        return Claim(id="", start=start, end=end, text=text[start:end], category=category,
                     subject=ref, predicate=predicate, object=obj, hedged=hedged,
                     slots=dict(slots, subject=subject, negated=negated))
