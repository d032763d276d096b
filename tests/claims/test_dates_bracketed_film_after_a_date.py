"""A film named alone in brackets right after a date is the film that date is of ("first shown
on May 21, 2024 (Anora) and ..."), not another film the sentence names. Sentences are written
for these tests; the facts are the default KB's premiere days."""
from __future__ import annotations

import reelcheck


def _dates(text, kb):
    return [(c.slots.get("subject"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "date"]


def test_each_date_is_its_bracketed_films(default_kb):
    got = _dates("First shown on May 21, 2019 (Once Upon a Time in Hollywood) and May 19, "
                 "2024 (The Substance), both films went on to win awards.", default_kb)
    assert ("once-upon-a-time-in-hollywood", "supported") in got, got
    assert not [g for g in got if g[1] == "refuted"], got
