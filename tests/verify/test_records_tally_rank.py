"""Records reasoned by counting over the complete Oscar record (verify/records.py
`count_rank`): "the Nth film to win K Oscars" ranks every film that reached K at one edition
by the edition where it did; a named set of categories ("the Big Five") counts the films that
won one prize of each. Sentences written for reelcheck's tests."""
from __future__ import annotations

import pytest

import reelcheck
from battery import run


def verdicts(text, kb):
    return [(c.verdict, c.slots.get("kind")) for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text,want", [
    ("The Return of the King became the third film to collect 11 Academy Awards.", "supported"),
    ("The Return of the King became the fourth film to collect 11 Academy Awards.", "refuted"),
    ("Ben-Hur, the first film to take home 11 Oscars, was directed by William Wyler.",
     "supported"),
    ("In 1998 Titanic was the first film to win 11 Oscars.", "refuted"),
    ("All About Eve became the first film to earn 14 Oscar nominations.", "supported"),
    ("Titanic became the third film to receive 14 Oscar nominations.", "refuted"),
    ("One Flew Over the Cuckoo's Nest was the second film to sweep the Big Five Oscars.",
     "supported"),
    ("One Flew Over the Cuckoo's Nest was the first film to sweep the Big Five Oscars.",
     "refuted"),
])
def test_a_films_rank_among_those_that_reached_a_count(default_kb, text, want):
    got = verdicts(text, default_kb)
    assert (want, "count_rank") in got, got
    assert ("refuted" in [v for v, _ in got]) == (want == "refuted"), got


def test_a_film_that_never_reached_the_count_is_refuted(default_kb):
    got = verdicts("Parasite became the first film to win 12 Oscars.", default_kb)
    assert ("refuted", "count_rank") in got, got


def test_the_battery(default_kb):
    passed, total, wrong_refutes = run("records_tally_battery.tsv", default_kb, open_n=True)
    assert not wrong_refutes, wrong_refutes
    assert passed >= 74, (passed, total)   # 50 of 94 before count_rank and _person_most


@pytest.mark.parametrize("text,want", [
    ("The Return of the King is one of only three films to win 11 Oscars.", "supported"),
    ("The Return of the King is one of only two films to win 11 Oscars.", "refuted"),
    # true from 1998 until 2004: the piece may be that old
    ("Ben-Hur is one of only two films to win 11 Oscars.", "not_enough_info"),
])
def test_how_many_films_reached_a_count(default_kb, text, want):
    got = verdicts(text, default_kb)
    assert (want, "count_rank") in got, got


def test_a_class_on_the_noun_is_not_ranked(default_kb):
    # "indie" names a part of the films the record cannot single out: the count alone holds
    got = verdicts("Anora became the first indie film to win five Oscars.", default_kb)
    assert "refuted" not in [v for v, _ in got], got


@pytest.mark.parametrize("text,want", [
    # the named set said by its number and a loose adjective ("the five major categories"):
    # the rank is still over the films that won each of them, not dropped
    ("The Silence of the Lambs went on to become the third film to sweep the five major "
     "categories.", "supported"),
    ("The Silence of the Lambs became the second film to sweep the five major categories.",
     "refuted"),
    ("It Happened One Night was the fourth film to sweep the five major categories.",
     "refuted"),
])
def test_a_loosely_counted_named_set_keeps_its_rank(default_kb, text, want):
    got = verdicts(text, default_kb)
    assert (want, "count_rank") in got, got
    assert ("refuted" in [v for v, _ in got]) == (want == "refuted"), got


@pytest.mark.parametrize("text,want", [
    # "the only film": one holder, over the complete record (as of when it was written: a
    # piece that names a 2016 film is written after Titanic and The Return of the King won)
    ("Ben-Hur, which La La Land fans rarely mention, is the only film to win 11 Oscars.",
     "refuted"),
    ("The Silence of the Lambs is the only film to sweep the five major categories.", "refuted"),
    # the holders named: which films, not only how many
    ("Ben-Hur, Titanic and The Return of the King are the only films to win 11 Oscars.",
     "supported"),
    ("Ben-Hur, Titanic and Gigi are the only films to win 11 Oscars.", "refuted"),
])
def test_only_holders_over_the_complete_record(default_kb, text, want):
    got = verdicts(text, default_kb)
    assert (want, "count_rank") in got, got
    assert ("refuted" in [v for v, _ in got]) == (want == "refuted"), got


@pytest.mark.parametrize("text", [
    # true for some years after the holder's own win: the time of writing is unknown
    "Ben-Hur is the only film to win 11 Oscars.",
    "Ben-Hur and Titanic are the only films to win 11 Oscars.",
])
def test_only_holders_true_once_are_left_open(default_kb, text):
    got = verdicts(text, default_kb)
    assert ("not_enough_info", "count_rank") in got, got
    assert "refuted" not in [v for v, _ in got], got


@pytest.mark.parametrize("text", [
    # "only" scoped to one edition or a part of the record is no rank over the whole record
    # (a guard for the reading above: the first two were refuted by it before this guard)
    "Oppenheimer was the only film to win seven Oscars that night.",
    "At the 96th Academy Awards, Oppenheimer was the only film to win seven Oscars.",
    "Oppenheimer is the only film this year to win seven Oscars.",
    "Ben-Hur remains the only film to win 11 Oscars with an acting win among them.",
])
def test_only_scoped_to_a_part_is_not_ranked_over_the_record(default_kb, text):
    got = verdicts(text, default_kb)
    assert "refuted" not in [v for v, _ in got], got
    assert "count_rank" not in [k for _, k in got], got
