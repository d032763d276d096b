"""An age "at N" on a win the sentence names only by its film ("won her second for Poor Things
at 35": no prize named, no win claim) is the age at the person's win for that film, not at the
last ceremony the passage named; an event before the person's birth is never the one meant
(claims/ages.py, verify/ages.py). Sentences are written for these tests; the facts are the
default KB's."""
from __future__ import annotations

import reelcheck


def _ages(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "age"]


def test_the_age_is_at_the_win_for_the_film(default_kb):
    got = _ages("Tatum O'Neal won best supporting actress for Paper Moon at the 46th Academy "
                "Awards.\n\nEmma Stone won her second for Poor Things at 35.", default_kb)
    assert got and "96th" in got[0][1] and "46th" not in got[0][1], got
    assert "was 35 at the 96th Academy Awards" in got[0][1], got


def test_a_wrong_age_at_the_win_for_the_film_is_not_supported(default_kb):
    got = _ages("Tatum O'Neal won best supporting actress for Paper Moon at the 46th Academy "
                "Awards.\n\nEmma Stone won her second for Poor Things at 31.", default_kb)
    assert got and got[0][0] == "not_enough_info" and "46th" not in got[0][1], got
