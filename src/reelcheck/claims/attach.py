"""Attachment mends: the parser's readings of a sentence's words that the claims must not
take as they come, mended on the Doc before its arguments are read (claims/parse.py).

- `_despun`: spun copy's near-synonyms ("took dwelling", "historical past", "set this report",
  "in Could 2024") parsed again as the words they replace (lexicon `spin`).
- `_reread`: a cue verb the parser took for a noun, parsed again with a common verb of the same
  syntax in its place (lexicon `parse_as`).
- `_participle_read_as_a_verb`: "won adapted screenplay", with "adapted" read as the verb.
- `_attach_low`: phrases hung on the wrong word (a trailing participle, a phrase set off after
  a clause, a passive subject, a second subject between commas, ...), each mend a function
  returning {token: new head} that runs only on a sentence with the labels or words it needs.

`Tokens` keeps a Doc's tokens made once; `_rebuilt` makes a Doc of the same words with new
heads and labels.
"""
from __future__ import annotations

from typing import Optional

from .lexicon import load_lexicon as lexicon


class Tokens:
    """A parsed sentence's Doc with its tokens made once: the families walk every sentence's
    tokens dozens of times, and spaCy builds a new Token object at each step of each walk.
    Indexing by position and iterating give the kept tokens; anything else (slices, spans,
    entities, the vocab) is the Doc's own."""
    __slots__ = ("doc", "_tokens", "_text", "_heads", "_deps")

    def __init__(self, doc):
        self.doc, self._tokens, self._text = doc, list(doc), None
        self._heads = self._deps = None

    @property
    def text(self) -> str:
        """The Doc's text, joined once (spaCy joins it anew on every access)."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def __iter__(self):
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def __getitem__(self, k):
        return self._tokens[k] if isinstance(k, int) else self.doc[k]

    def __getattr__(self, name):
        return getattr(self.doc, name)


def heads_of(doc) -> list[int]:
    """Each token's head's position, as a new list (read once per `Tokens`: every mend starts
    from them and compares its result with them)."""
    if isinstance(doc, Tokens):
        if doc._heads is None:
            doc._heads = [t.head.i for t in doc._tokens]
        return list(doc._heads)
    return [t.head.i for t in doc]


def deps_of(doc) -> list[str]:
    """Each token's dependency label, as a new list (read once per `Tokens`)."""
    if isinstance(doc, Tokens):
        if doc._deps is None:
            doc._deps = [t.dep_ for t in doc._tokens]
        return list(doc._deps)
    return [t.dep_ for t in doc]


def tokens_of(doc) -> Tokens:
    """`doc`'s `Tokens`: the doc itself when it is one already (a sentence's tokens are made
    once, however many mends look at it before one changes it)."""
    return doc if isinstance(doc, Tokens) else Tokens(doc)


_VERB_DEPS = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "advmod"})


_SKIPPED_BEFORE_OBJECT = frozenset({"DT", "PRP$", "JJ", "JJS", "JJR", "CD", "POS", "PDT"})


def _spun_spans(doc) -> list[tuple[int, int, list[str]]]:
    """[(first token, end, stand-in words)] for the spun words of `doc` (lexicon `spin`): a
    phrase normal English does not say, a word read as another after a verb of its own
    ("set this report"), between a preposition and a prize ("by profitable Finest ..."), or
    a month spun into another word before a day or year ("in Could 2024")."""
    spin = lexicon().section("spin")
    phrases = {tuple(k.split()): v.split() for k, v in (spin.get("phrases") or {}).items()}
    # "dir." is two tokens, the word and its full stop, read word for word
    phrases.update({(k.rstrip("."), "."): v.split()
                    for k, v in (spin.get("abbreviations") or {}).items()})
    after_verbs, between = spin.get("after_verbs") or {}, spin.get("between") or {}
    before_noun, nouns = spin.get("before_a_noun") or {}, spin.get("nouns") or {}
    months = spin.get("months") or {}
    low = [t.lower_ for t in doc]
    out, i = [], 0
    while i < len(doc):
        hit = next(((n, v) for k, v in phrases.items() for n in (len(k),)
                    if tuple(low[i:i + n]) == k and len(v) in (1, n)), None)
        if hit:
            n, words = hit
            phrase = " ".join(low[i:i + n])
            if phrase in before_noun and i + n < len(doc) and doc[i + n].tag_.startswith("NN"):
                words = [before_noun[phrase]]   # "4 particular person Oscars": an adjective
            out.append((i, i + n, words))
            i += hit[0]
            continue
        w = low[i]
        if w in nouns and doc[i].tag_ in ("NN", "NNS"):
            out.append((i, i + 1, [nouns[w]]))
        elif w in after_verbs:
            j = i - 1   # back over the object's determiner, adjectives, number, possessor
            while j >= 0 and (doc[j].tag_ in _SKIPPED_BEFORE_OBJECT or doc[j].tag_ in (
                    "NNP", "NNPS") and j + 1 < i and doc[j + 1].tag_ in ("POS", "NNP")):
                j -= 1
            if j >= 0 and doc[j].lemma_.lower() in set(after_verbs[w].get("lemmas", ())):
                out.append((i, i + 1, [after_verbs[w]["as"]]))
        elif w in between and 0 < i < len(doc) - 1 \
                and low[i - 1] in set(between[w].get("after", ())) \
                and _next_past_number(doc, i + 1) in set(between[w].get("before", ())):
            out.append((i, i + 1, [between[w]["as"]]))
        elif w in months and doc[i].text[:1].isupper() and not doc[i].is_sent_start \
                and i + 1 < len(doc) and doc[i + 1].text.isdigit() \
                and (1 <= int(doc[i + 1].text) <= 31 or 1800 <= int(doc[i + 1].text) <= 2100):
            out.append((i, i + 1, [months[w]]))
        i += 1
    return out


def spun_readings(low: str, found: set) -> set:
    """The words spun copy may stand for in a lower-cased sentence (`low`, its words `found`):
    what the cheap candidate gate reads beside the words as written ("set this report" may
    be a record). Permissive: `_spun_spans` decides on the parse."""
    spin = lexicon().section("spin")
    out = {w for table in ("phrases", "abbreviations") for k, v in (spin.get(table) or {}).items()
           if k in low for w in v.split()}
    for table in ("after_verbs", "between"):
        out |= {e["as"] for k, e in (spin.get(table) or {}).items() if k in found}
    out |= {v.lower() for k, v in (spin.get("months") or {}).items() if k in found}
    return out


def _next_past_number(doc, i: int) -> str:
    """The lower-cased word at `i`, or past the number there ("four Oscars": "oscars")."""
    while i < len(doc) - 1 and doc[i].like_num:
        i += 1
    return doc[i].lower_


def _despun(doc):
    """The doc, or, when it has a spinning tool's near-synonyms (`_spun_spans`), the same
    words parsed with the words they replace in their place: a phrase replaced by one word is
    one token of the sentence's own words ("night time", lemma "night"). The words stay the
    sentence's own; the tags, lemmas, tree and entities are the reread's."""
    spans = _spun_spans(doc)
    if not spans:
        return doc
    from spacy.tokens import Doc
    from ..nlp import nlp
    own, stand, spaces, at = [], [], [], 0
    for first, end, words in spans:
        for t in doc[at:first]:
            own.append(t.text), stand.append(t.text), spaces.append(bool(t.whitespace_))
        if len(words) == 1:   # the phrase as one token
            own.append(doc[first:end].text), stand.append(words[0])
            spaces.append(bool(doc[end - 1].whitespace_))
        else:                 # word for word
            for t, w in zip(doc[first:end], words):
                own.append(t.text), stand.append(w), spaces.append(bool(t.whitespace_))
        at = end
    for t in doc[at:]:
        own.append(t.text), stand.append(t.text), spaces.append(bool(t.whitespace_))
    again = nlp()(Doc(doc.vocab, words=stand, spaces=spaces))
    return Doc(doc.vocab, words=own, spaces=spaces, tags=[t.tag_ for t in again],
               pos=[t.pos_ for t in again], morphs=[str(t.morph) for t in again],
               lemmas=[t.lemma_ for t in again], heads=[t.head.i for t in again],
               deps=[t.dep_ for t in again],
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in again])


def _reread(doc):
    """The doc, or, when the parser took a cue verb it rarely sees for a noun and found no verb
    to hang the sentence on ("Anora outshone Conclave", "Madison stars as Ani"), the same words
    parsed with a common verb of the same syntax in its place (lexicon `parse_as`). The words
    stay the sentence's own; the tags, lemmas, tree and entities are the reread's."""
    q = lexicon().qualifiers
    table, names = q.get("parse_as", {}), q.get("parse_as_names", {})
    nouns = q.get("parse_as_nouns", {})
    low = doc.text.lower()
    if not any(w in low for w in [*table, *names, *nouns]):
        return doc   # no word of the tables in the words at all (a cheap test before the walk)
    # a prize noun read as a verb (or as a noun with a subject) whose subject is a counted
    # name right before it ("four Best Actress wins"): the noun it is (`parse_as_nouns`)
    as_noun = {t.i: nouns[t.lower_] for t in doc if t.lower_ in nouns
               and (t.tag_.startswith("VB") or t.pos_ == "NOUN") and any(
                   c.dep_ == "nsubj" and c.i == t.i - 1 and c.pos_ == "PROPN"
                   and any(x.dep_ == "nummod" for x in c.children) for c in t.children)}
    # (or a verb it tagged as one but hung on a noun as its modifier: "Ani, a stripper,
    # marries Vanya, the son of ...", with "marries" a compound of "Vanya")
    swap = {t.i: table[t.lower_] for t in doc if t.lower_ in table and (
        not t.tag_.startswith("VB") or t.dep_ in ("compound", "amod", "nmod"))
            and t.sent.root.pos_ not in ("VERB", "AUX")}
    # a name's word tagged as no noun ("the Palme d'Or" with "d'Or" an adverb), or hung as a
    # verb is (an adverbial clause of its own, with the clause's subject)
    named = {t.i: names[t.lower_] for t in doc if t.lower_ in names
             and (t.pos_ not in ("PROPN", "NOUN") or t.dep_ in _VERB_DEPS)}
    if not swap and not named and not as_noun:
        return doc
    from spacy.tokens import Doc
    from ..nlp import nlp
    words = [swap.get(t.i, named.get(t.i, as_noun.get(t.i, t.text))) for t in doc]
    again = nlp()(Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc]))
    if any(not again[i].tag_.startswith("VB") or again[i].dep_ in ("compound", "amod", "nmod")
           for i in swap) \
            or any(again[i].pos_ not in ("PROPN", "NOUN") for i in named) \
            or any(again[i].pos_ != "NOUN" or any(c.dep_ == "nsubj" for c in again[i].children)
                   for i in as_noun):
        return doc   # the reread is no better
    out = _rebuilt(doc, again, [t.head.i for t in again])
    for i in named:   # the name's word keeps its own lemma: it is no common noun
        out[i].lemma_ = doc[i].lemma_
    for i in as_noun:   # the noun's own lemma ("win"), not its stand-in's
        out[i].lemma_ = doc[i].lower_[:-1] if doc[i].lower_.endswith("s") else doc[i].lower_
    return out


def _participle_read_as_a_verb(doc):
    """The doc, or, when the parser took a participle that modifies a verb's object for a verb
    of its own ("won adapted screenplay": "adapted" read as the sentence's verb with "won" its
    auxiliary or its subject, or as the complement of "won"), the participle made a modifier
    of that object and the object the full verb's, as the parser reads the same words after
    another subject."""
    fix = {}
    for t in doc:
        if t.lemma_.lower() in _AUXILIARIES or t.tag_ not in ("VBD", "VBZ", "VBP", "VB") \
                or t.i + 1 >= len(doc):
            continue   # (a gerund is no such verb: "Dancing amused audiences")
        h = doc[t.i + 1]   # the participle right after the verb: its head, or its complement
        if (h.tag_ not in ("VBD", "VBN") and not _category_gerund(doc, h)) or not (
                t.head.i == h.i and t.dep_ in ("aux", "nsubj")
                or h.head.i == t.i and h.dep_ in ("xcomp", "ccomp")):
            continue
        obj = next((c for c in h.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                    and c.i == h.i + 1), None)
        if obj is None:
            continue
        if t.head.i == h.i:   # the verb takes the participle's place in the tree
            fix[t.i] = (t.i, "ROOT") if h.head.i == h.i else (h.head.i, h.dep_)
        fix[h.i] = (obj.i, "amod")
        for c in h.children:
            if c.i != t.i:
                fix[c.i] = (t.i, c.dep_)
    if not fix:
        return doc
    out = _rebuilt(doc, doc, [fix[t.i][0] if t.i in fix else t.head.i for t in doc],
                   [fix[t.i][1] if t.i in fix else t.dep_ for t in doc])
    from ..nlp import nlp
    lemmatize = nlp().get_pipe("lemmatizer").rule_lemmatize
    for i, (_, dep) in fix.items():
        if dep == "amod" and out[i - 1].pos_ != "VERB":   # the verb, tagged and lemmatized
            out[i - 1].pos_ = "VERB"                      # as the full verb it is
            out[i - 1].lemma_ = lemmatize(out[i - 1])[0]
    return out


