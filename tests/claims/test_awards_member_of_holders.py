"""A member of a group of prize holders is a holder: "X is one of the winners of P", "X joined
the ranks of P winners", "one of a handful of two-time winners of P". The group word is no count
of the win, and a degree said of the holders ("one of the highest-grossing winners") is a slot
the win alone does not judge. Sentences written for these tests."""
from __future__ import annotations

from tests.helpers.award_claims import readings, verdicts


def test_one_of_the_winners_of_a_prize_is_a_win(default_kb):
    assert verdicts("Sean Baker is one of the winners of the Palme d'Or.", default_kb) == [
        "supported"]


def test_one_of_the_winners_said_of_a_loser_is_refuted(default_kb):
    assert verdicts("Yura Borisov is one of the winners of the Oscar for Best Supporting Actor.",
                    default_kb) == ["refuted"]


def test_joining_the_ranks_of_winners(default_kb):
    assert verdicts("Mikey Madison joined the ranks of Oscar winners in 2025.",
                    default_kb) == ["supported"]
    assert verdicts("Yura Borisov joined the ranks of Oscar winners in 2025.",
                    default_kb) == ["refuted"]
    assert verdicts("With Anora, Sean Baker joined the club of Palme d'Or winners.",
                    default_kb) == ["supported"]


def test_the_count_of_a_member_of_a_handful_is_checked(default_kb):
    assert verdicts("Adrien Brody is one of only a handful of two-time winners of the best "
                    "actor Oscar.", default_kb) == ["supported"]
    assert verdicts("Adrien Brody is one of only a handful of three-time winners of the best "
                    "actor Oscar.", default_kb) == ["refuted"]


def test_a_prize_named_by_its_category_and_a_prize_noun(default_kb):
    got = readings("Mikey Madison, the winner of the best actress prize, thanked her family.",
                   default_kb)
    assert [v for v, _ in got] == ["supported"]


def test_a_degree_said_of_the_holders_is_not_ignored(default_kb):
    got = readings("Anora is one of the highest-grossing Best Picture winners in decades.",
                   default_kb)
    assert [v for v, _ in got] == ["not_enough_info"]
    assert "highest-grossing" in got[0][1] and "'highest'" not in got[0][1]
