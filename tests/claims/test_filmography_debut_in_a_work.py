"""A debut made "in" a work is said as one made "with" it: the first-feature claim, judged by
the KB's first feature where it has one, undecided where it has none (and a series' credit
does not support the debut it states). Sentences are written for these tests."""
from __future__ import annotations

from credit_claims import filmography_claims as films


def test_the_first_feature_said_with_in(default_kb):
    got = films("Sean Baker made his feature debut in Four Letter Words.", default_kb)
    assert got and all(c.verdict == "supported" for c in got), got
    got = films("The director made his debut in Tangerine, according to one bio site. "
                "Sean Baker made his debut in Tangerine.", default_kb)
    assert got and got[-1].verdict == "refuted", got
    assert "Four Letter Words" in got[-1].explanation


def test_a_debut_the_kb_cannot_decide_is_a_claim_but_not_supported(default_kb):
    for text in ("Mark Eydelshteyn made his feature debut in The Land of Sasha.",
                 "Mikey Madison made her debut in Better Things.",
                 "Yura Borisov made his debut in Kalashnikov."):
        got = films(text, default_kb)
        assert got and all(c.verdict == "not_enough_info" for c in got), (text, got)
