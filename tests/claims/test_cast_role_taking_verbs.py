"""A part named by "the role of X" is checked both ways when the verb gives it to its player
("took on", "landed", "was cast in", "went to": lexicon `cast.role_taking_verbs`,
`cast.role_handover`); with a verb that may be its writer's ("wrote the role of Ani") it is only
confirmed, and a near miss ("nearly took") tells nothing. Sentences written for these tests;
the default KB holds who plays Ani in Anora."""
from __future__ import annotations

import pytest

import reelcheck

LEAD = "Anora opened in October. "


def _cast(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.category == "cast"]


@pytest.mark.parametrize("text", ["{} took on the role of Ani in the film.",
                                  "{} landed the role of Ani.",
                                  "{} was cast in the role of Ani.",
                                  "The role of Ani went to {}."])
@pytest.mark.parametrize("who, verdict", [("Mikey Madison", "supported"),
                                          ("Demi Moore", "refuted")])
def test_a_taken_part_is_checked_both_ways(text, who, verdict, default_kb):
    assert [v for v, _ in _cast(text.format(who), default_kb)] == [verdict]


def test_a_written_part_is_only_confirmed(default_kb):
    assert all(v != "refuted" for v, _ in _cast("Demi Moore wrote the role of Ani.",
                                                 default_kb))


def test_a_near_miss_tells_nothing(default_kb):
    assert _cast("Demi Moore nearly took the role of Ani.", default_kb) == []
