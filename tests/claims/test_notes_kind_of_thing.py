"""A noun the span and a KB note share, each made a kind by a noun before it ("engagement
ring", "wedding ring"), names two kinds of thing when those nouns differ: the note does not
speak for the span. Sentences written for these tests; the default KB's plot summary of Anora
has Igor return Ani's wedding ring."""
from __future__ import annotations

import reelcheck


def _supported(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.verdict == "supported"]


def test_another_kind_of_ring_is_not_the_note_s(default_kb):
    for text in ("In Anora, Igor finally returns Ani's engagement ring.",
                 "In the closing scene of Anora, Igor returns her engagement ring to Ani."):
        got = _supported(text, default_kb)
        assert not got, [(c.text, c.explanation) for c in got]


def test_the_note_s_kind_still_speaks_for_the_span(default_kb):
    got = _supported("In Anora, Igor finally returns Ani's wedding ring.", default_kb)
    assert got and "wedding ring" in got[0].explanation
