"""'She lost the 1987 race to X', no prize named: the year may mean the night held that year
or the one for that year's films. A rival who won nothing the subject was up for at either
night is refuted (both records complete); a reading that holds supports."""
import reelcheck

LEAD = "Maggie Smith won the Academy Award for Best Actress in 1970. "


def _second(text, kb):
    return [c.verdict for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.category == "award" and c.start >= len(LEAD)]


def test_a_rival_who_won_nothing_she_was_up_for_either_night_is_refuted(default_kb):
    assert _second("She lost the 1987 race to Anjelica Huston.", default_kb) == ["refuted"]
    assert _second("In 1986 she lost to Anjelica Huston.", default_kb) == ["refuted"]


def test_the_winner_of_her_category_is_supported_under_either_reading(default_kb):
    assert _second("She lost the 1987 race to Dianne Wiest.", default_kb) == ["supported"]
    # (1986 is the year of the films the 59th honoured)
    assert _second("In 1986 she lost to Dianne Wiest.", default_kb) == ["supported"]
