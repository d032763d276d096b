"""Companies joined by "and" as the modifier of a company job noun ("Anora is a FilmNation and
Cre Film production", "a Neon and A24 release") each hold the credit: every one is a claim of
the one statement, which is supported only when each company's credit holds. Sentences written
for these tests (Anora was produced by FilmNation Entertainment and Cre Film, distributed in
the US by Neon)."""
from __future__ import annotations

import reelcheck


def _production(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "production"]


def test_each_company_of_a_list_holds_the_credit(default_kb):
    for text in ("Anora is a FilmNation and Cre Film production.",
                 "Anora is a FilmNation Entertainment and Cre Film production."):
        got = _production(text, default_kb)
        assert [v for v, _e in got] == ["supported"], (text, got)
        assert "FilmNation" in got[0][1] and "Cre Film" in got[0][1]


def test_a_wrong_company_in_the_list_is_not_supported(default_kb):
    for text in ("Anora is an A24 and Cre Film production.",
                 "Anora, a Neon and A24 release, opened in October."):
        got = _production(text, default_kb)
        assert got and all(v != "supported" for v, _e in got), (text, got)


def test_one_company_modifier_is_still_read(default_kb):
    assert [v for v, _e in _production("Anora is a Cre Film production.",
                                       default_kb)] == ["supported"]
