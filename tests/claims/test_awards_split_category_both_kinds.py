""""the Golden Globe for Best Actress in a Musical or Comedy": a show that splits a category
by kind of film names the split by both kinds after "in a". The phrase used to stop at the
first kind, so the claim no longer said which form it meant and a win in the other form
(Drama) supported it. Both kinds are now part of the category phrase.

Sentences written for these tests; the facts are the default KB's (at the 82nd Golden Globes
Fernanda Torres won Best Actress in a Drama, Demi Moore Best Actress in a Musical or
Comedy)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_other_form_of_a_split_category_is_no_support(default_kb):
    got = _awards("Fernanda Torres won the Golden Globe for Best Actress in a Musical or Comedy "
                  "in 2025.", default_kb)
    assert got and "supported" not in got
    # the true twins hold
    assert _awards("Demi Moore won the Golden Globe for Best Actress in a Musical or Comedy "
                   "in 2025.", default_kb) == ["supported"]
    assert _awards("Fernanda Torres won the Golden Globe for Best Actress in a Drama in 2025.",
                   default_kb) == ["supported"]
