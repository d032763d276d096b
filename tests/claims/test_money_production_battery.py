"""The money, production and distribution battery (tests/data/money_production_battery.tsv,
sentences written for reelcheck's tests): budgets, grosses, rights deals and their months,
distributors and territories, studios and producers, each said in several registers with a
mutant of one slot. No true line may be refuted, and the pass count may not fall below what the
readers reach (78 of 102 when it was written; 60 before acquisitions were read as distribution
credits with their month and order, and company nouns as credits; 79 once backing verbs were
read as a company's production credit). Left: grosses with no date in the piece (which
snapshot is meant), the per-theatre average, "North American" as a market, a purchase price."""
from __future__ import annotations

from battery import run


def test_money_production_battery(default_kb):
    passed, total, wrong_refutes = run("money_production_battery.tsv", default_kb, open_n=True)
    assert wrong_refutes == []
    assert total >= 102 and passed >= 79, (passed, total)