def _title_nouns() -> frozenset:
    """The one-word titles that name a person by their credit, crew ("cinematographer",
    "editor") and cast ("star", "actress"): the nouns `_noun_read_as_a_verb` mends."""
    lx = lexicon()
    words = {w for role in (lx.section("crew").get("roles") or {}).values()
             for w in role.get("titles") or () if " " not in w}
    return frozenset(words | set(lx.section("filmography").get("credit_titles") or ()))


def _noun_read_as_a_verb(doc):
    """The doc, or, when the tagger took a noun that modifies the name after it for a verb
    ("Anora cinematographer Jane Roe", with "cinematographer" a VERB the parser still hung on
    the name as its compound, and "Anora" that verb's subject), the word made the noun it is
    and the words it took as its subject or object before it the noun's compounds, as the
    parser reads the same phrase when it tags the word right ("Anora editor Jane Roe")."""
    bad = [t for t in doc if t.pos_ == "VERB" and t.tag_ in ("VB", "VBP")
           and t.dep_ == "compound" and t.head.i > t.i and t.head.pos_ == "PROPN"
           and t.lower_ in _title_nouns()]
    # (a participle stays one: "Born Jane Roe in Rome, ..."; and so does a verb that is one:
    # "... and stars Jane Roe", with "stars" hung on the name)
    if not bad:
        return doc
    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    retag = {}
    for t in bad:
        retag[t.i] = ("NN", "NOUN")
        for c in t.children:
            if c.i < t.i and c.dep_ in ("nsubj", "dobj", "npadvmod") and c.pos_ in (
                    "PROPN", "NOUN"):
                deps[c.i] = "compound"
    out = _rebuilt(doc, doc, heads, deps, retag)
    for t in bad:
        out[t.i].lemma_ = t.lower_
    return out


def _category_gerund(doc, h) -> bool:
    """Whether a gerund and the word after it are a category's modifier and head ("won
    Supporting Actress", with "Supporting" read as a verb taking "Actress" as its object)."""
    cats = lexicon().categories
    return h.tag_ == "VBG" and h.i + 1 < len(doc) and \
        h.lower_ in set(cats.get("modifiers", ())) and \
        doc[h.i + 1].lower_ in set(cats.get("heads", ())) - set(cats.get("weak_heads", ()))


# the verbs that are auxiliaries ("has won", "could win", "got nominated")
_AUXILIARIES = frozenset({"be", "have", "do", "will", "shall", "would", "should", "can", "could",
                          "may", "might", "must", "ought", "get", "need", "dare", "use", "'ll",
                          "'d", "wo", "ca", "to"})


def _rebuilt(doc, analysis, heads: list[int], deps: Optional[list[str]] = None,
             retag: Optional[dict[int, tuple[str, str]]] = None):
    """A doc of `doc`'s words with `analysis`'s tags, lemmas, entities and labels (a doc of the
    same tokens), the given heads, and the given labels where given; `retag` gives some
    tokens another (tag, part of speech)."""
    from spacy.tokens import Doc
    retag = retag or {}
    # (a move that would close a loop is left out: spaCy takes any heads, and walking a loop
    # never ends)
    if not a_tree(heads):
        heads = _acyclic(doc, {i: h for i, h in enumerate(heads) if h != doc[i].head.i})
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               tags=[retag.get(t.i, (t.tag_,))[0] for t in analysis],
               pos=[retag.get(t.i, (None, t.pos_))[1] for t in analysis],
               morphs=[str(t.morph) for t in analysis], lemmas=[t.lemma_ for t in analysis],
               heads=heads, deps=deps or [t.dep_ for t in analysis],
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in analysis])



def _move_pairs(moves: dict, labels: dict, first_label: str, found: dict) -> None:
    """Mends that move two words at once, `{n: (new head of n, verb, name)}`: n under its new
    head as `first_label`, the name as the verb's subject; none where either word is moved
    already ("For A, B won": the preposition's object and the subject after the comma)."""
    for n, (head, verb, name) in found.items():
        if n in moves or name in moves:
            continue
        moves.update({n: head, name: verb})
        labels.update({n: first_label, name: "nsubj"})


def _attach_low(doc):
    """The doc, with attachments the parser gets wrong mended: a trailing participle's
    (`_objects_joined`, `_participles_lowered`), a name joined to the first verb that is the
    next verb's subject (`_subjects_of_the_next_verb`), a phrase set off after a clause
    (`_asides_of_a_clause`), and the subject of a passive verb hung on its auxiliary
    (`_passive_subjects`). A doc no mend changes comes back as its `Tokens` (`tokens_of`)."""
    # one pass over the words: a mend whose words or labels the sentence lacks finds nothing
    # (most sentences need none of them) and is not run; the mends walk the tokens made once
    doc = tokens_of(doc)
    deps, tags, lows = set(), set(), set()
    for t in doc:
        deps.add(t.dep_)
        tags.add(t.tag_)
        lows.add(t.lower_)
    conj = "conj" in deps

    def when(ok: bool, mend) -> dict:
        return mend(doc) if ok else {}

    moves = {**when(conj and "dobj" in deps and "VBG" in tags, _objects_joined),
             **when("advcl" in deps and "VBG" in tags, _participles_lowered)}
    labels = {}
    if "nummod" in deps and "cc" in deps and "prep" in deps:
        years, labels = _years_read_into_a_name(doc)
        moves.update(years)
    for n, (verb, between) in when(conj, _subjects_of_the_next_verb).items():
        moves[n] = verb
        for b in between:
            if isinstance(b, tuple):   # the name's relative clause: the name's
                moves[b[1]] = n
            else:
                moves[b] = verb
        labels[n] = "nsubj"
    for part, (verb, subj) in when(conj and "," in lows, _participles_read_as_the_verb).items():
        if part in moves or verb in moves or subj in moves:
            continue
        moves.update({verb: verb, subj: verb, part: subj})
        labels.update({verb: "ROOT", subj: doc[subj].dep_, part: "acl"})
    for n, (verb, first) in when(conj and "cc" in deps and "and" in lows,
                                 _subjects_joined_to_an_object).items():
        if n in moves or verb in moves:
            continue
        cc = max(c.i for c in doc[n].head.children if c.dep_ == "cc" and c.i < n)
        moves.update({n: verb, verb: first, cc: verb})
        labels.update({n: "nsubj", verb: "conj"})
    for n, (head, dep) in when(bool(lows & {"-", "\u2013", "\u2014"}),
                               _lists_after_a_dash).items():
        moves[n] = head
        labels[n] = dep
    companions = set(lexicon().section("accounting").get("companion_preps", ()))
    for n, (head, dep) in when("," in lows and bool(lows & companions),
                               _names_listed_after_a_preposition).items():
        moves[n] = head
        labels[n] = dep
    for n, num in when(":" in lows and "NUM" in {t.pos_ for t in doc},
                       _lists_after_a_bare_count).items():
        moves[n] = num
        labels[n] = "appos"
    for n, noun in when(":" in lows and "appos" in deps and "nummod" in deps,
                        _lists_after_a_counted_prize).items():
        moves.setdefault(n, noun)
    for n, (verb, cc, subj) in when("cc" in deps and "and" in lows, _asides_of_a_clause).items():
        moves.update({n: verb, cc: doc[n].head.i, subj: doc[n].head.i})
        labels.update({n: "appos", subj: "nsubj"})
    for v, (verb, cc, y, obj) in when(conj and "and" in lows,
                                      _clauses_read_as_a_subject).items():
        if v in moves or verb in moves or y in moves:
            continue
        if obj is not None:   # the first verb's object again
            moves[obj] = v
            labels[obj] = "dobj"
        if doc[v].dep_ in ("csubj", "csubjpass"):   # the first verb heads the sentence
            moves[v] = v
            labels[v] = "ROOT" if doc[verb].dep_ == "ROOT" else doc[verb].dep_
            moves[v] = v if doc[verb].dep_ == "ROOT" else doc[verb].head.i
        moves.update({verb: v, cc: v, y: verb})
        labels.update({verb: "conj", cc: "cc",
                       y: "nsubjpass" if any(c.dep_ == "auxpass" for c in doc[verb].children)
                       else "nsubj"})
    passive = when("auxpass" in deps, _passive_subjects)
    moves.update(passive)
    labels.update({n: "nsubjpass" for n in passive})
    for n, (verb, inf) in when("to" in lows and bool(deps & {"ccomp", "xcomp"}),
                               _objects_read_as_an_infinitive_s_subject).items():
        if n not in moves and inf not in moves:
            moves.update({n: verb, inf: verb})
            labels.update({n: "dobj", inf: "advcl"})
    for n, (verb, cc, left) in when(conj and "cc" in deps, _subjects_read_into_an_object).items():
        if n in moves or left in moves:
            continue
        moves.update({n: verb, cc: verb, left: doc[n].head.i})
        labels.update({n: "nsubj", cc: "cc", left: doc[n].dep_})
    for n, (prep, verb, cc, subj) in when(conj and "prep" in deps and "cc" in deps,
                                          _objects_read_as_subjects).items():
        moves.update({n: prep, cc: verb, subj: verb})
        labels.update({n: "pobj", cc: "cc", subj: "nsubj"})
    for n, name in when(conj and "prep" in deps, _names_off_a_prize).items():
        moves[n] = name
    for n, (item, between) in when(conj and "prep" in deps, _pairs_joined_to_an_object).items():
        if n in moves:
            continue
        moves[n] = item
        moves.update({b: item for b in between if b not in moves})
    for n, noun in when(conj, _paired_phrases).items():
        moves[n] = noun
        labels[n] = "prep"
    for n, item in when(conj and "prep" in deps, _phrases_after_their_items).items():
        moves[n] = item   # (the item right before it, not an earlier one's conjunct)
        labels[n] = "prep"
    for n, verb in when("dobj" in deps and "in" in lows, _in_phrases_off_a_name).items():
        moves.setdefault(n, verb)
    for n, noun in when("for" in lows, _for_phrases_of_a_prize_noun).items():
        moves[n] = noun
    for n, part in when("agent" in deps and "VBN" in tags, _dates_after_an_agent).items():
        moves.setdefault(n, part)
    for n, part in when("advcl" in deps and "," in lows and bool(tags & {"VBN", "VBG"}),
                        _phrases_of_a_fronted_participle).items():
        moves.setdefault(n, part)
    for n, verb in when("appos" in deps, _prizes_off_a_rival).items():
        moves[n] = verb
        labels[n] = "npadvmod"
    for n, noun in when("nummod" in deps, _counts_on_a_modifier).items():
        moves.setdefault(n, noun)
    for n, noun in when("nummod" in deps and "-" in lows, _counts_hyphened_to_a_prize).items():
        moves.setdefault(n, noun)
    for n, noun in when(bool(lows & {":", "-", "\u2013", "\u2014"}), _counts_opening_a_line
                        ).items():
        if n not in moves:
            moves[n] = noun
            labels[n] = "nummod"
            if doc[n].head.i == n and doc[noun].head.i == n and noun not in moves:
                # "7 \u2014 the Oscars that X won": the parser made the number the root and
                # the noun its apposition; the noun heads the line, the rest of the number's
                # words with it
                moves[noun], labels[noun] = noun, "ROOT"
                for c in doc[n].children:
                    moves.setdefault(c.i, noun)
    for n in when("agent" in deps and "nsubj" in deps, _headline_passives_with_an_agent):
        if n not in labels:
            moves.setdefault(n, doc[n].head.i)
            labels[n] = "nsubjpass"
    for n, noun in when("amod" in deps and "JJS" in tags, _ordinals_on_a_category).items():
        moves.setdefault(n, noun)
    seq = when("advmod" in deps, _sequenced_appositions)
    moves.update(seq)
    labels.update({n: "conj" for n in seq})
    for n, noun in when("relcl" in deps and conj and "," in lows,
                        _relatives_of_a_later_conjunct).items():
        moves.setdefault(n, noun)
    for n, verb in when("relcl" in deps and "," in lows, _phrases_after_a_relative_clause).items():
        moves.setdefault(n, verb)
    for n, verb in when("relcl" in deps and "," in lows, _works_after_a_description_s_prize
                        ).items():
        moves.setdefault(n, verb)
    for n, verb in when("relcl" in deps and "," in lows, _phrases_inside_a_relative_clause
                        ).items():
        moves.setdefault(n, verb)
    for n, verb in when(";" in lows and "prep" in deps, _phrases_across_a_semicolon).items():
        moves.setdefault(n, verb)
    for n, name in when("(" in lows, _brackets_hung_outside).items():
        if n not in moves:
            moves[n] = name
            labels[n] = "appos"
    _move_pairs(moves, labels, "pobj", when(
        "prep" in deps and "appos" in deps and "nsubj" in deps, _subjects_after_a_bare_preposition))
    _move_pairs(moves, labels, "appos", when(
        "prep" in deps and "nsubj" in deps and "," in lows,
        _titles_split_after_a_fronted_preposition))
    for n, ordinal in when("prep" in deps and "," in lows, _phrases_of_an_elided_ordinal).items():
        moves[n] = ordinal   # (not the prize noun's either: "the first, for B" is the first's)
    for n, noun in when("relcl" in deps and ")" in lows, _relatives_after_a_parenthesis).items():
        moves.setdefault(n, noun)
    for n, name in when("acl" in deps and "appos" in deps and "agent" in deps,
                        _participles_after_an_apposition).items():
        moves.setdefault(n, name)
    for n, verb in when("relcl" in deps and "CD" in tags and "WRB" in tags,
                        _time_clauses_off_a_number).items():
        if n not in moves:
            moves[n] = verb
            labels[n] = "advcl"
    for n, first in when("relcl" in deps and "cc" in deps, _conjuncts_read_as_subjects).items():
        moves[n] = first
        labels[n] = "conj"
    for n, cop in when(conj and ("attr" in deps or "acomp" in deps),
                       _verbs_joined_to_a_predicate).items():
        moves.setdefault(n, cop)
    for n, verb in when("nsubj" in deps and "," in lows and bool(tags & {"VBN", "VBG"}),
                        _participles_read_as_subjects).items():
        moves[n] = verb
        labels[n] = "advcl"
    for n, first in when("nsubj" in deps and "," in lows, _second_subjects).items():
        moves[n] = first
        labels[n] = "appos"
    for n, noun in when("dobj" in deps and "poss" in deps and "," in lows,
                        _second_objects_set_off_after_a_phrase).items():
        moves.setdefault(n, noun)
        labels.setdefault(n, "appos")
    for n in when("dobj" in deps, _first_of_two_objects):
        if n not in moves:
            moves[n] = doc[n].head.i
            labels[n] = "dative"
    for n, (head, dep) in when("-" in lows, _hyphen_words_split).items():
        if n not in moves:
            moves[n] = head
            labels[n] = dep
    for n, (head, dep) in when("appos" in deps and "poss" in deps,
                               _second_objects_read_as_an_apposition).items():
        if n not in moves:
            moves[n] = head
            labels[n] = dep
    for n, noun in when(bool(deps & {"npadvmod", "dep"}) and "," in lows,
                        _names_set_off_after_a_description).items():
        moves.setdefault(n, noun)
        labels.setdefault(n, "appos")
    for n, anchor in when(conj and "(" in lows, _conjuncts_out_of_a_bracket).items():
        moves.setdefault(n, anchor)
    marks = []
    clause_preps = not lows.isdisjoint(lexicon().qualifiers.get("clause_prepositions", ()))
    for n, (verb, prep) in when("prep" in deps and clause_preps,
                                _subjects_after_a_clause_preposition).items():
        moves.update({n: verb, prep: verb, verb: doc[prep].head.i})
        labels.update({n: "nsubj", prep: "mark", verb: "advcl"})
        marks.append(prep)
    if not moves:
        return doc   # (its tokens, made once: claims/parse.py keeps them for the families)
    out = _rebuilt(doc, doc, [moves.get(t.i, t.head.i) for t in doc],
                   [labels.get(t.i, t.dep_) for t in doc] if labels else None)
    for i in marks:   # the preposition opens a clause: a subordinating conjunction
        out[i].pos_ = "SCONJ"
    return out


