"""What a story deed is done for (claims/plot.py `purpose_clauses`, `purpose_verbs`; lexicon
plot.linking_purposes): an infinitive the parser hung on the object of the deed's own
preposition ("hires her for a week to be his wife": read as a relative clause of "week") is the
deed's purpose all the same, a slot the fact must tell; a verb that only links the doer to a noun
("to stay with him as his girlfriend", "to act as his girlfriend") leaves the noun as the purpose,
so the fact's "to be his girlfriend" tells it, while "to stay away" stays a purpose of its own.
Sentences written for this test; the default KB's fact: Vanya pays Ani $15,000 to be his
girlfriend for a week."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "Vanya hires Ani for a week to be his wife.",
    "Vanya hires Ani for a week to act as his wife.",
    "Vanya pays Ani $15,000 to stay away.",
])
def test_another_purpose_is_not_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert got and not supported_texts(got) and all(v != "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "Vanya hires Ani for a week to act as his girlfriend.",
    "Vanya pays Ani $15,000 to stay with him as his girlfriend for a week.",
])
def test_a_linking_verb_leaves_the_noun_as_the_purpose(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and all(v != "refuted" for v, _t in got), got
