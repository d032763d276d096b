"""The words a time between two wins is said in: "more than two decades after" is a bound (held
by any gap over 20 years), and a measure in decades is a round figure ("two decades" of 22
years is not refuted; "three decades" of 22 is). Claims: `claims/intervals.py` `_measured`;
checks: `verify/streaks.py`, `verify/dates.py`, `verify/checks.py` `within_bound`. Sentences in
the project's own words about facts the default KB holds (Adrien Brody's Best Actor wins at the
75th and 97th Academy Awards)."""
import pytest

import reelcheck

HEAD = "Adrien Brody won his second Best Actor award at the 97th Academy Awards, "


def _gap(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.predicate == "interval"]


@pytest.mark.parametrize("tail, expect", [
    ("more than two decades after The Pianist.", "supported"),
    ("over 20 years after The Pianist.", "supported"),
    ("more than three decades after The Pianist.", "refuted"),
    ("two decades after The Pianist.", "not_enough_info"),
    ("three decades after The Pianist.", "refuted"),
    ("22 years after The Pianist.", "supported"),
    ("20 years after The Pianist.", "refuted"),
])
def test_bounds_and_round_decades(default_kb, tail, expect):
    assert _gap(HEAD + tail, default_kb) == [expect]
