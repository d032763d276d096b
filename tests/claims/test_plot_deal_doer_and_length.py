"""The story's deal ("Vanya pays Ani $15,000 to be his girlfriend for a week"): who pays is a
slot the fact's payer must hold, and how long the deal lasts may be said in another unit.
A kin noun that does the deed is the characters the story's ties make it ("Vanya's parents":
Nikolai and Galina, not the payer), and one the ties do not name ("the family") is no one the
fact's payer can be said to be: never supported by Vanya's payment (claims/plot.py
`kin_doers`). A length in days is the length in weeks it equals ("for seven days" is "for a
week": `plot.span_days`). Sentences are written for these tests; the facts are the default
KB's."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def verdicts(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot")]


@pytest.mark.parametrize("text", [
    "Ani meets Vanya at the club. Vanya's parents pay Ani off.",
    "Ani meets Vanya at the club. Later the family pays Ani generously.",
])
def test_a_kin_noun_is_not_the_payer_by_default(text, default_kb):
    got = verdicts(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)


@pytest.mark.parametrize("text,verdict", [
    ("Ani meets Vanya at the club. Vanya hires Ani for seven days.", "supported"),
    ("Ani meets Vanya at the club. Vanya hires Ani for 7 days for $15,000.", "supported"),
    # a length the deal does not last: left open
    ("Ani meets Vanya at the club. Vanya hires Ani for ten days.", "not_enough_info"),
    # a role noun still describes the payer
    ("Ani meets Vanya at the club. The heir hires Ani for a week.", "supported"),
])
def test_the_deals_length_in_another_unit(text, verdict, default_kb):
    assert verdicts(text, default_kb) == [verdict], text
