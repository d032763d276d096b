"""'Earned her fourth acting nomination', no prize or show named, in a passage on one night:
the n-th of the subject's record at that night, read from the passage (so it may support,
never refute), counted within the class its noun names (claims/awards/; verify/awards.py
_nth_in). Sentences are written for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck

LEAD = "The 96th Academy Awards nominations were read out on a cold morning. "


def _nth(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(LEAD + text, kb=kb).claims
            if "acting nomination" in c.text]


def test_the_right_ordinal_of_the_class_is_supported(default_kb):
    got = _nth("Emma Stone picked up her fourth acting nomination.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
    assert "96th" in got[0][1] and "Best Picture" not in got[0][1], got


def test_a_wrong_ordinal_read_from_the_passage_is_open_not_refuted(default_kb):
    got = _nth("Emma Stone picked up her second acting nomination.", default_kb)
    assert [v for v, _ in got] == ["not_enough_info"], got
    assert "fourth" in got[0][1], got


def test_with_no_night_in_the_passage_nothing_is_claimed(default_kb):
    got = [c for c in reelcheck.check("Emma Stone picked up her second acting nomination.",
                                      kb=default_kb).claims if c.verdict != "not_enough_info"]
    assert not got, [(c.text, c.explanation) for c in got]
