""""alongside X" on a win or a nomination says X shared that result at the same show: a slot the
KB must hold (X with the same result at that ceremony), not a side remark. Elsewhere ("produced
it alongside X") it stays a statement of its own. Sentences written for these tests; facts of
the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_a_companion_without_that_result_leaves_the_win_open(default_kb):
    # Gosling was nominated at the 96th but did not win; Eydelshteyn was not nominated
    for text in ("At the 96th Academy Awards Cillian Murphy took best actor alongside Emma "
                 "Stone and Ryan Gosling.",
                 "Mikey Madison got an Oscar nomination at the 97th Academy Awards alongside "
                 "Mark Eydelshteyn."):
        got = [c for c in _claims(text, default_kb) if c.category == "award"]
        assert got and all(c.verdict == "not_enough_info" for c in got), [
            (c.text, c.verdict, c.explanation) for c in got]


def test_companions_with_that_result_hold(default_kb):
    got = [c for c in _claims("At the 96th Academy Awards Cillian Murphy took best actor "
                              "alongside Emma Stone and Robert Downey Jr.", default_kb)
           if c.category == "award"]
    assert got and all(c.verdict == "supported" for c in got), [
        (c.text, c.verdict, c.explanation) for c in got]
