"""Claim frames: a relation, its arguments by role, and every qualifier its clause states.

A frame comes from one cue of the lexicon (a verb or noun) and the dependency parse around it:
- roles come from the cue's dependents (nsubj, dobj, attr, dative, the object of a preposition),
  mapped through the relation's `roles`; a subject is inherited through coordination ("won A and
  took B"), open complements ("went on to win") and relative clauses ("X, who won ...");
- a list in a role ("Picture, Director and Editing") keeps every conjunct, so the family module
  can make one claim per member;
- qualifiers (dates, ceremonies, counts, negation, modality) bind to the clause they hang from:
  the cue's subtree without the clauses embedded in it. A year in another clause is never this
  frame's year.

Which frame a relation family makes into claims, and how, is the family module's business.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Optional

from ..nlp import per_doc
from .attach import heads_of
from .lexicon import Cue, Relation
from .parse import Arg, Parsed, lexicon, verb_above
from .text import parse_ordinal

# dependents that open a clause of their own: qualifiers below them are not the cue's
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "csubj", "xcomp", "acl", "pcomp"})
SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJ_DEPS = ("dobj", "attr", "dative", "oprd", "obj")
RELATIVE = frozenset({"who", "that", "which", "whom"})
MODALS = frozenset({"will", "would", "could", "might", "may", "should", "can", "shall", "must",
                    "'ll", "wo", "ca"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# subordinators that make their clause a condition, not a statement: "if it wins ..."
CONDITIONALS = frozenset({"if", "unless", "whether"})
# auxiliaries that make a side clause a condition when they come before its subject: "Had it
# won, ...", "Should it win, ...", "Were it to win, ..."
INVERTED_CONDITIONALS = frozenset({"had", "should", "were"})
# verbs whose open complement is not a fact: "hopes to win", "is expected to take home"
IRREALIS = frozenset({"hope", "expect", "want", "tip", "favor", "favour", "predict", "aim", "try",
                      "seek", "bid", "vie", "look", "set", "poise", "likely", "plan", "need",
                      "deserve", "threaten", "stand", "fail",
                      # a prediction's adjectives: "is unlikely (certain, sure, bound) to win"
                      "unlikely", "certain", "sure", "bound", "destined", "guarantee"})
# a prediction's nouns ("the odds-on favorite to win", "every critic's pick to take"): only as
# nouns (or adjectives), never the verbs of the same spelling ("picked up six nominations")
PREDICTION_NOUNS = frozenset({"favorite", "favourite", "frontrunner", "front-runner",
                              "contender", "pick", "bet"})
_IRREALIS_FORMS: Optional[frozenset] = None


def _irrealis(tok) -> bool:
    """Whether a word is one of IRREALIS, by its lemma or, where the lemmatizer slips ("hopes"
    -> "hop"), by its written form among the words' inflections."""
    global _IRREALIS_FORMS
    if tok.lemma_.lower() in IRREALIS:
        return True
    if _IRREALIS_FORMS is None:
        from ..nlp import surface_forms
        _IRREALIS_FORMS = frozenset(f for w in IRREALIS for f in surface_forms(w))
    return tok.lower_ in _IRREALIS_FORMS


@dataclass
class Filler:
    """What fills a role: an argument, or a bare token (a pronoun, "the film", a category)."""
    token: int                     # the head token in the sentence's parse
    arg: Optional[Arg] = None
    read: bool = False             # the argument was read from the passage ("for the film")

    def text(self, p: Parsed) -> str:
        return self.arg.text if self.arg else p.doc[self.token].text


@dataclass
class Frame:
    relation: Relation
    cue: int                       # the cue's token
    parsed: Parsed
    roles: dict[str, list[Filler]] = field(default_factory=dict)
    clause: frozenset = frozenset()  # token indexes the cue's qualifiers may come from
    negated: bool = False
    irrealis: bool = False         # a prediction, wish or question, not a statement of fact
    noun_cue: bool = False
    record: bool = False           # "the first film to win ...": the record family's claim
    layout: bool = False           # stated by a layout ("Best Director: X"), not a word
    gapped_from: Optional[int] = None  # the verb a gapped clause left out ("..., Y in 2022")
    under_heading: bool = False    # a row whose category is the heading line above it
    bare_row: bool = False         # ... a row of names with no label ("Sean Baker, Anora")
    row_marked: bool = False       # ... marked as the winner among nominees ("X, Film (winner)")
    # the row's film holds a bracketed tally set beside a person's name ("Title (1976) -
    # Director (won 1 of 4)"): that person's argument, whose credit says whose tally it is
    row_person: Optional[object] = None
    # a place adverb ("marries her there") the place role was bound through: the claim's words
    proform: Optional[int] = None
    # a pro-verb's frame ("and did the same for X") whose prize is carried from the clause
    # before: a reading of the first clause's deed, so it may support but never refute
    carried: bool = False

    @property
    def family(self) -> str:
        return self.relation.family

    @property
    def polarity(self) -> Optional[str]:
        return self.relation.polarity

    def args_in_clause(self, *kinds: str) -> list[Arg]:
        seen, out = set(), []
        for i in sorted(self.clause):
            a = self.parsed.arg_at(i)
            if a is not None and id(a) not in seen and (not kinds or a.kind in kinds):
                seen.add(id(a))
                out.append(a)
        return out

    def tokens(self):
        """The clause's tokens in order (a new list; made once per clause and parse: the
        families ask a frame for them dozens of times)."""
        d = self.parsed.doc
        memo = self.__dict__.get("_tokens_memo")
        if memo is None or memo[0] is not self.clause or memo[1] is not d:
            memo = self.__dict__["_tokens_memo"] = (self.clause, d,
                                                    [d[i] for i in sorted(self.clause)])
        return list(memo[2])


@per_doc
def clause_of(tok, titles: frozenset = frozenset()) -> frozenset:
    """The cue's subtree without the clauses embedded in it (and without a coordinated verb).
    A "clause" inside a title (`Parsed.titles`) is part of the name, not a clause."""
    out, stack = set(), [tok]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for c in t.children:
            if c.dep_ in CLAUSE_DEPS and c.i not in titles:
                continue
            if c.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
                continue  # a coordinated clause, or a gapped one ("... and Y in 1974")
            if t.i == tok.i and _aside_noun(c) or _set_off(c) and _record_aside(c):
                continue  # "won X, his second win after Y in 2003": the noun's own frame
                # ("nominated for X, a first for a Russian actor": on whatever word it hangs)
            stack.append(c)
    for c in _cleft_preps(tok):   # "it was in 2019 that X won": the focus is the clause's
        out |= {t.i for t in c.subtree if t.i < tok.i}
    return frozenset(out)


def _aside_noun(c) -> bool:
    """A relation noun set off by a comma after its verb ("won X, his second win after Y in
    2003"): a frame of its own, whose words are not the verb's; so is a record aside
    (`_record_aside`: "..., a first for a Russian actor")."""
    return _set_off(c) and (bool(lexicon().noun(c.lemma_.lower())) or _record_aside(c))


def _set_off(c) -> bool:
    """A noun phrase set off by a comma after the word it hangs on."""
    return c.dep_ in ("npadvmod", "dobj", "appos") and c.i > c.head.i \
        and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","


def _record_aside(c) -> bool:
    """An ordinal with an indefinite article set off after the verb ("nominated X for best
    supporting actor, a first for a Russian actor in decades"): a remark on the event's place
    in a history, whose "for" names whom it was a first for, not a prize ("the first for A",
    an item of a count, is another thing: `_ordinal_asides`)."""
    return bool(parse_ordinal(c.lower_)) and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)


def true_subjects(subjects: list) -> list:
    """The subjects the parser gave a verb, less the words of a fronted date it misread as
    subjects ("By mid-March 2025 the film had ...": "-" and "March"), when another is left."""
    # (a title that ends in a mark, "Who's Afraid of Virginia Woolf?", may be hung on it:
    # the words before the mark are the subject's own)
    words = [c for c in subjects if any(ch.isalnum() for ch in c.doc[c.left_edge.i:c.i + 1].text)]
    out = [c for c in words if c.ent_type_ not in ("DATE", "TIME")] or words
    if len(out) > 1:
        # "A, its maker's drama, premiered in May, and B premiered there in June", parsed with
        # both A and B as the last verb's subjects: a coordinator between them ends A's clause,
        # so the verb's own subject is the one after it
        out = sorted(out, key=lambda c: c.i)
        last, prev, doc = out[-1], out[-2], out[-1].doc
        if last.i < last.head.i and any(doc[i].dep_ == "cc" or doc[i].text == ";"
                                        for i in range(prev.i + 1, last.left_edge.i)):
            return [last]
    if len(out) == 1:
        # "A, X's drama, premiered in May, and B premiered there in June", parsed with the first
        # "premiered" as a modifier of A and B as A's conjunct: the verb said again is B's own
        s = out[0]
        again = [a for a in s.subtree if a.dep_ in ("acl", "relcl") and a.i < s.head.i
                 and a.lemma_ == s.head.lemma_ and a.pos_ in ("VERB", "AUX")]
        conj = [c for c in s.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                and again and c.i > again[0].i and c.i < s.head.i]
        if again and conj:
            return [conj[-1]]
    return out


def contrast_head(noun):
    """"It's Igor, not Vanya, who drives her home": a name set off after "not" as a contrast
    to the name before it (the parser's apposition, the negation hung on either) is not what
    a relative clause hung on it is said of; the name it contrasts is (its token). None
    for a noun that is no such contrast."""
    mod = _contrast_modifier(noun)
    if mod is not None:
        return mod
    if noun.dep_ != "appos" or noun.head.i > noun.i or noun.left_edge.i == 0:
        return None
    neg = noun.doc[noun.left_edge.i - 1]
    if neg.dep_ != "neg" or neg.head.i not in (noun.i, noun.head.i):
        return None
    return noun.head


def _contrast_modifier(noun):
    """The parser's other reading of "It is Garnick, not Igor, who ...": the first name hung
    on the contrasted one as a modifier ("Garnick" an adjective of "Igor", the "not" on it).
    The name before ", not" is what the relative clause on the noun is said of (its phrase's
    top token); None when the noun is not set right after ", not" with such a modifier."""
    doc = noun.doc
    k = noun.i - 1
    while k >= 0 and doc[k].head.i == noun.i and doc[k].dep_ in ("det", "compound", "amod") \
            and doc[k].lower_ != "not":
        k -= 1   # ("not the henchman Igor": the words of the noun's own phrase)
    if k < 3 or doc[k].lower_ != "not" or doc[k].dep_ != "neg" or doc[k - 1].text != ",":
        return None
    x = doc[k - 2]
    while x.head.i != x.i and x.head.i < k - 1:
        x = x.head
    if x.head.i != noun.i or x.dep_ not in ("amod", "compound", "nmod", "appos") \
            or x.pos_ not in ("PROPN", "NOUN", "ADJ") or not x.text[:1].isupper() \
            or doc[k].head.i not in (x.i, noun.i):
        return None
    return x


def _apposition_head(noun):
    """"Parasite, the 2019 Palme winner that went on to ...", "Sean Baker, the filmmaker who
    was born in ...": a common noun set in apposition to a name, with the relative clause on
    it, stands for the name (the name's token), else None."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.head.pos_ != "PROPN" \
            or noun.head.i > noun.i:
        return None
    if _semicolon_between(noun.doc, noun.head.i, noun.i):
        return None   # "Anora runs 139 minutes; The Theory of Everything premiered ...": a
        # semicolon ends the name's clause, what follows it is no apposition to the name
    return noun.head


def _titled_opener(verb):
    """"..., and Out of Africa won Best Cinematography", "11 years after In the Heat of the
    Night won": a title opening with a preposition, read by the parser as a phrase fronted on
    the verb of a coordinated or adverbial clause, is that verb's subject, not the main verb's.
    The words between the clause's coordinator (or subordinator) and the verb (or its
    auxiliaries) open with a capitalised preposition in mid-sentence and hold a proper noun
    or another capitalised word;
    the first of them is returned. None otherwise."""
    doc = verb.doc
    if any(c.dep_ in SUBJ_DEPS for c in verb.children):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    end = (aux[0].i if aux else verb.i) - 1
    k = end
    while k > 0 and not doc[k].is_punct and doc[k].dep_ not in ("cc", "mark"):
        k -= 1
    first = k + 1
    if k <= 0 or doc[k].dep_ not in ("cc", "mark") or first > end \
            or doc[first].pos_ != "ADP" or not doc[first].text[:1].isupper() \
            or not any(t.pos_ == "PROPN" or (t.i > first and t.text[:1].isupper())
                       for t in doc[first:end + 1]):
        return None   # (a title's words the parser took for common ones are capitalised
    return doc[first]   # still: "From Here to Eternity", "Out of Africa")


def _conjunct_before(rel, head):
    """"A, which premiered in Venice, and B, which premiered at Cannes": a relative pronoun set
    right after a comma after B, a conjunct of the noun the parser hung the clause on, is B's;
    else None."""
    doc = rel.doc
    if rel.i < 2 or doc[rel.i - 1].text != ",":
        return None
    x = doc[rel.i - 2]
    top = x
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.i == x.i or not (top.i == head.i or top.dep_ == "appos" and top.head.i == head.i):
        return None   # (x is no later conjunct of the list the clause hangs on)
    # "A and B, which were both winners": a clause after the list is the list's; only where
    # an earlier member has an aside of its own is the clause the later members' alone: "A
    # (X, 1992) and C and D, who won ..." is C and D's ("A, which ..., and B, which ..." B's)
    members = sorted(conjuncts(top), key=lambda t: t.i)
    bearers = [m for m in members if m.i < x.i and any(
        c.dep_ in ("relcl", "acl", "appos") and m.i < c.i < x.i for c in m.children)] + (
        [head] if top.i != head.i and any(c.dep_ in ("relcl", "acl") and head.i < c.i < x.i
                                          for c in head.children) else [])
    if not bearers:
        return None
    last = max(b.right_edge.i for b in bearers if b.i != head.i or top.i == head.i) \
        if any(b.i != head.i or top.i == head.i for b in bearers) else head.i
    group = [m for m in members if m.i > last]
    if not group or group[-1].i != x.i:
        return None
    first = group[0]
    return first if sorted(t.i for t in conjuncts(first)) == [m.i for m in group] else x


def _one_of(head):
    """"X is one of the few directors to have won twice": the one of a group a copula says its
    subject is; the subject's token, or None."""
    if head.lower_ != "one" or head.dep_ != "attr" or head.head.lemma_ != "be" or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    return next((c for c in head.head.children if c.dep_ in SUBJ_DEPS), None)


def cleft_head(head):
    """"Igor is the one who drives her home", "The man who returns the ring is Igor": a noun
    of `qualifiers.cleft_nouns` with "the", set on one side of a copula "be", only points at
    the name on its other side; that name's token, or None."""
    if head.lower_ not in set(lexicon().qualifiers.get("cleft_nouns") or ()) \
            or head.head.lemma_ != "be" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    if head.dep_ == "attr":
        other = [c for c in head.head.children if c.dep_ == "nsubj"]
    elif head.dep_ == "nsubj":
        other = [c for c in head.head.children if c.dep_ in ("attr", "acomp")]
    else:
        return None
    other = [c for c in other if c.pos_ in ("PROPN", "NOUN") and c.lower_ not in RELATIVE
             and c.lower_ not in ("it", "this", "that")]
    return other[0] if len(other) == 1 else None


@per_doc
def subject_token(tok):
    """The token a verb (or predicate noun) is said of, through coordination, complements and
    relative clauses."""
    named = _paren_name(tok)
    if named is not None:
        return named
    seen = set()
    while tok is not None and tok.i not in seen:
        seen.add(tok.i)
        for c in true_subjects([c for c in tok.children if c.dep_ in SUBJ_DEPS
                                and c.i not in seen]):   # (not the opener it came from)
            if c.lower_ in RELATIVE and tok.dep_ == "relcl":
                return _one_of(tok.head) or contrast_head(tok.head) or cleft_head(tok.head) \
                    or _apposition_head(tok.head) or _conjunct_before(c, tok.head) or tok.head
            cleft = _cleft_focus(tok) if c.lower_ in RELATIVE else None
            if cleft is not None:   # "it was Nomadland that took Best Picture"
                return cleft
            if c.lower_ in ("which", "who") and c.i > 1 and c.doc[c.i - 1].text == "," \
                    and not c.doc[c.i - 2].is_punct and tok.dep_ in ("advcl", "ccomp"):
                # ", which won ..." parsed as an adverbial clause: the relative pronoun
                # stands for the phrase right before the comma
                return c.doc[c.i - 2]
            return c
        if tok.dep_ in ("relcl", "acl"):
            return _one_of(tok.head) or contrast_head(tok.head) or _apposition_head(tok.head) \
                or tok.head
        if _set_off_participle(tok):
            # "..., their fixer Toros, played by Karren Karagulian": a passive participle the
            # parser hung on the main verb is said of the noun it follows
            return tok.doc[tok.i - 2]
        if tok.dep_ in ("conj", "advcl") and tok.i > 0 and (
                tok.dep_ == "conj" or tok.tag_ in ("VBD", "VBZ", "VBP")):
            prev = tok.doc[tok.i - 1]   # "X won A and Y took B", parsed with Y as A's conjunct
            # (a finite verb may be hung on the first as an adverbial clause)
            if prev.pos_ == "PROPN" and prev.dep_ == "conj" and prev.head.pos_ != "VERB":
                return prev
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head.head
            continue
        titled = _titled_opener(tok) if tok.dep_ in ("conj", "advcl") else None
        if titled is not None:
            return titled
        after_aside = _aside_conjunct(tok)
        if after_aside is not None:
            tok = after_aside
            continue
        if (tok.dep_ in ("conj", "xcomp", "advcl", "acomp") or _fronted_participle(tok)) \
                and tok.head.i != tok.i:
            tok = tok.head
            continue
        if tok.dep_ == "dep" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB" \
                and tok.head.i < tok.i:
            # "The show, pushed back by the fires, finally took place at ...": a finite verb
            # the parser left unattached after the clause it continues shares that subject
            tok = tok.head
            continue
        return None
    return None


def _aside_conjunct(tok):
    """"Marty won the Palme in 1955, the first year the prize had that name, and went on to
    win four Oscars": a verb the parser coordinates with the relative clause of an aside set
    off by commas, coming after the aside's closing comma, continues the clause the aside
    hangs on. That clause's verb, else None."""
    if tok.dep_ != "conj" or tok.head.dep_ not in ("relcl", "acl"):
        return None
    h, doc = tok.head, tok.doc
    n = h.head
    if n.dep_ not in ("npadvmod", "appos") or n.head.pos_ not in ("VERB", "AUX") \
            or n.left_edge.i < 1 or doc[n.left_edge.i - 1].text != ",":
        return None
    cc = [c for c in h.children if c.dep_ == "cc" and c.i < tok.i]
    if not cc or doc[cc[-1].i - 1].text != ",":
        return None
    return n.head


def _fronted_participle(tok) -> bool:
    """A past participle opening the sentence, its phrase closed by a comma, that the parser
    made the subject of the main verb ("Set mostly in Brooklyn, Anora is ..."): an opener
    said of the main clause's subject, as an adverbial participle is."""
    if tok.dep_ != "csubj" or tok.tag_ != "VBN" or tok.left_edge.i != 0:
        return False
    end = tok.right_edge.i
    comma = end if tok.doc[end].text == "," else end + 1
    return comma < len(tok.doc) and tok.doc[comma].text == "," and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > comma for c in tok.head.children)


