"""The registers battery (tests/data/plot_registers_battery.py, sentences written for
reelcheck's tests): true sentences about Anora's story are never refuted, mutants never
supported, the mutants the KB's complete facts decide are refuted, and at least FLOOR of the
true ones are supported (53 after the h43b session)."""
from __future__ import annotations

from battery import data_module
from story_claims import story_verdicts

FLOOR = 53


def test_the_registers_battery(default_kb):
    wrong, supported = [], 0
    for kind, text in data_module("plot_registers_battery.py").BATTERY:
        got = story_verdicts(text, default_kb)
        if kind == "T" and "refuted" in got or kind == "M" and "supported" in got \
                or kind == "R" and "refuted" not in got:
            wrong.append((kind, text, got))
        supported += kind == "T" and "supported" in got and "refuted" not in got
    assert not wrong, wrong
    assert supported >= FLOOR, supported
