"""The second story battery (tests/data/story_register_battery.py, sentences written for
reelcheck's tests): Anora's story in the registers of review synopses, ending explainers,
appositions, relative clauses, possessives, passives, sequences, headlines and lists, with
one-slot mutants, content-farm inventions, teasers and opinions. A mutant is never supported, a
true paraphrase never refuted, an invention, teaser or opinion neither; at least FLOOR true ones
are supported (26 of 36 at 0224bbd, 32 after the h39b session's fixes)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import reelcheck
from story_claims import MAKER_LEAD

FLOOR = 32
_DATA = Path(__file__).resolve().parents[1] / "data" / "story_register_battery.py"


def _battery():
    spec = importlib.util.spec_from_file_location("story_register_battery", _DATA)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.BATTERY


def _verdicts(text, kb):
    r = reelcheck.check(MAKER_LEAD + text, kb=kb)
    return [c.verdict for c in r.claims if c.start >= len(MAKER_LEAD)
            and c.category in ("plot", "location")]


def test_the_battery(default_kb):
    wrong, supported = [], 0
    for _key, kind, text in _battery():
        got = _verdicts(text, default_kb)
        if kind == "M" and "supported" in got or kind == "T" and "refuted" in got \
                or kind == "N" and ("supported" in got or "refuted" in got):
            wrong.append((kind, text, got))
        supported += kind == "T" and "supported" in got and "refuted" not in got
    assert not wrong, wrong
    assert supported >= FLOOR, supported
