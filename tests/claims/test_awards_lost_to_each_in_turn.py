""""X lost A to Y and B to Z": prizes and winners alternate, so each winner took the prize
named right before it, not every prize of the clause."""
import reelcheck
from award_claims import readings

NIGHT = "Oppenheimer dominated the 96th Academy Awards. "


def award_verdicts(text, kb):
    """The verdicts of the award claims of the sentence after the passage's first."""
    at = len(NIGHT)
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award" and c.start >= at]


def test_each_winner_takes_the_prize_before_it(default_kb):
    text = NIGHT + ("Oppenheimer lost Best Adapted Screenplay to American Fiction and Best "
                    "Supporting Actress to Da'Vine Joy Randolph.")
    got = award_verdicts(text, default_kb)
    assert "supported" in got and "refuted" not in got, readings(text, default_kb)


def test_winners_swapped_are_not_supported(default_kb):
    text = NIGHT + ("Oppenheimer lost Best Adapted Screenplay to Da'Vine Joy Randolph and "
                    "Best Supporting Actress to American Fiction.")
    got = award_verdicts(text, default_kb)
    assert "refuted" in got and "supported" not in got, got


def test_a_nominee_named_as_the_winner_of_its_own_pair_is_not_supported(default_kb):
    text = NIGHT + ("Oppenheimer lost Best Adapted Screenplay to American Fiction and Best "
                    "Supporting Actress to Emily Blunt.")
    got = award_verdicts(text, default_kb)
    assert "refuted" in got and "supported" not in got, got
