"""A count of prizes won followed by "for <category>" ("won three Oscars for Best Actress")
counts that category's wins, not the whole career. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("award_received", "award_count")]


def test_the_category_after_the_counted_prizes_is_theirs(default_kb):
    # Meryl Streep: three Oscars in all, two of them for Best Actress
    got = wins("Over her career Meryl Streep has taken home two Oscars for best actress.",
               default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Best Actress twice" in got[0].explanation
    got = wins("Over her career Meryl Streep has taken home three Academy Awards for best "
               "actress.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "not three times" in got[0].explanation


def test_a_count_set_off_by_a_comma_stays_the_career(default_kb):
    got = wins("Meryl Streep has taken home three Oscars, for best actress and best "
               "supporting actress.", default_kb)
    counts = [c for c in got if c.predicate == "award_count"]
    assert [c.verdict for c in counts] == ["supported"]
    assert all(c.verdict != "refuted" for c in got)
