"""'Anora won not only the Palme d'Or in 2024 but also Best Picture in 2025': the second prize
is coordinated with the first (claims/frames.py `_coordinated`), whether the parser hangs it
on "but" as a preposition's object or makes it a second object of the verb; it is a clause
of its own with its own year, so a wrong year refutes its claim alone. Sentences are written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

from tests.helpers.award_claims import verdicts


def _clauses(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_two_wins_each_with_its_year(default_kb):
    assert verdicts("Anora won not only the Palme d'Or in 2024 but also Best Picture in 2025.",
                    default_kb) == ["supported", "supported"]


def test_the_wrong_year_is_the_first_clause_s_alone(default_kb):
    got = _clauses("Anora won not only the Palme d'Or in 2021 but also Best Picture at the 97th "
                   "Academy Awards.", default_kb)
    assert [v for _t, v in got] == ["refuted", "supported"], got
    assert "2021" in got[0][0] and "97th" not in got[0][0], got


def test_a_wrong_second_prize_is_refuted_alone(default_kb):
    got = _clauses("Mikey Madison won not only the BAFTA for Best Actress but also the Oscar for "
                   "Best Supporting Actress in 2025.", default_kb)
    assert [v for _t, v in got] == ["supported", "refuted"], got
