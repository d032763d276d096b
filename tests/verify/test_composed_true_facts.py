"""Sentences composed of two facts the default KB holds (benchmarks/compose_true_facts.py, in
the project's own shapes): every one is true, so none may come out refuted. A fixed sample; the
script runs larger ones."""
import importlib.util
from pathlib import Path

import reelcheck

_SPEC = importlib.util.spec_from_file_location(
    "compose_true_facts",
    Path(__file__).resolve().parents[2] / "benchmarks" / "compose_true_facts.py")
compose = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(compose)


def _refutes(sentences, kb):
    return [(s, c.text, c.explanation) for s in sentences
            for c in reelcheck.check(s, kb=kb).claims if c.verdict == "refuted"]


def test_two_true_oscar_wins_in_one_sentence_are_never_refuted(default_kb):
    wins = sorted(compose.oscar_wins(default_kb), key=lambda r: (r["y"], r["p"]))
    assert len(wins) > 150
    # pairs whose shapes came out refuted before (a film's year read as the night's, a night
    # taken from a relative clause or from another winner's brackets), and one far apart
    pairs = [(wins[18], wins[19]), (wins[99], wins[136]), (wins[108], wins[145]),
             (wins[5], wins[-5])]
    sentences = [s for a, b in pairs for s in compose.oscar_shapes(a, b)]
    assert _refutes(sentences, default_kb) == []


def test_two_true_palmes_in_one_sentence_are_never_refuted(default_kb):
    wins = sorted(compose.palme_wins(default_kb), key=lambda r: (r["y"], r["film"]))
    sentences = [s for a, b in [(wins[3], wins[40]), (wins[20], wins[-2])]
                 for s in compose.palme_shapes(a, b)]
    assert _refutes(sentences, default_kb) == []
