"""A purpose infinitive under a denied verb ("never turned up to pick one up") tells what was
not done for that purpose: it neither asserts nor denies the prize, so it makes no count.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "count"]


def test_a_pronoun_one_after_a_denied_trip_is_no_count_of_one(default_kb):
    got = counts("Katharine Hepburn won four best actress Oscars, and she never once went to "
                 "the ceremony to accept one.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_number_after_a_denied_trip_is_not_checked(default_kb):
    got = counts("Sean Baker did not fly to Los Angeles to collect two Oscars.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_the_plain_count_still_reads(default_kb):
    got = counts("Sean Baker collected two Oscars that night.", default_kb)
    assert got   # (the denied-purpose rule leaves a stated count alone)
