"""A bare year beside a prize may be the night's or the year of the films it honoured; a year
set in one winner's parenthesis is never another winner's. (Sentences written for these tests.)"""
from tests.helpers.award_claims import awards


def test_a_film_year_in_brackets_is_read_as_the_films_year(default_kb):
    # 1982 is the film's year; its prize came at the show held in 1983
    got = awards("Meryl Streep (Sophie's Choice, 1982) took home an Oscar.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_a_year_that_fits_two_nights_of_one_person_reads_both(default_kb):
    # 1986: the show held that year (an honorary prize) and the one for that year's films
    got = awards("Paul Newman (The Color of Money, 1986) is an Oscar winner.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    got = awards("Paul Newman won an Oscar for The Hustler in 1986.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "The Color of Money" in got[0].explanation and "?" not in got[0].explanation


def test_a_year_in_one_winners_brackets_is_not_anothers(default_kb):
    got = awards("Brie Larson (Room, 2015) and Daniel Kaluuya (Judas and the Black Messiah, "
                 "2020) both have Oscars at home.", default_kb)
    assert [c.verdict for c in got] and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
    assert not any(c.slots.get("year") == 2020 and "Larson" in c.text for c in got)


def test_a_year_in_a_bracket_the_parser_hung_on_the_first_name_is_not_its(default_kb):
    got = awards("Mahershala Ali (Green Book, 2018) and Michelle Yeoh (Everything Everywhere All "
                 "at Once, 2022) are both Oscar winners.", default_kb)
    assert got and not any(c.verdict == "refuted" for c in got), \
        [(c.text, c.explanation) for c in got]
