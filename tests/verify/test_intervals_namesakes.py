"""An interval measured from a film that shares its title with other films of the KB: the side
is any of them the sentence does not set apart by its year. Four films are called A Star Is
Born; the 1976 one and the 2018 one both won Best Original Song (49th and 91st Academy Awards).
A measure that fits one of them holds; one that fits none is never refuted on one namesake's
night alone. Sentences written for these tests; facts of the default KB."""
from __future__ import annotations

import reelcheck


def _intervals(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "interval"]


def test_a_gap_from_the_namesake_that_won_is_supported(default_kb):
    got = _intervals("Memoirs of a Geisha took Best Cinematography in 2006, 29 years after A "
                     "Star Is Born won Best Original Song.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_a_gap_that_fits_no_single_reading_is_not_refuted(default_kb):
    for n in ("13", "31"):
        got = _intervals(f"Memoirs of a Geisha took Best Cinematography in 2006, {n} years after "
                         "A Star Is Born won Best Original Song.", default_kb)
        assert got and all(c.verdict != "refuted" for c in got), [
            (c.text, c.explanation) for c in got]


def test_years_after_a_title_may_count_from_any_of_its_films(default_kb):
    got = _intervals("Joker won Best Actor in 2020, 44 years after A Star Is Born.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_a_year_said_with_the_title_keeps_that_film(default_kb):
    got = _intervals("Joker won Best Actor in 2020, 44 years after the 2018 A Star Is Born.",
                     default_kb)
    assert all(c.verdict != "supported" for c in got), [(c.text, c.explanation) for c in got]
