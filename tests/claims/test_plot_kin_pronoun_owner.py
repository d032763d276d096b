"""A story relation owned by a possessive pronoun ("Toros and his brother Garnick", "Vanya
ignores his father, Nikolai"): the pronoun stands for the one other character the sentence
names before it (claims/cast.py `_pronoun_owner`); with two such characters it is left unread.
Sentences are written for these tests; the KB's story makes Garnick Toros's brother and Nikolai
Vanya's father."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "Toros and his brother Garnick show up at the mansion.",
    "Vanya barely speaks to his father, Nikolai.",
    "Vanya calls his godfather, Toros, for help.",
])
def test_a_pronoun_owned_relation_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got), got


@pytest.mark.parametrize("text", [
    "Garnick and his brother Igor show up at the mansion.",
    "Vanya barely speaks to his uncle, Nikolai.",
    # two characters before the pronoun: whose brother is not said
    "Toros arrives with Igor and his brother Garnick.",
])
def test_a_pronoun_owned_relation_the_story_lacks_is_not_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got) and not any(v == "refuted" for v, _t in got), got
