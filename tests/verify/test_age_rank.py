"""An age superlative on a noun every winner of a category is ("the youngest man to win Best
Actor") orders the category's winners by their age at the win, from the birth dates and
ceremony days the KB holds (claims/awards/ _age_rank, verify/ages.py age_rank): held at the
time of the win when told in the past, to date when told in the present; refuted by a winner
up to that night who was surely younger (older); a class the category does not imply ("woman"
of Best Director) is not decided. Sentences are written for these tests; the facts are the
default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


@pytest.mark.parametrize("text", [
    "At 29, Adrien Brody became the youngest man to win best actor.",
    "Jessica Tandy was the oldest performer to win best actress when she won for Driving "
    "Miss Daisy.",
    "Anthony Hopkins is the oldest man ever to win the best actor Oscar.",
    "Marlee Matlin remains the youngest person to win best actress.",
])
def test_a_true_age_rank_is_supported(text, default_kb):
    got = _verdicts(text, default_kb)
    assert got and got[0][0] == "supported", got
    assert "aged" in got[0][1] and "of its winners" in got[0][1], got


@pytest.mark.parametrize("text, beaten_by", [
    ("Kathy Bates was the oldest woman to win the best actress Oscar.", "Jessica Tandy"),
    ("Jennifer Lawrence is the youngest woman to win the Oscar for best actress.",
     "Marlee Matlin"),
    ("At the Academy Awards, Eddie Redmayne became the youngest man to win best actor.",
     "Adrien Brody"),
])
def test_an_age_rank_another_winner_held_before_is_refuted(text, beaten_by, default_kb):
    got = _verdicts(text, default_kb)
    assert got and got[0][0] == "refuted", got
    assert beaten_by in got[0][1], got


@pytest.mark.parametrize("text", [
    "Kathryn Bigelow became the oldest woman to win best director.",   # a part of the winners
    "Adrien Brody became the second youngest man to win best actor.",  # a rank not read
])
def test_an_age_rank_the_kb_cannot_order_is_not_decided(text, default_kb):
    got = _verdicts(text, default_kb)
    assert got and all(v == "not_enough_info" for v, _ in got), got


@pytest.mark.parametrize("text", [
    "Marlee Matlin remains the youngest best actress winner in Oscar history.",
    "Anthony Hopkins became the oldest best actor Oscar winner when he won for The Father.",
])
def test_a_rank_on_the_holder_noun_is_read(text, default_kb):
    got = _verdicts(text, default_kb)
    assert got and got[0][0] == "supported" and "of its winners" in got[0][1], got


def test_a_rank_the_parser_hangs_on_best_is_not_ignored(default_kb):
    # "oldest" tagged an adverb of the category's "best": still a stated rank; a win that
    # leaves it unread would not be supported
    got = _verdicts("Emma Stone became the oldest best actress Oscar winner.", default_kb)
    assert got and all(v != "supported" for v, _ in got), got


def test_a_holder_nouns_of_phrase_names_the_category(default_kb):
    got = _verdicts("Frances McDormand is a winner of the best actor Oscar.", default_kb)
    assert got and got[0][0] == "refuted", got
    got = _verdicts("Frances McDormand is a winner of the best actress Oscar.", default_kb)
    assert got and got[0][0] == "supported", got


def test_a_category_first_given_after_the_first_ceremony_is_ordered_too(default_kb):
    # the supporting categories began at the 9th ceremony; the record of their winners is
    # complete all the same
    got = _verdicts("Tatum O'Neal became the youngest person to win the Oscar for best "
                    "supporting actress.", default_kb)
    assert got and got[0][0] == "supported", got
    got = _verdicts("Anna Paquin became the youngest person to win the Oscar for best "
                    "supporting actress.", default_kb)
    assert got and got[0][0] == "refuted" and "Tatum O'Neal" in got[0][1], got


def test_a_rank_since_a_winner_counts_the_winners_after_that_win(default_kb):
    # Madison (25) at the 97th; no best actress winner between Lawrence's 2013 win and hers
    # was younger
    got = _verdicts("Mikey Madison became the youngest best actress winner since Jennifer "
                    "Lawrence.", default_kb)
    assert got and got[0][0] == "supported" and "since 2013" in got[0][1], got
    got = _verdicts("Mikey Madison is the youngest best actress winner since 2013.", default_kb)
    assert got and got[0][0] == "supported", got


def test_a_rank_since_a_winner_is_refuted_by_a_younger_winner_after_it(default_kb):
    # the parser hangs "since ..." on the verb here; Larson (26) won a year before Stone (28)
    got = _verdicts("Emma Stone became the youngest Oscar winner for best actress since "
                    "Jennifer Lawrence.", default_kb)
    assert got and got[0][0] == "refuted" and "Brie Larson" in got[0][1], got


def test_a_bound_that_was_not_younger_or_cannot_be_told_is_not_decided(default_kb):
    got = _verdicts("Mikey Madison became the youngest best actress winner since Brie Larson.",
                    default_kb)
    assert got and got[0][0] == "not_enough_info", got   # Larson was 26: loosely said
    got = _verdicts("Emma Stone became the youngest Oscar winner for best actress since the "
                    "1980s.", default_kb)
    assert all(v != "refuted" for v, _ in got), got
