"""A record noun whose 'of' phrase counts prizes, the object of a verb that makes its subject
a holder ("equals the Oscar record of 11 wins"), states the subject's own count: a wrong count
is refuted; a right one leaves the record itself (that none had more) unjudged. Sentences
are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "count"]


def test_a_holder_of_a_record_count_it_never_reached_is_refuted(default_kb):
    got = counts("West Side Story equals the Oscar record of 11 wins.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "10" in got[0].explanation


def test_a_right_count_said_as_a_record_is_not_vouched_for(default_kb):
    got = counts("Titanic equals the Oscar record of 11 wins.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)


def test_a_record_broken_is_no_count_of_the_breaker(default_kb):
    got = counts("Gigi broke the Oscar record of eight wins.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_nomination_record_tied_with_the_wrong_count_is_refuted(default_kb):
    got = counts("All About Eve tied the record of 13 Oscar nominations.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_record_value_given_with_with_counts_the_holder(default_kb):
    got = counts("All About Eve holds the Oscar record for most nominations, with 15.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "14" in got[0].explanation


def test_a_right_record_value_is_not_vouched_for(default_kb):
    got = counts("All About Eve holds the Oscar record for most nominations, with 14.",
                 default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)


def test_a_record_over_a_class_of_prizes_is_not_counted_as_all_of_them(default_kb):
    got = counts("Frances McDormand holds the Oscar record for the most producing "
                 "nominations, with 1.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_record_tied_with_a_right_count_is_not_vouched_for(default_kb):
    got = counts("Ben-Hur tied the record with 11 wins at the 32nd Academy Awards.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)


def test_a_plain_tally_with_with_still_holds(default_kb):
    got = counts("Ben-Hur ended the 32nd Academy Awards with 11 wins.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_record_of_prizes_tied_counts_the_holders_wins(default_kb):
    # "the record of 11 Oscars": the prize noun itself is counted, as "11 wins" is
    got = counts("Back in 1998, Titanic tied Ben-Hur's record of 12 Oscars.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "11" in got[0].explanation
    got = counts("West Side Story equalled the record of 11 Oscars.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    got = counts("The Return of the King matched Ben-Hur's record of 11 Oscars.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
    # a narrowed record ("in one night") is another record's; a broken one is no count
    assert counts("Anora matched the record of four Oscars in one night.", default_kb) == []
    assert counts("Titanic broke the record of 12 Oscars.", default_kb) == []
