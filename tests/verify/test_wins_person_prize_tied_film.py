"""A person's prize (Best Actress) claimed for someone the sentence ties to the film that won
it is judged by that person's own complete record at the ceremony; a film's prize (Best
Picture) said of someone the KB does not list among its winners stays open. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from award_claims import readings


@pytest.mark.parametrize("text", [
    "Demi Moore (Anora) won Best Actress at the 97th Academy Awards.",
    "Demi Moore won Best Actress at the 97th Academy Awards for her role in Anora.",
])
def test_a_person_s_prize_goes_by_their_own_record(text, default_kb):
    got = readings(text, default_kb)
    assert got and all(v == "refuted" for v, _ in got), got
    assert "went to Mikey Madison" in got[0][1]


def test_the_winner_tied_to_her_film_still_holds(default_kb):
    got = readings("Mikey Madison (Anora) won Best Actress at the 97th Academy Awards.",
                   default_kb)
    assert got and all(v == "supported" for v, _ in got), got


def test_a_film_s_prize_said_of_its_star_stays_open(default_kb):
    got = readings("Mikey Madison won Best Picture for Anora at the 97th Academy Awards.",
                   default_kb)
    assert got and all(v == "not_enough_info" for v, _ in got), got


def test_a_person_s_prize_is_not_its_film_s_director_s(default_kb):
    # the record files Best Actress under the film with its recipient listed: the film's
    # director did not win it; a film's prize (International Feature) is still said of him
    ((verdict, why),) = readings("Sean Baker won Best Actress at the 97th Academy Awards.",
                                 default_kb)
    assert verdict == "refuted" and "Mikey Madison" in why
    ((verdict, _),) = readings("Bong Joon Ho won Best International Feature Film at the 92nd "
                               "Academy Awards.", default_kb)
    assert verdict == "supported"
