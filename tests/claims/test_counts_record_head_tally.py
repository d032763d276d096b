"""A tally said of a record's head ("the only man with three best actor Oscars"), and a record
*for* a counted noun whose value is given with "with" ("holds the record for acting wins with
four", "the most acting wins"): the subject's own count is checked; the record words over it
stay open. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category in ("count", "award")]


def test_a_tally_on_an_only_head_is_the_subjects_count(default_kb):
    got = claims("Daniel Day-Lewis is the only man with four best actor Oscars.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "three times" in got[0].explanation
    # the first to reach a count may have won more since: no exact count is claimed
    got = claims("Walt Disney was the first person with 20 Oscars.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_the_record_words_of_a_right_tally_stay_open_and_are_named(default_kb):
    got = claims("Daniel Day-Lewis remains the sole man with three best actor Oscars.",
                 default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "sole man" in got[0].explanation and "three times" in got[0].explanation


def test_a_tally_hung_on_the_copula_after_an_only_head_keeps_the_record_open(default_kb):
    text = "For the record, Katharine Hepburn is still the only performer with four acting Oscars."
    got = claims(text, default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "only performer" in got[0].explanation
    got = claims(text.replace("four", "five"), default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_record_for_a_counted_noun_with_its_value_counts_the_holder(default_kb):
    got = claims("Meryl Streep holds the Oscar record for acting nominations with 19.",
                 default_kb)
    assert got and "actor or actress categories" in got[0].explanation
    got = claims("Ben-Hur shares the record for Oscars with 12.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "11" in got[0].explanation
    got = claims("Ben-Hur shares the record for Oscars with 11.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_record_value_on_the_counted_noun_itself(default_kb):
    got = claims("These days Titanic holds the Oscar record for nominations with 15.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "14" in got[0].explanation


def test_most_hung_on_the_class_word_still_narrows_the_count(default_kb):
    got = claims("Katharine Hepburn holds the Oscar record for the most acting wins, with four.",
                 default_kb)
    # the count is of acting wins (and the held record, which the complete record decides,
    # is its own claim: claims/records.py `_held_tally`)
    assert got and all(c.verdict == "supported" for c in got)
    assert "actor or actress categories" in got[0].explanation


def test_a_record_shared_by_a_list_after_a_colon_counts_each_name(default_kb):
    text = "Three films share the record for the most Oscars: Ben-Hur, Titanic and {}, each with 11."
    got = claims(text.format("West Side Story"), default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "West Side Story won 10" in got[0].explanation
    got = claims(text.format("The Return of the King"), default_kb)
    assert got and all(c.verdict != "refuted" for c in got)
