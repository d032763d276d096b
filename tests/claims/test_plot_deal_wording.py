"""The story's deal said in other words: "to spend a week with him" tells only how long (the verb
`spend` is one of `plot.vague_purposes`), so the KB's deal ("Vanya pays Ani $15,000 to be his
girlfriend for a week") supports it. Another sum for that deal is refuted (the deal is the
KB's one, named by its span or purpose); a rate ("$1,000 a night") is no sum of the deal and is
left open. Sentences are written for these tests."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def verdicts(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot")]


@pytest.mark.parametrize("text", [
    "Ani is paid $15,000 by Vanya to spend a week with him.",
    "Vanya pays Ani $15,000 to spend the week with him.",
])
def test_spending_a_week_is_the_deal(text, default_kb):
    assert verdicts(text, default_kb) == ["supported"], text


def test_another_sum_for_the_weeks_deal_is_refuted(default_kb):
    got = after_lead("Ani is paid $9,000 by Vanya to spend a week with him.", default_kb,
                     lambda c: c.category == "plot")
    assert [c.verdict for c in got] == ["refuted"]
    assert "$15,000" in got[0].explanation and "$9,000" in got[0].explanation


def test_a_rate_is_never_supported_nor_refuted(default_kb):
    text = "Vanya pays Ani $1,000 a night to be his girlfriend for a week."
    got = verdicts(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)
