"""A year on "release" in apposition to a title ("Nomadland, a 2019 release, ...") is the
film's year, like "a 2019 film": it is checked as the work's year and is never taken for the
year of a prize the same clause names. Sentences written for this test; default KB."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_a_release_year_in_apposition_is_the_film_s_not_the_prize_s(default_kb):
    got = claims("Oppenheimer, a 2022 release, took home Best Picture.", default_kb)
    prize = [c for c in got if c.category == "award"]
    year = [c for c in got if c.predicate == "year"]
    # the prize is true; 2022 must not pick the 94th ceremony and refute it with CODA
    assert prize and all(c.verdict == "supported" for c in prize), \
        [(c.text, c.verdict, c.explanation) for c in prize]
    # the year is the film's, a year before its world premiere
    assert year and year[0].verdict == "refuted", [(c.text, c.verdict) for c in got]
    got = claims("Nomadland, a 2020 release, took home Best Picture.", default_kb)
    assert all(c.verdict == "supported" for c in got), [(c.text, c.verdict) for c in got]
