"""'Nominated for A in 1961 and for B (1962)': a year in brackets is said of the title right
before the bracket, even where the parser hangs the bracket on an earlier title
(claims/filmography.py `_modified`). Before, B's year was read as A's and A was refuted with
it. Sentences are written for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _years(text, kb):
    return [(c.slots.get("work"), c.slots.get("year"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "work_year"]


def test_the_bracketed_year_goes_to_the_title_before_it(default_kb):
    got = _years("Jack Lemmon was an actor. He was up for Some Like It Hot in 1960, for The "
                 "Apartment in 1961 and for Days of Wine and Roses (1962).", default_kb)
    assert ("the-apartment-1960-film", 1962, "refuted") not in got, got
    assert ("days-of-wine-and-roses-1962-film", 1962, "supported") in got, got


def test_a_wrong_bracketed_year_of_the_last_title_is_its_own(default_kb):
    got = _years("Jack Lemmon was an actor. He was up for Some Like It Hot in 1960, for The "
                 "Apartment in 1961 and for Days of Wine and Roses (1958).", default_kb)
    assert all(w != "the-apartment-1960-film" or y != 1958 for w, y, _ in got), got
    assert [v for w, _, v in got if w == "days-of-wine-and-roses-1962-film"] in (
        ["refuted"], ["not_enough_info"]), got