def clause_person(p, tok):
    """The person argument that is the subject of the verb a word's phrase hangs on (the
    verb's own subject, named before the word), or None."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head   # "Emma Stone, who picked up her sixth nomination": Stone
    if subj is None or subj.i >= tok.i:
        return None
    a = p.arg_at(subj.i)
    return a if a is not None and a.kind == "person" else None


def leading_label_end(doc) -> int:
    """Where a sentence's leading label ends: the index of a colon or dash after a few words
    with no verb among them ("10:05 p.m. ET: X wins ..."); 0 when it has none."""
    for t in doc[:8]:
        if t.text in (":", "\u2014", "\u2013", "-") and t.i > 0:
            return t.i
        if t.pos_ in ("VERB", "AUX"):
            return 0
    return 0


def set_off_after(tok):
    """The word a past participle is set off after by a comma, when the parser hung the
    participle on the verb before it as an adverbial clause with no subject of its own ("...
    their fixer Toros, played by X", "She recalls Tangerine, shot on an iPhone, ..."): what
    the participle is said of; else None."""
    doc = tok.doc
    if tok.dep_ not in ("advcl", "conj") or tok.tag_ not in ("VBD", "VBN") \
            or tok.head.i > tok.i or tok.i < 2 or doc[tok.i - 1].text != "," \
            or any(c.dep_ in SUBJ_DEPS + ("expl",) for c in tok.children):
        return None
    j = tok.i - 2
    if doc[j].text == ")":   # "Tangerine (2015), shot on an iPhone": the bracket is the name's
        while j > 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    if j < 0:
        return None
    if tok.dep_ == "conj" and (doc[j].pos_ != "PROPN" or any(
            c.dep_ in ("dobj", "obj", "cc") for c in tok.children)):
        # "... directed A and B (2015), shot on an iPhone": the parser may join the participle
        # to the verb before as a second verb; with no object of its own and a name right
        # before its comma, it is said of that name (not "X directed A, produced B")
        return None
    return doc[j]


def _set_off_participle(tok) -> bool:
    """A participle with a "by" agent set off after a noun (`set_off_after`)."""
    before = set_off_after(tok)
    return before is not None and before.pos_ in ("PROPN", "NOUN") \
        and any(c.dep_ == "agent" for c in tok.children)


def _cleft_focus(tok):
    """The focus of a cleft ("it was X that won"): the attribute of an "it ... be" that the
    clause with the relative pronoun hangs on, or None."""
    head = tok.head
    if tok.dep_ not in ("ccomp", "relcl", "advcl") or head.lemma_ != "be" or head.i == tok.i:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "attr" and c.i < tok.i), None)


def _parens(doc) -> list[int]:
    """The positions of a Doc's brackets, found once per Doc (kept in its user_data)."""
    got = doc.user_data.get("reelcheck.parens")
    if got is None:
        got = doc.user_data["reelcheck.parens"] = [t.i for t in doc if t.text in ("(", ")")]
    return got


def _paren_name(tok):
    """'(Madison, also nominated for Best Actress)': a participle with no subject of its own
    inside a parenthesis that opens with a name and a comma is said of that name, wherever the
    parser hung it (a subject it has inside the parenthesis is its own)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    doc = tok.doc
    marks = _parens(doc)   # the nearest bracket before the word and after it
    at = bisect_left(marks, tok.i)
    i = marks[at - 1] if at else -1
    at = bisect_right(marks, tok.i)
    k = marks[at] if at < len(marks) else len(doc)
    if i < 0 or doc[i].text != "(" or k >= len(doc) or doc[k].text != ")" or i + 2 >= tok.i:
        return None
    if any(c.dep_ in SUBJ_DEPS and i < c.i < k for c in tok.children):
        return None
    j = i + 1
    while j < tok.i and doc[j].pos_ == "PROPN":
        j += 1
    if j == i + 1 or doc[j].text != "," or j >= tok.i:
        return None
    return doc[j - 1]


def conjuncts(tok) -> list:
    """tok and the nouns coordinated with it ("Picture, Director and Editing"). A noun right
    before a coordinated verb is that verb's subject, misattached ("went to A and B lost")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop(0)
        out.append(t)
        stack += [c for c in t.children if c.dep_ == "conj" and not _starts_clause(c)]
    return out


def hyphen_word(tok) -> str:
    """The whole word, lowercased, that hyphens written without spaces join a token into
    ("father-in-law", "half-brother", "ex-wife"): the parser splits it, and its head noun alone
    ("father") says another thing."""
    doc, lo, hi = tok.doc, tok.i, tok.i
    while lo >= 2 and doc[lo - 1].text in ("-", "\u2011") and not doc[lo - 1].whitespace_ \
            and not doc[lo - 2].whitespace_:
        lo -= 2
    while hi + 2 < len(doc) and doc[hi + 1].text in ("-", "\u2011") and not doc[hi].whitespace_ \
            and not doc[hi + 1].whitespace_ and doc[hi + 2].is_alpha:
        hi += 2
    return "".join(t.text_with_ws for t in doc[lo:hi + 1]).strip().lower()


def first_conjunct(tok):
    """The first of the coordinated words `tok` is one of: the one whose attachment they
    share ("with editor Jane Roe and composer John Doe": Roe)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _starts_clause(t) -> bool:
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is not None and nxt.pos_ in ("VERB", "AUX") and (
        nxt.dep_ == "conj" or nxt.dep_ == "advcl" and nxt.tag_ in ("VBD", "VBZ", "VBP")) \
        and not any(c.dep_ in SUBJ_DEPS for c in nxt.children)


def _passive(tok) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "with" and tok.tag_ in ("VBN", "VBD"):
        return True  # "with Jane Roe named best actress": an absolute passive
    if _verbless_predicate(tok):
        return False
    if _headline_passive(tok):
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBD" and any(c.dep_ == "agent" for c in tok.children):
        return True   # "Oscars won by Anora": a participle the tagger took for a past verb
    if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.i < tok.i and tok.i >= 2 and \
            tok.doc[tok.i - 1].text == "," and tok.head.pos_ in ("PROPN", "NOUN") and \
            not any(c.dep_ in SUBJ_DEPS + OBJ_DEPS for c in tok.children):
        return True   # "Demi Moore, overlooked at the BAFTAs, ...": the same, set off after
        # the name it is said of, with no subject or object of its own
    return tok.tag_ == "VBN" and (tok.dep_ in ("acl", "relcl", "advcl", "pcomp")
                                  or _fronted_participle(tok)) and not any(
        c.dep_ in ("aux",) for c in tok.children)


def _headline_passive(tok) -> bool:
    """A headline's passive with its "was" left out ("Jane Roe named best actress", "X Crowned
    Best Actress"): the root participle of a verb the lexicon reads in the passive ("be
    named"), with a name for its subject and, for its one object, a common noun -- the title
    given. Said actively the verb names someone and then the title ("Critics named Anora best
    picture"): a name or pronoun as its object, or two objects, is the active verb."""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass", "oprd", "dative", "ccomp", "xcomp") for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if len(subj) != 1 or subj[0].pos_ != "PROPN" or len(objs) != 1 or not (
            objs[0].pos_ == "NOUN" or _title_cased_category(objs[0])):
        return False
    # the passive reading puts the subject where the active verb puts its object (the one
    # named), and the lone object in a role of its own (the title): "be named" / "name"; not
    # "won" ("was won by": no object) nor "awarded" (the active verb's object is the prize)
    lex = lexicon()
    active = {c.relation.role("dobj") for c in lex.verb_cues(tok.lemma_.lower())
              if not c.passive and len(c.words) == 1}
    return any(c.passive and len(c.words) == 1 and c.relation.role("dobj")
               and c.relation.role("nsubjpass") in active for c in lex.verb_cues(tok.lower_))


def _title_cased_category(tok) -> bool:
    """Whether a proper-noun object is a category title in a Title Case headline ("Anora
    Crowned Best Picture"): a category head opened by "best" (or its spun form), no name."""
    cats = lexicon().categories
    words = list(tok.doc[tok.left_edge.i:tok.i])
    return tok.lower_ in set(cats.get("heads", ())) and bool(words) and \
        words[0].lower_ in set(cats.get("spun_openers", ())) and all(
            c.lower_ in set(cats.get("modifiers", ())) for c in words)


def _verbless_predicate(tok) -> bool:
    """A participle the parser hung on a name that it made the root of a sentence with no
    finite verb, set off after the name's own phrase ("Jane Roe, nominated for X, lost to Y."):
    the sentence's predicate, active, said of that name."""
    head = tok.head
    return tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT" \
        and head.pos_ in ("PROPN", "NOUN") and tok.i > head.i + 1 \
        and tok.doc[tok.i - 1].text == "," and not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != tok.i for t in tok.doc) \
        and any(c.dep_ == "acl" and head.i < c.i < tok.i for c in head.children)


def _match_cue(tok) -> Optional[Cue]:
    lex = lexicon()
    cues = lex.verb_cues(tok.lemma_.lower()) + [
        c for c in lex.verb_cues(tok.lower_) if tok.lower_ != tok.lemma_.lower()]
    if not cues:
        return None
    # longest cue first, and a passive cue ("be awarded") before an active one ("award")
    cues = sorted(cues, key=lambda c: (-len(c.words), not c.passive))
    right = [c.lower_ for c in tok.children if c.i > tok.i and c.dep_ in (
        "prt", "prep", "agent", "dative", "advmod", "dobj", "npadvmod", "acomp", "attr")
        and not _clause_prep(c)]
    # "stars Jane Roe as Ani": the parser may hang the cue's preposition on its object
    right += [g.lower_ for c in tok.children if c.dep_ in ("dobj", "npadvmod") and c.i > tok.i
              for g in c.children if g.dep_ == "prep"]   # ("split two ways, between ...")
    # a cue's noun after its preposition ("is brought to life by"): the preposition's object
    right += [g.lower_ for c in tok.children if c.dep_ in ("prep", "dative") and c.i > tok.i
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    # a hyphenated predicate adjective ("went home empty-handed") is one word of a cue
    # (its words up to the adjective: a phrase hung on it after is not of the word, "went home
    # empty-handed at the Golden Globes")
    right += ["".join(x.text for x in tok.doc[c.left_edge.i:c.i + 1]).lower()
              for c in tok.children
              if c.i > tok.i and c.dep_ in ("advcl", "oprd", "acomp") and c.pos_ == "ADJ"]
    if tok.lemma_ == "be":  # copular cues ("is up for", "was in the running for"): the words
        right = [t.lower_ for t in tok.subtree if t.i > tok.i][:6]  # right after the verb
    passive = _passive(tok)
    # "took on editing duties", "took over as director": a particle that makes the verb
    # another one (`other_phrasal_verbs`) reads no cue that does not name it
    prts = {c.lower_ for c in tok.children if c.dep_ == "prt"} & set(
        (lex.qualifiers.get("other_phrasal_verbs") or {}).get(tok.lemma_.lower()) or ())
    for cue in cues:
        if cue.passive and not passive:
            continue
        rest = list(cue.words[1:])
        if all(w in right for w in rest) and not prts - set(rest):
            return cue
    return None


def _object_kind_cue(p: Parsed, tok) -> Optional[Cue]:
    """The cue a verb's direct object makes of it when the object is an argument of the kind
    the lexicon's `object_kind_cues` names for the verb ("Anora played Telluride": a
    festival, so a screening there, not a part played; "voters nominated Borisov": a nominee,
    so the subject is the giver, not one nominated): the named relation, the object in the
    named role (and the subject in the `subject` role, if one is named). None for any other
    verb or object."""
    q = lexicon().qualifiers
    spec = (q.get("object_kind_cues") or {}).get(tok.lemma_.lower())
    if not spec:
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    arg = p.arg_at(obj.i) if obj is not None else None
    kinds = spec["kind"] if isinstance(spec["kind"], list) else [spec["kind"]]
    if arg is None or arg.kind not in kinds and arg.text.lower() not in set(
            q.get(spec.get("names") or "", ())):
        return None
    rel = next((c.relation for cues in lexicon().verbs.values() for c in cues
                if c.relation.name == spec["relation"]), None)
    if rel is None:
        return None
    # ("Academy voters nominated Borisov": with the nominee its object, the subject is the
    # body that gives the prize, in the role `subject` names)
    over = {"dobj": spec["role"], **({"nsubj": spec["subject"]} if spec.get("subject") else {})}
    roles = tuple((k, v) for k, v in rel.roles if k not in over) + tuple(over.items())
    return Cue((tok.lemma_.lower(),), False, Relation(rel.name, rel.family, rel.predicate,
                                                      rel.polarity, roles))


def _unfilled_phrasal(p: Parsed, tok, cue: Cue, frame: Frame) -> Frame:
    """A verb read by a cue with a preposition ("play at" a festival) whose preposition's role
    names nothing the KB knows ("plays Lulu at the club"), where the verb alone is a cue of
    another family ("play" a part): the verb alone is what the clause says."""
    rest = cue.words[1:]
    roles = [cue.relation.role(w) for w in rest]
    if len(cue.words) < 2 or cue.passive or not all(roles) or any(
            x.arg is not None and x.arg.entity for r in roles for x in frame.roles.get(r, ())):
        return frame
    lex = lexicon()
    alone = [c for c in lex.verb_cues(tok.lemma_.lower()) if c.words == cue.words[:1]
             and not c.passive and c.relation.family != cue.relation.family]
    return _verb_frame(p, tok, alone[0]) if alone else frame


def _clause_prep(c) -> bool:
    """A preposition that opens a clause, not a noun phrase ("came away empty-handed, with Demi
    Moore beating her"): no cue's preposition ("come away with" a prize)."""
    return c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")
                                    for g in c.children) \
        and not any(g.dep_ == "pobj" for g in c.children)


def _more_subjects(subj) -> list:
    """"A (X), B (Y) and C were nominated": the other subjects of a list the parser split into
    several subjects of one verb."""
    if subj.dep_ not in SUBJ_DEPS or subj.head.i == subj.i:
        return []
    return [c for c in subj.head.children if c.dep_ == subj.dep_ and c.i != subj.i]


def _apposed(tok):
    """The apposition a noun is or heads: itself ("..., six wins") or the number it is counted
    out of ("..., one of six wins", the parser's apposition on "one"); None otherwise."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
        tok = tok.head.head
    return tok if tok.dep_ == "appos" else None


def _fillers(p: Parsed, tok) -> list[Filler]:
    if tok.lower_ in RELATIVE and tok.dep_ in OBJ_DEPS and tok.head.dep_ == "relcl":
        tok = tok.head.head   # "the Oscar, which Demi Moore won": what "which" stands for
        tok = _pool_of_one(tok) or tok   # ... "one of six Oscars that Anora won": the pool
    tok = _relative_antecedent(p, tok)
    out = [_bracket_owner(p, t) or Filler(t.i, p.arg_at(t.i))
           for w in _through_light(p, tok)
           for t in conjuncts(w) + _stray_conjuncts(p, w) + _inner_conjuncts(p, w)
           + _listed_appositions(p, w)]
    return _split_name_list(p, tok) + out


def _relative_antecedent(p: Parsed, tok):
    """'Wicked, for which X won Best Y', 'Madison, whose win for Anora ...': a relative pronoun
    a preposition takes ("for which", "for whom"), or the owner "whose", stands for the name
    its clause describes, wherever the parser hung it inside that clause (on the verb or on
    its object). Only a name the KB links: 'the film for which ...' keeps the pronoun, a work
    the sentence does not name."""
    if not (tok.lower_ in ("which", "whom") and tok.dep_ == "pobj" and tok.head.dep_ == "prep"
            or tok.tag_ == "WP$" and tok.dep_ == "poss"):
        return tok
    x = relative_clause_of(tok.head)
    if x is None or not x.head.i < tok.i < x.i:
        return tok   # the pronoun must open the clause, right after the name it stands for
    a = p.arg_at(x.head.i)
    return x.head if a is not None and a.entity else tok


def relative_clause_of(tok):
    """The relative clause's verb `tok` is in (itself or its nearest `relcl` ancestor), whose
    head is the noun the clause describes; None when it is in none."""
    t = tok
    while t.dep_ != "relcl" and t.head.i != t.i:
        t = t.head
    return t if t.dep_ == "relcl" else None


def _listed_appositions(p: Parsed, head) -> list:
    """'won the PGA, the Golden Globe and the WGA': a list of shows or prizes the parser set in
    apposition to its first name, the rest coordinated under the second: the names of that
    list (with their conjuncts). Only where the apposed name takes a conjunct of its own and
    both it and `head` name shows or prizes the KB links, different ones: one show does not
    describe another."""
    kinds = ("award", "ceremony", "festival")
    a = p.arg_at(head.i)
    if a is None or not a.entity or a.kind not in kinds:
        return []
    return [t for c in head.children if c.dep_ == "appos" and c.i > head.i
            and any(x.dep_ == "conj" for x in c.children)
            and (b := p.arg_at(c.i)) is not None and b.entity and b.kind in kinds
            and b.entity != a.entity and b.head == c.i for t in conjuncts(c)]


def _inner_conjuncts(p: Parsed, head) -> list:
    """'The Tree of Life and Elvis won': a name after "and" that the parser made a conjunct of
    a word inside the name before it (a title's "of" phrase) rather than of its head, or
    attached elsewhere altogether ('Elephant and Once Upon a Time in Hollywood are winners',
    the second title parsed as a phrase of the verb): the name's conjunct (with its own). Only
    a name the KB links, of the first one's kind. A prize's name holds a category ('won the
    Oscar for Best Original Screenplay and the Golden Globe': the show a conjunct of
    "Screenplay"): a second prize named as a show is the first one's conjunct too."""
    a = p.arg_at(head.i)
    if a is None or not a.entity or a.kind not in ("person", "film", "work", "award"):
        return []
    return [t for x in p.doc[a.first:a.last] if x.i != head.i for c in x.children
            if c.dep_ == "conj" and c.i >= a.last and (b := p.arg_at(c.i)) is not None
            and b.entity and b.kind == a.kind and b.head == c.i
            # (a prize: a show named as a whole only; one with a category of its own is
            # another clause's, "not only the BAFTA for X but also the Oscar for Y")
            and (a.kind != "award" or " for " not in f" {b.text} ") for t in conjuncts(c)]


def _stray_conjuncts(p: Parsed, obj) -> list:
    """'include A (X) and B (Y)': a name after the "and" an object holds that the parser made a
    conjunct of the verb instead: the object's conjunct (with its own)."""
    if obj.dep_ not in OBJ_DEPS:
        return []
    ands = [x.i for x in obj.children if x.dep_ == "cc" and x.i > obj.i]
    return [t for c in obj.head.children if c.dep_ == "conj" and c.pos_ == "PROPN"
            and any(a < c.i for a in ands) and getattr(p.arg_at(c.i), "kind", None) in (
                "person", "film", "work") for t in conjuncts(c)]


def _bracket_owner(p: Parsed, t) -> Optional[Filler]:
    """'include Bong Joon-ho (Parasite) and Chloé Zhao (Nomadland)': a title in brackets right
    after a person's name, that the parser made the head the name hangs on, stands in the list
    for that name (the bracket is the name's aside); None for any other token."""
    a = p.arg_at(t.i)
    if a is None or a.kind not in ("film", "work") or a.first < 2 or \
            p.doc[a.first - 1].text != "(":
        return None
    b = p.arg_at(a.first - 2)
    if b is None or b.kind != "person" or p.doc[b.head].head.i != t.i:
        return None
    return Filler(b.head, b)


def _split_name_list(p: Parsed, tok) -> list[Filler]:
    """'A and Da'Vine Joy Randolph won': a name the parser split apart, one of its words made
    a conjunct of the name before it and another the head of the role, keeps that list: the
    names before it, of its own kind, fill the role too."""
    a = p.arg_at(tok.i)
    if a is None or a.last - a.first < 2:
        return []
    first = next((t for t in p.doc[a.first:a.last] if t.dep_ == "conj" and t.head.i < a.first),
                 None)
    if first is None:
        return []
    out = []
    for t in conjuncts(first.head.head if first.head.dep_ == "conj" else first.head):
        b = p.arg_at(t.i)
        if t.i < a.first and b is not None and b.kind == a.kind and b.head == t.i \
                and b is not a and not any(x.arg is b for x in out):
            out.append(Filler(t.i, b))
    return out


def titled(p: Parsed, tok):
    """The title a common noun stands beside ("the 1954 film The Country Girl"): a film or work
    in apposition to it, or one that follows it at once; else None."""
    if tok.lemma_.lower() not in lexicon().qualifiers.get("title_nouns", ()):
        return None
    cands = [c for c in tok.children if c.dep_ == "appos"]
    if tok.i + 1 < len(p.doc):
        cands.append(p.doc[tok.i + 1])
    for c in cands:
        a = p.arg_at(c.i)
        if a is not None and a.kind in ("film", "work") and a.first <= c.i \
                and not _semicolon_between(p.doc, tok.i, c.i):
            return p.doc[a.head]
    return None


def _semicolon_between(doc, i: int, j: int) -> bool:
    """Whether a semicolon stands between two tokens: it ends a clause, so no apposition (nor
    a noun and the title it stands beside) reaches across it."""
    lo, hi = min(i, j), max(i, j)
    return any(t.text == ";" for t in doc[lo:hi])


def work_year(p: Parsed, a) -> bool:
    """A date that modifies a work rather than dating the event: "the 1954 film", "Sunrise
    (1927)", "her 2019 debut", "2019's Parasite"."""
    t = p.doc[a.head]
    doc = p.doc
    if 1 < a.first and a.last < len(doc) and a.last - a.first == 1 and \
            doc[a.first - 1].text == "(" and doc[a.last].text == ")" and \
            (named := p.arg_at(a.first - 2)) is not None and named.kind in ("film", "work") \
            and named.last == a.first - 1:
        return True   # "Anatomy of a Fall (2023)", whatever the parser hangs the year on
    if t.dep_ not in ("nummod", "amod", "compound", "appos", "npadvmod", "nmod", "poss"):
        return False
    h = t.head
    owner = p.arg_at(h.i)
    return (h.lemma_.lower() in lexicon().qualifiers.get("title_nouns", ())
            or (owner is not None and owner.kind in ("film", "work")))


def participle_year(p: Parsed, a) -> bool:
    """A date joined by a hyphen to a participle that modifies a noun ("the 1999-born
    actress", "a 2019-released drama"): it dates the participle's event, not the clause's."""
    doc = p.doc
    if a.last >= len(doc) - 1 or doc[a.last].text not in ("-", "–"):
        return False
    v = doc[a.last + 1]
    return v.tag_ == "VBN" and v.dep_ in ("amod", "compound") and doc[a.head].head.i in (
        v.i, a.last)


BOUNDS = frozenset({"since", "until", "till", "before", "after", "by"})


def bound_year(p: Parsed, a, cue: Optional[int] = None) -> bool:
    """A date that bounds a span rather than dating the event: "the first since 1956", "by
    2020", "until 1990", or the date of the bound's own object ("the first since The Tree of
    Life in 2011", the parser hanging "in 2011" on the title or on the verb right after the
    bound's phrase). A date on the frame's own cue (`cue`: "after its win on March 2") dates
    that cue's event, whatever bound the cue is in."""
    t = p.doc[a.head]
    if t.dep_ == "pobj" and t.head.lower_ in BOUNDS:
        return True
    if t.dep_ == "pobj" and _after_named_bound(p, t.head):
        return True
    x = t
    while x.dep_ in ("pobj", "prep", "compound", "nummod", "appos") and x.head.i != x.i \
            and x.head.pos_ not in ("VERB", "AUX"):
        x = x.head
        if x.i == cue:
            return False
        if x.dep_ == "prep" and x.lower_ in BOUNDS:
            return True
    if t.dep_ == "pobj" and t.head.dep_ == "prep":
        prep = t.head
        if any(c.dep_ == "prep" and c.lower_ in BOUNDS and c.right_edge.i + 1 == prep.i
               for c in prep.head.children):
            return True
        return _after_named_bound(p, prep)
    return False


def _after_named_bound(p: Parsed, prep) -> bool:
    """Whether a date's preposition directly follows a bound's phrase whose object is a name
    ("the first Palme winner since Parasite in 2019 to win ...", the parser hanging "in 2019"
    on the verb or on "winner"): the date is the named bound's, not the clause's event's. A
    bound that is itself a date ("the first since 2011 in 2024") leaves the date the event's."""
    if prep.dep_ != "prep" or prep.i == 0:
        return False
    before = p.doc[prep.i - 1]
    return any(c.dep_ == "prep" and c.lower_ in BOUNDS and c.right_edge.i + 1 == prep.i
               and any(o.dep_ == "pobj" and not o.like_num and o.ent_type_ not in ("DATE", "TIME")
                       for o in c.children)
               for c in [before, *before.ancestors])


def _through_light(p: Parsed, tok) -> list:
    """A light noun that points at a work stands for it: "for her performance in Anora", "for
    his work on The Living Desert and Bear Country" fill the role with the work(s); so does a
    common noun beside a title ("for the 1999 film Boys Don't Cry")."""
    title = titled(p, tok)
    if title is not None:
        return [title]
    q = lexicon().qualifiers
    # "the main competition of the 77th Cannes Film Festival": a festival's section stands
    # for the festival
    cat_mods = set(lexicon().categories.get("modifiers", ())) - {"film", "feature"}
    for nouns, kinds in ((q.get("work_nouns", {}), ("film", "work")),
                         (q.get("section_nouns", {}), ("festival", "ceremony"))):
        if tok.lemma_.lower() not in nouns:
            continue
        # (a Title-Case category's words may be read as compounds: "Best Adapted Screenplay")
        amods = [c for c in tok.children if c.dep_ == "amod" or c.dep_ == "compound"
                 and c.is_title and c.lower_ in cat_mods]
        if amods and all(c.lower_ in cat_mods for c in amods) and (
                any(c.lower_ in ("best", "finest") for c in amods)
                or any(c.lower_ != "best" for c in amods) and tok.lemma_.lower() in nouns
                and tok.lemma_.lower() in set(lexicon().categories.get("heads", ()))):
            return [tok]   # "won best original score for X", "won adapted screenplay for X"
            # (its "best" on "adapted"): a category, not the work
        preps = set(nouns[tok.lemma_.lower()])
        works = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                 for o in c.children if o.dep_ == "pobj"]
        # (or through its owner: "for Oppenheimer's score", "for Tár's editing")
        works += [c for c in tok.children if c.dep_ == "poss"]
        works = [o for o in works if p.arg_at(o.i) is not None and p.arg_at(o.i).kind in kinds]
        return works or [tok]
    if p.arg_at(tok.i) is None and tok.pos_ == "NOUN":
        # "the film's lead, Mikey Madison, ...", "the lead (Madison, ...)": the name in
        # apposition to a common noun is who it is
        named = [c for c in tok.children if c.dep_ == "appos" and p.arg_at(c.i) is not None
                 and p.arg_at(c.i).kind in ("person", "film", "work")]
        # (or the name set off right after the noun's phrase, which the parser hung in
        # apposition to a noun before it: "..., with X going to its lead, Mikey Madison")
        doc = p.doc
        end = max(x.i for x in tok.subtree)
        after = p.arg_at(end + 2) if end + 2 < len(doc) and doc[end + 1].text == "," else None
        if not named and after is not None and after.first == end + 2 and after.kind in (
                "person", "film", "work") and doc[after.head].dep_ == "appos" \
                and doc[after.head].head.i < tok.i and (
                    after.last >= len(doc) or doc[after.last].is_punct):
            named = [doc[after.head]]
        if named:
            return named[:1]
    return [tok]


def _prep_objects(tok, word: str) -> list:
    out = []
    joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    for c in _prep_heads(tok) + [g for c in _prep_heads(tok) if c.lower_ == "in"
                                 for o in c.children for g in o.children] + joined:
        if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == word and c.head.i == tok.i \
                and any(k.dep_ == "pobj" for k in c.children) and not any(
                    k.dep_ in ("nsubj", "nsubjpass", "dobj") for k in c.children):
            # "won Best Actress for A and then for B": a preposition the parser joins to the
            # verb, whose own verb was left out, is another of the verb's ("for" B too)
            out += [g for g in c.children if g.dep_ == "pobj"]
            continue
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == word:
            # (a clause with its own subject is none: "won five, with Best Actress going to
            # X" tells another win beside this one, no work or prize of its)
            objs = [g for g in c.children if g.dep_ == "pobj" or g.dep_ == "pcomp" and not any(
                k.dep_ in ("nsubj", "nsubjpass") for k in g.children)]
            if not objs:   # "in and around Brooklyn": the object the prepositions share
                objs = [o for k in c.children if k.dep_ == "conj" and k.pos_ == "ADP"
                        for o in k.children if o.dep_ == "pobj"]
            if any(g.dep_ == "neg" for g in c.children):
                # "not to Y but Z", "not to Y but to Z": the denied object is no filler, its
                # correction is
                objs = [k for g in objs for k in g.children if k.dep_ == "conj"] + [
                    o for k in c.children if k.dep_ == "conj" and k.lower_ == word
                    for o in k.children if o.dep_ == "pobj"]
            else:   # "first for A and then for B": the same preposition again, joined to it
                objs += [o for k in c.children if k.dep_ == "conj" and k.lower_ == word
                         for o in k.children if o.dep_ == "pobj"]
            out += objs
    return out


def fell_short(tok) -> bool:
    """Whether an adverb before the verb says its event fell short ("nearly won", "almost
    took": lexicon qualifiers `near_miss_adverbs`)."""
    near = lexicon().qualifiers.get("near_miss_adverbs", ())
    return any(c.dep_ == "advmod" and c.lower_ in near and c.i < tok.i for c in tok.children)


def _foretelling(noun) -> bool:
    """Whether a noun (or the word set beside it: "the odds-on favorite", parsed "odds" with
    "favorite" in apposition) is a prediction's word: one of PREDICTION_NOUNS as a noun or
    adjective, or of IRREALIS ("likely", "sure")."""
    def said(t) -> bool:
        return _irrealis(t) or (t.pos_ in ("NOUN", "PROPN", "ADJ")
                                and t.lemma_.lower() in PREDICTION_NOUNS)
    return said(noun) or any(c.dep_ in ("appos", "compound", "nmod", "amod") and said(c)
                             for c in noun.children)


def _modal(tok, modals: frozenset = MODALS) -> bool:
    t = tok
    for _ in range(4):
        if any((c.dep_ == "aux" and c.lower_ in modals)
               or (c.dep_ == "mark" and c.lower_ in CONDITIONALS) for c in t.children):
            return True
        if t.dep_ == "advcl" and any(
                a.dep_ in ("aux", "auxpass") and a.lower_ in INVERTED_CONDITIONALS
                and any(s.dep_ in ("nsubj", "nsubjpass") and a.i < s.i for s in t.children)
                for a in t.children):
            return True   # "Had Conclave won, ...": a condition, said of what did not happen
        if t.dep_ in ("ccomp", "dep") and t.head.lower_ in INVERTED_CONDITIONALS \
                and t.head.dep_ in ("advcl", "ROOT") and t.head.left_edge.i == t.head.i < t.i \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True   # the same where the parser takes the fronted "Had" for the
            # clause's verb and hangs the verb under it ("Had The Power of the Dog won ...")
        if t.dep_ == "xcomp" and (_irrealis(t.head)
                                  or any(c.lower_ in IRREALIS for c in t.head.children)):
            return True
        if t.dep_ == "ccomp" and _irrealis(t.head) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return True   # "critics expected Roma to win": an infinitive under the verb
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and (
                (t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN", "ADJ")
                 and _foretelling(t.head))
                or (t.dep_ == "advcl" and any(c.dep_ in ("attr", "acomp") and _foretelling(c)
                                              for c in t.head.children))):
            return True   # "the odds-on favorite to win", "was the clear favorite to take":
            # what a prediction noun looks to
        if t.dep_ == "advcl" and t.tag_ == "VB" and t.head.i != t.i and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and \
                _negated(t.head):
            return True   # "she never showed up to collect one": the purpose of what did
            # not happen did not come about either (nor is it denied: she may have won)
        if t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
            t = t.head
            continue
        break
    return False


def _wished(noun, gov) -> bool:
    """Whether a relation noun is what its verb wishes, expects or deserves, not what came
    about ("deserved a Best Director nomination", "hoped for a win", "is tipped for the
    Oscar"): its object, or the object of the verb's preposition, under a verb of IRREALIS."""
    if gov.pos_ not in ("VERB", "AUX", "ADJ") or not _irrealis(gov):
        return False
    return (noun.dep_ in OBJ_DEPS and noun.head.i == gov.i) or (
        noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == gov.i)


def unasserted(tok) -> bool:
    """Whether a verb's clause is a prediction, a wish or a condition ("might win", "hopes to
    win", "if it wins"), not a statement. A narrative "would" ("she would go on to win") tells
    what happened later, and a factive verb under a modal ("viewers may know her as Sofia in
    The Americans"; lexicon `qualifiers.factive_verbs`) presupposes what it says: asserted."""
    if tok.lemma_.lower() in lexicon().qualifiers.get("factive_verbs", ()):
        return False
    if {"would", "have"} <= {c.lower_ for c in tok.children if c.dep_ == "aux"}:
        return True   # "would have won": what did not happen
    return _modal(tok, MODALS - {"would"})


def conditional_outcome(tok) -> bool:
    """Whether a verb's clause is what would follow from a condition of its own ("If it does,
    Baker would become the first ..."): a "would" clause with an "if" clause on it. Told as a
    prediction, it is hedged, not dropped: what it predicts may be checked."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONALS
                                  for m in c.children) for c in tok.children)


def irrealis_at(noun) -> bool:
    """Whether a noun's statement is a prediction or a question: the verb it is the subject or
    object of is modal ("her Oscar would come later"), or the sentence asks."""
    gov = noun.head if noun.dep_ in SUBJ_DEPS + OBJ_DEPS + ("pobj",) else None
    while gov is not None and gov.dep_ == "prep":
        gov = gov.head
    return (gov is not None and gov.pos_ in ("VERB", "AUX") and (
        _modal(gov) or _negated(gov) or _irrealis(gov))) \
        or noun.doc.text.rstrip().endswith("?")


def _denying(tok) -> bool:
    """Whether a verb says its object did not come about ("missed out on a nomination"; the
    lexicon's `denial_verbs`)."""
    return tok.lemma_.lower() in lexicon().qualifiers.get("denial_verbs", ())


def _negated(tok, titles: frozenset = frozenset()) -> bool:
    """Whether the clause of `tok` is denied (a word inside a title, `titles`, denies
    nothing: "No Time to Die was nominated")."""
    if tok.dep_ == "xcomp" and tok.head.i != tok.i and _denying(tok.head) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True   # "failed to land a nomination", "failed to win Best Director"
    if tok.dep_ == "xcomp" and any(c.lower_ == "yet" for c in tok.head.children) and \
            tok.head.lemma_ in ("have", "be"):
        return True   # "has yet to win", "is yet to be nominated": not (so far)
    if any(c.dep_ == "nsubjpass" and any(d.dep_ == "det" and d.lower_ == "no"
                                         and d.i not in titles for x in
                                         [c] + [k for k in c.children if k.dep_ == "compound"]
                                         for d in x.children) for c in tok.children):
        return True   # "No Palme d'Or was handed to Anora in 2023": the passive denied
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ in ("preconj", "det") and d.lower_ == "neither" for d in c.children)
           for c in tok.children):
        return True   # "neither Roma nor The Favourite won": the subjects denied
    if tok.dep_ == "pcomp" and tok.head.lower_ in (
            lexicon().qualifiers.get("zero_count") or {}).get("prepositions", ()):
        return True   # "nominated 11 times without winning any": the verb under the word denied
    return any((c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS))
               and not _contrastive(c) and c.i not in titles for c in tok.children)


