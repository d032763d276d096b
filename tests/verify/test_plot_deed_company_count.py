"""How many a story deed's phrases count beside the named ("send Toros and two henchmen", "a
trio of goons"): a slot the fact's party must hold (claims/plot.py `_counted_company`, judged in
verify/plot.py `plot_deed`); another size leaves the claim open. Sentences written for these
tests; in the KB's story Toros is sent with Garnick and Igor to end the marriage."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "Vanya's parents send Toros and two henchmen to end the marriage.",
    "Vanya's parents dispatch a trio of henchmen to break up the marriage.",
    "The family dispatches Toros along with two heavies.",
])
def test_the_partys_size_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "Vanya's parents send Toros and three henchmen to end the marriage.",
    "The family dispatches Toros, Vanya's godfather, along with four heavies.",
    "Vanya's parents dispatch Toros and Garnick along with a pair of henchmen.",
])
def test_another_size_is_left_open(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got) and not any(v == "refuted" for v, _t in got), got