def a_tree(heads: list[int]) -> bool:
    """Whether heads (each token's head, a root its own) make a tree: every token reaches a
    root without going round."""
    for i in range(len(heads)):
        seen, j = set(), i
        while heads[j] != j:
            if j in seen:
                return False
            seen.add(j)
            j = heads[j]
    return True


def _acyclic(doc, moves: dict) -> list[int]:
    """The doc's heads with the mends' moves made in the order they were found, each one that
    would close a loop with those before it left out ("1 — Brazil's first Oscar": the count
    hung on the noun and the noun on the count, by two mends, is no tree)."""
    heads = [t.head.i for t in doc]
    for n, h in moves.items():
        j, seen = h, {n}
        while heads[j] != j and j not in seen:
            seen.add(j)
            j = heads[j]
        if j in seen and h != n:
            continue   # the new head hangs, through others, on the token moved
        heads[n] = h
    return heads


def closing_bracket(doc, k: int) -> Optional[int]:
    """The index of the ")" that closes the "(" at `k` (brackets nest), or None."""
    depth = 0
    for t in doc[k:]:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0:
            return t.i
    return None


def bracket_spans(doc) -> list[range]:
    """The token ranges of a sentence's outermost parentheses, "(" to ")" inclusive."""
    out, k = [], 0
    while k < len(doc):
        end = closing_bracket(doc, k) if doc[k].text == "(" else None
        if end is not None:
            out.append(range(k, end + 1))
            k = end
        k += 1
    return out


def _objects_read_as_an_infinitive_s_subject(doc) -> dict:
    """"they send Toros, Garnick and Igor to annul it": the parser may take a verb's object
    (a list, most often) for the subject of the infinitive after it, the infinitive a
    complement of the verb with no object; an infinitive has no subject of its own, so the
    words are the verb's object and the infinitive its purpose. {object: (the verb, the
    infinitive)}."""
    out = {}
    for inf in doc:
        verb = inf.head
        if inf.dep_ not in ("ccomp", "xcomp") or inf.tag_ != "VB" or verb.pos_ != "VERB" \
                or verb.i > inf.i or not any(a.tag_ == "TO" and a.i < inf.i
                                            for a in inf.children) \
                or any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
            continue
        subj = [a for a in inf.children if a.dep_ == "nsubj" and verb.i < a.i < inf.i]
        if len(subj) == 1 and subj[0].pos_ in ("PROPN", "NOUN") and not any(
                c.dep_ in ("appos", "attr", "oprd", "acl", "relcl", "amod")
                for x in [subj[0], *subj[0].subtree] for c in x.children):
            # (not "making Baker the first American to take it": a noun set after the name
            # says what the verb makes of it, and the infinitive is that noun's)
            out[subj[0].i] = (verb.i, inf.i)
    return out


def _two_subjects(doc):
    """(verb, first, second) of each verb the parser gave two subjects before it."""
    if deps_of(doc).count("nsubj") < 2:
        return   # (a sentence with one subject or none has no such verb)
    for v in doc:
        subs = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
        if len(subs) == 2:
            yield v, subs[0], subs[1]


def _conjuncts_read_as_subjects(doc) -> dict:
    """"Göransson, who had won for "Black Panther" and "Oppenheimer," picked up ...": the
    parser may take the last member of a list that ends a subject's relative clause, after
    its "and", for a second subject of the main verb; a verb has one subject, and the word
    after the clause's "and" is the next member of the list the "and" joins. {member: the
    member before it}."""
    out = {}
    for _v, a, b in _two_subjects(doc):
        rel = [r for r in a.children if r.dep_ == "relcl" and a.i < r.i < b.i]
        if not rel:
            continue
        inside = {t.i for t in rel[-1].subtree}
        lo = b.left_edge.i
        while lo > 0 and doc[lo - 1].is_punct and doc[lo - 1].text != ",":
            lo -= 1   # (the quotation marks around a title)
        cc = doc[lo - 1] if lo > 0 else None
        if cc is not None and cc.dep_ == "cc" and cc.head.i in inside and cc.i in inside:
            out[b.i] = cc.head.i
    return out


def _relatives_after_a_parenthesis(doc) -> dict:
    """"a dancer called Anora (Jane Roe, also up for best actress) who elopes with ...": a
    relative clause right after a closing parenthesis is said of the noun the parenthesis is
    set after, not of a word inside it (the parser hangs it on "actress"). {verb: noun}."""
    out = {}
    for v in doc:
        if v.dep_ != "relcl":
            continue
        lo = v.left_edge.i
        if lo < 1 or doc[lo - 1].text != ")":
            continue
        k = lo - 2
        while k >= 0 and doc[k].text != "(":
            k -= 1
        if k < 1 or not k < v.head.i < lo - 1:
            continue   # the clause hangs outside the parenthesis already
        noun = doc[k - 1]
        if noun.pos_ in ("NOUN", "PROPN"):
            out[v.i] = noun.i
    return out


def _verbs_joined_to_a_predicate(doc) -> dict:
    """"Ani is 30 and lives in Moscow": the parser may hang a finite verb after "and" on the
    copula's predicate (the number, the noun, the adjective) as its conjunct; a finite verb is
    no member of a number's or a noun's list, it is the second verb of the copula's subject.
    {verb: copula, its "and": copula}."""
    out = {}
    for v in doc:
        h = v.head
        if v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or v.tag_ not in ("VBZ", "VBD",
                                                                             "VBP") \
                or h.dep_ not in ("attr", "acomp") or h.pos_ not in ("NUM", "NOUN", "ADJ") \
                or h.head.lemma_ != "be" or any(c.dep_ in ("nsubj", "nsubjpass")
                                                for c in v.children):
            continue
        out[v.i] = h.head.i
        for c in h.children:
            if c.dep_ == "cc" and h.i < c.i < v.i:
                out[c.i] = h.head.i
    return out


def _second_subjects(doc) -> dict:
    """"Anatomy of a Fall, the Palme d'Or winner, earned five nominations": the parser hangs
    the noun phrase set off by commas between a subject and its verb as a second subject of
    the verb; a verb has one subject, and a phrase so set off describes it. {noun: subject}."""
    out = {}
    for v, a, b in _two_subjects(doc):
        lo = b.left_edge.i
        hi = max((t.i for t in b.subtree if not t.is_punct), default=b.i)   # (its comma aside)
        # (the comma may hang on the first subject: its last word before it)
        end = max((t.i for t in a.subtree if not t.is_punct), default=a.i)
        if b.pos_ == "NOUN" and end + 1 == lo - 1 and doc[lo - 1].text == "," \
                and hi + 1 < v.i and doc[hi + 1].text == "," and all(
                    t.dep_ in ("punct", "advmod", "aux", "auxpass", "neg")
                    for t in doc[hi + 2:v.i]):
            out[b.i] = a.i
    return out


def _participles_read_as_subjects(doc) -> dict:
    """"Nominated for 13 Oscars, The Shape of Water won four": the parser may take an opening
    participle, its phrase closed by a comma, for a first subject of the main verb; a verb has
    one subject, and the participle's phrase describes that subject (its counts and prizes are
    the participle's, not the verb's). {participle: the main verb}."""
    out = {}
    for v, a, b in _two_subjects(doc):
        hi = max(t.i for t in a.subtree)
        if a.pos_ == "VERB" and a.tag_ in ("VBN", "VBG") and a.left_edge.i == 0 \
                and doc[hi].text == "," and hi < b.left_edge.i:
            out[a.i] = v.i
    return out


def _relatives_of_a_later_conjunct(doc) -> dict:
    """"A, which premiered at T, and B, which premiered at N": the parser may hang the second
    relative clause on the first conjunct. A relative clause whose pronoun follows, after a
    comma, the words of a later conjunct of the noun it hangs on is the name it follows, in
    that conjunct. {relative verb: its new head}."""
    out = {}
    for v in doc:
        if v.dep_ != "relcl" or v.i < 3:
            continue
        rel = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                    and c.lower_ in ("which", "who", "that") and c.i < v.i), None)
        if rel is None or rel.i < 2 or doc[rel.i - 1].text != ",":
            continue
        if any("Plur" in x.morph.get("Number") for x in [v, *v.children] if x.pos_ in (
                "AUX", "VERB")) or any(x.lower_ in ("both", "all", "each") for x in v.subtree):
            continue   # "A and B, which were both winners": the clause is the list's
        before = doc[rel.i - 2]
        for c in v.head.children:
            if c.dep_ == "conj" and v.head.i < c.i < rel.i and before.i in {
                    x.i for x in c.subtree}:
                # (the name the pronoun follows: "..., and B Best Actress for Anora, which")
                out[v.i] = before.i if before.pos_ in ("NOUN", "PROPN") else c.i
                break
    return out


