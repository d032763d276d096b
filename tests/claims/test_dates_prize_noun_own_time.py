"""A date on a noun that tells a prize or a nomination ("after its Palme d'Or victory on May
25, 2024", "following its Oscar nomination on January 23, 2025") is the time of that win or
nomination, which the award claim reads: it is not the day of the event the main verb tells (a
release); a win's time is its show's night, a nomination's is not. Sentences written for this test;
the default KB holds Anora's Palme d'Or night (May 25, 2024), its UK release (November 1, 2024)
and the 97th Academy Awards (March 2, 2025)."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_a_victorys_day_is_not_the_release_day(default_kb):
    got = _claims("After its Palme d'Or victory on May 25, 2024, Anora opened in UK cinemas.",
                  default_kb)
    assert ("award_received", "supported") in got
    assert not [x for x in got if x[0] == "release_date"]
    got = _claims("Since its Cannes win on May 25, 2024, Anora has opened in UK cinemas.",
                  default_kb)
    assert not [x for x in got if x[0] == "release_date"]
    # nor of an event noun elsewhere in the clause
    got = _claims("After its Palme d'Or victory on May 25, 2024, Anora's UK release came in "
                  "November.", default_kb)
    assert [x for x in got if x[0] == "release_date"] == [("release_date", "supported")]


def test_a_nominations_day_is_not_the_ceremonys_night(default_kb):
    got = _claims("Following its Oscar nomination on January 23, 2025, Anora returned to UK "
                  "cinemas.", default_kb)
    assert all(v != "refuted" for _, v in got)
    assert not [x for x in got if x[0] == "ceremony_date"]


def test_the_prize_claim_still_reads_the_day(default_kb):
    assert ("award_received", "supported") in _claims(
        "Anora's Best Picture win on March 2, 2025 capped its run.", default_kb)
    assert ("award_received", "supported") not in _claims(
        "Anora's Best Picture win on March 3, 2025 capped its run.", default_kb)
    # a win's time is its show's night
    got = _claims("In the two weeks after its Best Picture win on March 2, 2025, Anora added "
                  "millions to its total.", default_kb)
    assert ("ceremony_date", "supported") in got
    # an event noun keeps its own day
    assert ("premiere_date", "supported") in _claims(
        "After its Cannes premiere on May 21, 2024, Anora opened in UK cinemas.", default_kb)
