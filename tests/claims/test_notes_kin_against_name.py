"""A story note's verb said of a named character ("Vanya hears his parents are flying in") does
not speak for the same verb said of someone's kin by a common noun ("Ani's parents hear ...",
claims/note_conflicts.py `_kin_against_name`): the doer is a slot. Sentences written for these
tests."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "When Ani's parents hear about the wedding, they fly from Russia to New York.",
    "When Ani's sister hears his parents are flying in, she runs off.",
])
def test_a_kins_deed_is_not_the_named_doers(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got) and not any(v == "refuted" for v, _t in got), got


def test_the_named_doer_is_still_supported(default_kb):
    got = plot_readings("Vanya hears that his parents are flying in and runs off.", default_kb)
    assert supported_texts(got), got