def _phrases_after_a_relative_clause(doc) -> dict:
    """"Hackman, who was born in San Bernardino, California, on January 30, 1930, served
    ...": the parser may hang a phrase after a name's relative clause on the name itself
    when the clause ends in an apposition set off by commas (", California,"): that comma
    closes the apposition, not the clause, and a name takes no such phrase; the clause's verb
    does. (After a clause that ends otherwise, "X, who won Y, in 1992, entered ...", the
    phrase is the main verb's.) Only a name that is the subject of a verb after the phrase.
    {the phrase: the clause's verb}."""
    out = {}
    for n in doc:
        if n.pos_ != "PROPN" or n.dep_ not in ("nsubj", "nsubjpass") or n.head.i < n.i:
            continue
        rel = [c for c in n.children if c.dep_ == "relcl" and c.i > n.i]
        if not rel:
            continue
        r = rel[-1]
        end = max(t.i for t in r.subtree)
        last = max(t.i for t in r.subtree if not t.is_punct)
        ap = doc[last]
        while ap.dep_ != "appos" and ap.i != r.i and ap.head.i != ap.i:
            ap = ap.head
        if ap.dep_ != "appos" or ap.left_edge.i < 1 or doc[ap.left_edge.i - 1].text != "," \
                or ap.left_edge.i - 1 <= r.i:
            # "Nolan, who had been nominated only once before, for Dunkirk, now has ...": a
            # work a prize clause's own "for" takes, set off after that clause, is the
            # clause's (the work the prize was for), not the name's
            if any(c.relation.family == "awards" for c in lexicon().verb_cues(
                    r.lemma_.lower())):
                for c in n.children:
                    if c.dep_ == "prep" and c.lower_ in lexicon().qualifiers.get(
                            "work_prepositions_after_clause", ()) and end < c.i < n.head.i \
                            and doc[c.i - 1].text == "," and all(
                            doc[k].is_punct for k in range(end + 1, c.i)) and any(
                            o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children) \
                            and any(doc[k].text == "," for k in range(
                                c.right_edge.i + 1, min(c.right_edge.i + 3, n.head.i))):
                        out[c.i] = r.i
            continue
        # (on the name, or on the name's verb that follows the phrase)
        for c in [*n.children, *n.head.children]:
            if c.dep_ == "prep" and end < c.i < n.head.i and all(
                    doc[k].is_punct for k in range(end + 1, c.i)):
                out[c.i] = r.i
    return out


def _phrases_inside_a_relative_clause(doc) -> dict:
    """"Like A, who won for X at the 80th Oscars, B won ...": a relative clause set off by a
    comma runs to the comma that closes it; a phrase between the clause's last word and that
    comma that the parser hangs outside it (on the name, or on the main verb) is the clause's.
    Only a clause closed by a comma before the main clause's verb. {phrase head: the verb}."""
    out = {}
    for r in doc:
        if r.dep_ != "relcl" or r.left_edge.i < 1 or doc[r.left_edge.i - 1].text != ",":
            continue
        end = max(t.i for t in r.subtree)
        close, depth = None, 0
        for t in doc[end + 1:]:
            depth += (t.text == "(") - (t.text == ")")
            if depth < 0:
                break
            if depth == 0 and t.text in (",", ";", ":", "\u2014", "\u2013", "-"):
                close = t.i if t.text == "," else None
                break
        root = r.head
        while root.head.i != root.i and root.dep_ not in ("ROOT",):
            root = root.head
        if close is None or close <= end + 1 or not close < root.i:
            continue
        for t in doc[end + 1:close]:
            if t.dep_ == "prep" and not (r.left_edge.i <= t.head.i <= close):
                out[t.i] = r.i
    return out


def _phrases_across_a_semicolon(doc) -> dict:
    """"A won X at the 59th, held in 1987, for Film; B had won Y in 1982": a semicolon closes
    a clause, and a phrase the parser hangs across it (on the next clause's verb, or the last
    one's) is the verb's of its own side. {phrase: the verb heading its side}."""
    cuts = [t.i for t in doc if t.text == ";"]
    if not cuts:
        return {}

    def side(i: int) -> int:
        return sum(1 for c in cuts if c < i)

    out = {}
    for t in doc:
        if t.dep_ != "prep" or side(t.i) == side(t.head.i):
            continue
        mine = side(t.i)
        tops = [v for v in doc if side(v.i) == mine and v.i not in cuts
                and v.pos_ in ("VERB", "AUX") and (v.head.i == v.i or side(v.head.i) != mine)]
        if len(tops) == 1 and not t.is_ancestor(tops[0]):
            out[t.i] = tops[0].i
    return out


def _phrases_of_an_elided_ordinal(doc) -> dict:
    """"Her second Oscar came for A, seven years after the first, for B": a verb takes one
    phrase of a preposition; a second one set off right after an ordinal standing for a noun
    it left out ("the first") is that ordinal's ("the first [Oscar], for B"). {phrase: the
    ordinal}."""
    out = {}
    for v in doc:
        seen = set()
        for c in sorted(v.children, key=lambda t: t.i):
            if c.dep_ != "prep":
                continue
            k = c.i
            if c.lower_ in seen and k >= 2 and doc[k - 1].text == "," \
                    and doc[k - 2].ent_type_ == "ORDINAL" and doc[k - 2].dep_ == "pobj" \
                    and not any(x.dep_ == "prep" for x in doc[k - 2].children):
                out[c.i] = k - 2
            seen.add(c.lower_)
    return out


def _subjects_after_a_bare_preposition(doc) -> dict:
    """"Like A, who won in 1986, B won Best Actor": a preposition that opens the sentence with
    no object of its own, the name after it read as the verb's subject and the real subject
    hung on that name as an apposition set off after it. The first name is the preposition's
    object; the apposition is the subject. {first name: (preposition, verb, subject)}."""
    out = {}
    for prep in doc:
        if prep.dep_ != "prep" or prep.i > 0 and not doc[prep.i - 1].is_punct \
                or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            continue
        n = next((t for t in doc[prep.i + 1:prep.i + 5] if t.dep_ == "nsubj"
                  and t.head.i == prep.head.i and t.pos_ == "PROPN"), None)
        if n is None or n.left_edge.i != prep.i + 1:
            continue
        name = next((c for c in n.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.i > n.i and doc[c.left_edge.i - 1].text == ","), None)
        if name is not None and name.i < prep.head.i:
            out[n.i] = (prep.i, prep.head.i, name.i)
    return out


def _titles_split_after_a_fronted_preposition(doc) -> dict:
    """"For Sweeney Todd The Demon Barber of Fleet Street, X won ...": a long title after a
    preposition that opens the sentence, which the parser splits in two -- its first words the
    preposition's object, the rest the verb's subject with the real subject hung on it as an
    apposition set off by a comma. One run of capitalised words (and the small words a title
    holds) is one title, the preposition's object; the apposition is the subject.
    {the title's second part: (the preposition's object, verb, subject)}."""
    small = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "with"}
    out = {}
    for prep in doc:
        if prep.dep_ != "prep" or prep.i > 0 and not doc[prep.i - 1].is_punct:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        # (a subtitle's colon between the parts: "A Girl in the River: The Price of ...")
        n = next((c for c in prep.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                  and c.left_edge.i > obj.right_edge.i and all(
                      doc[k].text in (":", "-") for k in range(obj.right_edge.i + 1,
                                                               c.left_edge.i))), None)
        if n is None:
            continue
        # (or a second subject of the verb, or a conjunct of the part, set off after the comma)
        name = next((c for c in list(n.children) + list(prep.head.children)
                     if c.dep_ in ("appos", "nsubj", "conj") and c.pos_ == "PROPN" and c.i > n.i
                     and doc[c.left_edge.i - 1].text == ","), None)
        if name is None or name.i > prep.head.i:
            continue
        run = doc[prep.i + 1:name.left_edge.i - 1]
        if run[0].is_title and all(t.is_title or t.lower_ in small or t.text in (".", ":", "-")
                                   for t in run):
            out[n.i] = (obj.i, prep.head.i, name.i)
    return out


def _brackets_hung_outside(doc) -> dict:
    """"Maureen Stapleton (Once Upon a Time in Hollywood, 1981) is ...": what a parenthesis
    right after a name holds is said of that name; when the parser hangs the one phrase it
    holds on a word outside (a title read as an adverb and a preposition, on the verb), the
    phrase is the name's apposition. {the phrase's head: the name}."""
    out = {}
    pools = set(lexicon().qualifiers.get("pool_prepositions", ()))
    for k, t in enumerate(doc):
        if t.text != "(" or k == 0 or doc[k - 1].pos_ != "PROPN":
            continue
        m = closing_bracket(doc, k)
        if m is None or m <= k + 1:
            continue
        tops = [x for x in doc[k + 1:m] if not x.is_punct and not k <= x.head.i <= m]
        if len(tops) == 1 and tops[0].head.i != k - 1 and tops[0].pos_ not in ("VERB", "AUX") \
                and not tops[0].is_ancestor(doc[k - 1]) and not (   # (a clause stays)
                    tops[0].dep_ == "prep" and tops[0].lower_ in pools):
            # (and so does the pool a count came from, "won five Oscars (out of seven
            # nominations)": the verb's, as without the brackets)
            out[tops[0].i] = k - 1
    return out


def _works_after_a_description_s_prize(doc) -> dict:
    """"X made history as the first woman to take the directing Oscar, for W": the parser
    hangs a work phrase set off after a description's prize clause ("the first woman to take
    ...") on the main verb, but making history or becoming someone is no prize; the work is
    what the prize was for. Only where the clause is the description's, the description is
    the main verb's (its complement, or the object of its preposition), the clause takes no
    work of its own, and nothing but punctuation stands between the clause and the phrase.
    {the phrase: the clause's verb}."""
    lex = lexicon()
    preps = set(lex.qualifiers.get("work_prepositions_after_clause", ()))
    out = {}
    for r in doc:
        if r.dep_ != "relcl" or not any(c.relation.family == "awards"
                                        for c in lex.verb_cues(r.lemma_.lower())):
            continue
        noun = r.head
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ not in ("attr", "pobj", "dobj", "oprd") or verb.pos_ not in ("VERB", "AUX") \
                or any(c.relation.family == "awards" for c in lex.verb_cues(verb.lemma_.lower())) \
                or any(c.dep_ == "prep" and c.lower_ in preps for c in r.children):
            continue
        end = max(t.i for t in r.subtree)
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in preps and c.i > end and doc[c.i - 1].text == "," \
                    and all(doc[k].is_punct for k in range(end + 1, c.i)) \
                    and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children):
                out[c.i] = r.i
    return out


def _ordinals_on_a_category(doc) -> dict:
    """"his third best actor nomination": the parser may hang the ordinal on the category's
    superlative ("third best", as in a ranking), but a category's name takes no ordinal; the
    prize noun the category names does ("his third nomination", of best actor). Only where
    the phrase's head is a prize noun (lexicon qualifiers `award_nouns`). {ordinal: noun}."""
    from .text import parse_ordinal
    prizes = {w.lower() for w in lexicon().qualifiers.get("award_nouns", ())}
    out = {}
    for t in doc:
        sup = t.head
        if t.dep_ != "amod" or not parse_ordinal(t.lower_) or sup.tag_ != "JJS" or \
                sup.i != t.i + 1:
            continue
        noun = sup.head
        while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
            noun = noun.head
        if noun.i > sup.i and noun.pos_ == "NOUN" and noun.lemma_.lower() in prizes:
            out[t.i] = noun.i
    return out


def _participles_after_an_apposition(doc) -> dict:
    """"Ani ... marries Vanya, the son of a Russian oligarch, played by X": the parser may hang
    a participle with a "by" agent, set off after an apposition that a comma closes, on a noun
    further back; the comma closes the description of the name before it, and the participle
    is said of that name (as "Vanya, played by X" would be). Only a name between the
    participle's head and the participle. {participle: the name}."""
    out = {}
    for t in doc:
        if t.dep_ != "acl" or t.tag_ != "VBN" or t.i < 2 or doc[t.i - 1].text != "," \
                or not any(c.dep_ == "agent" for c in t.children):
            continue
        end = doc[t.i - 2]
        ap = end
        while ap.dep_ != "appos" and ap.head.i != ap.i and ap.head.i < t.i:
            ap = ap.head
        name = ap.head
        if ap.dep_ != "appos" or name.pos_ != "PROPN" or not t.head.i < name.i < ap.i \
                or ap.left_edge.i < 1 or doc[ap.left_edge.i - 1].text != "," \
                or max(x.i for x in ap.subtree) != end.i:
            continue
        out[t.i] = name.i
    return out


