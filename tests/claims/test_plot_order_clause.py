"""A story deed put before or after an event of the story by a clause of its own ("Before they
marry in Las Vegas, ..."): the order is judged as the phrase "before the wedding" is
(claims/accounting.py `_clause_orders`): supported only when the deed's own fact speaks of the
event it is put after. Sentences written for these tests; in the KB's story Vanya's parents fly
from Russia to New York to have the marriage annulled."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "After Ani and Vanya marry in Las Vegas, his parents fly to New York.",
    "Once the two have wed, after they marry in Vegas, Vanya's parents fly in from Russia.",
])
def test_a_deed_after_the_wedding_clause_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert any("parents fly" in t for t in supported_texts(got)), got
    assert not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "Before they marry in Las Vegas, Vanya's parents fly to New York.",
    "Vanya's parents flew in from Russia before the couple married.",
    "After they marry, Vanya pays Ani $15,000 to be his girlfriend for a week.",
])
def test_an_order_the_facts_do_not_tell_is_left_open(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not any("parents fl" in t or "pays" in t for t in supported_texts(got)), got