def _contrastive(neg) -> bool:
    """", not Z" set off by a comma before a name ("Anora won, not Conclave"; "Anora, not
    Conclave, won"): it contrasts a name, it does not deny the clause."""
    doc = neg.doc
    return neg.i > 0 and doc[neg.i - 1].text == "," and neg.i + 1 < len(doc) and \
        doc[neg.i + 1].pos_ in ("PROPN", "DET", "NOUN")


def _held_record(tok, noun) -> bool:
    """Whether a counted relation noun ("11 wins") is the 'of' / 'for' phrase of a record
    noun its verb makes the subject a holder of (lexicon `record_containers`: "shares the
    record of 11 wins", "tied the mark of 14 nominations"): the subject's own count."""
    rc = lexicon().qualifiers.get("record_containers") or {}
    return noun.lemma_.lower() in rc.get("nouns", ()) and \
        noun.head.lemma_.lower() in rc.get("verbs", ()) and (
            any(c.dep_ == "nummod" and c.like_num for c in tok.children)
            or record_value(tok, noun) is not None)


def record_value(tok, noun):
    """The bare number a record's verb gives as the record ("holds the record for the most
    wins, with 12"): the count of the relation noun `tok` that a superlative ("most") of the
    record noun's phrase left unsaid; None when there is none."""
    most = set(lexicon().section("records").get("most", ()))
    if tok.dep_ != "pobj" or tok.head.head.i != noun.i:
        return None
    # "the most acting wins": the parser may hang "most" on the class word before the noun;
    # "the record for acting wins with four": a record *for* a counted noun is its most
    # (its value must then be said: "with four")
    said_most = any(c.lower_ in most for c in tok.children) or any(
        c.dep_ in ("amod", "compound") and c.i < tok.i and any(
            g.dep_ == "advmod" and g.lower_ in most for g in c.children) for c in tok.children)
    if not said_most and not (tok.head.lower_ == "for" and tok.tag_ in ("NNS", "NNPS")):
        return None
    # "the record for most nominations, 14": a bare number set off after the noun by a
    # comma is the record's value, as "with 14" is
    doc = tok.doc
    # (the parser may hang it on the noun or on the verb)
    bare = next((c for c in [*tok.children, *noun.head.children]
                 if c.dep_ in ("appos", "npadvmod") and c.i == tok.i + 2
                 and doc[tok.i + 1].text == "," and c.pos_ == "NUM" and c.like_num
                 and not list(c.children)), None)
    classes = lexicon().categories.get("classes") or {}
    if any(not (c.dep_ in ("det", "punct") or c.lower_ in most or (
            bare is not None and c.i == bare.i) or (
            c.dep_ == "compound" and c.pos_ == "PROPN") or (
            c.dep_ in ("amod", "compound") and c.lower_ in classes and all(
                g.lower_ in most for g in c.children)) or (
            c.dep_ == "prep" and c.lower_ == "with" and [o.pos_ for o in c.children] == ["NUM"]
            and not any(list(o.children) for o in c.children))) for c in tok.children):
        return None   # "the most animated nominations": a part of the prizes the KB cannot
        # single out, not counted here ("the most acting nominations": the class's, counted)
    # (on the record's verb, or on the counted noun itself: "the record for wins with 11";
    # or each holder's, on a list of them set beside the record: "...: A, B and C, each with
    # 11", `record_list`)
    listed = record_list(noun)
    each = [] if listed is None else [e for x in conjuncts(listed) for e in x.children
                                      if e.dep_ == "appos" and e.lower_ == "each"]
    value = next((o for c in [*noun.head.children, *tok.children, *(
        c for e in each for c in e.children)] if c.dep_ == "prep" and c.lower_ == "with"
                  and c.i > noun.i for o in c.children if o.dep_ == "pobj"
                  and o.pos_ == "NUM" and o.like_num and not list(o.children)), bare)
    return value if said_most or value is not None and value.head.lower_ == "with" else None


def record_list(noun):
    """The first of the names listed after a colon beside a record noun ("Three films share
    the record for most Oscars: A, B and C, each with 11"; the parser sets the list in
    apposition to the noun) when a distributive "each" closes the list: the record's holders,
    each with the record's value. None otherwise."""
    for c in noun.children:
        if c.dep_ == "appos" and c.i > noun.i and c.left_edge.i > 0 and \
                c.doc[c.left_edge.i - 1].text == ":" and any(
                    e.dep_ == "appos" and e.lower_ == "each" for x in conjuncts(c)
                    for e in x.children):   # (the parser may hang it on the last name)
            return c
    return None


def _held_record_prizes(tok) -> bool:
    """"Titanic tied Ben-Hur's record of 11 Oscars": a counted prize noun (`held_with` nouns)
    in the 'of' / 'for' phrase of a record noun its verb makes the subject a holder of
    (`_held_record`) counts the subject's wins, as "the record of 11 wins" does. Only a bare
    record: a phrase narrowing it ("in one night", "for a director") is another record's, and a
    possessor or adjective on the prize ("acting Oscars") names a part of the prizes."""
    hw = lexicon().qualifiers.get("held_with") or {}
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "for") or not (
            {tok.lemma_.lower(), tok.lower_.rstrip("s")} & set(hw.get("nouns", ()))):
        return False
    noun = tok.head.head
    if not _held_record(tok, noun) or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    value = record_value(tok, noun)   # ("the record for Oscars, with 22": its value)
    most = set(lexicon().section("records").get("most", ()))
    if any(c.dep_ not in ("nummod", "punct") and not (value is not None and (
            value.head.i == c.i or c.dep_ == "det" or c.lower_ in most)) for c in tok.children):
        return False
    return not any(c.dep_ in ("prep", "relcl", "acl", "npadvmod") and c.i != tok.head.i
                   and not (value is not None and value.head.i == c.i)
                   for x in (noun, noun.head) for c in x.children)


def _held_with(p: Parsed, tok) -> bool:
    """"The Brutalist finished with three Oscars": a prize noun with a number, under a holding
    preposition (lexicon `held_with`) of a verb whose subject is a film or person, and not
    "for" anyone ("the night began with two awards for Anora": part of a night, not a tally)."""
    hw = lexicon().qualifiers.get("held_with") or {}
    if tok.dep_ in ("appos", "ROOT") and {tok.lemma_.lower(), tok.lower_.rstrip("s")} & set(
            hw.get("nouns", ())) and not any(c.dep_ == "prep" and c.lower_ == "for"
                                             for c in tok.children) \
            and _row_label(p, tok) is not None:
        return True   # "Anora: five Oscars from six nominations": the row's label holds them
    if tok.dep_ != "pobj" or tok.head.lower_ not in hw.get("prepositions", ()):
        return False
    if not {tok.lemma_.lower(), tok.lower_.rstrip("s")} & set(hw.get("nouns", ())):
        return False
    if not any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    if tok.head.head.pos_ not in ("VERB", "AUX"):
        # "Sean Baker, with four Oscars, ...": the phrase hung on the name that holds them
        return _tally_holder(p, tok) is not None
    subj = subject_token(tok.head.head)
    a = p.arg_at(subj.i) if subj is not None else None
    return a is not None and a.kind in ("film", "person") and \
        not _tally_of_another(p, tok, tok.head.head, subj)


def summed_by(tok):
    """The noun that only sums `tok` (lexicon `count_containers`) when `tok` is set before it
    ("its five-Oscar haul": haul), else `tok` itself."""
    head = tok.head
    if tok.dep_ == "compound" and head.i > tok.i and head.lemma_.lower() in lexicon(
            ).qualifiers.get("count_containers", ()):
        return head
    return tok


def _counted_in_owned_container(p: Parsed, tok) -> bool:
    """"Baker's four-Oscar haul", "The Brutalist's three-Oscar tally": a prize noun (lexicon
    `held_with` nouns) with a number, set before a noun that only sums it (`count_containers`)
    whose owner is a film or person, states that many wins of the owner's, read as the
    relation noun `held_with.as` is (its frame takes the container's owner and verb)."""
    hw = lexicon().qualifiers.get("held_with") or {}
    head = tok.head
    if tok.dep_ != "compound" or head.i <= tok.i or head.lemma_.lower() not in lexicon(
            ).qualifiers.get("count_containers", ()):
        return False
    if not {tok.lemma_.lower(), tok.lower_.rstrip("s")} & set(hw.get("nouns", ())) or not any(
            c.dep_ == "nummod" and c.pos_ == "NUM" for c in tok.children):
        return False
    return any(c.dep_ == "poss" and getattr(p.arg_at(c.i), "kind", None) in ("film", "person")
               for c in head.children)


def build_frames(p: Parsed) -> list[Frame]:
    """Every frame the lexicon's cues start in one parsed sentence."""
    lex = lexicon()
    doc = p.doc
    frames: list[Frame] = []
    nouns_taken: set[int] = set()
    held: set[int] = set()   # prize nouns read as a relation noun only under "with"
    # relation nouns first: a light verb that takes one yields to it
    for tok in doc:
        # a gerund the tagger took for a verb, subject of a light verb ("Filming on Anora
        # took place in ..."): the relation noun it is
        gerund = tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "csubj") and _light(tok.head)
        # ("Anora's four-Oscar tally": the tagger may take the hyphened prize for an adjective)
        if tok.pos_ not in ("NOUN", "PROPN") and not gerund and not (
                tok.pos_ == "ADJ" and _counted_in_owned_container(p, tok)) \
                or p.arg_at(tok.i) is not None \
                and p.arg_at(tok.i).kind in ("film", "person", "work", "character"):
            continue
        rel = (lex.noun(tok.lower_) if gerund else None) or lex.noun(tok.lemma_.lower()) \
            or lex.noun(tok.lower_)
        if rel is None and (_held_with(p, tok) or _held_record_prizes(tok)
                            or _counted_in_owned_container(p, tok)):
            rel = lex.noun(lex.qualifiers["held_with"].get("as", ""))
            held.add(tok.i)
        if rel is None:
            continue
        frames.append(_noun_frame(p, tok, rel))
        nouns_taken.add(tok.i)
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") and not _hyphen_participle(tok):
            continue
        cue = _object_kind_cue(p, tok) or _match_cue(tok)
        if cue is None:
            said = _pro_verb_frame(p, tok, frames) or _tally_frame(p, tok)
            if said is not None:
                frames.append(said)
            continue
        if _light(tok) and (len(cue.words) < 2 or any(
                c.i in nouns_taken for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))):
            continue   # "filming took place in ...": the noun's frame; "Anora takes place
            # in ...", a cue of its own ("take place"), states the relation
        objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "obj")]
        if objs and objs[0].i in nouns_taken:   # its (first) object is the relation noun
            continue  # "earned six nominations": the noun states the relation
        if any(o.i in nouns_taken - held for c in tok.children if c.dep_ == "prep"
               and cue.relation.role(c.lower_) == "award"
               for o in c.children if o.dep_ == "pobj"):
            continue  # "was rewarded with a nomination", "came away with a win": the prize
            # its preposition takes is the relation noun, which states the relation
        if len(objs) > 1 and objs[-1].i in nouns_taken and _recipient(p, objs[0]):
            continue  # "earned Scorsese his tenth nomination": two objects, the first the
            # one it went to, the second the relation noun that states it
        frame = _verb_frame(p, tok, cue)
        frame = _unfilled_phrasal(p, tok, cue, frame)
        _occasion(p, tok, frame)
        asides = _ordinal_asides(p, tok, frame)
        frames.append(frame)
        frames += asides
        frames += _gapped(p, tok, frame)
    frames += _bracketed_prizes(p)
    frames.sort(key=lambda f: f.cue)   # reading order: a clause before the nouns after it
    if p.answer is not None:
        return _answered(p, frames)
    return frames


def _pro_verb_frame(p: Parsed, tok, frames: list[Frame]) -> Optional[Frame]:
    """A verb that stands for the deed of the clause before it ("Stone won Best Actress for La
    La Land and did the same for Poor Things", "Parasite won Best Picture, and so did
    Nomadland in 2021"; lexicon `qualifiers.pro_verbs`): a frame of the last verb cue before
    it, with its own subject, work and time, and the roles of that cue's frame it does not
    restate among `carried` (the prize). None for any other verb, or when no such cue comes
    before it, or that cue is denied or not told as fact."""
    conf = lexicon().qualifiers.get("pro_verbs") or {}
    words = set((conf.get("words") or {}).get(tok.lemma_.lower()) or ())
    if not words:
        return None   # (no pro-verb: its subtree holds no mark of one)
    marks = [m for m in tok.subtree if m.lower_ in words and _pro_word_of(m, tok)]
    if not marks or tok.dep_ in ("aux", "auxpass"):
        return None
    before = [f for f in frames if f.cue < tok.i and not f.noun_cue and not f.layout
              and f.family in set(conf.get("families") or ()) and not f.record]
    if not before or before[-1].negated or before[-1].irrealis:
        return None
    first = before[-1]
    rel = first.relation
    frame = _verb_frame(p, tok, Cue((tok.lemma_.lower(),), False, rel))
    # the pro-word's phrase ("the same", "it", "suit") fills no role, but a preposition the
    # parser hung inside it is the verb's ("did the same the following year for X")
    pro = [m for m in marks] + [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PRON"]
    inside = {t.i for m in pro for t in m.subtree}
    for role in list(frame.roles):
        frame.roles[role] = [x for x in frame.roles[role] if x.token not in inside]
    subject_roles = {rel.role("nsubj"), rel.role("nsubjpass")} - {None}
    if tok.dep_ == "conj" and tok.head.i in p.titles and not any(
            c.dep_ in SUBJ_DEPS for c in tok.children):
        # "won for The Wind That Shakes the Barley and did it again": a verb the parser joined
        # to a word of a title is said of the first clause's subject
        for role in subject_roles:
            frame.roles.pop(role, None)
            if first.roles.get(role):
                frame.roles[role] = list(first.roles[role])
    _mirror_dative(p, first, frame)
    # a subject set after the verb ("so did X in 2021", "as did X for Y") may take the
    # verb's phrases with it
    pro += [c for c in tok.children if c.dep_ in SUBJ_DEPS and c.i > tok.i]
    for m in pro:
        for prep in (t for t in m.subtree if t.dep_ == "prep" and rel.role(t.lower_)):
            for o in prep.children:
                if o.dep_ == "pobj":
                    frame.roles.setdefault(rel.role(prep.lower_), []).extend(_fillers(p, o))
    # a clause that restates nothing but its subject ("and Y did the same") leaves its film
    # and night unsaid: no frame (the first clause's would be a guess), unless it is a bare
    # repeat of a clause that says no more than its prize (`_bare_repeat`)
    bare = False
    if not any(xs for r, xs in frame.roles.items() if r not in subject_roles) and not \
            frame.args_in_clause(*DATEISH):
        if not _bare_repeat(first, frame, marks, subject_roles, conf):
            return None
        bare = True
    for role in conf.get("carried") or ():
        # a category the clause names under another role ("as did X for Best Director") is
        # the prize it restates
        named = [x for r, xs in frame.roles.items() if r != role for x in xs
                 if (x.arg is None or x.arg.entity is None) and _names_a_category(
                     p.doc[p.doc[x.token].left_edge.i:x.token + 1].text)]
        for r in list(frame.roles):
            frame.roles[r] = [x for x in frame.roles[r] if x not in named]
        frame.roles.setdefault(role, []).extend(named)
        # (a date or a film the relation hangs on the same preposition is no prize: neither
        # restated nor carried)
        def prize(x) -> bool:
            return x.arg is None or x.arg.kind not in DATEISH | {"film", "work", "person"}
        if not any(prize(x) for x in frame.roles[role]):
            frame.roles[role] += [x for x in first.roles.get(role, []) if prize(x)]
            # a bare repeat states the whole deed of the clause before: the prize is its own
            frame.carried = not bare
    for role in list(frame.roles):
        if not frame.roles[role]:
            del frame.roles[role]
    return frame


def _bare_repeat(first: Frame, frame: Frame, marks, subject_roles, conf) -> bool:
    """"Green Book won Best Picture, as did Roma", "..., and so did Parasite", "Roma did
    too": a pro-verb whose only mark is a word of bare repetition (lexicon
    `qualifiers.pro_verbs.repeat`, not "the same", which may be a like deed) and whose clause
    restates only its subject, after a clause that states no more than its subject and its
    prize (no film, person, count, night or year): the elided deed is that whole clause, so
    the second subject's claim is the prize's own, which the KB may refute."""
    repeat = set(conf.get("repeat") or ())
    if not marks or any(m.lower_ not in repeat for m in marks):
        return False
    if not any(frame.roles.get(r) for r in subject_roles):
        return False
    carried = set(conf.get("carried") or ())
    said = {r for r, xs in first.roles.items() if xs}
    if not said & carried or said - carried - subject_roles:
        return False
    if any(t.like_num or t.pos_ == "NUM" for t in first.tokens()):
        return False   # "won four Oscars, as did Titanic": a count the repeat would not judge
    return not first.args_in_clause(*DATEISH)


def _mirror_dative(p: Parsed, first: Frame, frame: Frame) -> None:
    """"Anora earned Mikey Madison the Oscar, and The Brutalist did the same for Adrien
    Brody": when the clause before said its prize's winner as the receiver (a dative) and its
    subject as the work that brought it (`_dative_subject`), the pro-verb's subject is the
    work too, and the person its "for" names the winner."""
    rel = first.relation
    who, work = rel.role("dative"), rel.role("for")
    if not who or who != rel.role("nsubj") or not work:
        return
    subj = subject_token(p.doc[first.cue])
    if subj is None or not any(x.token == subj.i for x in first.roles.get(work, ())) \
            or not first.roles.get(who):
        return
    mine = frame.roles.get(who) or []
    people = [x for x in frame.roles.get(work) or [] if x.arg is not None
              and x.arg.kind == "person"]
    if not mine or not people or any(x.arg is None or x.arg.kind not in ("film", "work")
                                     for x in mine):
        return
    frame.roles[work] = [x for x in frame.roles[work] if x not in people] + mine
    frame.roles[who] = people


def tally_pool(tok):
    """The number a tally verb counts out of ("went 11 for 14": the 14), or None."""
    pair = tally_pair(tok)
    return pair[1] if pair else None


def tally_pair(tok):
    """(count, pool) of a tally a verb tells (lexicon `qualifiers.tally`): "went 11 for 14"
    (11 wins out of 14 nominations), the number the verb takes and the object of the
    preposition right after it; written as one hyphenated word ("went 7-for-13"), its parts
    may be joined by hyphens and the tally may modify the verb's object ("had a 7-for-11
    night", "finished its night 7-for-13"). None for any other verb or shape."""
    conf = lexicon().qualifiers.get("tally") or {}
    if tok.lemma_.lower() not in set(conf.get("verbs") or ()):
        return None
    preps = set(conf.get("prepositions") or ())
    doc = tok.doc

    def hyphen(i: int) -> bool:   # a hyphen inside one word, no space either side
        return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i].whitespace_

    objs = [c for c in tok.children if c.dep_ in ("npadvmod", "dobj") and c.i > tok.i]
    nums = [(c, False) for c in objs if c.pos_ == "NUM"] + [
        (x, True) for c in objs if c.pos_ == "NOUN" for x in c.children
        if x.dep_ == "nummod" and x.pos_ == "NUM"]
    for c, on_noun in nums:
        j = c.i + 1 + hyphen(c.i + 1)
        if j >= len(doc) or (on_noun and j == c.i + 1):
            continue   # (a tally set on a noun is the hyphenated word's only)
        pr = doc[j]
        if pr.lower_ not in preps or pr.dep_ != "prep" or pr.head.i not in (tok.i, c.i):
            continue
        pool = [o for o in pr.children if o.dep_ == "pobj" and o.pos_ == "NUM"]
        if not pool and j > c.i + 1 and hyphen(j + 1) and j + 2 < len(doc) \
                and doc[j + 2].like_num:
            pool = [doc[j + 2]]   # "7-for-13" the parser did not join to its preposition
        if pool:
            return c, pool[0]
    return None


