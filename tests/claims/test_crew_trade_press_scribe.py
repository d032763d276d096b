"""The trade press's "scribe" is a screenwriter's title (lexicon crew roles screenwriter): "its
scribe, Jane Roe" credits the script; a critic or a career word before it ("Variety scribe",
"veteran scribe") or a scribe with no name ("this scribe found it long") credits nothing.
Sentences written for these tests; the facts are the default KB's Anora credits (its
screenwriter credit is complete)."""
from __future__ import annotations

import pytest

import reelcheck


def scripts(text, kb):
    return [(c.object.id if hasattr(c.object, "id") else c.object, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "screenwriter"]


@pytest.mark.parametrize("text, who, verdict", [
    ("Anora runs long. Its scribe, Sean Baker, kept every scene.", "sean-baker", "supported"),
    ("Anora's scribe, Drew Daniels, kept every scene.", "drew-daniels", "refuted"),
])
def test_a_scribe_of_the_film_holds_its_script(default_kb, text, who, verdict):
    assert scripts(text, default_kb) == [(who, verdict)]


@pytest.mark.parametrize("text", [
    "This scribe found Anora too long.",
    "Anora runs long. Veteran scribe Drew Daniels praised it anyway.",
])
def test_a_scribe_in_passing_credits_nothing(default_kb, text):
    assert scripts(text, default_kb) == []
