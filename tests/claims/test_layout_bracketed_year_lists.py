"""A list of "Name (Film, Year)" items: each item is a claim of its own, with its film and its
year. Before, the parser joined the second name to a word inside the first item's bracket, so
one claim stood for the whole list (and a wrong film later in it went unread under a supported
verdict); and a bracket holding a year after its title was no title's bracket.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict) for c in r.claims if c.category == "award"]


def test_each_bracketed_item_is_its_own_claim(default_kb):
    text = ("At the Oscars, the Best Actress winners of the fifties included Grace Kelly (The "
            "Country Girl, 1955) and Audrey Hepburn (Roman Holiday, 1954).")
    assert _awards(text, default_kb) == [("Grace Kelly (The Country Girl, 1955)", "supported"),
                                         ("Audrey Hepburn (Roman Holiday, 1954)", "supported")]


def test_the_year_in_an_item_s_bracket_is_accounted_for(default_kb):
    text = ("At the Oscars, the Best Actress winners of the fifties included Grace Kelly (The "
            "Country Girl, 1955) and Audrey Hepburn (Roman Holiday, 1957).")
    got = dict(_awards(text, default_kb))
    assert got["Grace Kelly (The Country Girl, 1955)"] == "supported"
    assert got["Audrey Hepburn (Roman Holiday, 1957)"] == "refuted"


def test_a_wrong_film_later_in_the_list_is_not_supported(default_kb):
    text = ("Best Actress winners in their twenties include Grace Kelly (The Country Girl, "
            "1955), Audrey Hepburn (Sabrina, 1954) and Marlee Matlin (Children of a Lesser "
            "God, 1987).")
    got = dict(_awards(text, default_kb))
    assert got["Grace Kelly (The Country Girl, 1955)"] == "supported"
    assert got["Audrey Hepburn (Sabrina, 1954)"] != "supported"
    assert got["Marlee Matlin (Children of a Lesser God, 1987)"] == "supported"
