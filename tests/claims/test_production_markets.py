"""A film's distributor in a market: each company of a sentence takes the market written
beside it ("in France by Le Pacte and in America by Neon"), and a company named for a market
whose one distributor the KB holds, that holds no distribution credit of the film anywhere,
is the wrong one. Sentences are written for these tests; facts from the default KB (Anora:
Neon in the United States, Le Pacte in France, Universal internationally)."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "distributor"]


def test_another_company_for_a_market_with_one_distributor_is_refuted(default_kb):
    for text in ("Stateside, Anora was handled by A24, which distributed it in America.",
                 "In the United States, A24 distributed Anora.",
                 "Anora was distributed in the US by A24."):
        got = credits(text, default_kb)
        if not got:
            continue
        assert all(c.verdict in ("refuted", "not_enough_info") for c in got), text
    got = credits("Anora was distributed in the US by A24.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "Neon" in got[0].explanation


def test_each_company_takes_its_own_market(default_kb):
    got = credits("Anora was distributed in France by Le Pacte and in America by Neon.",
                  default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # A24's market is Japan, which the KB does not hold: not refuted by France's Le Pacte
    got = credits("Anora was distributed in France by Le Pacte and in Japan by A24.",
                  default_kb)
    assert all(c.verdict != "refuted" for c in got)


def test_a_credited_company_a_hedge_or_a_negation_is_never_refuted(default_kb):
    for text in ("Universal distributed Anora in the United States.",
                 "A24 reportedly distributed Anora in the US.",
                 "A24 did not distribute Anora in the US.",
                 "Anora was distributed in Germany by A24."):
        assert all(c.verdict != "refuted" for c in credits(text, default_kb)), text


def test_every_market_of_a_listed_phrase_is_a_slot_of_the_credit(default_kb):
    # "in France and Belgium": the KB holds Le Pacte for France only; Belgium is unchecked
    for text in ("Le Pacte distributed Anora in France and Belgium.",
                 "Anora was released by Le Pacte in Belgium and France."):
        got = credits(text, default_kb)
        assert [c.verdict for c in got] == ["not_enough_info"], (text, [
            (c.text, c.explanation) for c in got])
        assert "Belgium" in got[0].explanation
    got = credits("Neon distributed Anora in the United States and in France.", default_kb)
    assert all(c.verdict != "supported" for c in got), [(c.text, c.explanation) for c in got]
