"""A deal told as offered (lexicon plot.deeds `offers`, claims/plot.py `_deed_claims`; note
matching: plot.paraphrases `pay: [offer]`): "X offers Y $N" is the story's payment when a sum is
stated; the fact's own sum supports it, another sum does not refute it (the story may hold an
earlier offer); without a sum an offer is no deal. Sentences written for this test; the default
KB's fact: Vanya pays Ani $15,000 to be his girlfriend for a week."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "Vanya offers Ani $15,000 to stay with him as his girlfriend for a week.",
    "Smitten, he offers her $15,000 to spend a week as his girlfriend.",
])
def test_the_facts_sum_offered(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and all(v != "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "Vanya offers Ani $10,000 to be his girlfriend for a week.",   # an opening offer, maybe
    "Igor offers Ani $15,000 to be his girlfriend for a week.",    # another doer
    "Toros offers Ani $10,000 to sign the annulment papers.",      # a deal the KB lacks
    "Vanya offers Ani $15,000 to be his girlfriend for a month.",  # another span
])
def test_never_refuted_nor_supported_otherwise(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got) and all(v != "refuted" for v, _t in got), got


def test_an_offer_without_a_sum_is_no_deal(default_kb):
    got = plot_readings("Vanya offers Ani a ride home.", default_kb)
    assert all(v == "not_enough_info" for v, _t in got), got