def _tally_frame(p: Parsed, tok) -> Optional[Frame]:
    """"Titanic went 11 for 14 at the 1998 ceremony": a verb of no prize that tells a tally
    (lexicon `qualifiers.tally`) makes a frame of the tally's relation said of its subject;
    the reader counts the wins and the nominations (claims/awards/counts.py). None for any
    other verb."""
    if tally_pool(tok) is None:
        return None
    name = (lexicon().qualifiers.get("tally") or {}).get("relation")
    rel = next((c.relation for cues in lexicon().verbs.values() for c in cues
                if c.relation.name == name), None)
    if rel is None:
        return None
    frame = _verb_frame(p, tok, Cue((tok.lemma_.lower(),), False, rel))
    for role in [r for r in frame.roles if r != rel.role("nsubj")]:
        del frame.roles[role]   # its phrases are the tally's and the night's, no prize
    return frame


def _pro_word_of(m, verb) -> bool:
    """Whether a pro-word ("same", "so", "again") belongs to the verb's own phrase: its
    dependent, or inside a phrase of time or object hung on it ("did the same five years
    later"), with no other verb between."""
    t, steps = m, 0
    while t.i != verb.i and steps < 3:
        if t.pos_ in ("VERB", "AUX") or t.dep_ not in (
                "dobj", "advmod", "npadvmod", "mark", "amod", "attr", "oprd"):
            return False
        t, steps = t.head, steps + 1
    return t.i == verb.i and m.i != verb.i


def _bracketed_prizes(p: Parsed) -> list[Frame]:
    """'Parasite (Palme d'Or, 2019) won Best Picture': a bracket set on a name that holds only
    a prize the KB names (and its year) says the name won it, as "(the 2019 Palme d'Or
    winner)" would: a noun-like frame of the win relation whose clause is the bracket, so the
    prize and its year are its own and none of the verb's the name is subject of."""
    doc, out = p.doc, []
    rel = lexicon().noun("winner")
    if rel is None:
        return out
    for tok in doc:
        a = p.arg_at(tok.i)
        if a is None or a.kind != "award" or not a.entity or a.head != tok.i \
                or tok.dep_ != "appos" or tok.head.i > tok.i:
            continue
        host = p.arg_at(tok.head.i)
        opening = tok.left_edge.i - 1
        if host is None or host.kind not in ("film", "person") or opening < 0 \
                or doc[opening].text != "(" or host.last != opening:
            continue
        close = next((t.i for t in doc[tok.i:] if t.text == ")"), None)
        if close is None or close + 1 < len(doc) and doc[close + 1].text == ":" \
                or doc[host.head].dep_ not in SUBJ_DEPS + OBJ_DEPS + ("pobj",):
            continue   # ("* The Piano (Palme 1993): won 3 of 8": a row's label, read as one)
        inside = range(opening + 1, close)
        if not all(doc[i].is_punct or a.first <= i < a.last or (
                (d := p.arg_at(i)) is not None and d.kind == "date") for i in inside):
            continue   # ("(Palme d'Or contender)", "(Palme d'Or, Cannes)"): not a bare win
        f = Frame(rel, tok.i, p, clause=frozenset(range(opening, close + 1)), noun_cue=True)
        f.roles[rel.role("nsubj") or "winner"] = [Filler(host.head, host)]
        f.roles[rel.role("dobj") or "award"] = [Filler(tok.i, a)]
        out.append(f)
    return out


def _occasion(p: Parsed, verb, frame: Frame) -> None:
    """The occasion of the cue's event told outside its clause, which joins the clause: the
    subject of a verb of witnessing whose complement the cue is ("The 86th Academy Awards saw
    X win Best Actor", "2014 saw ..."), or of a time clause on the cue whose verb holds an event
    ("When the 86th Academy Awards were held, X took Best Actor"; the whole time clause, with
    when it was held: "When the Oscars were held in 2014"), when it is an edition or a year
    (its arguments all editions, shows or dates; lexicon qualifiers `occasion_verbs`,
    `occasion_held_verbs`, `occasion_time_words`). A cue told as done before that occasion
    ("had already won a Golden Globe", "had won", `occasion_before_words`) is not of it."""
    q = lexicon().qualifiers
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) or any(
            c.dep_ == "advmod" and c.lower_ in set(q.get("occasion_before_words", ()))
            for c in verb.children):
        return
    subjects = []
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in set(
            q.get("occasion_verbs", ())):
        subjects += [c for c in verb.head.children if c.dep_ == "nsubj"]
    held, when = set(q.get("occasion_held_verbs", ())), set(q.get("occasion_time_words", ()))
    for c in verb.children:
        if c.dep_ == "advcl" and c.i < verb.i and (c.lemma_.lower() in held or (
                c.lemma_.lower() == "take" and any(x.lower_ == "place" for x in c.children))) \
                and any(x.lower_ in when for x in c.children if x.dep_ in ("advmod", "mark")):
            subjects.append(c)
    # a time clause that is the cue's own, told at once with its head's event ("At the 86th
    # Academy Awards, the loudest cheer came when X won ..."): the head's fronted phrases,
    # unless the clause dates itself or its head is a verb of telling or remembering, whose
    # "when" clause is what is told ("people recalled when X won ...": `occasion_not_heads`)
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and any(
            x.lower_ in when for x in verb.children if x.dep_ in ("advmod", "mark")) \
            and verb.head.lemma_.lower() not in set(q.get("occasion_not_heads", ())) \
            and not any((a := p.arg_at(i)) is not None and a.kind in (
                "ceremony", "festival", "date") for i in frame.clause):
        first = min((x.i for x in verb.head.children if x.dep_ in ("nsubj", "nsubjpass")),
                    default=verb.head.i)
        subjects += [c for c in verb.head.children if c.dep_ in ("prep", "npadvmod")
                     and c.i < min(verb.i, first)]
    # a cleft ("At the 86th Academy Awards, it was X who won ..."): the copula's phrases are
    # the clause it sets apart
    # the clause it sets apart; a phrase fronted before its "it" scopes over every clause
    # the copula carries ("..., while Y won B")
    cop = verb.head if verb.dep_ in ("ccomp", "advcl", "conj") else verb.head.head if (
        verb.dep_ == "relcl" and verb.head.dep_ == "attr") else None
    it = next((c for c in cop.children if c.dep_ == "nsubj" and c.lower_ == "it"), None) \
        if cop is not None and cop.lemma_ == "be" else None
    if it is not None:
        subjects += [c for c in cop.children if c.dep_ in ("prep", "npadvmod") and (
            c.i < it.i or verb.dep_ in ("ccomp", "relcl"))]
    # a described edition the clause names, which its relative clause identifies ("at the
    # ceremony, which was the 86th Academy Awards")
    nouns = set(q.get("edition_nouns", ()))
    for c in verb.children:
        if c.dep_ == "prep":
            subjects += [r for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in nouns
                         for r in o.children if r.dep_ == "relcl" and r.lemma_ == "be"]
    for s in subjects:
        toks = frozenset(t.i for t in s.subtree)
        args = {id(a): a for i in toks if (a := p.arg_at(i)) is not None}.values()
        shows = ("ceremony", "festival", "date", "ordinal") + (
            ("award",) if s.dep_ == "advcl" else ())
        if args and all(a.kind in shows for a in args) and any(
                a.kind != "award" for a in args):
            frame.clause = frame.clause | toks


def _answered(p: Parsed, frames: list[Frame]) -> list[Frame]:
    """A question and the fragment that answers it ("Who won four Oscars in one night? Walt
    Disney, in 1954."): the question's frames, with the question word's role filled by the
    answer and the answer's qualifiers in the clause. An answer that is a sentence of its own
    is read on its own; a question the answer does not fill stays a question."""
    doc, at = p.doc, p.answer
    roots = [t for t in doc[at:] if t.head.i == t.i or t.head.i < at]
    if not roots:
        return []
    root = roots[0]
    if root.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJ_DEPS for c in root.children):
        return []
    words = set(lexicon().qualifiers.get("question_words", ()))
    wh = {t.i for t in doc[:at] if t.lower_ in words}
    answer = frozenset(range(at, len(doc)))
    from .parse import polar_answer
    # "Did X win Y? Yes, in 2019." / "No.": the answer asserts or denies the question's clause
    polar = polar_answer(doc[at:].text) if not wh else None
    # ... the clause whose verb the question's opening auxiliary inverts ("Did X win ...?"),
    # not one under it ("Did anyone expect X to win?")
    aux = next((t for t in doc[:at] if not t.is_punct and not t.is_space
                and t.lower_ not in set(lexicon().qualifiers.get("discourse_markers", ()))),
               None) if polar is not None else None
    # ... and one that names several films ("Yes, for A, B and C") lists what the parser
    # rarely hangs together: the question's clause is asserted alone then too
    own = polar is not None and (any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJ_DEPS for c in t.children)
        for t in doc[at:]) or len({a.entity for a in p.args if a.kind == "film" and a.entity
                                   and a.first >= at}) > 1)
    out = []
    for f in frames:
        if f.cue >= at:
            continue
        if polar is not None:
            if f.negated or not any(f.roles.values()) or aux is None                     or aux.dep_ not in ("aux", "auxpass") or aux.head.i != f.cue:
                continue
            f.negated = not polar
            # (the parser may hang the answer on the question's verb: "No" read as its object)
            f.roles = {r: [x for x in fl if x.token < at] for r, fl in f.roles.items()}
            if own:   # "No. It took four Oscars": an answer with a clause of its own says
                # the rest on its own; the question's clause is asserted alone
                f.clause = frozenset(i for i in f.clause if i < at)
                f.irrealis = _modal(doc[f.cue])
                out.append(f)
                continue
        filled = polar is not None
        for role, fl in f.roles.items():
            keep = []
            for x in fl:
                tok = doc[x.token]
                if x.token in wh or any(c.i in wh and c.dep_ == "det" for c in tok.children):
                    if root.pos_ in ("PROPN", "NOUN", "NUM"):
                        keep += _fillers(p, root)
                        filled = True
                else:
                    keep.append(x)
            f.roles[role] = keep
        # "When did it premiere? On May 21, at Cannes.": the answer only qualifies
        # (the parser may hang the adverb on the cue's auxiliary: "Where was she born?")
        adverbial = any(doc[i].dep_ == "advmod" and _on_cue(doc[i], f.cue) for i in wh)
        # "How many Oscars did it win? Five.": the answer's number counts the verb's object
        counted = root.dep_ == "nummod" and root.head.i < at and (root.head.i == f.cue or any(
            x.token == root.head.i for fl in f.roles.values() for x in fl))
        if not (filled or adverbial or counted):
            continue
        # the answer's prepositions fill the relation's roles ("..., for The Substance"; "In
        # Brooklyn.", the preposition the answer's root)
        for prep in (t for t in doc[at:] if (t.dep_ == "prep" or t.i == root.i and t.pos_ == "ADP")
                     and t.head.i == root.i):
            role = f.relation.role(prep.lower_)
            for o in (c for c in prep.children if c.dep_ == "pobj") if role else ():
                f.roles.setdefault(role, []).extend(_fillers(p, o))
        # "Where was it shot? Brighton Beach and Las Vegas.": a bare noun phrase answers the
        # question adverb as the phrase of its preposition would
        adverb_preps = lexicon().qualifiers.get("question_adverb_preps") or {}
        for i in wh:
            role = f.relation.role(adverb_preps.get(doc[i].lower_, ""))
            if role and doc[i].dep_ == "advmod" and _on_cue(doc[i], f.cue) and \
                    root.pos_ == "PROPN" and not f.roles.get(role):
                f.roles.setdefault(role, []).extend(_fillers(p, root))
        f.clause = f.clause | answer
        f.irrealis = _modal(doc[f.cue])
        out.append(f)
    return out


def _on_cue(adverb, cue: int) -> bool:
    """Whether a question adverb hangs on the cue, or on an auxiliary of it ("Where was she
    born?": the parser may take "was" for the adverb's head)."""
    h = adverb.head
    return h.i == cue or h.dep_ in ("aux", "auxpass") and h.head.i == cue


def _subject_of_a_verb_after(p: Parsed, a: Arg) -> bool:
    """Whether a name the parser split is the subject of a verb after it that names a person
    of its own ("..., and Three Billboards Outside Ebbing, Missouri did the same for Sam
    Rockwell": "Billboards" hung on the first verb, "Missouri" the subject of "did"): a clause
    of its own, whose prize went to another than the first clause's, not one whose verb was
    left out ("..., and in 2003 X matched it with 11" may be read as gapped)."""
    doc = p.doc
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i >= a.last
               and t.head.pos_ in ("VERB", "AUX") and any(
                   c.dep_ in ("prep", "dative") and any(
                       getattr(p.arg_at(o.i), "kind", None) == "person" for o in c.children)
                   for c in t.head.children)
               for t in doc[a.first:a.last])


def _gapped(p: Parsed, verb, frame: Frame) -> list[Frame]:
    """'MASH won in 1971 and The Conversation in 1974': a noun coordinated with the verb is a
    clause whose verb was left out. It keeps its own qualifiers (its subtree) and the relation."""
    out = _remnants(p, verb, frame) or _bracket_items(p, verb, frame)
    if out:
        # (a part the parting did not read may still be a gapped subject's: "A won X, B Y")
        taken = frozenset().union(*(g.clause for g in out))
        return out + [g for g in _gapped_subjects(p, verb, frame) if not g.clause & taken]
    for c in list(verb.children) + _objects_of_coordinators(verb):
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and p.arg_at(c.i) is not None \
                and p.arg_at(c.i).kind in ("person", "film", "work", "org") \
                and not _names_a_show(p.arg_at(c.i).text) \
                and not _names_a_category(p.arg_at(c.i).text) \
                and not _subject_of_a_verb_after(p, p.arg_at(c.i)):
            g = Frame(frame.relation, c.i, p, clause=frozenset(t.i for t in c.subtree),
                      negated=frame.negated, irrealis=frame.irrealis)
            g.roles["winner"] = [Filler(c.i, p.arg_at(c.i))]
            out.append(g)
        elif c.dep_ in ("dobj", "obj") and c.i > verb.i and c.left_edge.i > 0 and (
                cc := c.doc[c.left_edge.i - 1]).dep_ == "cc" and cc.head.i == verb.i \
                and frame.relation.role("dobj") == "award" and p.arg_at(c.i) is not None \
                and p.arg_at(c.i).kind in ("person", "film"):
            # "X won in 1949, and Y in 1954", parsed with Y as the verb's object: a winner
            # cannot be the prize; Y and the prepositions after it are the gapped clause
            sub = frozenset(t.i for t in c.subtree) | frozenset(
                t.i for pc in verb.children if pc.dep_ == "prep" and pc.i > c.i
                for t in pc.subtree)
            g = Frame(frame.relation, c.i, p, clause=sub, negated=frame.negated,
                      irrealis=frame.irrealis)
            g.roles["winner"] = [Filler(c.i, p.arg_at(c.i))]
            for pc in verb.children:
                role = frame.relation.role(pc.lower_) if pc.dep_ == "prep" and pc.i > c.i \
                    else None
                for o in (o for o in pc.children if o.dep_ == "pobj") if role else ():
                    g.roles.setdefault(role, []).extend(_fillers(p, o))
            _detach(frame, sub)
            out.append(g)
        elif _coordinated(c) and c.pos_ in ("PROPN", "NOUN") and c.i > verb.i and any(
                o.dep_ in ("dobj", "obj", "oprd") and o.i < c.i for o in verb.children) and (
                p.arg_at(c.i) is None or p.arg_at(c.i).kind == "award"
                or _names_a_show(p.arg_at(c.i).text) or _names_a_category(p.arg_at(c.i).text)):
            # "won the Palme in May and then six Oscars": a noun the parser coordinated with
            # the verb, after its object, is a second object whose verb was left out; it
            # keeps its own qualifiers and the verb's subject
            obj_role, subj_role = frame.relation.role("dobj"), frame.relation.role("nsubj")
            if not any(o.dep_ in ("dobj", "obj") and o.i < c.i for o in verb.children):
                # "was named best actress at A and best lead performer at B": the prize is
                # the complement, the one named the role filled before the verb
                obj_role = frame.relation.role("oprd")
                subj_role = next((r for r, fls in frame.roles.items() if r != obj_role and fls
                                  and all(fl.token < verb.i for fl in fls)), None)
            if not obj_role or not subj_role or not frame.roles.get(subj_role):
                continue
            # (with the verb's own words after it: "... and best picture ten months later")
            sub = frozenset(t.i for t in c.subtree) | frozenset(
                t.i for pc in verb.children if pc.i > c.i
                and pc.dep_ in ("prep", "advmod", "npadvmod") for t in pc.subtree)
            g = Frame(frame.relation, c.i, p, clause=sub, negated=frame.negated,
                      irrealis=frame.irrealis, record=frame.record)
            g.roles[subj_role] = list(frame.roles[subj_role])
            a = p.arg_at(c.i)   # (a show's prize the NER read as an organisation: its words)
            g.roles[obj_role] = [Filler(c.i, None if a is not None and a.kind != "award"
                                        else a)]
            _detach(frame, sub)
            out.append(g)
    out += _gapped_datives(p, verb, frame)
    return out + _gapped_objects(p, verb, frame) + _gapped_subjects(p, verb, frame) + \
        _gapped_prep_subjects(p, verb, frame)


def _objects_of_coordinators(verb) -> list:
    """'won not only the Palme but also Best Picture': the parser may hang the second object
    on the coordinator ("but" read as a preposition); that object is coordinated with the
    verb's, as "and Best Picture" would be."""
    # (not "won nothing but the top prize": "but" after a pronoun object is "except")
    return [o for cc in verb.children if cc.dep_ == "cc" and cc.i > verb.i and any(
                d.dep_ in ("dobj", "obj") and d.i < cc.i and d.pos_ in ("NOUN", "PROPN")
                for d in verb.children)
            for o in cc.children if o.dep_ == "pobj"]


def _coordinated(c) -> bool:
    """Whether a noun hanging on a verb is coordinated with what came before it: a conjunct,
    the object of a coordinator (above), or a second object that a coordinator opens
    ("won not only A in 2024 but also B in 2025", parsed with B as another object)."""
    return c.dep_ == "conj" or c.dep_ == "pobj" and c.head.dep_ == "cc" or \
        c.dep_ in ("dobj", "obj") and any(k.dep_ == "cc" and k.i < c.i for k in c.children)


def _names_a_category(text: str) -> bool:
    """Whether a name the NER read as an organisation or a work is an award category ("Best
    Picture", "Best Supporting Actress"): the lexicon's category words, ending in a head."""
    cats = lexicon().categories
    heads = set(cats.get("heads", ()))
    words = text.lower().split()
    return bool(words) and words[-1] in heads and set(words) <= heads | set(
        cats.get("modifiers", ()))


def _names_a_show(text: str) -> bool:
    """Whether a name the NER read as an organisation is a prize of a show the lexicon
    names ("the Golden Lion", "the Emmy"): an object of a win, never its winner."""
    return lexicon().family_in(text.lower().replace("the ", " ").split()) is not None


DATEISH = frozenset({"date", "ceremony", "festival", "ordinal", "number"})


