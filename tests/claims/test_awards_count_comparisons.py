"""A clause that compares two records ("won more Oscars than X", "as many nominations as Y",
"four times as many as Z", "one fewer than W") is a claim over both: decided from the Oscar
record, which the default KB holds complete, never supported while the comparison is ignored
(it had supported "Conclave won more Oscars than Wicked" as a bare win) and never read as a
count of the subject ("one fewer than" had refuted "won Best Director twice" with "not once").
Sentences are written for these tests; facts are the default KB's (97th: Wicked two wins,
Conclave one; 81st: Slumdog Millionaire eight, The Dark Knight two; Best Director: Spielberg
twice, Frank Capra three times; Oscar nominations: Glenn Close 8, Meryl Streep 21; Peter
O'Toole one honorary Oscar, Glenn Close none)."""
from __future__ import annotations

import reelcheck


def _rows(text, kb):
    return [(c.predicate, c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims]


def _compared(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "count_comparison"]


def test_more_wins_than_a_rival_is_decided_both_ways(default_kb):
    got = _rows("At the 97th Academy Awards, Conclave collected more Oscars than Wicked.",
                default_kb)
    assert [v for _p, v, _t in got] == ["refuted"], got
    got = _rows("At the 97th Academy Awards, Wicked collected more Oscars than Conclave.",
                default_kb)
    assert [v for _p, v, _t in got] == ["supported"], got


def test_a_ratio_is_checked_as_a_ratio(default_kb):
    c = _compared("Slumdog Millionaire took home four times as many Oscars as The Dark "
                  "Knight.", default_kb)
    assert c and c[0].verdict == "supported", [(x.text, x.verdict, x.explanation) for x in c]
    c = _compared("Slumdog Millionaire took home three times as many Oscars as The Dark "
                  "Knight.", default_kb)
    assert c and c[0].verdict == "refuted", [(x.text, x.verdict, x.explanation) for x in c]


def test_a_difference_is_no_count_of_the_subject(default_kb):
    text = ("Oscar voters have named Steven Spielberg Best Director twice, one fewer than "
            "Frank Capra.")
    got = reelcheck.check(text, kb=default_kb).claims
    assert not [c for c in got if c.verdict == "refuted"], \
        [(c.text, c.verdict, c.explanation) for c in got]
    got = reelcheck.check("Steven Spielberg has won the Best Director Oscar twice, two fewer "
                          "than Frank Capra.", kb=default_kb).claims
    assert [c.verdict for c in got if c.predicate == "count_comparison"] == ["refuted"], \
        [(c.text, c.verdict, c.explanation) for c in got]
    assert all(c.verdict != "refuted" for c in got if c.predicate != "count_comparison")


def test_careers_compared_by_nominations(default_kb):
    c = _compared("Glenn Close has collected more Oscar nominations than Meryl Streep.",
                  default_kb)
    assert c and c[0].verdict == "refuted" and "21" in c[0].explanation, \
        [(x.text, x.verdict, x.explanation) for x in c]


def test_an_honorary_award_leaves_a_tie_open(default_kb):
    c = _compared("Peter O'Toole won as many Oscars as Glenn Close.", default_kb)
    assert c and c[0].verdict == "not_enough_info", \
        [(x.text, x.verdict, x.explanation) for x in c]


def test_a_comparison_with_no_named_rival_makes_no_claim(default_kb):
    got = reelcheck.check("Wicked won two Oscars at the 97th Academy Awards, more than most "
                          "musicals manage.", kb=default_kb).claims
    assert not [c for c in got if c.predicate == "count_comparison"]
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.verdict) for c in got]


def test_a_comparison_that_is_not_of_two_whole_records_stays_open(default_kb):
    # one night's haul against a career (Walt Disney: 22 competitive Oscars, four of them on
    # one night), a sum of two films, a night the other was not up at, a year for people
    for text in ("Sean Baker took home more Oscars in a single night than Walt Disney.",
                 "Emilia Pérez won fewer Oscars than Anora and Conclave combined.",
                 "Sean Baker won more Oscars at the 97th Academy Awards than Walt Disney.",
                 "Cillian Murphy won more Oscars in 2024 than Bradley Cooper."):
        got = reelcheck.check(text, kb=default_kb).claims
        assert all(c.verdict == "not_enough_info" for c in got
                   if c.predicate == "count_comparison"), \
            [(c.text, c.verdict, c.explanation) for c in got]
        assert not [c for c in got if c.verdict == "refuted"], text


def test_a_denied_comparison_is_no_denied_win(default_kb):
    # "did not win more Oscars than X" denies the comparison; it had been refuted as "did not
    # win any Oscars"; a plain denial still is one
    got = reelcheck.check("In the end Barbie did not win more Oscars than Oppenheimer.",
                          kb=default_kb).claims
    assert not [c for c in got if c.verdict == "refuted"], \
        [(c.text, c.verdict, c.explanation) for c in got]
    got = reelcheck.check("In the end Barbie did not win any Oscars.", kb=default_kb).claims
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.verdict) for c in got]
