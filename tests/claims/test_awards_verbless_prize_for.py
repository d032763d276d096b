"""A verbless line headed by a prize, with "for" naming who got it ("Five Oscars for Anora.",
"Best Actress for Mikey Madison."), states a win (lexicon `layouts.award_for`): a count of
prizes is checked as the winner's count; a category line may list a nominee, so it supports
but never refutes. Under a verb, "for" names the work, not the winner. Default KB facts:
Anora won five Oscars at the 97th; Mikey Madison won Best Actress, Demi Moore did not; Adrien
Brody has two Oscars. Sentences written for these tests."""
from __future__ import annotations

import pytest
import reelcheck


def claims(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "count")]


@pytest.mark.parametrize("text,verdict", [
    ("Five Oscars for Anora.", "supported"),
    ("Six Oscars for Anora.", "refuted"),
    ("Two Oscars for Adrien Brody.", "supported"),
    ("Three Oscars for Adrien Brody.", "refuted"),
    ("Best Actress for Mikey Madison.", "supported"),
])
def test_a_verbless_prize_for_its_winner(text, verdict, default_kb):
    got = claims(text, default_kb)
    assert [v for v, _t in got] == [verdict], got


def test_a_category_line_never_refutes(default_kb):
    got = claims("The Oscars were handed out on Sunday. Best Actress for Demi Moore.", default_kb)
    assert got and "refuted" not in [v for v, _t in got], got