def _remnants(p: Parsed, verb, frame: Frame) -> list[Frame]:
    """'Titane won the Palme in 2021, Triangle of Sadness in 2022 and Anatomy of a Fall in
    2023', 'won for A in 2017 and again for B in 2022', 'went to A in 2015 and to B in 2016':
    the verb's clause, parted at its separators, holds clauses whose verb was left out (the
    parser hangs their words on the verb). A part after the first is such a clause when it
    has no verb of its own, opens with a new filler of one of the first part's roles (a
    winner of the subject's kind, the object of a role preposition the first part has, or
    the repeat word: the first part's subject again) and states a qualifier or role of its
    own. Each is a frame of its own with its own qualifiers; it takes the first part's
    subject and object where it names none; the first part keeps nothing of it."""
    rel, doc = frame.relation, p.doc
    conf = lexicon().qualifiers.get("gapping") or {}
    seps, repeat = set(conf.get("separators", ())), set(conf.get("repeat", ()))
    leads = set(conf.get("leads", ()))
    subj_role, obj_role = rel.role("nsubj"), rel.role("dobj")
    if any(c.dep_ == "nsubjpass" for c in verb.children) and rel.role("nsubjpass"):
        # "A is played by X, and B by Y": a passive's subject is the one each part renews
        subj_role = rel.role("nsubjpass")
    # a winner the parser coordinated with the verb ("... and Nomadland in 2021") is a part too
    idx = sorted({i for i in frame.clause if i > verb.i} | {
        t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")
        for t in c.subtree} | _stray_pieces(p, verb))

    # "went to A and B": a list in one role (of one kind of thing) is no gapping
    # (not a person the parser coordinated with the prize: "won A, B Best Supporting Actor
    # and C Best Supporting Actress", B and C are the parts' winners, no prizes)
    listed = {fl.token for role, fls in frame.roles.items() for fl in fls
              if not (role == "award" and fl.arg is not None and fl.arg.kind == "person")}

    def kind(t) -> Optional[str]:
        a = p.arg_at(t.i)
        return a.kind if a is not None else None

    def listing(cc) -> bool:
        # (or a list a preposition of no role takes: "alongside Baker and Coco at the 96th")
        # (not an item with a role phrase of its own before the "and": "A for X, B for Y and
        # C for Z" parts clauses)
        h = cc.head
        return (h.i in listed or h.dep_ == "pobj" and not rel.role(h.head.lower_)) and any(
            c.dep_ == "conj" and c.i > cc.i and kind(c) == kind(h) for c in h.children) \
            and not any(c.dep_ == "prep" and rel.role(c.lower_) and h.i < c.i < cc.i
                        for c in h.children)

    def in_a_list(comma) -> bool:
        # "beat A, B, C and D for X": a comma right after an item of a list in one role,
        # before the next item (the parser chains the items as conjuncts), parts no clauses
        h, a = comma.head, p.arg_at(comma.head.i)
        top = h
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        return top.i in listed and a is not None and a.last == comma.i and any(
            c.dep_ == "conj" and c.i > comma.i and kind(c) == kind(h) for c in h.children)

    def boundary(i: int) -> bool:
        a = p.arg_at(i)
        return doc[i].lower_ in seps and (a is None or a.first == i) and (
            doc[i].is_punct and not in_a_list(doc[i])
            or doc[i].dep_ == "cc" and not listing(doc[i]))

    parts, cur = [], []
    for i in idx:
        if boundary(i):
            if cur:
                parts.append(cur)
            cur = []
        elif not (doc[i].is_punct and doc[i].text in ".!?)"):
            cur.append(i)
    if cur:
        parts.append(cur)
    # "...; B, Best Supporting Actor; and C, Best Supporting Actress": a part that is only a
    # new winner's name, set off by a comma from a part opening with a prize, is one part
    k = 1
    while k < len(parts) - 1:
        lead = next((i for i in parts[k] if doc[i].dep_ != "cc"), parts[k][0])
        a = p.arg_at(lead)
        nxt = parts[k + 1]
        if a is not None and a.first == lead and a.last == parts[k][-1] + 1 \
                and a.kind in ("person", "film") and doc[a.last].text == "," \
                and nxt[0] == a.last + 1 and (prize := _part_prize(p, nxt)) is not None and (
                    prize.arg is not None and prize.arg.first == nxt[0]
                    or category_phrase_start(doc, prize.token) == nxt[0]):
            parts[k:k + 2] = [parts[k] + [a.last] + nxt]
        k += 1
    if len(parts) < 2 or any(doc[i].lower_ in lexicon().qualifiers.get("respective_words", ())
                             for i in idx):
        return []   # "A and B took X and Y, respectively": pairs, read elsewhere
    first = parts[0]
    subj = [fl for fl in frame.roles.get(subj_role, ()) if fl.token < verb.i] if subj_role \
        else []
    first_preps = {doc[i].lower_: i for i in first if doc[i].dep_ in ("prep", "dative")
                   and rel.role(doc[i].lower_)}
    out = []
    cur = subj   # the subject the parts carry on with: the last one a part named
    for part in parts[1:]:
        # (a category's word the tagger took for a verb is no verb: "Best Supporting Actress")
        if any(doc[i].pos_ in ("VERB", "AUX") and not _in_category_phrase(doc, i)
               for i in part) or part != list(range(part[0], part[-1] + 1)):
            continue   # a clause with a verb of its own, or words the parse gave elsewhere
        k, again = 0, False
        # (and a coordinator the parser kept in a list: "A won X, B Y, and C Z")
        while k < len(part) and (doc[part[k]].lower_ in leads or doc[part[k]].dep_ == "cc"
                                 and k + 1 < len(part)):
            again = again or doc[part[k]].lower_ in repeat
            k += 1
        if k + 1 < len(part) and doc[part[k]].tag_ == "PRP$" and parse_ordinal(
                doc[part[k + 1]].lower_) and doc[part[k + 1]].pos_ in ("ADJ", "NOUN", "NUM"):
            # "won her first Oscar for A at the 19th and her second for B at the 22nd": the
            # owner's next one of the same prize is the subject's again
            again = True
            k += 2
            if k < len(part) and obj_role and doc[part[k]].lemma_.lower() in {
                    doc[fl.token].lemma_.lower() for fl in frame.roles.get(obj_role, ())}:
                k += 1   # "... and her second Oscar for B": the first part's prize noun again
        if k == len(part):
            continue
        t0 = doc[part[k]]
        if t0.dep_ == "prep" and t0.head.pos_ == "NOUN" and t0.head.i < part[0]:
            continue   # "..., after her first nomination, for B": the phrase of a noun
            # before it (parse._for_phrases_of_a_prize_noun), no clause of its own
        a0 = p.arg_at(t0.i)
        roles: dict[str, list] = {}
        rest = part[k:]
        led = _prize_led(p, part[k:], frame, obj_role, first)
        if led is not None:
            # "won Best Picture at the 97th and Best Feature at the 40th Spirit Awards",
            # "won the Palme in 2024, the DGA Award in 2025": a part that opens with a new
            # prize, dated as the first part is, is that prize's own win
            roles[obj_role] = [led]
            a0 = None
        elif a0 is not None and a0.first == t0.i and a0.kind in ("film", "person", "work",
                                                                 "character"):
            kinds = {fl.arg.kind for fl in subj if fl.arg is not None}
            role = subj_role if a0.kind in kinds and not again else None
            if role is None:   # "for A in 2017 and B in 2022": the role its kind fills
                role = next((rel.role(w) for w, i in first_preps.items() for o in doc[i].children
                             if o.dep_ == "pobj" and (oa := p.arg_at(o.i)) is not None
                             and oa.kind == a0.kind), None)
            if role is None:
                continue
            roles[role] = [Filler(a0.head, a0)]
            rest = [i for i in part if i >= a0.last]
        elif t0.dep_ in ("prep", "dative", "conj") and (t0.lower_ in first_preps or again) \
                and rel.role(t0.lower_):
            if not again and t0.lower_ in first_preps and _first_names_no_work(
                    p, doc[first_preps[t0.lower_]], t0):
                continue   # "won the Oscar for best director, for W": the same win's work
        else:
            continue
        own = [doc[i] for i in rest if doc[i].dep_ in ("prep", "dative", "conj")
               and rel.role(doc[i].lower_)]
        gerunds = []
        for pc in own:
            for o in pc.children:
                if o.dep_ == "pobj":
                    roles.setdefault(rel.role(pc.lower_), []).extend(_fillers(p, o))
                elif o.dep_ == "pcomp" and o.tag_ == "VBG" and not list(o.children):
                    # "A won for directing, B for acting": a bare gerund names the craft,
                    # the preposition's object as in the first part
                    roles.setdefault(rel.role(pc.lower_), []).append(Filler(o.i, p.arg_at(o.i)))
                    gerunds.append(o.i)
        # "A won Best Supporting Actor (for W)": a prize the part names after
        # its new winner, outside its prepositions, is its own, never the first part's
        prize = _part_prize(p, [i for i in rest if not any(
            i in {t.i for t in pc.subtree} for pc in own)]) if obj_role and a0 is not None \
            and role == subj_role else None
        if prize is not None:
            roles.setdefault(obj_role, []).append(prize)
        # a year, an edition or a number it states ("a year later" is not read: no claim)
        dated = any((a := p.arg_at(i)) is not None and a.kind in DATEISH
                    and any(ch.isdigit() for ch in a.text) for i in rest)
        # (a part led by a prize of its own is dated or placed at a show: `_prize_led`)
        if not (dated or own or prize or led is not None) or not roles and not again:
            continue
        # "nominated for X for A at the 52nd and for B in 1981": a work its repeated
        # preposition names is its own, even where the relation files a "for" phrase under
        # the prize (a nomination "for" a category or a film)
        named = any(fl.arg is not None and fl.arg.kind in ("film", "work")
                    for fl in roles.get(obj_role, ())) if obj_role and a0 is None else False
        if subj_role and subj_role not in roles:
            if not again and not named and led is None and not any(
                    r != obj_role for r in roles) or not cur:
                continue   # nothing of its own but a prize: another reading
            # "Loach won for A in 2006 and B in 2016; Östlund for C in 2017 and D in 2022":
            # D is Östlund's, the subject of the part before it
            roles[subj_role] = list(cur)
        elif subj_role:
            cur = roles[subj_role]
        sub = frozenset(part) | frozenset(gerunds)
        g = Frame(rel, t0.i if a0 is None else a0.head, p, clause=sub, negated=frame.negated,
                  irrealis=frame.irrealis, record=frame.record, gapped_from=verb.i)
        g.roles = roles
        out.append(g)
    if not out:
        return []
    cut = frozenset().union(*(g.clause for g in out))
    _detach(frame, cut)
    for g in out:   # the prize (or the first part's winner of a "went to") it leaves out
        for role in (subj_role, obj_role):
            if role and role not in g.roles:
                keep = [fl for fl in frame.roles.get(role, ())
                        if fl.arg is None or fl.arg.kind not in DATEISH]
                if keep:
                    g.roles[role] = keep
                    g.clause = g.clause | _phrase(p, keep)
            elif role and role == obj_role and all(
                    fl.arg is not None and fl.arg.kind in DATEISH for fl in g.roles[role]):
                keep = [fl for fl in frame.roles.get(role, ())
                        if fl.arg is None or fl.arg.kind not in DATEISH]
                g.roles[role] += keep
                g.clause = g.clause | _phrase(p, keep)
            elif role and role == obj_role and all(
                    fl.arg is not None and (fl.arg.kind in DATEISH or fl.arg.kind in (
                        "film", "work")) for fl in g.roles[role]):
                # "... for best actor for A and for B": the prize the part leaves out is the
                # first part's (its words, not its work or its date)
                keep = [fl for fl in frame.roles.get(role, ()) if fl.arg is None]
                g.roles[role] += keep
                g.clause = g.clause | _phrase(p, keep)
    return out


def _prize_led(p: Parsed, part: list, frame: Frame, obj_role, first: list) -> Optional[Filler]:
    """The prize a gapped part opens with (after its determiners), when the first part has a
    prize of its own in the object role and both parts are dated (a year, an edition): the
    parallel "A in 2024, B in 2025". None otherwise ("won A, B and C at the 97th": one
    edition for the whole list, no part of its own)."""
    doc = p.doc
    if not obj_role or not part or not any(fl.token in first and (
            fl.arg is None or fl.arg.kind not in DATEISH) for fl in frame.roles.get(obj_role, ())):
        return None
    j = 0
    while j < len(part) and doc[part[j]].dep_ in ("det", "predet"):
        j += 1
    words = []   # (its own words, before its prepositions)
    for i in part[j:]:
        if doc[i].dep_ in ("prep", "dative"):
            break
        words.append(i)
    prize = _part_prize(p, words) if words else None
    if prize is None or not (prize.arg is not None and prize.arg.first == part[j] or
                             category_phrase_start(doc, prize.token) == part[j]):
        return None

    def dated(idx) -> bool:
        return any((a := p.arg_at(i)) is not None and a.kind in DATEISH and a.first == i
                   and any(ch.isdigit() for ch in a.text) for i in idx)
    venue = set(lexicon().qualifiers.get("show_venue_preps", ()))

    def placed(idx) -> bool:   # "at the Oscars": a show a preposition of the part names
        return any(doc[i].dep_ == "pobj" and doc[i].head.lower_ in venue and doc[i].head.i in idx
                   and (a := p.arg_at(i)) is not None and a.head == i and a.entity
                   and a.kind in ("award", "ceremony", "festival") for i in idx)
    # (not a show's prize the NER read as an organisation, "the Golden Lion": a prize the
    # KB does not name would be read as the passage's)
    # "won Best Director at the Spirit Awards and Best Screenplay at the Oscars": a part set
    # at a show of its own is as much its own as a dated one
    # (a category phrase the NER read as a name, "Best Picture" as an organisation, is one)
    return prize if (dated(first) or placed(first)) and (dated(part) or placed(part)) and (
        prize.arg is None or prize.arg.kind == "award" or not prize.arg.entity
        and category_phrase_start(doc, prize.token) == prize.arg.first) else None


def _stray_pieces(p: Parsed, verb) -> set:
    """The words after the verb that the parser set under a root of their own with no verb
    ("X won Best Actress for A, and Y Best Supporting Actress for B", parsed as two
    sentences, the second rooted on "Supporting"): a piece of the verb's clause whose verb
    was left out, for `_remnants` to read as a part."""
    doc = p.doc
    heads = heads_of(doc)
    tops: dict = {}

    def top(i: int) -> int:   # the root over token i (each token's found once)
        path = []
        while i not in tops and heads[i] != i:
            path.append(i)
            i = heads[i]
        r = tops.get(i, i)
        for j in path:
            tops[j] = r
        tops[i] = r
        return r

    home = top(verb.i)
    out = set()
    for r in {top(i) for i in range(verb.i + 1, len(doc))} - {home}:
        root = doc[r]
        words = list(root.subtree)
        if words[0].i <= verb.i or root.pos_ in ("VERB", "AUX") and not _in_category_phrase(
                doc, root.i):
            continue
        out |= {t.i for t in words}
    return out


def _part_prize(p: Parsed, idx: list) -> Optional[Filler]:
    """The prize a gapped part names in its own words (`idx`, without its prepositions):
    a prize's name ("the Silver Lion"), or a category phrase (`category_phrase_start`,
    "Best Supporting Actor"). None when it names none."""
    for i in idx:
        a = p.arg_at(i)
        if a is not None and a.first == i and (a.kind == "award" or a.kind in ("org", "work")
                                               and _names_a_show(a.text)):
            return Filler(a.head, a)
    own = set(idx)
    for i in idx:
        start = category_phrase_start(p.doc, i)
        if start is not None and all(k in own for k in range(start, i + 1)):
            return Filler(i, p.arg_at(i))
    return None


def _in_category_phrase(doc, i: int) -> bool:
    """Whether token i is inside a category phrase (`category_phrase_start`) that ends after
    it at the next head word."""
    heads = set(lexicon().categories.get("heads", ()))
    end = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].lower_ in heads), None)
    start = category_phrase_start(doc, end) if end is not None else None
    return start is not None and start <= i


def category_phrase_start(doc, end: int) -> Optional[int]:
    """The first word of the category phrase written up to `end`, when the words before it
    are the lexicon's category words ending in a head at `end` and opening with "best" (or
    its spun form): "Best Supporting Actor". None when `end` ends no such phrase."""
    cats = lexicon().categories
    heads = set(cats.get("heads", ()))
    openers = set(cats.get("spun_openers", ()))
    words = heads | set(cats.get("modifiers", ())) | openers | set(cats.get("opened_modifiers", ()))
    if doc[end].lower_ not in heads:
        return None
    k, start = end, None
    while k >= 0 and doc[k].lower_ in words:
        if doc[k].lower_ in openers and k < end:
            start = k
        k -= 1
    return start


def _first_names_no_work(p: Parsed, first, again) -> bool:
    """Whether a preposition repeated after a separator names a work where the first part's
    same preposition named none ("won the Oscar for best director, for W": the first "for"
    takes the category, the second the film the same win was for; no second clause)."""
    def works(prep) -> list:
        return [a for o in prep.children if o.dep_ == "pobj"
                and (a := p.arg_at(o.i)) is not None and a.kind in ("film", "work")]
    return bool(works(again)) and not works(first)


def _bracket_items(p: Parsed, verb, frame: Frame) -> list[Frame]:
    """'Haneke won the Palme twice (The White Ribbon, 2009; Amour, 2012)': a bracket after the
    verb listing works, parted by the first separator, is one win per work with the verb's
    subject and object; a year on a work stays the work's (`work_year`), for the accounting
    to hold against what the verdict found."""
    rel, doc = frame.relation, p.doc
    subj_role, obj_role, work_role = rel.role("nsubj"), rel.role("dobj"), rel.role("for")
    subj = [fl for fl in frame.roles.get(subj_role, ()) if fl.token < verb.i] if subj_role \
        else []
    if not (subj and work_role) or any(fl.arg is None or fl.arg.kind != "person" for fl in subj):
        return []
    seps = [x for x in (lexicon().qualifiers.get("gapping") or {}).get("separators", ())
            if x != ","]
    idx = sorted(i for i in frame.clause if i > verb.i)
    opens = [i for i in idx if doc[i].text == "("]
    if len(opens) != 1:
        return []
    inner = []
    for i in idx[idx.index(opens[0]) + 1:]:
        if doc[i].text == ")":
            break
        inner.append(i)
    items, cur = [], []
    for i in inner:
        if doc[i].lower_ in seps and doc[i].is_punct:
            items.append(cur)
            cur = []
        else:
            cur.append(i)
    items.append(cur)
    out = []
    for item in items:
        a = p.arg_at(item[0]) if item else None
        if a is None or a.first != item[0] or a.kind not in ("film", "work") or any(
                doc[i].pos_ in ("VERB", "AUX") for i in item):
            return []   # every item a work, or none is read
        g = Frame(rel, a.head, p, clause=frozenset(item), negated=frame.negated,
                  irrealis=frame.irrealis, record=frame.record, gapped_from=verb.i)
        g.roles = {subj_role: list(subj), work_role: [Filler(a.head, a)]}
        out.append(g)
    if len(out) < 2:
        return []   # "won the Palme (for Amour)": one work is the clause's own
    _detach(frame, frozenset().union(*(g.clause for g in out)))
    for g in out:
        keep = [fl for fl in frame.roles.get(obj_role, ())
                if fl.arg is None or fl.arg.kind not in DATEISH]
        if keep:
            g.roles[obj_role] = keep
            g.clause = g.clause | _phrase(p, keep)
    return out


def _ordinal_asides(p: Parsed, verb, frame: Frame) -> list[Frame]:
    """"won four Oscars, the first for Morning Glory in 1934", "nominated five times, the first
    time for Gone with the Wind (1939)": a phrase set off after a count that opens with "the"
    and an ordinal tells of one of the counted, not of them all; its work, year and night are
    not the count's, so the clause keeps none of it."""
    doc = p.doc
    adverbs = set(lexicon().qualifiers.get("count_adverbs", {}))
    out: list[Frame] = []

    def opens_ordinal(t, after=(",", ":")) -> bool:
        # ("the last for X" is the latest of them, a slot of the count's own: `latest`)
        first = doc[t.left_edge.i]
        return first.lower_ == "the" and first.i + 1 < len(doc) and bool(parse_ordinal(
            doc[first.i + 1].lower_)) and first.i > 0 and doc[first.i - 1].lower_ in after

    items = []
    for t in doc:
        if items and t.i > items[-1].i and t.dep_ == "conj" and t.head.i == verb.i \
                and t.i not in {k.i for k in items} and opens_ordinal(t, (",", ";", "and")):
            items.append(t)   # (the next item, joined to the verb: ", and the second for B")
            continue
        if t.i <= verb.i or t.i not in frame.clause or t.dep_ not in ("appos", "npadvmod"):
            continue
        # (or on the object of the verb's own preposition: "won three Oscars for Best
        # Actress: the first for A, ...")
        if t.head.i != verb.i and not (t.head.head.i == verb.i and t.head.dep_ in (
                "dobj", "obj", "npadvmod")) and not (
                t.head.dep_ == "pobj" and t.head.head.dep_ == "prep"
                and t.head.head.head.i == verb.i):
            continue
        if not opens_ordinal(t):
            continue
        items.append(t)
        # "the first for A, the second for B, and the third for C": the next items, which the
        # parser hangs inside this one (as conjuncts or appositions of it or of its object),
        # tell each of another of the counted
        items += [k for k in t.subtree if k.i > t.i and k.dep_ in ("conj", "appos")
                  and opens_ordinal(k, (",", ":", ";", "and"))]
    later = {k.i for k in items}
    for t in items:
        first = doc[t.left_edge.i]
        # (a year is no count: "won the Palme in 2021, the second time a woman ..." tells
        # of the prize's history, not of one of the subject's wins)
        counted = any(x.i < first.i and x.i in frame.clause and (
            x.pos_ == "NUM" and getattr(p.arg_at(x.i), "kind", None) not in ("date", "time")
            or x.lower_ in adverbs) for x in doc[verb.i:first.i])
        if not counted:
            continue
        # (with what the parser hung on the verb after it: "..., in 1982")
        tail = [c for c in verb.children if c.i > t.i and c.dep_ in ("prep", "npadvmod")
                and not (c.dep_ == "npadvmod" and c.i in later)]
        # (not the next items, nor a clause embedded in it: "the third for C, which also won
        # Best Picture in 2021" - that clause's year is its own)
        sub = frozenset(x.i for x in _item_words(t, later)) | frozenset(
            x.i for c in tail for x in _item_words(c, later))
        _detach(frame, sub)
        # the one it tells of is a win (nomination) of its own: the subject's, of the prize
        # counted, with its own work, year and night ("her first Oscar for Morning Glory")
        rel = frame.relation
        subj_role, obj_role = rel.role("nsubj") or rel.role("nsubjpass"), rel.role("dobj")
        subj = frame.roles.get(subj_role or "", [])
        if not subj:
            continue
        g = Frame(rel, t.i, p, clause=sub, negated=frame.negated, irrealis=frame.irrealis,
                  record=frame.record, gapped_from=verb.i)
        g.roles[subj_role] = list(subj)
        keep = [fl for fl in frame.roles.get(obj_role or "", ())
                if fl.arg is None or fl.arg.kind not in DATEISH]
        if keep:
            g.roles[obj_role] = keep
            g.clause = g.clause | _phrase(p, keep)
        for pc in (x for x in doc if x.i in sub and x.dep_ in ("prep", "dative")):
            role = rel.role(pc.lower_)
            objs = [o for o in pc.children if o.dep_ == "pobj"]
            a = p.arg_at(pc.i + 1) if pc.i + 1 < len(doc) else None
            if not objs and a is not None and a.first == pc.i + 1 and a.kind in ("film", "work"):
                objs = [doc[a.head]]   # a title the parser read as phrases: "for Out of Africa"
            for o in objs if role else ():
                # (not a next item the parser joined to the object: "for A, and the third")
                g.roles.setdefault(role, []).extend(fl for fl in _fillers(p, o)
                                                    if fl.token not in later)
        out.append(g)
    return out


def _item_words(t, later: set) -> list:
    """The words of a list item: its subtree without the items after it and without the
    clauses embedded in it."""
    out, stack = [], [t]
    while stack:
        x = stack.pop()
        out.append(x)
        stack += [c for c in x.children if c.i not in later and c.dep_ not in CLAUSE_DEPS]
    if later:   # (not the comma or "and" before the next item)
        last = max((x.i for x in out if not (x.is_punct or x.dep_ == "cc")), default=t.i)
        out = [x for x in out if x.i <= last]
    return out


def _phrase(p: Parsed, fillers: list) -> frozenset:
    """The words of the fillers a gapped clause takes from the first ("the Palme d'Or",
    "Best Picture"): an argument's span, else the token with its modifiers."""
    out = set()
    for fl in fillers:
        if fl.arg is not None:
            out |= set(range(fl.arg.first, fl.arg.last))
        else:
            t = p.doc[fl.token]
            out |= {t.i} | {c.i for c in t.children if c.dep_ in ("compound", "amod", "det")}
    return frozenset(out)


def _detach(frame: Frame, sub: frozenset) -> None:
    """The first clause of a gapped pair keeps neither the gapped clause nor its fillers."""
    for role, fl in frame.roles.items():
        frame.roles[role] = [x for x in fl if x.token not in sub]
    frame.clause = frozenset(frame.clause - sub)


def _gapped_objects(p: Parsed, verb, frame: Frame) -> list[Frame]:
    """'X lost A to Y and B to Z': a noun coordinated with the verb's object (or with the
    object of one of its role prepositions) that carries a role preposition of its own is a
    clause whose subject and verb were left out. It takes the verb's subject, the object role
    and its own prepositions' roles; the first clause keeps neither it nor what hangs on it."""
    rel = frame.relation
    obj_role, subj_role = rel.role("dobj"), rel.role("nsubj")
    if not obj_role or not subj_role or not frame.roles.get(subj_role):
        return []
    slots = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    slots += [o for c in verb.children if c.dep_ in ("prep", "dative") and rel.role(c.lower_)
              for o in c.children if o.dep_ == "pobj"]
    out = []
    for head in slots:
        for c in head.children:
            if c.dep_ != "conj" or c.pos_ not in ("PROPN", "NOUN"):
                continue
            # its own prepositions, or ones the parser hung on the verb after it ("... and
            # Best Picture to Anora" with "to Anora" attached to "lost")
            preps = [pc for pc in c.children if pc.dep_ == "prep"]
            preps += [pc for pc in verb.children if pc.dep_ in ("prep", "dative") and pc.i > c.i]
            own = [(rel.role(pc.lower_), o) for pc in preps
                   if rel.role(pc.lower_) for o in pc.children if o.dep_ == "pobj"]
            # gapping repeats the first clause's shape: its preposition must be there too
            # ("A to X and B to Y"); "A and B for the film" is one clause with two objects
            first = {pc.lower_ for pc in verb.children if pc.dep_ in ("prep", "dative")
                     and pc.i < c.i}
            if not own or not {pc.lower_ for pc in preps if rel.role(pc.lower_)} <= first:
                continue
            sub = frozenset(t.i for t in c.subtree) | {t.i for pc in preps
                                                        for t in pc.subtree}
            g = Frame(rel, c.i, p, clause=sub, negated=frame.negated, irrealis=frame.irrealis,
                      record=frame.record)
            g.roles[subj_role] = list(frame.roles[subj_role])
            g.roles[obj_role] = [Filler(c.i, p.arg_at(c.i))]
            for role, o in own:
                g.roles.setdefault(role, []).extend(_fillers(p, o))
            _detach(frame, sub)
            out.append(g)
    return out


def _gapped_datives(p: Parsed, verb, frame: Frame) -> list[Frame]:
    """'X won A, Y B and Z C', parsed with Y as a second object (a dative) of the verb, set
    after the first object and a comma, and B as a later object: Y is the subject of a clause
    whose verb was left out, B its object. A dative comes before the object it goes with
    ("won her an Oscar"); after it, it is no dative. The first clause keeps its own subject
    (which a dative winner had pushed aside) and none of the gapped clause."""
    rel = frame.relation
    obj_role, subj_role = rel.role("dobj"), rel.role("nsubj")
    if not obj_role or not subj_role:
        return []
    doc = verb.doc
    objs = sorted((c for c in verb.children if c.dep_ in ("dobj", "obj")), key=lambda t: t.i)
    out = []
    for d in [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "PROPN"]:
        who = p.arg_at(d.i)
        if who is None or who.kind not in ("person", "film") or not objs \
                or objs[0].i > d.i or who.first < 1 or doc[who.first - 1].text != ",":
            continue
        after = next((o for o in objs if o.i > d.i), None)
        if after is None:
            continue
        sub = frozenset(t.i for t in d.subtree) | frozenset(
            t.i for t in after.subtree if not (t.dep_ == "conj" and t.head.i == after.i)
            and not any(a.dep_ == "conj" and a.head.i == after.i for a in t.ancestors))
        g = Frame(rel, after.i, p, clause=sub, negated=frame.negated, irrealis=frame.irrealis,
                  record=frame.record, gapped_from=verb.i)
        g.roles[subj_role] = [Filler(who.head, who)]
        g.roles[obj_role] = [Filler(after.i, p.arg_at(after.i))]
        _detach(frame, sub)
        # the first clause's own subject, which the dative winner had pushed aside
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and not frame.roles.get(subj_role):
            for role, fl in list(frame.roles.items()):
                mine = [x for x in fl if x.token == subj.i or (
                    x.arg is not None and x.arg.first <= subj.i < x.arg.last)]
                if mine and role != subj_role:
                    frame.roles[role] = [x for x in fl if x not in mine]
                    frame.roles[subj_role] = mine
        out.append(g)
    return out


def _gapped_subjects(p: Parsed, verb, frame: Frame) -> list[Frame]:
    """'X won A and Y B': a noun coordinated with the verb's object whose phrase opens with a
    person other than the subject (the parser makes "Y B" one noun phrase) is a clause whose
    verb was left out: the person is its subject, the rest its object, and its prepositions
    ("for Anora") are its own. The first clause keeps none of it."""
    rel = frame.relation
    obj_role, subj_role = rel.role("dobj"), rel.role("nsubj")
    if not obj_role or not subj_role or not frame.roles.get(subj_role):
        return []
    subjects = {fl.token for fl in frame.roles[subj_role]}
    out = []
    for head in [c for c in verb.children if c.dep_ in ("dobj", "obj")]:
        for c in head.conjuncts:
            if c.i < head.i or c.pos_ not in ("PROPN", "NOUN"):
                continue
            who = p.arg_at(c.left_edge.i)
            # (a film's prize after a film's: "A won Best Picture and B Best Editing")
            kinds = {"person"} | {fl.arg.kind for fl in frame.roles[subj_role]
                                  if fl.arg is not None and fl.arg.kind == "film"}
            if who is None or who.kind not in kinds or who.last > c.i or who.head in subjects:
                continue
            sub = frozenset(t.i for t in c.subtree)
            g = Frame(rel, c.i, p, clause=sub, negated=frame.negated, irrealis=frame.irrealis,
                      record=frame.record)
            g.roles[subj_role] = [Filler(who.head, who)]
            g.roles[obj_role] = [Filler(c.i, p.arg_at(c.i))]
            for pc in c.children:
                if pc.dep_ == "prep" and rel.role(pc.lower_):
                    for o in pc.children:
                        if o.dep_ == "pobj":
                            g.roles.setdefault(rel.role(pc.lower_), []).extend(_fillers(p, o))
            _detach(frame, sub)
            out.append(g)
    return out


