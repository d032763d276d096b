"""A count on a prize noun whose "for" phrase lists several crafts ("4 statuettes for directing,
writing and editing") counts the whole list, not the first craft of it: it is the holder's
count of the night, never a count of one category. Sentences are written for these tests; the
facts are the Academy's record in the default KB."""
from __future__ import annotations

import reelcheck

PASSAGE = "Anora won Best Picture at the 97th Academy Awards. "


def _claims(text, kb):
    return [(c.category, c.verdict, c.explanation)
            for c in reelcheck.check(PASSAGE + text, kb=kb).claims][1:]


def test_the_count_of_a_listed_craft_is_the_nights(default_kb):
    got = _claims("Sean Baker grabbed 4 statuettes for directing, writing and editing.",
                  default_kb)
    assert not [g for g in got if g[1] == "refuted"], got
    assert ("count", "supported") in [g[:2] for g in got], got
    got = _claims("Sean Baker grabbed 3 statuettes for directing, writing and editing.",
                  default_kb)
    assert [g[:2] for g in got if g[1] == "refuted"] == [("count", "refuted")], got
    assert "not 3" in next(g[2] for g in got if g[1] == "refuted"), got


def test_a_count_for_one_craft_stays_that_crafts(default_kb):
    got = _claims("Sean Baker won two Oscars for directing.", default_kb)
    assert [g[1] for g in got] == ["refuted"] and "Best Director" in got[0][2], got