def _time_clauses_off_a_number(doc) -> dict:
    """"He was 42 when he won": the parser may hang a clause opened by a time word ("when",
    "while") on the number before it as a relative clause; a number takes no clause, and the
    clause says when the verb above it held. {the clause's verb: that verb}."""
    out = {}
    for t in doc:
        num = t.head
        if t.dep_ != "relcl" or num.tag_ != "CD" or num.head.i == num.i \
                or num.head.pos_ not in ("VERB", "AUX"):
            continue
        opener = doc[t.left_edge.i]
        if opener.tag_ == "WRB" and opener.lower_ in ("when", "while") and opener.head.i == t.i:
            out[t.i] = num.head.i
    return out


def _prizes_off_a_rival(doc) -> dict:
    """"won X, beating A and B, her first Oscar": the parser hangs the owned prize set off at
    the end on the last name of the participle's object, as if it described that rival; a
    person is no prize, and the phrase says what the win was to the winner. It is said of the
    verb the participle hangs on (as in "won X, her first Oscar, beating A"). {noun: verb}."""
    q = lexicon().qualifiers
    prizes = {w.lower() for k in ("award_nouns", "nomination_nouns") for w in q.get(k, ())}
    out = {}
    for n in doc:
        if n.dep_ != "appos" or n.pos_ not in ("NOUN", "PROPN") or n.lemma_.lower() not in prizes \
                or not any(c.dep_ == "poss" for c in n.children) \
                or n.left_edge.i < 1 or doc[n.left_edge.i - 1].text != ",":
            continue
        name = n.head
        if name.pos_ != "PROPN":   # a rival's name (a film's is no prize either)
            continue
        top = name
        while top.dep_ in ("conj", "compound") and top.head.i != top.i:
            top = top.head
        part = top.head
        if top.dep_ not in ("dobj", "pobj") or part.tag_ != "VBG" and part.dep_ != "prep":
            continue
        if part.dep_ == "prep":   # "..., ahead of A and B, her first Oscar"
            part = part.head
        if part.dep_ not in ("advcl", "xcomp", "acl") or part.head.pos_ not in ("VERB", "AUX"):
            continue
        out[n.i] = part.head.i
    return out


def _counts_on_a_modifier(doc) -> dict:
    """"won four best actress Oscars": the parser may hang the number on the category word
    that modifies the counted prize noun; the number counts the prizes. {number: noun}."""
    q = lexicon().qualifiers
    counted = set(q.get("award_nouns", ())) | set(q.get("nomination_nouns", ()))
    out = {}
    for t in doc:
        if t.dep_ != "nummod" or t.like_num is False or (t.text.isdigit() and len(t.text) == 4):
            continue
        h = t.head
        while h.dep_ in ("compound", "amod") and h.head.i > h.i and h.head.i != h.i:
            h = h.head
            if h.lemma_.lower() in counted or h.lower_.rstrip("s") in counted:
                if h.i != t.head.i and not any(c.dep_ == "nummod" for c in h.children):
                    out[t.i] = h.i
                break
    return out


def _counts_hyphened_to_a_prize(doc) -> dict:
    """"The Brutalist's three-Oscar haul": the parser may hang the number on the noun the
    hyphened phrase modifies; the hyphen joins it to the prize noun it counts. {number:
    noun}."""
    q = lexicon().qualifiers
    counted = set(q.get("award_nouns", ())) | set(q.get("nomination_nouns", ()))
    out = {}
    for t in doc:
        if t.dep_ != "nummod" or t.i + 2 >= len(doc) or doc[t.i + 1].text != "-":
            continue
        n = doc[t.i + 2]
        if n.head.i == t.head.i and n.dep_ == "compound" and n.i < t.head.i and (
                n.lemma_.lower() in counted or n.lower_.rstrip("s") in counted):
            out[t.i] = n.i
    return out


def _counts_opening_a_line(doc) -> dict:
    """"6 \u2014 Oscars won by Anora", "13: nominations for Emilia P\u00e9rez", "...; 7 \u2014 the
    Oscars it took home": a "by the numbers" line states a number, a dash or colon, and the noun
    phrase of what it counts. The parser makes the number a label of the line (`meta`,
    `nummod` of the verb, ...); it counts the prize or nomination noun heading the phrase right
    after the separator. {number: noun}."""
    q = lexicon().qualifiers
    counted = {w.lower() for k in ("award_nouns", "nomination_nouns") for w in q.get(k, ())}
    seps = set(q.get("heading_dashes", ())) | {":"}
    out = {}
    for t in doc:
        if not t.like_num or t.pos_ not in ("NUM", "X") or t.i + 1 >= len(doc) \
                or (t.text.isdigit() and len(t.text) == 4):
            continue   # (a year opens a dateline, not a count)
        if t.i > 0 and doc[t.i - 1].text in seps and t.head.i < t.i - 1 and \
                t.dep_ == "nummod" and leading_label(doc, t.i - 1):
            # "The Brutalist - 3 wins from 10 nominations": the number right after a row's
            # label, which the parser hung on the label, counts the noun right after it
            noun = doc[t.i + 1]
            if noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in counted or
                                                   noun.lower_.rstrip("s") in counted) \
                    and not any(c.dep_ == "nummod" for c in noun.children):
                out[t.i] = noun.i
            continue
        root = t.head
        if t.i > 1 and doc[t.i - 1].text == ":" and root.dep_ == "ROOT" and root.i < t.i - 1 \
                and root.pos_ in ("NOUN", "PROPN") and root.left_edge.i == 0 and all(
                    x.is_punct for x in doc[t.i + 1:]) and (root.lemma_.lower() in counted or
                                                            root.lower_.rstrip("s") in counted) \
                and not any(c.dep_ == "nummod" for c in root.children):
            # "Nominations for Emilia P\u00e9rez at the 97th Academy Awards: 13": the number
            # that ends a line after its colon counts the noun the line opens with
            out[t.i] = root.i
            continue
        if t.i + 2 >= len(doc) or doc[t.i + 1].text not in seps \
                or (t.i > 0 and doc[t.i - 1].text != ";"):
            continue
        sep = t.i + 1
        noun = next((x for x in doc[sep + 1:sep + 6] if x.pos_ in ("NOUN", "PROPN") and (
            x.lemma_.lower() in counted or x.lower_.rstrip("s") in counted)), None)
        if noun is None:
            continue
        while noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i and (
                noun.head.lemma_.lower() in counted or noun.head.lower_.rstrip("s") in counted):
            noun = noun.head   # "Oscar nominations": the phrase's head
        # the phrase opens right after the separator, and the number counts nothing else
        if noun.left_edge.i not in (sep + 1, t.i) or any(
                c.dep_ == "nummod" and c.i != t.i for c in noun.children) or noun.i == t.i:
            continue
        out[t.i] = noun.i
    return out


def leading_label(doc, sep: int) -> bool:
    """Whether the separator at `sep` ends a row's label: a few words before it, no verb
    among them, and no separator before it."""
    return 0 < sep <= 8 and not any(
        x.pos_ in ("VERB", "AUX") or x.text in (":", "-", "\u2013", "\u2014")
        for x in doc[:sep])


def _headline_passives_with_an_agent(doc) -> list:
    """"5: Oscars won by Anora", "Two Oscars taken home by Wicked": a passive with its "were"
    left out that the parser reads as an active verb with the prize as its subject, the
    winner still marked as the passive's agent ("by"). A past verb with a subject, an agent
    and no object or auxiliary is a passive: its subject is the passive subject. [subject]."""
    out = []
    for v in doc:
        if v.tag_ not in ("VBD", "VBN") or any(
                c.dep_ in ("dobj", "obj", "aux", "auxpass", "nsubjpass") for c in v.children):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
        if len(subj) == 1 and any(c.dep_ == "agent" and c.i > v.i for c in v.children):
            out.append(subj[0].i)
    return out


def _in_phrases_off_a_name(doc) -> dict:
    """"Waltz portrayed Hans Landa in Inglourious Basterds": the parser may hang "in <Title>"
    on the name that is the verb's object; a name takes no such phrase, the verb does (the
    film the part is in, the place the meeting was in). {the phrase: the verb}."""
    out = {}
    for t in doc:
        if t.dep_ != "dobj" or t.pos_ != "PROPN" or t.head.pos_ not in ("VERB", "AUX"):
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "in" and c.i > t.i and any(
                    o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.is_title) for o in c.children):
                out[c.i] = t.head.i
    return out


def _dates_after_an_agent(doc) -> dict:
    """"Baker tied a record set by Walt Disney in 1954": the parser may hang the date after a
    participle's agent ("set by Walt Disney") on the clause's verb; right after the agent, with
    no comma between, it dates the participle's event, not the verb's. {the phrase: the
    participle}."""
    out = {}
    for v in doc:
        if v.tag_ != "VBN" or v.dep_ != "acl" or v.head.dep_ not in ("dobj", "pobj", "attr"):
            continue
        agent = next((c for c in v.children if c.dep_ == "agent" and c.i > v.i), None)
        verb = v.head.head
        if agent is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        end = agent.right_edge.i
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == verb.i and any(
                o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in nxt.children):
            out[nxt.i] = v.i
    return out


def _phrases_of_a_fronted_participle(doc) -> dict:
    """"Born in Summit, New Jersey, in 1973, Baker directed Anora": the parser may hang a
    phrase of the opening participle, set off by commas after its own phrases, on the main
    verb; still before the main clause's subject, it is the participle's ("born ... in 1973"),
    not the verb's. {the phrase: the participle}."""
    out = {}
    for v in doc:
        if v.dep_ != "advcl" or v.tag_ not in ("VBN", "VBG") or v.head.i <= v.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children) or any(
                not doc[i].is_punct for i in range(v.left_edge.i)):
            continue   # an opening participle of no subject of its own, nothing before it
        verb = v.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        end = v.right_edge.i
        at = end + 1
        while at < len(doc) and doc[at].is_punct:
            at += 1   # past the commas that close the participle's phrases
        if subj is None or at >= subj.i or not any(doc[i].text == "," for i in range(end, at)):
            continue
        nxt = doc[at]
        if nxt.dep_ == "prep" and nxt.head.i == verb.i and nxt.right_edge.i + 1 < subj.i and \
                doc[nxt.right_edge.i + 1].text == "," and all(
                    doc[i].is_punct for i in range(nxt.right_edge.i + 1, subj.left_edge.i)):
            out[nxt.i] = v.i
    return out


def _for_phrases_of_a_prize_noun(doc) -> dict:
    """"won X for A, 40 years after her first nomination, for B": the parser hangs a "for"
    phrase set off by a comma right after a prize or nomination noun on the verb, as a second
    work of the win; it says what that noun was for. Only a noun inside another phrase of the
    verb (not the prize the verb names itself). {the phrase: the noun}."""
    q = lexicon().qualifiers
    prizes = {w.lower() for k in ("award_nouns", "nomination_nouns") for w in q.get(k, ())}
    out = {}
    for c in doc:
        if c.dep_ != "prep" or c.lower_ != "for" or c.i < 2 or doc[c.i - 1].text != "," \
                or c.head.pos_ not in ("VERB", "AUX"):
            continue
        n = doc[c.i - 2]
        if n.pos_ != "NOUN" or n.lemma_.lower() not in prizes or n.dep_ != "pobj" \
                or n.head.dep_ != "prep" or n.head.head.i != c.head.i:
            continue
        out[c.i] = n.i
    return out


def _objects_read_as_subjects(doc) -> dict:
    """"X won for A and Y won for B": the parser may leave the first verb's preposition without
    its object and read "A and Y" as the subject of the second verb, as if A and Y both won for
    B. A preposition takes an object, and a verb joined by "and" to another has its own subject:
    the name right after the bare preposition is its object and the name joined to it the next
    verb's subject. {name: (preposition, second verb, "and", its subject)}."""
    out = {}
    for p in doc:
        if p.dep_ != "prep" or p.pos_ != "ADP" or p.i + 1 >= len(doc) \
                or any(c.dep_ in ("pobj", "pcomp") for c in p.children):
            continue
        verb = p.head
        n = next((c for v in verb.children if v.dep_ == "conj" and v.i > p.i
                  and v.pos_ in ("VERB", "AUX") for c in v.children
                  if c.dep_ == "nsubj" and c.left_edge.i == p.i + 1), None)
        if n is None or n.pos_ not in ("PROPN", "NOUN"):
            continue
        v = n.head
        subs = [c for c in n.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < v.i]
        ccs = [c for c in n.children if c.dep_ == "cc" and c.lower_ == "and"]
        if len(subs) != 1 or len(ccs) != 1 or not n.i < ccs[0].i < subs[0].i \
                or subs[0].right_edge.i + 1 != v.i \
                or sum(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) != 1:
            continue
        out[n.i] = (p.i, v.i, ccs[0].i, subs[0].i)
    return out


