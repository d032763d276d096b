"""A year set on a record noun a holder owns ("Walt Disney's 1954 record of four Oscars in one
night", "Disney's 1961 feat") says when that holder set the achievement: it is checked as the
date of the holder's record (a wrong year refutes; it was an unread number beside a supported
record). The default KB holds Walt Disney's four Oscars at one ceremony (the 26th, 1954) and
Sean Baker's tie of it. Sentences written for these tests."""
from __future__ import annotations

import pytest
import reelcheck


def record_dates(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "achievement_date"]


@pytest.mark.parametrize("text,verdict", [
    ("Sean Baker tied Walt Disney's 1954 record of four Oscars in one night.", "supported"),
    ("Sean Baker tied Walt Disney's 1961 record of four Oscars in one night.", "refuted"),
    ("Sean Baker matched Walt Disney's 1954 feat of four Oscars in a night.", "supported"),
    ("Sean Baker matched Walt Disney's 1961 feat of four Oscars in a night.", "refuted"),
])
def test_a_year_on_an_owned_record(text, verdict, default_kb):
    got = record_dates(text, default_kb)
    assert [v for v, _e in got] == [verdict], got


def test_a_wrong_year_is_not_supported_by_the_record(default_kb):
    got = [c.verdict for c in reelcheck.check(
        "Sean Baker tied Walt Disney's 1961 record of four Oscars in one night.",
        kb=default_kb).claims]
    assert "refuted" in got, got
