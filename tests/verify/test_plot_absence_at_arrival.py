"""Who is already gone when others arrive (claims/arrivals.py, verify/plot.py `absence`): the
KB's fact of the henchmen's arrival at the mansion names who is there when they come, so a
retelling that has one of them gone already is refuted; an absence said at another arrival, by
other people, or not said as prior, is not. Sentences written for these tests; in the KB's
story Vanya is at the mansion when Garnick and Igor arrive and runs off only later."""
from __future__ import annotations

import pytest
from story_claims import plot_readings


def verdicts(text, kb):
    return [v for v, _t in plot_readings(text, kb)]


@pytest.mark.parametrize("text", [
    "Vanya's parents dispatch a pair of henchmen to end the marriage. Upon reaching the "
    "mansion, they discover that Vanya has vanished.",
    "By the time the henchmen arrive at the mansion, Vanya has already fled.",
    "When Garnick and Igor show up at the house, Vanya is gone.",
    "By the time Garnick and Igor reach the mansion, Vanya has already run off.",
])
def test_gone_before_the_henchmen_arrive_is_refuted(text, default_kb):
    assert "refuted" in verdicts(text, default_kb)


@pytest.mark.parametrize("text", [
    "When the henchmen arrive at the mansion, Vanya runs off.",
    "When Ani arrives home, Vanya has vanished.",
    "When Igor turns up the next morning, Ani has already left.",
    "When Toros gets to the mansion, Vanya has already fled.",
    "When the henchmen reach Las Vegas, Vanya has vanished.",
    "By the time Garnick and Igor reach the mansion, Vanya is still asleep.",
])
def test_other_arrivals_and_orders_are_not_refuted(text, default_kb):
    assert "refuted" not in verdicts(text, default_kb)
