"""A prize said to be for the making of a work ("for directing X", "for cutting X") names its
work as "for X" does: a win the KB holds for another work of the same night is refuted (the
Oscar record is complete), the right work supported. Sentences written for these tests; facts
of the default KB's Oscar record (Baker's 97th-ceremony wins were for Anora)."""
from __future__ import annotations

import reelcheck


def _wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_received"]


def test_another_work_made_is_not_the_prize_s(default_kb):
    got = _wins("At the 97th Academy Awards, Sean Baker took best director for directing "
                "Red Rocket.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "Anora" in got[0].explanation


def test_the_work_made_is_the_prize_s(default_kb):
    got = _wins("At the 97th Academy Awards, Sean Baker took best director for directing "
                "Anora.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
