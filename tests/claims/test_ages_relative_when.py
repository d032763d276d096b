"""An age in a relative clause with a when-clause of its own ("X, who was 25 when she shot
the film, ...") is the age at that time, as it is after a plain copula: a win told in another
clause of the sentence (a relative clause on another noun) is not that time, and a win the
when-clause states is. Sentences are written for these tests; the facts are the default KB's
(Mikey Madison, born 1999, won Best Actress at the 97th Academy Awards, aged 25)."""
from __future__ import annotations

import reelcheck


def ages(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "age"]


def test_an_age_at_the_shoot_is_not_the_age_at_a_win_told_elsewhere(default_kb):
    got = ages("Sean Baker cast Mikey Madison in Anora. Madison, who was 25 when she made "
               "the picture, gives a performance that earned her the Oscar for Best "
               "Actress.", default_kb)
    assert got and all(c.verdict != "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_the_win_the_when_clause_states_decides_the_age(default_kb):
    got = ages("Mikey Madison, who was 25 when she took the Oscar for Best Actress, "
               "starred in Anora.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    got = ages("Mikey Madison, who was 22 when she took the Oscar for Best Actress, "
               "starred in Anora.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
