""""X, who won his first Oscar for A, took Best Actor again for B": an ordinal on a prize noun
inside one award claim's clause counts that claim's win (which carries it), not the win another
claim of the sentence names.

Sentences written for these tests; the facts are the default KB's (Adrien Brody won Best Actor
for The Pianist at the 75th Academy Awards and for The Brutalist at the 97th)."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


def test_the_first_oscar_of_the_relative_clause_holds_and_a_second_is_refuted(default_kb):
    vs = _verdicts("Adrien Brody, who won his first Oscar for The Pianist, took Best Actor "
                   "again for The Brutalist.", default_kb)
    assert "refuted" not in vs and "supported" in vs
    assert "refuted" in _verdicts("Adrien Brody, who won his second Oscar for The Pianist, "
                                  "took Best Actor again for The Brutalist.", default_kb)
