""""Oscar-winning Best Actress Frances McDormand": a category phrase between a prize adjective
on a name and the name is the prize the name won there, a slot the verdict reads; a bare trade
noun ("Oscar-winning actor X", "director") names no category.

Sentences written for these tests; the facts are the default KB's (McDormand's acting Oscars
are all Best Actress; Troy Kotsur won Best Supporting Actor at the 94th, Will Smith Best
Actor)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_category_before_the_name_holds(default_kb):
    assert _awards("Oscar-winning Best Actress Frances McDormand starred in Nomadland.",
                   default_kb) == ["supported"]
    assert _awards("Oscar-winning best supporting actor Troy Kotsur plays the father.",
                   default_kb) == ["supported"]


def test_a_category_never_won_refutes(default_kb):
    assert _awards("Oscar-winning Best Supporting Actress Frances McDormand starred in "
                   "Nomadland.", default_kb) == ["refuted"]
    assert _awards("Oscar-winning best actor Troy Kotsur plays the father.",
                   default_kb) == ["refuted"]


def test_a_bare_trade_noun_is_no_category(default_kb):
    assert _awards("Oscar-winning actor Troy Kotsur plays the father.",
                   default_kb) == ["supported"]
    assert _awards("Oscar-winning director Chloé Zhao returns.", default_kb) == ["supported"]
