"""A count on the prize noun a relative clause hangs on ("the seven Oscars that X won", "7 — the
Oscars that X won", "the 13 nominations that X earned"): the noun is the clause's object, so the
number counts the clause subject's prizes. It stands outside the relative clause, and had been
left out of the claim, which was then supported whatever the number said. Sentences are written
for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import pytest

import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text, want", [
    ("The seven Oscars that Oppenheimer won made it the year's big winner.", "supported"),
    ("The nine Oscars that Oppenheimer won made it the year's big winner.", "refuted"),
    ("7 \u2014 the Oscars that Oppenheimer won.", "supported"),
    ("9 \u2014 the Oscars that Oppenheimer won.", "refuted"),
    ("The 13 Oscar nominations that Oppenheimer earned led the field.", "supported"),
    ("The 15 Oscar nominations that Oppenheimer earned led the field.", "refuted"),
])
def test_the_number_on_the_noun_counts_the_relative_clause_s_prizes(default_kb, text, want):
    got = _verdicts(text, default_kb)
    assert [v for v, _ in got] == [want], got


def test_a_number_line_with_no_named_show_is_read_as_the_oscars_to_support_only(default_kb):
    got = _verdicts("18 \u2014 the nominations Oppenheimer received.", default_kb)
    assert got and all(v != "supported" for v, _ in got), got
    got = _verdicts("13 \u2014 the nominations Oppenheimer received.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
