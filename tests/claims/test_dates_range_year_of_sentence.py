"""A festival's run given with the year on its last day only ("held from May 17 to May 28,
2022"), under the festival's name: the first day is of the festival's edition of the year the
sentence gives, not of the year the piece was written in.

Sentences are written for these tests; the facts are the default KB's (the 75th Cannes Film
Festival ran 2022-05-17 to 2022-05-28; the piece names 2024 as well)."""
from __future__ import annotations

import reelcheck

TEXT = ("Festival notebook, spring 2024.\n\n"
        "Cannes (France) — The 75th edition, held from May {} to May 28, 2022, crowned "
        "Triangle of Sadness.")


def runs(day, kb):
    return [(c.predicate, c.subject.label, c.verdict) for c in
            reelcheck.check(TEXT.format(day), kb=kb).claims
            if c.predicate in ("start_date", "end_date")]


def test_the_first_day_takes_the_year_of_the_run(default_kb):
    assert runs(17, default_kb) == [("start_date", "75th Cannes Film Festival", "supported"),
                                    ("end_date", "75th Cannes Film Festival", "supported")]
    got = runs(19, default_kb)
    assert got[0][:2] == ("start_date", "75th Cannes Film Festival") and got[0][2] != "supported"
