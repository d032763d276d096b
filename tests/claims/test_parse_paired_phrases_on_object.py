""""won A for X and B for Y", where the parser hangs both "for" phrases on the first category and
joins B to X: the second "for" belongs to B (parse._paired_phrases, as it already did for two
phrases hung on the verb), so each prize is checked against its own film, never against the
other's (it had refuted "Best Actress for Blue Jasmine" as "for Blue Jasmine, not The
Aviator"). Sentences are written for these tests; facts are the default KB's (Cate Blanchett:
Best Supporting Actress for The Aviator at the 77th Academy Awards, Best Actress for Blue
Jasmine at the 86th)."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_each_category_keeps_its_own_film(default_kb):
    got = _verdicts("Cate Blanchett holds two Oscars. Blanchett took Best Supporting Actress "
                    "for The Aviator and Best Actress for Blue Jasmine.", default_kb)
    assert got and all(v == "supported" for _t, v in got), got
    assert any(t.startswith("Best Actress for Blue Jasmine") for t, _v in got), got


def test_swapped_films_are_refuted_each_by_its_own(default_kb):
    got = reelcheck.check("Cate Blanchett holds two Oscars. Blanchett took Best Supporting "
                          "Actress for Blue Jasmine and Best Actress for The Aviator.",
                          kb=default_kb).claims
    bad = [c for c in got if c.verdict == "refuted"]
    assert len(bad) == 2, [(c.text, c.verdict, c.explanation) for c in got]
    for c in bad:   # each refute names the film its own category went to
        own = "The Aviator" if "Supporting" in c.text else "Blue Jasmine"
        assert f"was for {own}" in c.explanation, (c.text, c.explanation)
