""""N times as many ... as Y" and "N times more ... than Y" compare two counts: N is a ratio
to another film's record, never a count of the subject's own prizes (it had refuted "Titanic
received two times as many nominations as As Good as It Gets" with "14, not 2"). A plain
"won it N times" is still a count. Sentences are written for these tests; facts are the
default KB's (70th Academy Awards: Titanic 14 nominations, As Good as It Gets seven; 81st:
Slumdog Millionaire eight wins, The Dark Knight two)."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("award_count", "nomination_count")]


def test_times_as_many_is_no_count_of_the_subject(default_kb):
    for text in ("Titanic received two times as many Oscar nominations as As Good as It Gets.",
                 "Slumdog Millionaire walked off with four times as many Oscars as The Dark "
                 "Knight.",
                 "Slumdog Millionaire collected four times more Oscars than The Dark Knight."):
        got = _counts(text, default_kb)
        assert not any(c.object in (2, 4) for c in got), \
            [(c.text, c.object, c.verdict, c.explanation) for c in got]
        assert not any(c.verdict == "refuted" for c in reelcheck.check(
            text, kb=default_kb).claims), text


def test_a_plain_number_of_times_is_still_a_count(default_kb):
    got = reelcheck.check("Frances McDormand has won the Best Actress Oscar three times.",
                          kb=default_kb).claims
    assert got and got[0].verdict == "supported" and "three times" in got[0].explanation
    got = reelcheck.check("Frances McDormand has won the Best Actress Oscar four times.",
                          kb=default_kb).claims
    assert got and got[0].verdict == "refuted", [(c.text, c.verdict) for c in got]
