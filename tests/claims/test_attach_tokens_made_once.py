"""A parsed sentence's tokens are made once: the mends that leave a doc as it is hand back the
same `Tokens` they were given, and `parse_sentences` keeps that object for the families (spaCy
makes a new Token object at every index and every walk of a Doc)."""
from __future__ import annotations

from reelcheck.claims.attach import (Tokens, _attach_low, _participle_read_as_a_verb, _reread,
                                     tokens_of)
from reelcheck.claims.parse import _own_words, parse_sentences
from reelcheck.claims.text import split_sentences
from reelcheck.nlp import document_parses, parse

PLAIN = "The editor cut the film in eleven weeks."


def test_tokens_of_wraps_a_doc_once():
    (doc,) = parse([PLAIN])
    toks = tokens_of(doc)
    assert isinstance(toks, Tokens) and toks.doc is doc
    assert tokens_of(toks) is toks
    assert [t.text for t in toks] == [t.text for t in doc]


def test_mends_that_change_nothing_return_the_tokens_they_were_given():
    (doc,) = parse([PLAIN])
    toks = tokens_of(doc)
    assert _own_words(toks, PLAIN) is toks
    assert _reread(toks) is toks
    assert _participle_read_as_a_verb(toks) is toks
    assert _attach_low(toks) is toks


def test_a_plain_doc_given_to_attach_low_comes_back_as_its_tokens():
    (doc,) = parse([PLAIN])
    got = _attach_low(doc)
    assert isinstance(got, Tokens) and got.doc is doc


def test_parse_sentences_keeps_the_tokens_the_mends_walked():
    text = PLAIN + " She was praised for it."
    sentences = split_sentences(text)
    with document_parses():
        out = parse_sentences(text, sentences, [[] for _ in sentences])
        (first,) = parse([sentences[0].text])
    p = out[0]
    assert isinstance(p.doc, Tokens) and p.doc.doc is first
    assert [t.i for t in p.doc] == list(range(len(first)))
