"""The dates battery (tests/data/dates_battery.tsv): release, premiere, birth and ceremony days and
the years of wins, each said in several shapes, with mutants of one slot. No sentence the
battery expects not refuted may be refuted; and the pass count may not fall below what the date
readers reach (160 of 170 when this was written; 142, with two wrong refutes of a wire
dateline's day, before a festival word's verb with cinemas for its venue was read as a release,
an event noun compounded on "date", under "date of" or set in apposition was read as its owner's
event, a year prefixing "-born" and "b." were read as births, a lone year the tagger counted on
a singular noun was read as a year, being in cinemas from a day was read as a release, "first
shown" as a premiere and a dateline's day as the day the piece was filed). Left: a headline in
capitals, "its Cannes bow" parsed as a clause, "the Academy held its 97th ceremony", a prize's
year after a comma in brackets, "winner of 2025", "four awards" dated by the ceremony's day."""
from __future__ import annotations

from battery import run


def test_dates_battery(default_kb):
    passed, _, wrong_refutes = run("dates_battery.tsv", default_kb)
    assert wrong_refutes == []
    assert passed >= 160
