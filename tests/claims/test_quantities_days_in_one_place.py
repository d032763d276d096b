"""Days of shooting said of one place (a phrase of location on the verb, or a relative clause
of place) are a part of the shoot, not its length: the KB's total (Anora was shot in 37 days)
neither supports nor refutes them. Sentences are written for these tests."""
from __future__ import annotations

import reelcheck


def days(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.predicate == "shooting_days"]


def test_days_in_a_relative_clause_of_place_are_not_the_whole_shoot(default_kb):
    text = ("Anora takes place mostly in Brooklyn. The oligarch's house sits in Mill Basin, a "
            "quiet corner of the borough where the movie was shot for nine days.")
    got = days(text, default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)


def test_days_with_a_place_phrase_are_not_the_whole_shoot(default_kb):
    text = "Anora takes place partly in Nevada. Anora was shot over six days in Las Vegas."
    got = days(text, default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)


def test_days_with_no_place_are_still_the_whole_shoot(default_kb):
    text = "Anora takes place mostly in Brooklyn. The movie was shot in 19 days."
    got = days(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_place_set_off_after_the_figure_leaves_the_total(default_kb):
    text = ("Anora takes place mostly in Brooklyn. Filming took 37 days in all, nearly every "
            "one of them in Brooklyn.")
    got = days(text, default_kb)
    assert [c.verdict for c in got] == ["supported"]
