"""A person after a list of prizes ("won Best Picture and Best Actor for Cillian Murphy") is
the one the last prize went to, not every prize's recipient: the first prize is checked
without that person, the last with them. Sentences written for these tests; facts of the
default KB's Oscar record (Oppenheimer's Best Picture went to its producers, its Best Actor to
Cillian Murphy, its Best Supporting Actor to Robert Downey Jr.)."""
from __future__ import annotations

from award_claims import award_verdicts


def test_the_person_goes_with_the_last_prize(default_kb):
    assert award_verdicts("Oppenheimer won Best Picture and Best Actor for Cillian Murphy at "
                          "the 96th Academy Awards.", default_kb) == ["supported"]


def test_the_last_prize_still_checks_the_person(default_kb):
    for text in ("Oppenheimer won Best Picture and Best Actor for Robert Downey Jr. at the "
                 "96th Academy Awards.",
                 "Oppenheimer won Best Picture and Best Supporting Actor for Cillian Murphy at "
                 "the 96th Academy Awards."):
        assert award_verdicts(text, default_kb) == ["refuted"], text
