"""A world premiere the default KB holds only as a dated showing with its venue's name
(premieres.yaml: `premiere_date` with a `venue` text) decides a premiere at the festival the
sentence names, however the festival is written (city, short name, full name). Sentences are
written for these tests."""
from __future__ import annotations

import reelcheck


def festivals(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "festival"]


def test_a_premiere_at_the_festival_named_in_the_venue_is_supported(default_kb):
    for text in ("CODA debuted at Sundance in 2021.",
                 "Chloé Zhao's Nomadland had its world premiere at the Venice Film Festival.",
                 "Moonlight, from Barry Jenkins, premiered at Telluride in September 2016.",
                 "Joker premiered at the Venice International Film Festival in 2019."):
        got = festivals(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), (text, got)


def test_the_stated_year_of_such_a_premiere_is_checked(default_kb):
    got = festivals("CODA had its world premiere at the Sundance Film Festival in 2020.",
                    default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "2021" in got[0].explanation


def test_another_festival_or_an_unknown_film_stays_undecided(default_kb):
    # the venue names Venice and Toronto: a festival not in it is not supported (and, the
    # venue being free text, not refuted either)
    for text in ("Nomadland premiered at the Berlin Film Festival.",
                 "The Glass Orchard premiered at Sundance in 2021."):
        assert all(c.verdict != "supported" and c.verdict != "refuted"
                   for c in festivals(text, default_kb)), text
