"""An ordinal set on the prize with "the" and no owner ("won the first Academy Award for best
actress", "the very first Academy Award for best actress") says which of the prize's editions it was, a slot the
win alone does not vouch for; the winner's own count ("her second best actress Oscar") is the
career ordinal's, read as before. Sentences are written for these tests; the facts are the default
KB's (Emma Stone won Best Actress at the 89th and 96th Academy Awards)."""
from __future__ import annotations

import pytest
import reelcheck


def awards(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


@pytest.mark.parametrize("text", [
    "Emma Stone took home the first Academy Award for best actress.",
    "Emma Stone took home the very first Academy Award for best actress.",
])
def test_the_prizes_own_ordinal_is_a_slot(text, default_kb):
    got = awards(text, default_kb)
    assert [v for v, _e in got] == ["not_enough_info"], got
    assert "'the first'" in got[0][1]


def test_the_winners_own_ordinal_is_still_read(default_kb):
    got = awards("Emma Stone took home her second best actress Oscar for Poor Things.",
                 default_kb)
    assert [v for v, _e in got] == ["supported"], got
