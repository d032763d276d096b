"""A win dated by a weekday alone ("won the Palme d'Or on Tuesday") is checked against the
weekday of the night the prize was given: that weekday supports, the one beside it may be a time
zone's (open), any other is wrong; a weekday of another clause, or of a prize a gapped clause
only borrows, is not the win's.

Sentences are written for these tests; the facts are the default KB's (the 77th Cannes Film
Festival gave its prizes on Saturday, 2024-05-25; the 78th BAFTA Film Awards were held on
Sunday, 2025-02-16; the 77th DGA Awards on Saturday, 2025-02-08)."""
from __future__ import annotations

from award_claims import verdicts


def test_the_nights_weekday_supports(default_kb):
    assert verdicts("Sean Baker's Anora took the Palme d'Or on Saturday.",
                    default_kb) == ["supported"]
    assert verdicts("Sean Baker picked up the DGA Award on Saturday night.",
                    default_kb) == ["supported"]


def test_a_weekday_far_from_the_night_refutes(default_kb):
    assert verdicts("Sean Baker's Anora took the Palme d'Or on Wednesday.",
                    default_kb) == ["refuted"]
    assert verdicts("Mikey Madison collected the BAFTA for Leading Actress on Thursday.",
                    default_kb) == ["refuted"]


def test_the_weekday_next_to_the_night_stays_open(default_kb):
    assert verdicts("Mikey Madison collected the BAFTA for Leading Actress on Monday.",
                    default_kb) == ["not_enough_info"]


def test_a_weekday_of_another_clause_is_not_the_wins(default_kb):
    assert verdicts("Sean Baker, whose Anora took the Palme d'Or, spoke to students on "
                    "Wednesday.", default_kb) == ["supported"]
    assert verdicts("Anora took the Palme d'Or, its distributor Neon said on Wednesday.",
                    default_kb) == ["supported"]


def test_a_fronted_weekday_of_a_night_phrase_is_the_wins(default_kb):
    assert verdicts("On Tuesday evening, Sean Baker collected the Palme d'Or.",
                    default_kb) == ["refuted"]
    assert verdicts("On Saturday evening, Sean Baker collected the Palme d'Or.",
                    default_kb) == ["supported"]
