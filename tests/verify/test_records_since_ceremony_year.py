"""A record of a show's prize bounded "since" an earlier holder may date that holder by the film's
year or by the year its ceremony was held: the KB's Borisov record keeps the film year (1977,
Baryshnikov's The Turning Point), whose nomination came at the 50th Academy Awards in 1978.
Another year is still refuted. Sentences written for these tests; facts of the default KB."""
from __future__ import annotations

import reelcheck


def _records(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "record"]


def test_the_ceremony_year_of_the_previous_holder_is_not_refuted(default_kb):
    for text in ("Borisov was the first Russian actor nominated for an acting Oscar since "
                 "Mikhail Baryshnikov in 1978.",
                 "Borisov was the first Russian actor nominated for an acting Oscar since 1978."):
        got = _records(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), [
            (c.text, c.verdict, c.explanation) for c in got]


def test_a_year_neither_the_film_s_nor_the_ceremony_s_is_refuted(default_kb):
    for year in ("1976", "1980"):
        got = _records("Borisov was the first Russian actor nominated for an acting Oscar since "
                       f"{year}.", default_kb)
        assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
