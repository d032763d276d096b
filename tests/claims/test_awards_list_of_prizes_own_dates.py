"""A list of wins whose items each carry their own year or edition ("won the Palme d'Or in
2024, the DGA Award in 2025 and ..."; "Best Picture at the 97th Academy Awards and Best
Feature at the 40th Independent Spirit Awards"): a part that opens with a new prize, dated as
the first part is, is a gapped clause of its own (claims/frames.py `_prize_led`), so each date
is its own prize's and a wrong one refutes that item alone. A list with one date for all of
it stays one clause. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

from tests.helpers.award_claims import verdicts


def _clauses(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_each_prize_with_its_own_year(default_kb):
    got = _clauses("Sean Baker won the Palme d'Or in 2022, the DGA Award in 2025 and the Oscar "
                   "for Best Director at the 97th Academy Awards.", default_kb)
    assert [v for _t, v in got] == ["refuted", "supported", "supported"], got
    assert "DGA" not in got[0][0], got
    assert verdicts("Sean Baker won the Palme d'Or in 2024, the DGA Award in 2025 and the Oscar "
                    "for Best Director at the 97th Academy Awards.", default_kb) == [
        "supported"] * 3


def test_prizes_at_two_shows_each_with_its_edition(default_kb):
    assert verdicts("Anora won Best Picture at the 97th Academy Awards and Best Feature at the "
                    "40th Independent Spirit Awards.", default_kb) == ["supported", "supported"]
    got = _clauses("Anora won Best Picture at the 96th Academy Awards and Best Feature at the "
                   "40th Independent Spirit Awards.", default_kb)
    assert [v for _t, v in got] == ["refuted", "supported"], got


def test_one_edition_for_an_undated_list_stays_whole(default_kb):
    assert verdicts("Anora won Best Picture, Best Director and Best Actress at the 97th Academy "
                    "Awards.", default_kb) == ["supported"]
