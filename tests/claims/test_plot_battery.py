"""The plot battery (tests/data/plot_battery.py, sentences written for reelcheck's tests): true
paraphrases of the default KB's plot facts and notes in many registers, and mutants with one
slot changed. A mutant is never supported; a true paraphrase is never refuted; and at least
FLOOR of the true ones are supported (59 at a558215, 66 after the h37a session's fixes)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import reelcheck
from story_claims import MAKER_LEAD

FLOOR = 66
_DATA = Path(__file__).resolve().parents[1] / "data" / "plot_battery.py"


def _battery():
    spec = importlib.util.spec_from_file_location("plot_battery", _DATA)
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
        if kind == "M" and "supported" in got or kind == "T" and "refuted" in got:
            wrong.append((kind, text, got))
        supported += kind == "T" and "supported" in got and "refuted" not in got
    assert not wrong, wrong
    assert supported >= FLOOR, supported
