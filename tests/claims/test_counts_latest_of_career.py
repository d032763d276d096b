"""A career count of a show's prizes followed by the latest of them ("won four Oscars, the last
for X in 1982", "..., most recently in 1990"): the year and work name the latest win, not the
count's scope, and are checked against it. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_count"]


def test_the_latest_year_is_not_the_counts_night(default_kb):
    # Katharine Hepburn: four Oscars, the latest for On Golden Pond at the 1982 ceremony
    got = counts('Katharine Hepburn took home four Oscars in her life, the last for "On Golden '
                 'Pond" in 1982.', default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "1982" in got[0].explanation


def test_a_wrong_latest_year_is_refuted_by_the_complete_record(default_kb):
    got = counts("Katharine Hepburn took home four Oscars in her life, most recently in 1990.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "not in 1990" in got[0].explanation
