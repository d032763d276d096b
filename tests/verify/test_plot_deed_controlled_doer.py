"""The doer of a deed told as the complement of another verb with no subject of its own
("Toros ends up driving Ani home", "Ani goes on to pay Vanya"): the subject of the verb it
completes (subject control, claims/plot.py `_deed_claims`), a slot the fact's doer must hold.
Before this such a deed was judged with no doer, so the ending's fact supported it whoever
drove. A wish ("asks Igor to drive her") is no deed. Sentences written for these tests; in the
KB's story Igor drives Ani home at the end, and Vanya pays Ani $15,000."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("true,mutant", [
    ("Igor, quiet to the last, ends up driving Ani home in the final scene.",
     "Toros, quiet to the last, ends up driving Ani home in the final scene."),
    ("Vanya goes on to pay Ani $15,000 for a week.",
     "Ani goes on to pay Vanya $15,000 for a week."),
])
def test_the_completed_verbs_subject_is_the_doer(true, mutant, default_kb):
    assert any(("driv" in t or "pay" in t) for t in supported_texts(
        plot_readings(true, default_kb))), plot_readings(true, default_kb)
    got = plot_readings(mutant, default_kb)
    assert not any(("driv" in t or "pay" in t) for t in supported_texts(got)), got
