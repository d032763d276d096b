""""Picked up Best Original Screenplay and Best Lighting": a prize listed with one the claim
reads, written as a category the lexicon does not know, is a stated slot the claim did not
judge; the claim is left open, naming it, never supported over it. Sentences written for these
tests; the facts are the default KB's."""
from __future__ import annotations

from award_claims import readings


def test_an_unknown_category_in_the_list_leaves_the_win_open(default_kb):
    got = readings("At the 96th Academy Awards, Christopher Nolan collected Best Director and Best "
                 "Moodiness.", default_kb)
    assert got and all(v == "not_enough_info" for v, _ in got), got
    assert any("Best Moodiness" in e for _, e in got), got


def test_a_spun_category_the_lexicon_cannot_read_is_named(default_kb):
    got = readings("Oppenheimer also picked up Finest Director and Finest Mood Lighting at the 96th "
                 "Academy Awards.", default_kb)
    assert got and all(v != "supported" for v, _ in got), got


def test_a_list_of_known_categories_still_holds(default_kb):
    got = readings("Oppenheimer picked up Best Director and Best Film Editing at the 96th Academy "
                 "Awards.", default_kb)
    assert got and all(v == "supported" for v, _ in got), got
