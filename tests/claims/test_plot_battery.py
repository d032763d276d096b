"""The plot battery (tests/data/plot_battery.py, sentences written for reelcheck's tests): true
paraphrases of the default KB's plot facts and notes in many registers, and mutants with one
slot changed. A mutant is never supported; a true paraphrase is never refuted; and at least
FLOOR of the true ones are supported (59 at a558215, 66 after the h37a session's fixes)."""
from __future__ import annotations

from battery import data_module
from story_claims import story_verdicts

FLOOR = 66


def test_the_battery(default_kb):
    wrong, supported = [], 0
    for _key, kind, text in data_module("plot_battery.py").BATTERY:
        got = story_verdicts(text, default_kb)
        if kind == "M" and "supported" in got or kind == "T" and "refuted" in got:
            wrong.append((kind, text, got))
        supported += kind == "T" and "supported" in got and "refuted" not in got
    assert not wrong, wrong
    assert supported >= FLOOR, supported
