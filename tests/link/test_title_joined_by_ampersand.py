"""A title whose halves an ampersand joins ("X & the Y") is one longer title, not a KB film's
one-word title with an article added (issue #12, false flags on titles): the article before
the first half opens the longer title."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion)
            for m in link_names(Document(id="t", text=text), kb) if m.issue == "misspelled"]


@pytest.mark.parametrize("text", [
    "The double bill pairs Anora with The Wild & the Restless, a documentary about foxes.",
    "Critics preferred Conclave to The Brave & Bold, a low-budget war picture.",
])
def test_article_before_a_title_joined_by_ampersand_is_no_slip(default_kb, text):
    assert _flags(default_kb, text) == []


def test_article_added_to_a_title_among_films_is_still_a_slip(default_kb):
    assert _flags(default_kb, "Anora beat The Conclave and The Brutalist.") == [
        ("The Conclave", "Conclave")]