def _names_off_a_prize(doc) -> dict:
    """"won three Oscars for A, B and C": the parser may join B and C to the prize noun (as if
    "three Oscars, B and C") instead of to A, the object of the noun's "for" phrase. A prize is
    not listed with names after its own "for" phrase: a proper name so joined is a conjunct of
    that phrase's object. {name: the object}."""
    q = lexicon().qualifiers
    prizes = {w.lower() for k in ("award_nouns", "nomination_nouns") for w in q.get(k, ())}
    out = {}
    for t in doc:
        h = t.head
        if t.dep_ != "conj" or t.pos_ != "PROPN" or h.i >= t.i or h.pos_ not in ("NOUN", "PROPN") \
                or not (h.lemma_.lower() in prizes or h.lower_.rstrip("s") in prizes):
            continue
        obj = next((o for c in h.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < t.i
                    for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                    and o.right_edge.i < t.i), None)
        if obj is not None:
            out[t.i] = obj.i
    return out


def _pairs_joined_to_an_object(doc) -> dict:
    """"Best Director for Sean Baker and Best Actress for Mikey Madison", "A for X, B for Y and
    C for Z": items of a list, each with its own phrase of one preposition. The parser may join
    an item to the object of the item before's phrase (as if "for Sean Baker and Best
    Actress"). An item so joined that has a phrase of that same preposition of its own is the
    earlier item's conjunct: {item: (the earlier item, its "and" and commas)}."""
    out = {}
    for t in doc:
        h = t.head
        if t.dep_ != "conj" or t.pos_ not in ("NOUN", "PROPN") or h.i >= t.i \
                or h.dep_ != "pobj" or h.head.dep_ != "prep":
            continue
        prep, item = h.head, h.head.head
        top = item
        while top.dep_ == "conj" and top.head.i < top.i:
            top = top.head
        # (a verb's object or attribute and its pairs are `_paired_phrases`'s)
        if item.pos_ not in ("NOUN", "PROPN") or item.i >= prep.i or top.dep_ not in (
                "pobj", "appos") or not any(c.dep_ == "prep" and c.lower_ == prep.lower_
                                            and c.i > t.i for c in t.children):
            continue
        out[t.i] = (item.i, [c.i for c in h.children if c.dep_ in ("cc", "punct")
                             and h.i < c.i < t.i])
    return out


def _phrases_after_their_items(doc) -> dict:
    """"stars A as X, B as Y and C as Z": items of a cast list, each with its part's phrase
    right after it. The parser may hang the last item's phrase on an earlier item
    that has its own phrase of that preposition already (one item cannot be two parts). Such
    a phrase belongs to the item right before it, when that item has none of its own:
    {the phrase: that item}."""
    out = {}
    # (the part's preposition of a cast list, lexicon `played_part.preps`; a list of winners
    # "A for X and B for Y" is read by the award lists, each item's night its own)
    parts = set(lexicon().qualifiers.get("played_part", {}).get("preps", ()))
    for t in doc:
        if t.dep_ != "prep" or t.i == 0 or t.head.i >= t.i - 1 or t.lower_ not in parts:
            continue
        item, h = doc[t.i - 1], t.head
        if item.pos_ != "PROPN" or item.dep_ != "conj" or any(
                c.dep_ == "prep" and c.lower_ == t.lower_ for c in item.children) \
                or not any(c.dep_ == "prep" and c.lower_ == t.lower_ and c.i < t.i
                           for c in h.children):
            continue
        out[t.i] = item.i
    return out


def _paired_phrases(doc) -> dict:
    """"gave A to X and B to Y": pairs coordinated under one verb. The parser may join B to X
    (as if "to X and B") and hang B's own "to Y" on the verb as a second phrase with the same
    preposition. A verb's later phrase with the preposition of an earlier one whose object has
    a conjunct between them belongs to that conjunct: {the phrase: the conjunct}."""
    out = {}
    for v in doc:
        # (or on the verb's object: "won Best Supporting Actress for A and Best Actress for
        # B", both "for" phrases hung on the first category, the second joined to A)
        if v.pos_ not in ("VERB", "AUX") and not (
                v.pos_ in ("NOUN", "PROPN") and v.dep_ in ("dobj", "obj")):
            continue
        phrases = [c for c in v.children if c.dep_ in ("prep", "dative")]
        for a in phrases:
            for b in phrases:
                if b.i <= a.i or b.lower_ != a.lower_:
                    continue
                conj = [k for o in a.children if o.dep_ == "pobj" for k in o.children
                        if k.dep_ == "conj" and a.i < k.i < b.i and k.pos_ in ("NOUN", "PROPN")]
                if conj and b.i not in out:
                    out[b.i] = conj[-1].i
    return out


def _participles_read_as_the_verb(doc) -> dict:
    """"Anora, shut out at the Golden Globes, went on to win Best Picture": the parser may take
    a past participle set off by commas right after the subject for the sentence's verb, and
    join the real verb to it as a conjunct with no subject of its own. A root so read (a
    comma between it and its subject's last word, a conjunct verb after a comma and no
    coordinator) is a participle said of the subject, and the conjunct the sentence's verb:
    {participle: (the verb, the subject)}."""
    out = {}
    for r in doc:
        if r.dep_ != "ROOT" or r.tag_ not in ("VBD", "VBN") or r.i < 2 or doc[r.i - 1].text != ",":
            continue
        subj = [c for c in r.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < r.i]
        if len(subj) != 1 or max(t.i for t in subj[0].subtree if not t.is_punct) != r.i - 2 \
                or subj[0].pos_ not in ("PROPN", "NOUN"):
            continue
        verbs = [c for c in r.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                 and c.i > r.i and doc[c.left_edge.i - 1].text == ","
                 and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)]
        if len(verbs) != 1 or any(c.dep_ == "cc" and r.i < c.i < verbs[0].i for c in r.children):
            continue
        out[r.i] = (verbs[0].i, subj[0].i)
    return out


def _subjects_of_the_next_verb(doc) -> dict:
    """"X won A for B, and Y, making his debut, won C": the parser may join Y to the first verb
    as a conjunct (as if "and Y [won A]") and leave the verb after it with no subject. A name
    so joined, followed by that verb with nothing between but a phrase set off by commas, is
    its subject: {name: (the verb, the set-off phrases to hang on it)}."""
    out = {}
    for t in doc:
        h = t.head
        if t.dep_ == "conj" and t.pos_ == "PROPN" and h.pos_ in ("PROPN", "NOUN") and h.i < t.i:
            got = _subject_off_an_object(doc, t)
            if got is not None:
                # (with the name's own relative clause the parser hung elsewhere: a "rel")
                out[t.i] = (got[0], [] if got[1] is None else [("rel", got[1])])
            continue
        if t.dep_ != "conj" or t.pos_ != "PROPN" or h.pos_ not in ("VERB", "AUX") or h.i > t.i:
            continue
        # the verb after: the one the first clause hangs on, or the first's next conjunct
        v = h.head if h.dep_ in ("ccomp", "advcl") and h.head.i > t.i else next(
            (c for c in h.children if c.dep_ == "conj" and c.i > t.i), None)
        if v is None or v.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
            continue
        between = [c for c in h.children if t.right_edge.i < c.i < v.i]
        if not between and _set_off_apposition(t) and all(
                x.head.i == v.i and x.dep_ in ("aux", "auxpass", "neg", "advmod")
                for x in doc[t.right_edge.i + 1:v.i]):
            # "and Y, her co-star, was nominated for C": the phrase set off is the name's own
            # apposition, the verb right after it
            out[t.i] = (v.i, [])
            continue
        if not between or doc[t.right_edge.i + 1].text != "," or doc[v.i - 1].text != "," \
                or any(c.dep_ not in ("advcl", "punct", "appos") for c in between) \
                or any(not (t.right_edge.i < x.i < v.i) for c in between for x in c.subtree) \
                or any(x.i not in {y.i for c in between for y in c.subtree} | {
                    x2.i for x2 in v.children if x2.dep_ == "punct"}
                       for x in doc[t.right_edge.i + 1:v.i]):
            continue
        out[t.i] = (v.i, [c.i for c in between if c.dep_ != "punct"])
    return out


def _lists_after_a_bare_count(doc) -> dict:
    """"Dune won six: Best Cinematography, Best Film Editing and ...": after a number its verb
    takes with the counted noun left out, the parser may hang the list after the colon on the
    verb as a second subject; the list names what the number counts, as after "six Oscars:".
    {the list's head: the number}."""
    out = {}
    for c in doc:
        if c.text != ":" or c.i < 1 or c.i + 1 >= len(doc):
            continue
        # the number right before the colon, or before a few words of no name or number
        # ("took seven in all:")
        k = c.i - 1
        while k > 0 and c.i - k <= 3 and doc[k].pos_ not in ("NUM", "PROPN", "NOUN", "VERB",
                                                              "AUX", "PUNCT"):
            k -= 1
        num = doc[k]
        verb = num.head
        if num.dep_ not in ("dobj", "obj") or not num.like_num or num.pos_ != "NUM" \
                or (num.text.isdigit() and len(num.text) == 4) or verb.pos_ not in ("VERB", "AUX") \
                or verb.lemma_.lower() in lexicon().qualifiers.get("count_noun_needed_verbs", ()):
            continue   # ("had seven: A, B": wins or nominations, unsaid)
        # the list's head: the first word after the colon, hung on a word before it (on the
        # verb, or on its subject as an apposition)
        n = next((x for x in doc[c.i + 1:] if x.left_edge.i in (c.i, c.i + 1) and x.head.i < c.i
                  and x.pos_ in ("NOUN", "PROPN")), None)
        if n is not None and n.dep_ in ("nsubj", "dep", "npadvmod", "attr", "appos", "dobj",
                                        "obj"):
            out[n.i] = num.i
    return out


def _lists_after_a_counted_prize(doc) -> dict:
    """"won three Oscars in one night for Parasite: A, B and C": with phrases between the
    counted prize noun and the colon, the parser may set the list after the colon in apposition
    to the name the last phrase ends with; a name takes no list in apposition, the list names
    what the number counts. A list (a head with conjuncts) right after a colon, in apposition to
    a proper name inside a phrase of the verb that has a counted prize noun (lexicon
    `award_nouns`, `nomination_nouns`) as its object, is that noun's apposition. {the list's
    head: the prize noun}."""
    q = lexicon().qualifiers
    prizes = {w.lower() for k in ("award_nouns", "nomination_nouns") for w in q.get(k, ())}
    out = {}
    for c in doc:
        if c.text != ":" or c.i < 1 or c.i + 1 >= len(doc):
            continue
        n = next((x for x in doc[c.i + 1:] if x.left_edge.i == c.i + 1 and x.head.i < c.i), None)
        # (a name: the parser may tag a one-word title a common noun, its capital tells)
        if n is None or n.dep_ != "appos" or not n.head.text[:1].isupper() \
                or n.head.pos_ not in ("PROPN", "NOUN") or n.head.dep_ != "pobj" \
                or not any(x.dep_ == "conj" for x in n.children):
            continue
        verb = n.head
        while verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head
        noun = next((o for o in verb.children if o.dep_ in ("dobj", "obj") and o.i < n.head.i
                     and (o.lemma_.lower() in prizes or o.lower_.rstrip("s") in prizes)
                     and any(x.dep_ == "nummod" for x in o.children)), None)
        if verb.pos_ in ("VERB", "AUX") and noun is not None:
            out[n.i] = noun.i
    return out


def _conjuncts_out_of_a_bracket(doc) -> dict:
    """"A (Film, 1955), B (Film2, 1954) and C (...)": the parser may join B to a word inside
    A's bracket (as if the list went on inside it), so the list after A is lost to A's bracket.
    A conjunct after a closed bracket, joined to a word inside it, is a conjunct of the word the
    bracket is set off after (the word outside that the bracket's words hang on). {conjunct:
    that word}."""
    out = {}
    spans, opened = [], []
    for t in doc:
        if t.text == "(":
            opened.append(t.i)
        elif t.text == ")" and opened:
            spans.append((opened.pop(), t.i))
    for a, b in spans:
        inside = range(a + 1, b)
        tops = [t for t in doc[a + 1:b] if t.head.i not in inside and t.head.i != t.i]
        anchors = {t.head.i for t in tops if not t.is_punct}
        if len(anchors) != 1 or (anchor := anchors.pop()) > a:
            continue
        for t in doc[b + 1:]:
            if t.dep_ == "conj" and t.head.i in inside:
                out[t.i] = anchor
    return out


