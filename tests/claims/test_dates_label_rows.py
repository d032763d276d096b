"""A fact box's or a key-dates list's row, an event noun and its day after a colon or a dash
("World premiere: May 21, 2024", "UK release - 1 November 2024"), dates the event of the film
the passage is about (its heading, else the one film named above the row); with another film
named above it, the row is of no film said (claims/dates.py `_label_row`). Sentences written
for this test; KB: Anora premiered on 2024-05-21 and opened in France on 2024-10-30 and in
the UK on 2024-11-01."""
from __future__ import annotations

import reelcheck


def _dates(text, kb):
    return [(c.text, c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "date"]


BOX = "Anora\n\nWorld premiere: {}, 2024 (Cannes)\nFrench release: {}, 2024\n"


def test_the_rows_of_a_film_s_box(default_kb):
    got = _dates(BOX.format("May 21", "October 30"), default_kb)
    assert ("World premiere: May 21, 2024", "premiere_date", "supported") in got, got
    assert ("French release: October 30, 2024", "release_date", "supported") in got, got
    got = _dates(BOX.format("May 23", "October 23"), default_kb)
    assert ("World premiere: May 23, 2024", "premiere_date", "refuted") in got, got
    assert ("French release: October 23, 2024", "release_date", "refuted") in got, got


def test_a_row_under_a_key_dates_heading_and_a_row_of_no_one_film(default_kb):
    text = ("Sean Baker shot Anora in Brooklyn and Las Vegas.\n\nKey dates\n"
            "UK release \u2014 8 November 2024")
    assert _dates(text, default_kb) == [
        ("UK release \u2014 8 November 2024", "release_date", "refuted")]
    text = "Anora and The Substance both played Cannes.\n\nPremiere: 19 May 2024"
    assert _dates(text, default_kb) == []
