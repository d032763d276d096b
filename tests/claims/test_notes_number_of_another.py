"""A sourced note split into "; " parts may give a number about someone else than its subject
(Sean Baker's record note names the record he broke: Bong Joon Ho's three for Parasite). That
number is the other person's: a clause about Baker that states it is not covered by the note.
Sentences are written for these tests; facts are the default KB's."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [(c.verdict, c.category, c.text) for c in reelcheck.check(text, kb=kb).claims]


def test_the_count_of_the_record_he_broke_is_not_his(default_kb):
    got = claims("Sean Baker Makes History With Three Oscar Wins", default_kb)
    assert not any(v == "supported" for v, _c, _t in got), got


def test_his_own_number_still_matches_the_note(default_kb):
    got = claims("Sean Baker made history with four Oscar wins.", default_kb)
    assert any(v == "supported" for v, _c, _t in got), got
    assert not any(v == "refuted" for v, _c, _t in got), got
