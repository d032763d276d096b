""""The ceremony" in a piece on one edition that also names other shows: it borrows the edition
the passage is about, and may refute a day only when that day fits none of the editions the
piece could mean by it (every one dated, none on that day, no show the KB lacks named) and lies
within a month of the borrowed edition's (a day far from it may be another kind of ceremony). A
schedule in the future tense is never refuted (schedules move). Sentences are written for these
tests; the facts are the default KB's (97th Academy Awards March 2, 2025; 82nd Golden Globes
January 5, 2025; 78th BAFTAs February 16, 2025)."""
from __future__ import annotations

import reelcheck

LEAD = ("Anora collected Best Picture at the 97th Academy Awards after losing at the Golden "
        "Globes and the BAFTAs. ")


def verdict(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims
           if c.slots.get("kind") == "date" and c.predicate == "ceremony_date"
           and "ceremony" in c.text]
    assert len(got) == 1, [(c.text, c.verdict) for c in got]
    return got[0].subject.id, got[0].verdict


def test_a_day_no_show_of_the_piece_was_held_on_is_refuted(default_kb):
    assert verdict(LEAD + "Conan O'Brien hosted the ceremony on Sunday, March 9.",
                   default_kb) == ("97th-academy-awards", "refuted")
    assert verdict(LEAD + "Conan O'Brien hosted the ceremony on Sunday, March 2.",
                   default_kb) == ("97th-academy-awards", "supported")


def test_a_day_another_show_of_the_piece_was_held_on_is_left_open(default_kb):
    # February 16 was the BAFTAs' night: "the ceremony" may be that one
    assert verdict(LEAD + "The ceremony took place on February 16.",
                   default_kb)[1] == "not_enough_info"


def test_a_show_the_kb_lacks_or_a_day_far_off_or_a_schedule_is_left_open(default_kb):
    assert verdict(LEAD + "Then came the Harbour Critics Awards. The ceremony took place on "
                   "March 9.", default_kb)[1] == "not_enough_info"
    # months away: perhaps a wedding, a memorial, another kind of ceremony
    assert verdict(LEAD + "The ceremony took place on August 9.",
                   default_kb)[1] == "not_enough_info"
    # a schedule: it may have moved since
    assert verdict(LEAD + "Conan O'Brien will host the ceremony on Sunday, March 9.",
                   default_kb)[1] == "not_enough_info"
