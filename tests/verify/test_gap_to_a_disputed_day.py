"""The time between two events one of which the sources date differently ("released October
9 or October 18"): the KB gives that side a span of days, which a measure in months or weeks
was never counted against, so "five months after its Cannes premiere" was dropped and the
release claim left open for it. Each source's day is now a reading of the event: the measure
holds when it fits one, and is refuted only when it fits none. Sentences are written for
these tests; the facts are the default KB's (Anora: premiere May 21, 2024; US release
October 18, 2024, some sources October 9)."""
from __future__ import annotations

import pytest

import reelcheck

TEXT = "Neon's Anora opened in US theaters on October 18, 2024, {} months after its Cannes premiere."


def _by_kind(text, kb):
    claims = reelcheck.check(text, kb=kb).claims
    gaps = [c for c in claims if c.predicate == "interval"]
    release = [c for c in claims if c.predicate == "release_date"]
    return gaps, release


def test_the_right_measure_supports_and_closes_the_release(default_kb):
    gaps, release = _by_kind(TEXT.format("five"), default_kb)
    assert [g.verdict for g in gaps] == ["supported"], [(g.text, g.explanation) for g in gaps]
    assert [c.verdict for c in release] == ["supported"]


@pytest.mark.parametrize("n", ["two", "eight"])
def test_a_measure_no_source_bears_out_is_refuted(default_kb, n):
    gaps, release = _by_kind(TEXT.format(n), default_kb)
    assert [g.verdict for g in gaps] == ["refuted"], [(g.text, g.explanation) for g in gaps]
    assert "October 9, 2024 or" in gaps[0].explanation   # the span is told as disputed
    assert [c.verdict for c in release] == ["supported"]


def test_a_soft_measure_stays_open(default_kb):
    gaps, _ = _by_kind(TEXT.format("roughly two"), default_kb)
    assert [g.verdict for g in gaps] == ["not_enough_info"]
