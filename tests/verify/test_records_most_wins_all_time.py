"""A film's all-time record for wins ("won the most Oscars in history", "tied the record for
most wins") is decided over the complete Oscar record as the nominations record is
(verify/records.py `_most_wins_of_all_time`, lexicon `records.all_time_specs`), but wins are
counted by writers with or without the board's honorary prizes: the film is the top only
when it leads both ways, is beaten only when another film leads both ways, and a film that
leads one way only is left open. Sentences are written for these tests; the facts are the
default KB's complete Oscar record (Ben-Hur, Titanic, The Return of the King: 11 each)."""
from __future__ import annotations

import pytest

from award_claims import record_verdicts


@pytest.mark.parametrize("text,verdict", [
    ("The Return of the King tied the record for most wins, set by Ben-Hur and Titanic.",
     "supported"),
    ("Ben-Hur won the most Oscars in history.", "supported"),
    # a film named as sharing it that never did
    ("The Return of the King tied the record for most wins, set by Gigi and Titanic.",
     "not_enough_info"),
    # the record's holders had more, counted either way
    ("Amadeus won the most Oscars in history.", "refuted"),
])
def test_a_film_s_all_time_wins_record(text, verdict, default_kb):
    assert record_verdicts(text, default_kb) == [verdict], text


def test_a_lead_one_way_of_counting_only_is_not_refuted(default_kb):
    # Gigi's nine competitive wins passed the eight competitive ones of Gone with the Wind,
    # whose honorary prizes make ten
    assert record_verdicts("Gigi won the most Oscars in history.", default_kb) == \
        ["not_enough_info"]
