"""Note matching (claims/notes.py `_qualifier_only`): a phrase of time set before the verb it
hangs on is only that clause's time, also when the parser took the sentence's verb for a noun
("During the home invasion, Ani kicks and ...": "kicks" read as the root noun). The phrase alone
must not be matched against a note that shares its words (the default KB has a production note
about the home-invasion shoot). Sentences written for this test."""
from __future__ import annotations

import pytest
from story_claims import after_lead


@pytest.mark.parametrize("text", [
    "During the home invasion, Ani kicks and breaks a henchman's nose.",
    "During the home invasion, Ani bites, kicks and breaks a henchman's nose.",
])
def test_the_fronted_time_phrase_is_no_statement(text, default_kb):
    got = after_lead(text, default_kb, lambda c: c.slots.get("kind") == "statement")
    lead = text.split(",")[0]
    assert not any(c.text == lead for c in got), [(c.verdict, c.text) for c in got]
    assert all(c.category == "plot" for c in got), [(c.category, c.text) for c in got]
