"""A record told of a copula's subject ("X was the first woman to win A") does not swallow an
adverbial clause set beside it that has a subject of its own ("..., while Y won B"): that
clause tells its own win, checked as any other. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_received"]


def test_the_other_subjects_win_is_checked(default_kb):
    got = _wins("At the 82nd Academy Awards, Kathryn Bigelow was the first woman to take Best "
                "Director, while Jeff Bridges won Best Actor.", default_kb)
    assert [c.verdict for c in got if "Bridges" in c.text] == ["supported"], \
        [(c.text, c.verdict) for c in got]


def test_a_wrong_win_beside_a_record_is_refuted(default_kb):
    # Christoph Waltz, not Jeff Bridges, was Best Supporting Actor at the 82nd
    got = _wins("At the 82nd Academy Awards, Kathryn Bigelow was the first woman to take Best "
                "Director, while Jeff Bridges won Best Supporting Actor.", default_kb)
    assert [c.verdict for c in got if "Bridges" in c.text] == ["refuted"], \
        [(c.text, c.verdict, c.explanation) for c in got]
