"""The story's deal said in other words: "to spend a week with him" tells only how long (the verb
`spend` is one of `plot.vague_purposes`), so the KB's deal ("Vanya pays Ani $15,000 to be his
girlfriend for a week") supports it. Another sum is not refuted (the team's labels: plot sums
are not functional KB facts). Sentences are written for these tests."""
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


@pytest.mark.parametrize("text", [
    "Ani is paid $9,000 by Vanya to spend a week with him.",
    "Vanya pays Ani $1,000 a night to be his girlfriend for a week.",
])
def test_another_sum_is_never_supported_nor_refuted(text, default_kb):
    got = verdicts(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)
