"""'She lost the 1987 Oscar race to X', no category named: the year may mean the night held
that year or the one for that year's films. A rival who won nothing the subject was up for at
either night is refuted (both records complete) when the clause names the show itself; a
reading that holds supports."""
import reelcheck

LEAD = "Maggie Smith won the Academy Award for Best Actress in 1970. "


def _second(text, kb):
    return [c.verdict for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.category == "award" and c.start >= len(LEAD)]


def test_a_rival_who_won_nothing_she_was_up_for_either_night_is_refuted(default_kb):
    assert _second("She lost the 1987 Oscar race to Anjelica Huston.", default_kb) == ["refuted"]
    assert _second("At the 1986 Oscars she lost to Anjelica Huston.", default_kb) == ["refuted"]


def test_the_winner_of_her_category_is_supported_under_either_reading(default_kb):
    assert _second("She lost the 1987 race to Dianne Wiest.", default_kb) == ["supported"]
    # (1986 is the year of the films the 59th honoured)
    assert _second("In 1986 she lost to Dianne Wiest.", default_kb) == ["supported"]


def test_a_beating_in_a_clause_naming_no_show_is_not_refuted(default_kb):
    # a passage on prizes, then a beating of something else (a box-office record)
    text = ("James Cameron won his award for Best Director. Titanic held the box office "
            "record until Avatar, another Cameron film, beat it in 2010.")
    got = reelcheck.check(text, kb=default_kb).claims
    assert all(c.verdict != "refuted" for c in got), [(c.text, c.verdict) for c in got]
