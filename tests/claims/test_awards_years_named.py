"""Award claims: which year a sentence's year means for a ceremony, and the film a winner is
named by ("The Brutalist's Adrien Brody"). Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def claims(text, kb, kinds=("award",)):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if kinds is None or c.slots.get("kind") in kinds]


def verdicts(text, kb, kinds=("award",)):
    return [c.verdict for c in claims(text, kb, kinds)]


def test_a_year_that_dates_the_event_is_the_ceremony_year(default_kb):
    # the 96th ceremony was held in 2024 and honoured the films of 2023
    assert verdicts("Cillian Murphy took Best Actor in 2024 for Oppenheimer.",
                    default_kb) == ["supported"]
    assert verdicts("In 2024, Emma Stone collected the Best Actress Oscar.",
                    default_kb) == ["supported"]
    # the films' year under "in": not the ceremony's, so no support; and no refute either
    got = claims("Cillian Murphy took Best Actor in 2023 for Oppenheimer.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "held in 2024" in got[0].explanation
    assert verdicts("In 2023, Emma Stone collected the Best Actress Oscar.",
                    default_kb) == ["not_enough_info"]
    # neither year: refuted, as before
    assert verdicts("Emma Stone won the Oscar for Best Actress in 2021.",
                    default_kb) == ["refuted"]


def test_a_year_on_the_prize_may_be_the_films_year(default_kb):
    assert verdicts("Emma Stone picked up the 2023 Best Actress Oscar.",
                    default_kb) == ["supported"]
    assert verdicts("Emma Stone picked up the 2024 Best Actress Oscar.",
                    default_kb) == ["supported"]


def test_a_year_before_then_dates_the_earlier_prize(default_kb):
    # "then" puts the second prize later: the year is the first's
    assert verdicts("Parasite triumphed in 2019 and then best picture.",
                    default_kb) == ["supported"]


def test_the_film_a_winner_is_named_by(default_kb):
    # the right film: the win for it is the one cited
    got = claims("Oppenheimer's Cillian Murphy won the Academy Award for Best Actor.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = claims("The Brutalist's Adrien Brody won Best Actor.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "97th" in got[0].explanation
    # another film: the win was for something else; left open, never supported
    got = claims("Wicked's Zoe Saldaña won the Oscar for Best Supporting Actress.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "Emilia Pérez" in got[0].explanation
    # a time stated picks the win; the film is then only a name
    assert verdicts("The Brutalist's Adrien Brody won his first Oscar in 2003.",
                    default_kb) == ["supported"]
    # a person the KB lacks: never refuted
    assert "refuted" not in verdicts("Glass Harbour's Jonas Pettersvik won Best Actor.",
                                     default_kb)