def _lists_after_a_dash(doc) -> dict:
    """"won three Oscars - Best Actor, Best Cinematography and Best Score -": the parser may
    read the counted prize noun and the list the dash opens as one noun phrase, the prize noun
    a modifier of the list's first item. A prize noun right before a dash, modifying a noun
    after the dash, heads the phrase (with the words before it), and the list is its
    apposition. {token: (new head, label)}."""
    q = lexicon().qualifiers
    prizes = {w.lower() for k in ("award_nouns", "nomination_nouns") for w in q.get(k, ())}
    out = {}
    for n in doc:
        if n.dep_ not in ("compound", "nmod", "amod", "npadvmod") or n.pos_ not in ("NOUN", "PROPN") \
                or n.i + 2 >= len(doc) or doc[n.i + 1].text not in ("-", "\u2013", "\u2014") \
                or not (n.lemma_.lower() in prizes or n.lower_.rstrip("s") in prizes) \
                or not n.whitespace_ or not doc[n.i + 1].whitespace_:
            continue   # (a dash set off by spaces: "award-winning" is one word)
        h = n.head
        while h.dep_ in ("compound", "amod") and h.head.i > h.i:
            h = h.head   # (the list's first item: "Best Actor", the prize noun on "Best")
        if h.i <= n.i + 1 or h.dep_ not in ("dobj", "obj", "pobj", "nsubj", "nsubjpass", "attr") \
                or h.pos_ not in ("NOUN", "PROPN"):
            continue
        out[n.i] = (h.head.i, h.dep_)
        out[h.i] = (n.i, "appos")
        out[n.i + 1] = (n.i, "punct")   # (the dash: no word of the first item's)
        for c in h.children:   # (the number and determiner of the counted noun)
            if c.i < n.i:
                out[c.i] = (n.i, c.dep_)
    return out


def _names_listed_after_a_preposition(doc) -> dict:
    """"nominated alongside A B, C D, E F and G H": the parser may break a list of names that a
    preposition of sharing (lexicon `accounting.companion_preps`) takes, hanging the second as
    an apposition of the first and the later ones on the verb. Names set off by commas after
    the preposition's name, the last after "and", ending the clause, are that name's
    conjuncts. {token: (new head, label)}."""
    preps = set(lexicon().section("accounting").get("companion_preps", ()))
    out = {}
    n = len(doc)
    for first in doc:
        if first.dep_ != "pobj" or first.pos_ != "PROPN" or first.head.lower_ not in preps:
            continue
        # the run of proper nouns the first name ends ("Bradley Cooper")
        items, cc, commas, j = [], None, [], first.i + 1
        while j < n and doc[j].text == ",":
            k = j + 1
            if k < n and doc[k].lower_ in ("and", "or"):
                cc, k = k, k + 1
            m = k
            while m < n and doc[m].pos_ == "PROPN":
                m += 1
            if m == k:
                break
            commas.append(j)
            items.append(m - 1)
            j = m
            if cc is not None:
                break
        if j < n and cc is None and doc[j].lower_ in ("and", "or"):
            k = m = j + 1
            while m < n and doc[m].pos_ == "PROPN":
                m += 1
            if m > k:
                cc = j
                items.append(m - 1)
                j = m
        if cc is None or not items or (j < n and not (doc[j].is_punct and doc[j].text != ",")):
            continue   # not a list that ends the clause
        if all(doc[i].dep_ == "conj" for i in items) and all(
                doc[i].head.i in (first.i, *items) for i in items):
            continue   # already read as the list it is
        for i in items:
            out[i] = (first.i, "conj")
            for x in range(i - 1, first.i, -1):   # the item's own words ("Bradley")
                if doc[x].pos_ != "PROPN":
                    break
                out[x] = (i, "compound")
        for c in commas:
            out[c] = (first.i, "punct")
        out[cc] = (first.i, "cc")
    return out


def _subjects_joined_to_an_object(doc) -> dict:
    """"..., with X winning A and Y taking B": the parser may join Y to the first verb's object
    (as if "winning A and Y") and hang the verb right after Y on that verb or on its object, as
    a clause with no subject, so that it takes X's. A name so joined after "and", with the next
    word a verb of the same form as the first (a participle after a participle, a past after a
    past) that has no subject and takes an object of its own, is that verb's subject, and the
    verb the first one's conjunct. {name: (the verb, the first verb)}."""
    out = {}
    for y in doc:
        obj = y.head
        if y.dep_ != "conj" or y.pos_ != "PROPN" or obj.i >= y.i \
                or obj.dep_ not in ("dobj", "obj") or y.right_edge.i + 1 >= len(doc):
            continue
        first = obj.head
        w = doc[y.right_edge.i + 1]
        if first.pos_ not in ("VERB", "AUX") or w.pos_ not in ("VERB", "AUX") \
                or w.tag_ != first.tag_ or w.head.i not in (first.i, obj.i, y.i) \
                or w.dep_ not in ("advcl", "acl", "conj", "xcomp", "ccomp", "relcl", "dep") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in w.children) \
                or not any(c.dep_ in ("dobj", "obj") for c in w.children) \
                or not any(c.dep_ == "cc" and c.lower_ == "and" and obj.i < c.i < y.left_edge.i
                           for c in obj.children) \
                or any(t.is_punct for t in doc[obj.right_edge.i + 1:y.left_edge.i]):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
            continue   # (a verb with no subject of its own: "won A and B taking C" is no pair)
        out[y.i] = (w.i, first.i)
    return out


def _clauses_read_as_a_subject(doc) -> dict:
    """"X won A and Y was named B": the parser may join Y to the first verb's object (as if
    "won A and Y", or "took Musical or Comedy and Y") and take the whole first clause for the
    subject of the verb after Y (a clausal subject), or hang that verb on the first as a
    complement or conjunct with no subject of its own. A name so joined right after "and",
    followed by nothing but the later verb's auxiliaries, is that verb's subject, when the
    first verb has its own subject; the later verb is the first one's conjunct. Not before an
    infinitive ("send A and Y to annul it"): it has no subject of its own.
    {first verb: (the later verb, the "and", the name)}."""
    out = {}
    for y in doc:
        if y.dep_ != "conj" or y.pos_ != "PROPN" or y.left_edge.i < 1 \
                or doc[y.left_edge.i - 1].lower_ != "and" \
                or doc[y.left_edge.i - 1].head.i != y.head.i:
            continue
        obj = y.head
        while obj.dep_ == "conj" and obj.head.i < obj.i:
            obj = obj.head   # ("took Musical or Comedy and Y": the first conjunct's verb)
        deep = False
        while obj.dep_ in ("pobj", "conj", "prep") and obj.head.i < obj.i and (
                obj.head.pos_ not in ("VERB", "AUX") or obj.head.dep_ == "prep"):
            # ("scored five, including Screenplay for A and Y upset B": "A and Y" read as the
            # object of a preposition down the first clause's object)
            obj, deep = obj.head, True
        if deep and obj.dep_ not in ("dobj", "obj"):
            continue
        v, moved = obj.head, None
        if obj.dep_ in ("nsubj", "nsubjpass") and v.dep_ == "ccomp" and v.head.i < obj.i \
                and not any(c.dep_ in ("dobj", "obj") for c in v.head.children):
            # ("claimed A or B and Y was crowned C": "A ... and Y" read as the later verb's
            # subject, that verb the complement of a first verb left with no object)
            v, moved = v.head, obj.i
        if obj.dep_ not in ("dobj", "obj", "attr", "oprd") and moved is None \
                or v.pos_ not in ("VERB", "AUX") \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        k = y.right_edge.i + 1
        while k < len(doc) and doc[k].dep_ in ("aux", "auxpass", "neg", "advmod") \
                and doc[k].head.i > k:
            k += 1
        verb = doc[k] if k < len(doc) else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.i == v.i \
                or any(doc[j].head.i != verb.i for j in range(y.right_edge.i + 1, k)) \
                or any(doc[j].tag_ == "TO" for j in range(y.right_edge.i + 1, k)) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
                       and c.i not in (v.i, moved) for c in verb.children) \
                or not (v.head.i == verb.i and v.dep_ in ("csubj", "csubjpass")
                        or verb.head.i == v.i and verb.dep_ in ("ccomp", "conj", "xcomp")
                        or deep and verb.head.i == v.head.i and verb.dep_ == "conj"):
            continue
        out[v.i] = (verb.i, doc[y.left_edge.i - 1].i, y.i, moved)
    return out


def _subjects_read_into_an_object(doc) -> dict:
    """"A led with 13, while B followed with 10 and C collected 11": the parser may read "10
    and C" as one object phrase (the number a modifier of C) and join "collected" to the first
    verb with no subject, so that it takes A's. A verb so joined, with no subject of its own,
    right after an object phrase that opens with a number then "and", has the words after
    the "and" for its subject; the number is the object again. {name: (the verb, the "and",
    the number)}."""
    out = {}
    for v in doc:
        if v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or v.head.i > v.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for c in v.children):
            continue
        k = v.i - 1
        while k > 0 and doc[k].is_punct and doc[k].text != ",":
            k -= 1
        n = doc[k]
        while n.head.i != n.i and n.head.i > n.i and n.head.i < v.i and n.dep_ in (
                "compound", "amod", "poss", "case", "punct"):
            n = n.head   # (the phrase's head: "Poor Things", "Lanthimos's film")
        if n.pos_ not in ("PROPN", "NOUN") or n.dep_ not in ("pobj", "dobj", "obj") \
                or n.right_edge.i >= v.i:
            continue
        left = n.left_edge   # (the parser may hang the number on a word inside the phrase)
        left = left if left.pos_ == "NUM" and left.dep_ == "nummod" else None
        cc = None if left is None else next(
            (c for c in left.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        if cc is None or cc.i != left.i + 1 or any(
                x.i > cc.i and x.pos_ == "NUM" for x in n.subtree):
            continue
        out[n.i] = (v.i, cc.i, left.i)
    return out


def _subject_off_an_object(doc, t) -> Optional[tuple]:
    """"X lost to A, and Y, who was tipped, also came up short": the parser may join Y to the
    first verb's object A (as if "to A and Y") and leave the verb after it with no subject. A
    name so joined after ", and", set off by commas and followed by nothing but that verb's
    adverbs, is its subject: the verb, or None."""
    n = t.head
    verb = n.head if n.dep_ in ("dobj", "obj") else n.head.head \
        if n.dep_ == "pobj" and n.head.dep_ in ("prep", "dative", "agent") else None
    if verb is not None and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "obj") \
            and n.dep_ == "pobj":
        verb = verb.head   # ("won A for B and Y, who ..., picked up C": "for B" on the object)
    # (a name with a relative clause set off by commas needs no comma before its "and": "won
    # A for B and Y, who played Z, picked up C")
    told = any(c.dep_ == "relcl" and c.i > t.i for c in t.children)
    right, stray = t.right_edge.i, None
    k = right + 1 if doc[right].text == "," else right + 2
    if not told and k < len(doc) and doc[k].lower_ in ("who", "whose") \
            and doc[k].head.dep_ == "relcl" and doc[k].head.head.i != t.i \
            and doc[right if doc[right].text == "," else right + 1].text == ",":
        # "... and Y, who played Z, took C": the parser may hang Y's relative clause on an
        # earlier noun; the clause right after the name, set off by commas, is the name's
        r = doc[k].head
        end = max(x.i for x in r.subtree)
        if min(x.i for x in r.subtree) == k and end + 1 < len(doc) and doc[end + 1].text == ",":
            told, stray, right = True, r.i, end + 1
    if verb is None or verb.pos_ not in ("VERB", "AUX") or t.left_edge.i < 2 \
            or doc[t.left_edge.i - 1].lower_ != "and" \
            or doc[t.left_edge.i - 2].text != "," and not told \
            or doc[right].text != "," or right == t.i:
        return None
    v = next((c for c in verb.children if c.dep_ in ("conj", "dep") and c.i > right),
             None)   # (a verb the parser could not place hangs on the first as "dep")
    if v is None or v.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) \
            or not all(x.head.i == v.i and x.dep_ in ("aux", "auxpass", "neg", "advmod")
                       for x in doc[right + 1:v.i]):
        return None
    return v.i, stray


def _set_off_apposition(name) -> bool:
    """The name ends in a phrase in apposition to it set off by two commas ("Y, her co-star,")."""
    kids = list(name.children)
    return bool(kids) and kids[-1].text == "," and name.right_edge.i == kids[-1].i \
        and any(c.dep_ == "appos" and c.i > name.i for c in kids) \
        and any(c.text == "," and name.i < c.i < kids[-1].i for c in kids)


