"""Whom a deed is done to when the clause does not give it an object: the subject of the clause
a fronted passive participle is set before ("Hired by Vanya for a week at $15,000, Ani moves
in"), or the subject of a "for ... to" purpose ("pays $15,000 for Ani to be his girlfriend")
(claims/plot.py `_deed_claims`). Sentences written for these tests; in the KB's story Vanya pays
Ani $15,000 to be his girlfriend for a week."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "Hired by Vanya for a week at $15,000, Ani moves into the mansion.",
    "Vanya paid $15,000 for Ani to be his girlfriend for a week.",
])
def test_the_deal_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got


def test_another_sum_for_the_deal_is_refuted(default_kb):
    got = plot_readings("Vanya paid $25,000 for Ani to be his girlfriend for a week.",
                        default_kb)
    assert any(v == "refuted" for v, _t in got) and not supported_texts(got), got


@pytest.mark.parametrize("text", [
    "Hired by Vanya for a month at $15,000, Ani moves into the mansion.",
    "Hired by Igor for a week at $15,000, Ani moves into the mansion.",
])
def test_another_span_or_payer_is_not_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got) and not any(v == "refuted" for v, _t in got), got
