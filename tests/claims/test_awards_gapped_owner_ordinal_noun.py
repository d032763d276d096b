"""'Won her first Oscar for A at the 19th and her second Oscar for B in 1950': the owner's next
one of the same prize, its noun said again, is a clause whose verb was left out, with its own
work and year (claims/frames.py `_remnants`), as "... and her second for B" is. Before, the
second part's year dated the first part, which was refuted at the wrong night. Sentences are
written for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [(c.verdict, c.slots.get("for_work"), c.slots.get("year"))
            for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_both_wins_told_right_are_supported(default_kb):
    got = _awards("Olivia de Havilland collected her first Oscar for To Each His Own at the 19th "
                  "Academy Awards and her second Oscar for The Heiress in 1950.", default_kb)
    assert [v for v, _, _ in got] == ["supported", "supported"], got
    assert got[1][1:] == ("the-heiress-1949-film", 1950), got


def test_the_second_win_given_the_first_ones_film_is_refuted(default_kb):
    got = _awards("Olivia de Havilland collected her first Oscar for The Heiress at the 19th "
                  "Academy Awards and her second Oscar for To Each His Own in 1950.", default_kb)
    assert [v for v, _, _ in got] == ["refuted", "refuted"], got
