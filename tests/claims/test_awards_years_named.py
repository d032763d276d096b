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


def test_a_list_of_winners_each_with_its_film(default_kb):
    # "A for X, B for Y and C for Z": each winner with the film after it
    got = claims("Other winners at the 97th Academy Awards included Kieran Culkin for A Real "
                 "Pain, Zoe Saldaña for Emilia Pérez and Adrien Brody for The Brutalist.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Adrien Brody" in got[0].explanation and "Zoe Saldaña" in got[0].explanation
    # no night named: the first winner alone is read (the others' night cannot be told)
    got = claims("The evening's other Oscar winners included Kieran Culkin for A Real Pain, "
                 "Zoe Saldaña for Emilia Pérez and Adrien Brody for The Brutalist.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # after "Among the winners ... were": the copula's complement is the first winner
    assert verdicts("Among the winners at the 2024 Oscars were Cillian Murphy for "
                    "Oppenheimer and Emma Stone for Poor Things.", default_kb) == ["supported"]
    # one slot wrong: the second winner's film
    got = claims("Among the winners at the 96th Academy Awards were Cillian Murphy for "
                 "Oppenheimer and Emma Stone for La La Land.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Poor Things" in got[0].explanation
    # no night named: one list is one night, so a win at another night cannot hold it
    assert verdicts("Among the Oscar winners that night were Cillian Murphy for Oppenheimer "
                    "and Emma Stone for La La Land.", default_kb) == ["not_enough_info"]
    # a name the KB lacks: never refuted
    assert "refuted" not in verdicts("Oscar winners included Kieran Culkin for A Real Pain "
                                     "and Jonas Pettersvik for Glass Harbour.", default_kb)


def test_a_list_item_hung_on_the_first_winner_or_the_verb(default_kb):
    # "A for X, B for Y and C for Z" parsed with B in apposition to A and C's "for" on the
    # verb: each item keeps its own film
    got = claims("Winners at the 96th Academy Awards included Emma Stone for Poor Things, "
                 "Cillian Murphy for Oppenheimer and Christopher Nolan for Barbie.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Christopher Nolan" in got[0].explanation and "Barbie" in got[0].explanation
    assert verdicts("Winners at the 96th Academy Awards included Emma Stone for Poor Things, "
                    "Cillian Murphy for Oppenheimer and Christopher Nolan for Oppenheimer.",
                    default_kb) == ["supported"]


def test_a_list_of_winners_the_parser_begins_with_an_apposition(default_kb):
    # "went to A, B, C and D": B set in apposition to A is the list going on
    got = claims("At the 97th Academy Awards, the acting prizes went to Adrien Brody, Mikey "
                 "Madison, Kieran Culkin and Zoe Saldaña.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Zoe Saldaña" in got[0].explanation
    got = claims("At the 97th Academy Awards, the acting prizes went to Adrien Brody, Mikey "
                 "Madison, Kieran Culkin and Demi Moore.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Demi Moore" in got[0].explanation
    # a person described by another ("Mikey Madison's co-star") is no list
    assert verdicts("Best Actor went to Adrien Brody, Mikey Madison's co-star.",
                    default_kb) != ["refuted"]


def test_a_list_after_the_night_was_named_is_that_nights(default_kb):
    first = "Anora won Best Picture at the 97th Academy Awards. "
    got = claims(first + "Among the winners were Kieran Culkin for A Real Pain and Zoe Saldaña "
                 "for Emilia Pérez.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    got = claims(first + "Among the winners were Kieran Culkin for A Real Pain and Emma Stone "
                 "for Poor Things.", default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"]
    assert "97th" in got[1].explanation


def test_a_show_named_by_its_year_may_mean_the_films_of_that_year(default_kb):
    # "the 1976 Academy Awards" is said of the night held in 1976 and of the one that honoured
    # the films of 1976 (held in 1977): a winner of either holds, neither is refuted
    assert verdicts("Rocky took Best Picture at the 1976 Academy Awards.",
                    default_kb) == ["supported"]
    assert verdicts("One Flew Over the Cuckoo's Nest took Best Picture at the 1976 Academy "
                    "Awards.", default_kb) == ["supported"]
    assert verdicts("In the end Ordinary People beat Raging Bull at the 1980 Oscars.",
                    default_kb) != ["refuted"]
    # a winner of neither night is still refuted
    assert verdicts("Rocky took Best Picture at the 1979 Academy Awards.",
                    default_kb) == ["refuted"]
    # the year it was held, said beside it, picks the night for the films of that year
    got = claims("It Happened One Night won Best Picture at the 1934 Oscars, which "
                 "took place in 1935.", default_kb, kinds=("award", "date"))
    assert [c.verdict for c in got] == ["supported", "supported"]
    got = claims("The 1934 Oscars took place in 1937.", default_kb, kinds=("date",))
    assert [c.verdict for c in got] == ["refuted"]
