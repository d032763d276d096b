"""An age whose when-clause states a count of wins ("was 54 when he took home four Oscars for
Anora") is the age at the edition of those wins, as it is for a single named win; a person
whose wins in the family span several editions leaves it open. Sentences are written for
these tests; facts are the default KB's (Sean Baker, born 1971, won four Oscars at the 97th
Academy Awards; Walt Disney won Oscars at many ceremonies)."""
from __future__ import annotations

import reelcheck


def ages(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "age"]


def test_the_age_at_a_counted_win_is_checked(default_kb):
    got = ages("Sean Baker was 54 when he took home four Oscars for Anora.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    got = ages("Sean Baker was 49 when he took home four Oscars for Anora.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]


def test_wins_over_many_editions_leave_the_age_open(default_kb):
    got = ages("Walt Disney was 40 when he took home four Oscars.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
