"""A headline in Title Case whose KB names leave only a word or two of its own ("Sean Baker
Wins DGA Award For Anora": "Wins", "For") is still parsed in sentence case: a line whose every
word, names included, is capitalised, with a grammar word among them, is Title Case. A list of
capitalised names with no grammar word is left as it is."""
from __future__ import annotations

import reelcheck
from reelcheck.claims.parse import _sentence_cased


def _award_verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_names_list_is_no_headline():
    names = "Demi Moore, Kieran Culkin, Brady Corbet, Adrien Brody"
    assert _sentence_cased(names, [], 0) == names


def test_a_guild_headline(default_kb):
    assert _award_verdicts("Sean Baker Wins DGA Award For Anora", default_kb) == ["supported"]


def test_a_category_headline(default_kb):
    assert _award_verdicts("Mikey Madison Wins BAFTA For Leading Actress", default_kb) \
        == ["supported"]
