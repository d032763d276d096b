"""A cleft that sets one character against another ("It's Igor, not Vanya, who drives her
home"): the relative clause is said of the name the contrast keeps, not of the one after "not"
the parser hangs it on (claims/frames.py `contrast_head`); and a note matched on the clause's
words neither reads the contrast's "not" as a denial nor judges who did it (claims/notes.py
`_contrasted`). Sentences written for these tests; in the KB's story Igor drives Ani home at
the end, and Vanya pays Ani $15,000 to be his girlfriend for a week."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


def test_the_kept_name_is_the_doer(default_kb):
    got = plot_readings("It's Igor, not Vanya, who drives Ani home at the end.", default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "It's Vanya, not Igor, who drives Ani home at the end.",
    "It was Toros, not Igor, who drove Ani home in the final scene.",
])
def test_another_kept_name_is_refuted_at_the_ending(text, default_kb):
    got = plot_readings(text, default_kb)
    assert any(v == "refuted" for v, _t in got) and not supported_texts(got), got


@pytest.mark.parametrize("text", [
    "It was Vanya, not Ani, who paid $15,000 for a week as his girlfriend.",
    "In the end it is Igor, not Toros, who hands back the ring.",
])
def test_a_true_contrast_is_never_read_as_a_denial(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "It was Ani, not Vanya, who paid $15,000 for a week as his girlfriend.",
    "In the end it is Toros, not Igor, who hands back the ring.",
])
def test_a_wrong_contrast_is_not_supported_by_a_note(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got), got
