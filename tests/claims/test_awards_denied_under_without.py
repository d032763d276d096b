"""A win told under "without" ("nominated eleven times without winning any") is denied, as
"six nominations without a win" is: the gerund under the lexicon's zero-count preposition is a
negated frame, so a film that won nothing is supported, not refuted."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims]


def test_a_shut_out_told_with_without_a_gerund(default_kb):
    got = _verdicts("In 1986 The Color Purple was nominated for eleven Academy Awards "
                    "without winning any.", default_kb)
    assert got and all(v == "supported" for v, _ in got), got


def test_a_category_lost_under_without(default_kb):
    got = _verdicts("The Turning Point earned eleven Academy Award nominations without "
                    "winning Best Picture.", default_kb)
    assert got and all(v == "supported" for v, _ in got), got


def test_a_category_won_denied_under_without_is_refuted(default_kb):
    got = _verdicts("Anora picked up five Oscars without winning Best Director.", default_kb)
    assert ("refuted" in [v for v, _ in got]), got
