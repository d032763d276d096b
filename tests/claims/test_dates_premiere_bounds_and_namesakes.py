"""Premiere dates held against the world premiere. A premiere said to be in a place may be a
regional one, but none comes before the world premiere: a day wholly before it refutes. And
a title the KB holds for several films is the one of the date's year: the date of Lynch's
Dune is not checked against the 2021 film's.

Sentences are written for these tests; the facts are the default KB's (Top Gun: Maverick
premiered 2022-05-04; Dune (2021) 2021-09-03; the KB also holds Dune (1984) and four films
titled A Star Is Born, 1937 to 2018)."""
from __future__ import annotations

import reelcheck


def premieres(text, kb):
    return [(c.subject.label, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("premiere_date", "release_date")]


def test_a_premiere_in_a_place_before_the_world_premiere_is_refuted(default_kb):
    assert premieres("Top Gun: Maverick premiered in San Diego on May 4, 2021.", default_kb) \
        == [("Top Gun: Maverick", "refuted")]
    # after the world premiere, in a city: perhaps a regional one, left open
    assert premieres("Top Gun: Maverick premiered in London on May 19, 2022.", default_kb) \
        == [("Top Gun: Maverick", "not_enough_info")]


def test_a_dated_title_is_the_namesake_of_that_year(default_kb):
    for text in ("Dune premiered in Washington on December 3, 1984.",
                 "Dune was released on December 14, 1984.",
                 "A Star Is Born premiered on September 29, 1954."):
        assert all(v != "refuted" for _, v in premieres(text, default_kb)), text


def test_a_sequel_word_describing_the_title_keeps_its_claims(default_kb):
    assert premieres("Top Gun: Maverick — The long-delayed sequel premiered on May 4, 2022.",
                     default_kb) == [("Top Gun: Maverick", "supported")]
    # a sequel of the title is another film: its claims are still dropped
    assert premieres("A Top Gun: Maverick sequel premiered on May 4, 2022.", default_kb) == []
