"""Craft categories named as writers name them: a category the Academy split for some years
("Best Cinematography" of 1939-1966 is the record's "(Black-and-White)" or "(Color)" half) or
filed under a newer name ("Best Art Direction" lives on in "Best Production Design (Art
Direction)") is whichever form the record holds that night; and a category phrase ends before
the "to" that takes the winner. Sentences in the project's own words about facts the default
KB holds."""
import pytest

import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


@pytest.mark.parametrize("text", [
    # a split year: the film won the black-and-white half
    "The Defiant Ones won Best Cinematography at the 31st Academy Awards.",
    "Sam Leavitt won Best Cinematography for The Defiant Ones at the 31st Academy Awards.",
    "Shane, which won the Oscar for Best Cinematography in 1954, still looks beautiful.",
    # a nominee of the split half, and the winner it lost to
    "The Big Sky was nominated for Best Cinematography at the 25th Academy Awards.",
    # the old name of production design, before and after the split years
    "Hello, Dolly! won Best Art Direction at the 42nd Academy Awards.",
    "Anton Furst and Peter Young won Best Art Direction for Batman at the 62nd Academy Awards.",
    "Captain Fury was nominated for Best Art Direction at the 12th Academy Awards.",
])
def test_a_category_named_without_its_form_is_the_form_the_record_holds(text, default_kb):
    got = _verdicts(text, default_kb)
    assert got and all(v == "supported" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "The Hurt Locker won Best Art Direction at the 82nd Academy Awards.",   # Avatar did
    "Poor Things won Best Cinematography at the 96th Academy Awards.",      # Oppenheimer did
])
def test_a_wrong_film_under_every_form_is_still_refuted(text, default_kb):
    assert [v for v, _t in _verdicts(text, default_kb)] == ["refuted"]


def test_art_direction_is_not_read_as_best_director(default_kb):
    # "Direction" alone is the directing prize; "Art Direction" is not
    claims = reelcheck.check("Batman won Best Art Direction at the 62nd Academy Awards.",
                             kb=default_kb).claims
    assert all("Director" not in c.explanation for c in claims)
    assert [c.verdict for c in claims if c.category == "award"] == ["supported"]


def test_best_direction_still_reads_as_best_director(default_kb):
    assert [v for v, _t in _verdicts(
        "Kathryn Bigelow won Best Direction at the 82nd Academy Awards.", default_kb)] \
        == ["supported"]


def test_a_category_phrase_ends_before_the_to_of_its_winner(default_kb):
    text = ("The 1st Academy Awards gave Best Cinematography to Sunrise, while the 85th gave "
            "Best Documentary Feature to Searching for Sugar Man.")
    assert [v for v, _t in _verdicts(text, default_kb)] == ["supported", "supported"]


def test_a_form_the_academy_had_not_split_that_year_leaves_a_wrong_win_refuted(default_kb):
    # Batman's 1990 win was art direction; cinematography went to Glory that night, when the
    # category had one form only
    text = "Batman won Best Cinematography at the 62nd Academy Awards."
    assert [v for v, _t in _verdicts(text, default_kb)] == ["refuted"]


def test_a_namesake_of_the_winning_film_is_not_refuted(default_kb):
    # two films are called Henry V; the 1989 one won costume design at the 1990 show, and the
    # linker may pick the other: the sentence may mean the winner
    text = "Henry V, which won the Oscar for Best Costume Design in 1990, is a Shakespeare film."
    assert "refuted" not in [v for v, _t in _verdicts(text, default_kb)]
    # a film of another title that night is still refuted
    text = "Glory won the Oscar for Best Costume Design at the 62nd Academy Awards."
    assert [v for v, _t in _verdicts(text, default_kb)] == ["refuted"]
