"""A Title Case headline with no grammar word but its present-tense verb ("Mikey Madison
Snags Best Actress Oscar") is parsed in sentence case like any headline (parse._sentence_cased
with link.words.is_english_verb_s), and a win verb the tagger takes for a noun is reread as
a common one (lexicon `parse_as`): the name stays the winner and the claim is formed.

Sentences are written for these tests; the facts are the default KB's (97th Academy Awards:
Mikey Madison Best Actress, Zoe Saldaña Best Supporting Actress, Sean Baker Best Director,
Demi Moore nominated for Best Actress)."""
from __future__ import annotations

import pytest

from tests.helpers.award_claims import awards


def _read(text, kb):
    return [(c.subject.label if c.subject else None, c.verdict) for c in awards(text, kb)]


@pytest.mark.parametrize("text, who", [
    ("Mikey Madison Snags Best Actress Oscar", "Mikey Madison"),
    ("Zoe Saldana Bags Supporting Actress Oscar", "Zoe Saldaña"),
    ("Sean Baker Earns Best Director Oscar", "Sean Baker"),
])
def test_headline_verb_reads_a_win(default_kb, text, who):
    assert (who, "supported") in _read(text, default_kb)


@pytest.mark.parametrize("text, who", [
    ("Mikey Madison Snags Best Actor Oscar", "Mikey Madison"),
    ("Demi Moore Bags Best Actress Oscar", "Demi Moore"),
])
def test_headline_verb_mutants_not_supported(default_kb, text, who):
    assert (who, "supported") not in _read(text, default_kb)


def test_a_list_of_names_is_no_headline(default_kb):
    assert _read("Sean Baker, Mikey Madison, Zoe Saldana, Demi Moore", default_kb) == []
