"""Attribution from the sentence's structure (spaCy's dependency parse).

Only paragraphs that hold a quote are parsed (with the paragraph before, for a quote that opens
its paragraph). For each quote the parse answers three questions:

- which verb of saying governs the quote: the first verb of saying on the chain of heads from
  the quote's words out of the quote (`X urged filmmakers to "…"`, `he said that it "…"`), or a
  verb of saying hanging off the quote's own words (`"…," she said`);
- who is that verb's active subject (a passive subject is the listener: `X was asked what it
  "meant"` names nobody who said "meant");
- for a quote that stands alone as its own sentence(s), who the sentence before says spoke
  (`X, on the other hand, stated …. "…"`, `X was blunt: "…"`).

The answer is a phrase (a name, he/she, or a description such as "the actor who plays Toros")
that `attribute.SpeakerResolver` turns into a person.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional

# Verbs that report speech, in the forms a text uses them (attribution parses without the
# lemmatizer, see _UNUSED). A form is matched on the token's lower-cased text.
_SAY_STEMS = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "ask": ("ask", "asks", "asked", "asking"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "speak": ("speak", "speaks", "spoke", "spoken"),
    "message": ("texted", "texts", "messaged", "emailed"),
}
_REGULAR = ("explain", "admit", "confess", "share", "laugh", "joke", "recall", "note", "remark",
            "state", "insist", "continue", "quip", "reply", "answer", "declare", "argue",
            "claim", "reveal", "describe", "call", "reflect", "observe", "muse", "concede",
            "acknowledge", "warn", "stress", "emphasize", "emphasise", "promise", "gush",
            "tease", "whisper", "post", "tweet", "announce", "confide", "boast", "exclaim",
            "sigh", "smile", "shout", "yell", "scream", "cry", "urge", "plead", "beg",
            "suggest", "mention", "comment", "caution", "predict", "vow", "assure", "recount",
            "elaborate", "complain", "protest", "thank", "dedicate", "praise", "conclude",
            "deadpan", "quote", "pledge", "underline", "underscore", "highlight", "respond",
            "interject")


def _forms(stem: str) -> tuple[str, ...]:
    if stem.endswith("e"):
        return (stem, stem + "s", stem + "d", stem[:-1] + "ing")
    if stem.endswith("y") and stem[-2] not in "aeiou":
        return (stem, stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing")
    if stem in ("admit", "quip", "plan", "sum", "chat"):
        return (stem, stem + "s", stem + stem[-1] + "ed", stem + stem[-1] + "ing")
    return (stem, stem + "s", stem + "ed", stem + "ing")


SAY_FORMS = frozenset([f for fs in _SAY_STEMS.values() for f in fs]
                      + [f for s in _REGULAR for f in _forms(s)])
_SUBJ = ("nsubj",)
_PASSIVE = ("nsubjpass", "csubjpass")
_NAME_DEPS = ("compound", "flat", "nmod")
_SPEAKER_PRONOUNS = ("he", "she")
# Nouns that describe a person who may speak for a film; the resolver knows which KB relation
# each stands for.
ROLE_NOUNS = frozenset((
    "director", "filmmaker", "actress", "actor", "star", "writer", "screenwriter", "producer",
    "editor", "singer", "performer", "newcomer", "auteur", "lead", "co-star", "costar",
    "cinematographer", "composer", "writer-director", "helmer", "winner", "nominee"))
_PLAY_FORMS = ("plays", "played", "play", "playing", "portrays", "portrayed", "portray")


@dataclass(slots=True)
class Speaker:
    """A phrase that names who spoke, with where it is and how it was found."""
    start: int
    end: int
    text: str
    kind: str                 # name | pronoun | role | played (text is the character's name)
    verb: str                 # the verb of saying, or ":" for a colon introduction
    how: str                  # governs | previous-sentence


@dataclass(slots=True)
class ParseAnswer:
    verb: Optional[str] = None          # a verb of saying governs the quote (even with no speaker)
    speaker: Optional[Speaker] = None
    passive: bool = False               # the verb's subject is the listener


# Attribution reads the parser's tree and the tagger's parts of speech; named entities and
# lemmas are not used (verb forms are matched as written).
_UNUSED = ("ner", "lemmatizer")


def parse_paragraphs(text: str, spans: dict[int, tuple[int, int]]) -> dict:
    """{paragraph number: (start, spaCy Doc)} for the paragraphs asked, each parsed once and on
    its own (a parse never runs across a paragraph break), in one batched pass."""
    if not spans:
        return {}                     # nothing to parse: the model is not even loaded
    from ..nlp import parse
    keys = sorted(spans)
    # a paragraph the claims stage parsed already as one of its sentences is not parsed again
    docs = parse([text[spans[k][0]:spans[k][1]] for k in keys], batch_size=None, disable=_UNUSED)
    return {k: (spans[k][0], d) for k, d in zip(keys, docs)}


def with_entities(doc):
    """`doc` with named entities, running the recogniser now on a paragraph parsed without it
    (it has its own token vectors, so the parse already made is kept)."""
    if not doc.has_annotation("ENT_IOB"):
        from ..nlp import nlp
        nlp().get_pipe("ner")(doc)
    return doc


def _starts(doc) -> list[int]:
    """Where each token of `doc` starts, kept in the Doc: the tokens of a quote are found by
    bisection (a paragraph with several quotes was walked whole for each)."""
    starts = doc.user_data.get("reelcheck.quotes.starts")
    if starts is None:
        starts = doc.user_data["reelcheck.quotes.starts"] = [t.idx for t in doc]
    return starts


def _inside(tok, base: int, spans: list[tuple[int, int]]) -> bool:
    a = base + tok.idx
    return any(s <= a < e for s, e in spans)


def speaker_phrase(tok, base: int) -> Optional[tuple[int, int, str, str]]:
    """(start, end, text, kind) of the person a subject token stands for, or None."""
    low = tok.lower_
    if tok.pos_ == "PRON":
        if low in _SPEAKER_PRONOUNS:
            return base + tok.idx, base + tok.idx + len(tok), tok.text, "pronoun"
        return None                     # I, we, they, it, who: not a person we can name
    if tok.pos_ == "PROPN":
        left = tok
        for c in reversed(list(tok.lefts)):
            if c.dep_ in _NAME_DEPS and c.pos_ == "PROPN" and c.i == left.i - 1:
                left = c
        right = tok
        for c in tok.rights:
            if c.dep_ in ("flat", "compound") and c.pos_ == "PROPN" and c.i == right.i + 1:
                right = c
        s, e = base + left.idx, base + right.idx + len(right)
        return s, e, tok.doc[left.i:right.i + 1].text, "name"   # (Doc.text is rebuilt each time)
    if tok.pos_ == "NOUN":
        for c in tok.children:          # "the director, Sean Baker," / "its star Mikey Madison"
            if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > tok.i:
                return speaker_phrase(c, base)
        for c in tok.children:          # "the actor who plays Toros"
            if c.dep_ == "relcl" and c.lower_ in _PLAY_FORMS:
                for o in c.children:
                    if o.dep_ in ("dobj", "attr") and o.pos_ == "PROPN":
                        s, e, t, _ = speaker_phrase(o, base)
                        return s, e, t, "played"
        if low in ROLE_NOUNS:
            return base + tok.idx, base + tok.idx + len(tok), f"the {low}", "role"
    return None


def _subject(verb) -> tuple[Optional[object], bool]:
    """(active subject token or None, passive?) of a verb, looking through 'X smiled and said'."""
    v = verb
    for _ in range(3):
        passive = False
        for c in v.children:
            if c.dep_ in _SUBJ:
                return c, False
            if c.dep_ in _PASSIVE:
                passive = True
        if passive:
            return None, True
        if v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
            continue
        break
    # "according to X"
    for c in verb.children:
        if c.lower_ == "according":
            for p in c.subtree:
                if p.dep_ == "pobj":
                    return p, False
    return None, False


def governing(doc, base: int, span: tuple[int, int], quotes: list[tuple[int, int]],
              within: Optional[tuple[int, int]] = None) -> ParseAnswer:
    """The verb of saying that governs the quote at `span` and its speaker (for a quote inside
    a quote, only a verb `within` the outer quote counts)."""
    starts = _starts(doc)
    inside = [doc[k] for k in range(bisect_left(starts, span[0] - base),
                                    bisect_left(starts, span[1] - base))]
    if not inside:
        return ParseAnswer()
    candidates = []
    seen = set()
    for t in inside:                     # heads leading out of the quote
        h, steps = t.head, 0
        while h is not t and _inside(h, base, [span]) and steps < 30:
            t, h, steps = h, h.head, steps + 1
        if h is t or _inside(h, base, [span]):
            continue
        chain, v = 0, h
        while chain < 4:
            if v.i not in seen:
                seen.add(v.i)
                if v.lower_ in SAY_FORMS and v.pos_ in ("VERB", "AUX") and not _inside(
                        v, base, quotes) and (within is None or _inside(v, base, [within])):
                    candidates.append(v)
                    break
            if v.head.i == v.i:
                break
            v, chain = v.head, chain + 1
    for t in inside:                     # '"…," she said': the verb hangs off the quote
        for c in t.children:
            if (not _inside(c, base, quotes) and c.lower_ in SAY_FORMS
                    and c.pos_ in ("VERB", "AUX") and c.i not in seen
                    and (within is None or _inside(c, base, [within]))):
                seen.add(c.i)
                candidates.append(c)
    for v in sorted(candidates, key=lambda v: _distance(v, base, span)):
        subj, passive = _subject(v)
        if subj is not None:
            ph = speaker_phrase(subj, base)
            if ph is not None:
                return ParseAnswer(v.lower_, Speaker(*ph, verb=v.lower_, how="governs"))
            return ParseAnswer(v.lower_)
        if passive:
            return ParseAnswer(v.lower_, passive=True)
    if candidates:
        return ParseAnswer(candidates[0].lower_)
    return _colon_intro(doc, base, span, quotes)


def _colon_intro(doc, base: int, span: tuple[int, int], quotes) -> ParseAnswer:
    """'The actor who plays Arlo sees him plainly: "…"': the subject of the clause the colon
    ends speaks."""
    # the words before the quote, walked back from it (only the colon's own clause is read:
    # a paragraph's earlier sentences are never looked at)
    end = bisect_left(_starts(doc), span[0] - base)
    before = (t for t in (doc[i] for i in range(end - 1, -1, -1))
              if not t.is_space and not _inside(t, base, quotes))
    colon = next((t for t in before if not (t.is_punct and t.text != ":")), None)
    if colon is None or colon.text != ":":
        return ParseAnswer()
    sent_start = colon.sent.start
    # the subject of the clause the colon closes: the last subject before the colon that is
    # not inside a relative clause ("who plays Arlo")
    for t in before:
        if t.i < sent_start:
            break
        if t.dep_ in _SUBJ and t.head.dep_ != "relcl" and t.tag_ not in ("WP", "WDT"):
            ph = speaker_phrase(t, base)
            if ph is not None:
                return ParseAnswer(":", Speaker(*ph, verb=":", how="governs"))
            return ParseAnswer()
    return ParseAnswer()


def _distance(v, base: int, span: tuple[int, int]) -> int:
    a = base + v.idx
    return span[0] - a if a < span[0] else a - span[1]


def stands_alone(doc, base: int, span: tuple[int, int], quotes: list[tuple[int, int]]) -> bool:
    """True when the sentence(s) holding the quote say nothing outside quotation marks."""
    for sent in doc.sents:
        s, e = base + sent.start_char, base + sent.end_char
        if e <= span[0] or s >= span[1]:
            continue
        for t in sent:
            if t.is_punct or t.is_space or _inside(t, base, quotes):
                continue
            return False
    return True


def previous_sentence_speaker(doc, base: int, open_mark: int,
                              quotes: list[tuple[int, int]], para_start: int = -1
                              ) -> Optional[Speaker]:
    """The speaker the sentence right before a stand-alone quote names: the subject of its verb
    of saying, or of a sentence that ends in a colon; in the same paragraph, also the person a
    sentence is about ('Reyne, who plays Arlo, sees him plainly. "…"')."""
    prev = None
    for sent in doc.sents:
        if base + sent.start_char >= open_mark:
            break
        if any(base + t.idx >= open_mark for t in sent if not (t.is_punct or t.is_space)):
            break
        prev = sent
    if prev is None:
        return None
    words = [t for t in prev if not t.is_space and not _inside(t, base, quotes)]
    if not words:
        return None
    colon = words[-1].text == ":"
    verbs = [t for t in words if t.lower_ in SAY_FORMS and t.pos_ in ("VERB", "AUX")]
    if colon:
        verbs.append(prev.root)
    if base + prev.start_char >= para_start >= 0 and prev.root not in verbs:
        verbs.append(prev.root)
    for v in verbs:
        subj, _passive = _subject(v)
        if subj is None:
            continue
        ph = speaker_phrase(subj, base)
        if ph is not None:
            return Speaker(*ph, verb=v.lower_ if v.lower_ in SAY_FORMS else ":",
                           how="previous-sentence")
    return None
