"""A year before a linked film's premiere is no refute when the KB holds a film of the same
title from that year (within one): the sentence may mean that one. Sentences in the project's
own words about films the default KB holds."""
import reelcheck


def _film(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "filmography"]


def test_a_year_that_fits_a_namesake_is_not_refuted(default_kb):
    # two films are called A Star Is Born in the KB (1976 and 2018); the 1976 one was in the
    # cinematography race decided in 1977
    text = "Bound for Glory beat A Star Is Born to Best Cinematography in 1977."
    assert "refuted" not in [v for v, _e in _film(text, default_kb)]


def test_a_year_before_a_film_without_namesakes_is_still_refuted(default_kb):
    assert [v for v, _e in _film("Anora (2019) is a comedy.", default_kb)] == ["refuted"]
