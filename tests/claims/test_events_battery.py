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

from pathlib import Path

import reelcheck

BATTERY = Path(__file__).parent.parent / "data" / "events_battery.tsv"


def _rows():
    for line in BATTERY.read_text(encoding="utf-8").splitlines():
        if line[:1] in "SRNX" and "\t" in line:
            yield line.split("\t", 1)


def _outcome(text, kb):
    vs = [c.verdict for c in reelcheck.check(text, kb=kb).claims]
    return "R" if "refuted" in vs else "S" if "supported" in vs else "N"


def test_events_battery(default_kb):
    passed, wrong_refutes = 0, []
    for want, text in _rows():
        got = _outcome(text, default_kb)
        passed += got == want or (want == "X" and got != "R")
        if got == "R" and want != "R":
            wrong_refutes.append(text)
    assert wrong_refutes == []
    assert passed >= 76
