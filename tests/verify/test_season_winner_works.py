"""The 2025 season's winners that Anora's nominations lost to carry the work they won for
(factsheet results "lost to X (Work)"), so a win said "for" a film is checked; a title named
twice in one role is one work, told once. Sentences written for these tests."""
from __future__ import annotations

from award_claims import readings


def test_a_season_win_for_its_film_is_supported_and_told_once(default_kb):
    got = readings("Demi Moore won the SAG Award for female actor in a leading role for The "
                 "Substance.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
    assert got[0][1].count("Demi Moore won") == 1, got
    got = readings("Kieran Culkin took the BAFTA for supporting actor for A Real Pain.", default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_a_season_win_for_another_film_is_not_supported(default_kb):
    got = readings("Kieran Culkin won the SAG Award for male actor in a supporting role for "
                 "The Brutalist.", default_kb)
    assert got and all(v != "supported" for v, _ in got), got
