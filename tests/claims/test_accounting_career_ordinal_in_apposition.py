"""A place among a person's films said in apposition to the subject of another claim ("Anora,
Baker's third film in competition, took the Palme d'Or") is a slot of the claim whose words
hold it: an age or a count set off in apposition is not ("Phoenix, 45,"), but a career
ordinal is. When no claim judged it (a place among a subset of the films, which the
filmography reader does not count), the enclosing claim is left open rather than supported
(claims/accounting.py `_career_place`). Sentences are written for these tests."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.category, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_an_unchecked_place_among_a_subset_leaves_the_win_open(default_kb):
    for text in ("Anora, Baker's third film in competition, took the Palme d'Or.",
                 "Anora, Sean Baker's fourth film in the main competition, won the top prize."):
        got = _verdicts(text, default_kb)
        assert got and all(v == "not_enough_info" for v, _c, _e in got), (text, got)


def test_a_place_the_filmography_reader_judges_keeps_the_win(default_kb):
    got = _verdicts("Anora, Baker's eighth feature, took the Palme d'Or.", default_kb)
    assert ("supported", "award") in [(v, c) for v, c, _e in got], got
    assert ("supported", "filmography") in [(v, c) for v, c, _e in got], got


def test_an_age_in_apposition_is_still_no_slot(default_kb):
    got = _verdicts("Mikey Madison, 25, won Best Actress.", default_kb)
    assert "refuted" not in [v for v, _c, _e in got], got
    assert ("supported", "award") in [(v, c) for v, c, _e in got], got
