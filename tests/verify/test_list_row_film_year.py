"""A list's row gives a title's own year ("The Lost Weekend (1945)"), which for a prize shown
the year after (the first Cannes festival, 1946) is not the prize's year: a row refuted only by
that year, when it is the film's year in the KB, holds read without it
(`verify._film_year_rows`); any other wrong year still refutes. Lists written for these
tests; facts of the default KB (the Cannes top prize since 1946)."""
from __future__ import annotations

import reelcheck


def rows(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_a_row_dated_by_its_films_own_year_holds(default_kb):
    got = rows("The early Palme d'Or winners\n\n1. The Lost Weekend (1945)\n"
               "2. Marty (1955)\n", default_kb)
    assert [v for v, _t in got] == ["supported", "supported"], got
    assert "own year" in reelcheck.check(
        "Palme d'Or winners\n\n- The Lost Weekend (1945)\n- Marty (1955)\n",
        kb=default_kb).claims[0].explanation
    # (a year that is neither the prize's nor the film's still refutes)
    got = rows("Palme d'Or winners\n\n- The Lost Weekend (1945)\n- Marty (1957)\n", default_kb)
    assert [v for v, t in got if "Marty" in t] == ["refuted"], got
