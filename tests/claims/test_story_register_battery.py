"""The second story battery (tests/data/story_register_battery.py, sentences written for
reelcheck's tests): Anora's story in the registers of review synopses, ending explainers,
appositions, relative clauses, possessives, passives, sequences, headlines and lists, with
one-slot mutants, content-farm inventions, teasers and opinions. A mutant is never supported, a
true paraphrase never refuted, an invention, teaser or opinion neither; at least FLOOR true ones
are supported (26 of 36 at 0224bbd, 32 after the h39b session's fixes, 33 after h40d's
"works for")."""
from __future__ import annotations

from battery import data_module
from story_claims import story_verdicts

FLOOR = 33


def test_the_battery(default_kb):
    wrong, supported = [], 0
    for _key, kind, text in data_module("story_register_battery.py").BATTERY:
        got = story_verdicts(text, default_kb)
        if kind == "M" and "supported" in got or kind == "T" and "refuted" in got \
                or kind == "N" and ("supported" in got or "refuted" in got):
            wrong.append((kind, text, got))
        supported += kind == "T" and "supported" in got and "refuted" not in got
    assert not wrong, wrong
    assert supported >= FLOOR, supported
