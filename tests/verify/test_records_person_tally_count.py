"""A person's all-time record said with its tally ("the most-nominated actress in Oscar
history, with 21 nominations"): the tally is a slot of the record. A tally only grows, so one
above the whole record is wrong whenever it was written, and so is one below what the person
had by the latest year the piece names; one below today's, but not by then, may be an older
count. Sentences written for these tests; facts from the Academy's record in the default KB."""
from __future__ import annotations

import reelcheck


def records(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "record"]


def test_the_tally_said_is_checked(default_kb):
    ok = records("Meryl Streep is the most-nominated actress in Oscar history, with 21 "
                 "nominations.", default_kb)
    high = records("Meryl Streep is the most-nominated actress in Oscar history, with 25 "
                   "nominations.", default_kb)
    assert [c.verdict for c in ok] == ["supported"]
    assert [c.verdict for c in high] == ["refuted"]
    assert "not 25" in high[0].explanation


def test_a_lower_tally_may_be_an_earlier_years(default_kb):
    got = records("Meryl Streep is the most-nominated actress in Oscar history, with 19 "
                  "nominations.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    dated = records("In 2019, Meryl Streep, with 17 nominations, was the most-nominated "
                    "actress in Oscar history.", default_kb)
    assert [c.verdict for c in dated] == ["refuted"]   # (she had 21 by 2018)
