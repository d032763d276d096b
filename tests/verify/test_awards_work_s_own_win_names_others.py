"""A winner of a prize said to have won it for another winning film: the film's own win of
the prize (a festival's prize is the film's fact) names its recipients at an edition whose
list is complete, so "X won the Palme d'Or for W" with X not among W's recipients is refuted,
not left open. Sentences written for these tests; facts from the default KB's Palme d'Or
list."""
from __future__ import annotations

from tests.helpers.award_claims import only_award


def test_a_palme_winner_tied_to_another_winners_film_is_refuted(default_kb):
    for s, film in (("Chetan Anand won the Palme d'Or for Gate of Hell.", "Gate of Hell"),
                    ("Sean Baker took home the Palme d'Or for Titane.", "Titane")):
        c = only_award(s, default_kb)
        assert c.verdict == "refuted", (s, c.explanation)
        assert film in c.explanation


def test_the_films_own_director_and_co_directors_stay_supported(default_kb):
    for s in ("Teinosuke Kinugasa won the Palme d'Or for Gate of Hell.",
              "Luc Dardenne won the Palme d'Or for Rosetta.",
              "Jean-Pierre Dardenne won the Palme d'Or for L'Enfant."):
        c = only_award(s, default_kb)
        assert c.verdict == "supported", (s, c.explanation)


def test_a_film_without_a_win_of_the_prize_is_refuted_by_the_complete_list(default_kb):
    # Anora's Palme is its own; a film the KB knows that is among no year's winners (the list
    # is complete for every year it could have competed in) won no Palme, for anyone
    # (verify/festivals.py `never_won_top`); a film the KB lacks stays open
    c = only_award("Sean Baker won the Palme d'Or for Tangerine.", default_kb)
    assert c.verdict == "refuted" and "Tangerine" in c.explanation, c.explanation
    c = only_award("Sean Baker won the Palme d'Or for Harbor Lights Motel.", default_kb)
    assert c.verdict != "refuted", c.explanation
