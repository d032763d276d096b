"""A premiere day said with a festival is supported only when the KB's premiere is at that
festival, whether the KB knows the festival or only its venue's name. Sentences are written for
these tests; the facts are the default KB's (Conclave first screened at Telluride in August
2024, Whiplash at Sundance on January 16, 2014, The Grand Budapest Hotel at Berlin on February
6, 2014)."""
from __future__ import annotations

import reelcheck


def days(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.predicate == "premiere_date"]


def test_the_right_month_at_another_festival_is_not_supported(default_kb):
    got = days("Edward Berger's Conclave premiered at the Locarno Film Festival in August 2024.",
               default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
    got = days("Whiplash premiered at the Slamdance Film Festival on January 16, 2014.",
               default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)


def test_the_festival_of_the_venue_still_supports(default_kb):
    got = days("Edward Berger's Conclave premiered at Telluride in August 2024.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = days("Whiplash premiered at the Sundance Film Festival on January 16, 2014.",
               default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = days("The Grand Budapest Hotel premiered at the Berlinale on February 6, 2014.",
               default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_festival_of_another_clause_is_not_the_premiere_s(default_kb):
    got = days("Whiplash had its world premiere on January 16, 2014, then played Cannes in "
               "May.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
