"""An active win verb's participle set after a noun ("the film received at Cannes", as the
parser reads "the ovation the film received at Cannes") says what was done to the noun, so the
noun is what was received, not a winner (claims/frames.py, _verb_frame). Sentences are written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "Anora is a comedy by Sean Baker. "


def _awards(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.category == "award"]


def test_an_ovation_received_is_no_prize(default_kb):
    got = _awards("The warm applause the film received at Cannes lasted for minutes.", default_kb)
    assert not got, got


def test_praise_received_is_no_prize(default_kb):
    got = _awards("The praise the movie received at Cannes surprised its cast.", default_kb)
    assert not got, got


def test_a_prize_taken_home_by_the_film_is_still_its_win(default_kb):
    got = _awards("It was the top prize taken home by Anora at Cannes.", default_kb)
    assert any(v == "supported" for v, _ in got), got
