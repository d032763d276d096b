"""Runs of title-case words that are other titles, not a KB title with a word changed: a
film's sequel, named by the film's title and a number, and two titles listed with a comma.
Texts written for these tests, on the default KB."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _flagged(kb, text):
    return {(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"}


def test_a_films_title_and_a_number_is_its_sequel(default_kb):
    text = ("Our summer: A Quiet Place: Day One scared us. Then came winter, and Moana 2, "
            "Wicked and Inside Out 2 ruled the charts.")
    assert not _flagged(default_kb, text)


def test_titles_listed_with_a_comma_are_two_titles(default_kb):
    text = ("Best Picture also-rans worth a rewatch: Heat, Zodiac, Drive, Carol, Mulholland "
            "Drive and The Master.")
    assert not _flagged(default_kb, text)


def test_a_spun_title_is_still_flagged(default_kb):
    got = _flagged(default_kb, "Denis Villeneuve's Dune: Half Two, Heat and Carol topped "
                               "our poll.")
    assert ("Dune: Half Two", "Dune: Part Two") in got


def test_a_films_title_and_a_roman_numeral_is_its_sequel_though_not_linked(default_kb):
    text = "Coming next year: Toy Story 5, Shrek 5, Frozen III and Avatar: Fire and Ash."
    assert not _flagged(default_kb, text)


def test_an_article_before_a_title_that_goes_on_is_a_longer_title(default_kb):
    for text in ("At Venice, Pedro Almodóvar's The Room Next Door won the Golden Lion.",
                 "At Toronto, The Life of Chuck won the People's Choice Award over Anora."):
        assert not _flagged(default_kb, text), text
