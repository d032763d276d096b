"""A list after a colon names what the counted prize noun before it counts, even with phrases
between the noun and the colon ("won three Oscars in one night for Parasite: A, B and C"): the
parser sets the list in apposition to the film the last phrase ends with, and a name takes no
list in apposition. Each item is a win of its own, checked. Sentences written for these tests;
facts of the default KB's Oscar record (Bong Joon Ho won Best Picture, Best Director and Best
Original Screenplay for Parasite at the 92nd Academy Awards; Ford v Ferrari won Film
Editing)."""
from __future__ import annotations

from award_claims import award_rows


def test_a_wrong_item_of_the_list_is_refuted(default_kb):
    got = award_rows("Bong Joon-ho won three Oscars in one night for Parasite: Best Picture, "
                     "Best Director and Best Film Editing.", default_kb)
    assert ("Best Film Editing", "refuted") in got, got


def test_the_true_list_holds(default_kb):
    got = award_rows("Bong Joon-ho won three Oscars in one night for Parasite: Best Picture, "
                     "Best Director and Best Original Screenplay.", default_kb)
    assert ("Best Original Screenplay", "supported") in got, got
    assert all(v == "supported" for _t, v in got), got
