"""A company that 'released' a film holds its distribution credit (lexicon crew.roles.distributor
verbs; `crew.release_verbs`): "released by A24 in the US" is judged against the market's
distributor; a market hung on the company after "by" ("distributed by Universal in the US") is
the credit's market; a dated release ("Neon released it in October") stays the date claim's.
Sentences are written for these tests; the facts are the default KB's (Anora: Neon in the
United States, Le Pacte in France, Universal Pictures internationally; US release October 18,
2024)."""
from __future__ import annotations

import pytest
import reelcheck


def production(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "production"]


@pytest.mark.parametrize("text", [
    "In the US, Anora was released by A24.",
    "A24 released Anora in the United States.",
    "Anora was put out in America by Focus Features.",   # (not a release verb: no claim)
])
def test_another_company_releasing_it_in_a_market_with_one_distributor(text, default_kb):
    got = [c.verdict for c in production(text, default_kb)]
    if "put out" in text:
        assert "supported" not in got
    else:
        assert got == ["refuted"], (text, got)


@pytest.mark.parametrize("text", [
    "Anora was released by Neon in the United States.",
    "Le Pacte released Anora in France.",
    "Universal released Anora internationally.",
])
def test_the_markets_distributor_releasing_it(text, default_kb):
    assert [c.verdict for c in production(text, default_kb)] == ["supported"], text


@pytest.mark.parametrize("text", [
    "Anora was released by Universal in the United States.",
    "Anora was distributed by Universal in the United States.",
])
def test_a_market_after_the_company_is_the_credits_market(text, default_kb):
    got = [c.verdict for c in production(text, default_kb)]
    assert got and "supported" not in got, (text, got)


def test_a_dated_release_is_the_date_claims(default_kb):
    r = reelcheck.check("Neon released Anora in the United States in October.", kb=default_kb)
    assert [(c.category, c.verdict) for c in r.claims] == [("date", "supported")]
