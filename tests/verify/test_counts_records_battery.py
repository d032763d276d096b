"""The counts, ages and records battery (tests/data/counts_records_battery.tsv, sentences
written for reelcheck's tests): each fact the default KB holds in this family, in many
registers, with mutants that change one slot. Lines marked S (true) or N (not decidable) must
never be refuted -- a wrong refute is the worst error -- and the battery as a whole must keep
the share it reached (141 of 150 when it was written)."""
from __future__ import annotations

from battery import run


def test_the_battery(default_kb):
    passed, total, wrong_refutes = run("counts_records_battery.tsv", default_kb, open_n=True)
    assert not wrong_refutes, wrong_refutes
    assert total >= 150 and passed >= 141, (passed, total)
