"""'Anora's production company, FilmNation', 'FilmNation, the production company behind Anora':
a title of a company's production credit beside a company's name (lexicon
crew.roles.production_company titles) is that credit, checked against the film's production
companies; one the KB does not list is open (the list is not complete). Sentences are written
for these tests."""
from __future__ import annotations

import reelcheck


def _production(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "production"]


def test_the_title_beside_a_company_held_is_supported(default_kb):
    for text in ("Anora's production company, FilmNation, threw a party.",
                 "FilmNation, the production company behind Anora, threw a party."):
        got = _production(text, default_kb)
        assert [v for v, _ in got] == ["supported"], (text, got)


def test_a_company_not_listed_is_open(default_kb):
    got = _production("Neon, the production company behind Anora, threw a party.", default_kb)
    assert [v for v, _ in got] == ["not_enough_info"], got
