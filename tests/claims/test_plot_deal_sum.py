"""A sum the story's deal is said to be: when the sentence names the deal the KB holds (by what
it is for, "to be his companion", or how long, "for the week"), the KB's sum decides it; a
payment named by neither may be another one the story holds and is left open. Sentences are
written for these tests; the deal is the default KB's (Vanya pays Ani $15,000 to be his
girlfriend for a week)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def plot(text, kb):
    return after_lead(text, kb, lambda c: c.category == "plot")


@pytest.mark.parametrize("text", [
    "Vanya paid her $20,000 for the week.",
    "For the week, Vanya pays Ani $12,500.",
    "Vanya pays Ani $25,000 to be his girlfriend.",
])
def test_the_deals_sum_said_wrong_is_refuted(text, default_kb):
    got = plot(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"], (text, [(c.text, c.verdict) for c in got])
    assert "$15,000" in got[0].explanation


@pytest.mark.parametrize("text", [
    "Vanya paid her roughly $15,000 for the week.",
    "Vanya pays Ani $15,000 to be his girlfriend.",
])
def test_the_deals_sum_holds(text, default_kb):
    assert [c.verdict for c in plot(text, default_kb)] == ["supported"], text


@pytest.mark.parametrize("text", [
    "Vanya paid her $20,000.",             # which payment: the story may hold others
    "Vanya paid her $20,000 for a night.",  # another span: another payment
    "Vanya pays her $800 per hour to be his girlfriend.",   # a rate, not the deal's sum
])
def test_a_payment_not_named_as_the_deal_is_left_open(text, default_kb):
    got = [c.verdict for c in plot(text, default_kb)]
    assert "refuted" not in got and "supported" not in got, (text, got)