def _gapped_prep_subjects(p: Parsed, verb, frame: Frame) -> list[Frame]:
    """'X was nominated for A and Y for B': a person coordinated with the object of one of the
    verb's role prepositions, followed by the same preposition again (the parser hangs "for B"
    on A or on the person), is a clause whose verb was left out: the person is its subject, the
    repeated preposition's object its own. The first clause keeps none of it."""
    rel = frame.relation
    subj_role = rel.role("nsubj")
    if not subj_role or not frame.roles.get(subj_role):
        return []
    subjects = {fl.token for fl in frame.roles[subj_role]}
    out = []
    for prep in [c for c in verb.children if c.dep_ == "prep" and rel.role(c.lower_)]:
        role = rel.role(prep.lower_)
        for head in [o for o in prep.children if o.dep_ == "pobj"]:
            for c in head.conjuncts:
                who = p.arg_at(c.i)
                if c.i < head.i or who is None or who.kind != "person" or who.head in subjects:
                    continue
                again = [pc for pc in list(head.children) + list(c.children)
                         if pc.dep_ == "prep" and pc.lower_ == prep.lower_ and pc.i > c.i]
                objs = [o for pc in again for o in pc.children if o.dep_ == "pobj"]
                if len(again) != 1 or not objs:
                    continue
                sub = frozenset(t.i for t in c.subtree) | frozenset(
                    t.i for t in again[0].subtree)
                g = Frame(rel, c.i, p, clause=sub, negated=frame.negated,
                          irrealis=frame.irrealis, record=frame.record)
                g.roles[subj_role] = [Filler(who.head, who)]
                for o in objs:
                    g.roles.setdefault(role, []).extend(_fillers(p, o))
                _detach(frame, sub)
                out.append(g)
    return out


def _list_after_a_colon(p: Parsed, tok):
    """The first name of a list a colon opens right after a holder noun ("BAFTA winners: A
    (X), B (Y)", "Winners at the BAFTAs included: A, B and C"; the parser sets the names in
    apposition to the noun): the list's items are the noun's holders. Not a counted noun
    ("five winners: ..."), whose members `named` reads, nor a row's label ("Winner: X"). None
    when there is none."""
    lex = lexicon()
    if tok.lemma_.lower() not in lex.qualifiers.get("holder_nouns", ()) or any(
            g.dep_ == "nummod" for g in tok.children):
        return None
    if tok.i == 0 and len(p.doc) > 1 and p.doc[1].text == ":":
        return None   # "Winner: X, Film": a row's label under a heading (layout_frames)
    for c in tok.children:
        a = p.arg_at(c.i)
        if c.dep_ != "appos" or c.i < tok.i or a is None or a.first == 0 \
                or a.kind not in ("person", "film", "work", "org") \
                or p.doc[a.first - 1].text != ":":
            continue
        # (the colon right after the noun's phrase, or after the verb it is the subject of)
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        inside = {x.i for x in tok.subtree}
        if all(t.i in inside or verb is not None and t.i == verb.i
               for t in p.doc[tok.i + 1:a.first - 1]):
            return c
    return None


def layout_frames(p: Parsed, is_heading, headings: bool = True) -> list[Frame]:
    """A heading, a colon and what it names: "Best Director: Jane Roe (Harbour Lights)". The
    heading must be something `is_heading` accepts (an award or category), the item after the
    colon an argument; a parenthesised argument after it is the work."""
    doc = p.doc
    to_rel = lexicon().layouts.get("award_to")
    for_rel = lexicon().layouts.get("award_for")
    out = []
    for t in doc:  # "..., Best Original Screenplay to Jane Roe (Harbour Lights)": no verb
        if to_rel is None or t.pos_ in ("VERB", "AUX") or not is_heading(p, t.i, t.i + 1):
            continue
        for c in t.children:
            # "Five Oscars for Anora", "Best Actress for Mikey Madison": a prize that is the
            # whole sentence's head, with no verb over it, given "for" its winner (a headline
            # or a list line); under a verb, "for" names the work or the reason instead
            rel = to_rel if c.lower_ == "to" and t.head.pos_ not in ("VERB", "AUX") else \
                for_rel if c.lower_ == "for" and t.dep_ == "ROOT" and for_rel is not None \
                else None
            if c.dep_ == "prep" and rel is not None:
                winners = [g for g in c.children if g.dep_ == "pobj"]
                if winners:
                    f = Frame(rel, t.i, p, clause=frozenset(x.i for x in t.subtree),
                              layout=True)
                    f.roles["award"] = [Filler(t.i, p.arg_at(t.i))]
                    f.roles["winner"] = _fillers(p, winners[0])
                    works = [g for w in winners for g in w.children if g.dep_ == "appos"
                             and p.arg_at(g.i) is not None]
                    f.roles["work"] = [Filler(g.i, p.arg_at(g.i)) for g in works]
                    out.append(f)
    rel = lexicon().layouts.get("heading_colon")
    dashes = set(lexicon().qualifiers.get("heading_dashes", ()))
    colon = next((t for t in doc if t.text == ":" or t.text in dashes), None)
    # "Winner: Jane Roe, Harbour Lights" under a heading line that names the category (its
    # "Winner" is no frame of its own: it names no one)
    under = colon is not None and colon.text == ":" and colon.i == 1 \
        and doc[0].lower_ in lexicon().qualifiers.get("row_winner_heads", ())
    # "2019: Parasite", "Cannes 2021 — Titane, Julia Ducournau": a row of a list of one prize's
    # winners, dated by its year, under a heading that names the prize
    under = under or colon is not None and 0 < colon.i <= 3 and any(
        t.like_num and t.text.isdigit() and len(t.text) == 4 for t in doc[:colon.i]) and all(
        t.pos_ in ("PROPN", "NOUN", "NUM") for t in doc[:colon.i])
    if rel is not None and not out and headings and (rows := _semicolon_rows(p, is_heading, rel)):
        return rows   # ("Best Actor: A (X); Best Actress: B (Y)": a row each)
    if rel is not None and not out and (row := _bare_row(p, rel)):
        return row   # (a row of names alone, marked the winner or not: "X, Film (winner)")
    if out or not (headings or under):
        return out
    if rel is None:
        return []
    if colon is None or colon.i == 0 or not under and not is_heading(
            p, 0, _before_the_year(doc, colon.i)):
        return _bare_row(p, rel)
    if colon.text in dashes and any(t.pos_ in ("VERB", "AUX") for t in doc[colon.i + 1:]):
        return []   # "Best Actress - Demi Moore was favored": a clause, not a list item
    items = []
    i = colon.i + 1
    while i < len(doc):
        a = p.arg_at(i)
        if a is not None and a.kind in ("person", "film", "work", "org"):
            items.append(Filler(a.head, a))
            i = a.last
            continue
        i += 1
    if not items:
        return []
    f = Frame(rel, colon.i, p, clause=frozenset(range(len(doc))), layout=True,
              under_heading=under)
    head = _before_the_year(doc, colon.i)   # ("Palme d'Or, 2024: X": the prize before it)
    f.roles["award"] = [] if under else [Filler(head - 1, p.arg_at(head - 1))]
    # "Cannes 2024: Palme d'Or, Anora": a row dated by its year that names its prize first,
    # before the winner, states that prize (no heading above need name it)
    first = p.arg_at(colon.i + 1)
    if under and first is not None and first.kind == "award" and items \
            and first.last <= items[0].arg.first:
        f.roles["award"] = [Filler(first.head, first)]
    people = [x for x in items if x.arg.kind == "person"]
    works = [x for x in items if x.arg.kind != "person"]
    if len(people) == 1 and len(works) <= 1 or len(works) <= 1 and _co_named(doc, people):
        f.roles["winner"] = people   # (co-winners: "Jane Roe and John Doe, Harbour Lights")
        f.roles["work"] = works
    elif not people and len(works) == 1:
        f.roles["winner"] = works
    elif len(works) == 1 and items[0] is works[0] and len(people) > 1 and all(
            t.lower_ in (",", "and", "&") for a, b in zip(people, people[1:])
            for t in doc[a.arg.last:b.arg.first]):
        # "Best Picture: "Anora" — A, B and C, producers": the film first, then the people it
        # names (its producers): the film is the winner
        f.roles["winner"] = works
    else:
        return []  # a list of several names under a heading is a list of nominees, or a table
    return [f]


def _semicolon_rows(p: Parsed, is_heading, rel) -> list[Frame]:
    """"Best Actor: Joaquin Phoenix (Joker); Best Actress: Renée Zellweger (Judy)": a line of
    rows parted by semicolons, each a heading, a colon, one person and at most one work: a
    frame each, with its own heading's prize and its own names. [] unless there are two rows
    or more and every part is one."""
    doc = p.doc
    semis = [t.i for t in doc if t.text == ";"]
    if not semis:
        return []
    out = []
    for lo, hi in zip([0] + [k + 1 for k in semis], semis + [len(doc)]):
        colon = next((t.i for t in doc[lo:hi] if t.text == ":"), None)
        if colon is None or colon == lo or not is_heading(p, lo, colon):
            return []
        items, i = [], colon + 1
        while i < hi:
            a = p.arg_at(i)
            if a is not None and a.kind in ("person", "film", "work", "org") and a.last <= hi:
                items.append(Filler(a.head, a))
                i = a.last
                continue
            i += 1
        people = [x for x in items if x.arg.kind == "person"]
        works = [x for x in items if x.arg.kind != "person"]
        if len(people) != 1 or len(works) > 1:
            return []
        f = Frame(rel, colon, p, clause=frozenset(range(lo, hi)), layout=True)
        f.roles["award"] = [Filler(colon - 1, p.arg_at(colon - 1))]
        f.roles["winner"], f.roles["work"] = people, works
        out.append(f)
    return out if len(out) > 1 else []


def _before_the_year(doc, end: int) -> int:
    """Where a heading's prize ends before the year set after it ("Palme d'Or, 2024: ...",
    "Best Picture 2020 - ..."): the index past its last word before that year; `end` when
    no year closes it."""
    k = end
    if k > 1 and doc[k - 1].text.isdigit() and len(doc[k - 1].text) == 4:
        k -= 1
        if k > 1 and doc[k - 1].text in (",", "(", "-"):
            k -= 1
    return k if k < end else end


def _bare_row(p: Parsed, rel) -> list[Frame]:
    """A list's row of names with no label of its own: "Sean Baker, Anora", "Grace Kelly - The
    Country Girl (1955)" after a rank, "2019 | Parasite | Bong Joon Ho" in a table. Names only
    (a person and a film, or a film), a year at most beside them, set apart by the marks of
    `layout_row_marks`; any other word makes it prose. No word says what prize it is a row
    of: the heading over the list does (AwardReader reads it there, or leaves the row)."""
    doc = p.doc
    marks = set(lexicon().qualifiers.get("layout_row_marks", ()))
    winner = set(lexicon().qualifiers.get("row_winner_heads", ()))
    credits = set(lexicon().qualifiers.get("layout_row_credits", ()))
    items, years, marked, i = [], [], [], 0
    while i < len(doc):
        a = p.arg_at(i)
        if a is not None and a.kind in ("person", "film", "work") and a.first == i:
            items.append(Filler(a.head, a))
            i = a.last
            continue
        if doc[i].text.isdigit() and len(doc[i].text) == 4:
            years.append(i)
        elif doc[i].lower_ in winner and items:
            marked.append(i)   # "Jane Roe, Harbour Lights (winner)": the winner among nominees
        elif doc[i].lower_ in credits and items and items[-1].arg.kind != "person" and (
                a := next((p.arg_at(j) for j in range(i + 1, len(doc))
                           if p.arg_at(j) is not None or doc[j].lower_ not in credits), None)) \
                is not None and a.kind == "person":
            pass   # "Title (2017) by Jane Roe": the maker after the title
        elif doc[i].text not in marks:
            return []
        i += 1
    people = [x for x in items if x.arg.kind == "person"]
    works = [x for x in items if x.arg.kind != "person"]
    if len(years) > 1 or len(people) > 1 or len(works) != 1 or len(marked) > 1:
        return []
    f = Frame(rel, items[-1].token, p, clause=frozenset(range(len(doc))), layout=True,
              under_heading=True, bare_row=True, row_marked=bool(marked))
    f.roles["award"] = []
    f.roles["winner"] = people or works
    f.roles["work"] = works if people else []
    return [f]


def _co_named(doc, people: list) -> bool:
    """Whether several names are one group joined by "and" ("Jane Roe and John Doe"), not a
    comma list of nominees."""
    if len(people) < 2:
        return False
    for a, b in zip(people, people[1:]):
        between = [t for t in doc[a.arg.last:b.arg.first]]
        if not between or any(t.lower_ not in ("and", "&") for t in between):
            return False
    return True


RECORD_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only", "youngest",
                          "oldest", "latest", "earliest", "sole", "lone", "most", "fewest"})


SUPERLATIVES = frozenset({"youngest", "oldest", "most", "fewest", "biggest", "earliest"})


def _record(tok) -> bool:
    """A cue inside 'the first/only/youngest X to ...' or 'the first X who/that ...'."""
    t = tok
    for _ in range(3):
        if t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break   # "X was the first woman to win A, while Y won B": an adverbial clause with
            # a subject of its own tells its own event, not the record of the clause above
        if t.dep_ in ("relcl", "acl", "xcomp", "advcl", "ccomp") and t.head.i != t.i:
            head = t.head
            if any(_record_word_on(c, head, t) and (
                    c.lower_ in RECORD_WORDS or c.lower_.endswith("est") and c.tag_ == "JJS")
                   # "X won best picture, while Y took ...": a category's "best" in the clause
                   # a verb hangs on is no record
                   and not (c.lower_ == "best" and head.pos_ in ("VERB", "AUX"))
                   # "she was only 24 when she won": a softener of a number is no record
                   # (but "one of only three actresses to win": the size of a group is)
                   and not (c.dep_ == "advmod" and c.head.like_num and not _group_size(c.head))
                   # "one of only a handful of films to win": a small group, no record
                   and not (c.lower_ == "only" and c.head.lemma_.lower() in
                            lexicon().section("records").get("vague_groups", ()))
                   or (c.lower_[:1].isdigit() and parse_ordinal(c.lower_)
                       and c.head.i == head.i
                       and head.pos_ == "NOUN" and head.lemma_.lower() not in
                       lexicon().qualifiers.get("edition_nouns", ()))  # "the 4th film to"
                   # (words of the cue's own clause are not the phrase it hangs on: "X, a
                   # first-time nominee, won A; Y won B" with the first clause a complement)
                   for c in head.subtree if c.i < t.left_edge.i and c.i >= head.left_edge.i):
                return True
            t = head
            continue
        break
    return False


def _group_size(num) -> bool:
    """Whether a number counts the members of a group one of which is the subject ("one of
    only three actresses to win ..."): the number on a noun in the "of" phrase of "one"."""
    noun = num.head
    return num.dep_ == "nummod" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lower_ == "one"


def _record_word_on(c, head, t) -> bool:
    """Whether a word of the phrase a cue's clause `t` hangs on (`head`) may make the cue a
    record's: not an owner's ordinal on another noun of that phrase ("won his third Oscar,
    taking Best Actor": the ordinal counts his Oscars; "the third film to win", "her first
    film to win" are records the clause is part of)."""
    return c.i == head.i or c.head.i in (head.i, t.i) or not any(
        g.dep_ == "poss" for g in c.head.children)


def _verb_frame(p: Parsed, tok, cue: Cue) -> Frame:
    rel = cue.relation
    f = Frame(rel, tok.i, p, clause=clause_of(tok, p.titles), negated=_negated(tok, p.titles),
              irrealis=_modal(tok) or p.sentence.text.rstrip().endswith("?"),
              record=_record(tok))
    subj = subject_token(tok)
    if subj is not None and tok.dep_ == "relcl" and subj.i == tok.head.i and any(
            c.dep_ in SUBJ_DEPS and c.lower_ == "which" for c in tok.children):
        subj = _thing_named_before(p, subj) or subj
    passive = _passive(tok)
    # an active cue read in the passive ("Y was beaten to the prize by X") whose relation
    # names no passive subject: the subject is what the active verb's object is, and the
    # "by" phrase is the active subject
    swap = passive and not cue.passive and rel.role("dobj") is not None and (
        rel.role("nsubjpass") is None
        # "the film received at Cannes", "the prize won that night": an active cue's
        # participle set after a noun says what was done to the noun (the film was
        # received, the prize was won), not who won
        or tok.dep_ == "acl" and tok.tag_ == "VBN" and subj is not None and subj.i == tok.head.i)
    subject_role = rel.role("dobj") if swap else (
        rel.role("nsubjpass" if passive else "nsubj") or rel.role("nsubj"))
    if subj is None:
        title = _title_before(p, tok)
        if title is None and (title := _row_verb_label(p, tok)) is not None and \
                (b := p.arg_at(tok.i - 2)) is not None and b.kind == "person":
            f.row_person = b
        role = subject_role
        if title is not None and role:
            f.roles.setdefault(role, []).append(Filler(title.head, title))
    if subj is not None:
        role = subject_role
        if role:
            # "Pulp Fiction, which won in 1994, and The Piano, ...": a relative clause is
            # said of the noun it hangs on, not of the nouns coordinated with it
            own = subj.head.i == tok.i or tok.dep_ not in ("relcl", "acl")
            f.roles.setdefault(role, []).extend(
                _fillers(p, subj) if own else [Filler(subj.i, p.arg_at(subj.i))])
            if own:
                for other in _more_subjects(subj):
                    f.roles[role].extend(_fillers(p, other))
    if subj is None:
        _hyphen_prefix(p, tok, rel, passive, f)
    objs = _objects(p, tok, rel)
    for c, dep in objs:
        role = rel.role(dep)
        if role:
            f.roles.setdefault(role, []).extend(_fillers(p, c))
    if tok.dep_ == "relcl" and not objs and subj is not None and subj.i != tok.head.i \
            and tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN") and rel.role("dobj") \
            and not any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in tok.children):
        # "the applause the film received": a relative clause with a subject of its own and
        # no object (its pronoun left out) says what its verb did to the noun it hangs on
        # (but not one opened by "where", "when": "the street where it was shot")
        f.roles.setdefault(rel.role("dobj"), []).extend(_fillers(p, tok.head))
    elif tok.dep_ == "relcl" and not objs and subj is not None and subj.i != tok.head.i \
            and (pool := _pool_of_one(tok.head)) is not None and rel.role("dobj"):
        # "(Best Director was) one of three trophies Baker collected": the clause hangs on
        # the "one" the parser made its head; what its verb did it did to the pool noun
        # (its number counts the clause's event, read with the noun)
        f.roles.setdefault(rel.role("dobj"), []).extend(_fillers(p, pool))
    _one_of_the_pool(p, tok, rel, f)
    _counted_line_noun(p, tok, f)
    _dative_subject(p, tok, rel, f)
    _owned_prize_as_passive_subject(p, tok, rel, f)
    _owned_work_as_winner(p, tok, rel, f)
    # a cue that ends in a preposition takes its object there ("walked away with the prize")
    last = cue.words[-1] if len(cue.words) > 1 else None
    # a preposition inside a title is the name's ("for One Flew Over the Cuckoo's Nest": no
    # rival comes with that "Over")
    for word in dict.fromkeys(c.lower_ for c in _prep_heads(tok) if c.i not in p.titles):
        role = rel.role(word) or (rel.role("agent") if word == "by" else None) or (
            rel.role("nsubj") if word == "by" and swap else None)
        if role is None and word == last and not cue.passive:
            role = rel.role("dobj")
        if role:
            for o in _prep_objects(tok, word):
                if role == "work" and lexicon().noun_of(o) is rel:
                    continue   # "swept the Oscars with four wins": the count, no work
                f.roles.setdefault(role, []).extend(_fillers(p, o))
    _work_not_its_own_winner(rel, f)
    return f


def _pool_of_one(head):
    """The plural prize noun (lexicon `award_nouns`) "one of" takes when `head` is that "one"
    ("one of four Oscars", "one of three trophies"), else None."""
    if head.lower_ != "one":
        return None
    nouns = set(lexicon().qualifiers.get("award_nouns", ()))
    return next((o for pr in head.children if pr.dep_ == "prep" and pr.lower_ == "of"
                 for o in pr.children if o.dep_ == "pobj" and o.lower_.endswith("s")
                 and (o.lemma_.lower() in nouns or o.lower_[:-1] in nouns)), None)


def _one_of_the_pool(p: Parsed, tok, rel, f: Frame) -> None:
    """"Best Director was one of four trophies Baker collected": the prize the copula says is
    one of the pool a relative clause describes is one its verb names too, a category the
    claim states beside the pool's count."""
    role = rel.role("dobj")
    if tok.dep_ != "relcl" or not role or _pool_of_one(tok.head) is None:
        return
    from .awards.common import category_runs   # (the award package reads frames)
    item = _copula_subject(tok.head)
    if item is not None and (getattr(p.arg_at(item.i), "kind", None) == "award"
                             or item.i in category_runs(p)) and not any(
            x.token == item.i for x in f.roles.get(role, ())):
        f.roles.setdefault(role, []).extend(_fillers(p, item))


def _copula_subject(attr):
    """The subject of the copula `attr` is the complement of ("Best Director was one",
    "Editing turned out to be one": through the verb "be" is the complement of), or None."""
    if attr.dep_ != "attr" or attr.head.lemma_ != "be":
        return None
    verb = attr.head
    while True:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return subj
        verb = verb.head


def _counted_line_noun(p: Parsed, tok, f: Frame) -> None:
    """"Five Oscars won by Anora", "6 \u2014 Oscars won by Anora", "7: the Oscars it took home":
    a line with no verb of its own whose head noun a participle or relative clause describes
    fills the clause's role, and the number that counts the noun counts the clause's event
    (the noun and its number join the frame's clause). Not a noun that is a verb's argument
    ("two of the five Oscars won by Anora": a pool)."""
    head = tok.head
    if tok.dep_ not in ("acl", "relcl") or head.dep_ != "ROOT" or head.i == tok.i or \
            head.pos_ not in ("NOUN", "PROPN") or not any(
                x.token == head.i for fl in f.roles.values() for x in fl):
        return
    nums = {c.i for c in head.children if c.dep_ == "nummod" and c.like_num}
    if nums:
        f.clause = f.clause | {head.i} | nums


def _work_not_its_own_winner(rel: Relation, f: Frame) -> None:
    """"Having won his second Oscar for A Girl in the River: The Price of Forgiveness,
    Sharmeen Obaid-Chinoy ...": a title the parser took into the subject as well as the "for"
    phrase is the work the prize was for, not a second winner beside the name."""
    who, work = rel.role("nsubj"), rel.role("for")
    if not who or not work or who == work or not f.roles.get(who) or not f.roles.get(work):
        return
    works = {id(x.arg) for x in f.roles[work] if x.arg is not None}
    kept = [x for x in f.roles[who] if x.arg is None or id(x.arg) not in works]
    if kept and len(kept) < len(f.roles[who]):
        f.roles[who] = kept


def _thing_named_before(p: Parsed, head):
    """What a "which" clause the parser hung on a person's name stands for: "which" is never
    said of a person, so it is the title the name is set beside or joined to ("Amadeus
    (1984), Milos Forman, which won eight of its 11 nominations") or whose "by" phrase the
    name closes ("Gandhi, by Richard Attenborough, which won eight Oscars"); None when the
    head is no person's name or no such title is found."""
    a = p.arg_at(head.i)
    if a is None or a.kind != "person":
        return None
    x = head
    while (b := p.arg_at(x.i)) is None or b.kind not in ("film", "work"):
        if x.head.i == x.i or x.dep_ not in ("appos", "conj", "pobj", "prep", "compound"):
            return None
        x = x.head
    return x


