"""A prize said to be for a part named by its tie to another character ("for playing Vanya's
sister") states the part: the record's character name must bear it out, so the win alone does
not support it; as an epithet it is never refuted. Sentences written for these tests; facts of
the default KB's Oscar record (Madison's Best Actress was as Ani)."""
from __future__ import annotations

import reelcheck


def _wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_received"]


def test_a_part_named_by_a_tie_is_not_vouched_for_by_the_win(default_kb):
    got = _wins("At the 97th Academy Awards, Mikey Madison took best actress for playing "
                "Toros's niece.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"], [(c.text, c.explanation)
                                                              for c in got]
    assert "niece" in got[0].explanation


def test_a_named_part_still_holds(default_kb):
    got = _wins("At the 97th Academy Awards, Mikey Madison took best actress for playing Ani.",
                default_kb)
    assert [c.verdict for c in got] == ["supported"]
