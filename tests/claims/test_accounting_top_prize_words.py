""""Won the highest honor at the 97th Academy Awards": the superlative names the show's top
prize, which the award claim reads as that prize; it is no record left unjudged. Where the
show has no one top prize (the Golden Globes), the word stays a slot the claim did not judge.
Sentences written for these tests; the facts are the default KB's."""
from __future__ import annotations

from award_claims import readings


def test_the_top_prize_s_superlative_is_read_with_the_prize(default_kb):
    got = readings("Oppenheimer claimed the highest honor at the 96th Academy Awards.", default_kb)
    assert [v for v, _ in got] == ["supported"] and "Best Picture" in got[0][1], got


def test_a_superlative_of_a_show_with_no_top_prize_stays_unjudged(default_kb):
    got = readings("Demi Moore won the highest honor at the Golden Globes in 2025.", default_kb)
    assert got and all(v == "not_enough_info" for v, _ in got), got


def test_the_festival_s_top_prize_is_never_another_kind_of_show_s(default_kb):
    # the paragraph names the Oscars only; "the festival's" rules them out
    got = readings("Sean Baker had waited a long time for the Oscars. In the end, after twenty "
                 "years at the margins, he was given the festival's highest honour.", default_kb)
    assert not [e for v, e in got if "Best Picture" in e], got
    got = readings("Anora screened at Cannes in May 2024, months before the Oscars. Sean Baker "
                 "was given the festival's highest honour.", default_kb)
    assert [v for v, e in got if "Palme" in e] == ["supported"], got
