"""A list of Best Picture winners dated by its films' years ("1967 – In the Heat of the Night
(Norman Jewison)"): the row's year is its work's own year, and the work had no fact at the
ceremony held that year, so that ceremony is no safe reading to refute with
(`verify/editions.py`, `_film_year_reading`). Articles in the project's own words about facts
the default KB holds (In the Heat of the Night won Best Picture at the 40th Academy Awards,
held in 1968)."""
from award_claims import readings

LIST = ("Best Picture winners of the late 1960s\n\n"
        "1967 – In the Heat of the Night (Norman Jewison)\n"
        "The film won five Oscars.\n")


def test_a_row_dated_by_its_films_year_is_not_refuted(default_kb):
    got = readings(LIST, default_kb, categories=("award", "count"))
    assert "refuted" not in [v for v, _e in got], got


def test_a_year_said_of_the_ceremony_still_decides(default_kb):
    got = readings("In 1968, Mike Nichols won Best Director for The Graduate.", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = readings("In 1968, Mike Nichols won Best Director for Bonnie and Clyde.", default_kb)
    assert "supported" not in [v for v, _e in got], got
