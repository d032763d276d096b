"""'X is one of only N films to ...': a count of the record's holders with the subject among them
(claims/records.py), judged as of when the piece can have been written: no earlier than the
latest year it names, nor than the records of the holders it names (verify/records.py). Sentences
are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def records(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "record"]


def test_one_of_only_the_current_count_holds(default_kb):
    got = records("Anora is one of only four films to take both the Palme d'Or and best "
                  "picture.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_a_count_that_held_once_since_the_subjects_record_is_open(default_kb):
    # two: the count, from Parasite's win until Anora's, of sources that leave out the Grand
    # Prix of 1946 (the KB's accepted ordinals); three holds now by that count
    got = records("Parasite is one of only two films to take both the Palme d'Or and best "
                  "picture.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"], [(c.text, c.explanation) for c in got]
    got = records("Parasite is one of only three films to take both the Palme d'Or and best "
                  "picture.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_a_count_that_never_held_since_is_refuted(default_kb):
    got = records("Parasite is one of only six films to take both the Palme d'Or and best "
                  "picture.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    got = records("Anora and Parasite are the only two films to take both the Palme d'Or and "
                  "best picture.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]


def test_only_on_a_vague_group_says_no_one_holder(default_kb):
    # "only a handful" leaves the number of holders open: no uniqueness to refute, and the
    # prizes the clause names are still checked
    text = ("The Lost Weekend is one of only a handful of films to take both the Palme d'Or "
            "and best picture.")
    got = reelcheck.check(text, kb=default_kb).claims
    assert not [c for c in got if c.verdict == "refuted"], [(c.text, c.explanation) for c in got]
    assert sorted(c.verdict for c in got if c.predicate != "record") == ["supported"] * 2, \
        [(c.text, c.explanation) for c in got]
    got = records("Only a few pictures have taken both the Palme d'Or and best picture, "
                  "Marty among them.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"], [(c.text, c.explanation) for c in got]
