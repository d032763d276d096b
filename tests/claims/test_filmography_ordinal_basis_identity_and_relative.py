"""A film's place among its maker's films in three more shapes (claims/filmography.py):
"his eighth film as director" (a phrase naming the films the place is counted among,
`ordinal_basis`, restricts nothing: the verifier counts the films a person directed), "Anora
marks the eighth feature from X" (the object of a verb of identity, the maker's phrase hung
on the verb; the sentence reaches the parse by its ordinal word), and "Anora, which is Baker's
eighth feature, ..." (a relative pronoun standing for the title). A place the sources count
differently is refuted; a phrase naming a subset ("in competition") is still no place among
all the films. Sentences are written for these tests."""
from __future__ import annotations

import reelcheck


def _film(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "filmography"]


def test_as_director_counts_the_directed_films(default_kb):
    assert [v for v, _ in _film("Anora is Baker's eighth film as director.", default_kb)] == [
        "supported"]
    assert [v for v, _ in _film("Anora is Baker's tenth film as director.", default_kb)] == [
        "refuted"]


def test_a_subset_phrase_is_still_no_place_among_all_films(default_kb):
    got = _film("Anora is Baker's third film in English.", default_kb)
    assert all(v != "refuted" and "3rd" not in e for v, e in got), got


def test_the_object_of_a_verb_of_identity_with_its_maker(default_kb):
    assert [v for v, _ in _film("Anora marks the eighth feature from Sean Baker.",
                                default_kb)] == ["supported"]
    assert [v for v, _ in _film("Anora represents the ninth feature from Sean Baker.",
                                default_kb)] == ["refuted"]


def test_a_relative_clause_on_the_title(default_kb):
    assert [v for v, _ in _film("Anora, which is Baker's eighth feature, stars Mikey Madison.",
                                default_kb)] == ["supported"]
    assert [v for v, _ in _film("Anora, which was Sean Baker's ninth film, won the Palme d'Or.",
                                default_kb)] == ["refuted"]
