"""A release's market said by the country adjective of a venue noun ("released it in French
cinemas", "in American theaters": the dates section's `venues` and `countries`), on the verb or
on its object where the parser hangs the phrase: a market slot of the company's credit, so a
credit the KB holds in another market is not confirmed. Sentences written for these tests;
facts from the default KB (Anora: Neon in the United States, Le Pacte in France, Universal
Pictures internationally)."""
from __future__ import annotations

import pytest

import reelcheck

LEAD = "Anora is a 2024 film by Sean Baker. "


def dist(text, kb):
    return [(c.slots.get("territory"), c.verdict)
            for c in reelcheck.check(LEAD + text, kb=kb).claims if c.predicate == "distributor"]


def test_the_company_s_own_market(default_kb):
    assert dist("Le Pacte released the film in French cinemas.", default_kb) == [
        ("france", "supported")]


@pytest.mark.parametrize("text", [
    "Universal released the film in American cinemas.",
    "Le Pacte released the film in American theaters.",
])
def test_another_market_is_not_confirmed(default_kb, text):
    got = dist(text, default_kb)
    assert got and all(t == "united-states" and v != "supported" for t, v in got)
