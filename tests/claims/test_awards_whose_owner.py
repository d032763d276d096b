"""A prize owned through "whose" is the relative clause's antecedent's ("the award went to
Kevin Spacey, whose first Oscar had come for The Usual Suspects"): the antecedent won it
(claims/awards/ _possessed, _relative_antecedent). Sentences are written for these tests;
the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _award(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_a_prize_owned_through_whose_is_the_antecedents(default_kb):
    got = _award("The night's last acting prize went to Kevin Spacey, whose first Oscar had "
                 "come for The Usual Suspects.", default_kb)
    owned = [g for g in got if "Usual Suspects" in g[1]]
    assert owned and owned[0][0] == "supported", got
    assert "Kevin Spacey" in owned[0][2], got


def test_the_wrong_film_for_an_owned_first_prize_is_refuted(default_kb):
    # Spacey's second Oscar, not his first, came for American Beauty
    got = _award("The night's last acting prize went to Kevin Spacey, whose first Oscar had "
                 "come for American Beauty.", default_kb)
    owned = [g for g in got if "American Beauty" in g[1]]
    assert owned and owned[0][0] == "refuted", got