def _double_object(p: Parsed, tok) -> Optional[tuple]:
    """(indirect, direct) of a verb with two objects the parser misread: "earned Adrien Brody
    his second Oscar" as two direct objects, or the second as an apposition with no comma
    ("landed Emma Stone her second Oscar"). None when the verb has no such pair."""
    doc = tok.doc

    def person(t) -> bool:
        a = p.arg_at(t.i)
        return t.pos_ == "PRON" or a is not None and a.kind == "person" and a.last == t.i + 1
    def film_to_prize(t, prize) -> bool:   # "handed Triangle of Sadness the Palme d'Or"
        a, b = p.arg_at(t.i), p.arg_at(prize.i)
        return a is not None and a.kind == "film" and a.last == t.right_edge.i + 1 \
            and b is not None and b.kind == "award"
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if len(objs) == 2:   # one right after the other, the first a person (or a film, a prize)
        first, second = objs
        if (person(first) or film_to_prize(first, second)) \
                and first.right_edge.i + 1 == second.left_edge.i \
                and not any(t.is_punct for t in doc[first.i:second.left_edge.i]):
            return first, second
        return None
    if len(objs) == 1 and any(c.dep_ == "nummod" for c in objs[0].children) and (
            lead := [c for c in objs[0].children if c.dep_ in ("nmod", "compound")
                     and c.i < objs[0].i and person(c) and c.left_edge.i == objs[0].left_edge.i
                     and any(n.dep_ == "nummod" and c.i < n.i for n in objs[0].children)]):
        # "earned Sean Baker four Oscars": the parser hung the name before the count on the
        # counted prize as its modifier; it is who received them
        return lead[0], objs[0]
    dat = [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative")]
    if len(dat) == 1 and objs:
        # "handed Anora the Palme d'Or": the prize read as a bare noun phrase beside the object
        # (npadvmod); the object before it, a name or a noun, is who received it
        a = p.arg_at(dat[0].i)
        second = [c for c in tok.children if c.dep_ == "npadvmod" and c.i > dat[0].i
                  and dat[0].right_edge.i + 1 == c.left_edge.i
                  and (p.arg_at(c.i) is not None and p.arg_at(c.i).kind == "award")]
        if len(second) == 1 and (person(dat[0]) or dat[0].pos_ in ("NOUN", "PROPN") and (
                a is None or a.kind in ("film", "person"))):
            return dat[0], second[0]
    if len(dat) != 1 or not person(dat[0]):
        return None
    # "earned Sean Baker and Samantha Quan the Oscar": with the recipients joined, the prize
    # is set beside the last of them, every one a person's name
    names = conjuncts(dat[0])
    last = names[-1] if all(person(t) for t in names) else dat[0]
    app = [a for a in last.children if a.dep_ == "appos" and a.i > last.i
           and a.pos_ in ("NOUN", "PROPN") and not doc[a.left_edge.i - 1].is_punct]
    return (dat[0], app[0]) if len(app) == 1 else None


def _objects(p: Parsed, tok, rel: Relation) -> list:
    """(token, dependency) of the verb's objects, a misread double object read as one."""
    pair = _double_object(p, tok) if rel.role("dative") else None
    out = []
    for c in tok.children:
        if c.dep_ not in OBJ_DEPS or _aside_noun(c):
            continue
        if pair and c.i == pair[0].i:
            out.append((c, "dative"))
            if pair[1].head.i in (tok.i, *(x.i for x in conjuncts(c))):
                out.append((pair[1], "dobj"))
        elif pair and c.i == pair[1].i and pair[0].head.i == c.i:
            out += [(pair[0], "dative"), (c, c.dep_)]   # (the name hung inside the object)
        else:
            out.append((c, c.dep_))
    return out


def _dative_subject(p: Parsed, tok, rel: Relation, f: Frame) -> None:
    """'The Brutalist earned Adrien Brody an Oscar': when the indirect object takes the role
    the subject would ("winner"), the subject is what brought it, the `for` role (the work)."""
    role = rel.role("dative")
    if not role or role != rel.role("nsubj") or not rel.role("for") or _passive(tok):
        return
    dat = [c for c, dep in _objects(p, tok, rel) if dep == "dative"
           and c.pos_ in ("PROPN", "PRON", "NOUN")]
    if not dat or role not in f.roles:
        return   # (with no subject parsed, a title that opens with a preposition, "On Golden
        # Pond earned X a fourth Oscar", is what brought it all the same)
    inside = {t.i for d in dat for t in d.subtree}
    moved = [x for x in f.roles[role] if x.token not in inside]
    if not moved or len(moved) == len(f.roles[role]):
        return
    f.roles[role] = [x for x in f.roles[role] if x not in moved]
    f.roles.setdefault(rel.role("for"), []).extend(moved)


def _owned_prize_as_passive_subject(p: Parsed, tok, rel: Relation, f: Frame) -> None:
    """"Her second Oscar was awarded for The Father": a passive whose subject would be the
    winner ("she was awarded the Oscar") has a prize for its subject, owned by a person: the
    prize is the award and its owner the winner."""
    role = rel.role("nsubjpass")
    if not _passive(tok) or not role or role == rel.role("dobj") or not rel.role("dobj") \
            or f.roles.get(rel.role("dobj")):
        return
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    a = p.arg_at(subj[0].i) if len(subj) == 1 else None
    if a is None or a.kind != "award" or a.head != subj[0].i:
        return
    owner = [c for c in subj[0].children if c.dep_ == "poss"]
    b = p.arg_at(owner[0].i) if owner else None
    if b is None or b.kind != "person":
        return
    f.roles[role] = [Filler(owner[0].i, b)]
    f.roles[rel.role("dobj")] = [Filler(subj[0].i, a)]


def _owned_work_as_winner(p: Parsed, tok, rel: Relation, f: Frame) -> None:
    """"The Writers Guild honoured Anora's original screenplay": the object in the winner's
    place is a category's head noun (lexicon `categories.heads`) owned by a name: the owner
    is the winner, and the owned phrase the category, when the clause names no prize besides."""
    role, award = rel.role("dobj"), "award"
    if role != "winner" or rel.polarity != "won" or f.roles.get(award) \
            or len(f.roles.get(role) or ()) != 1:
        return
    w = f.roles[role][0]
    t = p.doc[w.token]
    if w.arg is not None or t.pos_ != "NOUN" or t.lemma_.lower() not in set(
            lexicon().categories.get("heads", ())):
        return
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    b = p.arg_at(owner.i) if owner is not None else None
    if b is None or b.kind not in ("person", "film") or not b.entity:
        return
    f.roles[role] = [Filler(owner.i, b)]
    f.roles[award] = [Filler(t.i, None)]


def _hyphen_participle(tok) -> bool:
    """A lower-case word after a hyphen that the tagger took for a part of a name, hung on the
    noun after it ("the Brooklyn-set Anora": "set" tagged a proper noun before a title): a
    proper noun is capitalised, so it is the participle of a hyphenated modifier."""
    return tok.pos_ == "PROPN" and tok.text.isalpha() and tok.text.islower() and tok.i >= 2 \
        and tok.doc[tok.i - 1].text in ("-", "–") and not tok.doc[tok.i - 1].whitespace_ \
        and tok.dep_ in ("compound", "amod") and tok.head.i > tok.i


def _hyphen_prefix(p: Parsed, tok, rel: Relation, passive: bool, f: Frame) -> None:
    """A participle joined by a hyphen to the word before it and modifying a noun ("the
    Oscar-winning actress Emma Stone", "the Cannes-premiered film"): the noun (or the name it
    stands before) is its subject, and the word before the hyphen fills the relation's
    `prefix` role."""
    doc = p.doc
    if tok.i < 2 or doc[tok.i - 1].text not in ("-", "–") or not rel.role("prefix") or not (
            tok.dep_ == "amod" or tok.dep_ == "compound" and tok.tag_ in ("VBN", "VBG")
            or _hyphen_participle(tok)):
        return   # (the parser may hang the participle as a compound: "the Brooklyn-set film")
    head = tok.head
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head   # "actress Emma Stone": the name
    if head.pos_ == "NOUN" and p.arg_at(head.i) is None:
        # a common noun in apposition with a name stands for it ("Brady Corbet, the
        # Oscar-winning director of The Brutalist"; "the Oscar-winning director of
        # Oppenheimer, Christopher Nolan")
        named = [x for x in [head.head] * (head.dep_ == "appos") + [
            c for c in head.children if c.dep_ == "appos" and c.i > head.i]
            if (a := p.arg_at(x.i)) is not None and a.kind in ("person", "film", "work")]
        # "the Oscar-winning director of Oppenheimer, Christopher Nolan": the parser may hang
        # the name on the film the noun is of
        named += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" and (b := p.arg_at(o.i)) is not None
                  and b.kind in ("film", "work") for g in o.children if g.dep_ == "appos"
                  and g.i > o.i and (a := p.arg_at(g.i)) is not None and a.kind == "person"]
        if named:
            head = named[0]
    role = rel.role("nsubjpass" if passive else "nsubj") or rel.role("nsubj")
    # "Emma Stone's Oscar-winning turn in The Favourite": a performance noun with a person as
    # its owner is that person's prize (or nomination) for the work it is in, not the work's
    owner = [a for c in head.children if c.dep_ == "poss" and (a := p.arg_at(c.i)) is not None
             and a.kind == "person"] if head.lemma_.lower() in (
                 lexicon().qualifiers.get("work_nouns") or {}) else []
    work = "work" if any(v == "work" for _k, v in rel.roles) else None
    # (only when the noun's work is read: the owner's prize for no known work says nothing)
    works = [x for x in _fillers(p, head) if x.arg is not None and x.arg.kind in (
        "film", "work")] if owner and work else []
    if role and works:
        f.roles.setdefault(role, []).append(Filler(owner[0].head, owner[0]))
        f.roles.setdefault(work, []).extend(works)
    elif role:
        f.roles.setdefault(role, []).extend(_fillers(p, head))
    f.roles.setdefault(rel.role("prefix"), []).append(
        Filler(tok.i - 2, p.arg_at(tok.i - 2)))


def _recipient(p: Parsed, tok) -> bool:
    """The first of two objects is who a thing went to ("gave her a nomination"): a person, or
    a pronoun that stands for one."""
    a = p.arg_at(tok.i)
    return a is not None and a.kind == "person" or tok.pos_ == "PRON"


def _holder_in_a_relative(p: Parsed, tok):
    """The subject of a relative clause on a relation noun whose verb only holds it (the
    lexicon's `light_count_verbs`: "the nominations Sinners received", "the six nods that
    Anora earned"): the noun is that verb's object, so its subject holds it. None when the
    clause has an object of its own or its subject is no name."""
    light = set(lexicon().qualifiers.get("light_count_verbs", ()))
    for v in tok.children:
        if v.dep_ != "relcl" or v.lemma_.lower() not in light or v.i < tok.i:
            continue
        if any(c.dep_ in OBJ_DEPS and c.lower_ not in ("that", "which") for c in v.children):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj" and (
            a := p.arg_at(c.i)) is not None and a.kind in ("film", "work", "person")]
        if len(subj) == 1:
            return subj[0]
    return None


def _light(verb) -> bool:
    """A verb phrase that only carries a relation noun ("took place", "was carried out")."""
    need = lexicon().qualifiers.get("light_verbs", {}).get(verb.lemma_.lower())
    if need is None:
        return False
    words = {c.lower_ for c in verb.children}
    return all(w in words for w in need)


def _title_before(p: Parsed, verb):
    """A title of several words the parser read as a clause ("All About Eve received 14
    nominations", "Gone with the Wind won eight"): when it opens the clause and ends right
    before the verb, it is the verb's subject."""
    a = p.arg_at(verb.i - 1) if verb.i > 0 else None
    if a is None or a.kind not in ("film", "work") or a.last != verb.i or a.last - a.first < 2:
        return None
    before = p.doc[a.first - 1] if a.first > 0 else None
    if before is not None and not (before.is_punct or before.lower_ in ("and", "but", "the")):
        return None
    return a


def _prep_heads(tok) -> list:
    """The prepositions of a cue: its own, its particle's, and those the parser hung on its
    object ("upset Demi Moore for Best Actress": 'for' attaches to the name)."""
    kids = list(tok.children)
    kids += [g for c in kids if c.dep_ in ("prt", "advmod", "acomp", "attr", "dobj", "prep",
                                           "oprd", "npadvmod")
             # "won X, his second win after Y in 2003": a relation noun's words are its own
             and not _aside_noun(c)
             for g in c.children]
    # "went home empty-handed in the Best Director race": the parser hangs the phrase on the
    # cue's own predicate adjective (`_match_cue` reads it as a word of the cue)
    kids += [g for c in tok.children if c.dep_ == "advcl" and c.pos_ == "ADJ" and c.i > tok.i
             for g in c.children]
    # "for an Oscar in ...", but not a bound's object ("seven years after her win for La La
    # Land": that film is the earlier win's, never this one's work)
    kids += [g for c in kids if c.dep_ == "pobj" and c.head.lower_ not in BOUNDS
             for g in c.children]
    # "won the Oscar for Best Supporting Actor for X": the parser hangs the second preposition
    # on the last word of the prize's name
    # ("nominated for the Oscar for Best Director for X": or on the category of a prize
    # that the cue's own preposition takes)
    prize = {w.lower() for w in lexicon().qualifiers.get("award_nouns", ())}
    kids += [g for c in kids if c.dep_ == "prep" and c.head.i != tok.i and (
                 c.head.dep_ == "dobj" or c.head.dep_ == "pobj" and c.head.head.head.i == tok.i
                 and c.head.lemma_.lower() in prize)
             for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN" for g in o.children
             if g.dep_ == "prep" and g.lower_ == "for" == c.lower_]
    # ... and on the category the prize's own "of" names ("won the Oscar of best
    # cinematography for X", as translated press puts it)
    kids += [g for c in kids if c.dep_ == "prep" and c.lower_ == "of" and c.head.i != tok.i
             and c.head.dep_ == "dobj" and (c.head.pos_ == "PROPN" or c.head.lemma_.lower() in prize)
             for o in c.children if o.dep_ == "pobj" and any(
                 x.dep_ == "amod" and x.lower_ in ("best", "finest") for x in o.children)
             for g in o.children if g.dep_ == "prep" and g.lower_ == "for"]
    kids += [g for g in _for_on_show(kids) if g not in kids]
    kids += _cleft_preps(tok)
    return [c for c in kids if c.dep_ in ("prep", "agent", "dative")]


def _for_on_show(kids) -> list:
    """The "for" the parser hung on the show an "at" phrase among `kids` names ("nominated
    for Best Actress at the Oscars for X", "a nomination at the Oscars for X"): what the prize
    was for, not the show's."""
    return [g for c in kids if c.dep_ == "prep" and c.lower_ == "at"
            for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN" for g in o.children
            if g.dep_ == "prep" and g.lower_ == "for"]


def _cleft_preps(tok) -> list:
    """"It was at Cannes that Anora premiered": the focus of a cleft that is a prepositional
    phrase hangs on the copula; it is a preposition of the clause the cleft introduces."""
    head = tok.head
    if tok.dep_ == "relcl" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        focus = [head.head]                # parsed as a relative clause on the place
        head = head.head.head
    else:
        focus = [c for c in head.children if c.dep_ == "prep" and c.i < tok.i]
    if tok.dep_ not in ("ccomp", "relcl", "advcl") or head.lemma_ != "be" or head.i == tok.i \
            or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children) \
            or not any(c.lower_ == "that" and c.i < tok.i for c in tok.children):
        return []
    return focus


def _nounlike(p: Parsed, tok) -> bool:
    """A noun, or a title the parser tagged as another word ("Wicked: 10 nominations": an
    adjective) that is a name of a film, work or person."""
    if tok.pos_ in ("PROPN", "NOUN"):
        return True
    a = p.arg_at(tok.i)
    return a is not None and a.kind in ("film", "work", "person") and a.first <= tok.i < a.last


def _tally_of_another(p: Parsed, tok, verb, subj) -> bool:
    """Whether a counted relation noun set off under a holding preposition (lexicon
    `held_with`) of a verb that states no award relation may be the tally of a film or person
    the verb names after its subject ("Madison starred in Anora, with five wins"): the holder
    is then not the subject's to take."""
    if subj is None or tok.dep_ != "pobj" or tok.head.head.i != verb.i or tok.head.lower_ not in (
            lexicon().qualifiers.get("held_with") or {}).get("prepositions", ()) or \
            not any(c.dep_ == "nummod" for c in tok.children):
        return False
    cue = _match_cue(verb)
    if cue is not None and cue.relation.family == "awards":
        return False
    others = [o for c in verb.children if c.i < tok.i and c.i != subj.i
              for o in ([c] if c.dep_ in OBJ_DEPS else
                        [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])]
    return any(getattr(p.arg_at(o.i), "kind", None) in ("film", "person") for o in others)


def _tally_holder(p: Parsed, tok):
    """"Anora, with five wins and six nominations, topped the night": a counted relation noun
    (or a noun coordinated with one) under a holding preposition (lexicon `held_with`) that the
    parser hung on a name, not on a verb, is that name's tally; the name (a film or person) is
    its holder. None otherwise."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if not any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in tok.children):
        return None   # "with wins at Cannes": no tally
    prep = first.head
    if first.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in (
            lexicon().qualifiers.get("held_with") or {}).get("prepositions", ()):
        return None
    name = prep.head
    if name.pos_ == "ADJ" and name.dep_ in ("amod", "appos") and name.head.i != name.i:
        # "Sean Baker, 54, triumphant with four Oscars": the phrase hangs on an adjective
        # set on the name, which is still the holder
        name = name.head
    elif name.pos_ == "ADJ" and name.dep_ == "acomp" and subject_token(name.head) is not None:
        name = subject_token(name.head)   # "Anora was triumphant with five Oscars"
    elif (rec := _record_head_holder(name, prep)) is not None:
        name = rec   # "X is the only man with three Oscars": the record head's referent
    a = p.arg_at(name.i)
    if name.pos_ not in ("PROPN", "NOUN") or a is None or a.kind not in ("film", "person") \
            or not a.first <= name.i < a.last:
        return None
    return name


def _record_head_holder(head, prep):
    """"Day-Lewis is the only man with three best actor Oscars", "Brennan remains the sole
    actor with three supporting wins": a tally under a holding preposition hung on a record's
    head noun ("only", lexicon `records.only`) that a copula or a verb of becoming equates with
    its subject counts that subject's prizes; the record itself (no one else has as many) is
    left to the record's words. The subject token, or None: a head with words of its own that
    narrow the tally ("the only man with three Oscars in the 1990s") or an ordinal's ("the
    first woman with two Oscars", who may have more since) is no plain tally."""
    q = lexicon().qualifiers
    only = set(lexicon().section("records").get("only", ()))
    if head.pos_ != "NOUN" or head.dep_ not in ("attr", "oprd") or not (
            prep.head.i == head.i or prep.head.i == head.head.i and prep.i > head.i) or \
            head.head.lemma_.lower() not in set(q.get("record_copulas", ())) | set(
                q.get("reaching_verbs", ())) or not any(
                c.dep_ == "amod" and c.lower_ in only for c in head.children):
        return None
    if any(c.dep_ not in ("det", "amod", "compound", "punct") and c.i != prep.i and not (
            c.dep_ == "prep" and c.lower_ == "for") for c in head.children) or any(
                c.dep_ == "prep" and c.lower_ != "for" for o in prep.children for c in o.children):
        return None
    return subject_token(head.head)


def _for_holder(p: Parsed, tok):
    """"12 nominations for Emilia P\u00e9rez", "Three wins for Wicked at the 97th Academy
    Awards", "By the numbers: 13 nominations for X": a counted relation noun that heads a line
    with no verb (its root, or set after the line's colon) counts the nominations or wins of
    the one film, work or person its "for" phrase names. That name; else None."""
    if not any(c.dep_ == "nummod" and c.like_num for c in tok.children):
        return None
    if not (tok.dep_ == "ROOT" or tok.dep_ == "appos" and tok.left_edge.i > 0 and
            p.doc[tok.left_edge.i - 1].text in (":", *lexicon().qualifiers.get(
                "heading_dashes", ())) and getattr(p.arg_at(tok.head.i), "kind", None) not in (
                "film", "work", "person")):
        return None
    named = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
             for o in c.children if o.dep_ == "pobj"]
    if len(named) != 1 or len(conjuncts(named[0])) > 1:
        return None   # ("nominations for A and B": a sum of two, or one each?)
    a = p.arg_at(named[0].i)
    if a is None or a.kind not in ("film", "work", "person") or not a.first <= named[0].i < a.last:
        return None
    return named[0]


def _fronted_holder(p: Parsed, tok):
    """"Winner of the Palme d'Or in 2024, Anora is ...", "A two-time Palme d'Or winner, Ruben
    Ostlund returned ...": a holder noun whose phrase opens the sentence and is closed by a
    comma right before the main verb's subject (the parser makes it a side clause or a first
    subject) is said of that subject, a person or film the sentence names. That subject's
    token; else None."""
    if tok.lemma_.lower() not in lexicon().qualifiers.get("holder_nouns", ()) or \
            tok.dep_ not in ("advcl", "nsubj", "npadvmod", "dep") or \
            tok.head.pos_ not in ("VERB", "AUX") or tok.head.i < tok.i:
        return None
    doc, end = p.doc, tok.right_edge.i
    if tok.left_edge.i != 0 or end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    if any(t.like_num or t.lower_ in lexicon().qualifiers.get("times_suffix", ())
           for t in doc[:tok.i]) and any(t.ent_type_ in ("DATE", "TIME") for t in doc[tok.i:end]):
        return None   # ("A seven-time nominee by the end of the 1980s, X ...": a count as of a
        # time the phrase names, not the whole career the main clause's subject is read for)
    subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > end
            and c.left_edge.i == end + 2]
    a = p.arg_at(subj[0].i) if len(subj) == 1 else None
    if a is None or a.kind not in ("person", "film") or not a.known:
        return None
    return subj[0]


def _event_holder(p: Parsed, tok):
    """"The Best Picture win for Anora capped its run", "the victory for Sean Baker in the
    directing category", "Big win for X at Cannes": a relation noun that names an event (not a
    holder noun: "the winner for Best Actress" names a prize) with no owner of its own, heading
    a phrase that is a clause's subject (or a line with no verb), has as its holder the one
    person or film its "for" phrase names (as "X's win" has X). That name; else None."""
    lex = lexicon()
    if tok.lemma_.lower() in lex.qualifiers.get("holder_nouns", ()) or \
            tok.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return None
    named = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
             for o in c.children if o.dep_ == "pobj"]
    if len(named) != 1 or len(conjuncts(named[0])) > 1:
        return None   # ("wins for A and B": whose is which?)
    a = p.arg_at(named[0].i)
    if a is None or a.kind not in ("film", "person") or not a.known or \
            not a.first <= named[0].i < a.last:
        return None
    return named[0]


def _row_label(p: Parsed, tok):
    """The label of a list row a relation noun with no holder stands in ("Oppenheimer - 13
    nominations", "3. Killers of the Flower Moon - 10 nominations"): the one name of a film,
    work or person that is all the row has before its separator, when a number counts the
    noun; else None. A number in a row is the count the row's label names."""
    end = leading_label_end(p.doc)
    if end == 0 or tok.i <= end or not any(c.like_num for c in tok.children):
        return None   # (only a count: "Anora: the truth behind the Oscar winner" is a headline)
    doc = p.doc
    # (the name may be set in quotes and dated in brackets: '"Titanic" (1997) - 11 Oscars')
    k = 0
    while k < end and doc[k].is_quote:
        k += 1
    a = p.arg_at(k)
    if a is None or a.first != k or a.kind not in ("film", "work", "person"):
        return None
    j = a.last
    while j < end and doc[j].is_quote:
        j += 1
    if j + 3 == end and doc[j].text == "(" and doc[j + 2].text == ")" \
            and doc[j + 1].like_num and len(doc[j + 1].text) == 4:
        j += 3
    return doc[a.head] if j == end else None


def _row_verb_label(p: Parsed, verb):
    """The label of a list row whose verb, with no subject of its own, stands in brackets
    or right after the row's separator ("4. Title (1979) - Director (won 2 of 8)", "Title:
    won 11 of 14"): the one film or work name the row opens with (a bracketed year after it
    is the name's), which the row's words are said of; else None. Not a person's row: the
    person a row names may be another party of the film's tally."""
    end = leading_label_end(p.doc)
    doc = p.doc
    if end == 0 or verb.i <= end + 1 or verb.pos_ not in ("VERB", "AUX") \
            or subject_token(verb) is not None:
        return None
    if not (doc[verb.i - 1].text == "(" or verb.i == end + 1):
        return None
    if verb.i >= 2 and doc[verb.i - 1].text == "(" and (
            (b := p.arg_at(verb.i - 2)) is not None and b.kind == "person"):
        # "- Adrien Brody (won twice)": a bracket set beside a person's name is said of the
        # person, unless it is a tally out of a pool ("- Delbert Mann (won 4 of 8)"), which
        # a film row gives
        nums = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.like_num]
        if not any(g.dep_ == "prep" and g.lower_ == "of" and any(
                o.like_num for o in g.children) and (g.head.i == n.i or g.i == n.i + 1)
                for n in nums for g in [*n.children, *verb.children]):
            return None
    a = p.arg_at(0)
    if a is None or a.first != 0 or a.kind not in ("film", "work"):
        return None
    rest = [t for t in doc[a.last:end]]
    if rest and not (len(rest) == 3 and rest[0].text == "(" and rest[2].text == ")"
                     and rest[1].like_num):
        return None
    return a


