"""A KB person's full name mistyped where nothing in the text ties them to it (no film, no
prize): one word with a slip of the fingers that makes no other name is still flagged, while a
close name that is a real name, or one slip from two KB people, is left alone. Sentences
written for this test."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


@pytest.mark.parametrize("text, wrong, right", [
    # two neighbouring letters swapped (a gossip item, a listicle line)
    ("Greta Gerwgi was spotted at a bookshop on Tuesday afternoon.", "Greta Gerwgi",
     "Greta Gerwig"),
    ("Quentin Tarantnio talked about his video store days.", "Quentin Tarantnio",
     "Quentin Tarantino"),
    # a letter typed twice (a podcast recap)
    ("Five things we learned from the podcast with Frank Darrabont.", "Frank Darrabont",
     "Frank Darabont"),
    # a vowel for another in a long word (a travel aside)
    ("Our correspondent bumped into Denis Villenueve at the airport.", "Denis Villenueve",
     "Denis Villeneuve"),
    # a word left with no vowel at all: no name is written so
    ("Frnk Darabont signed copies for two hours.", "Frnk Darabont", "Frank Darabont"),
    # a short first name slipped, the surname long enough to pin the person down
    ("Rumour has it Mork Medoff is writing a new play.", "Mork Medoff", "Mark Medoff"),
    ("Dve Stewart was seen leaving the studio lot.", "Dve Stewart", "Dave Stewart"),
])
def test_untied_slip_is_flagged(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


@pytest.mark.parametrize("text", [
    # another real name close to a KB name, in a text with nothing of film in it
    "Emma Stoner opened a bakery on Main Street.",
    "Kathy Baker read the lesson at the service.",
    "The mayor, Dennis Villeneuve, opened the new bridge.",
    # a short word changed where the rest of the name is short too: anyone's name
    "Halen Rose was seen leaving the studio lot.",
    "Juff Dawn was seen leaving the studio lot.",
    # names written right
    "Greta Gerwig talked about her early plays.",
    # one slip from two KB people ("Mellor" and "Miller"): which was meant, nothing says
    "Tickets for the evening with William Meller sold out in an hour.",
])
def test_untied_close_name_is_not_flagged(default_kb, text):
    assert _flags(default_kb, text) == []
