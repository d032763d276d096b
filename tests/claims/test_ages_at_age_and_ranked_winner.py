"""Two shapes an age of a winner takes: "at age N" (the noun before its number) on the winning
verb, and a set-off "at N" on a winner who "became the oldest <prize> winner for <film>", the
rank's noun carrying the win's film. Sentences are written for these tests; the facts are the
default KB's (birth dates and the Academy's record)."""
from __future__ import annotations

import reelcheck


def _by_verdict(text, kb):
    return sorted((c.verdict, c.category) for c in reelcheck.check(text, kb=kb).claims)


def test_at_age_on_the_winning_verb_is_the_age_at_the_win(default_kb):
    got = _by_verdict("Jessica Tandy won Best Actress at age 80 for Driving Miss Daisy.",
                      default_kb)
    assert ("supported", "count") in got and ("supported", "award") in got, got
    got = _by_verdict("Marlee Matlin took Best Actress at age 22.", default_kb)
    assert ("refuted", "count") in got, got


def test_a_ranked_winner_noun_keeps_its_film(default_kb):
    got = reelcheck.check("Jessica Tandy became the oldest Best Actress winner for Driving "
                          "Miss Daisy.", kb=default_kb).claims
    assert [(c.verdict, c.category) for c in got] == [("supported", "award")], \
        [(c.text, c.explanation) for c in got]
    got = reelcheck.check("Jessica Tandy became the oldest Best Actress winner for The Birds.",
                          kb=default_kb).claims
    assert got and not [c for c in got if c.verdict == "supported"], \
        [(c.text, c.explanation) for c in got]


def test_a_set_off_age_on_such_a_winner_is_the_age_at_that_win(default_kb):
    got = _by_verdict("Jessica Tandy, at 81, became the oldest Best Actress winner for "
                      "Driving Miss Daisy.", default_kb)
    assert ("refuted", "count") in got, got
    got = _by_verdict("Jessica Tandy, at 80, became the oldest Best Actress winner for "
                      "Driving Miss Daisy.", default_kb)
    assert got == [("supported", "award"), ("supported", "count")], got


def _award_verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_an_age_rank_in_apposition_is_the_persons(default_kb):
    # the rank noun set beside a known person says that person's rank, read as said now
    assert _award_verdicts("Adrien Brody, the youngest Best Actor winner, was back at the "
                           "Dolby Theatre this year.", default_kb) == ["supported"]
    assert _award_verdicts("Marlee Matlin, the oldest Best Actress winner in Oscar history, "
                           "signed on for a new series.", default_kb) == ["refuted"]
    # a later, younger winner leaves the timeless reading open, never refuted
    got = _award_verdicts("Janet Gaynor, the youngest Best Actress winner, starred in "
                          "Sunrise.", default_kb)
    assert got and "refuted" not in got and "supported" not in got, got


def test_a_listicle_row_with_its_rank_after_a_dash(default_kb):
    assert _award_verdicts("7. Marlee Matlin (Children of a Lesser God) - the youngest Best "
                           "Actress winner ever, at 21.", default_kb) == ["supported"]
    got = _award_verdicts("7. Marlee Matlin (Children of a Lesser God) - the oldest Best "
                          "Actress winner ever, at 21.", default_kb)
    assert got and "supported" not in got, got


def test_an_age_rank_noun_keeps_its_ceremony(default_kb):
    assert _award_verdicts("Jessica Tandy became the oldest Best Actress winner at the 62nd "
                           "Academy Awards.", default_kb) == ["supported"]
    assert _award_verdicts("Jessica Tandy became the oldest Best Actress winner at the 63rd "
                           "Academy Awards.", default_kb) == ["refuted"]
    assert _award_verdicts("Jessica Tandy became the youngest Best Actress winner at the "
                           "62nd Academy Awards.", default_kb) == ["refuted"]
