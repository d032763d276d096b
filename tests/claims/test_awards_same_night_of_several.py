"""'the same ceremony' said of a clause's several films or prizes relates them to each other:
no single win judges it, so the claim must not be supported by wins of two nights."""
from award_claims import award_verdicts


def test_two_films_said_to_win_at_one_ceremony_are_not_supported(default_kb):
    for text in ("Alfonso Cuarón won the Oscar for Best Director for Gravity and Roma, both "
                 "at the same ceremony.",
                 "Alfonso Cuarón won Best Director for Gravity and Roma at the same ceremony."):
        got = award_verdicts(text, default_kb)
        assert got and "supported" not in got, (text, got)


def test_that_night_after_the_passage_night_still_holds(default_kb):
    got = award_verdicts("Anora dominated the 97th Academy Awards. It won Best Picture and "
                         "Best Director that night.", default_kb)
    assert got and set(got) == {"supported"}, got
