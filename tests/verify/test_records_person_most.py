"""A person's superlative over the whole Oscar record (verify/records.py `_person_most`):
"the most-nominated actor in Oscar history" ranks every person by their nominations in the
categories of the noun's class, "actor" read as any performer or as men only. Sentences
written for reelcheck's tests."""
from __future__ import annotations

import pytest

import reelcheck


def records(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "record"]


@pytest.mark.parametrize("text,want", [
    ("Meryl Streep, the most-nominated performer in Academy Awards history, returns to the "
     "stage.", "supported"),
    ("Meryl Streep is the most-nominated actress of all time.", "supported"),
    # men only: Nicholson's twelve lead the actor categories
    ("Jack Nicholson is the most-nominated actor in Oscar history.", "supported"),
    ("Walt Disney is still the most-nominated person in Oscar history.", "supported"),
    ("By 2023 Jack Nicholson had become the most-nominated performer in Oscar history.",
     "refuted"),
    ("As of 2022, Meryl Streep was the most-nominated person in Oscar history.", "refuted"),
])
def test_the_most_nominated_person_over_the_whole_record(default_kb, text, want):
    assert records(text, default_kb) == [want]


def test_a_record_the_piece_may_predate_is_not_refuted(default_kb):
    # Hepburn led until Streep passed her twelve: a piece naming no year may be that old
    got = records("Katharine Hepburn, the most-nominated actress in Oscar history, starred in "
                  "On Golden Pond.", default_kb)
    assert got == ["not_enough_info"], got
