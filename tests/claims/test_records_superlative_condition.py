"""A prize noun under "without" that narrows a superlative ("the record for the most
nominations without a win") is the record's condition, not a denial of the subject's
nominations (claims/awards/ `_superlative_condition`). Sentences written for reelcheck's
tests."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


def test_the_condition_of_a_record_is_no_denial(default_kb):
    for text in ("The Color Purple holds the record for the most Oscar nominations without a "
                 "win.",
                 "The Turning Point shares the record for the most Academy Award nominations "
                 "without a single win."):
        assert "refuted" not in verdicts(text, default_kb), text


def test_a_denial_beside_no_superlative_still_reads(default_kb):
    # "without a win" with a count and no superlative: the count is still checked
    got = verdicts("The Color Purple earned 11 Oscar nominations without a single win.",
                   default_kb)
    assert "supported" in got and "refuted" not in got, got
