"""The years between a holder's n-th prize and one said by its ordinal alone ("ten years after
his first", "after her first win", "after his first nomination") or by the film it was for
("seven years after La La Land"), from the KB's record: Ken Loach's Palmes (2006, 2016),
Hilary Swank's Best Actress wins (72nd, 77th), Daniel Day-Lewis's Best Actor wins (62nd, 80th,
85th), Jack Nicholson's Oscars (48th, 56th, 70th), Emma Stone's Best Actress wins (89th,
96th), Michael Haneke's Palmes (2009, 2012), Al Pacino's first nomination (45th) and first
win (65th). Sentences written for these tests; facts of the default KB."""
from __future__ import annotations

import pytest

import reelcheck


def _intervals(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "interval"]


@pytest.mark.parametrize("text", [
    "Ken Loach won his second Palme d'Or ten years after his first.",
    "Hilary Swank's second Best Actress win came five years after her first.",
    "Daniel Day-Lewis won his third Best Actor Oscar 23 years after his first win.",
    "Jack Nicholson won his third Oscar in 1998, 22 years after his first.",
    "Emma Stone won her second Best Actress Oscar seven years after La La Land.",
    "Michael Haneke won his second Palme d'Or three years after The White Ribbon.",
    "Al Pacino won his first Oscar 20 years after his first nomination.",
])
def test_the_years_between_two_of_a_holder_s_prizes_are_supported(default_kb, text):
    got = _intervals(text, default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


@pytest.mark.parametrize("text", [
    "Ken Loach won his second Palme d'Or twelve years after his first.",
    "Hilary Swank's second Best Actress win came eight years after her first.",
    "Jack Nicholson won his third Oscar in 1998, 25 years after his first.",
    "Emma Stone won her second Best Actress Oscar five years after La La Land.",
    "Al Pacino won his first Oscar 15 years after his first nomination.",
])
def test_other_years_in_a_complete_record_are_refuted(default_kb, text):
    got = _intervals(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]


def test_a_softened_measure_a_year_off_is_not_refuted(default_kb):
    got = _intervals("Ken Loach won his second Palme d'Or about nine years after his first.",
                     default_kb)
    assert all(c.verdict != "refuted" for c in got), [(c.text, c.explanation) for c in got]


@pytest.mark.parametrize("text, verdict", [
    ("Ken Loach won the Palme d'Or again ten years later with I, Daniel Blake.", "supported"),
    ("Ken Loach won the Palme d'Or again eight years later with I, Daniel Blake.", "refuted"),
    ("Frances McDormand won Best Actress again three years later.", "supported"),
    ("Frances McDormand won Best Actress again 15 years later.", "refuted"),
])
def test_a_win_again_some_years_later_counts_from_the_win_before_it(default_kb, text,
                                                                    verdict):
    # McDormand's Best Actress wins: 69th (1997), 90th (2018), 93rd (2021); three years
    # holds for the last pair, 15 for none
    got = _intervals(text, default_kb)
    assert [c.verdict for c in got] == [verdict], [(c.text, c.explanation) for c in got]


@pytest.mark.parametrize("text, verdict", [
    ("Hilary Swank won her two Best Actress Oscars five years apart.", "supported"),
    ("Hilary Swank won her two Best Actress Oscars three years apart.", "refuted"),
    ("Ken Loach's two Palmes came a decade apart.", "supported"),
    ("There was a six-year gap between Ken Loach's two Palmes.", "refuted"),
])
def test_two_wins_some_years_apart_are_the_first_and_the_second(default_kb, text, verdict):
    got = _intervals(text, default_kb)
    assert [c.verdict for c in got] == [verdict], [(c.text, c.explanation) for c in got]


def test_a_pair_said_of_three_wins_is_left_to_the_count(default_kb):
    # McDormand has three Best Actress wins: which two are meant is unsaid
    got = _intervals("Frances McDormand won her two Best Actress Oscars 21 years apart.",
                     default_kb)
    assert all(c.verdict != "supported" for c in got), [(c.text, c.explanation) for c in got]
