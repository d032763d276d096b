"""A numbered edition and a year the parse binds to it ("at the 88th Academy Awards in 2014")
cannot both hold when the edition was held in another year: whichever the writer mistook, the
pair is refuted, with the edition of that year named. A bare year that may be the films' the
edition honoured (the year before it) is only ever supported or left open. Sentences written
for these tests."""
from __future__ import annotations

import reelcheck


def _dates(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "ceremony_date"]


def test_an_edition_dated_to_a_year_neither_of_its_night_nor_of_its_films(default_kb):
    # the 88th Academy Awards: February 2016, for the films of 2015
    got = _dates("Spotlight was crowned best picture at the 88th Academy Awards in 2013, "
                 "beating The Revenant.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "85th Academy Awards" in got[0].explanation


def test_a_month_and_year_of_another_night_is_refuted_too(default_kb):
    got = _dates("Spotlight was crowned best picture at the 88th Academy Awards in March 2015.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_the_films_year_is_not_refuted(default_kb):
    got = _dates("Spotlight was crowned best picture at the 88th Academy Awards in 2015.",
                 default_kb)
    assert "refuted" not in [c.verdict for c in got]
    got = _dates("Spotlight was crowned best picture at the 88th Academy Awards in 2016.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_the_date_of_the_subjects_own_win_is_left_to_the_award_claim(default_kb):
    # Parasite's Best Picture came in 2020, at the 92nd: the year is its win's, the edition is
    # what is wrong, and the award claim refutes that
    text = "Parasite was crowned best picture at the 91st Academy Awards in 2020."
    got = _dates(text, default_kb)
    assert "refuted" not in [c.verdict for c in got]
    wins = [c for c in reelcheck.check(text, kb=default_kb).claims
            if c.predicate == "award_received"]
    assert [c.verdict for c in wins] == ["refuted"]


def test_an_edition_described_by_its_number_alone_is_never_refuted_by_a_year(default_kb):
    # "the 73rd edition" of a festival story is not the 73rd Academy Awards
    got = _dates("Cannes had to call off its 73rd edition in 2020 because of the pandemic, "
                 "and Parasite won best picture that year.", default_kb)
    assert "refuted" not in [c.verdict for c in got]
