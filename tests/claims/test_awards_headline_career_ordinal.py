"""A Title Case headline tells its news in the present ("Jane Roe Wins Second Oscar"): the win
is done, so its ordinal is judged over the winner's complete record as a past "won her second"
is. Headlines written for these tests; the facts are the default KB's."""
from __future__ import annotations

from award_claims import award_verdicts as verdicts


def test_a_headline_ordinal_the_record_holds_is_supported(default_kb):
    assert verdicts("Frances McDormand Wins Third Best Actress Oscar", default_kb) == \
        ["supported"]
    assert verdicts("Emma Stone Takes Home Her Second Oscar", default_kb) == ["supported"]


def test_a_headline_ordinal_past_the_record_is_refuted(default_kb):
    assert verdicts("Frances McDormand Wins Fourth Best Actress Oscar", default_kb) == \
        ["refuted"]
    assert verdicts("Cate Blanchett Wins Third Oscar", default_kb) == ["refuted"]
    # one night's several prizes leave their order open
    assert verdicts("Sean Baker Wins Second Oscar", default_kb) == ["not_enough_info"]
    # a sentence in the present is no headline: the n-th may be still to come
    assert verdicts("Emma Stone wins her third Oscar.", default_kb) == ["not_enough_info"]
