"""Award claims with a rival verb read in the passive, a title that the parser gave a tail,
and an ordinal the parser hung on the category word before the prize.

Sentences are written for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

from award_claims import awards, verdicts


def test_the_passive_subject_of_a_rival_verb_is_the_one_beaten(default_kb):
    # "was beaten to X by Y": Y won X, the subject lost it
    assert verdicts("At the 96th Academy Awards, Lily Gladstone was beaten to the best "
                    "actress prize by Emma Stone.", default_kb) == ["supported"]
    # the two the other way round: the one named as beaten is the winner
    assert verdicts("At the 96th Academy Awards, Emma Stone was beaten to the best actress "
                    "prize by Lily Gladstone.", default_kb) == ["refuted"]
    # the one named after "by" did not win that category that year
    assert verdicts("At the 96th Academy Awards, Anatomy of a Fall was beaten to the original "
                    "screenplay Oscar by American Fiction.", default_kb) == ["refuted"]


def test_a_phrase_hung_inside_a_title_belongs_to_the_clause(default_kb):
    # the parser hangs "in the ... race" on the title's last word; the race is the clause's,
    # and Oppenheimer was never in the original screenplay race
    got = awards("At the 96th Academy Awards, Oppenheimer was upset by Anatomy of a Fall in "
                 "the original screenplay race.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # refuted on the race the sentence names, not on another category the two shared
    assert "Original Screenplay" in got[0].explanation
    assert "other way round" not in got[0].explanation


def test_an_ordinal_on_a_lower_case_category_counts_within_it(default_kb):
    # "his first directing Oscar": the first of his Best Director wins
    assert verdicts("Christopher Nolan landed his first directing Oscar in March 2024.",
                    default_kb) == ["supported"]
    got = awards("Steven Spielberg won his first directing Oscar in 1999 for Saving Private "
                 "Ryan.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "second" in got[0].explanation and "66th" in got[0].explanation


def test_an_inverted_condition_states_nothing(default_kb):
    # "Had X won ..., ...": a condition about what did not happen, never refuted as a win
    for text in ("Had Conclave won best picture at the 97th Academy Awards, it would have "
                 "been a surprise.",
                 "Should Anora win the Palme d'Or, Neon will celebrate."):
        assert verdicts(text, default_kb) == [], text
    # the past perfect said as a fact is checked
    assert verdicts("Conclave had won best picture at the 97th Academy Awards.",
                    default_kb) == ["refuted"]


def test_a_bare_win_after_a_paragraph_on_another_show_never_refutes(default_kb):
    lead = "Ruben Östlund won the Palme d'Or in 2017 for The Square.\n\n"
    # her win was an Oscar: neither she nor La La Land has any record at Cannes
    got = awards(lead + "Emma Stone, who won for La La Land in 2017, is back on set.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported", "not_enough_info"]
    # a film with a record at Cannes still takes the passage's prize and may be refuted
    assert verdicts(lead + "Triangle of Sadness won in 2019.", default_kb) == [
        "supported", "refuted"]


def test_passed_over_for_a_prize_is_open_for_a_nominee_who_lost(default_kb):
    # "snubbed for best director" most often says there was no nomination
    assert verdicts("Martin Scorsese was snubbed for best director at the 96th Academy "
                    "Awards.", default_kb) == ["not_enough_info"]
    assert verdicts("Greta Gerwig was snubbed for best director at the 96th Academy Awards.",
                    default_kb) == ["supported"]
    assert verdicts("Christopher Nolan was snubbed for best director at the 96th Academy "
                    "Awards.", default_kb) == ["refuted"]


def test_a_time_after_a_gapped_prize_is_that_prizes(default_kb):
    # "... and best picture ten months later": the shift is the second prize's (left open),
    # not a slot the first prize ignores
    got = awards("Anora won the Palme in May 2024 and best picture two months later.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported", "not_enough_info"]
    assert "two months later" in got[1].explanation and "two months" not in got[0].explanation
