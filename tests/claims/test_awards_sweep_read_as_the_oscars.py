"""A sweep ("won all nine categories it was nominated in") in a text that names no show is read
as the Oscars, the usual sense: a reading that may support, never refute. Sentences written for
these tests; facts from the Academy's record in the default KB."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_sweep_with_no_show_named_is_read_as_the_oscars(default_kb):
    ok = awards("Gigi won all nine categories it was nominated in.", default_kb)
    every = awards("The Last Emperor won every category it was nominated in.", default_kb)
    assert [c.verdict for c in ok] == ["supported"]
    assert [c.verdict for c in every] == ["supported"]


def test_a_wrong_sweep_so_read_is_left_open(default_kb):
    count = awards("Gigi won all ten categories it was nominated in.", default_kb)
    lost = awards("Titanic won every category it was nominated in.", default_kb)
    assert [c.verdict for c in count] == ["not_enough_info"]
    assert [c.verdict for c in lost] == ["not_enough_info"]
    assert "read as the Oscars" in lost[0].explanation
