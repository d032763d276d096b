"""A measure noun given to someone ("the crowd gave Anora a ten-minute ovation", "gave the film
a $20 million budget") is the recipient's: the dative, not the giver in the subject. Sentences
are written for these tests."""
from __future__ import annotations

import reelcheck


def measures(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category in ("festival", "money")]


def test_an_ovation_given_to_the_film_is_the_film_s(default_kb):
    got = measures("Festivalgoers at the Palais handed Anora a seven-minute ovation.", default_kb)
    assert got and got[0].subject is not None and got[0].subject.id == "anora-2024-film"
    # the KB's sources disagree (7.5 and 10): a figure outside both is not supported
    got = measures("The audience gave Anora a three-minute ovation.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_budget_given_to_the_film_is_checked_and_an_unknown_film_is_not(default_kb):
    got = measures("The backers gave Anora a $20 million budget.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "$6 million" in got[0].explanation
    assert measures("The audience gave The Paper Lanterns a nine-minute ovation.",
                    default_kb) == []


def test_a_pronoun_recipient_is_the_film_said_before_not_the_giver(default_kb):
    got = measures("Parasite won the Palme d'Or. The audience gave it a nine-minute ovation.",
                   default_kb)
    got = [c for c in got if c.predicate == "ovation_length"]
    assert got and got[0].subject.id == "parasite-2019-film"
    assert got[0].verdict == "not_enough_info"   # the KB holds no ovation for Parasite
