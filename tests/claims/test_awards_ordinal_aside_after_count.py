"""A phrase set off after a count that opens with "the" and an ordinal ("won four Oscars, the
first for X in 1934") tells of one of the counted: its work and year are not the count's, and
it is a win of its own with that ordinal. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("award_count", "award_received", "nomination_count")]


def test_the_asides_year_is_not_the_counts_scope(default_kb):
    # Katharine Hepburn: four Oscars, the first for Morning Glory at the 1934 ceremony
    got = claims('Katharine Hepburn went on to win four Oscars, the first for "Morning Glory" '
                 'in 1934.', default_kb)
    assert [(c.predicate, c.verdict) for c in got] == [("award_count", "supported"),
                                                       ("award_received", "supported")]


def test_the_aside_is_checked_as_the_nth_win(default_kb):
    got = claims('Katharine Hepburn went on to win four Oscars, the second for "Morning Glory" '
                 'in 1934.', default_kb)
    assert [(c.predicate, c.verdict) for c in got] == [("award_count", "supported"),
                                                       ("award_received", "refuted")]
    assert "not the second" in got[1].explanation
    got = claims("Katharine Hepburn went on to win four Oscars, the first in 1936.", default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"]


def test_a_year_is_no_count_an_aside_could_tell_one_of(default_kb):
    # the aside orders the prize's history ("the second time a woman directed its winner"),
    # not the film's own wins: nothing is refuted by reading it as the film's second Palme
    got = claims("Titane took the Palme in 2021, the second time a woman had directed the "
                 "winning film.", default_kb)
    assert [c.verdict for c in got if c.verdict == "refuted"] == []
    assert [c.predicate for c in got] == ["award_received"]
