"""A win told in a clause the parser makes the complement of the next one ("X won A; Y won
B") is no record because the winner's own description says "first" ("X, a first-time nominee,
won A"): only words before the cue's clause, in the phrase it hangs on, make it a record's
("the first woman to win A"). Sentences written for these tests; the facts are the Oscar
record in the default KB."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [(c.subject.id if c.subject else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_a_described_winner_before_a_semicolon_keeps_his_win(default_kb):
    got = wins("Cillian Murphy, a first-time nominee, took best actor for Oppenheimer; Robert "
               "Downey Jr. took best supporting actor.", default_kb)
    assert ("cillian-murphy", "supported") in got
    got = wins("At the 96th Academy Awards, Cillian Murphy, a first-time nominee, took best "
               "supporting actor for Oppenheimer; Robert Downey Jr. took best actor.", default_kb)
    assert ("cillian-murphy", "refuted") in got


def test_a_record_s_own_phrase_still_makes_the_win_a_record_s(default_kb):
    # "the first woman to win": the win is the record's, which the KB cannot check
    got = wins("Kathryn Bigelow became the first woman to win best director at the Oscars.",
               default_kb)
    assert got == [("kathryn-bigelow", "not_enough_info")]
