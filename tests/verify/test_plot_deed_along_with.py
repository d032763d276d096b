"""The people a deed is done along with ("is sent, along with X and Y, to ..."; "together
with"): the "with" hangs under an adverb, and each one it names is one of the fact's people
(claims/plot.py `_deed_claims`). Before this, "along with" was not read and a wrong companion
went unchecked. Sentences written for these tests; in the KB's story Toros is sent with
Garnick and Igor."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("true,mutant", [
    ("Toros is dispatched, along with Garnick and Igor, to break up the marriage.",
     "Toros is dispatched, along with Garnick and Lulu, to break up the marriage."),
    ("Toros is sent together with Igor and Garnick to break up the marriage.",
     "Toros is sent together with Diamond and Igor to break up the marriage."),
])
def test_the_companions_are_a_slot(true, mutant, default_kb):
    got = plot_readings(true, default_kb)
    assert any("with" in t for t in supported_texts(got)), got
    got = plot_readings(mutant, default_kb)
    assert not supported_texts(got) and not any(v == "refuted" for v, _t in got), got
