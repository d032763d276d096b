"""A relative clause after a list whose earlier members have asides of their own ("A and B
(X, 1992) and C and D, who won ...") is said of the members after the last aside, C and D, not
of the whole list (`claims/frames.py`, `_conjunct_before`). Sentences in the project's own words
about facts the default KB holds."""
from award_claims import readings


def test_the_clause_is_the_last_groups(default_kb):
    text = ("Oscar-winning editor Joe Hutshing and Pietro Scalia (JFK, 1992) and Stuart Craig "
            "and Stephenie McMillan, who won Best Art Direction for The English Patient at the "
            "69th Academy Awards.")
    got = readings(text, default_kb)
    assert "refuted" not in [v for v, _e in got], got
    assert any(v == "supported" and "Stuart Craig won" in e and "69th" in e for v, e in got), got


def test_a_clause_after_a_list_with_no_aside_is_the_lists(default_kb):
    text = ("Parasite, which premiered at Cannes, and Anora, which premiered at Cannes in 2024, "
            "both won the Palme.")
    got = readings(text, default_kb)
    assert [v for v, _e in got] == ["supported"] and "Anora won the Palme" in got[0][1]
