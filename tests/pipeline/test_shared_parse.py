"""One parse per text per document, and the faster rule components of the shared pipeline.

Everything here runs the real packaged spaCy model: the sped-up pipeline is compared token by
token with a stock copy of the same model, and a check with the parses shared is compared
byte for byte with a check that parses every text again.
"""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from reelcheck import nlp as N

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "devset" / "articles"


def _signature(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_,
             t.ent_type_, t.is_sent_start) for t in doc]


def _texts() -> list[str]:
    from reelcheck.claims.text import split_sentences
    from reelcheck.quotes.extract import paragraphs
    out = []
    for p in sorted(DEVSET.glob("*.txt"))[:8]:
        t = p.read_text(encoding="utf-8")
        out += [s.text for s in split_sentences(t)] + [t[a:b] for a, b in paragraphs(t)]
    # the attribute ruler's rarer rules: two-token patterns, regexes, DEP tests, spaces
    out += ["We're gon na win, y'all ain't got ta worry.", "Let's go. C'm on, nothin' doin'.",
            "There is a film and there's a sequel.", "I said it to you and it hit me.",
            "He does not have it, but she did.", "  \n  ", "", "Which one? That one.",
            "Whether or not it wins, the film that won gets noticed; it got better."]
    return out


def test_speed_ups_are_installed():
    pipe = N.nlp()
    ruler = pipe.get_pipe("attribute_ruler")
    assert getattr(ruler.match, "__self__", None).__class__ is N._FastAttributeRules
    lem = pipe.get_pipe("lemmatizer")
    assert lem.lemmatize.__name__ == "lemmatize" and lem.lemmatize.__qualname__.startswith(
        "_memo_lemmatize")
    if N._one_thread_blas() is not None:   # numpy's OpenBLAS, one thread, for the products
        for _name, proc in pipe.pipeline:
            model = getattr(proc, "model", None)
            if model is not None:
                assert all(not node.ops.use_blis for node in model.walk())


def test_fast_components_annotate_exactly_as_stock_spacy():
    texts = _texts()
    fast, stock = N.nlp(), N.load_stock()
    for _round in range(2):                       # cold caches, then warm ones
        got = [_signature(d) for d in fast.pipe(texts)]
        want = [_signature(d) for d in stock.pipe(texts)]
        for text, g, w in zip(texts, got, want):
            assert g == w, text


def test_fast_layernorm_is_installed_and_gives_thincs_values():
    import numpy
    from thinc.layers import layernorm
    pipe = N.nlp()
    nodes = [node for _name, proc in pipe.pipeline if getattr(proc, "model", None) is not None
             for node in proc.model.walk() if node.name == "layernorm"]
    assert nodes and all(node._func is not layernorm.forward for node in nodes)
    texts = _texts()
    fast = list(pipe.pipe(texts))
    mine = nodes[0]._func
    try:
        for node in nodes:
            node._func = layernorm.forward
        stock = list(pipe.pipe(texts))
    finally:
        for node in nodes:
            node._func = mine
    for text, f, s in zip(texts, fast, stock):
        assert numpy.array_equal(f.tensor, s.tensor), text   # bit for bit
        assert _signature(f) == _signature(s), text


def test_attribute_rule_keys_read_from_arrays_are_the_token_attributes():
    pipe = N.nlp()
    rules = pipe.get_pipe("attribute_ruler").match.__self__
    for _round in range(2):                       # the string cache cold, then warm
        for doc in pipe.pipe(_texts()):
            assert rules._keys_of(doc) == [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]


def test_a_document_parses_each_text_once():
    a, b = "Sean Baker won the Palme d'Or.", "Mikey Madison said it was a dream."
    with N.document_parses():
        d1, d2 = N.parse([a, b])
        q1, q2 = N.parse([b, a], batch_size=None, disable=("ner", "lemmatizer"))
        assert q1 is d2 and q2 is d1              # a full parse serves a caller needing less
        assert list(N.parse([a]))[0] is d1
    with N.document_parses():
        (q,) = N.parse([a], disable=("ner", "lemmatizer"))
        (full,) = N.parse([a])                    # ... but not the other way round
        assert full is not q and full.ents and not q.ents
        assert _signature(full) == _signature(list(N.load_stock().pipe([a]))[0])
    (x,) = N.parse([a])
    (y,) = N.parse([a])
    assert x is not y                             # outside a document nothing is kept


def test_quotes_reuse_the_parse_of_a_claim_sentence():
    from reelcheck.claims.parse import parse_sentences
    from reelcheck.claims.text import split_sentences
    from reelcheck.quotes.extract import paragraphs
    from reelcheck.quotes.parse import parse_paragraphs
    text = ("Sean Baker won the Palme d'Or in 2024.\n\n"
            "\u201cIt was a dream,\u201d Baker said after he won the award.\n\n"
            "Did the film win the Oscar?\n")
    sents = split_sentences(text)
    paras = paragraphs(text)
    assert sents[1].text == text[paras[1][0]:paras[1][1]]
    with N.document_parses():
        parsed = parse_sentences(text, sents, [[] for _ in sents])
        # a question states nothing, but is parsed for what a later "this" refers to
        assert set(parsed) == {0, 1, 2}
        docs = parse_paragraphs(text, {1: paras[1], 0: paras[0]})
        assert docs[1][1] is parsed[1].doc.doc
        assert docs[0][1] is parsed[0].doc.doc


@pytest.mark.parametrize("name", ["anora-production-story", "oscars-97-night-news",
                                  "sean-baker-director-profile"])
def test_shared_parses_leave_the_report_byte_identical(name, default_kb, monkeypatch):
    import reelcheck
    from reelcheck.report import to_json
    text = (DEVSET / f"{name}.txt").read_text(encoding="utf-8")
    shared = to_json(reelcheck.check(text, kb=default_kb))
    monkeypatch.setattr(N, "document_parses", contextlib.nullcontext)
    separate = to_json(reelcheck.check(text, kb=default_kb))
    assert shared == separate


def test_row_variance_is_numpys_var_bit_for_bit():
    import numpy
    rng = numpy.random.default_rng(7)
    for rows, width in ((1, 96), (5, 64), (333, 96), (40, 300)):
        for scale in (1e-3, 1.0, 40.0):
            X = (rng.standard_normal((rows, width)) * scale + scale).astype("float32")
            mu = X.mean(axis=1, keepdims=True)
            want = X.var(axis=1, keepdims=True, mean=mu)
            got = N._row_variance(X - mu)
            assert got.dtype == want.dtype and got.shape == want.shape
            assert numpy.array_equal(got.view(numpy.uint32), want.view(numpy.uint32))
