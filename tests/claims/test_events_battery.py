"""The events battery (tests/data/events_battery.tsv): ceremony dates, venues, hosts and
nomination announcements of the KB's editions, each said in several shapes, with mutants of
one slot. No sentence the battery expects not refuted may be refuted; and the battery's pass
count may not fall below what the event readers reach (76 of 83 when this was written; 52 of 82
before the hosts, venues, side events and first plans, with one wrong refute). Left: a host
name the tagger takes for an organisation, a headline in capitals, nominations "read by" or
"unveiled by" presenters (the KB does not hold who read them), a nominations announcement
that "took place", "the 78th BAFTAs", and "held in Cannes" where the parse reads Cannes as
the festival."""
from __future__ import annotations

from battery import run


def test_events_battery(default_kb):
    passed, _, wrong_refutes = run("events_battery.tsv", default_kb)
    assert wrong_refutes == []
    assert passed >= 76
