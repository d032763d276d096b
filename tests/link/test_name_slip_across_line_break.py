"""A misspelt two-word name broken over a line mid-sentence (hard-wrapped copy): flagged as
on one line; a name written right across the break, another real name, or a headline line
above the body is left as before. Sentences written for this test."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


@pytest.mark.parametrize("text, wrong, right", [
    ("Our long read this week is a profile of Denis\nVillenueve and his crew.",
     "Denis\nVillenueve", "Denis Villeneuve"),
    ("Little Women, the second feature directed by Greta\nGerwgi, has aged well.",
     "Greta\nGerwgi", "Greta Gerwig"),
])
def test_slip_across_a_line_break_is_flagged(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


@pytest.mark.parametrize("text", [
    "Our long read this week is a profile of Denis\nVilleneuve and his crew.",
    "At the cafe she met her old friend Emma\nStoner for lunch.",
])
def test_no_flag_across_a_line_break(default_kb, text):
    assert _flags(default_kb, text) == []
