"""A title of three words or more written with one word a letter off -- a short word, or one
that is some word or name too -- beside someone who made it, and titles with a word written
small inside them ("en", "tu"). Sentences written for this test."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


@pytest.mark.parametrize("text, wrong, right", [
    # a lower-case word of the title inside it, and a three-letter word a letter short
    ("We asked Jan Archibald about La Vie en Rse last week.", "La Vie en Rse", "La Vie en Rose"),
    # the slipped word is an English word of its own ("wen")
    ("Producer David Sonenberg still screens Wen We Were Kings for friends.",
     "Wen We Were Kings", "When We Were Kings"),
])
def test_title_with_one_short_word_off_is_flagged(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


@pytest.mark.parametrize("text", [
    "We asked Jan Archibald about La Vie en Rose last week.",
    "Producer David Sonenberg still screens When We Were Kings for friends.",
])
def test_title_written_right_is_not_flagged(default_kb, text):
    assert _flags(default_kb, text) == []
