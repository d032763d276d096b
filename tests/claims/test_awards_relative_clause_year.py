"""'a year later', 'the following year' count from the last year the passage named, and a year
named by an earlier clause of the same sentence is the last one ("A won in 2022, and B won a
year later"), not a year from an earlier sentence. Sentences are written for these tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_shift_counts_from_the_year_of_the_earlier_clause(default_kb):
    for text in ("Titane won the Palme d'Or in 2021. Shoplifters triumphed at Cannes in 2018, "
                 "and Parasite won the Palme d'Or the following year.",
                 "Parasite won the Palme d'Or in 2019. Triangle of Sadness took the Palme d'Or "
                 "in 2022, and Anatomy of a Fall won the top prize at Cannes a year later.",
                 "Amour won the Palme d'Or in 2012, while The Tree of Life had won it a year "
                 "earlier."):
        got = awards(text, default_kb)
        assert len(got) == 3 or len(got) == 2, got
        assert all(c.verdict == "supported" for c in got), [(c.text, c.explanation) for c in got]


def test_a_wrong_shifted_year_is_not_supported_and_not_refuted(default_kb):
    # 2018 + 1 is 2019, Parasite's year, not Titane's: read so it does not hold, but the
    # shift is a reading, so it is not refuted
    got = awards("Amour won the Palme d'Or in 2012. Shoplifters triumphed at Cannes in 2018, "
                 "and Titane won the Palme d'Or the following year.", default_kb)
    last = [c for c in got if c.text.startswith("Titane")]
    assert last and last[0].verdict == "not_enough_info"
    assert "2018" in last[0].explanation and "2019" in last[0].explanation
