""""X is one of only three actresses to win Best Actress three times": the number of the group
is a record the KB does not check ("only" on it is no softener of a number, as in "she was only
24"); her wins are told and checked, the group's size stays unchecked, so the claim is never
supported on her wins alone. Sentences written for these tests; facts from the Academy's record
in the default KB (Frances McDormand won Best Actress three times)."""
from __future__ import annotations

import pytest

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


@pytest.mark.parametrize("n", ["two", "three"])
def test_the_size_of_the_group_is_left_unchecked(default_kb, n):
    got = awards(f"Frances McDormand is one of only {n} actresses to win Best Actress three "
                 "times.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert f"one of only {n} actresses" in got[0].explanation
    wrong = awards(f"Frances McDormand is one of only {n} actresses to win Best Actress four "
                   "times.", default_kb)   # (a wrong count of her own wins)
    assert not any(c.verdict == "supported" for c in wrong)

