"""A category's words on a noun of a craft's work ("took editing duties", "handled directing
chores"; lexicon `qualifiers.task_nouns`) name the work, not a prize of that craft: no win is
read. A prize noun or the category itself still is. Sentences written for these tests."""
from __future__ import annotations

from tests.helpers.award_claims import verdicts


def test_a_crafts_duties_are_no_prize(default_kb):
    assert verdicts("Sean Baker took editing duties on Anora.", default_kb) == []
    assert verdicts("Sean Baker took editing duties at the 97th Academy Awards.",
                    default_kb) != ["supported"]


def test_the_crafts_prize_is_still_read(default_kb):
    assert verdicts("Sean Baker took the editing prize for Anora.", default_kb) == ["supported"]
    assert verdicts("Mikey Madison won the best actress race.", default_kb) == ["supported"]
