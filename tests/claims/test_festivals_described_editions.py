"""A festival edition named by description alone ("the 71st festival", "the 2019 festival")
in a piece that names one festival: that festival's edition of the number or year, read for
a premiere at it and for its opening day, though the paragraph names no festival.

Sentences are written for these tests; the facts are the default KB's (Shoplifters premiered
at the 71st Cannes Film Festival; the 72nd, in 2019, opened on May 14)."""
from __future__ import annotations

import reelcheck

LEAD = "This week the Cannes Film Festival unveils its new poster.\n\n"


def verdicts(text, kb, pred):
    return [c.verdict for c in reelcheck.check(LEAD + text, kb=kb).claims if c.predicate == pred]


def test_an_ordinal_festival_is_the_piece_festival_edition(default_kb):
    assert verdicts("Kore-eda's Shoplifters premiered at the 71st festival.", default_kb,
                    "premiered_at") == ["supported"]
    assert verdicts("Kore-eda's Shoplifters premiered at the 69th festival.", default_kb,
                    "premiered_at") == ["refuted"]


def test_a_year_festival_in_another_paragraph_dates_its_opening(default_kb):
    assert verdicts("Back then the 2019 festival, which opened on May 14, felt calmer.",
                    default_kb, "start_date") == ["supported"]
    assert verdicts("Back then the 2019 festival, which opened on May 16, felt calmer.",
                    default_kb, "start_date") == ["refuted"]


def test_a_described_festival_the_tagger_reads_as_a_number_is_no_unknown_festival(default_kb):
    # "the 71st festival, three years after ..." tagged as one number: still a description of
    # the piece's festival, never the name of another festival that refutes the premiere
    got = verdicts("Kore-eda's Shoplifters premiered at the 71st festival, three years after "
                   "Dheepan.", default_kb, "premiered_at")
    assert "refuted" not in got


def test_a_headline_capital_is_no_unknown_festival(default_kb):
    # "the 78th Festival" in a title-case headline is the style, not a festival the KB lacks
    text = ("Riviera Diary: Day One of the 78th Festival\n\n" + LEAD +
            "Back then the 2019 festival, which opened on May 16, felt calmer.")
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
           if c.predicate == "start_date"]
    assert got == ["refuted"]
