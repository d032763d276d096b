""""Walt Disney won four Oscars in one night in 1953": a year that names no edition may be the
year of the night or of the films it honoured; where only the films' reading holds the count,
the count is open, never refuted. A count neither reading holds is refuted. Sentences written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_a_count_that_holds_for_the_films_of_the_year_is_open(default_kb):
    got = _counts("Back in 1953, Walt Disney collected four Oscars in a single evening.",
                  default_kb)
    assert got and not [e for v, e in got if v == "refuted"], got
    assert any(v == "not_enough_info" and "films of 1953" in e for v, e in got), got


def test_the_night_s_own_year_still_supports_and_a_count_of_neither_refutes(default_kb):
    got = _counts("Walt Disney collected four Oscars in a single evening in 1954.", default_kb)
    assert got and all(v == "supported" for v, _ in got), got
    got = _counts("Walt Disney collected three Oscars in a single evening in 1953.", default_kb)
    assert got and any(v == "refuted" for v, _ in got), got
