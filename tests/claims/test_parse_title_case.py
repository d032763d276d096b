"""A headline in Title Case is parsed in sentence case (claims/parse.py `_sentence_cased`): the
parser reads "Wins Best Picture At The ..." as one long name and no claim forms, so the words
outside the KB's names that are English words are lowered for the parse, and the sentence's
own words are put back on it (the claim's text keeps the headline's capitals). Names the KB
lacks keep their capitals; a sentence in ordinary case is parsed as written. Headlines are
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck
from reelcheck.claims.parse import _sentence_cased


def claims(text, kb, category="award"):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.category == category]


@pytest.mark.parametrize("text,verdict", [
    ("Anora Wins Best Picture At The 97th Academy Awards", "supported"),
    ("The Brutalist Wins Best Picture At The 97th Academy Awards", "refuted"),
    ("Demi Moore Wins Best Actress At The 2025 Oscars", "refuted"),
    ("Mikey Madison Takes Home Best Actress Oscar For Anora", "supported"),
    ("Anora Takes The Palme D'Or At The 76th Cannes Film Festival", "refuted"),
])
def test_a_title_case_headline_makes_its_claim(text, verdict, default_kb):
    got = claims(text, default_kb)
    assert [v for v, _ in got] == [verdict], (text, got)
    assert got[0][1].split()[1][0].isupper()   # the headline's own words, capitals kept


def test_a_headline_premiere_is_dated(default_kb):
    got = claims("Anora Premieres In Competition At Cannes In May 2024", default_kb, "date")
    assert [v for v, _ in got] == ["supported"], got


def test_only_a_headline_is_recased():
    plain = "Anora won Best Picture at the 97th Academy Awards in March."
    assert _sentence_cased(plain, [], 0) == plain
    # a run of capitalised names with no capitalised grammar word is no headline either
    names = "Sean Baker, Mikey Madison, Yura Borisov, Mark Eydelshteyn"
    assert _sentence_cased(names, [], 0) == names
    head = "Zorblat Wins Top Prize At The Festival"
    got = _sentence_cased(head, [], 0)
    assert got == "Zorblat wins top prize at the festival" and len(got) == len(head)
    # a name the dictionary does not know keeps its capitals, wherever it stands
    assert _sentence_cased("Festival Jury Hands Zorblat The Top Prize", [], 0) \
        == "Festival jury hands Zorblat the top prize"
