"""A story deed set after an event of the story ("After the wedding, ..."): the order is
judged when the claim's own fact speaks of that event by a noun of it ("to have the marriage
annulled" is done to the marriage the wedding made: claims/accounting.py `_after_a_told_event`).
A deed set before the event, or one whose fact does not speak of it, keeps the order unjudged.
Sentences are written for these tests; in the KB's story Vanya's parents fly from Russia to New
York to have the marriage annulled, and Vanya pays Ani $15,000 to be his girlfriend for a week."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "After the wedding, Vanya's parents fly to New York from Russia.",
    "Following the marriage, Vanya's parents fly in from Russia.",
])
def test_a_deed_after_the_event_its_fact_speaks_of_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "Before the wedding, Vanya's parents fly to New York from Russia.",
    "Following the wedding, Vanya pays Ani $15,000 to be his girlfriend for a week.",
])
def test_other_orders_stay_unjudged(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got), got