def _first_of_two_objects(doc) -> list:
    """"The Producers Guild handed Anora its top award": the parser may read both objects of a
    verb of giving (one a lexicon relation gives a dative role: "give", "hand", "award") as
    direct objects; of two bare objects side by side after the verb, the first (a name, or a
    pronoun) is who it was given to, the dative. Not another verb's ("drives X home"). The
    first objects' tokens."""
    out = []
    for v in doc:
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if len(objs) != 2 or v.pos_ not in ("VERB", "AUX") or not any(
                not cue.passive and len(cue.words) == 1 and cue.relation.role("dative")
                for cue in lexicon().verb_cues(v.lemma_.lower())):
            continue
        first, second = sorted(objs, key=lambda c: c.i)
        # (a name alone right after the verb, not a phrase set off before an apposition:
        # "took Best Actress for X, her second win")
        if first.left_edge.i == v.i + 1 and first.right_edge.i + 1 == second.left_edge.i \
                and all(t.pos_ in ("PROPN", "PRON") for t in first.subtree) \
                and second.pos_ == "NOUN":
            out.append(first.i)
    return out


def _second_objects_read_as_an_apposition(doc) -> dict:
    """"The role earned Mikey Madison her first Oscar nomination", "Anora landed Yura Borisov
    his first nomination": the parser may read the owned relation noun after a verb of giving's
    first object, with no comma between them, as in apposition to the name; it is the verb's
    second object (what was given), the name who it went to (the dative). {token: (new head,
    label)}."""
    out = {}
    lex = lexicon()
    for v in doc:
        if v.pos_ != "VERB" or not any(not cue.passive and len(cue.words) == 1
                                       and cue.relation.role("dative")
                                       for cue in lex.verb_cues(v.lemma_.lower())):
            continue
        first = next((c for c in v.children if c.dep_ in ("dative", "dobj")
                      and c.left_edge.i == v.i + 1 and c.pos_ == "PROPN"), None)
        if first is None:
            continue
        second = next((c for c in first.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                       and c.i > first.i and lex.noun_of(c) is not None
                       and any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in c.children)), None)
        if second is None or any(t.text == "," for t in doc[first.i:second.left_edge.i]) or \
                any(c.dep_ == "dobj" for c in v.children if c.i != first.i):
            continue
        out[second.i] = (v.i, "dobj")
        out[first.i] = (v.i, "dative")
    return out


def _second_objects_set_off_after_a_phrase(doc) -> dict:
    """"Baker won the Palme with Anora, his eighth feature": a possessed noun set off by a comma
    right after a prepositional phrase, which the parser took for a second object of a verb
    that has one, is said of the phrase's noun before the comma: {noun: that phrase's noun}."""
    out = {}
    for n in doc:
        v = n.head
        if n.dep_ != "dobj" or n.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in n.children) \
                or not any(c.dep_ == "dobj" and c.i < n.i for c in v.children):
            continue
        first = n.left_edge.i
        if first < 2 or doc[first - 1].text != ",":
            continue
        prev = doc[first - 2]
        if prev.dep_ == "pobj" and prev.pos_ in ("PROPN", "NOUN") and v.i < prev.i:
            out[n.i] = prev.i
    return out


def _hyphen_words_split(doc) -> dict:
    """"Madison's co-star, X, plays Vanya": the parser may read a word that hyphens written
    without spaces join ("co-star") as two or three words of the same role on one head, the
    hyphen a noun among them. The word is its last part, in the role the first part was
    given; its other parts and what hangs on them are the last part's:
    {token: (new head, label)}."""
    out = {}
    for t in doc:
        k = t.i
        if t.text != "-" or k < 1 or k + 1 >= len(doc) or t.pos_ != "NOUN":
            continue
        left, right = doc[k - 1], doc[k + 1]
        h = t.head
        if left.whitespace_ or t.whitespace_ or not left.is_alpha or not right.is_alpha \
                or left.head.i != h.i or h.i in (left.i, k, right.i) \
                or right.head.i not in (h.i, k, left.i) or left.dep_ != t.dep_:
            continue
        out[right.i] = (h.i, left.dep_)
        out[left.i] = (right.i, "compound")
        out[k] = (right.i, "punct")
        for c in list(left.children) + list(t.children):
            if c.i not in (left.i, k, right.i):
                out.setdefault(c.i, (right.i, c.dep_))
    return out


def _names_set_off_after_a_description(doc) -> dict:
    """"..., with Best Actress going to its star, Mikey Madison, in an upset": a name set off
    by commas right after a description of someone ("its star", "the film's director") is
    who the description is; the parser may hang the name on the clause's verb with no label
    it could give it. The name -> the description's noun, as its apposition: {name: noun}."""
    out = {}
    for n in doc:
        if n.pos_ != "PROPN" or n.dep_ not in ("npadvmod", "dep") or n.ent_type_ != "PERSON":
            continue
        first = n.left_edge.i
        if first < 2 or doc[first - 1].text != "," or any(
                doc[i].pos_ != "PROPN" for i in range(first, n.i + 1)):
            continue
        after = n.right_edge.i + 1
        if after < len(doc) and doc[after].text not in (",", ".", ";", ")"):
            continue
        noun = doc[first - 2]
        if noun.pos_ != "NOUN" or noun.head.i == n.i or n.head.i >= noun.i or not any(
                c.dep_ in ("det", "poss") for c in noun.children):
            continue
        out[n.i] = noun.i
    return out


def _asides_of_a_clause(doc) -> dict:
    """"X won A for B, his second win in that category, and Y won C": the parser may take the
    noun phrase set off after a whole clause for the subject of the next clause's verb, which
    has a subject of its own after the "and" the phrase holds (or that the parser joined to the
    phrase as its conjunct). The phrase is said of the clause before it: {noun: (that clause's
    verb, the "and", the next clause's subject)}."""
    out = {}
    for n in doc:
        v = n.head
        if n.dep_ != "nsubj" or n.pos_ != "NOUN" or v.i <= n.i or n.left_edge.i < 2 \
                or doc[n.left_edge.i - 1].text != ",":
            continue
        cc = next((c for c in n.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        subj = None if cc is None else next(
            (c for c in list(v.children) + list(n.children) if cc.i < c.i < v.i and (
                c.dep_ == "nsubj" or c.dep_ == "conj" and c.pos_ == "PROPN")), None)
        if subj is None:
            continue
        before = [c for c in v.children if c.i < n.left_edge.i and c.pos_ in ("VERB", "AUX")
                  and c.dep_ in ("ccomp", "conj", "advcl")
                  and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
        if before:
            out[n.i] = (before[-1].i, cc.i, subj.i)
    return out


def _sequenced_appositions(doc) -> dict:
    """"X won the Palme d'Or, then five Oscars": a noun set after the verb's object (or after
    the object of a preposition on the verb) with a word that puts it later (lexicon
    `sequence_words`) is no other name of that object but a second object whose verb was left
    out; the parser's apposition -> the verb, as its conjunct (as it parses "..., and then five
    Oscars"): {noun: the verb}."""
    later = set(lexicon().qualifiers.get("sequence_words", ()))
    out = {}
    for n in doc:
        obj = n.head
        if n.pos_ not in ("NOUN", "PROPN") or obj.i >= n.i:
            continue
        if n.dep_ in ("dep", "npadvmod") and obj.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("dobj", "obj") and c.i < n.i for c in obj.children):
            verb = obj   # or left on the verb with no label the parser could give it
        elif n.dep_ != "appos":
            continue
        else:
            # the verb's object, or the object of a preposition on the verb ("won the Palme
            # under jury president X, then five Oscars")
            verb = obj.head if obj.dep_ in ("dobj", "obj") else (
                obj.head.head if obj.dep_ == "pobj" and obj.head.dep_ == "prep" else None)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in later and c.i < n.i for c in n.children):
            out[n.i] = verb.i
    return out


def _subjects_after_a_clause_preposition(doc) -> dict:
    """"X beamed as Y, which had won A, took home B" / "as Y, his fourth feature, took B": the
    parser may read "as Y" as a prepositional phrase (Y set off by a phrase and a comma) and
    hang the verb after it on the main verb, as if X took B. A verb with no subject right
    after the comma that closes the object of such a preposition (lexicon
    `clause_prepositions`), hung on the preposition's own verb, is the clause's, and Y is its
    subject: {Y: (the verb, the preposition)}. So is a verb the parser hung on the main verb
    as a clause with no subject right after the preposition's object ("his parents fly in
    before Ani and Vanya marry": "before Ani and Vanya" a phrase, "marry" a clause of "fly")."""
    words = set(lexicon().qualifiers.get("clause_prepositions", ()))
    out = {}
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in words or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        n = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if n is None:
            continue
        after = doc[n.right_edge.i + 1] if n.right_edge.i + 1 < len(doc) else None
        if after is not None and after.dep_ == "advcl" and after.head.i == prep.head.i \
                and n.pos_ in ("PROPN", "NOUN", "PRON") and after.tag_ in ("VBP", "VBZ", "VBD",
                                                                         "VB", "NN") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark")
                            for c in after.children):
            out[n.i] = (after.i, prep.i)
            continue
        # the comma that closes the phrase is the noun's, or hung on the main verb
        comma = n.right_edge.i if doc[n.right_edge.i].text == "," else n.right_edge.i + 1
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            continue
        v = doc[comma + 1]
        if v.pos_ in ("VERB", "AUX") and v.tag_ in ("VBD", "VBZ", "VBP") \
                and v.head.i == prep.head.i and v.dep_ in ("conj", "advcl") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) \
                and any(c.dep_ in ("relcl", "appos", "acl") for c in n.children):
            out[n.i] = (v.i, prep.i)
    return out


def _passive_subjects(doc) -> dict:
    """"X and Y were both nominated": with a floating quantifier between the auxiliary and the
    participle, the parser hangs the subject on the auxiliary (`auxpass`) as `nsubj`: the
    subject -> the participle, whose passive subject it is."""
    out = {}
    for t in doc:
        aux = t.head
        if t.dep_ == "nsubj" and aux.dep_ == "auxpass" and aux.i != t.i \
                and aux.head.tag_ == "VBN" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in aux.head.children):
            out[t.i] = aux.head.i
    return out


def _objects_joined(doc) -> dict:
    """"..., beating Inside Out 2 and The Wild Robot": the parser may make the second object a
    conjunct of the participle (its first object a number it took for the object); with
    nothing of its own but its determiner and modifiers, it is the object's conjunct."""
    moves = {}
    for t in doc:
        obj = next((c for c in t.children if c.dep_ == "dobj"), None) if t.tag_ == "VBG" \
            else None
        for c in t.children:
            if obj is not None and c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") \
                    and c.i > obj.i and all(x.dep_ in ("det", "compound", "amod", "nmod")
                                            for x in c.children) \
                    and any(x.dep_ == "cc" and obj.i < x.i < c.i for x in t.children):
                moves[c.i] = obj.i
    return moves


def _years_read_into_a_name(doc) -> tuple[dict, dict]:
    """"won the Palme d'Or in 2019 and Best Picture in 2020": the parser may read the first
    phrase as "in [2019 and Best Picture]", the year a number on the second prize, which it
    makes that preposition's object, the verb's later phrase hung on the verb. A number with
    a coordinator of its own, on the object of a verb's phrase right after the verb's object,
    is that phrase's object; the noun is a clause whose verb was left out (a conjunct of the
    verb, as the parser makes such a clause: frames.py `_gapped` tells a second prize from a
    second winner), and the verb's later phrase with the same preposition is its own:
    ({token: new head}, {token: new label})."""
    moves, labels = {}, {}
    for n in doc:
        h = n.head
        if n.dep_ != "nummod" or n.pos_ != "NUM" or h.dep_ != "pobj" or n.i > h.i:
            continue
        cc = next((c for c in n.children if c.dep_ == "cc" and n.i < c.i < h.i), None)
        prep, verb = h.head, h.head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None) \
            if prep.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") else None
        if cc is None or obj is None:
            continue
        moves.update({n.i: prep.i, h.i: verb.i, cc.i: verb.i})
        labels.update({n.i: "pobj", h.i: "conj"})
        moves.update({x.i: h.i for x in verb.children if x.dep_ == "prep" and x.i > h.i
                      and x.lower_ == prep.lower_})
    return moves, labels


def _participles_lowered(doc) -> dict:
    """A trailing participle the parser hung on the sentence's first verb moves to the clause
    right before it: "X won A, while Y was named B, beating C and D" (Y beat C and D, for B).
    The participle has no subject of its own and follows a comma that closes a clause with its
    own subject, itself hung on the same verb."""
    moves = {}
    for t in doc:
        if t.dep_ != "advcl" or t.tag_ != "VBG" or t.head.i >= t.i or t.i < 2 \
                or doc[t.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass")
                                                   for c in t.children):
            continue
        near = [v for v in t.head.children if v.dep_ in ("advcl", "conj") and v.i < t.i
                and v.right_edge.i == t.i - 2
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
        if near:
            moves[t.i] = near[-1].i
    return moves
