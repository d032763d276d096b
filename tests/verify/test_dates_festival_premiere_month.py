"""A film's premiere at a festival is one showing, so a month said of it with no year
("premiered at TIFF in October") is checked like a full date: the KB's month supports it and any
other refutes it, in the date claim and the festival claim alike. A premiere said only of a
place or a region, a screening, or a festival other than the KB's stays open.

Sentences are written for these tests; the facts are the default KB's (Sound of Metal premiered
at TIFF on 2019-09-06; Drive My Car at the 74th Cannes Film Festival in July 2021)."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb):
    return sorted({(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims
                   if c.category in ("date", "festival")})


def test_another_month_at_the_kb_festival_is_refuted(default_kb):
    assert verdicts("Darius Marder's Sound of Metal premiered at TIFF in November.",
                    default_kb) == [("date", "refuted"), ("festival", "refuted")]
    assert verdicts("Drive My Car premiered at Cannes in May.",
                    default_kb) == [("date", "refuted"), ("festival", "refuted")]


def test_the_kb_month_is_supported(default_kb):
    assert verdicts("Drive My Car premiered at Cannes in July.",
                    default_kb) == [("date", "supported"), ("festival", "supported")]


def test_a_month_of_a_premiere_not_at_the_festival_stays_open(default_kb):
    for text in ("Sound of Metal premiered in London in November.",
                 "Sound of Metal screened at TIFF in November."):
        assert ("date", "refuted") not in verdicts(text, default_kb), text
