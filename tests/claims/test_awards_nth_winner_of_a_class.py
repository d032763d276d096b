""""The first woman to win Best Actress": an ordinal on a class noun whose category word the
prize's label holds orders that category's winners, as "the first person to win" does; a class
the category does not imply ("the first woman to win Best Director") is a part of the winners
the KB cannot single out. The prize may carry its category in a "for" phrase ("the Oscar for
Best Actress"). Sentences written for these tests; the facts are the default KB's."""
from __future__ import annotations

from award_claims import readings


def test_a_class_noun_the_category_implies_orders_its_winners(default_kb):
    got = readings("Janet Gaynor was the first woman to take home the Oscar for best actress.",
                  default_kb)
    assert got and got[0][0] == "supported" and "first of its winners" in got[0][1], got
    got = readings("Emil Jannings became the first man to win best actor.", default_kb)
    assert got and got[0][0] == "supported", got


def test_a_wrong_place_among_the_category_s_winners_is_refuted(default_kb):
    got = readings("Marlee Matlin was the first woman to win the Academy Award for best "
                  "actress.", default_kb)
    assert got and got[0][0] == "refuted" and "Janet Gaynor" in got[0][1], got


def test_a_class_the_category_does_not_imply_is_not_decided(default_kb):
    got = readings("Kathryn Bigelow became the first woman to win best director.", default_kb)
    assert got and all(v == "not_enough_info" for v, _ in got), got
