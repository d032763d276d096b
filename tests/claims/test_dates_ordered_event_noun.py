"""A date on a clause whose other event is named after a preposition of sequence ("bought it in
November 2023, months before its Cannes debut") dates the clause's event, not the event noun it
is ordered against: reading it as the premiere's date refuted a true sentence. A measure with no
number ("months before", "weeks after") says the order of the two events alone, which the gap
machinery judges. A DATE entity the tagger runs on over a comma into the measure ("November
2023, months") ends at the comma.

Sentences are written for these tests; the facts are the default KB's (Neon bought Anora in
November 2023; its Cannes premiere was on May 21, 2024)."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_a_date_before_an_ordered_event_noun_is_not_that_events_date(default_kb):
    got = _claims("Neon acquired Anora in November 2023, months before its Cannes debut.",
                  default_kb)
    assert ("premiere_date", "refuted") not in got
    assert ("distributor", "supported") in got
    assert ("interval", "supported") in got


def test_a_measure_without_a_number_orders_the_events(default_kb):
    got = _claims("Neon acquired Anora weeks after its Cannes debut.", default_kb)
    assert ("interval", "refuted") in got


def test_a_full_day_with_commas_stays_one_date(default_kb):
    got = _claims("Anora premiered on Tuesday, May 21, 2024, at Cannes.", default_kb)
    assert ("premiere_date", "supported") in got
