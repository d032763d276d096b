"""A giving or naming verb with two objects, a name and a prize ("gave Mikey Madison Best
Actress", "crowned Demi Moore best actress"): however the parser joins or labels them, the
name is the winner and the prize the award, as the lexicon's roles for the verb say."""
from __future__ import annotations

import pytest

from award_claims import verdicts


@pytest.mark.parametrize("shape", [
    "The Academy gave {} Best Actress in 2025.",
    "Voters gave {} Best Actress at the 97th Academy Awards.",
    "The Academy crowned {} best actress in 2025.",
    "The 97th Academy Awards crowned {} Best Actress.",
])
@pytest.mark.parametrize("who, verdict", [("Mikey Madison", "supported"),
                                          ("Demi Moore", "refuted")])
def test_the_name_is_the_winner(shape, who, verdict, default_kb):
    assert verdicts(shape.format(who), default_kb) == [verdict]


def test_the_prize_with_its_own_words_reads_as_before(default_kb):
    assert verdicts("The Academy gave Mikey Madison the Oscar for Best Actress in 2025.",
                    default_kb) == ["supported"]
