"""An edition the KB cannot name (a show spun into other words, "the 86th Academy
Accolades", or one it lacks) still states its number: a win supported without judging that
number is left open, never supported by another night's win. Sentences written for these
tests."""
from __future__ import annotations

import reelcheck


def _wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_received"]


def test_another_nights_win_does_not_support_a_numbered_unknown_edition(default_kb):
    # DiCaprio's Best Actor came at the 88th; "the 86th Academy Accolades" is not judged by it
    got = _wins("Leonardo DiCaprio won Finest Actor at the 86th Academy Accolades.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"], [(c.text, c.explanation)
                                                             for c in got]
    assert "86th" in got[0].explanation


def test_the_same_nights_win_judges_the_number(default_kb):
    got = _wins("Leonardo DiCaprio won Finest Actor at the 88th Academy Accolades.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
