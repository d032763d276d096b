""""X was among the films it beat": the relative clause's gap is X (the copula says X is one of
those films), so X is the one beaten and the pronoun, its co-argument, is not X but the film the
passage named before (`claims/awards/subjects.py`, `_copula_member`). Sentences in the project's
own words about facts the default KB holds (Chicago won Best Picture at the 75th Academy Awards
over Gangs of New York and The Pianist; Roman Polanski won Best Director there)."""
from award_claims import readings

LEAD = "Chicago won six Oscars at the 75th Academy Awards. "


def test_the_film_among_the_beaten_is_the_rival(default_kb):
    got = readings(LEAD + "Gangs of New York was among the films it beat for Best Picture.",
                   default_kb)
    assert [v for v, _e in got] == ["supported"], got
    assert "Gangs of New York was nominated" in got[0][1] and "Chicago won" in got[0][1]


def test_a_film_that_was_not_in_that_race_is_refuted(default_kb):
    got = readings(LEAD + "Titanic was among the films it beat for Best Picture.", default_kb)
    assert [v for v, _e in got] == ["refuted"] and "Titanic" in got[0][1], got


def test_the_pronoun_is_judged_as_the_winner(default_kb):
    got = readings(LEAD + "The Pianist is one of the films it beat for Best Director.", default_kb)
    assert [v for v, _e in got] == ["refuted"] and "Roman Polanski" in got[0][1], got


def test_a_title_the_parser_tears_apart_is_still_the_copula_s_subject(default_kb):
    # "As Good as It Gets" parses as an adverbial clause, leaving "was" with no subject; the
    # title that ends right before it is the one among the beaten
    lead = "Titanic won eleven Oscars at the 70th Academy Awards. "
    got = readings(lead + "As Good as It Gets was among the films it beat for Best Picture.",
                   default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = readings(lead + "As Good as It Gets was among the films it beat for Best Director.",
                   default_kb)
    assert [v for v, _e in got] != ["supported"], got