def _year_before_noun_phrase(p: Parsed, tok) -> set:
    """"2019 Oscar winner X stars in ...", "2021 Palme d'Or winner Y returns": a bare year
    opening the noun phrase of a relation noun dates the noun, but the parser (no determiner
    before it) may hang it on the clause's verb, or on the name the noun describes. Such a
    year, set right before the noun's own words, is the noun's (its token, else nothing)."""
    top = tok
    while top.dep_ in ("compound", "amod", "nmod") and top.head.i > top.i \
            and top.head.pos_ in ("NOUN", "PROPN"):
        top = top.head
    left = tok.left_edge.i
    if left == 0:
        return set()
    y = p.doc[left - 1]
    a = p.arg_at(y.i)
    if y.dep_ == "nummod" and (y.head.pos_ in ("VERB", "AUX") or y.head.i == top.i != tok.i) \
            and y.like_num and len(y.text) == 4 and a is not None and a.kind == "date" \
            and (a.first, a.last) == (y.i, y.i + 1):
        return {y.i}
    return set()


def _noun_frame(p: Parsed, tok, rel: Relation) -> Frame:
    """'her nomination for Best Actress', 'Anora earned six nominations', 'the Best Picture
    winner Anora', 'X, a two-time winner'."""
    clause = set(clause_of(tok, p.titles))
    clause |= _year_before_noun_phrase(p, tok)
    # "five Golden Globe nominations and six Critics Choice nominations": a relation noun
    # coordinated with this one is a frame of its own, with its own count and prize
    lex = lexicon()
    others = {t.i for c in tok.conjuncts if c.i > tok.i and c.head.i == tok.i
              and c.lemma_.lower() == tok.lemma_.lower() for t in c.subtree}
    clause -= others
    if tok.dep_ == "conj" and tok.head.lemma_.lower() == tok.lemma_.lower() and \
            lex.noun_of(tok.head):
        first = _noun_frame(p, tok.head, rel)   # it shares the first one's owner and verb
        f = Frame(rel, tok.i, p, clause=frozenset(clause), noun_cue=True, record=first.record,
                  negated=first.negated, irrealis=first.irrealis)
        if first.roles.get(rel.role("nsubj") or ""):
            f.roles[rel.role("nsubj")] = list(first.roles[rel.role("nsubj")])
        for c in tok.children:
            a = p.arg_at(c.i)
            if c.dep_ in ("compound", "nsubj", "nmod") and a is not None and \
                    a.kind in ("award", "ceremony"):
                f.roles.setdefault(rel.role("dobj") or "award", []).append(Filler(c.i, a))
            role = rel.role(c.lower_) if c.dep_ == "prep" else None
            if role:
                for o in _prep_objects(tok, c.lower_):
                    f.roles.setdefault(role, []).extend(_fillers(p, o))
        return f
    # "its 13-nomination haul", "the film's ten-nomination tally": a relation noun set before
    # a noun that only sums it (`count_containers`) counts for that noun's owner and verb
    containers = lex.qualifiers.get("count_containers", ())
    container = tok.head if tok.dep_ == "compound" and tok.head.i > tok.i and \
        tok.head.lemma_.lower() in containers else None
    if container is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.i < tok.i and tok.head.head.lemma_.lower() in containers:
        container = tok.head.head   # "Anora's haul of five Oscars", "with a tally of six
        # nominations": the sum's owner and verb, as for the noun set before it
    if container is None and tok.dep_ == "appos" and tok.head.i < tok.i and \
            tok.head.lemma_.lower() in containers:
        container = tok.head   # "Anora's haul at the Oscars: five wins": the sum's owner
    if container is not None:
        clause |= set(clause_of(container, p.titles)) - others
    at = container if container is not None else tok
    gov = at.head if at.dep_ in OBJ_DEPS + ("pobj",) else None
    pools = lexicon().qualifiers.get("pool_prepositions", ())
    bounds = set(lexicon().qualifiers.get("event_bounds", ()))
    bounded = False   # "after eight nominations": a count up to another event
    while gov is not None and gov.dep_ == "prep" and gov.head.i != gov.i:
        via, gov = gov.lower_, gov.head   # "out of seven nominations": prepositions in a row
        bounded = bounded or via in bounds
        if via in pools and gov.pos_ in ("NOUN", "PROPN") and gov.dep_ in OBJ_DEPS + ("pobj",):
            gov = gov.head   # "five Oscars from seven nominations": the pool the prizes
            # came from is the same owner's, so the noun takes the verb of those prizes
        elif via == "of" and gov.lemma_.lower() in lexicon().qualifiers.get(
                "count_containers", ()) and gov.dep_ in OBJ_DEPS:
            gov = gov.head   # "received a total of six nominations": the sum's verb
        elif via in ("of", "for") and gov.dep_ in OBJ_DEPS and _held_record(tok, gov):
            gov = gov.head   # "shares the record of 11 wins": the holder's verb
        elif via == "with" and gov.dep_ in OBJ_DEPS and gov.head.pos_ in ("VERB", "AUX") \
                and getattr(p.arg_at(gov.i), "kind", None) in ("award", "ceremony", "festival"):
            gov = gov.head   # "Conclave Tops BAFTAs With Best Film Win": a show holds no win;
            # the parser hung on the verb's show what the verb's subject came with
        elif via == "of" and gov.dep_ in OBJ_DEPS + ("pobj",) and tok.lemma_.lower() in \
                lex.qualifiers.get("holder_nouns", ()) and gov.lemma_.lower() in \
                lex.qualifiers.get("group_nouns", ()):
            gov = gov.head   # "is one of the youngest winners of ...", "joins the ranks of
            # best actress winners": a member of a group of holders is a holder
    subj = None
    # "last year's winner": a possessive time dates the noun, it is not its owner
    dated = [c for c in at.children if c.dep_ == "poss" and (a := p.arg_at(c.i)) is not None
             and a.kind in ("date", "time")]
    poss = [c for c in at.children if c.dep_ == "poss" and c not in dated]
    # "its recipient", "the Palme's youngest winner": a holder noun's possessor is the prize
    # or show held, not the holder (who is the noun's subject or apposition)
    prize_of = [c for c in poss if tok.lemma_.lower() in lex.qualifiers.get("holder_nouns", ())
                and (c.lower_ in ("its", "their") or getattr(p.arg_at(c.i), "kind", None) in (
                    "award", "ceremony", "festival"))]
    poss = [c for c in poss if c not in prize_of]
    categories: list = []
    if tok.lemma_.lower() in lex.qualifiers.get("holder_nouns", ()):
        # "a winner of the best actress Oscar": the prize a holder noun's "of" phrase names
        # (or the prize noun the parser set beside the category: "best actress, Oscar")
        prize_of += [next(x for x in o.subtree if getattr(p.arg_at(x.i), "kind", None) in (
                         "award", "ceremony", "festival"))
                     for c in tok.children if c.dep_ == "prep" and c.lower_ in
                     lex.qualifiers.get("holder_prize_prepositions", ())
                     for o in c.children if o.dep_ == "pobj" and any(
                         getattr(p.arg_at(x.i), "kind", None) in ("award", "ceremony", "festival")
                         for x in o.subtree)]
        # ... or a prize noun it names by its category alone ("the youngest winners of the
        # best actress prize"): a bare filler, the category read from its words
        prize_of += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in
                     lex.qualifiers.get("holder_prize_prepositions", ())
                     for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in
                     lex.qualifiers.get("award_nouns", ()) and not any(
                         getattr(p.arg_at(x.i), "kind", None) in ("award", "ceremony", "festival")
                         for x in o.subtree)]
        # ... or a category named alone ("previous winners of Best Actress include A (X), B
        # (Y)"): a bare filler too, the category read from its words
        # (not a record's holder, "the first Irish-born winner of best actor": a statement
        # of its own the KB cannot judge)
        ranked = _record(tok) or any(
            c.dep_ in ("amod", "advmod", "nummod") and (c.tag_ in ("JJS", "RBS") or c.lower_ in
                                                        SUPERLATIVES or parse_ordinal(c.lower_))
            for c in tok.children)
        categories = [] if ranked else [o for c in tok.children if c.dep_ == "prep" and c.lower_ in
                     lex.qualifiers.get("holder_prize_prepositions", ())
                     for o in c.children if o.dep_ == "pobj" and o not in prize_of
                     and _names_a_category(p.doc[o.left_edge.i:o.i + 1].text) and not any(
                         getattr(p.arg_at(x.i), "kind", None) in ("award", "ceremony", "festival")
                         for x in o.subtree)]
        prize_of += categories
    # the one name set beside the noun ("winner Oppenheimer", "the winner, Anora", "that night,
    # A"); not a list after a colon, nor the members of a count ("five winners: A, B, ...")
    # unless the noun's number counts the names (`winner_count_nouns`: "two winners, A and B")
    named = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and (
        a := p.arg_at(c.i)) is not None and a.kind in ("person", "film", "work", "org")
        and all(t.text == "," or t.ent_type_ in ("TIME", "DATE") for t in p.doc[tok.i + 1:a.first])
        and (not any(g.dep_ == "nummod" for g in tok.children) or tok.lemma_.lower() in
             lex.qualifiers.get("winner_count_nouns", ()))]   # "two winners, A and B"
    for_holder = _for_holder(p, tok) if not poss else None
    event_for = None
    if poss:
        subj = poss[0]
    elif for_holder is not None:
        subj = for_holder        # "6 nominations for Anora": a line's count of Anora's
    elif (app := _apposed(tok)) is not None and getattr(p.arg_at(app.head.i), "kind", None) in (
            "ceremony", "award", "festival") and (verb := verb_above(app)) is not None \
            and subject_token(verb) is not None:
        # "won Best Picture at the 97th Academy Awards, one of six wins": an apposition to
        # the prize or the night counts the clause's winner's
        subj = subject_token(verb)
    elif tok.dep_ == "appos" and tok.head.dep_ == "appos" and tok.head.i < tok.i and \
            tok.head.lower_ in lex.qualifiers.get("times_suffix", ()) and \
            tok.head.head.pos_ in ("PROPN", "NOUN"):
        subj = tok.head.head     # "Roe, six times a nominee,": the parser hangs the noun on
        # "times", which it sets beside the name; the name is the noun's holder
    elif tok.dep_ in ("compound", "appos", "amod") and _nounlike(p, tok.head) and \
            container is None:
        subj = tok.head          # "Oscar winner Emma Stone", "Stone, the winner"
        # "Anora: 6 nominations, 5 wins": a relation noun set beside another one, itself set
        # beside a name, is a second count of the same row; the name holds both
        while tok.dep_ == "appos" and subj.dep_ == "appos" and subj.head.i < subj.i \
                and _nounlike(p, subj.head) \
                and lex.noun_of(subj):
            subj = subj.head
        if tok.dep_ == "appos" and lex.noun_of(subj) \
                and (label := _row_label(p, tok)) is not None:
            subj = label         # (the first count hung elsewhere: the row's label holds both)
    elif tok.dep_ == "compound" and container is None and (
            after := p.arg_at(tok.i + 1)) is not None and after.first == tok.i + 1 \
            and after.kind in ("person", "film", "work") \
            and p.doc[after.last - 1].head.i == tok.head.i and not _nounlike(p, tok.head):
        subj = p.doc[after.last - 1]   # "Oscar winner Timothée Chalamet stars in ...": the
        # parser hangs the noun and the name both on the verb, as compounds; the name is its
        # holder
    elif named:
        subj = named[0]          # "last year's winner Oppenheimer", "the winner, Anora"
    elif (listed := _list_after_a_colon(p, tok)) is not None:
        subj = listed            # "BAFTA winners: A (X), B (Y)", "Winners included: A, B"
    elif (holder := _tally_holder(p, tok)) is not None:
        subj = holder            # "Anora, with five wins, topped ...": the name's tally
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and _held_record(tok, tok.head.head) \
            and (listed := record_list(tok.head.head)) is not None \
            and getattr(p.arg_at(listed.i), "kind", None) in ("film", "person"):
        subj = listed            # "... share the record for most Oscars: A, B and C, each
        # with 11": the names listed hold it, each with the value
    elif tok.dep_ == "ROOT" and (label := [
            c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i
            and (a := p.arg_at(c.i)) is not None and a.kind in ("film", "work", "person")]):
        subj = label[0]          # "Frankenstein — 9 nominations, 3 wins": a row with no verb,
        # the parser's subject of its last noun is the row's label
    elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex.qualifiers.get(
            "naming_verbs", ()) and tok.lemma_.lower() in lex.qualifiers.get(
            "holder_nouns", ()) and (attr := [
                c for c in tok.head.children if c.dep_ in ("attr", "dobj") and (
                    a := p.arg_at(c.i)) is not None and a.kind in ("person", "film", "work",
                                                                   "org")]):
        subj = attr[0]           # "the 2024 Best Actress winner was Emma Stone", "winners
        # included A (X) and B (Y)"
    elif gov is not None and gov.pos_ in ("VERB", "AUX") and not dated and not (
            tok.dep_ in ("dobj", "obj", "dative") and tok.lemma_.lower() in
            lex.qualifiers.get("holder_nouns", ())):
        # (a holder noun a verb acts on is someone else: "she asked every nominee to stand",
        # "he congratulated the winner")
        dative = [c for c in gov.children if c.dep_ == "dative" or c.dep_ in OBJ_DEPS
                  and c.i < tok.i and _recipient(p, c)]   # "earned Scorsese a nomination"
        subj = dative[0] if dative else subject_token(gov)  # "earned him a nomination": him
        if not dative and _tally_of_another(p, tok, gov, subj):
            subj = None   # "X starred in Anora, with five wins": Anora's tally, or X's?
        if not dative and subj is not None and gov.dep_ == "relcl" and subj.i == gov.head.i \
                and any(c.dep_ in SUBJ_DEPS and c.lower_ == "which" for c in gov.children):
            subj = _thing_named_before(p, subj) or subj   # "X, by Y, which earned 11 nods"
    elif tok.dep_ in ("ccomp", "xcomp", "oprd") and any(
            c.dep_ == "nsubj" and (c.lower_ in ("him", "her", "them") or (
                p.arg_at(c.i) is not None and p.arg_at(c.i).kind == "person"))
            for c in tok.children):
        # "Anora made her an Oscar winner": a predicate noun with a person of its own
        subj = next(c for c in tok.children if c.dep_ == "nsubj")
    elif tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i \
            and any(c.dep_ in OBJ_DEPS for c in tok.head.children) and not dated:
        # "holds seven BAFTA nominations and nine Critics Choice nominations": a noun the
        # parser coordinated with the verb is a second object; the verb's subject owns it
        subj = subject_token(tok.head)
    elif (held := _holder_in_a_relative(p, tok)) is not None:
        subj = held              # "16 \u2014 the nominations Sinners received"
    elif (label := _row_label(p, tok)) is not None:
        subj = label             # "2. Poor Things - 11 nominations": the row's label
    elif (event_for := _event_holder(p, tok)) is not None:
        subj = for_holder = event_for   # "the win for Mikey Madison surprised no one"
    elif (fronted := _fronted_holder(p, tok)) is not None:
        subj = fronted           # "Winner of the Palme in 2024, Anora is a comedy"
    if subj is not None and subj.i != tok.i and subj.lemma_.lower() in containers and \
            subj.pos_ == "NOUN" and (owner := [c for c in subj.children if c.dep_ == "poss"]):
        # "Anora's haul at the Oscars was five wins from six nominations": a noun that only
        # sums the prizes, subject of the copula, is its possessor's tally, said there
        clause |= set(clause_of(subj, p.titles)) - others
        subj = owner[0]
    if gov is not None and gov.pos_ in ("VERB", "AUX") and (not poss or _match_cue(gov) is None) \
            and not bounded:
        # "earned six nominations in 2025", "had its premiere on May 21": the verb's clause
        # (not "won at the 96th, after eight nominations": a time of its own)
        clause |= {t for t in clause_of(gov, p.titles) if t != tok.i}
    gov_cue = _match_cue(tok.head) if tok.head.pos_ in ("VERB", "AUX") else None
    # a verb that states another family's relation only carries this noun ("had its
    # premiere": "have" states a prize held, not a premiere)
    light = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") \
        and tok.head.pos_ in ("VERB", "AUX") \
        and (gov_cue is None or gov_cue.relation.family != rel.family
             or _light(tok.head)) else None
    if light is not None and named and tok.dep_ in ("nsubj", "nsubjpass") and \
            gov_cue is not None and not _light(tok.head):
        # "The Oscar winner, Mikey Madison, was born in 1999", "The Palme d'Or winner, Anora,
        # premiered on May 21": a description set beside the name it describes, subject of a
        # verb that states a relation of its own; that verb's words (its date) are not the
        # noun's
        light = None
    if light is not None:   # "her win came for The Brutalist in 2025", "made its debut at
        # Venice": the verb only carries the noun's relation
        clause |= clause_of(light, p.titles)
    # "the youngest Best Actress winner", "her first nomination since 2004": a record's noun
    # ("its only win", "her first nomination" count the owner's own: not records)
    heads = set(lex.categories.get("heads", ()))
    record = any(c.dep_ in ("amod", "advmod") and (c.lower_ in SUPERLATIVES or (
        c.tag_ in ("JJS", "RBS") and c.lower_.endswith("est"))) and not (
            # "a surprise best picture winner": a category's "best", no superlative (but
            # "the youngest best actress winner" is one, its "youngest" hung on "best")
            c.lower_ == "best" and any(x.dep_ == "compound" and x.i > c.i and x.lemma_.lower()
                                       in heads for x in tok.children))
        for c in [*tok.children, *(g for c in tok.children if c.lower_ == "best"
                                   and c.i < tok.i for g in c.children)]) or _record(tok)
    if record and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and \
            record_value(tok, tok.head.head) is not None and _held_record(tok, tok.head.head):
        record = False   # "holds the record for the most wins, with 12": the record's value
        # is the holder's count of the noun (the record itself is a slot: accounting)
    # "did not lead the field with ten nominations": a denied lead (records `lead_verbs`)
    # denies the rank, not the tally it was said with, which is then asserted by no one
    led_denied = gov is not None and at.dep_ == "pobj" and at.head.lower_ == "with" and \
        at.head.head.i == gov.i and gov.lemma_.lower() in set(
            lex.section("records").get("lead_verbs", ())) and _negated(gov)
    f = Frame(rel, tok.i, p, clause=frozenset(clause - others), noun_cue=True, record=record,
              negated=gov is not None and (_negated(gov) or _denying(gov)) and not led_denied,
              irrealis=(gov is not None and (_modal(gov) or _wished(tok, gov)))
              or led_denied or p.sentence.text.rstrip().endswith("?")
              # ("a win for Anora would make history": what its verb predicts)
              or event_for is not None and tok.head.i != tok.i and _modal(tok.head))
    for c in prize_of:   # (a pronoun's prize is unknown here: a filler with no argument)
        a = p.arg_at(c.i)
        f.roles.setdefault(rel.role("dobj") or "award", []).append(
            Filler(c.i, a if a is not None and a.kind in ("award", "ceremony", "festival")
                   else None))
    if subj is not None:
        role = rel.role("nsubj")
        if role:
            got = _fillers(p, subj)
            if subj.i == tok.head.i and tok.dep_ in ("compound", "appos") and tok.tag_ == "NN":
                # "Bong Joon Ho, a Palme d'Or winner, and Justine Triet", "Oscar winner Emma
                # Stone and Ryan Gosling": a singular noun set beside a name is said of that
                # name, not of the names listed with it (a plural one is: "Oscar winners A
                # and B")
                got = [x for x in got if x.token == subj.i] or got
            if gov is not None and gov.pos_ in ("VERB", "AUX") and gov.dep_ in (
                    "relcl", "acl") and tok.tag_ == "NN" and (subj.i == gov.head.i or (
                        gov.head.dep_ == "appos" and gov.head.head.i == subj.i)):
                # "Tar, which was a best picture nominee, and Shoplifters", "Tar, the drama
                # that was a nominee, and B": a relative clause with a singular noun is said
                # of the noun it hangs on (or the name that noun is set beside), not of the
                # nouns coordinated with it (as for a verb cue's)
                got = [x for x in got if x.token == subj.i] or got
            f.roles.setdefault(role, []).extend(got)
            f.roles[role].extend(x for o in _more_subjects(subj) for x in _fillers(p, o))
    elif gov is not None and gov.pos_ in ("VERB", "AUX") and rel.role("nsubj"):
        title = _title_before(p, gov)   # "All About Eve received 14 nominations"
        if title is not None:
            f.roles.setdefault(rel.role("nsubj"), []).append(Filler(title.head, title))
    if (subj is not None and gov is not None and gov.pos_ == "VERB" and tok.head.i == gov.i
            and tok.dep_ in OBJ_DEPS
            and rel.role("with") and not f.roles.get(rel.role("with"))):
        # "The Irishman earned Scorsese his ninth nomination": the noun has an owner of its
        # own, so the film that carries it to that owner is the work it came for
        giver = subject_token(gov)
        a = p.arg_at(giver.i) if giver is not None and giver.i != subj.i else None
        if a is not None and a.kind in ("film", "work") or giver is not None and \
                giver.i != subj.i and giver.lower_ in ("it", "this"):
            f.roles.setdefault(rel.role("with"), []).extend(_fillers(p, giver))
    # "a winner of Best Actress for The Reader": a preposition the parser hung on the category
    # is the noun's
    for o in categories:
        for c in o.children:
            role = rel.role(c.lower_) if c.dep_ == "prep" else None
            if role and role != "award":
                for x in (g for g in c.children if g.dep_ == "pobj"):
                    f.roles.setdefault(role, []).extend(_fillers(p, x))
    for owner in [tok] + ([light] if light is not None else []):
        own = {c.lower_ for c in owner.children if c.dep_ == "prep"}
        for c in list(owner.children) + [g for g in _for_on_show(owner.children)
                                         if g.lower_ not in own]:
            role = rel.role(c.lower_) if c.dep_ == "prep" else None
            if role:
                for o in _prep_objects(owner, c.lower_):
                    if for_holder is not None and o.i == for_holder.i:
                        continue   # (the holder, not the prize it was for)
                    f.roles.setdefault(role, []).extend(_fillers(p, o))
    if light is not None:   # "it was at Venice that X had its premiere"
        for c in _cleft_preps(light):
            role = rel.role(c.lower_)
            if role:
                for o in (g for g in c.children if g.dep_ == "pobj"):
                    f.roles.setdefault(role, []).extend(_fillers(p, o))
    for c in tok.children:
        # (a name the tagger took for an adjective, "its Telluride screening", is a modifier
        # too where the relation gives `amod` a role: a name of a place or festival only)
        if c.dep_ == "compound" or c.dep_ == "amod" and rel.role("amod") and getattr(
                p.arg_at(c.i), "kind", None) in ("festival", "place"):
            a = p.arg_at(c.i)
            if a is not None and rel.role(c.dep_) and a.kind not in ("person", "film"):
                # "its Cannes premiere": a relation may give the noun's modifier a role
                f.roles.setdefault(rel.role(c.dep_), []).append(Filler(c.i, a))
            elif a is not None and c.dep_ == "compound" and a.kind in ("award", "ceremony"):
                f.roles.setdefault(rel.role("dobj") or "award", []).append(Filler(c.i, a))
    whole = summed_by(tok)   # ("Anora's five-Oscar haul included ...": the sum's verb)
    if whole.dep_ == "nsubj" and whole.head.lemma_.lower() in lex.qualifiers.get(
            "naming_verbs", ()) and tok.lemma_.lower() not in lex.qualifiers.get(
            "holder_nouns", ()) and rel.role("dobj"):
        # "Anora's five wins included Best Picture and Best Director": what a relation
        # noun includes are its prizes
        for c in whole.head.children:
            if c.dep_ == "dobj":
                for x in conjuncts(c):
                    a = p.arg_at(x.i)
                    f.roles.setdefault(rel.role("dobj"), []).append(
                        Filler(x.i, a if a is not None and a.kind in ("award", "ceremony")
                               else None))
    return f


def another_film(tok) -> bool:
    """A film noun its words mark as another film than the one in focus ("his previous film",
    "her next feature", "Baker's earlier picture": the lexicon's crew.other_film_words before
    it): "the film" read from the passage is not what it means."""
    from .parse import lexicon
    words = {w.lower() for w in lexicon().section("crew").get("other_film_words") or ()}
    return tok.pos_ == "NOUN" and any(c.i < tok.i and c.lower_ in words for c in tok.children)


def set_off_comparatives(noun, verb) -> list:
    """The comparatives set off right after a counted noun, hung on the noun or on its verb
    ("received 11 nominations, more than any other film"): what the count is said to be. Empty
    when the noun carries no number."""
    if not any(n.dep_ == "nummod" for n in noun.children):
        return []
    return [c for h in (noun, verb) for c in h.children if c.i > noun.i
            and c.dep_ in ("npadvmod", "appos", "amod") and c.tag_ in ("JJR", "RBR")]
