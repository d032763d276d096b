"""A film format before a job noun ("Jane Roe's 35mm photography", "the anamorphic
cinematography by Jane Roe": lexicon filmography `formats`, which the tokenizer may split as
"35" and "mm") leaves the noun the film's job, and is a slot of the credit: the film's format
facts confirm it; a format the KB does not give leaves the credit open (the format's own claim
is the one that may refute). A complete credit still refutes another name.

Sentences written for these tests; the facts are the default KB's (Anora: shot by Drew Daniels,
a full credit, on 35mm film with anamorphic lenses)."""
from __future__ import annotations

import reelcheck


def _crew(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


def test_the_credit_with_its_format_holds(default_kb):
    for text in ("Anora is a hit.\n\nDrew Daniels' 35mm photography keeps it alive.",
                 "Anora's 35mm photography by Drew Daniels is gorgeous."):
        got = _crew(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), (text, [
            (c.text, c.verdict, c.explanation) for c in got])
        assert "35mm" in got[0].explanation


def test_another_format_leaves_the_credit_open(default_kb):
    got = _crew("Anora's 16mm photography by Drew Daniels is gorgeous.", default_kb)
    assert got and got[0].verdict == "not_enough_info", [(c.text, c.verdict) for c in got]


def test_another_name_is_refuted_whatever_the_format(default_kb):
    got = _crew("Anora's 35mm photography by Stephen Phelps is gorgeous.", default_kb)
    assert got and got[0].verdict == "refuted" and "Drew Daniels" in got[0].explanation
