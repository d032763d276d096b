"""A list of three shows with articles ("won the PGA, the Golden Globe and the WGA") is often
parsed with the second show in apposition to the first and the third coordinated under the
second; one show does not describe another, so every show of the list is a prize the clause
states, and none is left out of the check. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award"]


def test_a_show_the_film_did_not_win_in_the_middle_of_the_list(default_kb):
    # before: supported by the PGA alone, the Golden Globe left unread
    got = _awards("Anora won the PGA, the Golden Globe and the WGA.", default_kb)
    assert got[0][0] == "refuted"
    got = _awards("Mikey Madison won the BAFTA, the Golden Globe and the Oscar.", default_kb)
    assert got[0][0] == "refuted"
    # the true list is supported, each show checked
    got = _awards("Anora won the PGA, the DGA and the WGA.", default_kb)
    assert [v for v, _t in got] == ["supported", "supported"]
    assert "DGA" in got[0][1] and got[1][1] == "WGA"
