"""A fixed sample of benchmarks/mutant_recall.py: true sentences about facts the default KB
holds completely (Anora's factsheet, the Oscar record, the Palme d'Or list), each with a
one-slot mutant, in our own shapes. A true sentence is never refuted; the mutants refuted
must not fall below the count reached (a ratchet: raise it when a fix refutes more), and no
more mutants may be supported over the changed word."""
from __future__ import annotations

import collections
from battery import benchmark_module

REFUTED_AT_LEAST = 82    # seed 11, 30 Oscar rows + 15 Palme rows (was 79 at 4af6c46)
SUPPORTED_AT_MOST = 5    # (was 7 at 4af6c46: the years opening "2019 Oscar winner X")


def _bench():
    return benchmark_module("mutant_recall")


def test_mutant_sample(default_kb):
    table, wrong_true = _bench().measure(default_kb, 30, 11, out=lambda *_: None)
    tot = collections.Counter()
    for counts in table.values():
        tot.update(counts)
    assert wrong_true == []
    assert tot["refuted"] >= REFUTED_AT_LEAST, dict(tot)
    assert tot["supported"] <= SUPPORTED_AT_MOST, dict(tot)
