"""A record's value set off after its noun by a comma ("holds the Oscar record for most
nominations, 14") is the holder's own count, as "with 14" is: a wrong count is refuted, a
right one leaves the record itself unjudged. Sentences written for these tests; the facts are
the default KB's."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "count"]


def test_a_wrong_value_after_a_comma_is_refuted(default_kb):
    got = counts("Titanic holds the Oscar record for most nominations, 15.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "14" in got[0].explanation
    got = counts("Listicle fact: Titanic holds the Oscar record for most wins, 12.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "11" in got[0].explanation


def test_a_right_value_after_a_comma_is_not_vouched_for(default_kb):
    for text in ("Titanic holds the Oscar record for most nominations, 14.",
                 "Titanic holds the Oscar record for most wins, 11."):
        got = counts(text, default_kb)
        assert got and all(c.verdict == "not_enough_info" for c in got), text
    # a class of prizes is still not counted as all of them
    got = counts("Frances McDormand holds the Oscar record for the most producing "
                 "nominations, 1.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_record_over_a_class_of_categories_counts_the_class(default_kb):
    # "the most acting nominations, with N": the count is of the class's categories only
    got = counts("Meryl Streep holds the Oscar record for most acting nominations, with 19.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "21" in got[0].explanation
    # (the record itself is judged too: a person's all-time tally, claims/records.py
    # `_held_tally`, so the right count is supported with it)
    got = counts("Meryl Streep holds the Oscar record for most acting nominations, with 21.",
                 default_kb)
    assert got and all(c.verdict == "supported" for c in got)
