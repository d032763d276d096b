"""Pairs of one person's wins of one prize (benchmarks/compose_true_facts.py `--family
streaks`): the run of two at consecutive ceremonies, the years between them. Every composed
sentence is true, so none may come out refuted; and a run said of a person whose wins of the
prize are years apart, or a measure off by two years, is never supported. A fixed sample; the
script runs larger ones."""

import reelcheck
from battery import benchmark_module

compose = benchmark_module("compose_true_facts")


def _pick(rows, who, cat):
    return [r for r in rows if r["p"] == who and r["cat"] == cat]


def test_true_runs_and_spans_are_never_refuted_and_mostly_supported(default_kb):
    rows = compose.repeat_wins(default_kb)
    picked = (_pick(rows, "Tom Hanks", "Best Actor") + _pick(rows, "John Ford", "Best Director")
              + _pick(rows, "Hilary Swank", "Best Actress")
              + _pick(rows, "Ken Loach", "the Palme d'Or"))
    assert len(picked) == 6   # Ford: three pairs of four wins
    sentences = [s for r in picked for s in compose.streak_shapes(r)]
    verdicts = [(s, c.verdict, c.text) for s in sentences
                for c in reelcheck.check(s, kb=default_kb).claims
                if c.predicate in ("streak", "interval")]
    assert not [v for v in verdicts if v[1] == "refuted"], verdicts
    assert sum(v[1] == "supported" for v in verdicts) >= 10, verdicts


def test_a_run_said_of_wins_years_apart_is_refuted(default_kb):
    rows = compose.repeat_wins(default_kb)
    r = _pick(rows, "Hilary Swank", "Best Actress")[0]
    for s in compose.streak_shapes(dict(r, run=True))[:3]:
        got = [c for c in reelcheck.check(s, kb=default_kb).claims if c.predicate == "streak"]
        assert [c.verdict for c in got] == ["refuted"], (s, [(c.text, c.explanation)
                                                             for c in got])
