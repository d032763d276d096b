""""X holds the record for the most (acting) nominations / Oscars (, with N)": a person said to
hold the all-time record for a tally makes the claim "the most-nominated actor in Oscar
history" makes (claims/records.py `_held_tally`): over every category, or over the acting
categories when the tally says "acting" (lexicon `records.held_tally_classes`; the parser
hangs that "most" on "acting"). The tally a "with" phrase gives is a slot. Sentences are
written for these tests; the facts are the default KB's complete Oscar record."""
from __future__ import annotations

import pytest

from award_claims import record_verdicts


@pytest.mark.parametrize("text,verdict", [
    ("Meryl Streep holds the record for the most acting nominations, with 21.", "supported"),
    ("Katharine Hepburn holds the record for the most acting Oscars, with four.", "supported"),
    ("Walt Disney holds the record for the most Oscar nominations.", "supported"),
    # another holder than the one the record names
    ("Meryl Streep holds the record for the most acting Oscars.", "refuted"),
    # a tally more than the record holds
    ("Meryl Streep holds the record for the most acting nominations, with 24.", "refuted"),
])
def test_a_person_holding_a_tally_record(text, verdict, default_kb):
    assert record_verdicts(text, default_kb) == [verdict], text


def test_a_phrase_naming_the_record_s_own_holders_or_span_is_read(default_kb):
    for text in ("Meryl Streep holds the record for the most acting nominations of any "
                 "performer.",
                 "Walt Disney holds the record for the most Oscars by an individual.",
                 "Meryl Streep holds the record for the most acting nominations in Oscar "
                 "history."):
        assert record_verdicts(text, default_kb) == ["supported"], text


def test_a_narrower_tally_or_a_denied_one_makes_no_record_claim(default_kb):
    for text in ("Meryl Streep holds the record for the most nominations for a comedy.",
                 "Jack Nicholson holds the record for the most acting nominations by a man.",
                 "Meryl Streep does not hold the record for the most acting Oscars."):
        assert record_verdicts(text, default_kb) == [], text
