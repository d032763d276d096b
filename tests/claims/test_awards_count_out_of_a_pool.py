"""A count told out of a pool (claims/awards/counts.py `_of_pool`, `_pool_narrowed`): "won
three of the four acting Oscars" counts three acting wins (the class narrowing the pool
narrows the count), and "won seven of 13 Oscars it was up for" counts seven wins out of 13
nominations, also where the parser hangs "seven of" on the pool's number. Sentences written
for reelcheck's tests."""
from __future__ import annotations

import pytest

from award_claims import all_verdicts as verdicts


@pytest.mark.parametrize("text,want", [
    # the pool narrowed by a class: the count is of that class's wins
    # (the four, the acting categories, no claim here checks: the count is not refuted)
    ("Everything Everywhere All at Once won three of the four acting Oscars.", "open"),
    ("Everything Everywhere All at Once won three of four acting Oscars.", "open"),
    ("Everything Everywhere All at Once won two of the four acting Oscars.", "refuted"),
    ("Anora won one of its two acting nominations at the Oscars.", "supported"),
    # "K of N" hung on N by the parser: K wins out of N nominations
    ("Oppenheimer won seven of 13 Oscars it was nominated for.", "supported"),
    ("Oppenheimer won eight of 13 Oscars it was nominated for.", "refuted"),
    ("Anora won five of six Oscar nominations.", "supported"),
    ("Anora won four of six Oscar nominations.", "refuted"),
    ("Anora won five of seven Oscar nominations.", "refuted"),
])
def test_a_count_out_of_a_pool(default_kb, text, want):
    got = verdicts(text, default_kb)
    if want == "open":
        assert "refuted" not in got, got
    elif want == "supported":
        assert "supported" in got and "refuted" not in got, got
    else:
        assert "refuted" in got, got


def test_the_pool_size_of_a_class_is_no_count_of_wins(default_kb):
    # the four are the acting categories, not four wins: never "won 4, not 3"
    got = verdicts("Everything Everywhere All at Once won three of four acting Oscars.",
                   default_kb)
    assert "refuted" not in got, got
