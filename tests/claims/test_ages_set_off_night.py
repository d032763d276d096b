"""An age set off beside a name with a bare time phrase ("Jane Roe, 47 on the night, won Best
Actress") is the age at the win that sentence states, as "Jane Roe, then 47," is; a time
phrase that names its own time ("at the time of her first win") is not the sentence's win.
Sentences are written for these tests; facts are the default KB's (Amy Madigan, born 11
September 1950, won Best Supporting Actress at the 98th Academy Awards on 15 March 2026;
Emma Stone, born 6 November 1988, won Best Actress at the 89th and the 96th)."""
from __future__ import annotations

import reelcheck


def ages(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "age"]


def test_a_wrong_age_on_the_night_of_the_win_is_refuted(default_kb):
    got = ages("Amy Madigan, 74 on the night, collected Best Supporting Actress.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "98th" in got[0].explanation


def test_the_right_age_at_the_time_is_supported(default_kb):
    got = ages("Amy Madigan, 75 at the time, collected Best Supporting Actress.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_a_phrase_naming_another_win_is_not_this_ones_time(default_kb):
    got = ages("Emma Stone, 28 at the time of her first win, took Best Actress again for "
               "Poor Things.", default_kb)
    assert all(c.verdict != "refuted" for c in got), [(c.text, c.explanation) for c in got]
